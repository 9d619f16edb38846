/**
 * Where a commitment's clause stands inside the passage (paragraph or table row) a ledger link
 * lands on, so the page marks the clause itself, not the whole paragraph. The passage's text
 * is the display text as the page renders it: digit separators Persian («٬», «٫»), markup
 * dropped, spacing possibly different. Matching is on a compact key (no spaces or ZWNJ, digits
 * and separators of any script alike, ي/ك as ی/ک). Pure.
 */

const FOLD: Record<string, string> = { ي: 'ی', ى: 'ی', ك: 'ک', '٬': ',', '٫': '.', '،': ',' };

function keyChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  return FOLD[ch] ?? ch;
}

/** The compact key of a text and, for each key character, its offset in the text. */
function compactKey(text: string): { key: string; map: number[] } {
  let key = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/[\s\u200c\u200d\u200e\u200f*_#]/.test(ch)) continue;
    key += keyChar(ch);
    map.push(i);
  }
  return { key, map };
}

/**
 * Offsets [start, end) of `clause` in `passage`, or null when it is not there. A clause the
 * passage holds only the start of (a table row) is matched by its first 20 key characters and
 * marked as far as the two agree.
 */
export function clauseOffsets(passage: string, clause: string): [number, number] | null {
  const p = compactKey(passage);
  const c = compactKey(clause).key;
  if (c.length === 0 || p.key.length === 0) return null;
  let at = p.key.indexOf(c);
  let len = c.length;
  if (at < 0) {
    // The passage holds the clause's start only: mark as far as the two agree.
    at = p.key.indexOf(c.slice(0, 20));
    if (at < 0 || c.length < 20) return null;
    len = 20;
    while (at + len < p.key.length && len < c.length && p.key[at + len] === c[len]) len++;
  }
  return [p.map[at]!, p.map[at + len - 1]! + 1];
}
