import { describe, expect, it } from 'vitest';
import { JALALI_MONTHS, findDates, formatJalaliFromIso, isoToJalali, jalaliToIso, parseJalaliDate } from './index.ts';

// [input, jalali, iso] — persian-text.md (a) 28–33 and more written forms.
const VALID: ReadonlyArray<readonly [string, string, string]> = [
  ['۱۴۰۱/۰۸/۰۵', '1401/08/05', '2022-10-27'],
  ['1401/8/5', '1401/08/05', '2022-10-27'],
  ['1401-8-5', '1401/08/05', '2022-10-27'],
  ['۱۴۰۱.۰۸.۰۵', '1401/08/05', '2022-10-27'],
  ['۹۹/۷/۱۳', '1399/07/13', '2020-10-04'],
  ['30/5/97', '1397/05/30', '2018-08-21'],
  ['۲۲/۳/۸۶', '1386/03/22', '2007-06-12'],
  ['۰۵/۱/۱', '1405/01/01', '2026-03-21'],
  ['55/1/1', '1355/01/01', '1976-03-21'],
  ['05/08/1401', '1401/08/05', '2022-10-27'],
  ['27 اسفند 1401', '1401/12/27', '2023-03-18'],
  ['۲۷ اسفندماه ۱۴۰۱', '1401/12/27', '2023-03-18'],
  ['۲۷ اسفند ماه سال ۱۴۰۱', '1401/12/27', '2023-03-18'],
  ['پنجشنبه ۵ آبان ۱۴۰۱', '1401/08/05', '2022-10-27'],
  ['۵ ابان ۱۴۰۱', '1401/08/05', '2022-10-27'],
  ['۵ اذر ۱۴۰۱', '1401/09/05', '2022-11-26'],
  ['۵ دي ۱۴۰۱', '1401/10/05', '2022-12-26'],
  ['۵ امرداد ۱۴۰۱', '1401/05/05', '2022-07-27'],
  ['۵ مرداد ۱۴۰۱', '1401/05/05', '2022-07-27'],
  ['۱۰ ارديبهشت ۱۴۰۲', '1402/02/10', '2023-04-30'],
  ['۱۰ اردی‌بهشت ۱۴۰۲', '1402/02/10', '2023-04-30'],
  ['بیست و هفتم اسفند ۱۴۰۱', '1401/12/27', '2023-03-18'],
  ['اول فروردین ۱۴۰۲', '1402/01/01', '2023-03-21'],
  ['سی‌ام شهریور ۱۴۰۱', '1401/06/30', '2022-09-21'],
  ['۱۵ مهر ۱۴۰۱ ه.ش', '1401/07/15', '2022-10-07'],
  ['30 اسفند 1403', '1403/12/30', '2025-03-20'],
  ['2023-03-18', '1401/12/27', '2023-03-18'],
  ['18 March 2023', '1401/12/27', '2023-03-18'],
  ['March 18, 2023', '1401/12/27', '2023-03-18'],
  ['۱۸ مارس ۲۰۲۳', '1401/12/27', '2023-03-18'],
  ['۱۰ می ۲۰۲۳', '1402/02/20', '2023-05-10'],
  ['مورخ ۱۴۰۱/۰۸/۰۵', '1401/08/05', '2022-10-27'],
];

describe('parseJalaliDate: valid forms', () => {
  it.each(VALID)('%j', (input, jalali, iso) => {
    const d = parseJalaliDate(input);
    expect(d?.jalali).toBe(jalali);
    expect(d?.iso).toBe(iso);
  });
});

const INVALID: readonly string[] = [
  '1401/12/30', // 1401 is not a leap year
  '30 اسفند 1401',
  '1402/07/31', // second half-year months have 30 days
  '1401/13/01',
  '1401/00/10',
  '2023-02-30',
  '۲۱/۲۵/۵۴۲۰۷', // letter number
  '۱۴۰۱۱۰۸/۰۵', // OCR read «/» as «۱»
  '۰۹۱۲۳۴۵۶۷۸۹',
  '12.5',
  'آبان',
  'شماره ۱۲ مورخ ۱۴۰۱/۰۸/۰۵', // more than one number: not one date
  '',
];

describe('parseJalaliDate: rejected', () => {
  it.each(INVALID)('%j', (input) => {
    expect(parseJalaliDate(input)).toBeNull();
  });
});

describe('findDates', () => {
  it('finds dates in text order with offsets into the original text', () => {
    const text = 'جلسه مورخ ۱۴۰۱/۰۸/۰۵ در ساعت ۱۰ و جلسه بعد پنجشنبه ۲۷ اسفند ۱۴۰۱ و نامه ۲۱/۲۵/۵۴۲۰۷ (2023-03-18)';
    const found = findDates(text);
    expect(found.map((f) => [f.text, f.jalali, f.calendar])).toEqual([
      ['۱۴۰۱/۰۸/۰۵', '1401/08/05', 'jalali'],
      ['۲۷ اسفند ۱۴۰۱', '1401/12/27', 'jalali'],
      ['2023-03-18', '1401/12/27', 'gregorian'],
    ]);
    for (const f of found) expect(text.slice(f.index, f.end)).toBe(f.text);
  });
  it('keeps offsets right across removed marks and ZWNJ', () => {
    const text = '\u200eمورخه\u200c ‎۹۹/۷/۱۳‏ و ۱۰ اردی‌بهشت ۱۴۰۲';
    const found = findDates(text);
    expect(found.map((f) => f.jalali)).toEqual(['1399/07/13', '1402/02/10']);
    for (const f of found) expect(text.slice(f.index, f.end)).toBe(f.text);
  });
  it('skips invalid dates and phone numbers', () => {
    expect(findDates('تاریخ ۱۴۰۱/۱۲/۳۰ و تلفن 021-8812-3456 و 0912-345-6789')).toEqual([]);
  });
  it('does not read words as month names', () => {
    expect(findDates('۵ مهربانی ۱۴۰۱ و ۳ تیرانداز ۱۴۰۰')).toEqual([]);
  });
});

describe('conversion and formatting', () => {
  it.each([
    ['1401/08/05', '2022-10-27'],
    ['۱۴۰۱/۸/۵', '2022-10-27'],
    ['1403/12/30', '2025-03-20'],
  ] as const)('jalaliToIso %j', (input, iso) => {
    expect(jalaliToIso(input)).toBe(iso);
  });
  it('jalaliToIso rejects invalid dates', () => {
    expect(jalaliToIso('1401/12/30')).toBeNull();
    expect(jalaliToIso({ year: 1401, month: 12, day: 30 })).toBeNull();
    expect(jalaliToIso({ year: 1401, month: 12, day: 29 })).toBe('2023-03-20');
  });
  it.each([
    ['2022-10-27', '1401/08/05'],
    ['2025-03-20T10:00:00Z', '1403/12/30'],
    ['2020-10-04', '1399/07/13'],
  ] as const)('isoToJalali %j', (iso, jalali) => {
    expect(isoToJalali(iso)).toBe(jalali);
  });
  it('isoToJalali rejects garbage', () => {
    expect(isoToJalali('2023-02-30')).toBeNull();
    expect(isoToJalali('x')).toBeNull();
  });
  it.each([
    [{}, '۱۴۰۱/۰۸/۰۵'],
    [{ monthName: true }, '۵ آبان ۱۴۰۱'],
    [{ persianDigits: false }, '1401/08/05'],
    [{ persianDigits: false, monthName: true }, '5 آبان 1401'],
  ] as const)('formatJalaliFromIso %j', (opts, expected) => {
    expect(formatJalaliFromIso('2022-10-27', opts)).toBe(expected);
  });
  it('JALALI_MONTHS', () => {
    expect(JALALI_MONTHS).toHaveLength(12);
    expect(JALALI_MONTHS[8]).toBe('آذر');
  });
});
