import type { PageServerLoad } from './$types';
import { search } from '$lib/api';

export const load: PageServerLoad = async ({ url, fetch }) => {
  const q = url.searchParams.get('q') ?? '';
  const result = await search(fetch, url.searchParams);
  return { q, result };
};
