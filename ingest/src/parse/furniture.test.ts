import { describe, expect, it } from 'vitest';
import { withoutSiteFurniture } from './furniture.ts';

const story =
  'ارومیه - مدیرعامل بانک نمونه گفت: این بانک برای طرح‌های تولیدی استان تسهیلات پرداخت می‌کند.\n\n' +
  'وی افزود: تا پایان سال ۵۰۰ میلیارد ریال دیگر پرداخت خواهد شد و طرح‌های نیمه‌تمام به بهره‌برداری می‌رسند.\n\n';

describe('withoutSiteFurniture', () => {
  it('cuts tags, share buttons and related headlines at the foot of a news page', () => {
    const page =
      story +
      'برچسب‌ها: بانک نمونه، ارومیه، تسهیلات\n\nاشتراک‌گذاری: تلگرام | کپی لینک\n\n' +
      'اخبار مرتبط:\n- دیدار نماینده مردم خوی با مدیرعامل بانک کشاورزی\n\nنظرات کاربران\n';
    const out = withoutSiteFurniture(page);
    expect(out).toContain('پرداخت خواهد شد');
    expect(out).not.toContain('بانک کشاورزی');
    expect(out).not.toContain('برچسب');
  });

  it('cuts a related-news heading without a colon («خبرهای مرتبط»)', () => {
    const out = withoutSiteFurniture(story + 'خبرهای مرتبط\nبرداشت میگو از مزارع دلوار آغاز شد\n\nارسال نظر\n');
    expect(out).not.toContain('دلوار');
  });

  it('leaves a text without furniture, and a sentence that only mentions related news, as it is', () => {
    expect(withoutSiteFurniture(story)).toBe(story);
    const prose = story + 'اخبار مرتبط با این طرح در جلسه بعد بررسی می‌شود.\n';
    expect(withoutSiteFurniture(prose)).toBe(prose);
  });

  it('keeps a menu line near the top of the page', () => {
    const page = 'اخبار مرتبط\n' + story;
    expect(withoutSiteFurniture(page)).toBe(page);
  });
});
