/**
 * Batching and task-error handling of the Meilisearch adapter.
 *
 * FAKE AT THE HTTP EDGE: a tiny local HTTP server answers the handful of Meilisearch task
 * endpoints the writes use (document additions/deletions, GET /tasks/:uid), so the real
 * `meilisearch` client and the real adapter code run unchanged. It checks only how writes are
 * split and awaited and how failed tasks surface; search behaviour is covered by the contract
 * suite against a real Meilisearch (MEILI_URL).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MeiliTaskError, MeilisearchEngine } from '../../ingest/src/search/meili/meilisearch.engine.ts';
import { makeDoc } from './fixtures.ts';

interface Call {
  method: string;
  path: string;
  body: unknown;
}

let server: http.Server;
let url = '';
let calls: Call[] = [];
let tasks = new Map<number, { status: string; error?: { message: string; code: string } }>();
let nextTask = 0;
let failTask: number | null = null;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString('utf8')));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0]!;
      calls.push({ method: req.method ?? '', path, body: data ? JSON.parse(data) : null });
      res.setHeader('content-type', 'application/json');
      const task = /^\/tasks\/(\d+)$/.exec(path);
      if (req.method === 'GET' && task) {
        const uid = Number(task[1]);
        const t = tasks.get(uid)!;
        res.end(
          JSON.stringify({
            uid,
            indexUid: 'x',
            type: 'documentAdditionOrUpdate',
            status: t.status,
            error: t.error ?? null,
            enqueuedAt: new Date().toISOString(),
          }),
        );
        return;
      }
      const uid = nextTask++;
      tasks.set(
        uid,
        uid === failTask
          ? { status: 'failed', error: { message: 'invalid document: too large', code: 'invalid_document_fields' } }
          : { status: 'succeeded' },
      );
      res.statusCode = 202;
      res.end(
        JSON.stringify({
          taskUid: uid,
          indexUid: 'x',
          status: 'enqueued',
          type: 'documentAdditionOrUpdate',
          enqueuedAt: new Date().toISOString(),
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

beforeEach(() => {
  calls = [];
  tasks = new Map();
  nextTask = 0;
  failTask = null;
});

const docs = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    makeDoc({
      id: `doc${i}`,
      dateJalali: '1402/01/01',
      text: `متن سند شماره ${i}`,
      resolutions: [
        {
          id: `doc${i}:1`,
          number: 1,
          text: 'مقرر گردید',
          responsible: [],
          supervisor: [],
          deadline: null,
          fundingBodies: [],
          amounts: [],
          page: 1,
        },
      ],
    }),
  );

describe('MeilisearchEngine writes (fake HTTP server)', () => {
  it('deletes old records, then adds passages and resolutions in batches, awaiting each task', async () => {
    const engine = new MeilisearchEngine({ url, indexPrefix: 't_', batchSize: 4 });
    await engine.index(docs(10));
    const writes = calls.filter((c) => c.method !== 'GET');
    expect(writes.map((c) => c.path)).toEqual([
      '/indexes/t_passages/documents/delete',
      '/indexes/t_resolutions/documents/delete',
      '/indexes/t_passages/documents',
      '/indexes/t_passages/documents',
      '/indexes/t_passages/documents',
      '/indexes/t_resolutions/documents',
      '/indexes/t_resolutions/documents',
      '/indexes/t_resolutions/documents',
    ]);
    const sizes = writes.filter((c) => c.path.endsWith('/documents')).map((c) => (c.body as unknown[]).length);
    expect(sizes).toEqual([4, 4, 2, 4, 4, 2]);
    // each write's task is polled before the next write is sent
    let lastWrite = -1;
    calls.forEach((c, i) => {
      if (c.method !== 'GET') {
        if (lastWrite >= 0) expect(calls.slice(lastWrite + 1, i).some((x) => x.method === 'GET')).toBe(true);
        lastWrite = i;
      }
    });
    const filter = (writes[0]!.body as { filter: string }).filter;
    expect(filter).toBe('docId IN ["doc0", "doc1", "doc2", "doc3", "doc4", "doc5", "doc6", "doc7", "doc8", "doc9"]');
  });

  it('surfaces a failed task with Meilisearch message and code, and stops writing', async () => {
    const engine = new MeilisearchEngine({ url, indexPrefix: 't_', batchSize: 4 });
    failTask = 3; // the second passages batch (tasks 0, 1 are the deletions)
    const err = await engine.index(docs(10)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MeiliTaskError);
    expect((err as MeiliTaskError).code).toBe('invalid_document_fields');
    expect((err as Error).message).toContain('invalid document: too large');
    expect(calls.filter((c) => c.method === 'POST' && c.path.endsWith('/documents'))).toHaveLength(2);
  });

  it('writes nothing for an empty batch', async () => {
    const engine = new MeilisearchEngine({ url, indexPrefix: 't_' });
    await engine.index([]);
    await engine.remove([]);
    expect(calls).toHaveLength(0);
  });
});
