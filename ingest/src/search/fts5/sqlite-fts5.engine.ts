/**
 * SQLite FTS5 search engine (better-sqlite3, synchronous calls behind async methods): the facade
 * over the modules of this folder.
 *
 * - fts-schema.ts   tables, rowid layout (docno · 2^16 + passage), BM25 weights
 * - fts-pack.ts     value-id blobs, deflated display text, rowid lists
 * - fts-index.ts    connection, statements, in-memory mirrors, one LRU with one `invalidate()`
 * - fts-writer.ts   index / remove documents
 * - query-compiler.ts  parsed query → FTS5 expressions (folds, joins, splits, typos, completions)
 * - fts-matcher.ts  tiered matching, exclusions, whole-query phrase boost
 * - ranking.ts, facet-lists.ts, fts-paging.ts  shared by every search path (documents,
 *                   resolutions, commitments): top-k paging, sort keys, facet lists, request checks
 * - document-search.ts, resolution-search.ts  the two search paths
 * - fts-commitments.ts  the ledger: its own tables, mirror and search path (commitments.ts)
 *
 * Cost at 100 000 documents (see test/bench/run.ts): an expression matching more passages than
 * `rankWindow` costs one bm25 pass over the newest ones plus one rowid-only pass; candidates are
 * columnar typed arrays, filters and disjunctive facet counts are one loop over them
 * (fts-facets.ts layout), the page is chosen with a bounded heap, and only the page's passages
 * are inflated and snippeted.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentRecord } from '../../schema.ts';
import type {
  CommitmentSearchRequest,
  CommitmentSearchResponse,
  CommitmentSummaryRequest,
  CommitmentSummaryRow,
} from '../commitments.ts';
import type {
  ResolutionSearchRequest,
  ResolutionSearchResponse,
  SearchEngine,
  SearchRequest,
  SearchResponse,
} from '../search-engine.ts';
import { searchDocuments } from './document-search.ts';
import { Fts5Commitments } from './fts-commitments.ts';
import { FtsIndex } from './fts-index.ts';
import { FtsMatcher } from './fts-matcher.ts';
import { removeDocuments, writeDocuments } from './fts-writer.ts';
import { QueryCompiler } from './query-compiler.ts';
import { searchResolutions } from './resolution-search.ts';

export interface SqliteFts5EngineOptions {
  /** Database file of the index (created if missing), e.g. `DATA_DIR/search.db`. */
  path: string;
  /** Most values listed per facet (selected values are always listed). Default 100. */
  maxValuesPerFacet?: number;
  /** Expansions and relaxed matching apply while fewer documents than this match. Default 10. */
  relaxBelow?: number;
  /** Most typo candidates per query term. Default 8. */
  maxTypoCandidates?: number;
  /**
   * BM25 is computed for at most this many matching passages per expression (the newest);
   * further matches count (totals, facets) and sort by date. Default 2000.
   */
  rankWindow?: number;
  /** Recent large match results kept in memory (LRU, dropped on any write); 0 disables. Default 16. */
  matchCacheEntries?: number;
}

export interface Open {
  ix: FtsIndex;
  compiler: QueryCompiler;
  matcher: FtsMatcher;
  commitments: Fts5Commitments;
}

/** The FTS5 engine. */
export class SqliteFts5Engine implements SearchEngine {
  readonly name = 'sqlite' as const;
  private readonly opts: Required<SqliteFts5EngineOptions>;
  private state: Open | null = null;

  constructor(opts: SqliteFts5EngineOptions) {
    this.opts = {
      maxValuesPerFacet: 100,
      relaxBelow: 10,
      maxTypoCandidates: 8,
      rankWindow: 2000,
      matchCacheEntries: 16,
      ...opts,
    };
  }

  private get open(): Open {
    if (!this.state) throw new Error('SqliteFts5Engine: call init() first');
    return this.state;
  }

  /** The open index, compiler and matcher (for the other search paths of this folder, e.g. commitments). */
  parts(): Readonly<Open> {
    return this.open;
  }

  async init(): Promise<void> {
    if (this.state) return;
    if (this.opts.path !== ':memory:') fs.mkdirSync(path.dirname(this.opts.path), { recursive: true });
    const ix = FtsIndex.open(this.opts.path, this.opts.matchCacheEntries);
    const compiler = new QueryCompiler(() => ix.ensureVocab(), this.opts);
    const commitments = new Fts5Commitments({ ix, compiler, ...this.opts });
    this.state = { ix, compiler, matcher: new FtsMatcher(ix, compiler, this.opts), commitments };
  }

  async index(docs: DocumentRecord[]): Promise<void> {
    writeDocuments(this.open.ix, docs);
    this.open.commitments.write(docs);
  }

  async remove(ids: string[]): Promise<void> {
    removeDocuments(this.open.ix, ids);
    this.open.commitments.remove(ids);
  }

  async clear(): Promise<void> {
    this.open.commitments.reset();
    this.open.ix.reset();
  }

  async count(): Promise<number> {
    const { ix } = this.open;
    ix.sync();
    return ix.docs.count;
  }

  async close(): Promise<void> {
    if (!this.state) return;
    this.state.ix.close();
    this.state = null;
  }

  async search(req: SearchRequest): Promise<SearchResponse> {
    const { ix, matcher } = this.open;
    return searchDocuments(ix, matcher, req, this.opts.maxValuesPerFacet);
  }

  async searchResolutions(req: ResolutionSearchRequest): Promise<ResolutionSearchResponse> {
    return searchResolutions({ ...this.open, ...this.opts }, req);
  }

  async searchCommitments(req: CommitmentSearchRequest): Promise<CommitmentSearchResponse> {
    return this.open.commitments.search(req);
  }

  async summarizeCommitments(req: CommitmentSummaryRequest): Promise<CommitmentSummaryRow[]> {
    return this.open.commitments.summarize(req);
  }
}
