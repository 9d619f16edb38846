import type { DocumentRecord, Resolution } from './schema.ts';

/** A record with every structured field empty, for tests and benchmarks that build records by hand. */
export function blankRecord(id: string, pageTexts: string[], overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  const text = pageTexts.join('\n\n');
  return {
    id,
    kind: 'other',
    title: null,
    meetingNumber: null,
    date: null,
    dateJalali: null,
    meetingTime: null,
    place: null,
    organisations: [],
    province: null,
    counties: [],
    chair: null,
    speakers: [],
    peopleMentioned: [],
    resolutions: [],
    commitments: [],
    fundingBodies: [],
    amounts: [],
    text,
    pages: pageTexts.map((t, i) => ({ number: i + 1, text: t, source: 'plain' as const, quality: 1 })),
    source: { filename: `${id}.txt`, mime: 'text/plain', sha256: id.padEnd(64, '0'), bytes: Buffer.byteLength(text) },
    ingestedAt: '2026-01-01T00:00:00.000Z',
    parserVersion: 'test',
    ...overrides,
  };
}

/** A resolution with every field but its text empty, for records built by hand. */
export function blankResolution(
  docId: string,
  n: number,
  text: string,
  overrides: Partial<Resolution> = {},
): Resolution {
  return {
    id: `${docId}:${n}`,
    number: n,
    text,
    responsible: [],
    supervisor: [],
    deadline: null,
    fundingBodies: [],
    amounts: [],
    page: 1,
    ...overrides,
  };
}
