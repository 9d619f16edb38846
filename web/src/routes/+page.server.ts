import { isHttpError } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { apiClient } from '$lib/api';
import { csvHref, listRequest, SEARCH_FILTERS } from '$lib/url-state';

export const load: PageServerLoad = async ({ url, locals }) => {
  const api = apiClient(locals, url);
  const req = listRequest(url.searchParams, SEARCH_FILTERS, true);
  const base = {
    q: req.q,
    page: req.page,
    sort: req.api.get('sort') ?? 'relevance',
    from: req.from?.raw ?? '',
    to: req.to?.raw ?? '',
    problems: req.problems,
    csv: csvHref('/api/search', req.api),
  };
  try {
    const [result, analysis] = await Promise.all([api.search(req.api), api.analyze(req.q)]);
    return { ...base, result, analysis, failure: null };
  } catch (err) {
    // A bad query or an engine hiccup is shown inside the page, search box and all.
    if (isHttpError(err)) return { ...base, result: null, analysis: null, failure: err.body.message };
    throw err;
  }
};
