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
  fundingBodies: string[];
  amounts: Amount[];
  /** Repaired display text (ZWNJ kept, Persian letters). */
  text: string;
  pages: Page[];
  source: SourceInfo;
  ingestedAt: string;
}

/**
 * What the structure parser produces from text (everything in the record that
 * depends only on the text, not on the file).
 */
export type ParsedDocument = Omit<DocumentRecord, 'id' | 'text' | 'pages' | 'source' | 'ingestedAt' | 'resolutions'> & {
  resolutions: Omit<Resolution, 'id'>[];
};

/** Document id from the sha256 hex of the original bytes. */
export function documentIdFromSha256(sha256: string): string {
  return sha256.slice(0, 16);
}
