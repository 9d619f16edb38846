import { isHttpError } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { apiClient } from '$lib/api';
import { csvHref, listRequest, RESOLUTION_FILTERS } from '$lib/url-state';

export const load: PageServerLoad = async ({ url, locals }) => {
  const api = apiClient(locals, url);
  const req = listRequest(url.searchParams, RESOLUTION_FILTERS, false);
  const base = {
    q: req.q,
    page: req.page,
    from: req.from?.raw ?? '',
    to: req.to?.raw ?? '',
    problems: req.problems,
    csv: csvHref('/api/resolutions', req.api),
  };
  try {
    // Organisations and counties to filter by come from the archive's document facets.
    const [result, archive] = await Promise.all([
      api.resolutions(req.api),
      api.search(new URLSearchParams({ perPage: '1' })),
    ]);
    return {
      ...base,
      result,
      organisations: archive.facets.organisation,
      counties: archive.facets.county,
      failure: null,
    };
  } catch (err) {
    if (isHttpError(err)) return { ...base, result: null, organisations: [], counties: [], failure: err.body.message };
    throw err;
  }
};
