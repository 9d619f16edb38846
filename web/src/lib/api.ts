import { error, redirect } from '@sveltejs/kit';
import type { DocumentRecord, JobView, ResolutionSearchResponse, SearchResponse } from '@sanad/ingest/schema.ts';
import type { TextAnalysis } from '@sanad/ingest/text/index.ts';
import { errorText } from './error-messages.ts';

type Fetch = typeof globalThis.fetch;

/** What `GET /api/analyze?text=` answers: how the query was read. */
export type QueryAnalysis = TextAnalysis;

/**
 * A job as the upload page follows it: what `GET /api/jobs/:id` answers, or a
 * failure the page writes itself when the job cannot be reached (id and status only).
 */
export type JobStatus = Pick<JobView, 'id' | 'status'> & Partial<JobView>;

/**
 * The API client used by server-side loads: the only place the web app talks to the API.
 * `from` is the page being loaded, so a 401 can send the user to the login form and back.
 */
export interface ApiClient {
  search(params: URLSearchParams): Promise<SearchResponse>;
  resolutions(params: URLSearchParams): Promise<ResolutionSearchResponse>;
  document(id: string): Promise<DocumentRecord>;
  analyze(text: string): Promise<QueryAnalysis | null>;
  health(): Promise<{ status: string; engine: string; documents: number }>;
}

export function apiClient(fetch: Fetch, from: URL): ApiClient {
  async function getJson<T>(path: string): Promise<T> {
    let res: Response;
    try {
      res = await fetch(path, { headers: { accept: 'application/json' } });
    } catch {
      error(503, { message: errorText('unavailable').message, code: 'unavailable' });
    }
    if (res.status === 401) {
      redirect(303, `/login?next=${encodeURIComponent(from.pathname + from.search)}`);
    }
    if (!res.ok) {
      // The API's message is English for developers; pages show the Persian sentence of its code.
      let code: string | undefined;
      try {
        const body = (await res.json()) as { error?: { code?: string } };
        code = body.error?.code;
      } catch {
        // not JSON: the status decides
      }
      error(res.status, { message: errorText(code, res.status).message, code });
    }
    return (await res.json()) as T;
  }

  return {
    search: (params) => getJson(`/api/search?${params.toString()}`),
    resolutions: (params) => getJson(`/api/resolutions?${params.toString()}`),
    document: (id) => getJson(`/api/documents/${encodeURIComponent(id)}`),
    health: () => getJson('/api/health'),
    // The reading of the query is a courtesy: the results page must not fail without it.
    analyze: async (text) => {
      if (!text.trim()) return null;
      try {
        const res = await fetch(`/api/analyze?text=${encodeURIComponent(text)}`, {
          headers: { accept: 'application/json' },
        });
        return res.ok ? ((await res.json()) as QueryAnalysis) : null;
      } catch {
        return null;
      }
    },
  };
}

/** Check a read token against the API (used by the login form action). */
export async function readTokenWorks(fetch: Fetch, token: string): Promise<boolean> {
  const res = await fetch('/api/search?perPage=1', {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  });
  return res.ok;
}
