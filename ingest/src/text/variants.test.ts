/**
 * Acceptance-style check: every spelling variant of a sentence (Arabic ي/ك, ZWNJ as a space,
 * ZWNJ dropped, another digit set) must give exactly the tokens of the canonical spelling.
 * Sentences are written for this test in the vocabulary of government minutes and news.
 */
import { describe, expect, it } from 'vitest';
import { foldedTokens, searchTokens, toAsciiDigits, toDisplay, toPersianDigits } from './index.ts';

const Z = '\u200c';
const SENTENCES: readonly string[] = [
  `دستگاه${Z}های اجرایی موظف هستند گزارش عملکرد را ارائه کنند.`,
  `این موضوع در جلسه آینده بررسی می${Z}شود و نتیجه اعلام خواهد شد.`,
  `تسهیلات کارآفرینی به متقاضیان واجد شرایط پرداخت می${Z}شود.`,
  `بانک${Z}ها باید پیگیری${Z}های لازم را انجام دهند.`,
  `جلسه کارگروه اشتغال استان در تاریخ ۱۴۰۲/۰۳/۱۵ برگزار شد.`,
  `مبلغ ۴۶ میلیارد تومان برای طرح${Z}های نیمه${Z}تمام اختصاص یافت.`,
  `فرماندار گفت: شهرستان${Z}ها نمی${Z}توانند بدون مجوز اقدام کنند.`,
  `سهم خانواده${Z}های کم${Z}برخوردار از اعتبارات افزایش می${Z}یابد.`,
  `مقرر شد اداره کل راه${Z}وشهرسازی گزارش پیشرفت پروژه را ارسال کند.`,
  `معاون استاندار بر ضرورت تسریع در پرداخت تسهیلات تأکید کرد.`,
  `بیش${Z}ترین سهم اعتبارات به بخش کشاورزی و صنایع کوچک${Z}تر رسید.`,
  `در این نشست ۱۲٬۵۰۰ فرصت شغلی جدید پیش${Z}بینی شده است.`,
  `نمایندگان بخش خصوصی و کارشناسان سازمان برنامه و بودجه حضور داشتند.`,
  `بی${Z}توجهی به مصوبات جلسات قبلی موجب تأخیر در اجرای طرح${Z}ها شده است.`,
  `رئیس شورای شهر گفت: هزینه${Z}ها باید شفاف گزارش شود.`,
  `سامانه کارا برای ثبت درخواست${Z}ها راه${Z}اندازی شده${Z}است.`,
  `در ماه می ۲۰۲۳ میز خدمت در میانه شهر افتتاح شد.`,
  `اجرای ۲۵ درصد از تعهدات اشتغال در سه ماهه نخست محقق شده است.`,
  `پرداخت وام قرض${Z}الحسنه به ۳۵۰ نفر از مددجویان کمیته امداد انجام شد.`,
  `مسئولیت پیگیری این موضوع بر عهده بنیاد مسکن و اداره کل بهزیستی است.`,
  `گزارش${Z}ها نشان می${Z}دهد نرخ بیکاری به ۸٫۵ درصد رسیده است.`,
  `توسعه گردشگری و حفظ میراث فرهنگی از اولویت${Z}های شهرستان است.`,
  `صندوق کارآفرینی امید و بانک کشاورزی تسهیلات ارزان${Z}قیمت می${Z}دهند.`,
  `کمیته${Z}ای برای بررسی مشکلات واحدهای تولیدی تشکیل شد.`,
  `دبیرخانه موظف است صورتجلسه را ظرف یک هفته به دستگاه${Z}ها ابلاغ کند.`,
];

const toArabic = (s: string): string => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
const toArabicIndic = (s: string): string =>
  toAsciiDigits(s).replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));

const VARIANTS: ReadonlyArray<readonly [string, (s: string) => string]> = [
  ['Arabic yeh/kaf', toArabic],
  ['ZWNJ as space', (s) => s.replace(/\u200c/g, ' ')],
  ['ZWNJ dropped', (s) => s.replace(/\u200c/g, '')],
  ['ASCII digits', toAsciiDigits],
  ['Arabic-Indic digits', toArabicIndic],
  ['Persian digits', (s) => toPersianDigits(s)],
  ['all at once', (s) => toArabic(toAsciiDigits(s.replace(/\u200c/g, ' ')))],
  ['display form', toDisplay],
];

const CASES = SENTENCES.flatMap((s) => VARIANTS.map(([name, f]) => [name, s, f(s)] as const));

describe('spelling variants give the canonical tokens', () => {
  it.each(CASES)('%s: %s', (name, canonical, variant) => {
    const doc = searchTokens(canonical);
    const query = searchTokens(variant);
    if (name.startsWith('ZWNJ') || name === 'all at once') {
      // Compounds written with ZWNJ index their parts and the joined word: query ⊆ document.
      for (const t of query) expect(doc).toContain(t);
      for (const t of foldedTokens(variant)) expect(foldedTokens(canonical)).toContain(t);
    } else {
      expect(query).toEqual(doc);
      expect(foldedTokens(variant)).toEqual(foldedTokens(canonical));
    }
  });
});

describe('single-word queries find their word in the canonical sentence', () => {
  const queries = [
    'می شود',
    'میشود',
    'دستگاهها',
    'دستگاه ها',
    'كارآفريني',
    'تسهيلات',
    'بانكها',
    'پيگيري هاي',
    'برگزار شد',
    '1402/3/15',
    'نمی توانند',
    'خانوادههای',
    'بیشترین',
    'بی توجهی',
  ];
  const docTokens = new Set(SENTENCES.flatMap((s) => searchTokens(s)));
  it.each(queries)('%j', (q) => {
    for (const t of searchTokens(q)) expect(docTokens).toContain(t);
  });
});
