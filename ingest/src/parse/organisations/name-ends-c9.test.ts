/**
 * Where a body's name ends (#16 round C9): a question mark or question word after the name, a
 * describing adjective («فعلی», «کنونی») and a subjunctive verb after a bare head; and the full,
 * province-qualified name kept over a short form of the same office. Every sentence is composed
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { lightFold } from '../fold.ts';
import { findFundingBodies } from '../funding.ts';
import { fold } from '../fold.ts';
import { findOrganisationMentions, findOrganisations } from './index.ts';

const names = (text: string) => findOrganisationMentions(lightFold(text)).map((m) => m.name);

describe('organisations: a question, a describing adjective or a subjunctive verb ends the name', () => {
  it.each([
    ['خبرنگار: سهم دانشگاه علوم پزشکی چیست؟', ['دانشگاه علوم پزشکی']],
    ['سهم دانشگاه علوم پزشکی تبریز در این طرح چیست?', ['دانشگاه علوم پزشکی تبریز']],
    // Arabic letters, no question mark: the question word ends the name.
    ['نقش سازمان بهزيستي كدام است', ['سازمان بهزیستی']],
    ['برنامه شهرداری کیست و چه می‌کند', ['شهرداری']],
    ['بیمارستان فعلی لاهیجان پاسخگو نیست.', []],
    ['بیمارستان کنونی شهر در حال تخریب است.', []],
    ['هیچ پرونده‌ای نباید بیش از یک ماه در بانک بماند.', []],
    ['مقرر شد نامه تا پایان ماه به سازمان برسد.', []],
    // A real name word that starts with «ب» stays.
    ['بانک ملت ۲۰ فقره وام پرداخت کرد.', ['بانک ملت']],
  ])('%s', (text, expected) => {
    expect(names(text).map(lightFold)).toEqual(expected.map(lightFold));
  });
});

describe('organisations: a short form and the full name with the province', () => {
  it('keeps the full, province-qualified name', () => {
    const text = [
      'صورتجلسه کمیسیون ایمنی راه‌های شهرستان',
      'مصوبه ۱: ارسال فهرست اولویت‌ها به اداره کل راهداری استان',
      'مسئول پیگیری: بخشداری مرکزی',
      'رونوشت: اداره کل راهداری و حمل و نقل جاده‌ای استان آذربایجان غربی',
    ].join('\n');
    const orgs = findOrganisations({ text: lightFold(text), title: null, letterhead: [], short: true }).map(fold);
    expect(orgs).toContain(fold('اداره کل راهداری و حمل و نقل جاده‌ای استان آذربایجان غربی'));
    expect(orgs).not.toContain(fold('اداره کل راهداری استان'));
  });
});

describe('funding: the student welfare fund', () => {
  it.each([
    ['صندوق رفاه دانشجویان ۱۲ میلیارد ریال وام شهریه پرداخت کرد.', ['صندوق رفاه دانشجویان']],
    ['وام ودیعه مسکن از محل صندوق رفاه دانشجویی وزارت علوم پرداخت می‌شود.', ['صندوق رفاه دانشجویان']],
    ['بانک رفاه کارگران وام داد.', ['بانک رفاه کارگران']],
  ])('%s', (text, expected) => {
    expect(findFundingBodies(fold(text))).toEqual(expected);
  });
});
