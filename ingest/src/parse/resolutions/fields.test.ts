import { describe, expect, it } from 'vitest';
import { findDeadline, labelledFields } from './fields.ts';

describe('findDeadline: deadline phrase families', () => {
  it.each([
    // «ظرف/طی N روز|هفته|ماه», digits or words, optional «مدت», «حداکثر», «کاری», «آینده».
    ['اداره راه موظف است نقشه محور را ظرف سه هفته تهیه کند.', 'ظرف سه هفته'],
    ['شهرداری گزارش را حداکثر ظرف ۱۰ روز کاری به شورا بدهد.', 'حداکثر ظرف ۱۰ روز کاری'],
    ['کمیته فنی طی دو ماه آینده طرح را نهایی نماید.', 'طی دو ماه آینده'],
    ['بانک ملت حداکثر تا ۲۰ روز پرونده ها را بررسی کند.', 'حداکثر تا ۲۰ روز'],
    // A span in the past is not a deadline.
    ['عملکرد طی سه سال گذشته بررسی شد.', null],
    // «تا پایان <month> (ماه) (<year>)», with or without «ماه», Arabic letters too.
    ['سهمیه ها تا پایان مرداد به متقاضیان پرداخت شود.', 'تا پایان مرداد'],
    ['گزارش تا پایان آبان ماه ۱۴۰۳ ارائه گردد.', 'تا پایان آبان ماه ۱۴۰۳'],
    ['فهرست طرحها تا پايان دي ماه ارسال شود.', 'تا پايان دي ماه'],
    ['عملیات تا پایان سال جاری تکمیل شود.', 'تا پایان سال جاری'],
    // «تا <day> <month> (<year>)», «تا تاریخ yyyy/mm/dd».
    ['نمایشگاه تا ۱۸ اسفند ۱۴۰۲ برپا شود.', 'تا ۱۸ اسفند ۱۴۰۲'],
    ['مدارک تا تاریخ ۱۴۰۳/۰۲/۳۱ تکمیل شود.', 'تا تاریخ ۱۴۰۳/۰۲/۳۱'],
    // «(مستمر)» after the decision; «به صورت مستمر» in running text is a manner, not a deadline.
    ['اداره بهزیستی پرونده ها را پایش کند. (مستمر)', 'مستمر'],
    ['دفاتر گزارش خود را به صورت مستمر ارسال نمایند.', null],
    // Next meeting: «در/تا/برای جلسه آینده/آتی/بعدی», returned from «جلسه».
    ['کمیسیون عمران نتیجه را در جلسه آینده گزارش کند.', 'جلسه آینده'],
    ['پاسخ استعلام تا جلسه بعد ارائه شود.', 'جلسه بعد'],
    // «جلسه بعدی» as the subject of the decision is not a deadline.
    ['جلسه بعدی کارگروه با حضور مدیران بانکها برگزار شود.', null],
    ['پیگیری موضوع در اسرع وقت انجام شود.', 'در اسرع وقت'],
    // «فوری» after «به صورت/بصورت/به طور/بطور», the preposition fused or not.
    ['موضوع توسط کمیته فنی بصورت فوری بررسی گردد.', 'بصورت فوری'],
    ['اداره آب بطور فوری نسبت به رفع نشتی اقدام کند.', 'بطور فوری'],
    ['شهرداری به صورت فوری معابر را بازگشایی نماید.', 'به صورت فوری'],
  ])('%s', (sentence, expected) => {
    expect(findDeadline(sentence)).toBe(expected);
  });
});

describe('labelledFields: «label: value» lines', () => {
  it('responsible bodies and deadline separated by « - »', () => {
    const f = labelledFields('مسئول پیگیری: اداره کل راه و شهرسازی - شهرداری مرکز - مهلت اجرا: تا پایان دی ۱۴۰۲');
    expect(f).toMatchObject({
      before: '',
      responsible: 'اداره کل راه و شهرسازی - شهرداری مرکز',
      deadline: 'تا پایان دی ۱۴۰۲',
    });
  });
  it('«مسئول: … / زمان: …» with Arabic letters', () => {
    const f = labelledFields('مسئول: شركت آب و فاضلاب روستايي / زمان: ظرف ۲۰ روز');
    expect(f).toMatchObject({ responsible: 'شركت آب و فاضلاب روستايي', deadline: 'ظرف ۲۰ روز' });
  });
  it('fields after the decision on the same line, in parentheses, with a supervisor', () => {
    const f = labelledFields(
      'سامانه ثبت نام راه اندازی شود (اقدام کننده: اداره ارتباطات، ناظر: فرمانداری، مدت اجرا: مستمر)',
    );
    expect(f).toMatchObject({
      before: 'سامانه ثبت نام راه اندازی شود',
      responsible: 'اداره ارتباطات',
      supervisor: 'فرمانداری',
      deadline: 'مستمر',
    });
  });
  it('a bare «اقدام:» label in parentheses after the decision names who acts', () => {
    const f = labelledFields('پایش چاه های غیرمجاز ادامه یابد (اقدام: اداره آب منطقه ای - فرمانداری / مهلت: مستمر)');
    expect(f).toMatchObject({
      before: 'پایش چاه های غیرمجاز ادامه یابد',
      responsible: 'اداره آب منطقه ای - فرمانداری',
      deadline: 'مستمر',
    });
  });
  it('a «-» value is empty but the label still counts', () => {
    const f = labelledFields('مسئول اجرا: بخشداری مرکزی / مهلت: -');
    expect(f?.deadline).toBeNull();
    expect(f?.has.deadline).toBe(true);
  });
  it('a line without labels, or with only a supervisor, is not a field line', () => {
    expect(labelledFields('مدیرکل گفت: زمان برگزاری هنوز معلوم نیست')).toBeNull();
    expect(labelledFields('ناظر: دفتر بازرسی استانداری')).toBeNull();
  });
});

describe('occasion deadlines and fields inside a parenthesis', () => {
  it.each([
    ['شهرداری جشنواره غذاهای محلی را در دهه فجر برگزار کند.', 'در دهه فجر'],
    ['صدا و سیما برنامه های ویژه را در ماه مبارک رمضان پخش نماید.', 'در ماه مبارک رمضان'],
    ['اتحادیه غرفه ها را در ایام نوروز دایر نماید.', 'در ایام نوروز'],
    // A past occasion, or a state that holds during it, is not a deadline.
    ['شهرداری نمایشگاه را در دهه فجر سال گذشته برگزار کرد.', null],
    ['صادرات خرما در ماه مبارک رمضان ممنوع شود.', null],
    // Before a feast («قبل از عید سعید فطر»); an occasion after an event to be held.
    ['شهرداری نسبت به نصب تابلوها قبل از عید سعید فطر اقدام کند.', 'قبل از عید سعید فطر'],
    ['برگزاری جشنواره غذای محلی در دهه فجر به اداره کل میراث فرهنگی واگذار شد.', 'در دهه فجر'],
    ['جشنواره غذای محلی در دهه فجر سال گذشته برگزار شد.', null],
    // A relative clause with a negated verb says whom the decision concerns, not by when.
    ['به مستاجرانی که تا پایان دی ماه اجاره خود را پرداخت نکنند اخطار ارسال شود.', null],
    ['مقرر شد که تا پایان دی ماه فهرست مستاجران تهیه شود.', 'تا پایان دی ماه'],
  ])('%s', (text, expected) => {
    expect(findDeadline(text)).toBe(expected);
  });

  it('«(اقدام: X / مهلت: -)»: the closing parenthesis is no deadline', () => {
    const f = labelledFields('گشت ها تشدید شود (اقدام: فرماندهی انتظامی / مهلت: -)');
    expect(f?.deadline).toBeNull();
    expect(f?.has.deadline).toBe(true);
    expect(labelledFields('بازارچه دایر شود (اقدام: شهرداری / مهلت: یک هفته)')?.deadline).toBe('یک هفته');
  });
});
