import { isHttpError } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { apiClient } from '$lib/api';
import { ledgerCsvHref, ledgerRequest, sameFilter } from '$lib/ledger/ledger';

export const load: PageServerLoad = async ({ url, locals }) => {
  const api = apiClient(locals, url);
  const req = ledgerRequest(url.searchParams);
  const base = {
    q: req.q,
    page: req.page,
    sort: req.sort,
    due: req.due,
    from: req.from?.raw ?? '',
    to: req.to?.raw ?? '',
    problems: req.problems,
    csv: ledgerCsvHref(req.api),
    // the date «مهلت گذشته» is judged against (Iran's date, as the API does)
    today: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran' }).format(new Date()),
  };
  try {
    // The rows, and the same filter summed by party and by year for the charts.
    const [result, byParty, byYear] = await Promise.all([
      api.commitments(req.api),
      api.commitmentSummary(sameFilter(req.api, { by: 'party' })),
      api.commitmentSummary(sameFilter(req.api, { by: 'year' })),
    ]);
    return { ...base, result, byParty, byYear, failure: null };
  } catch (err) {
    if (isHttpError(err)) return { ...base, result: null, byParty: [], byYear: [], failure: err.body.message };
    throw err;
  }
};
