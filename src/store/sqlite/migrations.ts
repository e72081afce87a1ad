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
  {
    // The index keyed by each document's seq (stable and unique, unlike SQLite's implicit rowid,
    // which VACUUM may renumber): ranking then reads only the FTS index, and a query can take
    // "the newest N matches" as a rowid range, so a word in half the corpus never ranks every match.
    name: '101-sqlite-fts-by-seq',
    async up(db) {
      await sql`create virtual table documents_fts_by_seq using fts5(title, text, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
      await sql`insert into documents_fts_by_seq (rowid, title, text)
        select d.seq, f.title, f.text from documents_fts f join documents d on d.doc_id = f.doc_id order by d.seq`.execute(db);
      await sql`drop table documents_fts`.execute(db);
      await sql`alter table documents_fts_by_seq rename to documents_fts`.execute(db);
    },
  },
];
