/**
 * Persian text toolkit of Sanad: display repair, search keys and tokens, plural folding, dates,
 * numbers, amounts, ordinals and query analysis. Pure code (no IO), importable in the browser.
 */
export {
  AR_LETTER,
  ZWNJ,
  foldLetters,
  foldPresentationForms,
  removeHarakat,
  removeInvisible,
  toAsciiDigits,
  toPersianDigits,
} from './chars.ts';
export { searchKey, searchTokenGroups, searchTokens, toDisplay, tokenizeKey } from './normalize.ts';
export { findAmounts, parseNumber, parseOrdinal } from './numbers.ts';
export type { FoundAmount } from './numbers.ts';
export {
  JALALI_MONTHS,
  JALALI_MONTH_FORMS,
  expandJalaliYear,
  findDates,
  formatJalaliFromIso,
  isoToJalali,
  jalaliToIso,
  parseJalaliDate,
} from './dates.ts';
export type { FormatJalaliOptions, FoundDate, JalaliDate } from './dates.ts';
export { foldedTokens, pluralFold } from './plural.ts';
export { analyze } from './analyze.ts';
export type { TextAnalysis } from './analyze.ts';
export { readDateBound } from './date-bounds.ts';
export { editDistance } from './edit-distance.ts';
export type { EditDistanceOptions } from './edit-distance.ts';
export type { DateBound } from './date-bounds.ts';
