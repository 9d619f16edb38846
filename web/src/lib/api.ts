import { error } from '@sveltejs/kit';
import type { SearchResponse } from '@sanad/ingest/archive/search-engine.ts';
import type { DocumentRecord } from '@sanad/ingest/schema.ts';

type Fetch = typeof globalThis.fetch;

/** The only place the web app talks to the API. */
async function getJson<T>(fetch: Fetch, path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    let message = 'خطا در ارتباط با سرور';
    try {
      const body = (await res.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      // not JSON: keep the generic message
    }
    error(res.status, { message });
  }
  return (await res.json()) as T;
}

export function search(fetch: Fetch, params: URLSearchParams): Promise<SearchResponse> {
  return getJson(fetch, `/api/search?${params.toString()}`);
}

export function getDocument(fetch: Fetch, id: string): Promise<DocumentRecord> {
  return getJson(fetch, `/api/documents/${encodeURIComponent(id)}`);
}
