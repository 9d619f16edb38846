import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@sanad/ingest/config.ts';
import { openArchive, type Archive } from '@sanad/ingest/archive.ts';
import { parseDocument } from '@sanad/ingest/parse';
import type { DocumentRecord } from '@sanad/ingest/schema.ts';
import { blankRecord } from '../helpers/records.ts';
import { tempDir } from '../helpers/server.ts';

/**
 * Canonical facet values on a real archive (SQLite store + FTS5 index on disk): the forms one body
 * is written in across documents are one organisation facet value, one person with and without
 * a role is one speaker, while each record keeps the form its text wrote.
 */

const doc = (id: string, organisations: string[], province: string | null, extra: Partial<DocumentRecord> = {}) =>
  blankRecord(id, [`متن سند ${id}`], { organisations, province, ...extra });

describe('canonical facet values', () => {
  const dataDir = tempDir();
  let archive: Archive;
  const docs = [
    doc('f000000000000001', ['استانداری', 'اداره کل امور اجتماعی و فرهنگی'], 'البرز'),
    doc('f000000000000002', ['استانداری البرز', 'دفتر اموراجتماعی و فرهنگی'], 'البرز'),
    doc('f000000000000003', ['استانداری زنجان', 'فرمانداری شهرستان صحنه', 'کار گروه تخصصی امور اقتصادی'], 'زنجان'),
    doc('f000000000000004', ['فرمانداری صحنه', 'کارگروه تخصصی امور اقتصادی', 'شبکه بهداشت و درمان شهرستان'], null),
    doc('f000000000000005', ['شبکه بهداشت و درمان', 'ستاد اجرایی فرمان حضرت امام (ره)', 'هیات وزیران'], null),
    doc('f000000000000006', ['ستاد اجرایی فرمان امام', 'هیئت وزیران', 'بنیاد مسکن شهرستان'], null),
    doc('f000000000000007', ['بنیاد مسکن انقلاب اسلامی استان', 'اداره کل بهزیستی استان', 'بهزیستی'], 'فارس'),
  ];

  beforeAll(async () => {
    archive = await openArchive(loadConfig({ DATA_DIR: dataDir, OCR_WORKERS: '1', SANAD_DEMO: '0' }));
    for (const d of docs) archive.store.putDocument(d);
    await archive.engine.index(docs);
  });

  afterAll(async () => {
    await archive?.close();
  });

  const organisationFacet = async () => {
    const res = await archive.engine.search({ q: '', perPage: 1 });
    return Object.fromEntries(res.facets.organisation.map((x) => [x.value, x.count]));
  };

  it('folds the written forms of one body into one value', async () => {
    const f = await organisationFacet();
    // A bare «استانداری» of a document from البرز is «استانداری البرز»; زنجان's stays its own.
    expect(f['استانداری البرز']).toBe(2);
    expect(f['استانداری']).toBeUndefined();
    expect(f['استانداری زنجان']).toBe(1);
    // An office by its field, whatever its head word or spacing.
    expect(f['امور اجتماعی و فرهنگی']).toBe(2);
    // «فرمانداری شهرستان X» is «فرمانداری X»; «کار گروه» is «کارگروه»; «هیات» is «هیئت».
    expect(f['فرمانداری صحنه']).toBe(2);
    expect(f['کارگروه تخصصی امور اقتصادی']).toBe(2);
    expect(f['هیئت وزیران']).toBe(2);
    // A trailing bare «شهرستان» or «استان» and honorifics are no part of the value.
    expect(f['شبکه بهداشت و درمان']).toBe(2);
    expect(f['ستاد اجرایی فرمان امام']).toBe(2);
    expect(f['بنیاد مسکن انقلاب اسلامی']).toBe(2);
    expect(f['بهزیستی']).toBe(1);
  });

  it('filters by the canonical value and keeps the written form in the record', async () => {
    const res = await archive.engine.search({ q: '', filters: { organisation: ['استانداری البرز'] } });
    expect(res.hits.map((h) => h.id).sort()).toEqual(['f000000000000001', 'f000000000000002']);
    expect(res.hits.find((h) => h.id === 'f000000000000001')?.organisations).toContain('استانداری');
    expect(archive.store.getDocument('f000000000000002')?.organisations).toContain('دفتر اموراجتماعی و فرهنگی');
  });

  it('one person with and without a role is one speaker', async () => {
    const parsed = parseDocument(
      [
        'صورتجلسه کارگروه اشتغال شهرستان فسا',
        'جلسه به ریاست آقای کشاورزیان فرماندار شهرستان فسا برگزار شد.',
        'آقای کشاورزیان گفت: پرونده‌ها باید بررسی شود.',
      ].join('\n'),
    );
    const d = blankRecord('f000000000000008', ['سند سخنران'], { speakers: parsed.speakers, chair: parsed.chair });
    archive.store.putDocument(d);
    await archive.engine.index([d]);
    const res = await archive.engine.search({ q: '', filters: { speaker: ['کشاورزیان'] } });
    expect(res.total).toBe(1);
    expect(res.facets.speaker.filter((s) => s.value.includes('کشاورزیان')).map((s) => s.value)).toEqual(['کشاورزیان']);
  });
});
