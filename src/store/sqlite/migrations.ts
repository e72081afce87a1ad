// SQLite's own migrations, run after the shared ones: the FTS5 index.
import { sql } from 'kysely';
import type { Migration } from '../schema.ts';

export const sqliteMigrations: Migration[] = [
  {
    name: '100-sqlite-fts',
    async up(db) {
      await sql`create virtual table documents_fts using fts5(doc_id unindexed, title, text, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
    },
  },
];
