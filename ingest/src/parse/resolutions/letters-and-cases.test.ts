import { describe, expect, it } from 'vitest';
import { findResolutions, splitBodies, subjectBodies, textDeadline } from './index.ts';

// Made-up documents of the families missed on heldout7 (#16, session 7 round B).
const texts = (doc: string, kind: 'minutes' | 'news' = 'minutes') => findResolutions(doc, kind).map((r) => r.text);

describe('resolutions of letters, word-numbered items and cases', () => {
  it('reads a letter announcing decisions «به شرح ذیل» with ordinal-word items («یکم-», «دوم-»)', () => {
    const doc = [
      'با سلام؛ صورتجلسه نشست ستاد گردشگری استان ارسال و مصوبات آن به شرح ذیل جهت اجرا ابلاغ می‌گردد. رعایت دقیق آن ضروری است:',
      '',
      'یکم- اداره کل میراث فرهنگی استان موظف است راهنمای سفر را تا پایان خرداد منتشر کند.',
      '',
      'دوم- شرکت گاز استان نسبت به گازرسانی به اقامتگاه‌های بوم‌گردی روستای سرآب اقدام نماید.',
      '',
      'سوم- مبلغ ۵ میلیارد ریال از محل اعتبارات استانی در اختیار فرمانداری شهرستان سرابله قرار گیرد.',
      '',
      'ضمناً مقرر است گزارش پیشرفت کار هر ماه به دبیرخانه ستاد ارسال شود.',
      '',
      'رونوشت: دفتر استاندار',
    ].join('\n');
    const rs = findResolutions(doc, 'minutes');
    expect(rs.map((r) => r.text.slice(0, 20))).toEqual([
      'اداره کل میراث فرهنگ',
      'شرکت گاز استان نسبت ',
      'مبلغ ۵ میلیارد ریال ',
      'ضمناً مقرر است گزارش',
    ]);
    expect(rs.map((r) => r.number)).toEqual([1, 2, 3, null]);
    expect(rs[2]!.responsible).toEqual(['فرمانداری شهرستان سرابله']);
  });

  it('keeps ordinal items going past a page footer and a repeated header', () => {
    const doc = [
      'مصوبات :',
      'اول : اداره راه شهرستان نسبت به لکه گیری محور اصلی اقدام نماید .',
      '-----------------',
      'صفحه ۱ از ۲        اداره کل راه و شهرسازی',
      '-----------------',
      'صورتجلسه کمیته ایمنی راه شهرستان - ادامه',
      '',
      'دوم : پلیس راه شهرستان گشت های محور را در تعطیلات افزایش دهد .',
    ].join('\n');
    expect(texts(doc)).toEqual([
      'اداره راه شهرستان نسبت به لکه گیری محور اصلی اقدام نماید .',
      'پلیس راه شهرستان گشت های محور را در تعطیلات افزایش دهد .',
    ]);
  });

  it('keeps «بند N:» items going past a page footer and a repeated header', () => {
    const doc = [
      'موارد زیر تصویب شد :',
      'بند ۱: سازمان پارکها طرح بهسازی بوستان ولایت را به کمیسیون ارائه کند .',
      'بند ۲: شهرداری منطقه یک موظف است ظرف دو هفته گزارش معابر ناایمن را ارسال کند .',
      '',
      '                 صفحه ۱ از ۳',
      'شورای اسلامی شهر نمونه - کمیسیون خدمات شهری - صورتجلسه شماره ۱۲',
      '',
      'بند ۳: سازمان آتش نشانی با همکاری هلال احمر مانور زلزله را تا پایان بهمن ماه برگزار کند .',
    ].join('\n');
    const rs = findResolutions(doc, 'minutes');
    expect(rs.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(rs[2]!.text.startsWith('سازمان آتش نشانی با همکاری هلال احمر')).toBe(true);
  });

  it('reads one «مصوبه:» line under each case, with its inline «مهلت:»', () => {
    const doc = [
      'الف) شرکت نساجی نمونه (۵۰ نفر اشتغال)',
      'مدیرعامل واحد گفت بدهی شرکت به بانک سپه ۴۰ میلیارد ریال است.',
      'مصوبه: اداره کل صنعت، معدن و تجارت استان نسبت به صدور گواهی فعالیت واحد اقدام کند. مهلت: ده روز',
      '',
      'ب) شرکت لبنیات نمونه',
      'مصوبه: با تقسیط بدهی واحد از سوی بانک سپه شعبه مرکزی موافقت گردید.',
    ].join('\n');
    const rs = findResolutions(doc, 'minutes');
    expect(rs.map((r) => [r.text, r.responsible, r.deadline])).toEqual([
      [
        'اداره کل صنعت، معدن و تجارت استان نسبت به صدور گواهی فعالیت واحد اقدام کند.',
        ['اداره کل صنعت، معدن و تجارت استان'],
        'ده روز',
      ],
      ['با تقسیط بدهی واحد از سوی بانک سپه شعبه مرکزی موافقت گردید.', ['بانک سپه شعبه مرکزی'], null],
    ]);
  });

  it('does not take the announcement of the next meeting for a decision', () => {
    const doc = [
      'تصمیمات ستاد:',
      '• شهرداری نسبت به نصب تابلوهای راهنما در ورودی شهر اقدام نماید.',
      '• جلسه بعدی ستاد روز شنبه در محل فرمانداری برگزار می‌شود.',
    ].join('\n');
    expect(texts(doc)).toEqual(['شهرداری نسبت به نصب تابلوهای راهنما در ورودی شهر اقدام نماید.']);
  });
});

describe('where a list item starts, round 8', () => {
  it('keeps an approval before «و مقرر گردید …» in the item', () => {
    const doc = [
      'موارد زیر به تصویب رسید:',
      '- بودجه پیشنهادی دهیاری برای سال ۱۴۰۳ با سه رای موافق تصویب شد و مقرر گردید دهیار آن را تا ۱۰ تیر به بخشداری ارسال نماید.',
      '- دهیار موظف است نسبت به لایروبی مخزن آب روستا تا پایان مرداد اقدام نماید.',
    ].join('\n');
    const rs = findResolutions(doc, 'minutes');
    expect(rs.map((r) => r.text.slice(0, 21))).toEqual(['بودجه پیشنهادی دهیاری', 'دهیار موظف است نسبت ب']);
    expect(rs[0]!.responsible).toEqual(['دهیار']);
  });
});

describe('duties quoted in news, round 8', () => {
  it("leaves a duty later in an official's quoted line («وی افزود: … و سازمان X موظف است …»)", () => {
    const doc = [
      'رئیس سازمان جهاد کشاورزی استان در مراسم امضای تفاهم‌نامه گفت: این طرح ۲ هزار هکتار را پوشش می‌دهد.',
      '',
      'وی افزود: سهم دولت از این طرح‌ها ۱۲۰ میلیارد تومان است و سازمان جهاد کشاورزی موظف است نظارت بر اجرای سامانه‌ها را ظرف ۱۸ ماه انجام دهد.',
    ].join('\n');
    expect(texts(doc, 'news')).toEqual([]);
    // The same duty reported by the outlet is the news.
    const reported =
      'به گزارش خبرگزاری، سازمان جهاد کشاورزی موظف است نظارت بر اجرای سامانه‌ها را ظرف ۱۸ ماه انجام دهد.';
    expect(texts(reported, 'news')).toHaveLength(1);
  });
});

describe('who a decision binds, round 8', () => {
  it('takes the agent of a passive approval «از سوی X موافقت گردید»', () => {
    expect(subjectBodies('با استمهال اقساط واحد از سوی بانک ملی شعبه مرکزی موافقت گردید.')).toEqual([
      'بانک ملی شعبه مرکزی',
    ]);
  });

  it('splits a customs office coordinated with another body', () => {
    expect(splitBodies('اداره کل امور اقتصادی و دارایی استان و گمرک بازرگان')).toEqual([
      'اداره کل امور اقتصادی و دارایی استان',
      'گمرک بازرگان',
    ]);
  });

  it('binds the body a matter is delegated or entrusted to («تفویض شد», «سپرده شد»)', () => {
    expect(subjectBodies('تصمیم گیری درباره تعطیلی مدارس در روزهای برفی به کارگروه مدیریت بحران تفویض شد.')).toEqual([
      'کارگروه مدیریت بحران',
    ]);
    expect(subjectBodies('برگزاری نمایشگاه صنایع دستی به اداره کل میراث فرهنگی استان سپرده شد.')).toEqual([
      'اداره کل میراث فرهنگی استان',
    ]);
  });

  it('binds the proposer and the body given the follow-up after an approval', () => {
    expect(
      subjectBodies(
        'با پیشنهاد اداره ورزش و جوانان مبنی بر برگزاری همایش پیاده روی خانوادگی موافقت شد و شهرداری نسبت به آماده سازی مسیر اقدام کند.',
      ),
    ).toEqual(['اداره ورزش و جوانان', 'شهرداری']);
  });

  it('does not bind a partner that helps place equipment («با همکاری X یک دستگاه …»)', () => {
    expect(
      subjectBodies('مقرر شد اداره راه شهرستان با همکاری شهرداری کوهرنگ یک دستگاه لودر برای برفروبی مستقر نماید.'),
    ).toEqual(['اداره راه شهرستان']);
  });
});

describe('deadlines, round 8', () => {
  it('does not read how long a benefit lasts («تخفیف … تا پایان آذر») as a deadline', () => {
    expect(
      textDeadline(
        'بخشودگی ۵۰ درصدی جرائم دیرکرد پروانه ها تا پایان بهمن ماه برای مالکانی که مراجعه کنند به شورا پیشنهاد شود.',
      ),
    ).toBeNull();
    expect(textDeadline('سازمان پارکها هزینه ورودی شهربازی را برای دانش آموزان تا پایان سال تخفیف می دهد.')).toBeNull();
    // The act's own deadline after a benefit mentioned earlier still counts.
    expect(textDeadline('معاونت مالی طرح تخفیف عوارض را تهیه و تا پایان دی ماه به شورا ارسال کند.')).toBe(
      'تا پایان دی ماه',
    );
  });

  it('does not read the last day of a period («در روزهای ۲ تا ۴ فروردین») as a deadline', () => {
    expect(textDeadline('طرح ترافیکی محور ساحلی در روزهای ۲ تا ۴ فروردین اجرا شود.')).toBeNull();
    expect(textDeadline('شهرداری تا ۴ فروردین نسبت به رفع سد معبر اقدام کند.')).toBe('تا ۴ فروردین');
  });
});
