import { describe, expect, it } from 'vitest';
import { findCommitments, type CommitmentInput } from './index.ts';
import { clauseDeadline } from './deadline.ts';
import { partyMentions } from './parties.ts';

/** Commitments of a text dated 1401/03/11 (2022-06-01). */
function find(text: string, kind: CommitmentInput['kind'] = 'news') {
  return findCommitments({ text, kind, date: '2022-06-01', resolutions: [] });
}

describe('commitment families of news and speeches (session 7, round B)', () => {
  it('money a named body spent, invested or notified to a project', () => {
    const [a] = find('شهردار نوشهر گفت: شهرداری ۲۰ میلیارد ریال برای بهسازی پارک جنگلی و معابر ساحلی هزینه کرده است.');
    expect(a!.parties).toEqual(['شهرداری']);
    expect(a!.amounts.map((x) => x.text)).toEqual(['۲۰ میلیارد ریال']);
    const [b] = find(
      'مدیر آموزش و پرورش ناحیه گفت: اداره کل آموزش و پرورش استان ۸ میلیارد ریال برای تعمیر این مدرسه ابلاغ کرده است.',
    );
    expect(b!.amounts.map((x) => x.text)).toEqual(['۸ میلیارد ریال']);
    const [c] = find(
      'مدیرکل بنیاد برکت استان گفت: بنیاد برکت تاکنون با سرمایه‌گذاری ۹۰ میلیارد ریال ۴۰۰ طرح اشتغال روستایی اجرا کرده است.',
    );
    expect(c!.parties).toEqual(['بنیاد برکت']);
    expect(c!.amounts.map((x) => x.text)).toEqual(['۹۰ میلیارد ریال']);
    const [d] = find('شهردار گفت: شهرداری برای این طرح ۱۲ میلیارد ریال در بودجه سال آینده پیش‌بینی کرده است.');
    expect(d!.amounts.map((x) => x.text)).toEqual(['۱۲ میلیارد ریال']);
  });

  it('«بر عهده می‌گیرد» of the body referred back to', () => {
    const [c] = find(
      'مدیرعامل بانک صادرات ایران گفت: این بانک تأمین مالی ۶ طرح نیمه‌تمام گردشگری استان را بر عهده می‌گیرد.',
    );
    expect(c!.parties).toEqual(['بانک صادرات']);
  });

  it('a bank’s conditional relief on a debt is a pledge', () => {
    const [c] = find('نماینده بانک تجارت گفت: این بانک در صورت واریز ۲۰ درصد معوقات، مانده را تقسیط می‌کند.');
    expect(c!.parties).toEqual(['بانک تجارت']);
  });

  it('readiness on another party’s condition, even after «؛», is not a commitment', () => {
    expect(
      find(
        'فرماندار گفت: شهرستان آمادگی دارد ۲۰ درصد هزینه طرح را از منابع محلی تأمین کند؛ به شرط آنکه وزارت نیرو سهم خود را بپردازد.',
      ),
    ).toEqual([]);
  });

  it('a named body’s act by a day of a month', () => {
    const [c] = find(
      'وی افزود شرکت گاز استان ۱۲ ایستگاه تقلیل فشار را تا ۱۵ بهمن در روستاهای بخش مرکزی نصب خواهد کرد.',
    );
    expect(c!.parties[0]).toMatch(/گاز/);
    expect(c!.deadline?.text).toBe('تا ۱۵ بهمن');
  });

  it('«این شرکت» acting by a date binds the company the speaker heads', () => {
    const [c] = find(
      'مدیرعامل شرکت آب و فاضلاب استان، علی رضایی، گفت: این شرکت تا پایان سال 40 کیلومتر شبکه فرسوده را اصلاح می‌کند.',
    );
    expect(c!.parties).toHaveLength(1);
    expect(c!.parties[0]).toMatch(/آب و فاضلاب/);
    expect(c!.deadline?.text).toBe('تا پایان سال');
  });

  it('a deputy minister’s promise binds the ministry named before', () => {
    const out = find(
      'وزارت راه و شهرسازی ۳۰۰ میلیارد ریال برای تکمیل کمربندی شهر اختصاص داده است.\nمعاون وزیر همچنین قول داد ماشین‌آلات راهداری تا ۱۰ آذر تحویل شود.',
    );
    expect(out.at(-1)!.parties).toEqual(['وزارت راه و شهرسازی']);
  });

  it('amounts around a finished verb: a share after «که», a pledge or a remark after «و»', () => {
    const [a, extra] = find(
      'وزارت نیرو ۶۰۰ میلیارد ریال برای تکمیل سد اختصاص داده است که ۲۰۰ میلیارد ریال آن تا پایان تابستان پرداخت می‌شود.',
    );
    expect(extra).toBeUndefined();
    expect(a!.amounts.map((x) => x.text)).toEqual(['۶۰۰ میلیارد ریال', '۲۰۰ میلیارد ریال']);
    expect(a!.deadline?.text).toBe('تا پایان تابستان');
    const b = find(
      'رئیس شعبه گفت: بانک سپه امسال ۴۰ میلیارد ریال تسهیلات به دامداران پرداخت کرده و سهم امسال شهرستان ۹۰ میلیارد ریال است.',
    );
    expect(b).toHaveLength(1);
    expect(b[0]!.amounts.map((x) => x.text)).toEqual(['۴۰ میلیارد ریال']);
    const c = find(
      'رئیس شعبه بانک کشاورزی گفت: این بانک امسال ۷۰ میلیارد ریال تسهیلات به باغداران پرداخت کرده و تا پایان سال ۳۰ میلیارد ریال دیگر پرداخت خواهد کرد.',
    );
    expect(c).toHaveLength(2);
    expect(c[1]!.text.startsWith('تا پایان سال ۳۰')).toBe(true);
    expect(c[1]!.deadline?.text).toBe('تا پایان سال');
  });

  it('a count after «تا پایان سال» is no year', () => {
    expect(clauseDeadline('این اداره تا پایان سال 12 کیلومتر راه روستایی را آسفالت می‌کند.', true)).toBe(
      'تا پایان سال',
    );
    expect(clauseDeadline('این اداره تا پایان سال 1403 راه روستایی را آسفالت می‌کند.', true)).toBe('تا پایان سال 1403');
  });

  it('a lead that announces the money the body then pledges is one commitment, kept at the body', () => {
    const out = find(
      'مدیرعامل بانک سپه از پرداخت ۸ هزار میلیارد ریال تسهیلات به صنایع کوچک استان زنجان تا پایان سال خبر داد.\n\n' +
        'به گزارش خبرنگار ما، وی در نشست با استاندار گفت: بانک سپه امسال ۸ هزار میلیارد ریال تسهیلات سرمایه در گردش به واحدهای صنعتی این استان اختصاص می‌دهد.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.text.startsWith('بانک سپه امسال')).toBe(true);
  });

  it('«در سال جاری» gives way to a nearer deadline in the same clause', () => {
    expect(
      clauseDeadline(
        'بانک رفاه در سال جاری ۲ هزار میلیارد ریال وام می‌دهد که نیمی از آن تا پایان مهر ماه پرداخت خواهد شد.',
        true,
      ),
    ).toBe('تا پایان مهر ماه');
    expect(clauseDeadline('بانک رفاه در سال جاری ۲ هزار میلیارد ریال وام می‌دهد.', true)).toBe('در سال جاری');
  });

  it('money «مصوب شده» in a banker’s quote is the bank’s, not a decision without a party', () => {
    const [c] = find(
      'رضا کریمی، مدیر شعب بانک تجارت استان، گفت: برای این کارخانه ۱۲ میلیارد ریال سرمایه در گردش مصوب شده و تا پایان دی ماه پرداخت خواهد شد.',
      'minutes',
    );
    expect(c!.parties).toEqual(['بانک تجارت']);
  });

  it('two acts with a deadline each: the second starts at its deadline', () => {
    const out = find(
      'فرماندار تاکید کرد: کلیه بانک‌های عامل باید فهرست متقاضیان را تا دهم مهر ماه به فرمانداری ارائه نموده و حداکثر تا پایان مهر ماه نیز نسبت به انعقاد قرارداد با آنان اقدام نمایند.',
    );
    expect(out).toHaveLength(2);
    expect(out[0]!.deadline?.text).toBe('تا دهم مهر ماه');
    expect(out[1]!.text.startsWith('حداکثر تا پایان مهر ماه')).toBe(true);
    expect(out[1]!.deadline?.text).toBe('حداکثر تا پایان مهر ماه');
    expect(out[1]!.parties).toEqual(out[0]!.parties);
  });

  it('a named body’s reported act in the future tense binds it without a date', () => {
    const [c] = find(
      'عضو شورای شهر گفت شهرداری زاهدان زمین مورد نیاز کتابخانه محله را به صورت رایگان واگذار خواهد کرد.',
    );
    expect(c!.parties).toEqual(['شهرداری زاهدان']);
    expect(find('شهرداری زاهدان زمین مورد نیاز کتابخانه محله را به صورت رایگان واگذار می‌کند.')).toEqual([]);
  });
});

describe('«امسال» before a figure', () => {
  it('tells the year the figure counts, not a deadline; «تا پایان امسال» stays one', () => {
    const [a] = find('کمیته امداد استان امسال ۱۲ هزار شغل برای مددجویان ایجاد می‌کند.');
    expect(a!.deadline).toBeNull();
    const [b] = find('کمیته امداد استان ۱۲ هزار شغل را تا پایان امسال برای مددجویان ایجاد می‌کند.');
    expect(b!.deadline?.text).toBe('تا پایان امسال');
  });
});

describe('recipients and compound verbs beside a payer', () => {
  it('the body whose account is paid into is no party; a compound verb is no part of a name', () => {
    const names = (t: string) => partyMentions(t).map((m) => m.name);
    expect(names('سازمان برنامه و بودجه ۲۰ میلیارد ریال به حساب اداره کل نوسازی مدارس واریز کرد.')).toEqual([
      'سازمان برنامه و بودجه',
    ]);
    expect(
      partyMentions('بخشداری مرکزی ۸ میلیارد ریال را به دهیاری‌ها واریز کرده است.', true).map((m) => m.name),
    ).toEqual(['بخشداری مرکزی', 'دهیاری ها']);
    expect(names('هزینه از محل کمک دهیاری‌های کشور تامین خواهد شد.')).toEqual(['دهیاری های کشور']);
  });
});

describe('deadlines: a period ahead, a feast, a plural future verb', () => {
  it('«در سه ماه آینده», «قبل از عید سعید فطر» and a plural future after a payment done', () => {
    expect(clauseDeadline('این مبلغ در سه ماه آینده به طرح‌ها پرداخت می‌شود.', true)).toBe('در سه ماه آینده');
    expect(clauseDeadline('شهرداری نسبت به نصب تابلوها قبل از عید سعید فطر اقدام کند.', true)).toBe(
      'قبل از عید سعید فطر',
    );
    const [c] = find(
      'شهرداری رشت ۲۰ میلیارد ریال برای خرید دو خودرو پرداخت کرده است و تا پایان خرداد هر دو خودرو وارد ناوگان می‌شوند.',
    );
    expect(c!.deadline?.text).toBe('تا پایان خرداد');
  });
});
