import { describe, expect, it } from 'vitest';
import { findResolutions } from './index.ts';
import { agreementParties, splitCoordinated, stripByline } from './index.ts';
import { commaSubject } from './sentences.ts';

const found = (text: string, kind: 'minutes' | 'news') =>
  findResolutions(text, kind).map((r) => ({ text: r.text, responsible: r.responsible }));

// Made-up sentences of the resolution families found on real2 (issue #16, round 2).
describe('resolutions in news prose', () => {
  it('a byline before the decision is not part of it; a headline restating the body is one decision', () => {
    const text = [
      'با دستور استاندار زنجان ۱۲۰ طرح اشتغال زا در کارگروه اشتغال به تصویب رسید',
      '',
      'باشگاه خبرنگاران جوان زنجان - با دستور استاندار زنجان ۱۲۰ طرح در کارگروه اشتغال استان به تصویب رسید.',
    ].join('\n');
    const rs = found(text, 'news');
    expect(rs).toHaveLength(1);
    expect(rs[0]!.text.startsWith('با دستور استاندار زنجان ۱۲۰ طرح در کارگروه')).toBe(true);
    expect(stripByline('شهرداری موظف است - در اسرع وقت اقدام کند')).toBe('شهرداری موظف است - در اسرع وقت اقدام کند');
  });
  it('two decisions of the body that share a formula are both kept', () => {
    const text = [
      'نشست شورای شهر',
      'به گزارش ایرنا، جلسه شورای اسلامی شهر یزد عصر امروز برگزار شد و چند تصمیم گرفته شد.',
      'همچنین قرار شد شهرداری منطقه یک شهر یزد نسبت به آسفالت معابر اقدام کند.',
      'همچنین قرار شد شهرداری منطقه یک شهر یزد نسبت به لایروبی انهار اقدام کند.',
    ].join('\n');
    expect(found(text, 'news')).toHaveLength(2);
  });
  it('an obligation whose subject is a group of people', () => {
    const rs = found('وی گفت: کشاورزان موظف هستند از آبیاری تحت فشار استفاده کنند.', 'news');
    expect(rs).toEqual([{ text: 'کشاورزان موظف هستند از آبیاری تحت فشار استفاده کنند', responsible: ['کشاورزان'] }]);
    // A pronoun is no group.
    expect(found('وی گفت: همه موظف هستند قانون را رعایت کنند.', 'news')).toEqual([]);
  });
  it('«X نیز دیگر مصوبه ستاد … بود» names a decision by its content', () => {
    const text = 'کاهش تعرفه حمل بار در ایام نوروز نیز دیگر مصوبه ستاد تنظیم بازار بود.';
    expect(found(text, 'news').map((r) => r.text)).toEqual(['کاهش تعرفه حمل بار در ایام نوروز']);
    // Resolutions as the topic of a sentence name none.
    expect(found('موضوع اصلی این نشست بررسی مصوبات جلسه قبل بود.', 'news')).toEqual([]);
  });
  it('a sentence reporting what a resolution says is one decision; its author is not responsible', () => {
    const text =
      'معاون وزیر گفت: در مصوبه اخیر هیأت وزیران اولویت اول تامین مسکن عنوان شد و مبلغ ۵۰ میلیارد ریال برای بازسازی تخصیص یافت.';
    const rs = found(text, 'news');
    expect(rs).toHaveLength(1);
    expect(rs[0]!.text.startsWith('در مصوبه اخیر هیأت وزیران')).toBe(true);
    expect(rs[0]!.responsible).toEqual([]);
  });
  it('«… این بود که X …»: the decision starts at its subject', () => {
    const text = 'استاندار گفت: از نتایج این دیدار این بود که بانک ملت جهت پذیرش عاملیت اعلام آمادگی کرد.';
    expect(found(text, 'news')).toEqual([
      { text: 'بانک ملت جهت پذیرش عاملیت اعلام آمادگی کرد', responsible: ['بانک ملت'] },
    ]);
  });
  it('an approval a speaker refers to', () => {
    const text = 'وی با اشاره به تصویب ۱۲ مصوبه برای رفع مشکلات واحدهای صنعتی افزود: کار ادامه دارد.';
    expect(found(text, 'news').map((r) => r.text)).toEqual(['تصویب ۱۲ مصوبه برای رفع مشکلات واحدهای صنعتی']);
  });
  it('what an official says in a quote the body has done, in the first person plural', () => {
    const text = [
      'به گزارش ایرنا، مدیر بنیاد علوی در دیدار با استاندار گفت: بنیاد در استان فعال است.',
      'وی افزود: از ۱۲۰ پروژه که در تعهد بنیاد علوی در استان بوده است ۸۰ پروژه را تکمیل کرده ایم.',
      'نیکنام گفت: این دستورالعمل را به کلیه شعب استان ابلاغ کرده‌ایم تا کشاورزان استفاده کنند.',
    ].join('\n');
    expect(found(text, 'news')).toEqual([
      {
        text: 'از ۱۲۰ پروژه که در تعهد بنیاد علوی در استان بوده است ۸۰ پروژه را تکمیل کرده ایم',
        responsible: ['بنیاد علوی'],
      },
      {
        text: 'این دستورالعمل را به کلیه شعب استان ابلاغ کرده ایم تا کشاورزان استفاده کنند',
        responsible: ['کلیه شعب استان'],
      },
    ]);
    // Money paid is a figure reported, not an action decided.
    expect(found('مدیر شعب بانک ملی گفت: امسال ۵۰۰ میلیارد ریال تسهیلات به متقاضیان پرداخت کرده‌ایم.', 'news')).toEqual(
      [],
    );
    // Outside a quote, and in minutes' speeches, it is narration.
    expect(found('ما در سال گذشته ۸۰ پروژه را تکمیل کرده ایم.', 'news')).toEqual([]);
    expect(found('آقای احمدی گفت: ما ۸۰ پروژه را تکمیل کرده ایم.', 'minutes')).toEqual([]);
  });
  it('agreements signed in the body are decisions of their parties; the lede announcing them is not', () => {
    const text = [
      'امضای تفاهم نامه اشتغال در استان',
      'به گزارش ایرنا، در نشست شورای اداری استان سه تفاهمنامه همکاری میان دستگاههای استان منعقد شد.',
      'بر این اساس، تفاهمنامه همکاری ۳ ساله استانداری یزد و بنیاد برکت برای ایجاد اشتغال روستایی امضا شد.',
      'مجموع ارزش این تفاهمنامه ۲۰۰ میلیارد تومان است.',
      'گفتنی است قرارداد همکاری در حوزه گردشگری با همکاری اداره کل میراث فرهنگی با کمیته امداد به امضا رسید.',
    ].join('\n');
    const rs = found(text, 'news');
    expect(rs.map((r) => r.responsible)).toEqual([
      ['استانداری یزد', 'بنیاد برکت'],
      ['اداره کل میراث فرهنگی', 'کمیته امداد'],
    ]);
    expect(rs[0]!.text.startsWith('تفاهمنامه همکاری ۳ ساله')).toBe(true);
    // The sentence that refers back to the agreement («ارزش این تفاهمنامه …») belongs to it.
    expect(rs[0]!.text.endsWith('۲۰۰ میلیارد تومان است.')).toBe(true);
    expect(agreementParties('تفاهم نامه ای میان شهرداری کرج و سازمان فنی و حرفه ای امضا شد')).toEqual([
      'شهرداری کرج',
      'سازمان فنی و حرفه ای',
    ]);
  });
});

describe('resolutions in minutes', () => {
  it('a second decision coordinated by «همچنین» inside one decision sentence', () => {
    const text =
      'مقرر شد کلیه اعضاء ظرف یک هفته گزارش خود را به دبیرخانه تحویل نمایند، همچنین ضمن بازدید از طرحهای آبخیزداری تمهیدات لازم اندیشیده شود.';
    expect(found(text, 'minutes').map((r) => r.text)).toEqual([
      'مقرر شد کلیه اعضاء ظرف یک هفته گزارش خود را به دبیرخانه تحویل نمایند',
      'ضمن بازدید از طرحهای آبخیزداری تمهیدات لازم اندیشیده شود',
    ]);
    // «همچنین» inside one clause splits nothing.
    expect(splitCoordinated('مقرر شد شهرداری و همچنین اداره راه نسبت به ترمیم آسفالت اقدام نمایند')).toHaveLength(1);
  });
  it('bulleted items with a past passive verb; who is designated «به عنوان …» is not responsible', () => {
    const text = [
      '• مقرر گردید شهرداری نسبت به تعمیر معابر اقدام نماید.',
      '• موسسه حسابرسی آزمون به عنوان حسابرس رسمی سال ۱۴۰۲ تعیین گردید.',
      '• پیشنهاد کمیسیون عمران با اصلاحات تایید گردید.',
    ].join('\n');
    const rs = found(text, 'minutes');
    expect(rs.map((r) => r.text.split(' ')[0])).toEqual(['مقرر', 'موسسه', 'پیشنهاد']);
    expect(rs[1]!.responsible).toEqual([]);
  });
  it('numbered reports given («… ارائه گردید») are no decisions', () => {
    const text = [
      '۱- گزارش عملکرد شش ماهه کارگروه توسط دبیر جلسه ارائه گردید.',
      '۲- نامه شماره ۱۲ فرمانداری در جلسه قرائت گردید.',
      '۳- مقرر گردید شهرداری نسبت به تعمیر معابر اقدام نماید.',
    ].join('\n');
    expect(found(text, 'minutes').map((r) => r.text.split(' ')[0])).toEqual(['مقرر']);
  });
  it('a paragraph under «مصوبات:» that reports the meeting being held is no decision', () => {
    const text = [
      '3- مصوبات:',
      'سومین اجلاس هیات امنای دانشگاه با حضور اکثریت اعضا در سالن اجتماعات تشکیل گردید.',
      'مقرر گردید بودجه سال آینده دانشگاه در جلسه بعد بررسی شود.',
    ].join('\n');
    expect(found(text, 'minutes').map((r) => r.text.split(' ')[0])).toEqual(['مقرر']);
  });
  it('the subject a decision sets off by «،» before its object', () => {
    expect(commaSubject('مقرر شد فروشگاههای زنجیره ای منتخب، برنج را با قیمت مصوب عرضه کنند')).toEqual([
      'فروشگاههای زنجیره ای منتخب',
    ]);
    // A prepositional phrase before «،» is no subject.
    expect(commaSubject('مقرر شد با توجه به کمبود اعتبار، طرح را در سال آینده اجرا کنند')).toEqual([]);
    const rs = found('همچنین مقرر شد نانوایی های منتخب شهر، نان را با نرخ مصوب عرضه کنند.', 'minutes');
    expect(rs.map((r) => r.responsible)).toEqual([['نانوایی های منتخب شهر']]);
  });
  it('the body members belong to is not responsible', () => {
    const rs = found('مقرر گردید در خصوص مهندسین عضو سازمان که بیمار شده اند تصمیم گیری گردد.', 'minutes');
    expect(rs.map((r) => r.responsible)).toEqual([[]]);
  });
});
