/**
 * Matching fold for the structure parser: one folded character per source character
 * (or none), with a map back to source offsets, so that patterns can run on folded text
 * while the parser still returns spans as written.
 *
 * This is deliberately narrower than the text core's search key: it never joins or splits
 * words and never touches numbers beyond mapping digit sets to ASCII.
 */

const CHAR_MAP: Readonly<Record<string, string>> = {
  '\u064a': 'ی', // ي
  '\u0649': 'ی', // ى
  '\u06cc': 'ی',
  '\u0626': 'ی', // ئ
  '\u0643': 'ک', // ك
  '\u06aa': 'ک',
  '\u06c1': 'ه', // ہ
  '\u06be': 'ه', // ھ
  '\u06d5': 'ه',
  '\u0629': 'ه', // ة
  '\u06c0': 'ه', // ۀ
  '\u06c2': 'ه',
  '\u0623': 'ا', // أ
  '\u0625': 'ا', // إ
  '\u0671': 'ا', // ٱ
  '\u0622': 'ا', // آ
  '\u0624': 'و', // ؤ
  '\u200c': ' ', // ZWNJ: a word-internal boundary, treated like a space for matching
  '\u00a0': ' ',
  '\t': ' ',
};

// Dropped entirely: harakat, shadda, superscript alef, tatweel, bidi and zero-width marks.
const DROP = /[\u064b-\u065f\u0670\u0640\u200b\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u06d6-\u06ed]/;

/** Folded text plus, for every folded character, the offset of its source character. */
export interface Folded {
  text: string;
  map: number[];
}

/** Fold one character (returns '' for dropped ones). */
function foldChar(ch: string): string {
  const mapped = CHAR_MAP[ch];
  if (mapped !== undefined) return mapped;
  if (DROP.test(ch)) return '';
  const code = ch.charCodeAt(0);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  return ch;
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

/** Persian letter class (after folding) for hand-written word boundaries. */
export const LETTER = '\\u0621-\\u064a\\u067e\\u0686\\u0698\\u06a9\\u06af\\u06cc\\u0622';

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

const LIGHT_MAP: Readonly<Record<string, string>> = {
  '\u064a': 'ی',
  '\u0649': 'ی',
  '\u0643': 'ک',
  '\u06aa': 'ک',
  '\u06c1': 'ه',
  '\u06be': 'ه',
  '\u06d5': 'ه',
  '\u0629': 'ه',
  '\u200c': ' ',
  '\u00a0': ' ',
};

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
    else if (!DROP.test(ch)) out += ch;
  }
  return out;
}
