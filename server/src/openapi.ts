/**
 * The OpenAPI 3.1 description of `/api`, written by hand next to the routes.
 * `test/unit/openapi.test.ts` keeps it in step: every registered route must be
 * documented (and nothing else), and the query parameters of search,
 * resolutions and the document list must match their zod schemas.
 */

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const str = (description?: string): Json => ({ type: 'string', ...(description ? { description } : {}) });
const strArr: Json = { type: 'array', items: { type: 'string' } };
const nullable = (t: string): Json => ({ type: [t, 'null'] });

const inQuery = (name: string, schema: Json, description: string, repeat = false): Json => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: repeat ? { type: 'array', items: schema } : schema,
  ...(repeat ? { style: 'form', explode: true } : {}),
});

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

const dateDescription = 'Jalali (1401/01/01, Persian digits allowed) or ISO (2022-03-21); inclusive.';
const page = inQuery('page', { type: 'integer', minimum: 1, maximum: 10000, default: 1 }, 'Page, 1-based.');
const perPage = inQuery('perPage', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'Hits per page.');
const format = inQuery(
  'format',
  { type: 'string', enum: ['json', 'csv'], default: 'json' },
  'csv: a UTF-8 (BOM) spreadsheet export of up to 10 000 rows with Persian headers and Jalali dates; page/perPage are ignored.',
);
const q = inQuery('q', { type: 'string', maxLength: 5000 }, 'Words to find (Persian spelling variants fold together).');
const filter = (name: string, what: string): Json =>
  inQuery(
    name,
    { type: 'string', maxLength: 200 },
    `${what}. Repeat for several values (OR within, AND across).`,
    true,
  );

/** Parameter names of each documented query-string endpoint (checked against the zod schemas). */
export const QUERY_PARAMETERS = {
  search: [
    q,
    inQuery('kind', { type: 'string', enum: ['minutes', 'news', 'other'] }, 'Document kind.', true),
    filter('organisation', 'Convening or parent organisation (canonical name)'),
    filter('province', 'Province (canonical Persian name)'),
    filter('county', 'County (canonical Persian name)'),
    filter('speaker', 'Speaker name'),
    filter('funding', 'Bank, fund or foundation'),
    inQuery('year', { type: 'string', pattern: '^\\d{4}$' }, 'Jalali year.', true),
    inQuery('from', { type: 'string' }, dateDescription),
    inQuery('to', { type: 'string' }, dateDescription),
    inQuery('sort', { type: 'string', enum: ['relevance', 'date_desc', 'date_asc'], default: 'relevance' }, 'Order.'),
    page,
    perPage,
    format,
  ],
  resolutions: [
    q,
    filter('responsible', 'Body responsible for carrying it out'),
    filter('funding', 'Bank, fund or foundation'),
    filter('organisation', 'Organisation of the meeting'),
    filter('county', 'County'),
    inQuery('from', { type: 'string' }, dateDescription),
    inQuery('to', { type: 'string' }, dateDescription),
    page,
    perPage,
    format,
  ],
  documents: [
    page,
    perPage,
    inQuery(
      'sort',
      { type: 'string', enum: ['ingested_desc', 'date_desc', 'date_asc'], default: 'ingested_desc' },
      'Order.',
    ),
  ],
  jobs: [
    inQuery('status', { type: 'string', enum: ['queued', 'running', 'done', 'failed'] }, 'Only jobs in this state.'),
    inQuery('limit', { type: 'integer', minimum: 1, maximum: 200, default: 50 }, 'How many, newest first.'),
  ],
  analyze: [inQuery('text', { type: 'string', maxLength: 5000 }, 'Text to analyse.')],
} satisfies Record<string, Json[]>;

const facetList: Json = {
  type: 'array',
  items: { type: 'object', properties: { value: str(), count: { type: 'integer' } }, required: ['value', 'count'] },
};
const amount: Json = {
  type: 'object',
  properties: { text: str(), toman: nullable('number') },
  required: ['text', 'toman'],
};

const schemas: Record<string, Json> = {
  Error: {
    type: 'object',
    properties: {
      error: {
        type: 'object',
        properties: {
          code: str('Stable, machine-readable.'),
          message: str('For a person.'),
          details: { type: 'array', items: { type: 'object' } },
        },
        required: ['code', 'message'],
      },
    },
    required: ['error'],
  },
  SearchHit: {
    type: 'object',
    properties: {
      id: str(),
      kind: { type: 'string', enum: ['minutes', 'news', 'other'] },
      title: nullable('string'),
      date: nullable('string'),
      dateJalali: nullable('string'),
      organisations: strArr,
      province: nullable('string'),
      counties: strArr,
      snippet: str('HTML-escaped text with <mark> around matched words.'),
      page: nullable('integer'),
      score: { type: 'number' },
    },
    required: ['id', 'kind', 'title', 'date', 'dateJalali', 'organisations', 'province', 'counties', 'snippet', 'page'],
  },
  SearchResponse: {
    type: 'object',
    properties: {
      total: { type: 'integer' },
      page: { type: 'integer' },
      perPage: { type: 'integer' },
      tookMs: { type: 'number' },
      hits: { type: 'array', items: ref('SearchHit') },
      facets: {
        type: 'object',
        properties: Object.fromEntries(
          ['kind', 'organisation', 'province', 'county', 'speaker', 'funding', 'year'].map((f) => [f, facetList]),
        ),
      },
    },
    required: ['total', 'page', 'perPage', 'tookMs', 'hits', 'facets'],
  },
  Resolution: {
    type: 'object',
    properties: {
      id: str(),
      number: nullable('integer'),
      text: str(),
      responsible: strArr,
      supervisor: strArr,
      deadline: nullable('string'),
      fundingBodies: strArr,
      amounts: { type: 'array', items: amount },
      page: nullable('integer'),
    },
    required: ['id', 'number', 'text', 'responsible', 'supervisor', 'deadline', 'fundingBodies', 'amounts', 'page'],
  },
  ResolutionHit: {
    allOf: [
      ref('Resolution'),
      {
        type: 'object',
        properties: {
          documentId: str(),
          documentTitle: nullable('string'),
          date: nullable('string'),
          dateJalali: nullable('string'),
          organisations: strArr,
          counties: strArr,
          snippet: str(),
        },
        required: ['documentId', 'documentTitle', 'date', 'dateJalali', 'snippet'],
      },
    ],
  },
  ResolutionSearchResponse: {
    type: 'object',
    properties: {
      total: { type: 'integer' },
      page: { type: 'integer' },
      perPage: { type: 'integer' },
      tookMs: { type: 'number' },
      hits: { type: 'array', items: ref('ResolutionHit') },
      facets: { type: 'object', properties: { responsible: facetList, funding: facetList } },
    },
    required: ['total', 'page', 'perPage', 'tookMs', 'hits'],
  },
  DocumentRecord: {
    type: 'object',
    description: 'DESIGN §3.',
    properties: {
      id: str('First 16 hex digits of the sha256 of the original.'),
      kind: { type: 'string', enum: ['minutes', 'news', 'other'] },
      title: nullable('string'),
      meetingNumber: nullable('integer'),
      date: nullable('string'),
      dateJalali: nullable('string'),
      meetingTime: nullable('string'),
      place: nullable('string'),
      organisations: strArr,
      province: nullable('string'),
      counties: strArr,
      chair: nullable('string'),
      speakers: {
        type: 'array',
        items: { type: 'object', properties: { name: nullable('string'), role: nullable('string') } },
      },
      peopleMentioned: strArr,
      resolutions: { type: 'array', items: ref('Resolution') },
      fundingBodies: strArr,
      amounts: { type: 'array', items: amount },
      text: str(),
      pages: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            number: { type: 'integer' },
            text: str(),
            source: { type: 'string', enum: ['text-layer', 'ocr', 'plain'] },
            quality: { type: 'number' },
          },
        },
      },
      source: {
        type: 'object',
        properties: { filename: str(), mime: str(), sha256: str(), bytes: { type: 'integer' } },
      },
      ingestedAt: str(),
    },
    required: ['id', 'kind', 'title', 'date', 'dateJalali', 'text', 'pages', 'source', 'ingestedAt'],
  },
  DocumentSummary: {
    type: 'object',
    properties: {
      id: str(),
      kind: { type: 'string', enum: ['minutes', 'news', 'other'] },
      title: nullable('string'),
      date: nullable('string'),
      dateJalali: nullable('string'),
      organisations: strArr,
      province: nullable('string'),
      counties: strArr,
      filename: str(),
      mime: str(),
      bytes: { type: 'integer' },
      ingestedAt: str(),
    },
    required: ['id', 'kind', 'title', 'date', 'dateJalali', 'filename', 'mime', 'bytes', 'ingestedAt'],
  },
  Job: {
    type: 'object',
    properties: {
      id: str(),
      status: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
      file: str('The uploaded file name (display only).'),
      documentId: str('When done: the document (an existing one for a duplicate upload).'),
      error: str('When failed: why, in words a user understands. The original is kept.'),
      errorCode: str(),
      progress: {
        type: 'object',
        properties: {
          stage: str(),
          page: { type: 'integer' },
          pages: { type: 'integer' },
          fraction: { type: 'number', minimum: 0, maximum: 1 },
        },
      },
      createdAt: str(),
      updatedAt: str(),
    },
    required: ['id', 'status', 'progress'],
  },
};

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
        '200': json(
          {
            type: 'object',
            properties: {
              status: str(),
              engine: { type: 'string', enum: ['sqlite', 'meilisearch'] },
              documents: { type: 'integer' },
            },
            required: ['status', 'engine', 'documents'],
          },
          'The server is up.',
        ),
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
        '200': json(
          {
            type: 'object',
            properties: {
              total: { type: 'integer' },
              page: { type: 'integer' },
              perPage: { type: 'integer' },
              documents: { type: 'array', items: ref('DocumentSummary') },
            },
            required: ['total', 'page', 'perPage', 'documents'],
          },
          'One page of documents.',
        ),
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
        '202': json(
          {
            type: 'object',
            properties: {
              jobs: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { id: str(), file: str(), status: { type: 'string', enum: ['queued'] } },
                  required: ['id', 'file', 'status'],
                },
              },
            },
            required: ['jobs'],
          },
          'Accepted: one queued job per file.',
        ),
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
        '200': json(
          { type: 'object', properties: { jobs: { type: 'array', items: ref('Job') } }, required: ['jobs'] },
          'Jobs.',
        ),
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
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'sanad_token' },
      },
    },
  };
}
