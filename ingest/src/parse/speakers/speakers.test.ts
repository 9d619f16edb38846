import { describe, expect, it } from 'vitest';
import { findChair, findSpeakers, sameName } from './index.ts';

describe('speakers introduced without a speech verb', () => {
  it('chair named bare after «به ریاست», attendee after «و با حضور»', () => {
    const text =
      'جلسه شورای آموزش شهرستان به ریاست کاظمی فرماندار سراب و با حضور مهندس نوری سرپرست آموزش و پرورش برگزار شد.';
    expect(findSpeakers(text, 'news')).toEqual([
      { name: 'کاظمی', role: 'فرماندار سراب' },
      { name: 'نوری', role: 'سرپرست آموزش و پرورش' },
    ]);
  });
  it('«با حضور» inside a proposal in a speech does not introduce anyone', () => {
    const text = 'آقای بهرامی گفت: یک جلسه با حضور آقای رستمی معاون فنی بگذارید.';
    expect(findSpeakers(text, 'minutes').map((s) => s.name)).toEqual(['بهرامی']);
  });
  it('attendee list «آقایان X (role)، Y (role)»', () => {
    const text = 'جلسه با حضور مدعوین آقایان صفایی (معاون فرمانداری)، کمالی (مدیر مالی شهرداری) تشکیل شد.';
    expect(findSpeakers(text, 'minutes')).toEqual([
      { name: 'صفایی', role: 'معاون فرمانداری' },
      { name: 'کمالی', role: 'مدیر مالی شهرداری' },
    ]);
  });
  it('signature of a quoted letter', () => {
    const text = '«با سلام، خواهشمند است دستور فرمایید./ سید حسن موسوی – شهردار اراک» مطرح شد.';
    expect(findSpeakers(text, 'minutes')).toEqual([{ name: 'موسوی', role: 'شهردار اراک' }]);
  });
  it('verbs followed by «،» and new verbs (دانست، را مکلف کرد)', () => {
    const text = [
      'استاندار همدان گفت: کار ادامه دارد.',
      'حمید رحیمی دستگاههای اجرایی را مکلف کرد، گزارش دهند.',
      'وی این طرح را مهم دانست.',
    ].join('\n');
    expect(findSpeakers(text, 'news')).toEqual([{ name: 'رحیمی', role: 'استاندار همدان' }]);
  });
  it('news: a role never tied to a name is not listed', () => {
    expect(findSpeakers('رییس اداره ورزش شهرستان گزارشی ارائه نمود.', 'news')).toEqual([]);
    expect(findSpeakers('رییس اداره ورزش شهرستان گزارشی ارائه نمود.', 'minutes')).toEqual([
      { name: null, role: 'رییس اداره ورزش شهرستان' },
    ]);
  });
});

import { subjectBodies } from '../resolutions/index.ts';

describe('responsible bodies of a resolution sentence', () => {
  it.each([
    ['مقرر گردید برحسب ضرورت کمیسیون فرهنگی با حضور اعضا تشکیل شود', ['کمیسیون فرهنگی']],
    ['مقرر گردید جهت بررسی نرخ کرایه ها جلسه ای با محوریت کمیسیون عمران شورا تشکیل گردد', ['کمیسیون عمران شورا']],
    ['مقرر شد پیگیری لازم توسط اداره کل ورزش و جوانان انجام شود', ['اداره کل ورزش و جوانان']],
  ])('%s', (sentence, expected) => {
    expect(subjectBodies(sentence)).toEqual(expected);
  });
});

describe('speaker rules for minutes layouts', () => {
  it('a bold titled name inside a line whose role runs past the line break', () => {
    const text =
      'پس از قرائت قرآن **آقای مرادیان معاون برنامه ریزی و دبیر کارگروه**\n\nتوسعه روستایی ، ضمن خوشامد گزارشی ارائه کردند.';
    expect(findSpeakers(text, 'minutes')).toContainEqual({
      name: 'مرادیان',
      role: 'معاون برنامه ریزی و دبیر کارگروه توسعه روستایی',
    });
  });
  it('a role heading under a named heading is the same person; groups are not speakers', () => {
    const text = [
      '**جناب آقای سلطانی ، مدیر صندوق توسعه کشاورزی**',
      'مدیریت محترم صندوق در گزارشی اعلام داشت : تسهیلات پرداخت شد.',
      'پس از ایشان روسای محترم ادارات شهرستان گزارش خود را ارائه نمودند.',
    ].join('\n\n');
    expect(findSpeakers(text, 'minutes')).toEqual([{ name: 'سلطانی', role: 'مدیر صندوق توسعه کشاورزی' }]);
  });
  it('OCR-fused names, discourse adverbs and a second titled name as the subject', () => {
    const text = [
      'جناب آقای رحیمیشرکتآب منطقه ای',
      '',
      'رحیمیضمنارائه گزارش اظهار داشتند که سد تکمیل شد.',
      'خوشبختانه گفت که کار تمام است.',
      '#### در ادامه صحبت های آقای مهندس رحیمی جناب آقای بهرامی فرمودند :',
    ].join('\n');
    const sp = findSpeakers(text, 'minutes');
    expect(sp.map((s) => s.name)).toEqual(['رحیمی', 'بهرامی']);
    expect(sp[0]!.role).toBe('شرکت آب منطقه ای');
  });
  it('short names one letter apart are different people', () => {
    expect(sameName('کرمی', 'کرای')).toBe(false);
    expect(sameName('ورناصری', 'ورنصری')).toBe(true);
  });
});

describe('speakers: openers and split verbs', () => {
  it('an adverbial opener closed by «،» before the subject', () => {
    const text = 'در پایان بخش نخست جلسه، مهدی کاویانی دبیر شورا با اشاره به کمبود بودجه گفت: باید صرفه جویی کنیم.';
    expect(findSpeakers(text, 'minutes')).toEqual([{ name: 'کاویانی', role: 'دبیر شورا' }]);
  });
  it('a «،» inside the role after «در ادامه آقای X» is not an opener', () => {
    const text = 'در ادامه آقای رنجبر مدیر راه و شهرسازی، حمل و نقل شهرستان گزارش داد: پروژه پیشرفت دارد.';
    expect(findSpeakers(text, 'minutes')).toEqual([{ name: 'رنجبر', role: 'مدیر راه و شهرسازی، حمل و نقل شهرستان' }]);
  });
  it('«X … خواستار <object> شد» introduces a speaker', () => {
    const text = 'خانم صالحی رئیس اداره بهزیستی نیز با بیان اینکه صف مددجویان طولانی است، خواستار افزایش سهمیه وام شد.';
    expect(findSpeakers(text, 'minutes')).toEqual([{ name: 'صالحی', role: 'رئیس اداره بهزیستی' }]);
  });
});

describe('speakers after openers and anaphora', () => {
  it('«به گزارش X،» where X holds «،» still finds the speaker', () => {
    const text =
      'به گزارش روابط عمومی اداره کل صنعت، معدن و تجارت زنجان، رضا احمدی مدیرکل صنعت، معدن و تجارت استان زنجان گفت: تولید افزایش یافت.';
    expect(findSpeakers(text, 'news').map((s) => s.name)).toEqual(['احمدی']);
  });
  it('a bare «رئیس کارگروه» is the named chair, not another speaker', () => {
    const text =
      'جلسه کارگروه با حضور اعضا و به ریاست آقای صالحی فرماندار شهرستان برگزار شد. رئیس کارگروه با اشاره به بیکاری گفت: باید تلاش کنیم.';
    expect(findSpeakers(text, 'minutes')).toEqual([{ name: 'صالحی', role: 'فرماندار شهرستان' }]);
  });
  it('chair from an attendee list «آقای X ROLE و رئیس شورا»', () => {
    const text = 'حاضرین: جناب آقای دکتر کامرانی مدیر کل بهزیستی و رئیس شورا، فرمانداران و اعضا. جلسه آغاز شد.';
    expect(findChair(text, [])).toBe('کامرانی (مدیر کل بهزیستی و رئیس شورا)');
  });
});
