import { error, redirect } from '@sveltejs/kit';
import type {
  DocumentRecord,
  Health,
  JobView,
  ResolutionSearchResponse,
  SearchResponse,
} from '@sanad/ingest/schema.ts';
import type { CommitmentSearchResponse, CommitmentSummaryRow } from '@sanad/ingest/search/commitments.ts';
import type { TextAnalysis } from '@sanad/ingest/text/index.ts';
import type { ApiResult, WebApi } from '@sanad/server/web-api.ts';
import { errorText } from './error-messages.ts';

/** What `GET /api/analyze?text=` answers: how the query was read. */
export type QueryAnalysis = TextAnalysis;

/**
 * A job as the upload page follows it: what `GET /api/jobs/:id` answers, or a
 * failure the page writes itself when the job cannot be reached (id and status only).
 */
export type JobStatus = Pick<JobView, 'id' | 'status'> & Partial<JobView>;

/**
 * The API client used by server-side loads: the only place the web app talks to the API.
 * It wraps the request's in-process client (`locals.api`, see hooks.server.ts): answers come
 * back as values, failures as SvelteKit errors with the Persian sentence of their code, and a
 * 401 sends the user to the login form and back (`from` is the page being loaded).
 */
export interface ApiClient {
  search(params: URLSearchParams): Promise<SearchResponse>;
  resolutions(params: URLSearchParams): Promise<ResolutionSearchResponse>;
  commitments(params: URLSearchParams): Promise<CommitmentSearchResponse>;
  commitmentSummary(params: URLSearchParams): Promise<CommitmentSummaryRow[]>;
  document(id: string): Promise<DocumentRecord>;
  analyze(text: string): Promise<QueryAnalysis | null>;
  health(): Promise<Health>;
}

/** The client of this request, or a 503 when the web app runs without the Sanad server. */
function required(api: WebApi | undefined): WebApi {
  if (!api) error(503, { message: errorText('unavailable').message, code: 'unavailable' });
  return api;
}

export function apiClient(locals: App.Locals, from: URL): ApiClient {
  async function value<T>(result: Promise<ApiResult<T>>): Promise<T> {
    const r = await result;
    if (r.ok) return r.value;
    if (r.status === 401) redirect(303, `/login?next=${encodeURIComponent(from.pathname + from.search)}`);
    // The API's message is English for developers; pages show the Persian sentence of its code.
    error(r.status, { message: errorText(r.code, r.status).message, code: r.code });
  }

  return {
    search: (params) => value(required(locals.api).search(params)),
    resolutions: (params) => value(required(locals.api).resolutions(params)),
    commitments: (params) => value(required(locals.api).commitments(params)),
    commitmentSummary: (params) => value(required(locals.api).commitmentSummary(params)),
    document: (id) => value(required(locals.api).document(id)),
    health: () => value(required(locals.api).health()),
    // The reading of the query is a courtesy: the results page must not fail without it.
    analyze: async (text) => {
      if (!text.trim() || !locals.api) return null;
      const r = await locals.api.analyze(text);
      return r.ok ? r.value : null;
    },
  };
}

/** Whether a token may read the archive (the login form action); throws 503 without the server. */
export function readTokenWorks(locals: App.Locals, token: string): boolean {
  return required(locals.api).tokenWorks(token);
}
