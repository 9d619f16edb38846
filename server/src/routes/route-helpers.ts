/**
 * Pieces shared by the API's route files: query-string access, CSV streaming, kind names.
 */
import type { Request, Response } from 'express';
import { CSV_BOM, csvRow, type CsvCell } from '../csv.ts';
import { contentDisposition } from '../filename.ts';
import { rejectBracketKeys } from '../validation.ts';

/** Page size used to walk the engine for an export. */
const CSV_PAGE = 100;

/** Persian names of document kinds (CSV cells). */
export const KIND_FA: Record<string, string> = { minutes: 'صورتجلسه', news: 'خبر', other: 'سایر' };

/** The query string, refusing bracket keys (`county[]=`). */
export function query(req: Request): Record<string, unknown> {
  const q = req.query as Record<string, unknown>;
  rejectBracketKeys(q);
  return q;
}

/**
 * Stream a CSV export: fetch the engine page by page and write rows as they
 * come, up to `maxRows`. The first page is fetched before any header is sent,
 * so a bad query still answers with a JSON error.
 */
export async function streamCsv<H>(
  res: Response,
  opts: {
    name: string;
    header: string[];
    maxRows: number;
    fetchPage: (page: number, perPage: number) => Promise<{ hits: H[]; total: number }>;
    row: (hit: H) => CsvCell[];
  },
): Promise<void> {
  let page = await opts.fetchPage(1, CSV_PAGE);
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', contentDisposition('attachment', opts.name));
  res.setHeader('Cache-Control', 'no-store');
  res.write(CSV_BOM);
  res.write(csvRow(opts.header));
  let rows = 0;
  for (let n = 1; ; n++) {
    for (const h of page.hits) {
      if (rows >= opts.maxRows) break;
      res.write(csvRow(opts.row(h)));
      rows++;
    }
    if (rows >= opts.maxRows || page.hits.length < CSV_PAGE || rows >= page.total) break;
    page = await opts.fetchPage(n + 1, CSV_PAGE);
  }
  res.end();
}
