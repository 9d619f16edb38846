/**
 * Snippets for search hits, identical for both engines: a window of the display text around
 * the densest cluster of matches (most distinct query words, then query words side by side), HTML-escaped, with `<mark>` around the display words whose
 * search key matched. Matching is on search-key terms, marking on display words, so «كتاب‌ها»
 * in the text is marked for the query «کتاب». Pure (no IO).
 */
import { keyTerms } from './fts-records.ts';

/** Default snippet length in words. */
export const SNIPPET_WORDS = 32;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escape text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

// Display words recur (a few thousand distinct words make most of any archive), and the key
// function runs several regex passes: memoise it per word.
const keyCache = new Map<string, string[]>();
function wordTerms(word: string): string[] {
  let t = keyCache.get(word);
  if (t === undefined) {
    t = keyTerms(word);
    if (keyCache.size > 100_000) keyCache.clear();
    keyCache.set(word, t);
  }
  return t;
}

/**
 * Decides whether an engine term (search key) counts as a hit. With `exactOnly` only the
 * literal query terms count (used for the many word-pair joins, which are rarely words).
 * `joinHeads`, when given, holds every proper prefix of the exact terms: a word pair can only
 * join into an exact term when the left word is one, which spares building the pair string.
 */
export type TermMatcher = ((term: string, exactOnly?: boolean) => boolean) & { joinHeads?: ReadonlySet<string> };

/** What a display chunk contributes: its first matching term, and its first and last terms. */
interface ChunkInfo {
  hit: string | undefined;
  first: string | undefined;
  last: string | undefined;
}
const NO_TERMS: ChunkInfo = { hit: undefined, first: undefined, last: undefined };

// Per matcher (one search), display chunk → ChunkInfo: the chunks of the ~20 passages of a
// page repeat a lot, and one lookup replaces the key function plus one matcher call per term.
const chunkMemo = new WeakMap<TermMatcher, Map<string, ChunkInfo>>();
function chunkInfo(memo: Map<string, ChunkInfo>, chunk: string, isMatch: TermMatcher): ChunkInfo {
  let info = memo.get(chunk);
  if (info === undefined) {
    const ts = wordTerms(chunk);
    info = ts.length === 0 ? NO_TERMS : { hit: ts.find((t) => isMatch(t)), first: ts[0], last: ts[ts.length - 1] };
    if (memo.size > 50_000) memo.clear();
    memo.set(chunk, info);
  }
  return info;
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
  const chunks = display.split(/\s+/).filter((c) => c !== '');
  const n = chunks.length;
  const marked = new Uint8Array(n);
  // id (1-based) of the term a marked word matched, 0 for none; ids index `hitIds` order
  const hitKey = new Int32Array(n);
  let nKeys = 0;
  if (isMatch) {
    let memo = chunkMemo.get(isMatch);
    if (!memo) chunkMemo.set(isMatch, (memo = new Map()));
    const keyIds = new Map<string, number>();
    const idOf = (t: string) => {
      let id = keyIds.get(t);
      if (id === undefined) keyIds.set(t, (id = ++nKeys));
      return id;
    };
    const heads = isMatch.joinHeads;
    let info = n > 0 ? chunkInfo(memo, chunks[0]!, isMatch) : NO_TERMS;
    for (let i = 0; i < n; i++) {
      const next = i + 1 < n ? chunkInfo(memo, chunks[i + 1]!, isMatch) : null;
      if (info.hit !== undefined) {
        marked[i] = 1;
        hitKey[i] = idOf(info.hit);
      } else if (
        // A word split in the display but joined in the key («می کنند» → «میکنند»), or an OCR split.
        info.last !== undefined &&
        next !== null &&
        next.first !== undefined &&
        (heads === undefined || heads.has(info.last))
      ) {
        const joined = info.last + next.first;
        if (isMatch(joined, true)) {
          marked[i] = 1;
          marked[i + 1] = 1;
          hitKey[i] = idOf(joined);
        }
      }
      if (next !== null) info = next;
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
    const c = chunks[i]!;
    if (!marked[i]) {
      parts.push(escapeHtml(c));
      continue;
    }
    parts.push(markChunk(c, isMatch));
  }
  return (start > 0 ? '… ' : '') + parts.join(' ') + (end < n ? ' …' : '');
}
