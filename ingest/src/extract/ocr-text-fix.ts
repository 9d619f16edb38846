/**
 * Repairs for Tesseract's known Persian output problems (pure, no IO):
 * bidi marks around numbers, Arabic ي/ك, Arabic-Indic digits mixed into Persian numbers,
 * digit runs that come out reversed, the Arabic comma read as `,` or `»`.
 */
import { foldLetters } from '../text/chars.ts';

const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const ARABIC_INDIC = /[\u0660-\u0669]/g;
const PERSIAN_DIGIT = /[\u06f0-\u06f9]/;
const NUMBER_RUN = /[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[/.:٫٬,-][0-9\u0660-\u0669\u06f0-\u06f9]+)*/g;
const AR = '\\u0621-\\u063a\\u0641-\\u064a\\u0670-\\u06d3\\u06d5';

function digitValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}

function isValidJalali(y: number, m: number, d: number): boolean {
  return y >= 1300 && y <= 1500 && m >= 1 && m <= 12 && d >= 1 && d <= (m <= 6 ? 31 : m < 12 ? 30 : 30);
}

function parts(run: string): number[] | null {
  const p = run.split('/');
  if (p.length !== 3) return null;
  const n = p.map((x) => Number([...x].map(digitValue).join('')));
  return n.some((v) => Number.isNaN(v)) ? null : n;
}

/** A date run is valid as y/m/d or d/m/y (both are written in Iranian documents). */
function plausibleDate(run: string): boolean {
  const n = parts(run);
  if (!n) return false;
  const [a, b, c] = n as [number, number, number];
  const y4 = (v: number): number => (v < 100 ? v + (v >= 50 ? 1300 : 1400) : v);
  return isValidJalali(y4(a), b, c) || isValidJalali(y4(c), b, a);
}

/**
 * Fix one number run: Arabic-Indic digits inside a Persian-digit number become Persian; a
 * date that is only valid when reversed character by character (Tesseract's reversed digit
 * runs, «۵۱/۸۰/۲۰۴۱») is reversed.
 */
function fixNumberRun(run: string): string {
  let s = run;
  if (PERSIAN_DIGIT.test(s)) s = s.replace(ARABIC_INDIC, (d) => String.fromCharCode(d.charCodeAt(0) - 0x660 + 0x6f0));
  else if (/[0-9]/.test(s)) s = s.replace(ARABIC_INDIC, (d) => String.fromCharCode(d.charCodeAt(0) - 0x660 + 0x30));
  else s = s.replace(ARABIC_INDIC, (d) => String.fromCharCode(d.charCodeAt(0) - 0x660 + 0x6f0));
  if (s.split('/').length === 3 && !plausibleDate(s)) {
    const rev = [...s].reverse().join('');
    if (plausibleDate(rev)) s = rev;
  }
  return s;
}

const COMMA_AS_LATIN = new RegExp(`(?<=[${AR}])\\s?,(?=\\s*[${AR}\\u06f0-\\u06f9])`, 'g');
const COMMA_AS_GUILLEMET = new RegExp(`(?<=[${AR}])[؛.,]?»(?=\\s+[${AR}])`, 'g');

// The fas unicharset has no Arabic thousands separator «٬» (nor «،»): «۱٬۲۵۰» comes back as
// «۱,۲۵۰» at best. A Latin comma inside Persian digits, before a group of three, is «٬».
const THOUSANDS_AS_COMMA = /(?<=[\u06f0-\u06f9]),(?=[\u06f0-\u06f9]{3}(?![\u06f0-\u06f9]))/g;

const SEMICOLON_BETWEEN_WORDS = new RegExp(`(?<=[${AR}])؛(?=\\s+[${AR}])`, 'g');

/** Apply the Tesseract output repairs to one page of OCR text. */
export function fixOcrText(text: string): string {
  // Letter variants (ي ى ك …) through the one folding table of text/chars.ts: the same fold the
  // display text (text/normalize.ts toDisplay) applies to every extracted page afterwards.
  let s = foldLetters(text.replace(BIDI_MARKS, ''));
  s = s.replace(NUMBER_RUN, fixNumberRun).replace(THOUSANDS_AS_COMMA, '\u066c');
  s = s
    .split('\n')
    .map((line) => {
      let l = line.replace(COMMA_AS_LATIN, '،');
      // «…» quotes are balanced in a line; a lone closing guillemet after a word is a comma.
      if (!l.includes('«')) l = l.replace(COMMA_AS_GUILLEMET, '،');
      // The fas model confuses «،» with «؛»; in minutes and news the semicolon is rare and the
      // comma frequent, so a semicolon between two words is read as a comma.
      l = l.replace(SEMICOLON_BETWEEN_WORDS, '،');
      // Tabs separate table cells (one table row per line): they stay, spaces around them go.
      return l
        .replace(/ *\t */g, '\t')
        .replace(/ {2,}/g, ' ')
        .replace(/^ +| +$/g, '');
    })
    .join('\n');
  return s.replace(/\n{3,}/g, '\n\n').replace(/^[\n ]+|[\n ]+$/g, '');
}
