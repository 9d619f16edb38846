import { describe, expect, it } from 'vitest';
import { findSpeakers } from './speakers.ts';

describe('speakers introduced without a speech verb', () => {
  it('chair named bare after «به ریاست», attendee after «و با حضور»', () => {
    const text = 'جلسه شورای آموزش شهرستان به ریاست کاظمی فرماندار سراب و با حضور مهندس نوری سرپرست آموزش و پرورش برگزار شد.';
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
    expect(findSpeakers('رییس اداره ورزش شهرستان گزارشی ارائه نمود.', 'minutes')).toEqual([{ name: null, role: 'رییس اداره ورزش شهرستان' }]);
  });
});

import { subjectBodies } from './resolutions.ts';

describe('responsible bodies of a resolution sentence', () => {
  it.each([
    ['مقرر گردید برحسب ضرورت کمیسیون فرهنگی با حضور اعضا تشکیل شود', ['کمیسیون فرهنگی']],
    ['مقرر گردید جهت بررسی نرخ کرایه ها جلسه ای با محوریت کمیسیون عمران شورا تشکیل گردد', ['کمیسیون عمران شورا']],
    ['مقرر شد پیگیری لازم توسط اداره کل ورزش و جوانان انجام شود', ['اداره کل ورزش و جوانان']],
  ])('%s', (sentence, expected) => {
    expect(subjectBodies(sentence)).toEqual(expected);
  });
});
