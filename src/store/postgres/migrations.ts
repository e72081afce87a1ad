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
];
