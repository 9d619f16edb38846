import { describe, expect, it } from 'vitest';
import { findSpeakers } from './index.ts';
import { roleColonSpeakers } from './dialogue.ts';

// Made-up minutes of the round-B families (issue #16): voices given by office, titled family
// names built on a role word, ranks, and quotes that open with a bare noun.
describe('«ROLE: statement» dialogue lines', () => {
  const minutes = [
    'حاضران: مدیرکل تعاون استان، نمایندگان بانک‌های سپه و تجارت',
    'موضوع اول: واحد تولید کاشی',
    'آقای رضا کاوه (مدیرکل تعاون استان): این واحد دو سال است که تعطیل مانده و کارگران آن بیکار شده‌اند.',
    'نماینده بانک سپه: بانک آمادگی دارد بدهی این واحد را در ۲۴ قسط تقسیط کند.',
    'نماینده اداره کل امور مالیاتی استان: جرایم مالیاتی واحد با ارائه درخواست قابل بخشودگی است.',
    'تصمیم: پرونده به کارگروه استانی ارجاع شد.',
    'مسئول اجرا: اداره کل تعاون، کار و رفاه اجتماعی استان و بانک سپه استان',
    'رئیس جلسه: آقای دکتر مهدی سالاری معاون اقتصادی استاندار و رئیس کارگروه',
  ].join('\n');

  it('reads each office that speaks after a line-opening colon', () => {
    expect(findSpeakers(minutes, 'minutes')).toEqual([
      { name: 'کاوه', role: 'مدیرکل تعاون استان' },
      { name: null, role: 'نماینده بانک سپه' },
      { name: null, role: 'نماینده اداره کل امور مالیاتی استان' },
    ]);
  });

  it('leaves labels, chair lines and short fields alone', () => {
    const roles = roleColonSpeakers(minutes).map((s) => s.role);
    expect(roles).not.toContain('مسئول اجرا');
    expect(roles).not.toContain('رئیس جلسه');
    expect(roleColonSpeakers('نماینده فرمانداری: حاضر\nمدیر کل راه: غایب')).toEqual([]);
    // A sentence with its own verb is left to the verb rule.
    expect(roleColonSpeakers('نماینده بانک ملی گفت: بانک این وام را تا پایان ماه پرداخت می‌کند.')).toEqual([]);
  });
});

describe('names after a title', () => {
  it.each([
    // A family name built on a role word («رئیسی», «معاونی») is a name after «خانم/آقای».
    ['خانم رئیسی گفت: سود این تسهیلات ۱۸ درصد است و دوره بازپرداخت پنج سال است.', 'رئیسی'],
    ['آقای معاونی (نماینده جهاد کشاورزی): طرح‌های معرفی شده همگی توجیه فنی دارند و آماده اجرا هستند.', 'معاونی'],
    // A police rank is a title: «سرگرد X، ROLE، گفت».
    ['سرگرد حسین یاوری، رئیس پلیس مبارزه با مواد مخدر شهرستان، گفت: ۴۰ معتاد جمع‌آوری شدند.', 'یاوری'],
  ])('%s', (text, name) => {
    expect(findSpeakers(text, 'minutes').map((s) => s.name)).toEqual([name]);
  });

  it('a role runs through «مبارزه با»', () => {
    const text = 'سروان علی نوری، رئیس پلیس مبارزه با مواد مخدر شهرستان، گفت: کار ادامه دارد.';
    expect(findSpeakers(text, 'minutes')[0]?.role).toBe('رئیس پلیس مبارزه با مواد مخدر شهرستان');
  });

  it('an attendee line after a role-only one keeps the name without its title', () => {
    const text = [
      'حاضران:',
      'آقای سعید باقری (رئیس اداره میراث فرهنگی شهرستان و دبیر کارگروه)',
      'نماینده سپاه شهرستان',
      '',
      'آقای باقری (رئیس اداره میراث فرهنگی شهرستان): امسال ۹ اقامتگاه بوم‌گردی فعال داریم و شش پرونده دیگر در دست بررسی است.',
    ].join('\n');
    expect(findSpeakers(text, 'minutes').map((s) => s.name)).toEqual(['باقری']);
  });
});

describe('quotes that open with a bare noun', () => {
  it('«ROLE گفت: NOUN در … است و مردم خواستار … هستند» names no one else', () => {
    const text =
      'فرماندار کهک نیز در این جلسه گفت: کم‌آبی در ۱۱ روستای بخش مرکزی جدی است و مردم خواستار اتمام خط انتقال آب هستند.';
    expect(findSpeakers(text, 'news')).toEqual([{ name: null, role: 'فرماندار کهک' }]);
  });

  it('a titled subject inside the quote still speaks', () => {
    const text = 'فرماندار گفت: آقای کرمانی خواستار پیگیری این طرح در سفر استاندار شد.';
    expect(findSpeakers(text, 'news').map((s) => s.name)).toContain('کرمانی');
  });
});

describe('the subject after a narrated clause', () => {
  it('«X … مطلع شد و در این بازدید ROLE قول داد»: the role speaks, X only learnt', () => {
    const text =
      'به گزارش ایسنا، استاندار در بازدید از یک کارگاه فرش از مشکلات آن مطلع شد و در این بازدید رئیس شعبه بانک ملی شهرستان قول داد وام این واحد ظرف یک ماه پرداخت شود.';
    expect(findSpeakers(text, 'news')).toEqual([{ name: null, role: 'رئیس شعبه بانک ملی شهرستان' }]);
  });
});

// Round C (issue #16): dialogue lines that name the voice before its role.
describe('«TITLED NAME، ROLE: statement» dialogue lines', () => {
  const minutes = [
    'خلاصه مذاکرات:',
    'آقای کیانی، معاون عمرانی فرماندار: سه طرح نیمه‌تمام در بخش مرکزی داریم که تا پایان سال تمام می‌شوند.',
    'دکتر نادر صالحی، رئیس اداره جهاد کشاورزی شهرستان: کشت گندم در این فصل حدود ده درصد کاهش یافته است.',
    'نماینده بانک کشاورزی: بانک آمادگی دارد تسهیلات قرض‌الحسنه را به کشاورزان خسارت‌دیده پرداخت کند.',
  ].join('\n');

  it('reads the name and the role of each labelled voice', () => {
    expect(findSpeakers(minutes, 'minutes')).toEqual([
      { name: 'کیانی', role: 'معاون عمرانی فرماندار' },
      { name: 'صالحی', role: 'رئیس اداره جهاد کشاورزی شهرستان' },
      { name: null, role: 'نماینده بانک کشاورزی' },
    ]);
  });

  it('leaves a sentence with its verb and a short field alone', () => {
    expect(roleColonSpeakers('آقای کیانی، معاون فرماندار گفت: سه طرح نیمه‌تمام در بخش مرکزی داریم.')).toEqual([]);
    expect(roleColonSpeakers('آقای کیانی، معاون فرماندار: حاضر')).toEqual([]);
  });
});

describe('a name led by «سید» written apart', () => {
  it('«سید علی X، ROLE، گفت»', () => {
    const text = 'سید علی موسوی، فرماندار شهرستان، گفت: آب شرب ۱۲ روستا تا پایان سال تامین می‌شود.';
    expect(findSpeakers(text, 'minutes')).toEqual([{ name: 'موسوی', role: 'فرماندار شهرستان' }]);
  });
});
