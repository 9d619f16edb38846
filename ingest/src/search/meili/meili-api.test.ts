/**
 * The HTTP edge's timeouts and bounded retries, against sockets that accept a request and never
 * answer (no Meilisearch behaviour is imitated: nothing is ever answered).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeilisearchRequestError } from 'meilisearch';
import { SearchUnavailableError, isTransient, meiliHttpApi, withRetries } from './meili-api.ts';

let server: http.Server;
let url = '';
let requests = 0; // connections: an aborted request's socket is not reused

beforeAll(async () => {
  server = http.createServer(() => {
    // never answers
  });
  server.on('connection', () => requests++);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('meiliHttpApi', () => {
  it('a hung Meilisearch: each search request times out, is retried a bounded number of times, then 503', async () => {
    requests = 0;
    const api = meiliHttpApi({ url, searchTimeoutMs: 150, retries: 2, backoffMs: 10 });
    const t0 = Date.now();
    const err = await api.multiSearch([{ indexUid: 'x', q: 'a' }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SearchUnavailableError);
    expect((err as SearchUnavailableError).code).toBe('search_unavailable');
    expect(requests).toBeGreaterThanOrEqual(3); // three attempts (the client may open a spare connection)
    expect(requests).toBeLessThanOrEqual(6);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(3 * 150);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('retries only transient failures', async () => {
    let n = 0;
    const fail = (e: Error) => () => {
      n++;
      return Promise.reject(e);
    };
    await expect(withRetries(fail(new Error('bad request')), 3, 1)).rejects.toThrow('bad request');
    expect(n).toBe(1);
    n = 0;
    const net = new MeilisearchRequestError('http://x', new Error('ECONNREFUSED'));
    expect(isTransient(net)).toBe(true);
    await expect(withRetries(fail(net), 2, 1)).rejects.toBe(net);
    expect(n).toBe(3);
  });
});
