/**
 * Character-level Persian text repair: presentation forms, letter variants, invisible marks,
 * digit sets. Pure functions, no IO; safe in the browser.
 *
 * Every regex here is compiled once at module load; the functions run over whole archives.
 */

/** Arabic-script letters (after folding), as a regex character-class body. */
export const AR_LETTER =
  '\\u0621-\\u063A\\u0641-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF';

/** Zero-width non-joiner, the Persian half-space. */
export const ZWNJ = '\u200c';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

// Presentation forms (FB50–FDFF, FE70–FEFC) are compatibility characters: NFKC maps each to
// its base letter (ﻧ → ن, ﻻ → لا, ﷼ → ریال). NFKC is applied to these runs only, so the rest
// of the text (harakat order, Latin ligatures in URLs, …) is left as written.
const PRESENTATION_RUN = /[\uFB50-\uFDFF\uFE70-\uFEFC]+/g;

// Invisible characters that carry no meaning for Persian text: ZWSP, ZWJ, bidi embeddings and
// marks (LRM/RLM/ALM, LRE..RLO, LRI..PDI), word joiner, BOM, soft hyphen, Arabic tatweel.
/** Invisible marks, as a regex character-class body. */
export const INVISIBLE_CLASS =
  '\\u200b\\u200d\\u200e\\u200f\\u061c\\u202a-\\u202e\\u2060\\u2066-\\u2069\\ufeff\\u00ad\\u0640';
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'g');

// Unusual spaces become an ordinary space; line/paragraph separators become newlines.
/** Unusual spaces (NBSP, thin space, …), as a regex character-class body. */
export const ODD_SPACE_CLASS = '\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000';
const ODD_SPACE = new RegExp(`[${ODD_SPACE_CLASS}]`, 'g');
const ODD_NEWLINE = /\r\n?|[\u2028\u2029\u0085\v\f]/g;

// Which letter folds to which: the one table the display text, the search key and the parsers'
// matching fold (parse/fold.ts) all derive from.

/**
 * Letters that are not Persian but are used for Persian words by Arabic keyboards, Urdu/Kurdish
 * fonts, OCR engines and NFKD-decomposing tools: folded in the display text already.
 * ۀ, آ, ئ, أ stay (they are valid Persian).
 */
export const VARIANT_LETTERS: Readonly<Record<string, string>> = {
  '\u064a': 'ی', // ي Arabic yeh
  '\u0649': 'ی', // ى alef maksura
  '\u06cd': 'ی', // ۍ
  '\u06d0': 'ی', // ې
  '\u06ce': 'ی', // ێ
  '\u0643': 'ک', // ك Arabic kaf
  '\u06aa': 'ک', // ڪ swash kaf
  '\u06c1': 'ه', // ہ heh goal
  '\u06be': 'ه', // ھ heh doachashmee
  '\u06d5': 'ه', // ە ae (what NFKD makes of ۀ)
  '\u06c2': 'ۀ', // ۂ heh goal with hamza
};

/** Teh marbuta, the Arabic ending of loans written «ه» in Persian («مدرسة»): folded for matching. */
export const TEH_MARBUTA: Readonly<Record<string, string>> = { ة: 'ه' };

/**
 * Valid Persian letters carrying hamza, madda or wasla (ۀ أ إ ٱ آ ؤ ئ): kept in the display,
 * folded to their bare letter for matching (search key, parsers).
 */
export const MARKED_LETTERS: Readonly<Record<string, string>> = {
  ۀ: 'ه',
  أ: 'ا',
  إ: 'ا',
  ٱ: 'ا',
  آ: 'ا',
  ؤ: 'و',
  ئ: 'ی',
};

// Signs folded in the search key only: ٪ → %, ٫ (Arabic decimal separator) → «.».
const KEY_SIGNS: Readonly<Record<string, string>> = { '٪': '%', '٫': '.' };

const classOf = (table: Readonly<Record<string, string>>): RegExp =>
  new RegExp(`[${Object.keys(table).join('')}]`, 'g');

const LETTER_MAP = VARIANT_LETTERS;
const LETTER_RE = classOf(LETTER_MAP);
// Extra folds for the search key only (they lose information the display keeps).
const KEY_LETTER_MAP: Readonly<Record<string, string>> = { ...TEH_MARBUTA, ...MARKED_LETTERS, ...KEY_SIGNS };
const KEY_LETTER_RE = classOf(KEY_LETTER_MAP);

// Harakat and other combining Arabic marks (incl. hamza above U+0654 of «هٔ», superscript alef
// U+0670, Quranic annotation marks U+06D6–U+06ED). Dropping them in the key also keeps FTS5
// from splitting «کِتاب» into «ک» + «تاب».
/** Harakat and combining Arabic marks, as a regex character-class body. */
export const HARAKAT_CLASS = '\\u064b-\\u065f\\u0670\\u06d6-\\u06dc\\u06df-\\u06e4\\u06e7\\u06e8\\u06ea-\\u06ed';
const HARAKAT = new RegExp(`[${HARAKAT_CLASS}]`, 'g');

const ANY_NON_ASCII_DIGIT = /[\u06f0-\u06f9\u0660-\u0669]/g;
const ASCII_DIGIT = /[0-9]/g;

/**
 * Apply NFKC to Arabic presentation-form runs only («ﻛﺘﺎﺏ» → «کتاب», «ﻧﺎﻡ» → «نام», «﷼» → «ریال»).
 */
export function foldPresentationForms(text: string): string {
  return text.replace(PRESENTATION_RUN, (run) => run.normalize('NFKC'));
}

/**
 * Fold non-Persian letter variants to Persian letters (ي ى → ی، ك → ک، ہ ھ ە → ه) and
 * presentation forms to base letters. Does not touch ZWNJ, spaces, digits or marks.
 */
export function foldLetters(text: string): string {
  return foldPresentationForms(text).replace(LETTER_RE, (c) => LETTER_MAP[c] ?? c);
}

/**
 * Remove invisible marks (ZWSP, ZWJ, LRM/RLM/ALM, bidi embeddings/isolates, BOM, soft hyphen,
 * tatweel), turn odd spaces (NBSP, thin space, …) into a space and CR/LS/PS into `\n`.
 * ZWNJ is kept.
 */
export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(ODD_SPACE, ' ').replace(ODD_NEWLINE, '\n');
}

/** Remove harakat and other combining Arabic marks (U+064B–U+065F, U+0670, Quranic marks). */
export function removeHarakat(text: string): string {
  return text.replace(HARAKAT, '');
}

/**
 * Key-only letter folds: ة ۀ → ه، أ إ ٱ آ → ا، ؤ → و، ئ → ی، ٪ → %، ٫ → «.».
 * Assumes {@link foldLetters} ran first.
 */
export function foldKeyLetters(text: string): string {
  return text.replace(KEY_LETTER_RE, (c) => KEY_LETTER_MAP[c] ?? c);
}

/** Persian (۰–۹) and Arabic-Indic (٠–٩, ٥ included) digits → ASCII. Other characters unchanged. */
export function toAsciiDigits(text: string): string {
  return text.replace(ANY_NON_ASCII_DIGIT, (d) => {
    const c = d.charCodeAt(0);
    return String.fromCharCode(48 + (c >= 0x06f0 ? c - 0x06f0 : c - 0x0660));
  });
}

/**
 * All digits (ASCII and Arabic-Indic) → Persian digits, for numbers shown in the UI.
 * Accepts a number for convenience (`toPersianDigits(1401)` → «۱۴۰۱»); a decimal point becomes `٫`
 * only when a number is passed (strings keep their punctuation).
 */
export function toPersianDigits(value: string | number): string {
  if (typeof value === 'number') {
    return toPersianDigits(String(value)).replace('.', '٫');
  }
  return toAsciiDigits(value).replace(ASCII_DIGIT, (d) => PERSIAN_DIGITS[d.charCodeAt(0) - 48] ?? d);
}
