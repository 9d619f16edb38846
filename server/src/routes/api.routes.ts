import { Router } from 'express';
import { NotFoundError } from '@sanad/ingest/errors.ts';
import { analyze } from '@sanad/ingest/text/index.ts';
import type { AppDeps } from '../app.ts';
import { cleanQuery, ID_PATTERN, parseOrThrow, resolutionQuerySchema, searchQuerySchema } from '../validation.ts';
import { z } from 'zod';

/** Read endpoints of the API (DESIGN §4). */
export function readRoutes(deps: AppDeps): Router {
  const r = Router();

  r.get('/health', async (_req, res) => {
    res.json({ status: 'ok', engine: deps.engine.name, documents: deps.store.countDocuments() });
  });

  r.get('/search', async (req, res) => {
    const p = parseOrThrow(searchQuerySchema, req.query);
    const result = await deps.engine.search({
      q: cleanQuery(p.q),
      filters: {
        kind: p.kind,
        organisation: p.organisation,
        province: p.province,
        county: p.county,
        speaker: p.speaker,
        funding: p.funding,
        year: p.year,
        from: p.from,
        to: p.to,
      },
      sort: p.sort,
      page: p.page,
      perPage: p.perPage,
    });
    res.json(result);
  });

  r.get('/resolutions', async (req, res) => {
    const p = parseOrThrow(resolutionQuerySchema, req.query);
    const result = await deps.engine.searchResolutions({
      q: cleanQuery(p.q),
      filters: {
        responsible: p.responsible,
        funding: p.funding,
        organisation: p.organisation,
        county: p.county,
        from: p.from,
        to: p.to,
      },
      page: p.page,
      perPage: p.perPage,
    });
    res.json(result);
  });

  r.get('/analyze', (req, res) => {
    const { text } = parseOrThrow(z.object({ text: z.string().max(5000).default('') }), req.query);
    res.json(analyze(cleanQuery(text)));
  });

  r.get('/documents/:id', (req, res) => {
    const id = req.params.id;
    const doc = ID_PATTERN.test(id) ? deps.store.getDocument(id) : null;
    if (!doc) throw new NotFoundError('No document with this id.');
    res.json(doc);
  });

  r.get('/documents/:id/original', (req, res) => {
    const id = req.params.id;
    const doc = ID_PATTERN.test(id) ? deps.store.getDocument(id) : null;
    if (!doc) throw new NotFoundError('No document with this id.');
    const file = deps.store.filePath(doc.source.sha256);
    res.setHeader('Content-Type', doc.source.mime);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.attachment(doc.source.filename);
    if (req.query.inline === '1') {
      res.setHeader('Content-Disposition', res.getHeader('Content-Disposition')!.toString().replace(/^attachment/, 'inline'));
    }
    res.sendFile(file, { dotfiles: 'allow' });
  });

  return r;
}
