import { describe, expect, it } from 'vitest';
import { findCommitments, type CommitmentInput } from './index.ts';
import { reportsState } from './reports.ts';
import { fold } from '../fold.ts';

/** Commitments of a text dated 1401/03/11 (2022-06-01). */
function find(text: string, kind: CommitmentInput['kind'] = 'news') {
  return findCommitments({ text, kind, date: '2022-06-01', resolutions: [] });
}

describe('sentences that tell how things stand, not what a party promises', () => {
  it('a service that runs every month, or services offered in the present, are routine', () => {
    expect(find('مدیر بهزیستی شهرستان گفت: ۳۲۰ سالمند تحت پوشش داریم و ماهانه کمک هزینه آنان پرداخت می‌شود.')).toEqual(
      [],
    );
    expect(find('وی افزود: باجه‌های روستایی بانک کشاورزی در ۲۰۰ روستای استان خدمات بانکی ارائه می‌کنند.')).toEqual([]);
    // …but a payment promised by a date, or services that will be offered, bind the body.
    expect(find('بانک کشاورزی تا پایان آذر ماه کمک هزینه ۳۲۰ سالمند را پرداخت خواهد کرد.')).toHaveLength(1);
    expect(find('تسهیلات و خدماتی که بانک ملت به تعاونی‌ها ارائه خواهد کرد بهتر از گذشته است.')).toHaveLength(1);
  });

  it('a matter «followed up» with no money or date fixed, and a favourable word alone, bind no one', () => {
    expect(find('رئیس جلسه گفت اعتبار مرکز از محل سهم یک درصد فرمانداری پیگیری می‌شود.', 'minutes')).toEqual([]);
    expect(find('وزیر در پاسخ به درخواست نماینده برای احداث پل روستای کلاته قول مساعد داد.')).toEqual([]);
    expect(find('وزیر نیرو قول داد سد روستای کلاته تا پایان سال ۱۴۰۳ به بهره‌برداری برسد.')).toHaveLength(1);
  });

  it('a portfolio balance, or a total told by the share that went somewhere, is a statistic', () => {
    expect(
      reportsState(
        fold('مانده تسهیلات جاری صندوق ۲۰۰ فقره به ارزش ۹۰۰ میلیارد ریال است که بخشی از آن تامین شده است.'),
        'news',
        1,
      ),
    ).toBe(true);
    expect(
      find(
        'شهردار گفت: کل بودجه پیشنهادی شهرداری کوهپایه ۱۲۰ میلیارد ریال است که ۳۵ درصد آن به پروژه‌های عمرانی اختصاص یافته است.',
        'minutes',
      ),
    ).toEqual([]);
  });

  it('in minutes, a body’s readiness told by someone else is an offer; a speaker’s own readiness is not', () => {
    const minutes = (s: string) => find(s, 'minutes');
    expect(
      minutes(
        'نماینده بانک ملی گفت: بانک ملی استان آمادگی دارد تا سقف ۲۰۰ میلیارد ریال به طرح‌های گلخانه‌ای تسهیلات بدهد.',
      ),
    ).toEqual([]);
    expect(minutes('رئیس اداره افزود: بنیاد مستضعفان برای ساخت مدرسه روستای کلاته اعلام آمادگی کرده است.')).toEqual([]);
    expect(
      minutes('مدیر بانک ملی گفت: ما آمادگی داریم تا سقف ۲۰۰ میلیارد ریال به طرح‌های گلخانه‌ای تسهیلات بدهیم.'),
    ).toHaveLength(1);
  });
});

describe('the same money told twice', () => {
  it('a lead and the body sentence that points back to it are one commitment, the body’s', () => {
    const out = find(
      'کرمان - ایرنا - هشت طرح آموزشی بنیاد مستضعفان در شهرستان رابر با سرمایه‌گذاری ۲۵۰ میلیارد ریال افتتاح شد.\n\n' +
        'مدیر بنیاد گفت: بنیاد مستضعفان ۲۵۰ میلیارد ریال برای ساخت این طرح‌ها هزینه کرده است.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toMatch(/^بنیاد مستضعفان ۲۵۰/);
  });

  it('the same sum for another purpose («… هم ۳ میلیارد تومان») is another commitment', () => {
    const out = find(
      'در جلسه ستاد تسهیل استان مقرر شد به طرح‌های زودبازده استان تسهیلات ۳ میلیارد تومانی اعطا شود.\n' +
        'برای رفع موانع طرح‌های نیمه تمام کشاورزی هم ۳ میلیارد تومان در نظر گرفته شد.',
    );
    expect(out).toHaveLength(2);
  });

  it('«این منابع … پرداخت شده است» right after the announcement restates it', () => {
    const out = find(
      'مدیر صندوق توسعه ملی از پرداخت ۹۰۰ میلیارد ریال تسهیلات به طرح‌های کشاورزی شهرستان زابل خبر داد.\n\n' +
        'وی گفت: این منابع از طریق بانک کشاورزی به ۲۰ طرح پرداخت شده است.',
    );
    expect(out).toHaveLength(1);
  });
});

describe('an order «به X دستور داد»', () => {
  it('binds the one ordered', () => {
    const [c] = find(
      'معاون وزیر همچنین به مدیرکل راه و شهرسازی استان زنجان دستور داد طراحی پل را ظرف یک ماه آغاز کند.',
    );
    expect(c!.parties).toEqual(['مدیرکل راه و شهرسازی استان زنجان']);
    expect(c!.deadline?.text).toBe('ظرف یک ماه');
  });
});

describe('orders listed in news, and a speaker body’s second act', () => {
  it('a numbered order in the subjunctive binds the body it names', () => {
    const out = find(
      'دستورات وزیر در این سفر:\n۱- شرکت گاز استان موظف شد گازرسانی روستای کلاته را تا پایان مهر ماه تکمیل کند.\n' +
        '۲- اداره کل راهداری استان بهسازی محور کلاته - رباط را تا پایان آبان اجرا کند.',
    );
    expect(out.map((c) => c.parties)).toEqual([['شرکت گاز استان'], ['اداره کل راهداری استان']]);
  });

  it('«X … از مهر ماه … تأمین خواهد کرد و ایستگاه Y تا پایان پاییز بهسازی می‌شود» is two commitments of X', () => {
    const out = find(
      'مدیر راه‌آهن منطقه یزد گفت: راه‌آهن منطقه یزد از مهر ماه روزانه ۵۰ واگن برای حمل سنگ معادن بافق تأمین خواهد کرد و ایستگاه بارگیری اردکان تا پایان پاییز بهسازی می‌شود.',
      'minutes',
    );
    expect(out).toHaveLength(2);
    expect(out.map((c) => c.parties)).toEqual([['راه آهن منطقه یزد'], ['راه آهن منطقه یزد']]);
    expect(out.map((c) => c.deadline?.text)).toEqual(['از مهر ماه', 'تا پایان پاییز']);
  });
});

describe('a dialogue line «آقای X (role): …»', () => {
  it('binds the body named after the tag, not the speaker’s office', () => {
    const [c] = find(
      'آقای رحیمی (شهردار گناوه): شهرداری گناوه مبلغ ۸ میلیارد ریال برای ساماندهی ساحل اختصاص داده است.',
      'minutes',
    );
    expect(c!.parties).toEqual(['شهرداری گناوه']);
  });
});

describe('forecasts, agreements counted since the year began, and the source of money', () => {
  it('a forecast without money, or agreements counted «از ابتدای سال», bind no one', () => {
    expect(find('نیمی از این طرح‌ها در بخش فرش است و پیش‌بینی می‌شود با تکمیل آنها ۸۰۰ فرصت شغلی ایجاد شود.')).toEqual(
      [],
    );
    expect(
      find(
        'مدیرعامل شرکت شهرک‌های صنعتی استان گفت از ابتدای سال ۳۰ قرارداد واگذاری زمین در شهرک‌های استان منعقد شده است.',
      ),
    ).toEqual([]);
  });

  it('a body named as the source of the money («از محل … کمک سازمان X») is not the payer', () => {
    const [c] = find(
      'شهردار گفت: شهرداری میاندوآب اعتبار خرید ماشین‌آلات را از محل فروش اوراق و کمک سازمان شهرداری‌ها و دهیاری‌های کشور تامین خواهد کرد.',
    );
    expect(c!.parties).toEqual(['شهرداری میاندوآب']);
  });
});

describe('a party’s consent or relief reported by another speaker, and the next meeting', () => {
  it('«X موافقت کرده است … افزایش دهد» and «X بدهی … را تقسیط کرده است» bind X', () => {
    const [a] = find(
      'مدیرعامل تعاونی گفت: پیشرفت پروژه ۴۰ درصد است و بانک ملت شعبه ملایر موافقت کرده است سقف وام هر واحد را افزایش دهد.',
      'minutes',
    );
    expect(a!.parties).toEqual(['بانک ملت']);
    const [b] = find('شرکت توزیع نیروی برق استان بدهی انشعاب این کارخانه را به مدت دو سال تقسیط کرده است.', 'minutes');
    expect(b!.parties[0]).toMatch(/برق/);
  });

  it('the next meeting announced is not a commitment', () => {
    expect(find('• جلسه بعدی ستاد روز دوشنبه ۱۲ اسفند در محل فرمانداری برگزار می‌شود.', 'minutes')).toEqual([]);
  });
});

describe('a quota and how much of it went out to date', () => {
  it('«سهمیه … X ریال است و تاکنون Y ریال آن … پرداخت شده است» is a report', () => {
    const text =
      'آقای رحیمی، دبیر کارگروه، گزارش داد که سهمیه شهرستان از تسهیلات اشتغال روستایی امسال ۳۰۰ میلیارد ریال است و تاکنون ۹۰ میلیارد ریال آن به ۴۰۰ متقاضی پرداخت شده است.';
    expect(findCommitments({ text, kind: 'minutes', date: '2022-06-01', resolutions: [] })).toEqual([]);
  });
});
