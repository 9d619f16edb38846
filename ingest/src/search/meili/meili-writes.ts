/**
 * Pure helpers of the adapter's writes: request bodies sized by bytes, the filter that deletes
 * the records a re-indexed document no longer has, and the comparison that skips a settings
 * update Meilisearch already holds (an update may reindex the whole index: meili-behaviours.ts 7).
 */
import { filterString } from './meili-settings.ts';

/** Default request body size: far below Meilisearch's 100 MB payload limit (meili-behaviours.ts 8). */
export const DEFAULT_BATCH_BYTES = 8 * 1024 * 1024;

/** NDJSON bodies of at most `maxBytes` each (a single larger record is sent alone). */
export function ndjsonBatches(records: readonly unknown[], maxBytes = DEFAULT_BATCH_BYTES): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let bytes = 0;
  for (const r of records) {
    const line = JSON.stringify(r);
    const n = Buffer.byteLength(line, 'utf8') + 1;
    if (cur.length > 0 && bytes + n > maxBytes) {
      out.push(cur.join('\n'));
      cur = [];
      bytes = 0;
    }
    cur.push(line);
    bytes += n;
  }
  if (cur.length > 0) out.push(cur.join('\n'));
  return out;
}

/**
 * Filter for the records of documents beyond their new count: `<pos> >= n AND docId IN [...]`, one
 * clause per distinct count (records are added first, so a document never vanishes from search).
 * `pos` is the record's position field in its document (`seq`; the commitments index's `ord`).
 */
export function staleFilter(counts: ReadonlyMap<string, number>, pos = 'seq'): string | null {
  const byCount = new Map<number, string[]>();
  for (const [id, n] of counts) {
    const l = byCount.get(n);
    if (l) l.push(id);
    else byCount.set(n, [id]);
  }
  if (byCount.size === 0) return null;
  return [...byCount]
    .sort((a, b) => a[0] - b[0])
    .map(([n, ids]) => `(${pos} >= ${n} AND docId IN [${ids.map(filterString).join(', ')}])`)
    .join(' OR ');
}

/** `docId IN [...]` filters, at most `chunk` ids each. */
export function docIdFilters(ids: readonly string[], chunk = 500): string[] {
  const out: string[] = [];
  for (let i = 0; i < ids.length; i += chunk)
    out.push(
      `docId IN [${ids
        .slice(i, i + chunk)
        .map(filterString)
        .join(', ')}]`,
    );
  return out;
}

/** Lists whose order Meilisearch does not keep (compared as sets). */
const SET_KEYS = new Set(['filterableAttributes', 'sortableAttributes', 'displayedAttributes', 'nonSeparatorTokens']);

function contains(have: unknown, want: unknown, asSet: boolean): boolean {
  if (Array.isArray(want)) {
    if (!Array.isArray(have) || have.length !== want.length) return false;
    if (asSet) {
      const h = new Set(have.map((x) => JSON.stringify(x)));
      return want.every((w) => h.has(JSON.stringify(w)));
    }
    return want.every((w, i) => contains(have[i], w, false));
  }
  if (want !== null && typeof want === 'object') {
    if (have === null || typeof have !== 'object') return false;
    return Object.entries(want).every(([k, v]) => contains((have as Record<string, unknown>)[k], v, false));
  }
  return have === want;
}

/** True when the index's current settings already hold every setting we want. */
export function settingsHold(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).every(([k, v]) => contains(current[k], v, SET_KEYS.has(k)));
}
