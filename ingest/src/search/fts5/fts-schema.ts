/**
 * Table layout of the FTS5 index (own database file, rebuildable from the archive store):
 * - `passages` (FTS5, contentless with delete): one row per passage (a page, or ~400 words of
 *   a longer page); rowid = docno · 2^16 + passage number, so a hit's document is arithmetic.
 *   Columns hold engine terms (search keys, space-joined): `title`, `meta` (organisations,
 *   places, speakers, funding, people, Jalali year), `resol` (resolutions on that page), `body`,
 *   and `fold` (plural folds that differ from the term). BM25 weights title 10 > meta 4 =
 *   resol 4 > body 1 > fold 0.5.
 * - `passage_text`: the display text of each passage (deflated; read for the snippets of the page
 *   shown only) and its page.
 * - `res_fts` / `res`: one row per resolution (rowid = docno · 2^16 + index) and its record (deflated JSON).
 * - `docs`, `facet_values`: hit fields and facet value ids (a little-endian Int32 blob per row).
 */
import type Database from 'better-sqlite3';
import { FACETS } from '../search-engine.ts';

export const SCHEMA_VERSION = '6'; // 4: commitments tables; 5: compound and hamza-seat keys; 6: fold column with the term before
/** rowid = docno * ROW_SPAN + passage (or resolution) number. */
export const ROW_SPAN = 65536;
export const MAX_PASSAGES = ROW_SPAN;
export const TOKENIZE = `unicode61 remove_diacritics 0 categories 'L* N* Co M*' tokenchars '.'`;
export const PASSAGE_WEIGHTS = '10.0, 4.0, 4.0, 1.0, 0.5';
export const RES_WEIGHTS = '1.0, 3.0, 0.5';

/** Facets of the resolution view, after the document facets in the shared value dictionary. */
export const RES_RESPONSIBLE = FACETS.length; // 7
export const RES_FUNDING = FACETS.length + 1; // 8
export const ALL_FACET_NAMES = [...FACETS, 'res_responsible', 'res_funding'] as const;
export const FACET_INDEX = new Map<string, number>(ALL_FACET_NAMES.map((f, i) => [f, i]));

/** Document number of a passage or resolution rowid. */
export function docnoOf(rowid: number): number {
  return Math.floor(rowid / ROW_SPAN);
}

export function createTables(db: Database.Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS passages USING fts5(
      title, meta, resol, body, fold,
      content='', contentless_delete=1, tokenize="${TOKENIZE}");
    CREATE VIRTUAL TABLE IF NOT EXISTS passages_vocab USING fts5vocab(passages, row);
    CREATE TABLE IF NOT EXISTS passage_text (rowid INTEGER PRIMARY KEY, page INTEGER, display BLOB NOT NULL);
    CREATE VIRTUAL TABLE IF NOT EXISTS res_fts USING fts5(
      body, meta, fold, content='', contentless_delete=1, tokenize="${TOKENIZE}");
    CREATE TABLE IF NOT EXISTS res (rowid INTEGER PRIMARY KEY, record BLOB NOT NULL, vids BLOB NOT NULL);
    CREATE TABLE IF NOT EXISTS docs (
      docno INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, title TEXT,
      date TEXT, date_jalali TEXT, dnum INTEGER NOT NULL, organisations TEXT NOT NULL,
      province TEXT, counties TEXT NOT NULL, npassages INTEGER NOT NULL, nres INTEGER NOT NULL,
      vids BLOB NOT NULL);
    CREATE INDEX IF NOT EXISTS docs_dnum ON docs(dnum);
    CREATE TABLE IF NOT EXISTS facet_values (vid INTEGER PRIMARY KEY, facet TEXT NOT NULL, value TEXT NOT NULL, UNIQUE (facet, value));
    INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', '${SCHEMA_VERSION}');
  `);
}

export function dropTables(db: Database.Database): void {
  db.exec(`
    DROP TABLE IF EXISTS passages_vocab; DROP TABLE IF EXISTS passages; DROP TABLE IF EXISTS passage_text;
    DROP TABLE IF EXISTS res_fts; DROP TABLE IF EXISTS res; DROP TABLE IF EXISTS docs;
    DROP TABLE IF EXISTS facet_values; DROP TABLE IF EXISTS doc_facets; DROP TABLE IF EXISTS res_facets;`);
}

/** Open (or create) the index database; drops derived tables of another schema version. */
export function openIndexDb(file: string, DatabaseCtor: typeof Database): Database.Database {
  const db = new DatabaseCtor(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const v = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined;
  if (v && v.value !== SCHEMA_VERSION) dropTables(db); // derived data: rebuild with `npm run reindex`
  createTables(db);
  return db;
}
