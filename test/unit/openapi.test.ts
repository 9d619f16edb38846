import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@sanad/ingest/config.ts';
import { openArchive, type Archive } from '@sanad/ingest/archive.ts';
import { createLogger } from '@sanad/server/logger.ts';
import { openApiDocument, QUERY_PARAMETERS } from '@sanad/server/openapi.ts';
import { apiRoutes } from '@sanad/server/routes/api.routes.ts';
import {
  commitmentQuerySchema,
  commitmentSummarySchema,
  documentListSchema,
  jobListSchema,
  resolutionQuerySchema,
  searchQuerySchema,
} from '@sanad/server/validation.ts';
import { DocumentRecordSchema, JobViewSchema, SearchResponseSchema } from '@sanad/ingest/schema.ts';

/** The OpenAPI document and the Express router must describe the same API. */

interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

const doc = openApiDocument() as {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
};

describe('OpenAPI document', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-openapi-'));
  let archive: Archive;
  let registered: string[] = [];

  beforeAll(async () => {
    const config = loadConfig({ DATA_DIR: dataDir, SANAD_DEMO: '0', OCR_WORKERS: '1' });
    archive = await openArchive(config);
    const router = apiRoutes({ config, store: archive.store, engine: archive.engine, logger: createLogger('silent') });
    const stack = (router as unknown as { stack: RouteLayer[] }).stack;
    registered = stack
      .filter((l) => l.route)
      .flatMap((l) =>
        Object.keys(l.route!.methods)
          .filter((m) => l.route!.methods[m] && m !== '_all')
          .map((m) => `${m.toUpperCase()} /api${l.route!.path.replace(/:(\w+)/g, '{$1}')}`),
      )
      .sort();
  });

  afterAll(async () => {
    await archive?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).toBe('3.1.0');
  });

  it('documents every registered route, and only those', () => {
    const documented = Object.entries(doc.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    expect(registered.length).toBeGreaterThanOrEqual(10);
    expect(documented).toEqual(registered);
  });

  it('has a unique operationId and responses for every operation', () => {
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) expect(Object.keys(op.responses).length).toBeGreaterThan(0);
    }
  });

  it('resolves every $ref', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(doc.components.schemas, r).toHaveProperty(r);
  });

  it.each([
    ['search', searchQuerySchema],
    ['resolutions', resolutionQuerySchema],
    ['documents', documentListSchema],
    ['jobs', jobListSchema],
    ['commitments', commitmentQuerySchema],
    ['commitmentSummary', commitmentSummarySchema],
  ] as const)('documents exactly the query parameters the %s schema accepts', (name, schema) => {
    const documented = QUERY_PARAMETERS[name].map((p) => p.name as string).sort();
    expect(documented).toEqual(Object.keys(schema.shape).sort());
  });
});

describe('OpenAPI components', () => {
  it.each([
    ['DocumentRecord', DocumentRecordSchema],
    ['Job', JobViewSchema],
    ['SearchResponse', SearchResponseSchema],
  ] as const)('%s is generated from its zod schema', (name, schema) => {
    const c = doc.components.schemas[name] as { properties: Record<string, unknown>; required?: string[] };
    expect(Object.keys(c.properties).sort()).toEqual(Object.keys(schema.shape).sort());
    const required = Object.entries(schema.shape)
      .filter(([, s]) => !s.safeParse(undefined).success)
      .map(([k]) => k)
      .sort();
    expect([...(c.required ?? [])].sort()).toEqual(required);
  });

  it('refers to shared shapes instead of repeating them', () => {
    const record = doc.components.schemas.DocumentRecord as { properties: Record<string, unknown> };
    expect(record.properties.resolutions).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/Resolution' },
    });
    expect(record.properties.commitments).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/Commitment' },
    });
  });
});
