/**
 * The OpenAPI 3.1 description of `/api`, generated from the zod schemas: the
 * record and response shapes of `@sanad/ingest/schema` and the query schemas
 * of ./validation.ts (zod 4 `z.toJSONSchema`). Only the routes themselves
 * (paths, summaries, statuses) are written here.
 * `test/unit/openapi.test.ts` keeps it in step with the router.
 */
import { z } from 'zod';
import {
  ApiErrorSchema,
  DocumentListResponseSchema,
  DocumentRecordSchema,
  DocumentSummarySchema,
  HealthSchema,
  JobListResponseSchema,
  JobViewSchema,
  ResolutionHitSchema,
  ResolutionSchema,
  ResolutionSearchResponseSchema,
  SearchHitSchema,
  SearchResponseSchema,
  UploadResponseSchema,
  AmountSchema,
  CommitmentSchema,
  PageSchema,
  SourceInfoSchema,
  SpeakerSchema,
} from '@sanad/ingest/schema.ts';
import {
  CommitmentHitSchema,
  CommitmentSearchResponseSchema,
  CommitmentSummaryRowSchema,
} from '@sanad/ingest/search/commitments.ts';
import {
  analyzeQuerySchema,
  commitmentQuerySchema,
  commitmentSummarySchema,
  documentListSchema,
  jobListSchema,
  resolutionQuerySchema,
  searchQuerySchema,
} from './validation.ts';

type Json = Record<string, unknown>;

const COMPONENT = '#/components/schemas/';

/** Named shapes: each becomes a component, and a `$ref` wherever another shape holds it. */
const COMPONENTS = {
  Error: ApiErrorSchema,
  Amount: AmountSchema,
  Speaker: SpeakerSchema,
  Page: PageSchema,
  SourceInfo: SourceInfoSchema,
  Resolution: ResolutionSchema,
  Commitment: CommitmentSchema,
  DocumentRecord: DocumentRecordSchema,
  DocumentSummary: DocumentSummarySchema,
  DocumentList: DocumentListResponseSchema,
  SearchHit: SearchHitSchema,
  SearchResponse: SearchResponseSchema,
  ResolutionHit: ResolutionHitSchema,
  ResolutionSearchResponse: ResolutionSearchResponseSchema,
  CommitmentHit: CommitmentHitSchema,
  CommitmentSearchResponse: CommitmentSearchResponseSchema,
  CommitmentSummaryRow: CommitmentSummaryRowSchema,
  Job: JobViewSchema,
  JobList: JobListResponseSchema,
  UploadResponse: UploadResponseSchema,
  Health: HealthSchema,
} satisfies Record<string, z.ZodType>;

function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `${COMPONENT}${id}` }) as {
    schemas: Record<string, Json>;
  };
  // Each component is a schema inside the OpenAPI document, not a document of its own.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest]));
}

const ref = (name: keyof typeof COMPONENTS): Json => ({ $ref: `${COMPONENT}${name}` });

/**
 * The query parameters of one endpoint, from its zod schema (the input side: what
 * a client sends). A value that may be repeated is documented as an exploded array.
 */
function queryParameters(schema: z.ZodObject): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, Json>;
  };
  return Object.entries(json.properties).map(([name, { description, ...prop }]) => {
    const options = (prop.anyOf as Json[] | undefined) ?? [];
    const array = options.find((o) => o.type === 'array');
    const one = options.find((o) => o.type !== 'array');
    const repeat = array !== undefined && one !== undefined;
    return {
      name,
      in: 'query',
      required: false,
      description,
      schema: repeat ? { type: 'array', items: one } : prop,
      ...(repeat ? { style: 'form', explode: true } : {}),
    };
  });
}

/** Parameters of each documented query-string endpoint. */
export const QUERY_PARAMETERS = {
  search: queryParameters(searchQuerySchema),
  resolutions: queryParameters(resolutionQuerySchema),
  documents: queryParameters(documentListSchema),
  jobs: queryParameters(jobListSchema),
  analyze: queryParameters(analyzeQuerySchema),
  commitments: queryParameters(commitmentQuerySchema),
  commitmentSummary: queryParameters(commitmentSummarySchema),
} satisfies Record<string, Json[]>;

const idParam = (description: string, pattern: string): Json => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', pattern },
});

const json = (schema: Json, description: string): Json => ({
  description,
  content: { 'application/json': { schema } },
});

const error = (description: string): Json => json(ref('Error'), description);

const readErrors: Json = {
  '400': error('A parameter is not valid; the message says which and why.'),
  '401': error('READ_TOKEN is set and no valid token was sent.'),
};

const inQuery = (name: string, schema: Json, description: string): Json => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const csvOrJson = (schema: Json, description: string): Json => ({
  description,
  content: {
    'application/json': { schema },
    'text/csv': { schema: { type: 'string' } },
  },
});

const paths: Record<string, Json> = {
  '/api/health': {
    get: {
      operationId: 'health',
      summary: 'Liveness and archive size (public).',
      security: [],
      responses: {
        '200': json(ref('Health'), 'The server is up.'),
      },
    },
  },
  '/api/openapi.json': {
    get: {
      operationId: 'openapi',
      summary: 'This document (public).',
      security: [],
      responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1 document.') },
    },
  },
  '/api/search': {
    get: {
      operationId: 'search',
      summary: 'Full-text search over documents with facets.',
      parameters: QUERY_PARAMETERS.search,
      responses: { '200': csvOrJson(ref('SearchResponse'), 'Hits and facet counts, or a CSV export.'), ...readErrors },
    },
  },
  '/api/resolutions': {
    get: {
      operationId: 'searchResolutions',
      summary: 'Search resolutions (commitments) with their document.',
      parameters: QUERY_PARAMETERS.resolutions,
      responses: {
        '200': csvOrJson(ref('ResolutionSearchResponse'), 'Resolution hits, or a CSV export.'),
        ...readErrors,
      },
    },
  },
  '/api/commitments': {
    get: {
      operationId: 'searchCommitments',
      summary:
        'The ledger: one hit per commitment with its document, disjunctive facets and toman totals over every match. CSV: a numeric toman column, Jalali and ISO dates, absolute links (PUBLIC_URL, else the request origin).',
      parameters: QUERY_PARAMETERS.commitments,
      responses: {
        '200': csvOrJson(ref('CommitmentSearchResponse'), 'Commitment hits, or a CSV export.'),
        ...readErrors,
      },
    },
  },
  '/api/commitments/summary': {
    get: {
      operationId: 'summarizeCommitments',
      summary: 'Matches of the ledger filters grouped by party, year or county with toman sums, for charts.',
      parameters: QUERY_PARAMETERS.commitmentSummary,
      responses: {
        '200': json(
          { type: 'array', items: ref('CommitmentSummaryRow') },
          'One row per group: matches having the key and the sum of their toman values.',
        ),
        ...readErrors,
      },
    },
  },
  '/api/analyze': {
    get: {
      operationId: 'analyze',
      summary: 'How Sanad reads a text: display form, search key and tokens.',
      parameters: QUERY_PARAMETERS.analyze,
      responses: { '200': json({ type: 'object' }, 'The analysis.'), ...readErrors },
    },
  },
  '/api/documents': {
    get: {
      operationId: 'listDocuments',
      summary: 'Documents in the archive, paged.',
      parameters: QUERY_PARAMETERS.documents,
      responses: {
        '200': json(ref('DocumentList'), 'One page of documents.'),
        ...readErrors,
      },
    },
    post: {
      operationId: 'uploadDocuments',
      summary: 'Upload one or more files; each becomes a job.',
      description:
        'The type is decided by content, not by the file name. The original is kept before the job is created. A file already in the archive still gets a job, which ends done with the existing documentId.',
      security: [{ bearer: [] }],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } } },
              required: ['file'],
            },
          },
        },
      },
      responses: {
        '202': json(ref('UploadResponse'), 'Accepted: one queued job per file.'),
        '400': error('No file, an empty file, or a malformed upload.'),
        '401': error('No token or a wrong token.'),
        '403': error('A read-only token.'),
        '413': error('A file is larger than MAX_UPLOAD_MB, or too many files.'),
        '415': error('A file is not a type Sanad can read (nothing of the upload is stored).'),
        '429': error('Too many writes; wait.'),
      },
    },
  },
  '/api/documents/{id}': {
    get: {
      operationId: 'getDocument',
      summary: 'The whole record of one document.',
      parameters: [idParam('Document id.', '^[0-9a-f]{16}$')],
      responses: {
        '200': json(ref('DocumentRecord'), 'The record.'),
        '404': error('No such document.'),
        ...readErrors,
      },
    },
    delete: {
      operationId: 'deleteDocument',
      summary: 'Remove a document: record, index entries and original.',
      security: [{ bearer: [] }],
      parameters: [idParam('Document id.', '^[0-9a-f]{16}$')],
      responses: {
        '204': { description: 'Deleted.' },
        '401': error('No token or a wrong token.'),
        '403': error('A read-only token.'),
        '404': error('No such document.'),
        '429': error('Too many writes; wait.'),
      },
    },
  },
  '/api/documents/{id}/original': {
    get: {
      operationId: 'getOriginal',
      summary: 'The original file, with its content type and name (RFC 5987 for Persian names).',
      parameters: [
        idParam('Document id.', '^[0-9a-f]{16}$'),
        inQuery(
          'inline',
          { type: 'string', enum: ['1'] },
          'Show in the browser (PDF, images, text) instead of downloading.',
        ),
      ],
      responses: {
        '200': { description: 'The bytes.', content: { '*/*': { schema: { type: 'string', format: 'binary' } } } },
        '404': error('No such document or original.'),
        ...readErrors,
      },
    },
  },
  '/api/jobs': {
    get: {
      operationId: 'listJobs',
      summary: 'Recent ingest jobs, newest first.',
      parameters: QUERY_PARAMETERS.jobs,
      responses: {
        '200': json(ref('JobList'), 'Jobs.'),
        ...readErrors,
      },
    },
  },
  '/api/jobs/{id}': {
    get: {
      operationId: 'getJob',
      summary: 'State of one ingest job.',
      parameters: [idParam('Job id (UUID).', '^[0-9a-f-]{36}$')],
      responses: { '200': json(ref('Job'), 'The job.'), '404': error('No such job.'), ...readErrors },
    },
    delete: {
      operationId: 'cancelJob',
      summary: 'Cancel a queued or running job (the original is kept; the job ends failed with code cancelled).',
      security: [{ bearer: [] }],
      parameters: [idParam('Job id (UUID).', '^[0-9a-f-]{36}$')],
      responses: {
        '200': json(ref('Job'), 'The job after cancelling.'),
        '401': error('No token or a wrong token.'),
        '403': error('A read-only token.'),
        '404': error('No such job.'),
        '409': error('The job has already finished (code job_finished).'),
        '429': error('Too many writes; wait.'),
      },
    },
  },
};

/** The OpenAPI 3.1 document served at `/api/openapi.json`. */
export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sanad API',
      version: '1.0.0',
      description:
        'Searchable archive of Persian government minutes and news. Errors are {"error":{"code","message"}}. Reads are open unless READ_TOKEN is set (then send a token as Authorization: Bearer or the sanad_token cookie); writes need ADMIN_TOKEN or a write token.',
    },
    servers: [{ url: '/' }],
    security: [{}, { bearer: [] }, { cookie: [] }],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'sanad_token' },
      },
    },
  };
}
