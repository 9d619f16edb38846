import { describe, expect, it } from 'vitest';
import { findSpeakers } from './index.ts';
import { roleColonSpeakers } from './dialogue.ts';
import { sameRole } from './merge.ts';
import { lightFold } from '../fold.ts';

// Made-up sentences of the speaker families of issue #16, round A of session 9.
describe('dialogue labels that end their line', () => {
  const minutes = [
    'جلسه کمیته خرید تجهیزات بیمارستان روز دوشنبه با حضور اعضا تشکیل شد.',
    '',
    'دکتر مهدی کرمانی، معاون درمان دانشگاه:',
    '«خرید دستگاه دیالیز امسال ضروری است و اعتبار آن از محل درآمدهای اختصاصی تأمین می‌شود.»',
    '',
    'مهندس سارا نیک‌نام، مدیر تجهیزات پزشکی:',
    'مناقصه خرید دو دستگاه تا پایان ماه آینده برگزار می‌شود و قرارداد آن به تأیید کمیته می‌رسد.',
    '',
    'نماینده امور مالی دانشگاه:',
    '«بدهی دانشگاه به شرکت‌های تجهیزات پزشکی ۱۲ میلیارد ریال است و تا پایان سال پرداخت می‌شود.»',
    '',
    'پس از بحث، موارد زیر مصوب شد:',
    'الف) خرید دو دستگاه دیالیز برای بیمارستان شهید رجایی تصویب شد.',
  ].join('\n');

  it('reads the statement from the next line', () => {
    expect(findSpeakers(lightFold(minutes), 'minutes')).toEqual([
      { name: 'کرمانی', role: 'معاون درمان دانشگاه' },
      { name: 'نیک نام', role: 'مدیر تجهیزات پزشکی' },
      { name: null, role: 'نماینده امور مالی دانشگاه' },
    ]);
  });

  it('a label above a list item, a short line or another label is no voice', () => {
    expect(roleColonSpeakers('نماینده فرمانداری:\n۱- پیگیری پرونده‌های معوق بانک‌ها در هفته آینده انجام شود.')).toEqual(
      [],
    );
    expect(roleColonSpeakers('نماینده فرمانداری:\nحاضر')).toEqual([]);
    const roles = roleColonSpeakers(
      'نماینده فرمانداری:\nمدیر امور مالی:\nبدهی دانشگاه به پیمانکاران ۴ میلیارد ریال است.',
    );
    expect(roles.map((s) => s.role)).toEqual(['مدیر امور مالی']);
  });
});

describe('a name ends where its speech verb starts', () => {
  it('«GIVEN FAMILY خواستار … شد و افزود»', () => {
    const text = 'حمید رضایی خواستار تمدید مهلت بازپرداخت وام‌ها شد و افزود: واحدها آمادگی دارند.';
    expect(findSpeakers(lightFold(text), 'news').map((s) => s.name)).toEqual(['رضایی']);
  });
});

describe('news: a «نیز» role and the name that follows it', () => {
  it('a new full name as the very next voice is the role named', () => {
    const text = [
      'مدیرکل بهزیستی استان گفت: ۲۰۰ مددجو وام گرفتند.',
      'حسن امیری افزود: وام‌ها تا پایان ماه پرداخت می‌شود.',
      'فرماندار بجنورد نیز در این مراسم گفت: ۱۲ روستا آب ندارند.',
      'محمود صادقی با بیان اینکه کار آغاز شده است، اظهار کرد: خط انتقال تا پاییز تمام می‌شود.',
    ].join('\n');
    expect(findSpeakers(lightFold(text), 'news')).toEqual([
      { name: 'امیری', role: 'مدیرکل بهزیستی استان' },
      { name: 'صادقی', role: 'فرماندار بجنورد' },
    ]);
  });

  it('a name written before the role is someone already known', () => {
    const text = [
      'امروز علی کاظمی در بازدید از روستاها حضور یافت.',
      'مدیر آب و فاضلاب شهرستان نیز در این بازدید گفت: لوله‌گذاری تمام شد.',
      'علی کاظمی گفت: روستاها آب دارند.',
    ].join('\n');
    expect(findSpeakers(lightFold(text), 'news')).toEqual([
      { name: 'کاظمی', role: null },
      { name: null, role: 'مدیر آب و فاضلاب شهرستان' },
    ]);
  });

  it('a date with its day before the subject («امروز پنجشنبه ۲ مهر ۱۴۰۳،») is an opener', () => {
    const text =
      'به گزارش خبرنگار ما، امروز پنجشنبه ۲ مهر ۱۴۰۳، رضا قاسمی فرماندار شهرستان در جمع اهالی گفت: کار تمام شد.';
    expect(findSpeakers(lightFold(text), 'news')).toEqual([{ name: 'قاسمی', role: 'فرماندار شهرستان' }]);
  });
});

describe('a body named without the rest of its listed fields', () => {
  it.each([
    ['مدیرکل میراث فرهنگی، گردشگری و صنایع دستی استان', 'مدیرکل میراث فرهنگی استان', true],
    ['مدیرکل تعاون، کار و رفاه اجتماعی استان', 'مدیرکل تعاون استان', true],
    ['رئیس سازمان صنعت، معدن و تجارت', 'رئیس سازمان صنعت', true],
    // Other words dropped, or no list cut: another office.
    ['مدیرکل میراث فرهنگی، گردشگری و صنایع دستی استان', 'مدیرکل میراث استان', false],
    ['معاون هماهنگی امور عمرانی استاندار', 'معاون استاندار', false],
  ])('%s ~ %s', (full, short, same) => {
    expect(sameRole(full, short)).toBe(same);
  });

  it('news keep one voice, under the full name', () => {
    const text = [
      'مدیرکل تعاون استان گفت: ۳۰۰ تعاونی فعال است.',
      'مدیرکل تعاون، کار و رفاه اجتماعی استان با بیان اینکه اشتغال افزایش یافت، گفت: بیکاری کم شد.',
    ].join('\n');
    expect(findSpeakers(lightFold(text), 'news')).toEqual([
      { name: null, role: 'مدیرکل تعاون، کار و رفاه اجتماعی استان' },
    ]);
  });
});
