import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.ts';
import { withReliefFunders } from './relief-funders.ts';

type C = Parameters<typeof withReliefFunders>[1][number];
const commitment = (text: string, parties: string[], source: C['source'], amounts: string[] = []): C => ({
  text,
  parties,
  source,
  amounts: amounts.map((a) => ({ text: a, toman: null })),
});

describe('relief and housing bodies among funding bodies', () => {
  it('are listed where a commitment binds them to money', () => {
    const out = withReliefFunders(
      ['بانک ملت'],
      [
        commitment(
          'پرداخت ۲۰ میلیارد ریال وام قرض‌الحسنه به طرح‌های مشاغل خانگی',
          ['کمیته امداد امام خمینی (ره) شهرستان'],
          'resolution',
          ['۲۰ میلیارد ریال'],
        ),
        commitment('هزینه بازسازی واحدهای آسیب‌دیده را بنیاد مسکن شهرستان تقبل کرد.', ['بنیاد مسکن'], 'statement'),
      ],
    );
    expect(out).toEqual(['بانک ملت', 'کمیته امداد امام خمینی', 'بنیاد مسکن انقلاب اسلامی']);
  });

  it('are not listed as executors without money, nor as referrers of applicants', () => {
    const out = withReliefFunders(
      [],
      [
        commitment('بنیاد مسکن شهرستان نقشه طرح هادی روستا را تا پایان سال تهیه کند.', ['بنیاد مسکن'], 'resolution'),
        commitment(
          'بانک کشاورزی ۱۰ میلیارد تومان تسهیلات به مددجویان معرفی‌شده از سوی کمیته امداد پرداخت کرد.',
          ['کمیته امداد امام خمینی'],
          'statement',
          ['۱۰ میلیارد تومان'],
        ),
      ],
    );
    expect(out).toEqual([]);
  });

  it('in a parsed minutes document, the responsible body of a loan resolution', () => {
    const doc = parseDocument(
      'صورتجلسه کارگروه اشتغال شهرستان\nمصوبات:\n۱- مقرر شد کمیته امداد امام خمینی (ره) شهرستان مبلغ ۱۰ میلیارد ریال وام قرض‌الحسنه به ۵۰ طرح مشاغل خانگی پرداخت نماید.\n',
    );
    expect(doc.fundingBodies).toContain('کمیته امداد امام خمینی');
  });
});
