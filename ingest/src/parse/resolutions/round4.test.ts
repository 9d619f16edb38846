import { describe, expect, it } from 'vitest';
import { findResolutions } from './index.ts';

describe('resolution families, round 4', () => {
  it('a «مهمترین مصوبات این جلسه عبارتند از:» heading opens a dash list that ends at the next plain paragraph', () => {
    const text = [
      'جلسه شورای برنامه‌ریزی و توسعه شهرستان لنگرود به ریاست فرماندار برگزار شد.',
      '',
      'مهمترین مصوبات این جلسه عبارتند از:',
      '- تصویب ۱۲۰ طرح اشتغال خانگی با اعتبار ۳۰ میلیارد ریال',
      '- موافقت با تمدید مهلت بازپرداخت اقساط چایکاران',
      '- اختصاص ۵ میلیارد ریال برای لایروبی رودخانه تا پایان بهمن',
      '',
      'در این جلسه همچنین رئیس اداره جهاد کشاورزی گفت: این اداره امسال ۴۰ هکتار باغ جدید احداث کرده است.',
    ].join('\n');
    const out = findResolutions(text, 'news').map((r) => r.text);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^تصویب ۱۲۰ طرح/);
    expect(out.some((t) => t.includes('گفت'))).toBe(false);
  });

  it('«مصوبات عبارتند از:» with no qualifier is a heading too', () => {
    const text =
      'نشست هیئت امنای مدرسه برگزار شد.\nمصوبات عبارتند از:\n- خرید دو دستگاه رایانه برای کارگاه\n- برگزاری اردوی علمی در اسفند.\nجلسه ساعت ۱۲ پایان یافت.';
    expect(findResolutions(text, 'minutes')).toHaveLength(2);
  });
});
