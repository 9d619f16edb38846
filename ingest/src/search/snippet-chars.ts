/**
 * Character-level helpers of the snippet builder (pure): the display text's chunks as offsets,
 * and a conservative test of whether a chunk can hold a matching term, so that most of a
 * page's words are never turned into search keys.
 *
 * A term marked in a snippet contains the first letter of a query term (exact, plural fold,
 * prefix or typo candidate: the typo rule keeps the first letter), and every letter of a
 * search key comes from one display character through a fixed per-character fold (ي → ی,
 * presentation forms → letters, Latin lower-cased…). So a chunk none of whose characters folds
 * to such a first letter holds no hit and cannot start a joined word either. Characters whose
 * fold depends on context (hamza seats, combining hamza and madda), digits (dates are
 * rewritten in the key) and characters outside the Arabic-script, Latin and invisible-format
 * blocks always count as possible.
 */
import { keyTerms } from './fts-records.ts';

/** Code points of whitespace as `/\s/` defines it. */
function isSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
}

/** A text's chunks (runs of non-space, as `split(/\s+/)` keeps them). */
export interface Chunks {
  n: number;
  /** Start and end offset of chunk i at 2i and 2i + 1. */
  bounds: Int32Array;
  /** With a class table: 1 for the chunks that may hold a matching term. */
  may: Uint8Array | null;
}

// Character classes, filled on first sight of a character (0 = not yet known).
const SPACE = 1;
const PLAIN = 2;
const STARTS = 3;

/**
 * A class table for a matcher's first letters (char codes of key letters): per display
 * character, space, or a character that may (STARTS) or cannot (PLAIN) stand for one of them.
 */
export function charClasses(firstChars: ReadonlySet<number>): { table: Uint8Array; first: ReadonlySet<number> } {
  return { table: new Uint8Array(65536), first: firstChars };
}

function classOf(c: number, first: ReadonlySet<number>): number {
  if (isSpace(c)) return SPACE;
  const k = keyChar(c);
  return k === ANY || (k >= 0 && first.has(k)) ? STARTS : PLAIN;
}

const spaceTable = new Uint8Array(65536);

/** One pass over the text: the chunks' offsets and, with a class table, which of them may match. */
export function scanChunks(text: string, cls: { table: Uint8Array; first: ReadonlySet<number> } | null): Chunks {
  const table = cls ? cls.table : spaceTable;
  const first = cls ? cls.first : new Set<number>();
  let bounds = new Int32Array(128);
  const may = new Uint8Array(64 + (text.length >> 1));
  let n = 0;
  let start = -1;
  let hit = 0;
  const len = text.length;
  for (let i = 0; i <= len; i++) {
    let k = SPACE;
    if (i < len) {
      const c = text.charCodeAt(i);
      k = table[c]!;
      if (k === 0) table[c] = k = cls ? classOf(c, first) : isSpace(c) ? SPACE : PLAIN;
    }
    if (k !== SPACE) {
      if (start < 0) {
        start = i;
        hit = 0;
      }
      if (k === STARTS) hit = 1;
      continue;
    }
    if (start < 0) continue;
    if (2 * n + 2 > bounds.length) {
      const b = new Int32Array(bounds.length * 2);
      b.set(bounds);
      bounds = b;
    }
    bounds[2 * n] = start;
    bounds[2 * n + 1] = i;
    may[n] = hit;
    n++;
    start = -1;
  }
  return { n, bounds, may: cls ? may : null };
}

const UNKNOWN = -2;
/** The character's fold depends on context, or it is not a trusted block: always possible. */
const ANY = -1;
/** The character is never part of a term (punctuation, marks, invisible characters). */
const NONE = -3;

// Hamza seats and combining hamza/madda fold by context (hamza.ts, NFKC composition).
const CONTEXTUAL = new Set([0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0653, 0x0654, 0x0655, 0x0671]);

const keyCharOf = new Int32Array(65536).fill(UNKNOWN);

/** The search-key letter a display character becomes, or ANY / NONE. */
function keyChar(c: number): number {
  let k = keyCharOf[c]!;
  if (k === UNKNOWN) keyCharOf[c] = k = foldOf(c);
  return k;
}

function foldOf(c: number): number {
  const trusted =
    c < 0x250 ||
    (c >= 0x0600 && c <= 0x06ff) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff);
  if (!trusted || CONTEXTUAL.has(c)) return ANY;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return ANY;
  const t = keyTerms(String.fromCharCode(c));
  if (t.length === 0) return NONE;
  return t.length === 1 && t[0]!.length === 1 ? t[0]!.charCodeAt(0) : ANY;
}
