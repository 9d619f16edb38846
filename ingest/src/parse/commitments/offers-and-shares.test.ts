import { describe, expect, it } from 'vitest';
import { findCommitments, type CommitmentInput } from './index.ts';

function find(text: string, kind: CommitmentInput['kind'] = 'news') {
  return findCommitments({ text, kind, date: '2023-06-01', resolutions: [] });
}

describe('readiness to act, without money, is an offer', () => {
  it('«آمادگی دارد … مشارکت کند», «آماده است … حمایت کند», «آمادگی کامل دارد که … بر عهده بگیرد»', () => {
    expect(find('مدیر شعب بانک سپه گفت: این بانک آمادگی دارد در تأمین مالی طرح قطار شهری مشارکت کند.')).toEqual([]);
    expect(find('به گفته وی، صندوق توسعه ملی نیز آماده است طرح‌های پتروشیمی منطقه را تأمین مالی کند.')).toEqual([]);
    expect(find('بنیاد علوی آمادگی کامل دارد که ساخت دو مدرسه روستایی را بر عهده بگیرد.')).toEqual([]);
    expect(find('بانك ملت آمادگي دارد در طرح‌هاي بزرگ استان به صورت سنديكايي با بانك‌هاي ديگر مشاركت كند.')).toEqual(
      [],
    );
  });

  it('…but readiness with money, or a noun before «دارد», or a duty, stays a commitment', () => {
    expect(find('بانک کشاورزی آمادگی دارد تا سقف ۵۰۰ میلیارد ریال به طرح‌های گلخانه‌ای تسهیلات بدهد.')).toHaveLength(1);
    expect(find('کمیته امداد آمادگی ایجاد اشتغال بیشتر را در صورت تامین اعتبارات بانکی دارد.')).toHaveLength(1);
  });
});

describe('a need, a request or an offer joined by «و» to a commitment', () => {
  it('a need first, then the body that allocates: the allocation counts, from its subject', () => {
    const out = find(
      'فرماندار گفت: توسعه پایانه به ۲۰۰ میلیارد ریال اعتبار نیاز دارد و فرمانداری ۳۰ میلیارد ریال از اعتبارات شهرستان را به آن اختصاص داده است.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toMatch(/^فرمانداری ۳۰/);
    expect(out[0]!.amounts.map((a) => a.text)).toEqual(['۳۰ میلیارد ریال']);
  });

  it('money spent, then a «باید» for others: the spending counts (Arabic ي/ك too)', () => {
    const out = find(
      'شركت ملي مس براي آسفالت راه روستاها مبلغ ۲۰ ميليارد ريال هزينه خواهد كرد و ساير معادن نيز بايد سهم خود را بپردازند.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toEqual(['شرکت ملی مس']);
  });

  it('a payment made, then readiness to pay the rest, in minutes: the payment counts alone', () => {
    const out = find(
      'نماینده بانک ملت استان گفت: این بانک ۱۲۰ میلیارد ریال از تسهیلات طرح را پرداخت کرده و آمادگی دارد بقیه را نیز بپردازد.',
      'minutes',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.text).not.toMatch(/امادگی|آمادگی/);
  });
});

describe('money spent or budgeted by a named body', () => {
  it('«صرف … کرده است», «در بودجه … منظور کرده است» with money; none without', () => {
    expect(find('شهرداری تبریز ۱۲ میلیارد ریال از اعتبارات خود را صرف خرید خودروی آتش‌نشانی کرده است.')).toHaveLength(
      1,
    );
    expect(find('شهرداری ساری ۱۸ میلیارد ریال برای بازسازی سالن‌ها در بودجه اصلاحی منظور کرده است.')).toHaveLength(1);
    expect(find('شهرداری تبریز وقت زیادی را صرف بررسی طرح کرده است.')).toEqual([]);
    expect(find('مشترکان صنعتی ۶۰۰ میلیون کیلووات ساعت برق مصرف کرده‌اند.')).toEqual([]);
  });

  it('guarantees issued, worth money, announced; permits issued are a statistic', () => {
    const out = find(
      'مدیر شعبه صندوق ضمانت صادرات ایران در استان از صدور ۴۰ فقره ضمانت‌نامه صادراتی به ارزش ۳۰۰ میلیارد ریال خبر داد.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.amounts.map((a) => a.text)).toEqual(['۳۰۰ میلیارد ریال']);
    expect(find('رئیس اداره راه و شهرسازی از صدور ۵۰۰ پروانه ساختمانی در شش ماه امسال خبر داد.')).toEqual([]);
  });
});

describe('a share of the money just counted', () => {
  it('due by a date of its own, it is another commitment of the same payer', () => {
    const out = find(
      'مدیر بانک سپه گفت: بانک سپه ۱۵ میلیارد ریال برای اعزام تیم‌های استان پرداخت می‌کند.\n' +
        'وی افزود: ۵ میلیارد ریال از این مبلغ تا پایان مهر ماه پرداخت خواهد شد.',
    );
    expect(out).toHaveLength(2);
    expect(out[1]!.parties).toEqual(['بانک سپه']);
    expect(out[1]!.deadline?.text).toBe('تا پایان مهر ماه');
  });

  it('a body that will pay half of it by a date, named by its head word', () => {
    const out = find(
      'آقای صفری (معاون فنی نیروگاه حرارتی بندرعباس) گفت: نیروگاه حرارتی بندرعباس نیمی از این مبلغ را تا پایان شهریور ۱۴۰۲ به حساب شهرداری واریز خواهد کرد.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.deadline?.text).toBe('تا پایان شهریور ۱۴۰۲');
  });

  it('paid to date, it is part of the commitment before', () => {
    const out = find(
      'بانک سپه ۱۵ میلیارد ریال برای اعزام تیم‌های استان پرداخت می‌کند. تاکنون ۳ میلیارد ریال از این مبلغ پرداخت شده است.',
    );
    expect(out).toHaveLength(1);
  });
});

describe('figures that tell how things stand', () => {
  it('arrears, a debt, an income or sales told as a figure are a statistic', () => {
    expect(
      find('به گفته مدیر بانک سپه، مطالبات معوق این بانک در استان ۱۲۰ میلیارد ریال است و وصول آن پیگیری می‌شود.'),
    ).toEqual([]);
    expect(
      find('درآمد کارگاه‌های بنیاد در سال گذشته به ۹۰ میلیارد ریال رسید و ۲۰ درصد آن به حساب مددجویان واریز شد.'),
    ).toEqual([]);
    expect(find('بدهی شرکت به بانک ملت ۴۵ میلیارد تومان است.')).toEqual([]);
  });

  it('the cap of each loan is a term; money set aside with a cap, or a cap raised, binds', () => {
    expect(find('سقف تسهیلات هر واحد کوچک ۲۰ میلیارد ریال و نرخ سود آن ۱۸ درصد است.')).toEqual([]);
    expect(find('«۴۰ خانواده تحت پوشش هستند و برای هر خانواده سقف وام ۲ میلیارد ریال در نظر گرفته شده است.»')).toEqual(
      [],
    );
    expect(
      find(
        'مدیر صندوق کارآفرینی امید استان گفت: این صندوق ۱۲۰ میلیارد ریال اعتبار در نظر گرفته است که سقف وام هر طرح ۳ میلیارد ریال است.',
      ),
    ).toHaveLength(1);
    expect(
      find('بانک مسکن شعبه ساوه موافقت کرده است سقف تسهیلات هر واحد را به ۹۰۰ میلیون ریال افزایش دهد.'),
    ).toHaveLength(1);
  });

  it('projects sized by their investment, with no body that invests, set nothing aside', () => {
    expect(find('۱۲ طرح صنعتی در این منطقه با سرمایه‌گذاری ۴۰ هزار میلیارد ریال تعریف شده است.')).toEqual([]);
    expect(find('بنیاد برکت ۵۰۰ طرح اشتغال با سرمایه‌گذاری ۸۰۰ میلیارد ریال اجرا کرده است.')).toHaveLength(1);
  });

  it('a post held, and a topic announced without money, bind no one', () => {
    expect(find('«رضا کریمی» از سال ۱۴۰۰ مدیریت شعب بانک سپه استان را بر عهده دارد.')).toEqual([]);
    expect(find('مدیر شعب بانک سپه استان از پرداخت تسهیلات اشتغال و برنامه‌های این بانک خبر داد.')).toEqual([]);
    expect(find('مدیر شعب بانک سپه استان از پرداخت ۳۰۰ میلیارد ریال تسهیلات اشتغال خبر داد.')).toHaveLength(1);
  });

  it('a share of the money counted, told further on as done, is how it was divided', () => {
    const out = find(
      'مدیر بانک سپه گفت: این بانک امسال ۲ هزار میلیارد ریال تسهیلات به تعاونی‌ها پرداخت کرده است.\n\n' +
        'به گزارش ایرنا، «رضا کریمی» روز دوشنبه در نشست با خبرنگاران افزود: از این مبلغ ۶۰۰ میلیارد ریال به تعاونی‌های صیادی اختصاص یافته است.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.amounts.map((a) => a.text)).toEqual(['۲ هزار میلیارد ریال']);
  });
});

describe('what was done, then what will be done by a date', () => {
  it('two commitments, the second of the speaker’s body («ما …») or of the same payer', () => {
    const a = find(
      'مدیرعامل منطقه آزاد ارس نیز گفت: شرکت ملی فولاد ایران ۲۰ میلیارد ریال برای راه دسترسی پرداخت کرده و ما ظرف سه ماه آینده اسکله را تکمیل می‌کنیم.',
    );
    expect(a).toHaveLength(2);
    expect(a[1]!.parties).toEqual(['منطقه آزاد ارس']);
    expect(a[1]!.deadline?.text).toBe('ظرف سه ماه آینده');
    const b = find(
      'مدیر شعب بانک سپه گفت: تاکنون ۸۰ میلیارد ریال از این تسهیلات را پرداخت کرده‌ایم و باقیمانده را تا پایان اسفند ماه به طرح‌های معرفی‌شده از سوی کارگروه اشتغال پرداخت می‌کنیم.',
    );
    expect(b).toHaveLength(2);
    expect(b.map((c) => c.parties)).toEqual([['بانک سپه'], ['بانک سپه']]);
    expect(b[1]!.deadline?.text).toBe('تا پایان اسفند ماه');
  });
});

describe('who pays, in news lists and accounts', () => {
  it('an item of a news list whose marker stands alone («۲.») is a duty of its subject', () => {
    const out = find(
      'مهمترین دستورات استاندار در این سفر:\n۱. شهرداری رامسر ساماندهی پارکینگ‌های ساحلی را ظرف دو هفته انجام دهد.\n۲. اداره کل میراث فرهنگی استان بر نرخ اقامتگاه‌ها نظارت کند.\n',
    );
    expect(out.map((c) => c.parties)).toEqual([['شهرداری رامسر'], ['اداره کل میراث فرهنگی استان']]);
  });

  it('the body whose account receives the money, or who referred the cases, does not pay', () => {
    const a = find(
      'مدیر بانک شهر گفت: این بانک ۸۰۰ میلیارد ریال تسهیلات برای اتوبوس‌ها پرداخت می‌کند.\nوی افزود: نخستین مرحله این تسهیلات به مبلغ ۳۰۰ میلیارد ریال تا پایان بهمن ماه به حساب سازمان حمل و نقل شهرداری کرمانشاه واریز می‌شود.',
    );
    expect(a.map((c) => c.parties)).toEqual([['بانک شهر'], ['بانک شهر']]);
    const b = find(
      'نماینده بانک سپه گفت: این بانک تا پایان دی ماه ۲۵ میلیارد ریال برای پرونده‌های معرفی‌شده بهزیستی پرداخت خواهد کرد.',
    );
    expect(b[0]!.parties).toEqual(['بانک سپه']);
  });

  it('last year’s total told in the passive, with no payer named, is a statistic', () => {
    expect(find('مدیر بانک سپه گفت: در سال گذشته ۳ هزار میلیارد ریال تسهیلات در استان پرداخت شده بود.')).toEqual([]);
    expect(find('مدیر بانک سپه گفت: این بانک در سال گذشته ۳۰۰ میلیارد ریال تسهیلات پرداخت کرد.')).toHaveLength(1);
  });

  it('an act agreed with a body binds that body', () => {
    const out = find(
      'مدیر صندوق گفت: با اداره کل ورزش و جوانان استان توافق کرده‌ایم که این اداره کل آموزش ۲۰۰ مربی را تا پایان تیر ۱۴۰۳ انجام دهد.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toEqual(['اداره کل ورزش و جوانان استان']);
    expect(out[0]!.deadline?.text).toBe('تا پایان تیر ۱۴۰۳');
  });
});
