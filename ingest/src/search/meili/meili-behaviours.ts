/**
 * The Meilisearch behaviours the adapter relies on, each with where it was read. Pinned server:
 * getmeili/meilisearch v1.50.0 (docker-compose.yml); client: meilisearch-js 0.62. These were
 * verified by READING the source and docs, not by running a server on the development machines:
 * `scripts/meili-contract.sh` runs the contract suite against the pinned server where Docker is
 * available. Source paths are in https://github.com/meilisearch/meilisearch (crates/milli/…).
 *
 * 1. Ranking rules apply in the order listed, and `sort` acts only where it stands: before the
 *    relevancy rules it orders the whole result, after them it merely breaks ties. Without a
 *    `sort` search parameter the rule is inert. The `words` rule is inserted before the first of
 *    typo/proximity/attribute/exactness when absent, and dropped with `matchingStrategy: 'all'`.
 *    milli `search/new/mod.rs` (`get_ranking_rules_for_query_graph_search`, `resolve_sort_criteria`);
 *    https://www.meilisearch.com/docs/learn/relevancy/ranking_rules
 * 2. `matchingStrategy: 'all'` keeps only records holding every query term; `'last'` removes terms
 *    from the end of the query until enough records match, so its candidates are the records
 *    holding the FIRST term; phrases are never removed. milli `Words` rule in `search/new/`, tests in
 *    `search/new/tests/words_tms.rs`; https://www.meilisearch.com/docs/reference/api/search#matching-strategy
 * 3. Only the first 10 query terms are read; a quoted phrase is ONE term; once the limit is reached
 *    the rest of the query (negative words too) is ignored. The last term is a prefix only when no
 *    separator follows it. Phrases allow no typo and no prefix. milli
 *    `search/new/query_term/parse_query.rs` (`located_query_terms_from_tokens`, `PhraseBuilder`);
 *    https://www.meilisearch.com/docs/learn/resources/known_limitations#maximum-number-of-query-words
 * 4. `-word` / `-"phrase"` remove RECORDS holding them from the universe (`resolve_negative_words`
 *    in `search/new/mod.rs`). Our records are passages, so the adapter excludes whole documents
 *    itself (docIds of records holding the word, then `docId NOT IN [...]`).
 * 5. With `page`/`hitsPerPage` the count is exhaustive and, with a distinct attribute, distinct is
 *    applied to every candidate before counting (`execute_search`, end of `search/new/mod.rs`), and
 *    facets are counted over those distinct candidates. `totalHits = min(candidates,
 *    pagination.maxTotalHits)` (meilisearch `search/mod.rs`), so `maxTotalHits` must exceed the
 *    archive's document count for exact totals; it also bounds how deep a query can page.
 *    https://www.meilisearch.com/docs/reference/api/settings#pagination
 * 6. Facet values: `faceting.sortFacetValuesBy` defaults to alpha, so the `maxValuesPerFacet`
 *    values returned are the alphabetically first ones; with `count` they are the most frequent
 *    (`count_iterate_over_facet_distribution`). milli `search/facet/facet_distribution.rs`;
 *    https://www.meilisearch.com/docs/reference/api/settings#faceting
 * 7. Tasks of one index run in the order they were enqueued, and consecutive document additions /
 *    deletions are auto-batched into one indexing run; awaiting each task before sending the next
 *    defeats that. A settings change that alters the index reindexes it (minutes on a large
 *    archive) while searches keep the old settings. https://www.meilisearch.com/docs/learn/async/asynchronous_operations
 * 8. Request bodies above 100 MB are refused (`--http-payload-size-limit`); batches are sized by
 *    bytes. https://www.meilisearch.com/docs/learn/self_hosted/configure_meilisearch_at_launch#payload-limit-size
 * 9. Keys: the master key is for managing keys; applications should use an admin API key, reads a
 *    search key (`GET /keys` lists the default ones). https://www.meilisearch.com/docs/learn/security/basic_security
 * 10. charabia's default separators include «.» and ZWNJ. Our search keys never hold ZWNJ (it is
 *    joined or split by the app's normalisation) and hold «.» only inside decimals («12.5»), so the
 *    indexes set `nonSeparatorTokens: ['.']`, as FTS5 keeps «.» (`tokenchars '.'`).
 *    https://www.meilisearch.com/docs/reference/api/settings#non-separator-tokens
 * 11. meilisearch-js 0.62: `timeout` (ms) in the client config aborts each HTTP request with
 *    `MeilisearchRequestTimeOutError`; a network failure is `MeilisearchRequestError`; an HTTP error
 *    answer is `MeilisearchApiError` (with `response.status`). `tasks.getTasks({ uids })` reads
 *    several task statuses in one `GET /tasks?uids=…`.
 */

/** Query terms Meilisearch reads (behaviour 3). */
export const MEILI_QUERY_TERMS = 10;

/** Below this many matching documents the query is relaxed (the SQLite engine's `relaxBelow`). */
export const RELAX_BELOW = 10;
