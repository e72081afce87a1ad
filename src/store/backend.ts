// What a backend (SQLite, PostgreSQL) supplies to the shared store logic: a Kysely instance on
// the shared schema, and the dialect-specific parts (full-text search, closing).
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { SearchHit, SearchOptions } from './types.ts';

export type Db = Kysely<Database>;

interface SearchIndex {
  /** Adds one document's title and text to the index (inside the ingest transaction). */
  indexDocument(trx: Db, doc: { docId: string; title: string; text: string }): Promise<void>;
  removeDocument(trx: Db, docId: string): Promise<void>;
  /** Ranked matches, best first. Bad query syntax never throws: the query is read as words. */
  /** `totalIsLowerBound`: the match set was too large to count, and `total` counts only the candidates ranked. */
  search(db: Db, query: string, options: Required<SearchOptions>): Promise<{ hits: SearchHit[]; total: number; totalIsLowerBound?: boolean }>;
}

/** A user's query read as terms: words, "quoted phrases", prefix*, OR between terms, -excluded terms. */
export interface QueryTerm { words: string[]; prefix: boolean; phrase: boolean; exclude: boolean; orBefore: boolean }

/** A search index that also says whether its total is a lower bound (a capped match set). */
export interface RankedSearchIndex extends SearchIndex {
  search(db: Db, query: string, options: Required<SearchOptions>): Promise<{ hits: SearchHit[]; total: number; totalIsLowerBound: boolean }>;
  /** One reading of the query, without the fallback to some of its words. */
  searchTerms(db: Db, terms: QueryTerm[], options: Required<SearchOptions>): Promise<{ hits: SearchHit[]; total: number; totalIsLowerBound: boolean }>;
}

export interface StoreBackend {
  name: string;
  db: Db;
  search: SearchIndex;
  close(): Promise<void>;
}
