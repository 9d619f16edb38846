/**
 * Link to a document opened at a page, with the query kept for highlighting: `p` tells the
 * server-side load which page the original viewer should open at, `#page-N` scrolls the text.
 */
export function documentHref(id: string, q: string, page: number | null): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (page !== null) params.set('p', String(page));
  const s = params.toString();
  return `/documents/${encodeURIComponent(id)}${s ? `?${s}` : ''}${page !== null ? `#page-${page}` : ''}`;
}

/** Anchor of a resolution in its document page: `resolution-3` (or `resolution-r2` unnumbered). */
export function resolutionAnchor(resolutionId: string): string {
  return `resolution-${resolutionId.slice(resolutionId.indexOf(':') + 1)}`;
}

/** Link to one resolution in its meeting's page. */
export function resolutionHref(documentId: string, resolutionId: string, page: number | null, q = ''): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (page !== null) params.set('p', String(page));
  const s = params.toString();
  return `/documents/${encodeURIComponent(documentId)}${s ? `?${s}` : ''}#${resolutionAnchor(resolutionId)}`;
}
