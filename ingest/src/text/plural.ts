/**
 * Plural folding for a second, optional search field: «خانوادههای» → «خانواده», «جلسات» → «جلسه»,
 * «نمایندگان» → «نماینده». Only plural suffixes are removed, and only when what remains is a
 * known word of the checked-in lexicon (data/plural-lexicon.ts, from Debian myspell-fa); base
 * words that merely end like a plural («استان», «تومان», «میزان», «تنها», «مالیات») are kept.
 *
 * Engines index `foldedTokens(display)` in the second field and query it with
 * `foldedTokens(query)`, so «خانواده» finds «خانوادههای» even when it is not the last query word.
 */
import { AN_PROTECTED, PLURAL_STEMS } from './data/plural-lexicon.ts';
import { searchTokens } from './normalize.ts';

let stems: ReadonlySet<string> | null = null;
let anProtected: ReadonlySet<string> | null = null;

function lexicon(): { stems: ReadonlySet<string>; anProtected: ReadonlySet<string> } {
  // Built on first use (≈ 16k words) so importing the module stays cheap in the browser.
  stems ??= new Set(PLURAL_STEMS.split(' '));
  anProtected ??= new Set([...AN_PROTECTED.split(' '), ...AN_EXTRA_PROTECTED]);
  return { stems, anProtected };
}

/** Words in «ها» that are not plurals. */
const HA_EXCEPTIONS: ReadonlySet<string> = new Set(['تنها', 'بها', 'رها', 'انتها', 'اژدها', 'اینها', 'انها']);

/**
 * Words in «ات» whose stem is a different word (مالیات ≠ مالی, مقررات ≠ مقرر, شکلات ≠ شکل) or
 * that are singular nouns / names.
 */
const AT_EXCEPTIONS: ReadonlySet<string> = new Set([
  'مالیات',
  'مقررات',
  'مهمات',
  'مجازات',
  'شکلات',
  'دیپلمات',
  'کربنات',
  'کرومات',
  'کلرات',
  'سادات',
  'عرفات',
  'تورات',
  'ملاقات',
  'خرابات',
  'امارات',
  'صادرات',
  'واردات',
  'ادبیات',
  'کلیات',
  'ساسات',
  'شمیرانات',
  'حیات',
  'ثبات',
  'نجات',
  'برات',
  'زکات',
  'صلوات',
  'اوقات',
  'سوغات',
  'مساوات',
  'کائنات',
  'کاینات',
  'لغات',
  'ذات',
  'صفات',
  'نبات',
  'فرات',
  'هرات',
  'اثبات',
  'انتخابات',
]);

/** Place and person names in «ان» whose stem is a listed word (کرمان → کرم, گرگان → گرگ). */
const AN_EXTRA_PROTECTED: readonly string[] = [
  'کرمان',
  'گرگان',
  'گیلان',
  'همدان',
  'زنجان',
  'سمنان',
  'کاشان',
  'اصفهان',
  'تهران',
  'ایران',
  'خراسان',
  'مازندران',
  'لرستان',
  'خوزستان',
  'کردستان',
  'سیستان',
  'بلوچستان',
  'گلستان',
  'هرمزگان',
  'رفسنجان',
  'دامغان',
  'مریوان',
  'بوکان',
  'شمیران',
  'لاهیجان',
  'سلیمان',
  'سلمان',
  'رحمان',
  'احسان',
  'ایمان',
  'پیمان',
  'سامان',
  'ارمان',
  'کیوان',
  'نریمان',
  'لقمان',
  'عثمان',
  'مرجان',
  'بهمان',
  'شهرستان',
  'استان',
  'تومان',
  'سازمان',
  'ساختمان',
  'دوران',
  'میزان',
  'پایان',
  'جریان',
  'زمان',
  'زبان',
  'جوان',
  'باران',
  'فرمان',
  'درمان',
  'گمان',
  'جهان',
  'میان',
  'بیان',
  'کاروان',
  'خیابان',
  'بنیان',
  'ارزان',
  'گران',
  'روان',
  'مهمان',
  'کارکنان',
  'ابان',
  'اسمان',
  'خاندان',
  'دندان',
  'زندان',
  'میدان',
  'بستان',
  'دبستان',
  'دبیرستان',
  'بیمارستان',
  'درمانگاه',
  'قهرمان',
  'پهلوان',
  'قربان',
  'سلطان',
  'شیطان',
];

/** «های» family: longest first. */
const HA_SUFFIXES = ['هایمان', 'هایتان', 'هایشان', 'هایی', 'هایم', 'هایت', 'هایش', 'های', 'ها'] as const;

/**
 * The plural-folded stem of one search token (a token of {@link searchTokens}), or the token
 * itself when it is not a plural of a known word. Removes «ها» (and «های», «هایی», «هایش» …),
 * «ات» (→ stem or stem+«ه»: «اقدامات» → «اقدام», «جلسات» → «جلسه»), «ان» / «یان» / «گان»
 * («مدیران» → «مدیر», «دانشجویان» → «دانشجو», «نمایندگان» → «نماینده»).
 */
export function pluralFold(token: string): string {
  if (token.length < 4) return token;
  const { stems: S, anProtected } = lexicon();
  for (const suf of HA_SUFFIXES) {
    if (token.endsWith(suf)) {
      if (HA_EXCEPTIONS.has(token)) return token;
      const stem = token.slice(0, -suf.length);
      if (stem.length >= 2 && S.has(stem)) return stem;
      break;
    }
  }
  if (token.endsWith('ات') && !AT_EXCEPTIONS.has(token)) {
    const stem = token.slice(0, -2);
    if (stem.length >= 3) {
      if (S.has(stem + 'ه')) return stem + 'ه';
      if (S.has(stem)) return stem;
    }
    return token;
  }
  if (token.endsWith('ان') && !anProtected.has(token)) {
    if (token.endsWith('گان')) {
      const stem = token.slice(0, -3) + 'ه';
      if (S.has(stem)) return stem;
    }
    if (token.endsWith('یان')) {
      const stem = token.slice(0, -3);
      if (stem.length >= 2 && /[اوی]$/.test(stem) && S.has(stem)) return stem;
    }
    const stem = token.slice(0, -2);
    if (stem.length >= 3 && S.has(stem)) return stem;
  }
  return token;
}

/** `searchTokens(text)` with each token plural-folded: the tokens of the second search field. */
export function foldedTokens(text: string): string[] {
  return searchTokens(text).map(pluralFold);
}
