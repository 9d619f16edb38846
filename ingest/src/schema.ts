/**
 * The record shapes shared by ingest, server and web (DESIGN §3).
 * Pure types: safe to import from the browser.
 */

export type DocumentKind = 'minutes' | 'news' | 'other';
export type PageSource = 'text-layer' | 'ocr' | 'plain';

/** A money amount as written, with its value in toman when it could be read. */
export interface Amount {
  text: string;
  toman: number | null;
}

export interface Speaker {
  name: string | null;
  role: string | null;
}

/** One page (or section) of a document's text. */
export interface Page {
  /** 1-based page number in the original. */
  number: number;
  /** Repaired display text of the page. */
  text: string;
  source: PageSource;
  /** 0..1, how far the text can be trusted (1 = plain text / clean text layer). */
  quality: number;
}

export interface Resolution {
  /** `${documentId}:${number}` (or `${documentId}:r${index}` when unnumbered). */
  id: string;
  number: number | null;
  text: string;
  responsible: string[];
  supervisor: string[];
  deadline: string | null;
  fundingBodies: string[];
  amounts: Amount[];
  /** Page where it stands in the original. */
  page: number | null;
}

/**
 * Who promised what, how much, for whom, by when (DESIGN §3). Made from every
 * resolution of minutes (`source: 'resolution'`) and from every allocation, loan,
 * payment, pledge or agreement obligation stated in prose (`source: 'statement'`).
 */
export interface Commitment {
  /** `${documentId}:c${n}`, stable across reparses of the same text. */
  id: string;
  source: 'resolution' | 'statement';
  resolutionNumber: number | null;
  /** The clause, as in the display text. */
  text: string;
  /** Canonical names of who is bound: responsible body, funder, signatory. */
  parties: string[];
  supervisor: string[];
  amounts: Amount[];
  /** Short phrase: «تسهیلات اشتغال روستایی». */
  purpose: string | null;
  counties: string[];
  /** `due`: ISO yyyy-mm-dd when the text and the document date fix it. */
  deadline: { text: string; due: string | null } | null;
  page: number | null;
  /** Offsets into DocumentRecord.text. */
  span: { start: number; end: number } | null;
}

export interface SourceInfo {
  filename: string;
  mime: string;
  sha256: string;
  bytes: number;
}

/** What `GET /api/documents/:id` returns. */
export interface DocumentRecord {
  /** Stable: derived from the sha256 of the original bytes. */
  id: string;
  kind: DocumentKind;
  title: string | null;
  meetingNumber: number | null;
  /** ISO Gregorian yyyy-mm-dd of the meeting / publication. */
  date: string | null;
  /** 'yyyy/mm/dd', ASCII digits, zero-padded. */
  dateJalali: string | null;
  meetingTime: string | null;
  place: string | null;
  /** Convening body first, then its parent organisation. */
  organisations: string[];
  province: string | null;
  counties: string[];
  chair: string | null;
  speakers: Speaker[];
  peopleMentioned: string[];
  resolutions: Resolution[];
  /** Every commitment of the document (resolutions and statements). */
  commitments: Commitment[];
  fundingBodies: string[];
  amounts: Amount[];
  /** Repaired display text (ZWNJ kept, Persian letters). */
  text: string;
  pages: Page[];
  source: SourceInfo;
  ingestedAt: string;
  /** Version of the structure parser that derived the fields from `pages`. */
  parserVersion: string;
}

/**
 * What the structure parser produces from text (everything in the record that
 * depends only on the text, not on the file).
 */
export type ParsedDocument = Omit<
  DocumentRecord,
  'id' | 'text' | 'pages' | 'source' | 'ingestedAt' | 'resolutions' | 'commitments'
> & {
  resolutions: Omit<Resolution, 'id'>[];
  commitments: Omit<Commitment, 'id'>[];
};

/**
 * Bring a stored record written by an older version up to the current shape
 * (fields added later get their empty value; `parserVersion` '0' marks records
 * made before parser versions were recorded, so `npm run reparse` picks them up).
 */
export function upgradeRecord(raw: unknown): DocumentRecord {
  const doc = raw as DocumentRecord;
  return {
    ...doc,
    commitments: Array.isArray(doc.commitments) ? doc.commitments : [],
    parserVersion: typeof doc.parserVersion === 'string' ? doc.parserVersion : '0',
  };
}

/** Document id from the sha256 hex of the original bytes. */
export function documentIdFromSha256(sha256: string): string {
  return sha256.slice(0, 16);
}
