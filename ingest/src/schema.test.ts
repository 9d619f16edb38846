import { describe, expect, it } from 'vitest';
import {
  DocumentRecordSchema,
  encodeRecord,
  RECORD_SCHEMA_VERSION,
  upgradeRecord,
  type DocumentRecord,
} from './schema.ts';

const record: DocumentRecord = {
  id: '0123456789abcdef',
  kind: 'minutes',
  title: 'صورتجلسه',
  meetingNumber: 3,
  date: '2022-03-21',
  dateJalali: '1401/01/01',
  meetingTime: null,
  place: null,
  organisations: ['شورای برنامه‌ریزی'],
  province: null,
  counties: [],
  chair: null,
  speakers: [{ name: 'الف', role: null }],
  peopleMentioned: [],
  resolutions: [],
  commitments: [],
  fundingBodies: [],
  amounts: [{ text: '۱۰ میلیارد ریال', toman: 1_000_000_000 }],
  text: 'متن',
  pages: [{ number: 1, text: 'متن', source: 'plain', quality: 1 }],
  source: { filename: 'a.txt', mime: 'text/plain', sha256: 'a'.repeat(64), bytes: 6 },
  ingestedAt: '2026-01-01T00:00:00.000Z',
  parserVersion: '5',
};

describe('stored records', () => {
  it('round-trip through the stored JSON, which carries the shape version', () => {
    const stored = JSON.parse(encodeRecord(record)) as Record<string, unknown>;
    expect(stored.schemaVersion).toBe(RECORD_SCHEMA_VERSION);
    expect(upgradeRecord(stored)).toEqual(record);
  });

  it('bring a version-1 record (no commitments, no parser version) up to date', () => {
    const { commitments: _c, parserVersion: _p, ...v1 } = record;
    const up = upgradeRecord(JSON.parse(JSON.stringify(v1)));
    expect(up.commitments).toEqual([]);
    expect(up.parserVersion).toBe('0');
    expect(DocumentRecordSchema.safeParse(up).success).toBe(true);
  });

  it('refuse a stored record of the wrong shape instead of passing it on', () => {
    expect(() => upgradeRecord({ ...record, kind: 'poem' })).toThrow();
    expect(() => upgradeRecord({ ...record, pages: [{ number: 1 }] })).toThrow();
    expect(() => upgradeRecord(null)).toThrow();
  });
});
