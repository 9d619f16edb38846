/**
 * Finding parser output again in the display text: a compact key (folded, no whitespace) of
 * the whole text with a map back to source offsets, so a resolution text taken from a
 * cleaned copy of the text still gets its span; and the page of an offset. Pure.
 */
import { foldWithMap } from '../fold.ts';

/** The compact key of a text with, for each key character, its source offset. */
export interface CompactIndex {
  key: string;
  map: number[];
}

/** Build the compact index of a text. */
export function compactIndex(text: string): CompactIndex {
  const f = foldWithMap(text);
  let key = '';
  const map: number[] = [];
  for (let i = 0; i < f.text.length; i++) {
    const ch = f.text[i]!;
    if (/\s/.test(ch)) continue;
    key += ch;
    map.push(f.map[i]!);
  }
  return { key, map };
}

function compact(s: string): string {
  return foldWithMap(s).text.replace(/\s+/g, '');
}

/**
 * The span of `snippet` in the text, searching from `from` (a source offset): its compact key
 * is looked up whole, then by its first 40 and 20 characters (the end then follows from the
 * snippet's length). Null when not found.
 */
export function locate(index: CompactIndex, snippet: string, from = 0): { start: number; end: number } | null {
  const k = compact(snippet);
  if (k.length === 0) return null;
  let fromKey = index.map.findIndex((o) => o >= from);
  if (fromKey < 0) fromKey = index.key.length;
  for (const probe of [k, k.slice(0, 40), k.slice(0, 20)]) {
    if (probe.length < Math.min(8, k.length)) continue;
    let at = index.key.indexOf(probe, fromKey);
    if (at < 0) at = index.key.indexOf(probe);
    if (at < 0) continue;
    const last = Math.min(at + k.length, index.map.length) - 1;
    return { start: index.map[at]!, end: index.map[last]! + 1 };
  }
  return null;
}

/** Page number of a source offset when the text is `pages` joined by a blank line. */
export function pageAt(pages: { number: number; text: string }[] | undefined, offset: number): number | null {
  if (!pages || pages.length === 0) return null;
  let start = 0;
  for (const p of pages) {
    const end = start + p.text.length;
    if (offset < end + 2) return p.number;
    start = end + 2;
  }
  return pages[pages.length - 1]!.number;
}
