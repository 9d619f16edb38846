/**
 * Small DocumentRecords for the engine contract (Persian text written for the tests).
 */
import type { DocumentRecord } from '../../ingest/src/schema.ts';
import { blankRecord, blankResolution as res } from '../helpers/records.ts';
import { jalaliToIso } from '../../ingest/src/text/index.ts';

type Partial2 = Partial<DocumentRecord> & { id: string };

/** A record with defaults; `pages` default to one page holding `text`. */
export function makeDoc(p: Partial2 & { pageTexts?: string[] }): DocumentRecord {
  const pageTexts = p.pageTexts ?? [p.text ?? ''];
  const dateJalali = p.dateJalali ?? null;
  const { pageTexts: _omit, ...rest } = p;
  return blankRecord(p.id, pageTexts, {
    kind: 'minutes',
    date: dateJalali ? jalaliToIso(dateJalali) : null,
    dateJalali,
    source: { filename: `${p.id}.txt`, mime: 'text/plain', sha256: p.id.padEnd(64, '0'), bytes: 100 },
    ...rest,
  });
}

const FILLER =
  'در ادامه جلسه گزارش عملکرد دستگاه‌های اجرایی در حوزه اشتغال و سرمایه‌گذاری ارائه شد و اعضا نظرات خود را بیان کردند.';

/** The contract's archive: ids d1..d7. */
export function contractDocs(): DocumentRecord[] {
  const long =
    Array.from({ length: 90 }, () => FILLER).join(' ') + ' در پایان بر راه‌اندازی دفاتر تسهیل‌گری در روستاها تأکید شد.';
  return [
    makeDoc({
      id: 'd1',
      kind: 'minutes',
      title: 'صورتجلسه کارگروه اشتغال شهرستان مسجد سلیمان',
      dateJalali: '1402/03/15',
      organisations: ['کارگروه اشتغال شهرستان مسجد سلیمان', 'فرمانداری مسجد سلیمان'],
      province: 'خوزستان',
      counties: ['مسجد سلیمان'],
      chair: 'رضایی',
      speakers: [
        { name: 'رضایی', role: 'فرماندار' },
        { name: 'کریمی', role: 'مدیر بانک توسعه تعاون' },
      ],
      fundingBodies: ['بانک توسعه تعاون'],
      text: 'جلسه کارگروه اشتغال با حضور نماینده بانک توسعه تعاون برگزار شد. پرداخت تسهیلات مشاغل خانگی پیگیری می‌شود. کتاب‌ها توزیع شد.',
      resolutions: [
        res('d1', 1, 'مقرر گردید بانک توسعه تعاون تسهیلات مشاغل خانگی را تا پایان خرداد پرداخت کند.', {
          responsible: ['بانک توسعه تعاون'],
          fundingBodies: ['بانک توسعه تعاون'],
        }),
        res('d1', 2, 'مقرر گردید اداره کار گزارش طرح‌ها را ارائه نماید.', { responsible: ['اداره کار'] }),
      ],
    }),
    makeDoc({
      id: 'd2',
      kind: 'news',
      title: 'پرداخت تسهيلات در كوهدشت',
      dateJalali: '1403/01/20',
      organisations: ['بانک کشاورزی'],
      province: 'لرستان',
      counties: ['کوهدشت', 'رومشکان'],
      fundingBodies: ['بانک کشاورزی'],
      // Arabic yeh and kaf, Arabic-Indic digits, no ZWNJ (as in many real sources)
      text: 'بانك كشاورزي در كوهدشت و رومشكان ٢٥ ميليارد تومان تسهيلات پرداخت كرد و این طرحها اجرا میشود.',
    }),
    makeDoc({
      id: 'd3',
      kind: 'minutes',
      title: 'صورتجلسه شورای اداری ایلام',
      dateJalali: '1401/11/05',
      organisations: ['شورای اداری استان ایلام'],
      province: 'ایلام',
      counties: ['ایلام'],
      speakers: [{ name: 'آقامحمدی', role: 'استاندار' }],
      pageTexts: [
        'دستور جلسه: <script>alert(1)</script> & «گزارش» بودجه سال ۱۴۰۱ بررسی شد.',
        'در صفحه دوم موضوع قرارگاه اجتماعی استان مطرح شد و آقامحمدی بر آن تأکید کرد.',
      ],
    }),
    makeDoc({
      id: 'd4',
      kind: 'minutes',
      title: 'صورتجلسه ستاد تسهیل استان البرز',
      dateJalali: '1404/02/10',
      organisations: ['ستاد تسهیل و رفع موانع تولید استان البرز'],
      province: 'البرز',
      counties: ['کرج'],
      fundingBodies: ['صندوق کارآفرینی امید'],
      pageTexts: ['صندوق کارآفرینی امید در این جلسه حضور داشت.', long],
    }),
    makeDoc({
      id: 'd5',
      kind: 'news',
      title: 'خبر بانک ملی',
      dateJalali: '1400/07/01',
      province: 'خوزستان',
      counties: ['اهواز'],
      fundingBodies: ['بانک ملی'],
      text: 'بانک ملی شعبه جدید خود را در اهواز افتتاح کرد.',
    }),
    makeDoc({
      id: 'd6',
      kind: 'other',
      title: 'گزارش توسعه روستایی',
      dateJalali: null,
      province: 'لرستان',
      text: 'برنامه توسعه روستا و تعاون روستایی در سال 1402 بررسی شد و میز خدمت برپا شد.',
    }),
    makeDoc({
      id: 'd7',
      kind: 'news',
      title: 'ساعت کاری ادارات',
      dateJalali: '1402/08/01',
      province: 'ایلام',
      counties: ['دهلران'],
      text: 'ساعت کاری ادارات در ماه می ۲۰۲۳ تغییر کرد و میزان مراجعه کاهش یافت.',
    }),
  ];
}
