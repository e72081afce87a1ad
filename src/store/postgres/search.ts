// Full-text search on PostgreSQL: a tsvector per document (title weighted A, text D) under a GIN
// index, ranked by ts_rank_cd, with ts_headline snippets whose matches come back as ranges. The
// same candidate rule as SQLite's (../sqlite/search.ts): a query matching more than 1000 documents
// is ranked among its newest 1000 matches plus its newest older title matches, and its total is
// then a lower bound (ranking every match read every matching tsvector).
import { sql } from 'kysely';
import { searchCacheEntries, withResultCache } from '../sqlite/search-cache.ts';
import {
  SEARCH_LIMITS, rankedSearch, readQuery, searchWithFallback, type Candidate, type QueryTerm, type RankedSearchIndex, type SearchLimits,
} from '../sqlite/search.ts';

const START = '\u0001';
const END = '\u0002';
const HEADLINE = `StartSel=${START}, StopSel=${END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The query (read as ../sqlite/search.ts readQuery reads it: words, "phrases", prefix*, OR,
 * -exclusions) as to_tsquery input built only from letters and digits, so a query syntax error
 * cannot happen.
 */
export function toTsQuery(query: string | QueryTerm[]): string {
  const terms = typeof query === 'string' ? readQuery(query) : query;
  const one = (t: QueryTerm) => {
    const prefix = t.prefix ? ':*' : '';
    return t.words.length === 1 ? `${t.words[0]}${prefix}` : `(${t.words.join(' <-> ')}${prefix})`;
  };
  const groups: string[][] = [];
  for (const t of terms.filter((x) => !x.exclude)) {
    if (t.orBefore && groups.length) groups.at(-1)!.push(one(t)); else groups.push([one(t)]);
  }
  const positive = groups.map((g) => (g.length > 1 && groups.length > 1 ? `(${g.join(' | ')})` : g.join(' | '))).join(' & ');
  const excluded = terms.filter((x) => x.exclude).map((t) => `!${one(t)}`);
  return [positive.includes('&') && excluded.length ? `(${positive})` : positive, ...excluded].join(' & ');
}

/** The tsvector search index; `limits` only differ from the defaults in tests. */
export function createPostgresSearch(limits: SearchLimits = SEARCH_LIMITS): RankedSearchIndex {
  return {
    async indexDocument(trx, doc) {
      const row = await sql<{ seq: string }>`select seq from documents where doc_id = ${doc.docId}`.execute(trx);
      if (!row.rows.length) throw new Error(`search index: document ${doc.docId} is not stored`);
      await sql`insert into documents_search (doc_id, seq, title_tsv, tsv) values (${doc.docId}, ${row.rows[0].seq},
        setweight(to_tsvector('english', ${doc.title}), 'A'),
        setweight(to_tsvector('english', ${doc.title}), 'A') || setweight(to_tsvector('english', ${doc.text}), 'D'))`.execute(trx);
      await sql`insert into documents_search_text (doc_id, body) values (${doc.docId}, ${doc.text})`.execute(trx);
    },
    async removeDocument(trx, docId) {
      await sql`delete from documents_search where doc_id = ${docId}`.execute(trx);
      await sql`delete from documents_search_text where doc_id = ${docId}`.execute(trx);
    },
    search(db, query, options) {
      return searchWithFallback(readQuery(query), options, (terms, opts) => this.searchTerms(db, terms, opts));
    },
    searchTerms(db, terms, options) {
      const q = sql`to_tsquery('english', ${toTsQuery(terms)})`;
      // Ranks are negated scores, so lower ranks first on both backends.
      const candidates = (rows: { seq: string; score: number }[]): Candidate[] => rows.map((r) => ({ seq: Number(r.seq), rank: -Number(r.score) }));
      return rankedSearch(db, {
        // Newest first by the seq index, each row's tsvector checked and ranked as it is read.
        newest: async (d, n) => candidates((await sql<{ seq: string; score: number }>`
          select seq, ts_rank_cd(tsv, ${q}) as score from documents_search
          where tsv @@ ${q} order by seq desc limit ${n}`.execute(d)).rows),
        olderTitles: async (d, below, n) => candidates((await sql<{ seq: string; score: number }>`
          select seq, ts_rank_cd(title_tsv, ${q}) as score from documents_search
          where title_tsv @@ ${q} and seq < ${below} order by seq desc limit ${n}`.execute(d)).rows),
        snippets: async (d, docs) => {
          const rows = await sql<{ doc_id: string; marked: string }>`
            select doc_id, ts_headline('english', body, ${q}, ${HEADLINE}) as marked from documents_search_text
            where doc_id in (${sql.join(docs.map((x) => x.docId))})`.execute(d);
          const seqOf = new Map(docs.map((x) => [x.docId, x.seq]));
          return new Map(rows.rows.map((r) => [seqOf.get(r.doc_id)!, r.marked]));
        },
      }, limits, options);
    },
  };
}

/** The store's tsvector search, results cached until the corpus changes (../sqlite/search-cache.ts). */
export const postgresSearch: RankedSearchIndex = withResultCache(createPostgresSearch(), searchCacheEntries());
