/**
 * Snippets for search hits, identical for both engines: a window of the display text around
 * the densest cluster of matches (most distinct query words, then query words side by side), HTML-escaped, with `<mark>` around the display words whose
 * search key matched. Matching is on search-key terms, marking on display words, so «كتاب‌ها»
 * in the text is marked for the query «کتاب». Pure (no IO).
 */
import { foldTerm, keyTerms } from './fts-records.ts';
import { charClasses, scanChunks } from './snippet-chars.ts';

/** Default snippet length in words. */
export const SNIPPET_WORDS = 32;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escape text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Decides whether an engine term (search key) counts as a hit. With `exactOnly` only the
 * literal query terms count (used for the many word-pair joins, which are rarely words).
 * `joinHeads`, when given, holds every proper prefix of the exact terms: a word pair can only
 * join into an exact term when the left word is one, which spares building the pair string.
 * `firstChars`, when given, holds the first letter (char code) of every term the matcher can
 * accept: a display chunk without such a letter is skipped (snippet-chars.ts).
 */
export type TermMatcher = ((term: string, exactOnly?: boolean) => boolean) & {
  joinHeads?: ReadonlySet<string>;
  firstChars?: ReadonlySet<number>;
  /** The same decision given the term's plural fold (`foldTerm`), which the caller keeps. */
  folded?: (term: string, fold: string) => boolean;
};

/**
 * A display chunk's engine terms (and its first and last) and, for the matcher that saw it
 * last (`gen`), its first matching term. Display chunks recur within a page and across the hits
 * and searches of an archive (a few thousand distinct words make most of it) and the key
 * function runs several regex passes: one process-wide map answers both the key and, within a
 * search, the match with a single lookup per chunk.
 */
interface ChunkInfo {
  terms: string[];
  /** The terms' plural folds, made on first use. */
  folds: string[] | null;
  first: string | undefined;
  last: string | undefined;
  gen: number;
  hit: string | undefined;
}

// Two generations: when the newer one is full it becomes the older one, and entries still in use
// move forward on their next lookup, so a full cache never forgets its frequent chunks at once.
const CHUNK_CACHE_GENERATION = 60_000;
let chunkCache = new Map<string, ChunkInfo>();
let olderChunks = new Map<string, ChunkInfo>();
function entryOf(chunk: string): ChunkInfo {
  let e = chunkCache.get(chunk);
  if (e === undefined) {
    e = olderChunks.get(chunk);
    if (e === undefined) {
      const terms = keyTerms(chunk);
      e = { terms, folds: null, first: terms[0], last: terms[terms.length - 1], gen: 0, hit: undefined };
    }
    if (chunkCache.size >= CHUNK_CACHE_GENERATION) {
      olderChunks = chunkCache;
      chunkCache = new Map();
    }
    chunkCache.set(chunk, e);
  }
  return e;
}

function wordTerms(word: string): string[] {
  return entryOf(word).terms;
}

// One generation number per matcher (one search): an entry's `hit` holds for that matcher only.
const gens = new WeakMap<TermMatcher, number>();
let lastGen = 0;
const classes = new WeakMap<TermMatcher, ReturnType<typeof charClasses>>();

function classesOf(isMatch: TermMatcher): ReturnType<typeof charClasses> | null {
  if (!isMatch.firstChars) return null;
  let m = classes.get(isMatch);
  if (m === undefined) classes.set(isMatch, (m = charClasses(isMatch.firstChars)));
  return m;
}

function chunkInfo(chunk: string, isMatch: TermMatcher, gen: number): ChunkInfo {
  const e = entryOf(chunk);
  if (e.gen !== gen) {
    let hit: string | undefined;
    const folded = isMatch.folded;
    const terms = e.terms;
    if (folded) {
      const folds = (e.folds ??= terms.map(foldTerm));
      for (let j = 0; j < terms.length; j++)
        if (folded(terms[j]!, folds[j]!)) {
          hit = terms[j];
          break;
        }
    } else hit = terms.find((t) => isMatch(t));
    e.hit = hit;
    e.gen = gen;
  }
  return e;
}

const EDGE = /^([^\p{L}\p{N}\p{M}]*)(.*?)([^\p{L}\p{N}\p{M}]*)$/su;
const WORD_RUN = /[\p{L}\p{N}\p{M}\u200c]+/gu;

/**
 * Mark a display chunk: when it holds several words glued by punctuation («<b>بانک</b>»,
 * «بانک/صندوق»), only the matching words; otherwise the chunk without its edge punctuation.
 */
function markChunk(c: string, isMatch: TermMatcher | null): string {
  const runs = [...c.matchAll(WORD_RUN)];
  if (runs.length > 1 && isMatch) {
    const hits = runs.filter((r) => wordTerms(r[0]).some((t) => isMatch(t)));
    if (hits.length > 0) {
      let out = '';
      let pos = 0;
      for (const r of hits) {
        out += escapeHtml(c.slice(pos, r.index)) + `<mark>${escapeHtml(r[0])}</mark>`;
        pos = r.index + r[0].length;
      }
      return out + escapeHtml(c.slice(pos));
    }
  }
  const [, lead = '', core = '', trail = ''] = EDGE.exec(c)!;
  return core ? `${escapeHtml(lead)}<mark>${escapeHtml(core)}</mark>${escapeHtml(trail)}` : escapeHtml(c);
}

/**
 * Build a snippet from display text.
 * @param display the passage's display text
 * @param isMatch which search-key terms are hits (none → the beginning of the text, unmarked)
 */
export function buildSnippet(display: string, isMatch: TermMatcher | null, words = SNIPPET_WORDS): string {
  // display chunks (runs of non-space) as offsets: only chunks that may match become strings
  const { n, bounds, may } = scanChunks(display, isMatch ? classesOf(isMatch) : null);
  const chunk = (i: number) => display.slice(bounds[2 * i]!, bounds[2 * i + 1]!);
  const marked = new Uint8Array(n);
  // id (1-based) of the term a marked word matched, 0 for none; ids index `hitIds` order
  const hitKey = new Int32Array(n);
  let nKeys = 0;
  if (isMatch) {
    let gen = gens.get(isMatch);
    if (gen === undefined) gens.set(isMatch, (gen = ++lastGen));
    const keyIds = new Map<string, number>();
    const idOf = (t: string) => {
      let id = keyIds.get(t);
      if (id === undefined) keyIds.set(t, (id = ++nKeys));
      return id;
    };
    const heads = isMatch.joinHeads;
    for (let i = 0; i < n; i++) {
      // A chunk with no letter that can start a hit is not looked up: most of a page's words.
      if (may !== null && may[i] === 0) continue;
      const info = chunkInfo(chunk(i), isMatch, gen);
      if (info.hit !== undefined) {
        marked[i] = 1;
        hitKey[i] = idOf(info.hit);
      } else if (
        // A word split in the display but joined in the key («می کنند» → «میکنند»), or an OCR split.
        info.last !== undefined &&
        i + 1 < n &&
        (heads === undefined || heads.has(info.last))
      ) {
        const first = entryOf(chunk(i + 1)).first;
        if (first !== undefined && isMatch(info.last + first, true)) {
          marked[i] = 1;
          marked[i + 1] = 1;
          hitKey[i] = idOf(info.last + first);
        }
      }
    }
  }
  let start = 0;
  if (n > words) {
    let best = -1;
    let bestStart = 0;
    const seenAt = new Int32Array(nKeys + 1);
    let stamp = 0;
    for (let i = 0; i < n; i++) {
      if (!marked[i]) continue;
      // window starting a few words before this match
      const s = Math.max(0, Math.min(i - 6, n - words));
      stamp++;
      let distinct = 0;
      let count = 0;
      let adjacent = 0;
      for (let j = s; j < s + words && j < n; j++) {
        if (marked[j]) {
          count++;
          const k = hitKey[j]!;
          if (k !== 0 && seenAt[k] !== stamp) {
            seenAt[k] = stamp;
            distinct++;
          }
          // two different query words side by side: the query's phrase or name as written
          if (j + 1 < n && marked[j + 1] && hitKey[j + 1] !== 0 && hitKey[j + 1] !== k) adjacent++;
        }
      }
      const score = distinct * 1000 + adjacent * 100 + count;
      if (score > best) {
        best = score;
        bestStart = s;
      }
    }
    start = bestStart;
  }
  const end = Math.min(n, start + words);
  const parts: string[] = [];
  for (let i = start; i < end; i++) {
    const c = chunk(i);
    if (!marked[i]) {
      parts.push(escapeHtml(c));
      continue;
    }
    parts.push(markChunk(c, isMatch));
  }
  return (start > 0 ? '… ' : '') + parts.join(' ') + (end < n ? ' …' : '');
}
