import { describe, expect, it } from 'vitest';
import { findSpeakers } from './index.ts';

const names = (text: string, kind: 'minutes' | 'news' = 'minutes') => findSpeakers(text, kind).map((s) => s.name);

// Made-up minutes (issue #16): minutes record who chaired apart from who spoke. A chair who is
// never heard only chaired; one heard by name, by role or as «رئیس جلسه» is a speaker.
describe('minutes: a chair who never speaks is no speaker', () => {
  it('«به ریاست آقای X ROLE برگزار شد» and then only others speak', () => {
    const text = [
      'جلسه کمیسیون با موضوع حمل و نقل به ریاست آقای کاوسی مدیرکل دفتر فنی استانداری برگزار شد.',
      'مدیرکل راهداری استان گفت: ترمیم محور تا پایان ماه انجام می‌شود.',
    ].join('\n');
    expect(names(text)).toEqual([null]);
  });
  it('«آقای X (ROLE) ریاست جلسه را بر عهده داشت»', () => {
    const text = [
      'جلسه با حضور ۹ نفر از اعضا تشکیل شد. آقای رحیم‌زاده (رئیس شورا) ریاست جلسه را بر عهده داشت.',
      'آقای کمالی عضو شورا گفت: لایحه نیاز به بررسی بیشتر دارد.',
    ].join('\n');
    expect(names(text)).toEqual(['کمالی']);
  });
  it('the chair heard by his role, by «رئیس جلسه» or by name is a speaker', () => {
    const byRole = [
      'جلسه کارگروه به ریاست آقای تهرانی فرماندار سراب و با حضور اعضا تشکیل شد.',
      'فرماندار سراب با اشاره به کمبود اعتبار گفت: طرح‌ها باید اولویت‌بندی شوند.',
    ].join('\n');
    expect(findSpeakers(byRole, 'minutes')).toEqual([{ name: 'تهرانی', role: 'فرماندار سراب' }]);
    const byAnaphor = [
      'جلسه کمیته به ریاست آقای شاکری مدیر آموزش و پرورش ناحیه تشکیل شد.',
      'رئیس کمیته با اشاره به کمبود معلم گفت: نیروها جذب می‌شوند.',
    ].join('\n');
    expect(names(byAnaphor)).toEqual(['شاکری']);
    const byName = 'جلسه به ریاست آقای نادری برگزار شد. آقای نادری گفت: بودجه بررسی شود.';
    expect(names(byName)).toEqual(['نادری']);
  });
  it('a report (news) keeps its chair as the voice of the meeting', () => {
    expect(names('این نشست به ریاست رستمی فرماندار ماکو و با حضور مدیران برگزار شد.', 'news')).toEqual(['رستمی']);
  });
});

describe('openers before the subject of a speech verb', () => {
  it('«در ابتدا ROLE با اشاره به … گفت» and «در ابتدای جلسه ROLE …»', () => {
    expect(findSpeakers('در ابتدا فرماندار خلخال با اشاره به کمبود اعتبار گفت: طرح‌ها متوقف است.', 'minutes')).toEqual([
      { name: null, role: 'فرماندار خلخال' },
    ]);
    expect(names('در ابتدای جلسه آقای سلیمی رئیس اداره گفت: کار آغاز شد.')).toEqual(['سلیمی']);
  });
});

describe('a sentence hard-wrapped before its speech verb', () => {
  it('the titled subject on the line above that does not close', () => {
    const text = [
      'در پایان جناب آقای دکتر فرخی معاون استاندار ضمن قدردانی از زحمات دفاتر',
      'تسهیل‌گری در مناطق حاشیه، بیان نمودند که کار ادامه دارد.',
    ].join('\n');
    expect(names(text)).toEqual(['فرخی']);
  });
  it('a headline above a lead gives no name', () => {
    const text = [
      'پرداخت بیش از ۱۰۰ میلیارد تومان وام در استان',
      'به گزارش ایرنا، مدیر صندوق استان گفت: وام‌ها پرداخت شد.',
    ].join('\n');
    expect(names(text, 'news')).toEqual([null]);
  });
});
