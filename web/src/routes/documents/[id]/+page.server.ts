import type { PageServerLoad } from './$types';
import { apiClient } from '$lib/api';
import { documentView } from '$lib/document-view';
import { toAsciiDigits } from '@sanad/ingest/text/index.ts';

export const load: PageServerLoad = async ({ params, locals, url }) => {
  const record = await apiClient(locals, url).document(params.id);
  const q = url.searchParams.get('q') ?? '';
  const p = Number(toAsciiDigits(url.searchParams.get('p') ?? ''));
  const view = documentView(record, q, Number.isInteger(p) && p > 0 ? p : null);
  return { ...view, q };
};
