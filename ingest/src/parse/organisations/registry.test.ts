/**
 * One facet value per public body however a text names it: the registry of data/bodies.ts read
 * by canonicalAgency (head noun, «استان», the province and honorifics around the stem).
 */
import { describe, expect, it } from 'vitest';
import { canonicalAgency, canonicalOrganisation, sameOrganisation } from './index.ts';
import { textSupervisors } from '../commitments/parties.ts';

describe('canonical bodies from the registry', () => {
  it.each([
    [
      ['کمیته امداد', 'کمیته امداد امام خمینی (ره) استان', 'کمیته امداد امام خمینی استان کرمان'],
      'کمیته امداد امام خمینی',
    ],
    [['هلال احمر استان', 'جمعیت هلال احمر استان گیلان', 'جمعیت هلال احمر'], 'هلال احمر'],
    [['بنیاد مسکن', 'بنیاد مسکن انقلاب اسلامی استان', 'بنیاد مسکن استان یزد'], 'بنیاد مسکن انقلاب اسلامی'],
    [['سازمان مدیریت و برنامه ریزی استان', 'سازمان مدیریت و برنامه‌ریزی استان همدان'], 'مدیریت و برنامه ریزی'],
    [['شرکت آب و فاضلاب استان', 'شرکت آب و فاضلاب استان سمنان', 'آبفا'], 'آب و فاضلاب'],
    [['شرکت آب منطقه‌ای گیلان', 'اداره کل آب منطقه ای استان'], 'آب منطقه ای'],
    [['شرکت توزیع نیروی برق استان مرکزی', 'شرکت توزیع برق استان'], 'توزیع نیروی برق'],
    [['شرکت شهرک‌های صنعتی استان', 'شرکت شهرک های صنعتی استان زنجان'], 'شهرک های صنعتی'],
    [['اداره کل مدیریت بحران', 'اداره کل مدیریت بحران استان گیلان'], 'مدیریت بحران'],
  ])('%j', (variants, canonical) => {
    for (const v of variants) expect(canonicalAgency(v)).toBe(canonical);
  });

  it('a county branch and a national body stay themselves', () => {
    expect(canonicalAgency('کمیته امداد امام خمینی (ره) شهرستان بافت')).toBeNull();
    expect(canonicalAgency('سازمان برنامه و بودجه کشور')).toBeNull();
    expect(canonicalAgency('شبکه بهداشت و درمان شهرستان')).toBeNull();
  });
});

describe('short forms of councils', () => {
  it("«شورای روستا» is the village's «شورای اسلامی روستا», one body with its named form", () => {
    expect(canonicalOrganisation('شورای روستا')).toBe('شورای اسلامی روستا');
    expect(sameOrganisation(canonicalOrganisation('شورای روستا'), 'شورای اسلامی روستای دهنو')).toBe(true);
    expect(canonicalOrganisation('شورای شهر رشت')).toBe('شورای اسلامی شهر رشت');
  });
});

describe('a body whose task is supervision is no supervisor of the decision', () => {
  it('«X نظارت بر … را تشدید کند» names X as a party; «X ضمن هماهنگی و نظارت لازم» as supervisor', () => {
    expect(
      textSupervisors('اداره کل تعزیرات حکومتی استان با همکاری اتاق اصناف نظارت بر قیمت میوه را تشدید کند.'),
    ).toEqual([]);
    expect(textSupervisors('اداره راه طرح را اجرا و فرمانداری ضمن هماهنگی و نظارت لازم پیگیری کند.')).toEqual([
      'فرمانداری',
    ]);
  });
});
