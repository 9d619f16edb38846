/**
 * Compile a parsed query into FTS5 MATCH expressions: one AND-group per term (the term or its
 * plural fold; with expansions, typo candidates and completions of the last word from the
 * vocabulary), adjacent terms also as their concatenation, an unknown word also as its best
 * split, quoted phrases as FTS5 phrases. User text only ever reaches FTS5 as quoted strings.
 */
import { typoBudget } from '../fts-match.ts';
import { foldTerm } from '../fts-records.ts';
import { ftsPhrase, ftsString, type ParsedQuery } from '../query-parser.ts';
import { isStopTerm } from './fts-stopwords.ts';
import type { Vocabulary } from './fts-vocab.ts';

/** Completions of the last query word tried (most frequent first). */
const MAX_PREFIX_TERMS = 30;

export interface CompileOptions {
  /** Most typo candidates per query term. */
  maxTypoCandidates: number;
}

export class QueryCompiler {
  constructor(
    private readonly vocab: () => Vocabulary,
    private readonly opts: CompileOptions,
  ) {}

  /** FTS5 expression for one plain term: the term or its plural fold (+ expansions). */
  termExpr(term: string, expand: { prefix: boolean; typos: boolean }, extra: Set<string>): string {
    const alts = new Set<string>([term]);
    alts.add(foldTerm(term));
    const parts = [...alts].map(ftsString);
    const vocab = this.vocab();
    if (expand.typos) {
      for (const c of vocab.typoCandidates(term, typoBudget(term), this.opts.maxTypoCandidates)) {
        // a function word is never the intended spelling of a content word («برایی» ≠ «برای»)
        if (isStopTerm(c) && !isStopTerm(term)) continue;
        parts.push(ftsString(c));
        extra.add(c);
      }
    }
    if (expand.prefix && [...term].length >= 2) {
      for (const c of vocab.prefixCandidates(term, MAX_PREFIX_TERMS)) {
        parts.push(ftsString(c));
        extra.add(c);
      }
    }
    // An unknown word may be written split in the documents («تسهیلگری» → «تسهیل گری»).
    if ([...term].length >= 5 && vocab.freq(term) < 3) {
      const split = vocab.bestSplit(term);
      if (split) {
        parts.push(`(${ftsPhrase(split)})`);
        extra.add(split[0]).add(split[1]);
      }
    }
    return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
  }

  /**
   * One AND-group per term, adjacent terms of a run also as their concatenation. `content`, when
   * given, receives per plain group whether a match of that group alone may make a partial match:
   * it has a term that is neither a function word nor a piece of a split written word.
   * Quoted phrases come last.
   */
  groupExprs(q: ParsedQuery, expand: boolean, extra: Set<string>, content?: boolean[]): string[] {
    const groups: string[] = [];
    const terms = q.terms;
    const counts = (t: (typeof terms)[number]) => !t.part && !isStopTerm(t.term);
    const vocab = this.vocab();
    for (let i = 0; i < terms.length; i++) {
      const isLast = i === terms.length - 1;
      const e = this.termExpr(terms[i]!.term, { prefix: expand && isLast && q.prefixLast, typos: expand }, extra);
      const next = terms[i + 1];
      if (next && next.run === terms[i]!.run) {
        const joined = terms[i]!.term + next.term;
        if (vocab.freq(joined) > 0) {
          const e2 = this.termExpr(
            next.term,
            { prefix: expand && i + 1 === terms.length - 1 && q.prefixLast, typos: expand },
            extra,
          );
          groups.push(`((${e} AND ${e2}) OR ${ftsString(joined)})`);
          content?.push(counts(terms[i]!) || counts(next));
          extra.add(joined);
          i++;
          continue;
        }
      }
      groups.push(e);
      content?.push(counts(terms[i]!));
    }
    for (const p of q.phrases) groups.push(ftsPhrase(p));
    return groups;
  }

  /** The whole query's plain terms as one phrase (null for fewer than two terms). */
  wholePhrase(q: ParsedQuery): string | null {
    return q.terms.length < 2 ? null : ftsPhrase(q.terms.map((t) => t.term));
  }

  /** Expression of the excluded words and phrases (null when none). */
  excludedExpr(q: ParsedQuery): string | null {
    if (q.excluded.length === 0) return null;
    return q.excluded
      .map((t) => (t.length === 1 ? `(${ftsString(t[0]!)} OR ${ftsString(foldTerm(t[0]!))})` : ftsPhrase(t)))
      .join(' OR ');
  }
}
