import type { PageServerLoad } from './$types';
import { getDocument } from '$lib/api';

export const load: PageServerLoad = async ({ params, fetch }) => {
  return { doc: await getDocument(fetch, params.id) };
};
