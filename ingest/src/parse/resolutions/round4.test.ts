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

  it('a noun-phrase item binds the body whose money pays, or the body named to a role', () => {
    const text = [
      'اهم مصوبات این نشست عبارتند از:',
      '- اختصاص ۳ میلیارد ریال از محل اعتبارات بخشداری برای مرمت مدرسه روستا',
      '- تصویب پرداخت ۱۰ میلیارد ریال تسهیلات قرض‌الحسنه بنیاد برکت به طرح‌های مشاغل خانگی',
      '- تعیین بانک کشاورزی به عنوان بانک عامل طرح‌های گلخانه‌ای',
      '- تأیید ۱۲ طرح پرورش دام سبک برای معرفی به بانک‌ها',
      '',
      'جلسه با دعا پایان یافت.',
    ].join('\n');
    const out = findResolutions(text, 'news');
    expect(out.map((r) => r.responsible)).toEqual([['بخشداری'], ['بنیاد برکت'], ['بانک کشاورزی'], []]);
  });

  it('«X مأمور (اجرای آن) گردید» binds X, not the channel or the supervisor', () => {
    const text = [
      'مصوبات:',
      '۱- با احداث پارک محله‌ای در ورودی روستا موافقت شد و بنیاد مسکن انقلاب اسلامی شهرستان مأمور اجرای آن گردید. نظارت بر اجرای طرح بر عهده بخشداری خواهد بود.',
      '۲- با درخواست اهالی برای لوله‌کشی گاز کوچه شمالی موافقت شد و دهیار مامور گردید موضوع را از طریق شرکت گاز شهرستان پیگیری نماید.',
      'جلسه ساعت ۱۲ پایان یافت.',
    ].join('\n');
    const out = findResolutions(text, 'minutes');
    expect(out.map((r) => r.responsible)).toEqual([['بنیاد مسکن انقلاب اسلامی شهرستان'], ['دهیار']]);
  });
});
