/**
 * The spelling-variant contract (issue #17), for every engine: generated documents write each
 * word of a family in one of its forms — a compound with a ZWNJ, a space or joined, with and
 * without a plural suffix; a hamza seat or its spelled-out letter — and every form of the query
 * must return the same documents, holders first. A year never adds documents; a two-word name
 * ranks the documents holding it as a unit first and shows that occurrence; a date range says
 * how many undated documents it left out.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine, SearchResponse } from '../../ingest/src/search/search-engine.ts';
import type { DocumentRecord } from '../../ingest/src/schema.ts';
import { makeDoc } from './fixtures.ts';
import type { EngineFactory } from './search-engine.contract.ts';

const Z = '\u200c';
const ids = (r: SearchResponse) => r.hits.map((h) => h.id).sort();

/** Compounds: lexicon ones, and ones only the indexed vocabulary joins (also written joined). */
const COMPOUNDS: [string, string][] = [
  ['سرمایه', 'گذاری'],
  ['برنامه', 'ریزی'],
  ['بهره', 'برداری'],
  ['آیین', 'نامه'],
  ['راه', 'اندازی'],
  ['تصمیم', 'گیری'],
  ['تفاهم', 'نامه'],
  ['پست', 'بانک'],
  ['کار', 'گروه'],
];

/** The written forms of a compound: ZWNJ, space, joined; each also with the plural «های». */
function compoundForms([a, b]: [string, string]): { form: string; plural: boolean }[] {
  const base = [`${a}${Z}${b}`, `${a} ${b}`, `${a}${b}`];
  return [
    ...base.map((form) => ({ form, plural: false })),
    { form: `${a}${Z}${b}${Z}های`, plural: true },
    { form: `${a} ${b}های`, plural: true },
    { form: `${a}${b}های`, plural: true },
  ];
}

/** Hamza seats: the same word in each of its spellings. */
const SEATS: string[][] = [
  ['مسئول', 'مسؤول', 'مسوول'],
  ['هیئت', 'هیأت', 'هیات'],
  ['رئیس', 'رییس'],
];

const SENTENCE = (w: string) => `در نشست امروز درباره ${w} در شهرستان گفت‌وگو شد و گزارش آن ارائه گردید.`;

function variantDocs(): DocumentRecord[] {
  const docs: DocumentRecord[] = [];
  COMPOUNDS.forEach((c, ci) => {
    compoundForms(c).forEach((f, fi) =>
      docs.push(makeDoc({ id: `c${ci}f${fi}`, text: SENTENCE(f.form), dateJalali: '1401/02/10' })),
    );
    // the parts apart, in one passage: not the compound
    docs.push(
      makeDoc({
        id: `c${ci}apart`,
        text: `${c[0]} این طرح در استان بررسی شد و سپس ${c[1]} آن به کمیسیون رفت.`,
        dateJalali: '1401/02/11',
      }),
    );
  });
  SEATS.forEach((forms, si) =>
    forms.forEach((w, fi) =>
      docs.push(makeDoc({ id: `s${si}f${fi}`, text: SENTENCE(`${w} کمیته`), dateJalali: '1400/05/01' })),
    ),
  );
  // years: the word with the year (date or text), the word without it, the year without the word
  docs.push(makeDoc({ id: 'y1', text: 'پرداخت تسهیلات قرض‌الحسنه به متقاضیان.', dateJalali: '1401/03/01' }));
  docs.push(
    makeDoc({
      id: 'y2',
      pageTexts: ['پرداخت تسهیلات اشتغال روستایی.', 'گزارش عملکرد سال 1401 ارائه شد.'],
      dateJalali: '1399/03/01',
    }),
  );
  docs.push(makeDoc({ id: 'y3', text: 'پرداخت تسهیلات ازدواج به زوج‌های جوان.', dateJalali: '1398/03/01' }));
  docs.push(makeDoc({ id: 'y4', text: 'بودجه سال ۱۴۰۱ استان تصویب شد.', dateJalali: '1401/04/01' }));
  docs.push(makeDoc({ id: 'y5', text: 'گزارش بودجه بدون تاریخ تسهیلات.', dateJalali: null }));
  // a two-word name: six holders (spellings vary), eight documents with the words apart
  const NAME_FORMS = ['بانک ملی', 'بانک ملّی', 'بانك ملي', `بانک${Z}ملی`, 'بانک  ملی', 'بانک ملی'];
  NAME_FORMS.forEach((n, i) =>
    docs.push(makeDoc({ id: `n${i}`, text: `قرارداد همکاری با ${n} ایران امضا شد.`, dateJalali: '1402/01/15' })),
  );
  for (let i = 0; i < 8; i++)
    docs.push(
      makeDoc({
        id: `m${i}`,
        text: `بانک عامل وام را پرداخت کرد. همچنین درگاه ملی خدمات دولت و شرکت ملی گاز گزارش دادند ${i}.`,
        dateJalali: '1402/01/16',
      }),
    );
  // the name on page 3 of a long document whose first page has both words apart
  docs.push(
    makeDoc({
      id: 'n-long',
      pageTexts: [
        'صورتجلسه بانک عامل استان و کمیته ملی اشتغال با حضور اعضا.',
        'گزارش عملکرد دستگاه‌ها در حوزه اشتغال روستایی ارائه شد. '.repeat(20),
        'مقرر شد بانک ملی تسهیلات طرح‌ها را تا پایان سال پرداخت کند.',
      ],
      dateJalali: '1402/02/01',
    }),
  );
  return docs;
}

export function variantContract(name: string, factory: EngineFactory, opts: { skip?: boolean } = {}): void {
  const suite = opts.skip ? describe.skip : describe;
  suite(`spelling variants: ${name}`, () => {
    let engine: SearchEngine;
    let dir: string;
    const docs = variantDocs();

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), `sanad-variants-${name}-`));
      engine = await factory(dir);
      await engine.init();
      await engine.clear();
      await engine.index(docs);
    }, 120_000);

    afterAll(async () => {
      await engine?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const search = (q: string, filters = {}) => engine.search({ q, perPage: 100, filters });

    describe.each(COMPOUNDS.map((c, i) => [c.join(Z), i, c] as const))('compound «%s»', (_label, ci, c) => {
      const holders = compoundForms(c).map((_f, fi) => `c${ci}f${fi}`);
      it.each(compoundForms(c).map((f) => [f.form, f.plural] as const))(
        'the form «%s» returns every document holding a form of it, and only those',
        async (form) => {
          expect(ids(await search(form))).toEqual([...holders].sort());
          // a closed last word (no completion while typing) gives the same documents
          expect(ids(await search(`${form} `))).toEqual([...holders].sort());
        },
      );
    });

    it.each(SEATS.map((f, i) => [f.join('/'), i, f] as const))(
      'hamza seats «%s»: every spelling returns the same documents',
      async (_label, si, forms) => {
        const expected = forms.map((_w, fi) => `s${si}f${fi}`).sort();
        for (const w of forms) expect(ids(await search(w))).toEqual(expected);
      },
    );

    it('a year narrows: it matches the date or the text, never replaces the word', async () => {
      const word = ids(await search('تسهیلات'));
      for (const q of ['تسهیلات 1401', 'تسهیلات ۱۴۰۱']) {
        const withYear = ids(await search(q));
        for (const id of withYear) expect(word).toContain(id);
        expect(withYear).toEqual(['y1', 'y2']);
      }
      expect(ids(await search('بودجه ۱۴۰۱'))).toEqual(['y4']);
    });

    it('a two-word name ranks its holders first and shows the occurrence', async () => {
      const r = await search('بانک ملی');
      const holders = new Set(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n-long']);
      const top5 = r.hits.slice(0, 5).map((h) => h.id);
      expect(top5.filter((id) => holders.has(id)).length / 5).toBeGreaterThanOrEqual(0.8);
      const firstSeven = r.hits.slice(0, 7).map((h) => h.id);
      expect(new Set(firstSeven)).toEqual(holders);
      const long = r.hits.find((h) => h.id === 'n-long')!;
      expect(long.page).toBe(3);
      expect(long.snippet).toMatch(/<mark>بانک<\/mark> <mark>ملی<\/mark>/);
    });

    it('a date range says how many undated documents it left out, and can include them', async () => {
      const r = await search('تسهیلات', { from: '2020-03-20', to: '2023-03-20' });
      expect(ids(r)).toEqual(['y1', 'y2']);
      expect(r.undated).toBe(1);
      const all = await search('تسهیلات', { from: '2020-03-20', to: '2023-03-20', undated: 'include' });
      expect(ids(all)).toEqual(['y1', 'y2', 'y5']);
      expect((await search('تسهیلات')).undated).toBeUndefined();
    });
  });
}
