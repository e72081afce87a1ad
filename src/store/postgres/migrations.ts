// PostgreSQL's own migrations, run after the shared ones: full-text search on a tsvector column
// with a GIN index (title weighted above the text), and trigram indexes on people's names
// (pg_trgm) when the server has that extension.
import { sql } from 'kysely';
import type { Migration } from '../schema.ts';

export const postgresMigrations: Migration[] = [
  {
    name: '100-postgres-search',
    async up(db) {
      await sql`create table documents_search (
        doc_id text primary key,
        title text not null,
        body text not null,
        tsv tsvector not null
      )`.execute(db);
      await sql`create index documents_search_tsv on documents_search using gin (tsv)`.execute(db);
    },
  },
  {
    name: '101-postgres-name-trigrams',
    async up(db) {
      // pg_trgm ships with the server packages, but a managed server may not allow it: the
      // store works without these indexes (name lookups scan instead), so a failure is not fatal.
      await sql`savepoint trgm`.execute(db);
      try {
        await sql`create extension if not exists pg_trgm`.execute(db);
        await sql`create index persons_name_trgm on persons using gin (name gin_trgm_ops)`.execute(db);
        await sql`release savepoint trgm`.execute(db);
      } catch (e) {
        await sql`rollback to savepoint trgm`.execute(db);
        process.emitWarning(`PostgreSQL: pg_trgm is not available (${(e as Error).message.split('\n')[0]}); person names are matched without trigram indexes`);
      }
    },
  },
  {
    // Search that stays fast at 100k documents: a narrow table (seq, a title-only tsvector, the
    // weighted tsvector) so finding "the newest N matches" and ranking them reads little, the text
    // for headlines in its own table (read only for a page's rows), and GIN indexes without a
    // pending list (fastupdate off), which every query would otherwise scan until a vacuum.
    name: '102-postgres-search-by-seq',
    async up(db) {
      await sql`create table documents_search_v2 (
        doc_id text primary key,
        seq bigint not null,
        title_tsv tsvector not null,
        tsv tsvector not null
      )`.execute(db);
      await sql`insert into documents_search_v2 (doc_id, seq, title_tsv, tsv)
        select s.doc_id, d.seq, setweight(to_tsvector('english', s.title), 'A'), s.tsv
        from documents_search s join documents d on d.doc_id = s.doc_id`.execute(db);
      await sql`create table documents_search_text (doc_id text primary key, body text not null)`.execute(db);
      await sql`insert into documents_search_text (doc_id, body) select doc_id, body from documents_search`.execute(db);
      await sql`drop table documents_search`.execute(db);
      await sql`alter table documents_search_v2 rename to documents_search`.execute(db);
      await sql`alter index documents_search_v2_pkey rename to documents_search_pkey`.execute(db);
      await sql`create index documents_search_tsv on documents_search using gin (tsv) with (fastupdate = off)`.execute(db);
      await sql`create index documents_search_title on documents_search using gin (title_tsv) with (fastupdate = off)`.execute(db);
      await sql`create index documents_search_seq on documents_search (seq)`.execute(db);
    },
  },
];
