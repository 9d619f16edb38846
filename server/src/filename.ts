/**
 * A client's filename is metadata, never a path: it is shown in the UI and
 * sent back in `Content-Disposition`, and nothing on disk is ever named by it.
 */

const MAX_FILENAME_CHARS = 200;

/**
 * Make a client-supplied filename safe to store and display: keep only the
 * last path segment (both `/` and `\`), drop control and bidi-override
 * characters, trim dots and spaces, and cap the length (keeping the extension).
 * Returns `'file'` when nothing usable is left.
 */
export function sanitizeFilename(name: string | undefined | null): string {
  let s = (name ?? '').normalize('NFC');
  s = s.split(/[/\\]/).pop() ?? '';
  // C0/C1 controls, DEL, and bidi embedding/override/isolate marks that can disguise an extension.
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, '');
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if ([...s].length > MAX_FILENAME_CHARS) {
    const chars = [...s];
    const dot = s.lastIndexOf('.');
    const ext = dot > 0 && s.length - dot <= 10 ? s.slice(dot) : '';
    s = chars.slice(0, MAX_FILENAME_CHARS - [...ext].length).join('') + ext;
  }
  return s === '' ? 'file' : s;
}

/** RFC 5987 `ext-value` percent-encoding (attr-char kept as is). */
function encodeRfc5987(s: string): string {
  return encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A `Content-Disposition` header value: an ASCII fallback `filename` (non-ASCII
 * replaced, quotes escaped) and `filename*=UTF-8''…` for the real (e.g. Persian) name.
 */
export function contentDisposition(type: 'attachment' | 'inline', filename: string): string {
  const name = sanitizeFilename(filename);
  // Old clients get a plain ASCII name; a name that is not ASCII becomes `document.<ext>` there.
  const ext = name.match(/\.[A-Za-z0-9]{1,10}$/)?.[0] ?? '';
  const fallback = /^[\x20-\x7e]+$/.test(name) ? name.replace(/["\\]/g, '_') : `document${ext}`;
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
