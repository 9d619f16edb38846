/**
 * An HTML original as the `srcdoc` of a sandboxed frame. The frame's `sandbox=""` already
 * stops scripts, forms, plugins and same-origin access; the policy added here also stops the
 * page from loading anything (scripts, frames, remote images that would tell a third party
 * who reads the archive), keeping only its own inline styles and embedded images.
 */
export const ORIGINAL_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export function sandboxedHtml(html: string): string {
  const head = `<meta http-equiv="Content-Security-Policy" content="${ORIGINAL_HTML_CSP}"><meta charset="utf-8">`;
  // First in the document, so it applies before anything the page itself declares.
  return `<!doctype html>${head}${html.replace(/^\uFEFF?\s*<!doctype[^>]*>/i, '')}`;
}
