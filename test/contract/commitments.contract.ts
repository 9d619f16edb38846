/**
 * The commitments part of the SearchEngine contract (the ledger): both engines answer the same
 * hits, facets, totals and summaries for the same requests. Called from the engine runners
 * (`sqlite.contract.test.ts`, `meilisearch.contract.test.ts`) with the same factory as the
 * search contract.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentSearchRequest, CommitmentSearchResponse } from '../../ingest/src/search/commitments.ts';
import { QueryError, type SearchEngine } from '../../ingest/src/search/search-engine.ts';
import { LEDGER_TODAY, ledgerDocs } from '../helpers/ledger.ts';
import type { EngineFactory } from './search-engine.contract.ts';

const ids = (r: CommitmentSearchResponse) => r.hits.map((h) => h.id);
const counts = (l: { value: string; count: number }[]) => Object.fromEntries(l.map((x) => [x.value, x.count]));

const L1 = '1e00000000000001';
const L2 = '1e00000000000002';
const L3 = '1e00000000000003';

export function commitmentsContract(name: string, factory: EngineFactory, opts: { skip?: boolean } = {}): void {
  const suite = opts.skip ? describe.skip : describe;
  suite(`SearchEngine contract (commitments): ${name}`, () => {
    let engine: SearchEngine;
    let dir: string;
    const search = (q: string, rest: Omit<CommitmentSearchRequest, 'q'> = {}) =>
      engine.searchCommitments({ q, perPage: 50, ...rest });

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), `sanad-contract-cm-${name}-`));
      engine = await factory(dir);
      await engine.init();
      await engine.clear();
      await engine.index(ledgerDocs());
    }, 120_000);

    afterAll(async () => {
      await engine?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('lists every commitment, newest document first, with its document fields and totals over all', async () => {
      const r = await search('');
      expect(r.total).toBe(7);
      expect(ids(r)).toEqual([`${L3}:c1`, `${L3}:c2`, `${L2}:c1`, `${L2}:c2`, `${L1}:c1`, `${L1}:c2`, `${L1}:c3`]);
      expect(r.totals).toEqual({ toman: 95_000_000_000, withAmount: 5 });
      const h = r.hits.find((x) => x.id === `${L1}:c1`)!;
      expect(h).toMatchObject({
        documentId: L1,
        documentTitle: 'صورتجلسه کارگروه اشتغال شهرستان جیرفت',
        kind: 'minutes',
        date: '2022-09-08',
        dateJalali: '1401/06/17',
        organisations: ['کارگروه اشتغال شهرستان جیرفت'],
        parties: ['بانک ملی'],
        supervisor: ['فرمانداری جیرفت'],
        deadline: { text: 'ظرف یک ماه', due: '2022-10-09' },
        page: 1,
      });
      const doc = ledgerDocs()[0]!;
      expect(doc.text.slice(h.span!.start, h.span!.end)).toBe(h.text);
    });

    it('totals cover every match, not the page', async () => {
      const r = await search('', { perPage: 2 });
      expect(r.hits).toHaveLength(2);
      expect(r.total).toBe(7);
      expect(r.totals).toEqual({ toman: 95_000_000_000, withAmount: 5 });
    });

    it('filters by party (OR within) and counts facets disjunctively', async () => {
      const r = await search('', { filters: { party: ['بنیاد برکت'] } });
      expect(ids(r).sort()).toEqual([`${L1}:c2`, `${L2}:c2`]);
      expect(r.totals).toEqual({ toman: 17_000_000_000, withAmount: 2 });
      // the party facet ignores its own selection: it shows what choosing another party adds
      expect(counts(r.facets.party)).toEqual({
        'بانک ملی': 2,
        'بنیاد برکت': 2,
        'بانک توسعه تعاون': 1,
        'صندوق کارآفرینی امید': 1,
        'جهاد کشاورزی': 1,
        'شهرداری رشت': 1,
      });
      // other facets follow the selection
      expect(counts(r.facets.county)).toEqual({ عنبرآباد: 1, کهنوج: 1 });
      expect(counts(r.facets.year)).toEqual({ '1401': 1, '1402': 1 });
      expect(r.facets.year.map((y) => y.value)).toEqual(['1402', '1401']);
      const two = await search('', { filters: { party: ['بنیاد برکت', 'بانک ملی'] } });
      expect(two.total).toBe(4);
    });

    it('facets follow the query', async () => {
      const r = await search('تسهیلات');
      expect(ids(r).sort()).toEqual([`${L1}:c1`, `${L2}:c1`]);
      expect(counts(r.facets.party)).toEqual({ 'بانک ملی': 1, 'بانک توسعه تعاون': 1 });
      expect(counts(r.facets.organisation)).toEqual({ 'کارگروه اشتغال شهرستان جیرفت': 1, 'استانداری کرمان': 1 });
      expect(r.totals).toEqual({ toman: 48_000_000_000, withAmount: 2 });
      expect(r.hits[0]!.snippet).toContain('<mark>تسهیلات</mark>');
    });

    it('finds a party by a variant spelling and excludes with -word', async () => {
      // Arabic yeh and kaf: the search key folds them
      expect(ids(await search('بنياد بركت')).sort()).toEqual([`${L1}:c2`, `${L2}:c2`]);
      expect(ids(await search('تسهیلات -روستایی'))).toEqual([`${L2}:c1`]);
    });

    it('uses the commitment’s counties, or its document’s when it names none', async () => {
      expect(ids(await search('', { filters: { county: ['جیرفت'] } })).sort()).toEqual([`${L1}:c1`, `${L1}:c3`]);
      expect(ids(await search('', { filters: { county: ['رشت'] } })).sort()).toEqual([`${L3}:c1`, `${L3}:c2`]);
    });

    it('filters by province, organisation, year and date range (AND across)', async () => {
      expect((await search('', { filters: { province: ['گیلان'] } })).total).toBe(2);
      expect((await search('', { filters: { province: ['کرمان'], year: ['1402'] } })).total).toBe(2);
      expect((await search('', { filters: { organisation: ['استانداری کرمان'] } })).total).toBe(2);
      const r = await search('', { filters: { from: '2023-01-01', to: '2023-12-31' } });
      expect(ids(r)).toEqual([`${L2}:c1`, `${L2}:c2`]);
    });

    it('filters by due date against today', async () => {
      const passed = await search('', { filters: { due: 'passed' }, today: LEDGER_TODAY });
      expect(ids(passed).sort()).toEqual([`${L1}:c1`, `${L1}:c2`]);
      const upcoming = await search('', { filters: { due: 'upcoming' }, today: LEDGER_TODAY });
      expect(ids(upcoming).sort()).toEqual([`${L3}:c1`, `${L3}:c2`]);
      expect((await search('', { filters: { due: 'passed' }, today: '2022-10-10' })).total).toBe(1);
      await expect(search('', { filters: { due: 'passed' } })).rejects.toBeInstanceOf(QueryError);
    });

    it('sorts by amount, due date and date', async () => {
      expect(ids(await search('', { sort: 'amount_desc' }))).toEqual([
        `${L2}:c1`,
        `${L3}:c1`,
        `${L2}:c2`,
        `${L1}:c2`,
        `${L1}:c1`,
        `${L3}:c2`,
        `${L1}:c3`,
      ]);
      expect(ids(await search('', { sort: 'due_asc' }))).toEqual([
        `${L1}:c1`,
        `${L1}:c2`,
        `${L3}:c2`,
        `${L3}:c1`,
        `${L2}:c1`,
        `${L2}:c2`,
        `${L1}:c3`,
      ]);
      expect(ids(await search('', { sort: 'date_asc' }))).toEqual([
        `${L1}:c1`,
        `${L1}:c2`,
        `${L1}:c3`,
        `${L2}:c1`,
        `${L2}:c2`,
        `${L3}:c1`,
        `${L3}:c2`,
      ]);
      await expect(search('', { sort: 'cheapest' as never })).rejects.toBeInstanceOf(QueryError);
    });

    it('pages without overlap', async () => {
      const a = await search('', { perPage: 3, page: 1 });
      const b = await search('', { perPage: 3, page: 3 });
      expect(ids(a)).toHaveLength(3);
      expect(ids(b)).toEqual([`${L1}:c3`]);
    });

    it('summarises by party, year and county with toman sums', async () => {
      expect(await engine.summarizeCommitments({ q: '', by: 'party' })).toEqual([
        { key: 'بانک توسعه تعاون', count: 1, toman: 46_000_000_000 },
        { key: 'بانک ملی', count: 2, toman: 32_000_000_000 },
        { key: 'صندوق کارآفرینی امید', count: 1, toman: 30_000_000_000 },
        { key: 'بنیاد برکت', count: 2, toman: 17_000_000_000 },
        { key: 'جهاد کشاورزی', count: 1, toman: 0 },
        { key: 'شهرداری رشت', count: 1, toman: 0 },
      ]);
      expect(await engine.summarizeCommitments({ q: '', by: 'year' })).toEqual([
        { key: '1403', count: 2, toman: 30_000_000_000 },
        { key: '1402', count: 2, toman: 58_000_000_000 },
        { key: '1401', count: 3, toman: 7_000_000_000 },
      ]);
      const county = await engine.summarizeCommitments({
        q: '',
        by: 'county',
        filters: { party: ['بنیاد برکت'] },
      });
      expect(county).toEqual([
        { key: 'کهنوج', count: 1, toman: 12_000_000_000 },
        { key: 'عنبرآباد', count: 1, toman: 5_000_000_000 },
      ]);
      await expect(engine.summarizeCommitments({ q: '', by: 'kind' as never })).rejects.toBeInstanceOf(QueryError);
    });

    it('re-indexing replaces a document’s commitments; remove deletes them', async () => {
      const docs = ledgerDocs();
      const l2 = docs[1]!;
      await engine.index([{ ...l2, commitments: l2.commitments.slice(0, 1) }]);
      expect((await search('', { filters: { party: ['بنیاد برکت'] } })).total).toBe(1);
      await engine.remove([L2]);
      const r = await search('');
      expect(r.total).toBe(5);
      expect(r.totals).toEqual({ toman: 37_000_000_000, withAmount: 3 });
      await engine.index([l2]);
      expect((await search('')).total).toBe(7);
      expect(await engine.count()).toBe(4);
    });
  });
}
