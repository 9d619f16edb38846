/**
 * The ledger endpoints (DESIGN §4): `GET /api/commitments` (hits, disjunctive facets, totals
 * over every match; `format=csv` for spreadsheets) and `GET /api/commitments/summary` (sums by
 * party, year or county, for charts). Registered on the API router by `apiRoutes`.
 */
import type { Request, RequestHandler, Router } from 'express';
import type { Config } from '@sanad/ingest/config.ts';
import { commitmentPath, commitmentToman, type CommitmentHit } from '@sanad/ingest/search/commitments.ts';
import type { SearchEngine } from '@sanad/ingest/search/search-engine.ts';
import { isoToJalali } from '@sanad/ingest/text/index.ts';
import type { CommitmentServices } from '../commitment-services.ts';
import type { CsvCell } from '../csv.ts';
import { KIND_FA, query, streamCsv } from './route-helpers.ts';

export interface CommitmentRouteDeps {
  engine: SearchEngine;
  config: Pick<Config, 'publicUrl'>;
  requireRead: RequestHandler;
  csvMaxRows: number;
  /** Validation and engine requests shared with the web app's loads. */
  read: CommitmentServices;
}

const SOURCE_FA: Record<string, string> = { resolution: 'مصوبه', statement: 'گزاره' };

/** The origin absolute links start with: PUBLIC_URL, or the request's own origin. */
export function publicBase(config: Pick<Config, 'publicUrl'>, req: Request): string {
  return config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

export const COMMITMENT_CSV_HEADER = [
  'شناسه',
  'منبع',
  'شماره مصوبه',
  'متعهد',
  'شرح تعهد',
  'موضوع',
  'مبلغ (متن)',
  'مبلغ (تومان)',
  'مهلت',
  'سررسید (شمسی)',
  'سررسید (میلادی)',
  'ناظر',
  'شهرستان',
  'عنوان سند',
  'نوع سند',
  'تاریخ سند (شمسی)',
  'تاریخ سند (میلادی)',
  'دستگاه / شورا',
  'صفحه',
  'پیوند',
];

/** One CSV row: a numeric toman column, Jalali and ISO dates, an absolute link to the clause. */
export function commitmentCsvRow(h: CommitmentHit, base: string): CsvCell[] {
  const due = h.deadline?.due ?? null;
  return [
    h.id,
    SOURCE_FA[h.source] ?? h.source,
    h.resolutionNumber,
    h.parties,
    h.text,
    h.purpose,
    h.amounts.map((a) => a.text),
    commitmentToman(h),
    h.deadline?.text,
    due ? isoToJalali(due) : null,
    due,
    h.supervisor,
    h.counties,
    h.documentTitle,
    KIND_FA[h.kind] ?? h.kind,
    h.dateJalali,
    h.date,
    h.organisations,
    h.page,
    `${base}${commitmentPath(h.documentId, h.id, h.page)}`,
  ];
}

export function commitmentRoutes(r: Router, deps: CommitmentRouteDeps): void {
  const { engine, config, read } = deps;

  r.get('/commitments', deps.requireRead, async (req, res) => {
    const { request, format } = read.commitmentInput(query(req));
    if (format === 'json') {
      res.json(await engine.searchCommitments(request));
      return;
    }
    const base = publicBase(config, req);
    await streamCsv(res, {
      name: 'sanad-commitments.csv',
      header: COMMITMENT_CSV_HEADER,
      maxRows: deps.csvMaxRows,
      fetchPage: (page, perPage) => engine.searchCommitments({ ...request, page, perPage }),
      row: (h) => commitmentCsvRow(h, base),
    });
  });

  r.get('/commitments/summary', deps.requireRead, async (req, res) => {
    res.json(await read.commitmentSummary(query(req)));
  });
}
