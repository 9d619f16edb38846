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

/** Plural and indefinite suffixes tried after a compound (when the index holds the form). */
const COMPOUND_SUFFIXES = ['ها', 'های', 'هایی', 'ی', 'ای'];

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

  /**
   * FTS5 expression for one plain term: the term or its plural fold, a compound's parts as a
   * phrase (`split`, or the vocabulary's best split of a word written joined), and with
   * expansions typo candidates and completions.
   */
  termExpr(
    term: string,
    split: readonly string[] | undefined,
    expand: { prefix: boolean; typos: boolean },
    extra: Set<string>,
  ): string {
    const alts = new Set<string>([term]);
    alts.add(foldTerm(term));
    const vocab = this.vocab();
    // A word written joined may be written apart in the documents («تفاهمنامه» → «تفاهم نامه»,
    // «تسهیلگری» → «تسهیل گری»): an unknown word, or one whose best split is two content words.
    let sp = split && split.length > 1 ? split : null;
    if (!sp && [...term].length >= 5) {
      const best = vocab.bestSplit(term);
      if (best && (vocab.freq(term) < 3 || (term.length >= 6 && !isStopTerm(best[0]) && !isStopTerm(best[1])))) {
        sp = best;
        extra.add(best[0]).add(best[1]);
      }
    }
    const phrases = new Set<string>();
    if (sp) {
      const head = sp.slice(0, -1);
      const last = sp[sp.length - 1]!;
      const f = foldTerm(last);
      phrases.add(ftsPhrase(sp));
      if (f !== last) {
        phrases.add(ftsPhrase([...head, f]));
        // the joined word with its last part folded («تفاهمنامههای» → «تفاهمنامه»)
        alts.add(head.join('') + f);
      }
      // A compound the lexicon does not know has no plural fold: its suffixed forms the index
      // holds («کارگروههای», «کارگروهی», «کار گروههای») are searched with it.
      for (const suf of COMPOUND_SUFFIXES) {
        if (f.endsWith(suf)) continue;
        const joined = head.join('') + f + suf;
        if (vocab.freq(joined) > 0) alts.add(joined);
        if (vocab.freq(f + suf) > 0) phrases.add(ftsPhrase([...head, f + suf]));
      }
    }
    const parts = [...alts].map(ftsString);
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
    for (const p of phrases) parts.push(`(${p})`);
    return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
  }

  /**
   * True when two adjacent query words are one compound the index knows: they also occur
   * joined (or their plural fold does), and neither is a function word.
   */
  private joinsAsCompound(a: string, b: string): boolean {
    if (isStopTerm(a) || isStopTerm(b)) return false;
    const vocab = this.vocab();
    const joined = a + b;
    return vocab.freq(joined) > 0 || vocab.freq(foldTerm(joined)) > 0;
  }

  /**
   * One AND-group per term; two adjacent words of a run that the index knows as one compound
   * are one group (the joined word, or the two as a phrase), so every written form of a
   * compound compiles to the same expression. `content`, when given, receives per plain group
   * whether it carries meaning (not only function words). Quoted phrases come last.
   */
  groupExprs(q: ParsedQuery, expand: boolean, extra: Set<string>, content?: boolean[]): string[] {
    const groups: string[] = [];
    const terms = q.terms;
    const last = terms.length - 1;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      const next = terms[i + 1];
      if (next && next.run === t.run && !t.split && !next.split && this.joinsAsCompound(t.term, next.term)) {
        const joined = t.term + next.term;
        const prefix = expand && i + 1 === last && q.prefixLast;
        groups.push(this.termExpr(joined, [t.term, next.term], { prefix, typos: expand }, extra));
        content?.push(true);
        extra.add(joined);
        i++;
        continue;
      }
      groups.push(
        this.termExpr(t.term, t.split, { prefix: expand && i === last && q.prefixLast, typos: expand }, extra),
      );
      content?.push(!isStopTerm(t.term));
    }
    for (const p of q.phrases) groups.push(ftsPhrase(p));
    return groups;
  }

  /**
   * The query's adjacent plain words (of one run, neither a function word) as FTS5 phrases, at
   * most 8: a name («بانک ملی») or any phrase that may occur as a unit. A compound term stands
   * as its joined word or its parts.
   */
  adjacentPhrases(q: ParsedQuery): string[] {
    const out: string[] = [];
    const t = q.terms;
    const forms = (x: (typeof t)[number]) => (x.split ? [[x.term], x.split] : [[x.term]]);
    for (let i = 0; i + 1 < t.length && out.length < 8; i++) {
      const a = t[i]!;
      const b = t[i + 1]!;
      if (a.run !== b.run || isStopTerm(a.term) || isStopTerm(b.term)) continue;
      const alts: string[] = [];
      for (const fa of forms(a)) for (const fb of forms(b)) alts.push(ftsPhrase([...fa, ...fb]));
      out.push(alts.length === 1 ? alts[0]! : `(${alts.join(' OR ')})`);
    }
    return out;
  }

  /** Expression of the excluded words and phrases (null when none). */
  excludedExpr(q: ParsedQuery): string | null {
    if (q.excluded.length === 0) return null;
    const word = (w: string) => {
      const f = foldTerm(w);
      // a word that is its own fold is one string: FTS5 would read its doclist twice
      return f === w ? ftsString(w) : `(${ftsString(w)} OR ${ftsString(f)})`;
    };
    return q.excluded.map((t) => (t.length === 1 ? word(t[0]!) : ftsPhrase(t))).join(' OR ');
  }
}
