/**
 * Writes to the FTS5 index: a document's passages, display text, resolutions, hit fields and
 * facet value ids, kept in step with the in-memory mirrors of `FtsIndex`.
 */
import type { DocumentRecord, Resolution } from '../../schema.ts';
import {
  dateNumber,
  documentFacets,
  documentMetaText,
  documentPassages,
  foldTerm,
  keyTerms,
  resolutionFacets,
  resolutionMetaText,
  resolutionsOfPassage,
} from '../fts-records.ts';
import { FACETS } from '../search-engine.ts';
import { encodeIds, packText } from './fts-pack.ts';
import type { FtsIndex } from './fts-index.ts';
import { MAX_PASSAGES, RES_FUNDING, RES_RESPONSIBLE, ROW_SPAN } from './fts-schema.ts';

/**
 * The `fold` column: the plural fold of each term that differs from it, after the term before
 * it, so a phrase matches a plural too («تفاهم نامه» finds «تفاهم نامه‌های»).
 */
function folds(terms: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const f = foldTerm(t);
    if (f === t) continue;
    if (i > 0) out.push(terms[i - 1]!);
    out.push(f);
  }
  return out;
}

/** Index (or re-index) documents in one transaction. */
export function writeDocuments(ix: FtsIndex, docs: DocumentRecord[]): void {
  ix.sync();
  ix.invalidate();
  const newTerms = new Map<string, number>();
  ix.db.transaction((batch: DocumentRecord[]) => {
    for (const doc of batch) indexOne(ix, doc, newTerms);
  })(docs);
  ix.wrote();
  if (ix.vocabReady) for (const [t, n] of newTerms) ix.vocab.add(t, n);
}

/** Remove documents by id in one transaction. */
export function removeDocuments(ix: FtsIndex, ids: string[]): void {
  ix.sync();
  ix.invalidate();
  ix.db.transaction(() => {
    for (const id of ids) {
      const row = ix.st('SELECT docno FROM docs WHERE id = ?').get(id) as { docno: number } | undefined;
      if (!row) continue;
      deleteRows(ix, row.docno);
      ix.st('DELETE FROM docs WHERE docno = ?').run(row.docno);
      ix.docs.remove(row.docno);
    }
  })();
  ix.wrote();
}

function deleteRows(ix: FtsIndex, docno: number): void {
  const row = ix.st('SELECT npassages, nres FROM docs WHERE docno = ?').get(docno) as
    { npassages: number; nres: number } | undefined;
  if (!row) return;
  const base = docno * ROW_SPAN;
  const delP = ix.st('DELETE FROM passages WHERE rowid = ?');
  for (let i = 0; i < row.npassages; i++) delP.run(base + i);
  ix.st('DELETE FROM passage_text WHERE rowid >= ? AND rowid < ?').run(base, base + ROW_SPAN);
  const delR = ix.st('DELETE FROM res_fts WHERE rowid = ?');
  for (let i = 0; i < row.nres; i++) {
    delR.run(base + i);
    ix.res.remove(base + i);
  }
  ix.st('DELETE FROM res WHERE rowid >= ? AND rowid < ?').run(base, base + ROW_SPAN);
}

function indexOne(ix: FtsIndex, doc: DocumentRecord, newTerms: Map<string, number>): void {
  const existing = ix.st('SELECT docno FROM docs WHERE id = ?').get(doc.id) as { docno: number } | undefined;
  let docno: number;
  if (existing) {
    docno = existing.docno;
    deleteRows(ix, docno);
  } else {
    const r = ix.st('SELECT coalesce(max(docno), 0) + 1 AS n FROM docs').get() as { n: number };
    docno = r.n;
  }
  const passages = documentPassages(doc).slice(0, MAX_PASSAGES);
  const resolutions = doc.resolutions.slice(0, ROW_SPAN);
  const dnum = dateNumber(doc.date);
  const facets = documentFacets(doc);
  const vids: number[] = [];
  FACETS.forEach((f, i) => {
    for (const v of facets[f]) vids.push(ix.valueId(i, v));
  });
  ix.st(
    `INSERT OR REPLACE INTO docs(docno, id, kind, title, date, date_jalali, dnum, organisations, province, counties, npassages, nres, vids)
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  ).run(
    docno,
    doc.id,
    doc.kind,
    doc.title,
    doc.date,
    doc.dateJalali,
    dnum,
    JSON.stringify(doc.organisations),
    doc.province,
    JSON.stringify(doc.counties),
    passages.length,
    resolutions.length,
    encodeIds(vids),
  );
  ix.docs.set(docno, vids, dnum);

  // passages
  const seen = new Set<string>();
  const note = (terms: string[]) => {
    for (const t of terms) seen.add(t);
  };
  const titleTerms = keyTerms(doc.title ?? '');
  const metaTerms = keyTerms(documentMetaText(doc));
  note(titleTerms);
  note(metaTerms);
  const titleKey = titleTerms.join(' ');
  const metaKey = metaTerms.join(' ');
  const headFold = folds(titleTerms).concat(folds(metaTerms));
  const insP = ix.st('INSERT INTO passages(rowid, title, meta, resol, body, fold) VALUES (?,?,?,?,?,?)');
  const insT = ix.st('INSERT INTO passage_text(rowid, page, display) VALUES (?,?,?)');
  const base = docno * ROW_SPAN;
  const resTermsOf = new Map<Resolution, string[]>(resolutions.map((r) => [r, keyTerms(r.text)]));
  for (const p of passages) {
    const bodyTerms = keyTerms(p.display);
    const resTerms = resolutionsOfPassage(doc, passages, p).flatMap((r) => resTermsOf.get(r) ?? keyTerms(r.text));
    note(bodyTerms);
    const fold = headFold.concat(folds(resTerms), folds(bodyTerms));
    note(fold);
    insP.run(base + p.seq, titleKey, metaKey, resTerms.join(' '), bodyTerms.join(' '), fold.join(' '));
    insT.run(base + p.seq, p.page, packText(p.display));
  }
  for (const t of seen) newTerms.set(t, (newTerms.get(t) ?? 0) + 1);

  // resolutions
  const insR = ix.st('INSERT INTO res_fts(rowid, body, meta, fold) VALUES (?,?,?,?)');
  const insRR = ix.st('INSERT INTO res(rowid, record, vids) VALUES (?,?,?)');
  resolutions.forEach((r, i) => {
    const rowid = base + i;
    const body = resTermsOf.get(r)!;
    const meta = keyTerms(resolutionMetaText(r));
    insR.run(rowid, body.join(' '), meta.join(' '), folds(body).concat(folds(meta)).join(' '));
    const rf = resolutionFacets(r);
    const rv = [
      ...rf.responsible.map((v) => ix.valueId(RES_RESPONSIBLE, v)),
      ...rf.funding.map((v) => ix.valueId(RES_FUNDING, v)),
    ];
    insRR.run(rowid, packText(JSON.stringify(r)), encodeIds(rv));
    if (ix.resReady) ix.res.set(rowid, rv, dnum);
  });
}
