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
