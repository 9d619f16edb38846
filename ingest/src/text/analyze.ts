/**
 * Query analysis for GET /api/analyze: how a query (or any text) was read.
 */
import { findDates } from './dates.ts';
import type { FoundDate } from './dates.ts';
import { searchKey, searchTokens, toDisplay } from './normalize.ts';
import { findAmounts } from './numbers.ts';
import type { FoundAmount } from './numbers.ts';
import { pluralFold } from './plural.ts';

/** Result of {@link analyze}. Offsets of dates/amounts refer to `display`. */
export interface TextAnalysis {
  /** Repaired display form. */
  display: string;
  /** The search key (see `searchKey`). */
  searchKey: string;
  /** Search tokens (see `searchTokens`). */
  tokens: string[];
  /** Plural-folded tokens (see `foldedTokens`). */
  foldedTokens: string[];
  /** Dates found, in text order. */
  dates: FoundDate[];
  /** Money amounts found, in text order. */
  amounts: FoundAmount[];
}

/** Analyze a query or text: display form, search key, tokens, dates and amounts. */
export function analyze(text: string): TextAnalysis {
  const display = toDisplay(text);
  const key = searchKey(display);
  const tokens = searchTokens(display);
  return {
    display,
    searchKey: key,
    tokens,
    foldedTokens: tokens.map(pluralFold),
    dates: findDates(display),
    amounts: findAmounts(display),
  };
}
