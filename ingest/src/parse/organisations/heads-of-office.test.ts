/**
 * Judicial and police offices named through their head (#16 round B9): the judiciary, the
 * prosecutor's office and the police command of a county or province. Every sentence is
 * composed for the test.
 */
import { describe, expect, it } from 'vitest';
import { lightFold } from '../fold.ts';
import { findOfficesByHead } from './heads-of-office.ts';
import { findOrganisationMentions, findOrganisations, sameOrganisation } from './index.ts';

const offices = (text: string) => findOfficesByHead(lightFold(text)).map((m) => m.name);
const orgs = (text: string) => findOrganisations({ text: lightFold(text), title: null, letterhead: [], short: true });

describe('organisations: an office named through its head', () => {
  it.each([
    // The county judiciary, with the county, with «شهرستان» only, with Arabic letters.
    ['آقای حسینی، رئیس دادگستری شهرستان بیجار، گفت: پرونده‌ها بررسی شد.', ['دادگستری شهرستان بیجار']],
    ['رئیس دادگستری شهرستان: آمار زندانیان کاهش یافت.', ['دادگستری شهرستان']],
    ['رييس دادگستري شهرستان سقز گزارش داد.', ['دادگستری شهرستان سقز']],
    // The province's judiciary: «رئیس کل دادگستری استان X» and «رئیس دادگستری کل استان».
    ['با حضور معاون رئیس کل دادگستری استان یزد جلسه برگزار شد.', ['دادگستری کل استان یزد']],
    ['رئیس دادگستری کل استان گفت: کار ادامه دارد.', ['دادگستری کل استان']],
    // The judiciary named by its town only.
    ['رئیس دادگستری مهاباد از زندان بازدید کرد.', ['دادگستری مهاباد']],
    // The prosecutor: with the courts' name, with or without a place; the national one is no county office.
    ['دادستان عمومی و انقلاب سنندج گفت: پرونده ارسال شد.', ['دادستانی عمومی و انقلاب سنندج']],
    ['حاضرین: فرماندار، دادستان عمومی و انقلاب، رئیس اداره', ['دادستانی عمومی و انقلاب']],
    ['دادستان شهرستان میانه بر برخورد با متخلفان تاکید کرد.', ['دادستانی شهرستان میانه']],
    ['دادستان کل کشور بر صیانت از حقوق مردم تاکید کرد.', []],
    ['جلسه با حضور دادستان محترم و اعضا برگزار شد.', []],
    // The police command: «فرمانده انتظامی», «فرمانده نیروی انتظامی».
    ['سرهنگ کریمی، فرمانده انتظامی شهرستان: گشت‌ها افزایش یافت.', ['فرماندهی انتظامی شهرستان']],
    ['فرمانده نیروی انتظامی استان کرمان گفت: طرح اجرا شد.', ['فرماندهی انتظامی استان کرمان']],
    // No level or place: the person's post only.
    ['رئیس دادگستری از تلاش همکاران تقدیر کرد.', []],
  ])('%s', (text, expected) => {
    expect(offices(text)).toEqual(expected);
  });

  it('a document lists the office once, whether named through its head or by its name', () => {
    const text = 'دادستان عمومی و انقلاب بانه گفت: دادسرا پرونده‌ها را بررسی کرد.\nمسئول: دادسرای عمومی و انقلاب بانه';
    expect(orgs(text)).toEqual(['دادسرای عمومی و انقلاب بانه']);
    expect(sameOrganisation('دادستانی عمومی و انقلاب بانه', 'دادسرای عمومی و انقلاب بانه')).toBe(true);
  });

  it('the prosecutor office is named with its courts («عمومی و انقلاب») and its place', () => {
    expect(
      findOrganisationMentions(lightFold('گزارش به دادسرای عمومی و انقلاب شهرستان بانه ارسال شد')).map((m) => m.name),
    ).toEqual(['دادسرای عمومی و انقلاب شهرستان بانه']);
    expect(orgs('پرونده برای صدور حکم به دادستانی ارسال شود.')).toEqual(['دادستانی']);
  });
});
