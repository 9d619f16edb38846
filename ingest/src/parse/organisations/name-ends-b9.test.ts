/**
 * Where a body's name ends, and phrases that name no body (#16 round B9): time adverbs, question
 * words and approved items after a subject body, a group an item forms, a field's training centres
 * in the plural. Every sentence is composed for the test.
 */
import { describe, expect, it } from 'vitest';
import { lightFold } from '../fold.ts';
import { findOrganisationMentions } from './index.ts';

const names = (text: string) => findOrganisationMentions(lightFold(text)).map((m) => m.name);

describe('organisations: a subject body before a time adverb, a question or its approved items', () => {
  it.each([
    ['صندوق امسال چه مبلغی به روستاها داده است؟', []],
    ['بانک کشاورزی امسال ۲۰ میلیارد ریال پرداخت کرد.', ['بانک کشاورزی']],
    ['صندوق کارآفرینی امید پارسال چقدر وام داد؟', ['صندوق کارآفرینی امید']],
    ['بنیاد برکت چگونه به طرح‌ها کمک می‌کند؟', ['بنیاد برکت']],
    ['کمیسیون موارد زیر را تصویب کرد:', []],
    ['کارگروه اشتغال استان موارد ذیل را مصوب نمود.', ['کارگروه اشتغال استان']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected.map(lightFold));
  });
});

describe('organisations: a group formed by a resolution item is no body yet', () => {
  it.each([
    ['| ۱ | تشکیل کارگروه مشترک رفع موانع صادرات و ارائه گزارش | شیلات |', []],
    ['۲- تشکیل کمیته ویژه پیگیری مطالبات پیمانکاران با حضور دستگاه‌ها', []],
    ['۳ـ ایجاد ستاد تسهیل امور سرمایه‌گذاران در فرمانداری', ['فرمانداری']],
    ['- راه‌اندازی کارگروه تخصصی گردشگری روستایی', []],
    // A group already formed, named in running text, stays a body.
    ['او با اشاره به تشکیل کارگروه اشتغال استان گفت: کار ادامه دارد.', ['کارگروه اشتغال استان']],
    ['جلسه کمیته فنی استان تشکیل شد.', ['کمیته فنی استان']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected.map(lightFold));
  });
});

describe('organisations: training centres of an agency in the plural are no body', () => {
  it.each([
    ['معرفی محکومان به مراکز آموزش فنی و حرفه‌ای برای دوره‌های مهارتی', []],
    ['آموزشگاه‌های فنی و حرفه‌ای آزاد دوره برگزار کنند.', []],
    ['اداره کل آموزش فنی و حرفه‌ای استان دوره برگزار کند.', ['اداره کل آموزش فنی و حرفه‌ای استان']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected.map(lightFold));
  });
});
