/**
 * Hand-made documents with commitments for the ledger's tests (contract, API, e2e): Persian
 * minutes and news written for the tests, each commitment's span pointing at its clause in the
 * display text, as the extractor is specified to produce them (DESIGN §3).
 */
import type { Commitment, DocumentRecord } from '@sanad/ingest/schema.ts';
import { jalaliToIso } from '@sanad/ingest/text/index.ts';
import { blankRecord } from './records.ts';

/** The date the due-date tests are judged against. */
export const LEDGER_TODAY = '2024-01-01';

interface ClauseSpec {
  clause: string;
  source?: Commitment['source'];
  resolutionNumber?: number | null;
  parties: string[];
  supervisor?: string[];
  amounts?: { text: string; toman: number | null }[];
  purpose?: string | null;
  counties?: string[];
  deadline?: { text: string; dueJalali: string | null } | null;
}

/** A document whose text is `lines` joined, with one commitment per clause (the clause must occur in a line, whole or as one of its sentences). */
export function ledgerDoc(
  id: string,
  lines: string[],
  clauses: ClauseSpec[],
  overrides: Partial<DocumentRecord> & { dateJalali: string },
): DocumentRecord {
  // one paragraph a line, as extracted minutes and news come
  const pageText = lines.join('\n\n');
  const doc = blankRecord(id, [pageText], {
    kind: 'minutes',
    date: jalaliToIso(overrides.dateJalali),
    source: {
      filename: `${id}.txt`,
      mime: 'text/plain',
      sha256: id.padEnd(64, '0'),
      bytes: Buffer.byteLength(pageText),
    },
    ...overrides,
  });
  doc.commitments = clauses.map((c, i) => {
    const start = doc.text.indexOf(c.clause);
    if (start < 0) throw new Error(`ledgerDoc ${id}: clause not in text: ${c.clause}`);
    return {
      id: `${id}:c${i + 1}`,
      source: c.source ?? 'resolution',
      resolutionNumber: c.resolutionNumber ?? (c.source === 'statement' ? null : i + 1),
      text: c.clause,
      parties: c.parties,
      supervisor: c.supervisor ?? [],
      amounts: c.amounts ?? [],
      purpose: c.purpose ?? null,
      counties: c.counties ?? [],
      deadline: c.deadline
        ? { text: c.deadline.text, due: c.deadline.dueJalali ? jalaliToIso(c.deadline.dueJalali) : null }
        : null,
      page: 1,
      span: { start, end: start + c.clause.length },
    };
  });
  return doc;
}

const FILLER = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `${i + 1}. در ادامه گزارش عملکرد دستگاه‌های اجرایی در حوزه اشتغال، سرمایه‌گذاری و زیرساخت‌های روستایی ارائه شد و اعضا نظرات خود را بیان کردند.`,
  );

/**
 * The ledger archive: ids 1e…; seven commitments in three documents and one document without
 * any. Sums: all 95 000 000 000 toman over 5 commitments with an amount.
 */
export function ledgerDocs(): DocumentRecord[] {
  const l1 = [
    'بسمه تعالی',
    'صورتجلسه کارگروه اشتغال شهرستان جیرفت',
    ...FILLER(30),
    'مصوبات:',
    '۱- بانک ملی مکلف است ظرف یک ماه مبلغ ۲۰ میلیارد ریال تسهیلات اشتغال روستایی به متقاضیان شهرستان جیرفت پرداخت کند. ناظر: فرمانداری جیرفت',
    '۲- بنیاد برکت تا پایان سال ۱۴۰۱ مبلغ ۵ میلیارد تومان برای ۵۲ طرح اشتغال‌زایی در شهرستان عنبرآباد تأمین نماید.',
    '۳- سازمان جهاد کشاورزی گزارش پیشرفت طرح‌های آبخیزداری را در جلسه آینده ارائه کند.',
    ...FILLER(10),
  ];
  // Two statement clauses in one paragraph: a ledger link marks its own sentence only.
  const news = [
    'بانک توسعه تعاون ۴۶ میلیارد تومان تسهیلات به ۵۲ طرح تعاونی استان کرمان پرداخت می‌کند.',
    'بنیاد برکت نیز ۱۲ میلیارد تومان برای طرح‌های آبرسانی روستایی شهرستان کهنوج اختصاص داد.',
  ];
  const l2 = ['به گزارش روابط عمومی استانداری کرمان،', news.join(' '), 'مردم منطقه خواستار افزایش این اعتبارات شدند.'];
  const l3 = [
    'صورتجلسه شورای برنامه‌ریزی و توسعه شهرستان رشت',
    ...FILLER(6),
    '۱- بانک ملی و صندوق کارآفرینی امید مبلغ ۳۰ میلیارد تومان برای ایجاد ۲۰۰ فرصت شغلی تا ۱۵ مهر ۱۴۰۳ پرداخت کنند.',
    '۲- شهرداری رشت ظرف دو هفته سیصد و اندی میلیون تومان برای بهسازی بازار محلی هزینه کند.',
  ];
  return [
    ledgerDoc(
      '1e00000000000001',
      l1,
      [
        {
          clause: l1[33]!,
          parties: ['بانک ملی'],
          supervisor: ['فرمانداری جیرفت'],
          amounts: [{ text: '۲۰ میلیارد ریال', toman: 2_000_000_000 }],
          purpose: 'تسهیلات اشتغال روستایی',
          counties: ['جیرفت'],
          deadline: { text: 'ظرف یک ماه', dueJalali: '1401/07/17' },
        },
        {
          clause: l1[34]!,
          parties: ['بنیاد برکت'],
          amounts: [{ text: '۵ میلیارد تومان', toman: 5_000_000_000 }],
          purpose: '۵۲ طرح اشتغال‌زایی',
          counties: ['عنبرآباد'],
          deadline: { text: 'تا پایان سال ۱۴۰۱', dueJalali: '1401/12/29' },
        },
        { clause: l1[35]!, parties: ['سازمان جهاد کشاورزی'], purpose: 'گزارش پیشرفت طرح‌های آبخیزداری' },
      ],
      {
        dateJalali: '1401/06/17',
        title: 'صورتجلسه کارگروه اشتغال شهرستان جیرفت',
        organisations: ['کارگروه اشتغال شهرستان جیرفت'],
        province: 'کرمان',
        counties: ['جیرفت'],
      },
    ),
    ledgerDoc(
      '1e00000000000002',
      l2,
      [
        {
          clause: news[0]!,
          source: 'statement',
          parties: ['بانک توسعه تعاون'],
          amounts: [{ text: '۴۶ میلیارد تومان', toman: 46_000_000_000 }],
          purpose: 'تسهیلات ۵۲ طرح تعاونی',
        },
        {
          clause: news[1]!,
          source: 'statement',
          parties: ['بنیاد برکت'],
          amounts: [{ text: '۱۲ میلیارد تومان', toman: 12_000_000_000 }],
          purpose: 'طرح‌های آبرسانی روستایی',
          counties: ['کهنوج'],
        },
      ],
      {
        kind: 'news',
        dateJalali: '1402/02/10',
        title: 'پرداخت ۴۶ میلیارد تومان تسهیلات به طرح‌های تعاونی کرمان',
        organisations: ['استانداری کرمان'],
        province: 'کرمان',
        counties: ['کرمان'],
      },
    ),
    ledgerDoc(
      '1e00000000000003',
      l3,
      [
        {
          clause: l3[7]!,
          parties: ['بانک ملی', 'صندوق کارآفرینی امید'],
          amounts: [{ text: '۳۰ میلیارد تومان', toman: 30_000_000_000 }],
          purpose: 'ایجاد ۲۰۰ فرصت شغلی',
          deadline: { text: 'تا ۱۵ مهر ۱۴۰۳', dueJalali: '1403/07/15' },
        },
        {
          clause: l3[8]!,
          parties: ['شهرداری رشت'],
          amounts: [{ text: 'سیصد و اندی میلیون تومان', toman: null }],
          purpose: 'بهسازی بازار محلی',
          deadline: { text: 'ظرف دو هفته', dueJalali: '1403/02/03' },
        },
      ],
      {
        dateJalali: '1403/01/20',
        title: 'صورتجلسه شورای برنامه‌ریزی و توسعه شهرستان رشت',
        organisations: ['شورای برنامه‌ریزی و توسعه شهرستان رشت'],
        province: 'گیلان',
        counties: ['رشت'],
      },
    ),
    ledgerDoc('1e00000000000004', ['گزارش هفتگی بدون هیچ تعهدی درباره بازار روز رشت.'], [], {
      kind: 'news',
      dateJalali: '1402/05/01',
      title: 'گزارش بازار',
      province: 'گیلان',
      counties: ['رشت'],
    }),
  ];
}
