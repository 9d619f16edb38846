/**
 * The one source of every shape shared by ingest, server and web (DESIGN §3, §4):
 * zod schemas, with the TypeScript types inferred from them. The server validates
 * with them, the OpenAPI document is generated from them, records read back from
 * SQLite are parsed with them. Depends on zod only: safe to import from the browser.
 */
import { z } from 'zod';

// ----------------------------------------------------------------- records

export const DocumentKindSchema = z.enum(['minutes', 'news', 'other']);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const PageSourceSchema = z.enum(['text-layer', 'ocr', 'plain']);
export type PageSource = z.infer<typeof PageSourceSchema>;

/** A money amount as written, with its value in toman when it could be read. */
export const AmountSchema = z.object({ text: z.string(), toman: z.number().nullable() });
export type Amount = z.infer<typeof AmountSchema>;

export const SpeakerSchema = z.object({ name: z.string().nullable(), role: z.string().nullable() });
export type Speaker = z.infer<typeof SpeakerSchema>;

/**
 * What went wrong reading a page, as a stable code the UI maps to Persian:
 * `page_unreadable` — the page has ink (text lines) but OCR read no or almost no text from it;
 * `page_low_quality` — OCR read it with low confidence (the text may be wrong in places).
 */
export const PageWarningSchema = z.enum(['page_unreadable', 'page_low_quality']);
export type PageWarning = z.infer<typeof PageWarningSchema>;

/** A page warning with the page it is about (on the document and on its job). */
export const DocumentWarningSchema = z.object({
  code: PageWarningSchema,
  page: z.number().int().meta({ description: '1-based page number.' }),
});
export type DocumentWarning = z.infer<typeof DocumentWarningSchema>;

/** One page (or section) of a document's text. */
export const PageSchema = z.object({
  number: z.number().int().meta({ description: '1-based page number in the original.' }),
  text: z.string().meta({ description: 'Repaired display text of the page.' }),
  source: PageSourceSchema,
  quality: z
    .number()
    .meta({ description: '0..1, how far the text can be trusted (1 = plain text / clean text layer).' }),
  warning: PageWarningSchema.optional().meta({ description: 'Set when OCR could not read the page well.' }),
});
export type Page = z.infer<typeof PageSchema>;

const nullableString = z.string().nullable();

export const ResolutionSchema = z.object({
  id: z.string().meta({ description: '`${documentId}:${number}` (or `${documentId}:r${index}` when unnumbered).' }),
  number: z.number().int().nullable(),
  text: z.string(),
  responsible: z.array(z.string()),
  supervisor: z.array(z.string()),
  deadline: nullableString,
  fundingBodies: z.array(z.string()),
  amounts: z.array(AmountSchema),
  page: z.number().int().nullable().meta({ description: 'Page where it stands in the original.' }),
});
export type Resolution = z.infer<typeof ResolutionSchema>;

/**
 * Who promised what, how much, for whom, by when (DESIGN §3). Made from every
 * resolution of minutes (`source: 'resolution'`) and from every allocation, loan,
 * payment, pledge or agreement obligation stated in prose (`source: 'statement'`).
 */
export const CommitmentSchema = z.object({
  id: z.string().meta({ description: '`${documentId}:c${n}`, stable across reparses of the same text.' }),
  source: z.enum(['resolution', 'statement']),
  resolutionNumber: z.number().int().nullable(),
  text: z.string().meta({ description: 'The clause, as in the display text.' }),
  parties: z
    .array(z.string())
    .meta({ description: 'Canonical names of who is bound: responsible body, funder, signatory.' }),
  supervisor: z.array(z.string()),
  amounts: z.array(AmountSchema),
  purpose: nullableString.meta({ description: 'Short phrase: «تسهیلات اشتغال روستایی».' }),
  counties: z.array(z.string()),
  deadline: z
    .object({ text: z.string(), due: nullableString })
    .nullable()
    .meta({ description: '`due`: ISO yyyy-mm-dd when the text and the document date fix it.' }),
  page: z.number().int().nullable(),
  span: z
    .object({ start: z.number().int(), end: z.number().int() })
    .nullable()
    .meta({ description: 'Offsets into DocumentRecord.text.' }),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export const SourceInfoSchema = z.object({
  filename: z.string(),
  mime: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
});
export type SourceInfo = z.infer<typeof SourceInfoSchema>;

/** What `GET /api/documents/:id` returns. */
export const DocumentRecordSchema = z.object({
  id: z.string().meta({ description: 'Stable: the first 16 hex digits of the sha256 of the original.' }),
  kind: DocumentKindSchema,
  title: nullableString,
  meetingNumber: z.number().int().nullable(),
  date: nullableString.meta({ description: 'ISO Gregorian yyyy-mm-dd of the meeting / publication.' }),
  dateJalali: nullableString.meta({ description: "'yyyy/mm/dd', ASCII digits, zero-padded." }),
  meetingTime: nullableString,
  place: nullableString,
  organisations: z.array(z.string()).meta({ description: 'Convening body first, then its parent organisation.' }),
  province: nullableString,
  counties: z.array(z.string()),
  chair: nullableString,
  speakers: z.array(SpeakerSchema),
  peopleMentioned: z.array(z.string()),
  resolutions: z.array(ResolutionSchema),
  commitments: z
    .array(CommitmentSchema)
    .meta({ description: 'Every commitment of the document (resolutions and statements).' }),
  fundingBodies: z.array(z.string()),
  amounts: z.array(AmountSchema),
  text: z.string().meta({ description: 'Repaired display text (ZWNJ kept, Persian letters).' }),
  pages: z.array(PageSchema),
  warnings: z
    .array(DocumentWarningSchema)
    .optional()
    .meta({ description: 'Pages that could not be read (well); absent when every page read fine.' }),
  source: SourceInfoSchema,
  ingestedAt: z.string(),
  parserVersion: z
    .string()
    .meta({ description: 'Version of the structure parser that derived the fields from `pages`.' }),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

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

/** What a document list shows (no text, no pages). */
export const DocumentSummarySchema = z.object({
  id: z.string(),
  kind: DocumentKindSchema,
  title: nullableString,
  date: nullableString,
  dateJalali: nullableString,
  organisations: z.array(z.string()),
  province: nullableString,
  counties: z.array(z.string()),
  filename: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  ingestedAt: z.string(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** What `GET /api/documents` answers. */
export const DocumentListResponseSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  documents: z.array(DocumentSummarySchema),
});
export type DocumentListResponse = z.infer<typeof DocumentListResponseSchema>;

/** What `GET /api/health` answers (no document count when reads need a token). */
export const HealthSchema = z.object({
  status: z.string(),
  engine: z.enum(['sqlite', 'meilisearch']),
  documents: z.number().int().optional(),
});
export type Health = z.infer<typeof HealthSchema>;

// -------------------------------------------- stored records and migration

/**
 * Version of the stored record shape. Records are stored as JSON with a
 * `schemaVersion` next to the fields; records written before versions were
 * stored count as version 1.
 */
export const RECORD_SCHEMA_VERSION = 2;

type RawRecord = Record<string, unknown>;

/** Step `i` brings a stored record from version `i + 1` to `i + 2`. */
const RECORD_MIGRATIONS: ((r: RawRecord) => RawRecord)[] = [
  // 1 → 2: commitments (DESIGN §3) and parserVersion; '0' marks records made before parser
  // versions were recorded, so `npm run reparse` picks them up.
  (r) => ({
    ...r,
    commitments: Array.isArray(r.commitments) ? r.commitments : [],
    parserVersion: typeof r.parserVersion === 'string' ? r.parserVersion : '0',
  }),
];

/** The JSON stored for a record: its fields plus the shape version. */
export function encodeRecord(doc: DocumentRecord): string {
  return JSON.stringify({ ...doc, schemaVersion: RECORD_SCHEMA_VERSION });
}

/**
 * Bring a stored record written by any version up to the current shape and
 * check it: migrations from its `schemaVersion` on, then the schema (which
 * drops `schemaVersion` and anything else the record does not have).
 */
export function upgradeRecord(raw: unknown): DocumentRecord {
  if (typeof raw !== 'object' || raw === null) throw new TypeError('a stored record is not an object');
  let r = raw as RawRecord;
  const version = typeof r.schemaVersion === 'number' ? r.schemaVersion : 1;
  for (let v = version; v < RECORD_SCHEMA_VERSION; v++) r = RECORD_MIGRATIONS[v - 1]!(r);
  return DocumentRecordSchema.parse(r);
}

/** Document id from the sha256 hex of the original bytes. */
export function documentIdFromSha256(sha256: string): string {
  return sha256.slice(0, 16);
}

// ------------------------------------------------------------------ search

/** Facet names shared by the API, both engines and the UI. */
export const FACETS = ['kind', 'organisation', 'province', 'county', 'speaker', 'funding', 'year'] as const;
export type FacetName = (typeof FACETS)[number];

const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Filters: values OR within a facet, AND across facets. */
export const SearchFiltersSchema = z.object({
  kind: z.array(DocumentKindSchema).optional(),
  organisation: z.array(z.string()).optional(),
  province: z.array(z.string()).optional(),
  county: z.array(z.string()).optional(),
  speaker: z.array(z.string()).optional(),
  funding: z.array(z.string()).optional(),
  year: z.array(z.string()).optional().meta({ description: "Jalali year as a string, e.g. '1401'." }),
  from: ISO_DATE.optional().meta({ description: 'Inclusive ISO date yyyy-mm-dd.' }),
  to: ISO_DATE.optional().meta({ description: 'Inclusive ISO date yyyy-mm-dd.' }),
  undated: z
    .enum(['include'])
    .optional()
    .meta({ description: 'include: documents without a date also match a from/to range.' }),
});
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

export const SortOrderSchema = z.enum(['relevance', 'date_desc', 'date_asc']);
export type SortOrder = z.infer<typeof SortOrderSchema>;

export const SearchRequestSchema = z.object({
  q: z.string(),
  filters: SearchFiltersSchema.optional(),
  sort: SortOrderSchema.optional(),
  page: z.number().int().min(1).optional().meta({ description: '1-based.' }),
  perPage: z.number().int().min(1).optional(),
});
export type SearchRequest = z.infer<typeof SearchRequestSchema>;

export const SearchHitSchema = z.object({
  id: z.string(),
  kind: DocumentKindSchema,
  title: nullableString,
  date: nullableString,
  dateJalali: nullableString,
  organisations: z.array(z.string()),
  province: nullableString,
  counties: z.array(z.string()),
  snippet: z.string().meta({ description: 'HTML-escaped display text with <mark> around matched words.' }),
  page: z.number().int().nullable().meta({ description: 'Page of the passage the snippet comes from.' }),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const FacetListSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));
export type FacetList = z.infer<typeof FacetListSchema>;

export const FacetCountsSchema = z.object(
  Object.fromEntries(FACETS.map((f) => [f, FacetListSchema])) as Record<FacetName, typeof FacetListSchema>,
);
export type FacetCounts = z.infer<typeof FacetCountsSchema>;

export const SearchResponseSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  tookMs: z.number(),
  hits: z.array(SearchHitSchema),
  facets: FacetCountsSchema,
  undated: z.number().int().optional().meta({
    description: 'With a from/to range: how many undated documents match otherwise and were left out.',
  }),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

export const ResolutionFiltersSchema = z.object({
  responsible: z.array(z.string()).optional(),
  funding: z.array(z.string()).optional(),
  organisation: z.array(z.string()).optional(),
  county: z.array(z.string()).optional(),
  from: ISO_DATE.optional(),
  to: ISO_DATE.optional(),
});
export type ResolutionFilters = z.infer<typeof ResolutionFiltersSchema>;

export const ResolutionSearchRequestSchema = z.object({
  q: z.string(),
  filters: ResolutionFiltersSchema.optional(),
  page: z.number().int().min(1).optional(),
  perPage: z.number().int().min(1).optional(),
});
export type ResolutionSearchRequest = z.infer<typeof ResolutionSearchRequestSchema>;

export const ResolutionHitSchema = ResolutionSchema.extend({
  documentId: z.string(),
  documentTitle: nullableString,
  date: nullableString,
  dateJalali: nullableString,
  organisations: z.array(z.string()),
  counties: z.array(z.string()),
  snippet: z.string(),
});
export type ResolutionHit = z.infer<typeof ResolutionHitSchema>;

export const ResolutionSearchResponseSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  tookMs: z.number(),
  hits: z.array(ResolutionHitSchema),
  facets: z.object({ responsible: FacetListSchema, funding: FacetListSchema }),
});
export type ResolutionSearchResponse = z.infer<typeof ResolutionSearchResponseSchema>;

// -------------------------------------------------------------------- jobs

export const JobStatusSchema = z.enum(['queued', 'running', 'done', 'failed']);
/** The state of an ingest job. */
export type JobStatus = z.infer<typeof JobStatusSchema>;

export const JobProgressSchema = z.object({
  stage: z.string().optional(),
  page: z.number().int().optional(),
  pages: z.number().int().optional(),
  fraction: z.number().min(0).max(1).optional().meta({ description: '0..1' }),
});
export type JobProgress = z.infer<typeof JobProgressSchema>;

/** What `GET /api/jobs/:id` answers (DESIGN §4). */
export const JobViewSchema = z.object({
  id: z.string(),
  status: JobStatusSchema,
  file: z.string().meta({ description: 'The uploaded file name (display only).' }),
  documentId: z
    .string()
    .optional()
    .meta({ description: 'When done: the document (an existing one for a duplicate upload).' }),
  error: z
    .string()
    .optional()
    .meta({ description: 'When failed: why, in words a user understands. The original is kept.' }),
  errorCode: z.string().nullable().optional().meta({ description: 'When failed: stable, machine-readable.' }),
  warnings: z
    .array(DocumentWarningSchema)
    .optional()
    .meta({ description: "When done: the document's page warnings (pages with ink OCR could not read)." }),
  progress: JobProgressSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JobView = z.infer<typeof JobViewSchema>;

/** What `GET /api/jobs` answers, newest first. */
export const JobListResponseSchema = z.object({ jobs: z.array(JobViewSchema) });
export type JobListResponse = z.infer<typeof JobListResponseSchema>;

/** What `POST /api/documents` answers: one queued job per file. */
export const UploadResponseSchema = z.object({
  jobs: z.array(z.object({ id: z.string(), file: z.string(), status: JobStatusSchema })),
});
export type UploadResponse = z.infer<typeof UploadResponseSchema>;

// ------------------------------------------------------------------ errors

/** Every error the API answers: `{error:{code,message}}`. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string().meta({ description: 'Stable, machine-readable.' }),
    message: z.string().meta({ description: 'For a person.' }),
    details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;

// ------------------------------------------------------------------ backup

export const BACKUP_FORMAT = 'sanad-backup';
/** Version of the backup layout; restores accept this and older. */
export const BACKUP_VERSION = 1;

const SHA256_HEX = z.string().regex(/^[0-9a-f]{64}$/);
const COUNT = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** The first entry of every backup, which says what the file is. */
export const BackupMarkerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1).max(BACKUP_VERSION),
  createdAt: z.string().optional(),
});

/** One entry of the manifest. */
export const ManifestEntrySchema = z.object({ path: z.string(), bytes: COUNT, sha256: SHA256_HEX });
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

/** The manifest stored as the last entry of every backup. */
export const BackupManifestSchema = BackupMarkerSchema.extend({
  createdAt: z.string(),
  schemaVersion: z.number().int().meta({ description: 'SQLite `PRAGMA user_version` of the store.' }),
  counts: z.object({ documents: COUNT, files: COUNT, bytes: COUNT }),
  tables: z.record(z.string(), COUNT).meta({ description: 'Row count of every table in the snapshot.' }),
  database: ManifestEntrySchema,
  files: z.array(ManifestEntrySchema),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;
