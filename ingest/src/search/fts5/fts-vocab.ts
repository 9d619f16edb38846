/**
 * The index vocabulary in memory (term → document frequency), bucketed by first character and
 * length, for typo candidates, word concatenations and splits. Loaded from the FTS5 `fts5vocab`
 * table; the engine's own writes add their terms incrementally (stale terms of removed documents
 * are harmless: a candidate that matches nothing adds nothing).
 */
import { editDistance } from '../../text/index.ts';

/** Letter counts of the term whose typo candidates are being sought (zero between calls). */
const letterCounts = new Int32Array(65536);

export class Vocabulary {
  private df = new Map<string, number>();
  private buckets = new Map<string, string[]>();

  get size(): number {
    return this.df.size;
  }

  clear(): void {
    this.df.clear();
    this.buckets.clear();
  }

  /** Add a term seen in `docs` more documents. */
  add(term: string, docs = 1): void {
    const prev = this.df.get(term);
    if (prev === undefined) {
      const key = bucketKey(term.charCodeAt(0), term.length);
      let b = this.buckets.get(key);
      if (!b) this.buckets.set(key, (b = []));
      b.push(term);
    }
    this.df.set(term, (prev ?? 0) + docs);
  }

  /** Document frequency (0 when unknown). */
  freq(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /**
   * Terms within `budget` edits of `term` sharing its first character (as Meilisearch does
   * not, but a first-letter typo is rare in Persian and the restriction keeps this cheap),
   * best first: fewer edits, then more frequent. At most `cap`.
   */
  typoCandidates(term: string, budget: number, cap: number): string[] {
    if (budget <= 0) return [];
    const found: { t: string; d: number; f: number }[] = [];
    const c0 = term.charCodeAt(0);
    // The letters two words do not share (as multisets) bound their distance from below: most
    // of a bucket is dropped by counting letters, without the distance table.
    for (let i = 0; i < term.length; i++) letterCounts[term.charCodeAt(i)]!++;
    for (let len = term.length - budget; len <= term.length + budget; len++) {
      const b = this.buckets.get(bucketKey(c0, len));
      if (!b) continue;
      for (const t of b) {
        if (t === term) continue;
        let extra = 0;
        for (let i = 0; i < t.length; i++) if (letterCounts[t.charCodeAt(i)]!-- <= 0) extra++;
        for (let i = 0; i < t.length; i++) letterCounts[t.charCodeAt(i)]!++;
        if (Math.max(extra, term.length - t.length + extra) > budget) continue;
        const d = editDistance(term, t, budget);
        if (d <= budget) found.push({ t, d, f: this.freq(t) });
      }
    }
    for (let i = 0; i < term.length; i++) letterCounts[term.charCodeAt(i)]!--;
    found.sort((a, b) => a.d - b.d || b.f - a.f || (a.t < b.t ? -1 : 1));
    return found.slice(0, cap).map((x) => x.t);
  }

  /**
   * The most frequent known terms that start with `prefix` (longer than it), at most `cap`:
   * the last query word's completions, as Meilisearch's prefix search (no FTS5 prefix index).
   */
  prefixCandidates(prefix: string, cap: number): string[] {
    const found: { t: string; f: number }[] = [];
    const c0 = prefix.charCodeAt(0);
    for (let len = prefix.length + 1; len <= prefix.length + 24; len++) {
      const b = this.buckets.get(bucketKey(c0, len));
      if (!b) continue;
      for (const t of b) if (t.startsWith(prefix)) found.push({ t, f: this.freq(t) });
    }
    found.sort((a, b) => b.f - a.f || (a.t < b.t ? -1 : 1));
    return found.slice(0, cap).map((x) => x.t);
  }

  /**
   * The best split of a term into two known words («تسهیلگری» → «تسهیل» «گری»), the split
   * whose rarer half is most frequent; null when none (both halves ≥ 2 characters).
   */
  bestSplit(term: string): [string, string] | null {
    let best: [string, string] | null = null;
    let bestScore = 0;
    for (let i = 2; i <= term.length - 2; i++) {
      const a = term.slice(0, i);
      const b = term.slice(i);
      const s = Math.min(this.freq(a), this.freq(b));
      if (s > bestScore) {
        bestScore = s;
        best = [a, b];
      }
    }
    return best;
  }
}

function bucketKey(c0: number, len: number): string {
  return `${c0}:${len}`;
}
