/**
 * Matching fold for the structure parser: one folded character per source character
 * (or none), with a map back to source offsets, so that patterns can run on folded text
 * while the parser still returns spans as written.
 *
 * This is deliberately narrower than the text core's search key: it never joins or splits
 * words and never touches numbers beyond mapping digit sets to ASCII. Which letters fold to
 * which comes from text/chars.ts (the one folding table); this file only adds the offset map.
 */
import {
  HARAKAT_CLASS,
  INVISIBLE_CLASS,
  MARKED_LETTERS,
  ODD_SPACE_CLASS,
  TEH_MARBUTA,
  VARIANT_LETTERS,
  ZWNJ,
  toAsciiDigits,
} from '../text/chars.ts';

// Spaces for matching: ZWNJ (a word-internal boundary), unusual spaces and tabs read as a space.
const SPACES = new RegExp(`[${ZWNJ}${ODD_SPACE_CLASS}\\t]`);
// Dropped entirely: harakat and Quranic marks, tatweel, bidi and zero-width marks.
const DROP = new RegExp(`[${HARAKAT_CLASS}${INVISIBLE_CLASS}]`);

/**
 * Letter variants then hamza/madda/wasla and teh marbuta folds of text/chars.ts, digits as
 * ASCII; {@link foldChar} memoises every other character seen here too.
 */
const CHAR_MAP: Map<string, string> = (() => {
  const map = new Map<string, string>();
  const marked = { ...TEH_MARBUTA, ...MARKED_LETTERS };
  for (const [from, to] of Object.entries(VARIANT_LETTERS)) map.set(from, marked[to] ?? to);
  for (const [from, to] of Object.entries(marked)) map.set(from, to);
  for (const [zero, nine] of [
    [0x06f0, 0x06f9],
    [0x0660, 0x0669],
  ] as const)
    for (let c = zero; c <= nine; c++) map.set(String.fromCharCode(c), toAsciiDigits(String.fromCharCode(c)));
  return map;
})();

/** Folded text plus, for every folded character, the offset of its source character. */
export interface Folded {
  text: string;
  map: number[];
}

/** Fold one character (returns '' for dropped ones). */
function foldChar(ch: string): string {
  let folded = CHAR_MAP.get(ch);
  if (folded === undefined) {
    folded = SPACES.test(ch) ? ' ' : DROP.test(ch) ? '' : ch;
    CHAR_MAP.set(ch, folded);
  }
  return folded;
}

/** Fold a text keeping a map from folded offsets to source offsets. */
export function foldWithMap(text: string): Folded {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]!);
    if (f === '') continue;
    out += f;
    map.push(i);
  }
  return { text: out, map };
}

/** Fold a string for matching (ي/ك/ہ/آ/ئ folded, digits ASCII, ZWNJ → space, marks dropped). */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

/** Fold and remove all whitespace: the key used to compare names and bodies. */
export function compactKey(text: string): string {
  return fold(text).replace(/\s+/g, '');
}

/** Source span of a folded span [start, end). */
export function sourceSpan(f: Folded, start: number, end: number): [number, number] {
  if (f.map.length === 0) return [0, 0];
  const s = f.map[Math.min(start, f.map.length - 1)]!;
  const e = end <= 0 ? s : f.map[Math.min(end - 1, f.map.length - 1)]! + 1;
  return [s, e];
}

/** Regex source for a name: spaces match any run of spaces (or none), letters as folded. */
export function nameRegexSource(name: string): string {
  const folded = fold(name).trim();
  const parts = folded.split(/\s+/).map(escapeRegex);
  return parts.join('\\s*');
}

/** Escape regex metacharacters. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Collapse whitespace and trim. */
export function tidy(s: string): string {
  return s.replace(/[\s\u200c]+/g, ' ').trim();
}

// The display's letter variants and teh marbuta; hamza, madda and digits stay as written.
const LIGHT_MAP: Readonly<Record<string, string>> = { ...VARIANT_LETTERS, ...TEH_MARBUTA };

/**
 * Light fold for text the parser returns (names, roles, bodies): Arabic letter variants to
 * Persian, marks dropped, ZWNJ as space; آ and digits stay as written.
 */
export function lightFold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const m = LIGHT_MAP[ch];
    if (m !== undefined) out += m;
    else if (ch === ZWNJ || ch === '\u00a0') out += ' ';
    else if (!DROP.test(ch)) out += ch;
  }
  return out;
}
