import { describe, expect, it } from 'vitest';
import { findChair, findSpeakers } from './index.ts';

describe('speaker names as a facet shows them', () => {
  it('drops the dash of a bold «name – role» heading', () => {
    const text = '**آقای مهندس کرمانی – مدیر آب و فاضلاب شهرستان**\nگزارشی از وضعیت شبکه ارائه شد.';
    expect(findSpeakers(text, 'minutes').map((s) => s.name)).toEqual(['کرمانی']);
  });

  it('moves the first word of a compound role back to the role', () => {
    const sp = findSpeakers('آقای شجاعی نایب رئیس شورا گفت: بودجه عمرانی باید زودتر ابلاغ شود.', 'minutes');
    expect(sp).toEqual([{ name: 'شجاعی', role: 'نایب رئیس شورا' }]);
  });

  it('strips given names that lead a full name', () => {
    const sp = findSpeakers('دکتر عبدالعلی کاویانی رئیس دانشگاه در این جلسه گفت: ساخت خوابگاه آغاز می شود.', 'news');
    expect(sp.map((s) => s.name)).toEqual(['کاویانی']);
  });

  it('a chair ends before «برگزار/تشکیل»', () => {
    expect(findChair('جلسه کمیته فنی به ریاست مهندس طاهرخانی برگزار گردید.', [])).toBe('طاهرخانی');
  });
});
