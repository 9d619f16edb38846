import { describe, expect, it } from 'vitest';
import { findSpeakers } from './index.ts';

// Made-up minutes of the attendance-list family (issue #16): a list under its own heading line
// names who attended or signed; only those who speak elsewhere are speakers.
describe('minutes: an attendance or signature list under a heading line makes no speakers', () => {
  it('a «name (role)» list under «اسامی و امضای حاضرین:»', () => {
    const text = [
      'صورتجلسه شورای مدرسه',
      'آقای رحیمی مدیر مدرسه گفت: سرویس مدرسه تا هفته آینده تعیین می‌شود.',
      '',
      'اسامی و امضای حاضرین:',
      'رحیمی (مدیر مدرسه) - کاوه (معاون آموزشی) - یزدانی (عضو انجمن)',
    ].join('\n');
    expect(findSpeakers(text, 'minutes').map((s) => s.name)).toEqual(['رحیمی']);
  });

  it('a list of titled names under «اعضای حاضر:»; the fuller list role stays with one who speaks', () => {
    const text = [
      'صورتجلسه شورای ترافیک شهرستان',
      'اعضای حاضر:',
      'آقای مرادی (معاون فرماندار و رئیس شورا)',
      'خانم صفایی (نماینده شورای اسلامی شهر)',
      'آقای کیانی (رئیس پلیس راهور شهرستان)',
      '',
      'آقای مرادی (رئیس شورا): تقاطع میدان اصلی باید ایمن شود.',
      'آقای کیانی (رئیس پلیس راهور شهرستان): دوربین‌ها تا پایان ماه نصب می‌شود.',
    ].join('\n');
    const speakers = findSpeakers(text, 'minutes');
    expect(speakers.map((s) => s.name)).toEqual(['مرادی', 'کیانی']);
    expect(speakers[0]!.role).toBe('معاون فرماندار و رئیس شورا');
  });
});

describe('speakers: a group is no person', () => {
  it('«به گفته کارشناسان …» names nobody', () => {
    const text = 'به گفته کارشناسان هواشناسی، بارش‌های پاییز کمتر از نرمال خواهد بود.';
    expect(findSpeakers(text, 'news').filter((s) => s.name)).toEqual([]);
  });
});
