import { describe, expect, it } from 'vitest';
import { findSpeakers } from './index.ts';

describe('interview written as questions and answers', () => {
  it('the answer label names the interviewee; his role comes from the lead', () => {
    const text = [
      'رئیس اداره منابع طبیعی شهرستان در گفت‌وگو با خبرنگار ایرنا به پرسش‌هایی درباره آتش‌سوزی پاسخ داد.',
      '',
      'ایرنا: امسال چند هکتار جنگل سوخت؟',
      'کرمانی: تا پایان مرداد ۴۰ هکتار در آتش سوخت.',
      'ایرنا: برای پیشگیری چه کرده‌اید؟',
      'کرمانی: ده دستگاه خودروی اطفای حریق خریداری شده است.',
    ].join('\n');
    expect(findSpeakers(text, 'news')).toEqual([{ name: 'کرمانی', role: 'رئیس اداره منابع طبیعی شهرستان' }]);
  });

  it('labelled fields without questions are no interview', () => {
    const text = 'موضوع: بودجه\nمکان: فرمانداری\nموضوع: آب\nمکان: استانداری';
    expect(findSpeakers(text, 'minutes')).toEqual([]);
  });
});
