import { z } from 'zod';
import { SanadError } from '@sanad/ingest/errors.ts';
import { DocumentKindSchema, JobStatusSchema, SortOrderSchema } from '@sanad/ingest/schema.ts';
import { CommitmentSortSchema, CommitmentSummaryBySchema } from '@sanad/ingest/search/commitments.ts';
import { MAX_QUERY_CHARS } from '@sanad/ingest/search/query-parser.ts';
import { readDateBound } from '@sanad/ingest/text/index.ts';

/** A query value that may be repeated (`?county=a&county=b`) or comma-free single. */
const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map((s) => cleanQuery(s).trim()).filter(Boolean),
  )
  .pipe(z.array(z.string().max(200, 'a filter value is at most 200 characters')).max(50).optional());

/**
 * `from`/`to`: Jalali (1401/01/01, ۱۴۰۱/۰۱/۰۱), a Jalali year (1401) or year and month (1401/07)
 * — its first day for `from`, its last for `to` — or ISO (2022-03-21) → ISO.
 */
export const dateBoundParam = (end: 'start' | 'end') =>
  z
    .string()
    .max(40)
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return undefined;
      const b = readDateBound(v, end);
      if (b) return b.iso;
      ctx.addIssue({ code: 'custom', message: 'not a valid date (use 1401, 1401/07, 1401/07/01 or 2022-03-21)' });
      return z.NEVER;
    });
export const dateParam = dateBoundParam('start');

const page = z.coerce.number().int().min(1).max(10_000).default(1).meta({ description: 'Page, 1-based.' });
const perPage = z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'Hits per page.' });
const format = z.enum(['json', 'csv']).default('json').meta({
  description:
    'csv: a UTF-8 (BOM) spreadsheet export of up to 10 000 rows with Persian headers and Jalali dates; page/perPage are ignored.',
});
const q = z
  .string()
  .max(5000, 'the query is at most 5000 characters')
  .default('')
  .meta({ description: 'Words to find (Persian spelling variants fold together).' });
const DATE_HELP =
  'Jalali (1401/01/01, Persian digits allowed), a Jalali year (1401) or year and month (1401/07), or ISO (2022-03-21); inclusive.';
const from = dateBoundParam('start').meta({ description: `${DATE_HELP} A year or month starts on its first day.` });
const to = dateBoundParam('end').meta({ description: `${DATE_HELP} A year or month ends on its last day.` });
const undated = z
  .enum(['include'])
  .optional()
  .meta({ description: 'include: documents without a date also match a from/to range.' });
const filter = (what: string) =>
  many.meta({
    description: `${what}. Repeat for several values (OR within, AND across); at most 200 characters each.`,
  });
const KIND = DocumentKindSchema;

export const searchQuerySchema = z.object({
  q,
  kind: z
    .union([KIND, z.array(KIND)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]))
    .meta({ description: 'Document kind. Repeat for several.' }),
  organisation: filter('Convening or parent organisation (canonical name)'),
  province: filter('Province (canonical Persian name)'),
  county: filter('County (canonical Persian name)'),
  speaker: filter('Speaker name'),
  funding: filter('Bank, fund or foundation'),
  year: many
    .pipe(z.array(z.string().regex(/^\d{4}$/, 'a year is four digits')).optional())
    .meta({ description: 'Jalali year (four digits). Repeat for several.' }),
  from,
  to,
  undated,
  sort: SortOrderSchema.default('relevance').meta({ description: 'Order.' }),
  page,
  perPage,
  format,
});

export const resolutionQuerySchema = z.object({
  q,
  responsible: filter('Body responsible for carrying it out'),
  funding: filter('Bank, fund or foundation'),
  organisation: filter('Organisation of the meeting'),
  county: filter('County'),
  from,
  to,
  page,
  perPage,
  format,
});

/** `GET /api/commitments` (the ledger). */
export const commitmentQuerySchema = z.object({
  q,
  party: filter('Who is bound: a bank, fund, foundation or public body (canonical name)'),
  county: filter('County of the commitment (or of its document when it names none)'),
  province: filter('Province of the document'),
  organisation: filter('Organisation of the document'),
  year: searchQuerySchema.shape.year,
  from,
  to,
  due: z.enum(['passed', 'upcoming']).optional().meta({
    description:
      "passed: the due date is before today (Iran's date); upcoming: today or later. Commitments without a due date match neither.",
  }),
  sort: CommitmentSortSchema.default('relevance').meta({
    description: 'Order (relevance without words: newest document first).',
  }),
  page,
  perPage,
  format,
});

/** `GET /api/commitments/summary`: the ledger's filters and a grouping. */
export const commitmentSummarySchema = commitmentQuerySchema
  .omit({ sort: true, page: true, perPage: true, format: true })
  .extend({ by: CommitmentSummaryBySchema.meta({ description: 'Grouping (required).' }) });

export const analyzeQuerySchema = z.object({
  text: z
    .string()
    .max(5000, 'the text is at most 5000 characters')
    .default('')
    .meta({ description: 'Text to analyse.' }),
});

/** Parse request input or throw a 400 that says what was wrong. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) {
    const details = r.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    throw new SanadError(
      'bad_request',
      `Invalid request: ${details.map((d) => `${d.field || 'input'}: ${d.message}`).join('; ')}`,
      { details },
    );
  }
  return r.data;
}

/** Strip characters no query needs and that only cause trouble (NUL and other C0 controls). */
export function cleanQuery(q: string): string {
  return q.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}

/**
 * The API accepts queries of up to 5 000 characters (a pasted paragraph); the
 * engines read only the first terms of a query and refuse more than
 * `MAX_QUERY_CHARS`. Cut at the last word boundary before that limit.
 */
export function engineQuery(q: string): string {
  const clean = cleanQuery(q);
  if (clean.length <= MAX_QUERY_CHARS) return clean;
  const cut = clean.slice(0, MAX_QUERY_CHARS);
  const space = cut.search(/\s\S*$/);
  return space > 0 ? cut.slice(0, space) : cut;
}

/** Document ids: the first 16 hex digits of the original's sha256. */
export const ID_PATTERN = /^[0-9a-f]{16}$/;

/** Job ids are random UUIDs. */
export const JOB_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const documentListSchema = z.object({
  page,
  perPage,
  sort: z.enum(['ingested_desc', 'date_desc', 'date_asc']).default('ingested_desc').meta({ description: 'Order.' }),
});

export const jobListSchema = z.object({
  status: JobStatusSchema.optional().meta({ description: 'Only jobs in this state.' }),
  limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: 'How many, newest first.' }),
});

/**
 * Bracket keys (`county[]=`, `county[0]=`) are how some clients send arrays;
 * this API takes repeated keys. Say so instead of silently ignoring the filter.
 */
export function rejectBracketKeys(query: Record<string, unknown>): void {
  const bad = Object.keys(query).filter((k) => k.includes('[') || k.includes(']'));
  if (bad.length > 0) {
    const shown = bad.slice(0, 3).map((k) => k.slice(0, 40));
    throw new SanadError(
      'bad_request',
      `Invalid request: ${shown.join(', ')}: repeat a parameter to give several values (county=a&county=b), without brackets`,
      {
        details: shown.map((field) => ({ field, message: 'brackets are not supported; repeat the parameter instead' })),
      },
    );
  }
}
