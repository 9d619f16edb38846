/**
 * The search a document was opened from, so «back to results» returns to exactly those
 * results (query, filters, page) even after jumping between page anchors in the document.
 * Browser-only state: set by the layout's `onNavigate`, which never runs on the server.
 */
let lastSearch: string | null = null;

/** Record a navigation; remembers the search URL when leaving it for a document. */
export function rememberNavigation(from: URL | null | undefined, to: URL | null | undefined): void {
  if (from && to && from.pathname === '/' && to.pathname.startsWith('/documents/')) {
    lastSearch = from.pathname + from.search;
  }
}

/** Where «back to results» goes: the remembered search, else a search for the document's query. */
export function backToResultsHref(q: string): string {
  if (lastSearch) return lastSearch;
  return q ? `/?q=${encodeURIComponent(q)}` : '/';
}
