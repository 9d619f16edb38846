import { describe, expect, it } from 'vitest';
import { findResolutions, subjectBodies } from './index.ts';
import { lightFold } from '../fold.ts';

const texts = (text: string, kind: 'minutes' | 'news') => findResolutions(text, kind).map((r) => r.text);

// Made-up sentences of the families seen on heldout16 and heldout17 (issue #16, session 9 round B).
describe('subjectBodies: the body a matter is forwarded to for a decision', () => {
  it.each([
    // «به X پیشنهاد شود/گردد»: the body that receives the proposal acts on it.
    ['کاهش نرخ کرایه تاکسی های برقی جهت طرح در شورای شهر به شهرداری اراک پیشنهاد گردد.', ['شهرداری اراک']],
    ['تمدید ساعت کار پایانه ها به سازمان حمل و نقل و ترافیک پيشنهاد شود', ['سازمان حمل و نقل و ترافیک']],
    ['اصلاح تعرفه ورودی استخرها به هيئت مديره شرکت پیشنهاد می‌شود.', ['هيئت مديره شرکت']],
    // «برای/جهت طرح|بررسی|تصویب … به X ارسال/ارائه/منعکس شد»: forwarded for X's decision, the
    // purpose before or after the body.
    ['لایحه فروش اموال مازاد با ۴ رأی موافق تأیید و برای طرح در صحن به هیئت رئیسه شورا ارسال شد.', ['هیئت رئیسه شورا']],
    ['طرح ساماندهی دستفروشان به کمیسیون عمران شورا جهت بررسی ارسال گردد.', ['کمیسیون عمران شورا']],
    ['درخواست اهالی محله برای تصمیم گیری به شورای ترافیک استان منعکس شود.', ['شورای ترافیک استان']],
  ])('%s', (sentence, bodies) => {
    // As the parser sees it: Arabic letters and ZWNJ light-folded.
    expect(subjectBodies(lightFold(sentence))).toEqual(bodies.map(lightFold));
  });
  it('an agent named after the proposal follows it up', () => {
    expect(
      subjectBodies('تعویض چمن زمین شماره 2 به شهرداری رشت پیشنهاد شود و پیگیری آن به عهده دبیر هیئت است.'),
    ).toEqual(['دبیر هیئت']);
    expect(subjectBodies('طرح جامع به هیئت امنا جهت تصویب ارسال شود؛ تهیه طرح توسط معاونت درمان انجام شود.')).toEqual([
      'معاونت درمان',
    ]);
  });
  it('a report sent to a body for its information binds the sender', () => {
    expect(subjectBodies('گزارش عملکرد بانکها هر ماه به دبیرخانه کارگروه ارسال شود.')).toEqual(['بانکها']);
  });
  it.each([
    // «در اختیار X خواهد بود/است/می‌باشد»: the matter is X's to decide.
    [
      'صدور مجوز مرخصی برای مددجویان نمونه در اختیار معاونت قضایی دادگستری استان خواهد بود.',
      ['معاونت قضایی دادگستری استان'],
    ],
    ['تعیین زمان بندی مسابقات در اختیار کمیته فنی هیئت می باشد.', ['کمیته فنی هیئت']],
    ['انتخاب پیمانکار در اختیار شرکت عمران شهر جدید است.', ['شرکت عمران شهر جدید']],
    // Money paid to a body («به X … پرداخت شود/گردد», the verb even elided before «و»): X spends it.
    ['مبلغ ۵ میلیارد ریال از محل عوارض به دهیاری کلاچای برای لایروبی انهار پرداخت گردد.', ['دهیاری کلاچای']],
    [
      'سهم شهرستان از درآمد عوارض آلایندگی به شهرداری رودسر واریز و گزارش آن به فرمانداری ارسال شود.',
      ['شهرداری رودسر'],
    ],
  ])('%s', (sentence, bodies) => {
    expect(subjectBodies(sentence)).toEqual(bodies);
  });
});

describe('items that report rather than decide', () => {
  it('numbered report paragraphs with a proposal or a speech are not decisions; «نظر کمیسیون:» heads the list', () => {
    const text = [
      'نشست کمیسیون عمران شورای اسلامی شهر برگزار شد.',
      '',
      '۱. آقای رحیمی گزارش داد که ۱۲ پارک محله ای نیاز به بازسازی دارد.',
      '۲. خانم کریمی گفت باید ساعاتی از سالن ها به بانوان اختصاص یابد.',
      '۳. آقای نادری عضو کمیسیون پیشنهاد کرد جشنواره بازی های محلی در بوستان ولایت برگزار شود.',
      '',
      'نظر کمیسیون:',
      '۱- لایحه شهرداری درباره اجاره غرفه های بوستان با ۵ رأی موافق تأیید و برای طرح در صحن به هیئت رئیسه شورا ارسال شد.',
      '۲- سازمان پارکها مکلف شد برنامه بازسازی را تا پایان آذر ماه ارائه کند.',
    ].join('\n');
    const rs = findResolutions(text, 'minutes');
    expect(rs.map((r) => r.text.slice(0, 20))).toEqual(['لایحه شهرداری درباره', 'سازمان پارکها مکلف ش']);
    expect(rs[0]!.responsible).toEqual(['هیئت رئیسه شورا']);
  });
  it('bulleted speeches under «گزارش‌ها و نظرات:» are not decisions; the bullets under «تصمیمات:» are', () => {
    const text = [
      'گزارش‌ها و نظرات:',
      '• آقای صالحی گفت: ظرفیت کارگاه ها باید دو برابر شود و واحدهای تولیدی همکاری کنند.',
      '• دکتر مرادی، معاون دادگستری، افزود: قضات آماده اند از مرخصی برای مددجویان استفاده کنند.',
      '• نماینده اداره کار خواستار معرفی کارگاه ها به شهرک های صنعتی شد تا قرارداد منعقد شود.',
      '',
      'تصمیمات:',
      '• مقرر شد اداره کل صنعت ده واحد تولیدی را معرفی کند.',
      '• فهرست مددجویان به بنیاد برکت معرفی شود. مسئول: بنیاد تعاون زندانیان',
    ].join('\n');
    expect(texts(text, 'minutes').map((t) => t.slice(0, 14))).toEqual(['مقرر شد اداره ', 'فهرست مددجویان']);
  });
  it('a numbered item that decides after a proposal is still a decision', () => {
    const text = [
      '۱- آقای نادری پیشنهاد کرد و مقرر شد شهرداری مسیر دوچرخه را تا پایان سال اجرا کند.',
      '۲- اداره ورزش گزارش مسابقات را در جلسه بعد ارائه نماید.',
    ].join('\n');
    expect(findResolutions(text, 'minutes')).toHaveLength(2);
  });
  it('agenda items («دستور جلسه …:» ⏎ «2. تصویب …») are not decisions', () => {
    const text = [
      'مجمع عمومی با حضور اعضا رسمیت یافت و دستور جلسه به شرح زیر قرائت شد:',
      '1. استماع گزارش هیئت مدیره',
      '2. تصویب صورت‌های مالی سال 1402',
      '3. انتخاب بازرس و تصویب بودجه سال آینده',
      '',
      'تصمیمات مجمع:',
      'الف) صورت‌های مالی سال 1402 با 20 رأی موافق تصویب شد.',
      'ب) مقرر شد هیئت مدیره مطالبات را تا پایان شهریور وصول کند.',
    ].join('\n');
    expect(texts(text, 'minutes').map((t) => t.slice(0, 12))).toEqual(['صورت های مال', 'مقرر شد هیئت']);
    const ddl = [
      'دستور کار جلسه :',
      '۱- تصویب بودجه ۱۴۰۳',
      '۲- تعیین حق عضویت سالانه',
      '۳- بررسی تعرفه ها مصوب شود یا نه',
    ];
    expect(findResolutions(ddl.join('\n'), 'minutes')).toHaveLength(0);
  });
});

describe('news: orders and arrangements are not decisions', () => {
  it("duties listed under an official's orders are not resolutions; «مقرر شد» after them is", () => {
    const text = [
      'استاندار گیلان در سفر به آستارا از پروژه ها بازدید کرد.',
      '',
      'مهم‌ترین دستورات استاندار در این سفر:',
      '1. اداره کل راهداری استان موظف است روکش آسفالت محور را تا پایان مرداد اجرا کند.',
      '2. شهرداری آستارا ساماندهی بازارچه را ظرف یک ماه انجام دهد.',
      '',
      'همچنین مقرر شد سازمان مدیریت و برنامه ریزی استان ۵۰ میلیارد ریال برای پایانه تخصیص دهد.',
    ].join('\n');
    expect(texts(text, 'news').map((t) => t.slice(0, 12))).toEqual(['همچنین مقرر ']);
    const tips = ['تاکیدات وزیر کشور:', '- استانداری ها موظفند گزارش بارندگی را هر روز ارسال کنند.'];
    expect(findResolutions(tips.join('\n'), 'news')).toHaveLength(0);
  });
  it('a signing announced in the headline is the news event, not a decision', () => {
    const text = [
      'امضای تفاهم‌نامه اشتغال روستایی استانداری زنجان و بنیاد برکت',
      '',
      'زنجان - تفاهم‌نامه همکاری استانداری زنجان و بنیاد برکت برای ایجاد ۳ هزار شغل در روستاهای استان امضا شد.',
      '',
      'همچنین قرارداد احداث ۲۰ کارگاه قالی‌بافی میان اداره کل میراث فرهنگی استان و بنیاد برکت منعقد شد.',
    ].join('\n');
    expect(texts(text, 'news').map((t) => t.slice(0, 12))).toEqual(['قرارداد احدا']);
  });
  it('an official saying «we agreed that X will do …» reports an arrangement, not a deed', () => {
    const text = [
      'تسنیم: برای آموزش متقاضیان چه برنامه ای دارید؟',
      'قربانی: با اداره کل میراث فرهنگی استان توافق کرده‌ایم که این اداره کل آموزش ۳۰۰ نفر را تا پایان تیر انجام دهد.',
      'مدیر صندوق گفت: با بانک ملی هماهنگ کرده ایم که وام ها را زودتر پرداخت کند.',
      'وی افزود: امسال ۱۲۰ اقامتگاه بوم‌گردی را تکمیل کرده‌ایم.',
    ].join('\n');
    expect(texts(text, 'news').map((t) => t.slice(0, 10))).toEqual(['امسال ۱۲۰ ']);
  });
});
