// A small per-process cache of search results, keyed by the corpus generation (meta 'generation',
// which every ingest, reindex and correction moves, from any process): a result is reused only
// while nothing was written since. Both backends use it; READOUT_SEARCH_CACHE=0 turns it off
// (e.g. to measure uncached latency), another number sets how many results it keeps.
import { sql } from 'kysely';
import type { Db, RankedSearchIndex } from '../backend.ts';

type Result = Awaited<ReturnType<RankedSearchIndex['search']>>;

/** Entries to keep, from READOUT_SEARCH_CACHE (default 256; 0 = no cache). */
export function searchCacheEntries(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.READOUT_SEARCH_CACHE;
  if (raw === undefined || raw === '') return 256;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`READOUT_SEARCH_CACHE: a whole number of results to keep (0 = no cache), got "${raw}"`);
  return n;
}

/** `index` with its results cached per database, least recently used dropped first. */
export function withResultCache(index: RankedSearchIndex, entries: number): RankedSearchIndex {
  if (entries <= 0) return index;
  const caches = new WeakMap<Db, Map<string, Result>>();
  return {
    indexDocument: (trx, doc) => index.indexDocument(trx, doc),
    removeDocument: (trx, docId) => index.removeDocument(trx, docId),
    searchTerms: (db, terms, options) => index.searchTerms(db, terms, options),
    async search(db, query, options) {
      const generation = await sql<{ value: string }>`select value from meta where key = 'generation'`.execute(db);
      const key = JSON.stringify([generation.rows[0]?.value ?? null, query, options.limit, options.offset, options.includeSuperseded]);
      let cache = caches.get(db);
      if (!cache) caches.set(db, (cache = new Map()));
      let result = cache.get(key);
      if (result) {
        cache.delete(key); // re-inserted below: most recently used last
      } else {
        result = await index.search(db, query, options);
        if (cache.size >= entries) cache.delete(cache.keys().next().value!);
      }
      cache.set(key, result);
      // Callers own what they get: a copy, so nothing they change reaches the cache.
      return structuredClone(result);
    },
  };
}
