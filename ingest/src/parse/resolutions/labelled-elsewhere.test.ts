import { describe, expect, it } from 'vitest';
import { labelledFields } from './fields.ts';
import { findResolutions, splitBodies } from './index.ts';

const found = (text: string) =>
  findResolutions(text, 'minutes').map((r) => ({ text: r.text, responsible: r.responsible, deadline: r.deadline }));

// Made-up items of the label families seen on heldout13 and heldout17 (issue #16, session 9 round B).
describe('labelledFields: the responsible label in other words', () => {
  it.each([
    // A bare «پیگیری:» after the decision's full stop, on its own line, after «؛» or « - ».
    ['کارگروهی برای تهیه طرح تشکیل شود. پیگیری: آقای رضایی. مهلت: جلسه آینده.', 'آقای رضایی', 'جلسه آینده'],
    ['پیگیری: دبیرخانه شورا - مهلت: یک هفته', 'دبیرخانه شورا', 'یک هفته'],
    [
      'فهرست طرحها به بانک ملی ارسال شود؛ پيگيري: اداره صنعت، معدن و تجارت؛ مهلت: 20 روز',
      'اداره صنعت، معدن و تجارت',
      '20 روز',
    ],
    ['گزارش به شورا ارائه شود. اقدام و پیگیری: شهرداری مرکزی', 'شهرداری مرکزی', null],
    // Other names of the same field: the follower-up, the body in charge, the reference for action.
    ['پیگیر: معاونت عمرانی فرمانداری', 'معاونت عمرانی فرمانداری', null],
    ['مرجع اقدام: اداره کل راه و شهرسازی / مهلت: دو ماه', 'اداره کل راه و شهرسازی', 'دو ماه'],
    ['عهده‌دار: دبیر کمیته - زمان: مستمر', 'دبیر کمیته', 'مستمر'],
    ['واحد مسئول: امور مالی شرکت؛ مهلت اجرا: ۱۵ روز', 'امور مالی شرکت', '۱۵ روز'],
  ])('%s', (line, responsible, deadline) => {
    const f = labelledFields(line);
    expect(f?.responsible).toBe(responsible);
    expect(f?.deadline ?? null).toBe(deadline);
  });
  it('«پیگیری» inside a sentence is no label', () => {
    expect(labelledFields('در این جلسه موارد پیگیری: آب شرب و برق روستاها بررسی شد')).toBeNull();
  });
});

describe('fields written inside decisions found outside a «مصوبات:» list', () => {
  it('items under a heading without a colon keep their inline labels', () => {
    const text = [
      'صورتجلسه شورای پیشگیری از وقوع جرم شهرستان',
      '',
      'مصوبات',
      '',
      '۱) اداره ورزش و جوانان شهرستان برنامه فوتبال محلات را اجرا کند؛ مهلت: تا پایان دی ماه',
      '۲) گزارش اجرای مجازات های جایگزین در جلسه بعد ارائه شود. مسئول: دادسرای عمومی و انقلاب شهرستان',
      '۳) آموزش مهارتی ۴۰ نفر از مددجویان انجام شود؛ مسئول اجرا: اداره آموزش فنی و حرفه‌ای؛ زمان: دو ماه',
    ].join('\n');
    const rs = found(text);
    expect(rs).toHaveLength(3);
    expect(rs[0]!.responsible).toEqual(['اداره ورزش و جوانان شهرستان']);
    expect(rs[1]!.text).toBe('گزارش اجرای مجازات های جایگزین در جلسه بعد ارائه شود.');
    expect(rs[1]!.responsible).toEqual(['دادسرای عمومی و انقلاب شهرستان']);
    expect(rs[2]!.responsible).toEqual(['اداره آموزش فنی و حرفه ای']);
    expect(rs[2]!.deadline).toBe('دو ماه');
  });
  it('a «… تصویب شد؛ مسئول اجرا: X» sentence in running text takes X', () => {
    const text = [
      'در ادامه جلسه موضوع جشنواره بررسی شد.',
      'برگزاری جشنواره بازی های بومی در پارک ملت تصویب شد؛ مسئول اجرا: معاونت اجتماعی شهرداری کرج؛ زمان: خرداد 1403',
    ].join('\n');
    const rs = found(text);
    expect(rs).toHaveLength(1);
    expect(rs[0]!.text).toBe('برگزاری جشنواره بازی های بومی در پارک ملت تصویب شد');
    expect(rs[0]!.responsible).toEqual(['معاونت اجتماعی شهرداری کرج']);
  });
});

describe('splitBodies: a unit of a municipality, a court or a governorate is one body', () => {
  it.each([
    ['معاونت فرهنگی و اجتماعی شهرداری ساری', ['معاونت فرهنگی و اجتماعی شهرداری ساری']],
    ['معاونت قضایی دادگستری کل استان', ['معاونت قضایی دادگستری کل استان']],
    ['مدیریت حمل و نقل شهرداری منطقه ۲', ['مدیریت حمل و نقل شهرداری منطقه ۲']],
    ['دفتر فنی استانداری اصفهان', ['دفتر فنی استانداری اصفهان']],
    // Two bodies still split where the first is closed by its place.
    ['فرمانداری کرج شهرداری کرج', ['فرمانداری کرج', 'شهرداری کرج']],
  ])('%s', (cell, bodies) => {
    expect(splitBodies(cell)).toEqual(bodies);
  });
});

describe('a page break inside a listed item', () => {
  it('the page foot and the letterhead repeated on the next page are not part of the item', () => {
    const text = [
      'فرمانداری شهرستان آستارا',
      'صورتجلسه کارگروه مدیریت پسماند شهرستان',
      '',
      'مصوبات جلسه :',
      '1- شهرداری آستارا موظف است پسماندهای ساحلی را ظرف ۱۰ روز جمع آوری نماید .',
      '2- مقرر گردید مبلغ ۸ میلیارد ریال از محل اعتبارات استانی به دهیاری لوندویل',
      'برای خرید خودروی حمل پسماند',
      '----------------------------------------',
      'صفحه ۱ از ۲        نشانی : آستارا ، میدان امام',
      'فرمانداری شهرستان آستارا',
      'صورتجلسه کارگروه مدیریت پسماند شهرستان',
      '----------------------------------------',
      'پرداخت و دهیاری گزارش هزینه کرد آن را به فرمانداری ارائه کند .',
    ].join('\n');
    const rs = found(text);
    expect(rs).toHaveLength(2);
    expect(rs[1]!.text).toBe(
      'مقرر گردید مبلغ ۸ میلیارد ریال از محل اعتبارات استانی به دهیاری لوندویل برای خرید خودروی حمل پسماند پرداخت و دهیاری گزارش هزینه کرد آن را به فرمانداری ارائه کند .',
    );
    // Money paid to a body: the body that receives it spends it.
    expect(rs[1]!.responsible).toEqual(['دهیاری لوندویل']);
  });
});
