import { describe, expect, it } from 'vitest';
import { findCommitments, type CommitmentInput } from './index.ts';
import { commitmentFacets } from '../../search/commitments.ts';

/** Commitments of a news text dated 1401/03/11 (2022-06-01). */
function news(text: string, extra: Partial<CommitmentInput> = {}) {
  return findCommitments({ text, kind: 'news', date: '2022-06-01', resolutions: [], ...extra });
}

describe('statement commitments by kind of sentence', () => {
  it('a bank that paid a loan: party, amount with toman, purpose, county, span', () => {
    const text =
      'خبر کوتاه\n\nشعبه مرکزی بانک کشاورزی ۲۰۰ میلیارد ریال تسهیلات خرید نهاده به کشاورزان شهرستان نیشابور پرداخت کرد.';
    const [c, ...rest] = news(text);
    expect(rest).toEqual([]);
    expect(c!.source).toBe('statement');
    expect(c!.parties).toEqual(['بانک کشاورزی']);
    expect(c!.amounts).toEqual([{ text: '۲۰۰ میلیارد ریال', toman: 2e10 }]);
    expect(c!.purpose).toContain('تسهیلات خرید نهاده');
    expect(c!.counties).toEqual(['نیشابور']);
    expect(text.slice(c!.span!.start, c!.span!.end)).toBe(c!.text);
    expect(c!.text.startsWith('شعبه مرکزی بانک کشاورزی')).toBe(true);
  });

  it('an allocation with no subject takes the funder named in the sentence before', () => {
    const [c] = news(
      'مدیرعامل بنیاد برکت از آغاز طرح‌های تازه در روستاهای مرزی خبر داد. برای این طرح‌ها ۱۲ میلیارد تومان اعتبار اختصاص یافت.',
    );
    expect(c!.parties).toEqual(['بنیاد برکت']);
    expect(c!.amounts.map((a) => a.toman)).toEqual([12e9]);
  });

  it('a quote after «X گفت:» in the first person is the speaker’s body', () => {
    const out = news(
      'مدیر بانک توسعه تعاون استان گفت: ما به شرکت‌های تعاونی ۴ میلیارد تومان، به کارگاه‌های خانگی ۲ میلیارد تومان وام می‌دهیم.',
    );
    // One party, two amounts for two beneficiaries: two commitments.
    expect(out).toHaveLength(2);
    expect(out.map((c) => c.parties)).toEqual([['بانک توسعه تعاون'], ['بانک توسعه تعاون']]);
    expect(out.map((c) => c.amounts.map((a) => a.toman))).toEqual([[4e9], [2e9]]);
  });

  it('a pledge with a year-end deadline gets its due date', () => {
    const [c] = news('استاندار متعهد شد جاده روستایی سرخ‌آباد را تا پایان سال ۱۴۰۲ تکمیل کند.');
    expect(c!.parties).toEqual(['استاندار']);
    expect(c!.deadline).toEqual({ text: 'تا پایان سال ۱۴۰۲', due: '2024-03-19' });
  });

  it('a duty with a period counts from the document date', () => {
    const [c] = news('شرکت آب و فاضلاب روستایی موظف است ظرف یک ماه لوله‌کشی روستای بالا را به پایان برساند.');
    expect(c!.parties[0]).toContain('شرکت آب و فاضلاب');
    expect(c!.deadline).toEqual({ text: 'ظرف یک ماه', due: '2022-07-01' });
  });

  it('a provincial agency is a party as written and one facet value whatever its head and province', () => {
    const out = news(
      'اداره کل بهزیستی استان فارس موظف است ظرف دو هفته فهرست مددجویان را اعلام کند. سازمان بهزیستی متعهد شد ۵ میلیارد تومان وام بدهد.',
    );
    expect(out.map((c) => c.parties)).toEqual([['اداره کل بهزیستی استان فارس'], ['سازمان بهزیستی']]);
    const doc = { organisations: [], counties: [], province: 'فارس', dateJalali: '1401/03/11' };
    expect(out.map((c) => commitmentFacets({ ...c, id: 'c' }, doc).party)).toEqual([['بهزیستی'], ['بهزیستی']]);
  });

  it('an unnamed subject before a duty word is the party', () => {
    const [c] = news('دامداران موظف هستند تا پایان آذر دام‌های خود را واکسینه کنند.');
    expect(c!.parties).toEqual(['دامداران']);
    expect(c!.deadline).toEqual({ text: 'تا پایان آذر', due: '2022-12-21' });
  });

  it('money given to a body referred back to is given by the one who gives it', () => {
    const [c] = news(
      'صندوق حمایت از توسعه بخش کشاورزی استان تشکیل شد. فرمانداری ۲ میلیارد تومان به این صندوق کمک کرده است.',
    );
    expect(c!.parties).toEqual(['فرمانداری']);
  });

  it('a day and month without a year is the next such day', () => {
    const [c] = news('بانک ملی متعهد شد وام‌های ودیعه را تا ۱۵ مهر پرداخت کند.');
    expect(c!.parties).toEqual(['بانک ملی']);
    expect(c!.deadline).toEqual({ text: 'تا ۱۵ مهر', due: '2022-10-07' });
  });

  it('a signed agreement binds every signatory, relief bodies by their canonical name', () => {
    const [c] = news(
      'تفاهم‌نامه‌ای میان کمیته امداد حضرت امام (ره) و صندوق کارآفرینی امید به ارزش ۳۰۰ میلیارد ریال امضا شد.',
    );
    expect(c!.parties).toEqual(['کمیته امداد امام خمینی', 'صندوق کارآفرینی امید']);
    expect(c!.amounts[0]!.toman).toBe(3e10);
  });

  it('a payment reported as done has no deadline; a restatement of its amount is not another commitment', () => {
    const out = news(
      'صندوق کارآفرینی امید تا پایان مهر ماه ۸۰ میلیارد ریال وام پرداخت کرده است. این تسهیلات به ۲۰۰ طرح روستایی اختصاص یافت.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.deadline).toBeNull();
  });

  it('two parties in one sentence, the second opened by «نیز», are two commitments', () => {
    const out = news(
      'دانشگاه صنعتی اصفهان تفاهم‌نامه‌ای با استانداری امضا کرد و سازمان برنامه و بودجه نیز تامین اعتبار طرح را بر عهده گرفت.',
    );
    expect(out.map((c) => c.parties[0])).toEqual(['دانشگاه صنعتی اصفهان', 'سازمان برنامه و بودجه']);
  });

  it('requests, hopes and statistics are not commitments', () => {
    expect(news('نماینده مردم خواستار پرداخت تسهیلات بیشتر از سوی بانک ملت شد.')).toEqual([]);
    expect(news('امیدواریم بانک صادرات تسهیلات بیشتری پرداخت کند.')).toEqual([]);
    expect(news('نرخ بیکاری استان در سال گذشته به ۱۰ درصد رسید.')).toEqual([]);
    expect(news('آیا بانک سپه وام ازدواج را پرداخت می‌کند؟')).toEqual([]);
    // A first-person sentence with money is an offer only when it is not a request.
    expect(news('مدیر بانک رفاه گفت: انتظار داریم مبلغ ۴۰۰ میلیون تومان بلاعوض به ما بدهند.')).toEqual([]);
  });

  it('an amount that cannot be read keeps its text and has no toman value', () => {
    const [c] = news('بانک ملت از ۱۰ تا ۱۵ میلیارد تومان به طرح‌های گلخانه‌ای اختصاص می‌دهد.');
    expect(c!.amounts).toEqual([{ text: 'از ۱۰ تا ۱۵ میلیارد تومان', toman: null }]);
  });
});

describe('speeches in minutes', () => {
  it('a bank speaks for itself; an official is bound by name', () => {
    const text = [
      'جناب آقای رحیمی',
      'مدیر محترم بانک ملت استان',
      'ما امسال ۱۰ میلیارد تومان وام به کشاورزان شهرستان پرداخت می‌کنیم.',
      '',
      'جناب آقای کاظمی',
      'مدیرکل راه و شهرسازی استان',
      'من آمادگی این را دارم که تا پایان ماه جاری جاده را بازگشایی کنیم.',
    ].join('\n');
    const out = findCommitments({ text, kind: 'minutes', date: '2022-06-01', resolutions: [] });
    expect(out.map((c) => c.parties)).toEqual([['بانک ملت'], ['کاظمی']]);
    expect(out[1]!.deadline).toEqual({ text: 'تا پایان ماه جاری', due: '2022-06-21' });
  });

  it('a heading naming the speaker and then his office on one line changes the speaker', () => {
    const text = [
      'جناب آقای رحیمی',
      'ما امسال ۱۰ میلیارد تومان وام به کشاورزان شهرستان پرداخت می‌کنیم.',
      '',
      '**جناب آقای کاظمی مدیر کل راه و شهرسازی استان**',
      'ما آمادگی داریم که تا پایان ماه جاری جاده را بازگشایی کنیم.',
    ].join('\n');
    const out = findCommitments({ text, kind: 'minutes', date: '2022-06-01', resolutions: [] });
    expect(out.map((c) => c.parties)).toEqual([['رحیمی'], ['کاظمی']]);
  });
});

describe('resolution commitments', () => {
  it('every resolution of minutes, with canonical parties, supervisor, number, due and page', () => {
    const page1 = 'صورتجلسه شورای اشتغال\nمصوبات:';
    const page2 =
      '۱- مقرر شد مدیریت محترم صندوق کار آفرینی امید ظرف دو هفته مبلغ 11/500/000/000 ریال به طرح‌ها پرداخت نماید.';
    const text = `${page1}\n\n${page2}`;
    const out = findCommitments({
      text,
      kind: 'minutes',
      date: '2022-06-01',
      pages: [
        { number: 1, text: page1 },
        { number: 2, text: page2 },
      ],
      resolutions: [
        {
          number: 1,
          text: 'مقرر شد مدیریت محترم صندوق کار آفرینی امید ظرف دو هفته مبلغ 11/500/000/000 ریال به طرح‌ها پرداخت نماید.',
          responsible: ['مدیریت محترم صندوق کار آفرینی امید'],
          supervisor: ['دبیرخانه شورا'],
          deadline: 'ظرف دو هفته',
          page: null,
        },
      ],
    });
    expect(out).toHaveLength(1);
    const c = out[0]!;
    expect(c.source).toBe('resolution');
    expect(c.resolutionNumber).toBe(1);
    expect(c.parties).toEqual(['صندوق کارآفرینی امید']);
    expect(c.supervisor).toEqual(['دبیرخانه شورا']);
    expect(c.amounts).toEqual([{ text: '11/500/000/000 ریال', toman: 1_150_000_000 }]);
    expect(c.deadline).toEqual({ text: 'ظرف دو هفته', due: '2022-06-15' });
    expect(c.page).toBe(2);
    expect(text.slice(c.span!.start, c.span!.end)).toBe(c.text);
  });

  it('a supervisor written in the decision text when the table has no ناظر column', () => {
    const text = 'مقرر شد شهرداری با نظارت فرمانداری شهرستان نسبت به لایروبی نهرها اقدام نماید.';
    const [c] = findCommitments({
      text,
      kind: 'minutes',
      date: null,
      resolutions: [{ number: 3, text, responsible: ['شهرداری'], supervisor: [], deadline: null, page: null }],
    });
    expect(c!.supervisor).toEqual(['فرمانداری شهرستان']);
    expect(c!.deadline).toBeNull();
  });

  it('a decision in the news that names no body is nobody’s commitment', () => {
    const out = news('مقرر شد با همکاری دستگاه‌های ذیربط وضعیت بازار بهبود یابد.', {
      resolutions: [
        {
          number: null,
          text: 'مقرر شد با همکاری دستگاه‌های ذیربط وضعیت بازار بهبود یابد.',
          responsible: [],
          supervisor: [],
          deadline: null,
          page: null,
        },
      ],
    });
    expect(out).toEqual([]);
  });
});
