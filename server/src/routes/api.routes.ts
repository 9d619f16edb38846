import fs from 'node:fs';
import { Router, type Request } from 'express';
import type { JobRow } from '@sanad/ingest/store/store.ts';
import type { JobView } from '@sanad/ingest/schema.ts';
import { SanadError } from '@sanad/ingest/errors.ts';
import type { AppDeps } from '../deps.ts';
import { createAuth } from '../auth.ts';
import { snippetToText } from '../csv.ts';
import { contentDisposition } from '../filename.ts';
import { openApiDocument } from '../openapi.ts';
import { API_CSP, authFailureLimiter, originalCsp, writeLimiter } from '../security.ts';
import { cancelJob } from '../jobs/cancel-job.ts';
import { acceptUploads, uploadMiddleware } from '../upload.ts';
import { commitmentRoutes } from './commitments.routes.ts';
import { KIND_FA, query, streamCsv } from './route-helpers.ts';
import { createReadServices } from '../services.ts';
import { documentListSchema, JOB_ID_PATTERN, jobListSchema, parseOrThrow } from '../validation.ts';

/** Most rows a CSV export holds (unless `limits.csvMaxRows` says otherwise). */
export const CSV_MAX_ROWS = 10_000;
/** What `GET /api/jobs/:id` answers (DESIGN §4). */
export function jobView(job: JobRow, warnings?: JobView['warnings']): JobView {
  return {
    id: job.id,
    status: job.status,
    file: job.filename,
    ...(job.documentId ? { documentId: job.documentId } : {}),
    ...(job.error ? { error: job.error, errorCode: job.errorCode } : {}),
    ...(warnings?.length ? { warnings } : {}),
    progress: job.progress,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
}

/** The `:id` path parameter ('' when absent or repeated). */
function pathId(req: Request): string {
  const id: unknown = req.params.id;
  return typeof id === 'string' ? id : '';
}

/**
 * Every endpoint of DESIGN §4 under `/api`. Health and the OpenAPI document
 * are public; everything else follows the read policy (open unless READ_TOKEN
 * is set); writes need a write token and are rate limited.
 */
export function apiRoutes(deps: AppDeps): Router {
  const r = Router();
  const { store, engine, config } = deps;
  const auth = createAuth(config, store);
  const writes = writeLimiter(deps.limits);
  const upload = uploadMiddleware(store, config.maxUploadBytes);
  const csvMaxRows = deps.limits?.csvMaxRows ?? CSV_MAX_ROWS;
  const read = deps.services ?? createReadServices(deps);

  r.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', API_CSP);
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  r.use(authFailureLimiter(deps.limits));

  // ------------------------------------------------------------- public

  r.get('/health', (_req, res) => {
    // Public, so it says nothing about the archive's content when reads need a token.
    const health = read.health();
    res.json(config.readToken ? { status: health.status, engine: health.engine } : health);
  });

  r.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });

  // --------------------------------------------------------------- read

  r.get('/search', auth.requireRead, async (req, res) => {
    const { request, format } = read.searchInput(req.query as Record<string, unknown>);
    if (format === 'json') {
      res.json(await engine.search(request));
      return;
    }
    await streamCsv(res, {
      name: 'sanad-search.csv',
      header: ['شناسه', 'نوع', 'عنوان', 'تاریخ', 'سازمان', 'استان', 'شهرستان', 'صفحه', 'بخش مرتبط', 'نشانی'],
      maxRows: csvMaxRows,
      fetchPage: (page, perPage) => engine.search({ ...request, page, perPage }),
      row: (h) => [
        h.id,
        KIND_FA[h.kind] ?? h.kind,
        h.title,
        h.dateJalali,
        h.organisations,
        h.province,
        h.counties,
        h.page,
        snippetToText(h.snippet),
        `/documents/${h.id}`,
      ],
    });
  });

  r.get('/resolutions', auth.requireRead, async (req, res) => {
    const { request, format } = read.resolutionInput(req.query as Record<string, unknown>);
    if (format === 'json') {
      res.json(await engine.searchResolutions(request));
      return;
    }
    await streamCsv(res, {
      name: 'sanad-resolutions.csv',
      header: [
        'شناسه سند',
        'عنوان سند',
        'تاریخ',
        'سازمان',
        'شهرستان',
        'شماره مصوبه',
        'متن مصوبه',
        'مسئول اجرا',
        'ناظر',
        'مهلت',
        'منابع مالی',
        'مبالغ',
        'صفحه',
      ],
      maxRows: csvMaxRows,
      fetchPage: (page, perPage) => engine.searchResolutions({ ...request, page, perPage }),
      row: (h) => [
        h.documentId,
        h.documentTitle,
        h.dateJalali,
        h.organisations,
        h.counties,
        h.number,
        h.text,
        h.responsible,
        h.supervisor,
        h.deadline,
        h.fundingBodies,
        h.amounts.map((a) => a.text),
        h.page,
      ],
    });
  });

  commitmentRoutes(r, { engine, config, requireRead: auth.requireRead, csvMaxRows, read });

  r.get('/analyze', auth.requireRead, (req, res) => {
    res.json(read.analyze(req.query as Record<string, unknown>));
  });

  r.get('/documents', auth.requireRead, (req, res) => {
    const p = parseOrThrow(documentListSchema, query(req));
    const { total, documents } = store.listDocuments(p);
    res.json({ total, page: p.page, perPage: p.perPage, documents });
  });

  r.get('/documents/:id', auth.requireRead, (req, res) => {
    res.json(read.document(pathId(req)));
  });

  r.get('/documents/:id/original', auth.requireRead, (req, res, next) => {
    const id = pathId(req);
    const doc = read.document(id);
    const file = store.filePath(doc.source.sha256);
    if (!fs.existsSync(file))
      throw new SanadError('original_missing', 'The original file of this document is missing.');
    const mime = doc.source.mime;
    // HTML originals are never rendered on this origin, even when asked inline.
    const inline = req.query.inline === '1' && mime !== 'text/html';
    res.setHeader('Content-Type', mime.startsWith('text/') ? `${mime}; charset=utf-8` : mime);
    res.setHeader('Content-Disposition', contentDisposition(inline ? 'inline' : 'attachment', doc.source.filename));
    res.setHeader('Content-Security-Policy', originalCsp(mime));
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.sendFile(file, { dotfiles: 'allow', cacheControl: false }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  });

  r.get('/jobs', auth.requireRead, (req, res) => {
    const p = parseOrThrow(jobListSchema, query(req));
    res.json({ jobs: store.listJobs(p).map((j) => jobView(j)) });
  });

  r.get('/jobs/:id', auth.requireRead, (req, res) => {
    const id = pathId(req);
    const job = JOB_ID_PATTERN.test(id) ? store.getJob(id) : null;
    if (!job) throw new SanadError('not_found', 'No job with this id.');
    // A finished job says which pages of its document could not be read (never a silent empty page).
    const warnings = job.status === 'done' && job.documentId ? store.getDocument(job.documentId)?.warnings : undefined;
    res.json(jobView(job, warnings));
  });

  // -------------------------------------------------------------- write

  r.post('/documents', writes, auth.requireWrite, upload, async (req, res) => {
    const files = Array.isArray(req.files) ? req.files : [];
    const accepted = await acceptUploads(store, files);
    deps.jobs?.notify();
    res.status(202).json({ jobs: accepted.map((a) => ({ id: a.job.id, file: a.file, status: a.job.status })) });
  });

  r.delete('/jobs/:id', writes, auth.requireWrite, async (req, res) => {
    const id = pathId(req);
    const outcome = JOB_ID_PATTERN.test(id) ? await cancelJob(store, deps.jobs, id) : 'not_found';
    if (outcome === 'not_found') throw new SanadError('not_found', 'No job with this id.');
    if (outcome === 'finished') throw new SanadError('job_finished', 'This job has already finished.');
    req.log?.info({ job: id }, 'job cancelled');
    res.json(jobView(store.getJob(id)!));
  });

  r.delete('/documents/:id', writes, auth.requireWrite, async (req, res) => {
    const id = pathId(req);
    const doc = read.document(id);
    // Index first: a record without index entries is harmless (reindex heals), the reverse shows ghosts.
    await engine.remove([id]);
    store.deleteDocument(id);
    if (!store.hasPendingJobFor(doc.source.sha256)) store.removeFile(doc.source.sha256);
    req.log?.info({ documentId: id }, 'document deleted');
    res.status(204).end();
  });

  return r;
}
