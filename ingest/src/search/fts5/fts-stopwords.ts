/**
 * Persian function words (prepositions, conjunctions, particles, pronouns, copulas) as engine
 * terms. They are searchable like any word, but a relaxed (partial) match must not rest on them
 * alone: nearly every document has «که» or «در», so a query word that matched nothing would
 * otherwise return arbitrary documents through them.
 */
import { keyTerms } from '../fts-records.ts';

const FUNCTION_WORDS = [
  'و',
  'که',
  'در',
  'به',
  'از',
  'با',
  'بی',
  'این',
  'آن',
  'را',
  'ای',
  'برای',
  'تا',
  'هم',
  'یا',
  'بر',
  'است',
  'هست',
  'نیست',
  'بود',
  'باشد',
  'شد',
  'شده',
  'شود',
  'می',
  'نمی',
  'ها',
  'های',
  'هر',
  'چه',
  'چون',
  'اگر',
  'اما',
  'ولی',
  'نیز',
  'پس',
  'زیرا',
  'همه',
  'همین',
  'همان',
  'آنها',
  'اینها',
  'او',
  'ما',
  'شما',
  'من',
  'تو',
  'وی',
  'خود',
  'یک',
  'دیگر',
  'بین',
  'درباره',
  'طی',
  'توسط',
  'روی',
  'سوی',
  'جز',
  'مگر',
  'چنین',
  'چنان',
  'آیا',
];

/** The function words as engine terms (same normalisation as the index: «آن» → «ان»). */
const STOP_TERMS: ReadonlySet<string> = new Set(FUNCTION_WORDS.flatMap((w) => keyTerms(w)));

/** True when an engine term is a Persian function word. */
export function isStopTerm(term: string): boolean {
  return STOP_TERMS.has(term);
}
