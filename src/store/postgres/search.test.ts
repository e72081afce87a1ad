// PostgreSQL search: the shared search cases (../sqlite/search-cases.ts) on a throwaway cluster,
// and a database indexed before migration 102 still finding its documents after it. Skips when
// the server binaries are absent, unless READOUT_REQUIRE_POSTGRES=1, where that fails.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { openPostgresBackend } from './open.ts';
import { createPostgresSearch } from './search.ts';
import { postgresMigrations } from './migrations.ts';
import { runMigrations, sharedMigrations } from '../schema.ts';
import { runSearchCases } from '../sqlite/search-cases.ts';
import { postgresUnavailable, startThrowawayPostgres, type ThrowawayPostgres } from '../../testing/postgres.ts';

const unavailable = postgresUnavailable();
let cluster: Promise<ThrowawayPostgres> | null = null;
let databases = 0;

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  cluster ??= startThrowawayPostgres({ fast: true });
  const server = await cluster;
  const name = `readout_search_${++databases}`;
  return { url: await server.createDatabase(name), drop: () => server.dropDatabase(name) };
}

after(async () => {
  if (cluster) await (await cluster).stop();
});

if (unavailable) {
  test('postgres: search', (t) => t.skip(unavailable));
} else {
  runSearchCases('postgres', async (limits) => {
    const { url, drop } = await freshDatabase();
    const backend = await openPostgresBackend(url);
    const search = createPostgresSearch(limits);
    return { backend: { ...backend, search }, search, cleanup: drop };
  });

  test('postgres: a database indexed before migration 102 finds its documents after it', async () => {
    const { url, drop } = await freshDatabase();
    try {
      const before = postgresMigrations.filter((m) => m.name < '102');
      const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });
      await runMigrations(db, [...sharedMigrations, ...before]);
      await sql`insert into documents (doc_id, source_key, version, is_current, superseded_by, title, date, year, kind, format, record_json, ingest_json, ingested_at, extracted_at, seq)
        values ('d1', '/a.txt', 1, 1, null, 'Harbour Accord', '2020-01-01', 2020, 'readout', 'txt', '{}', '{}', '2020', '2020', 7)`.execute(db);
      await sql`insert into documents_search (doc_id, title, body, tsv) values ('d1', 'Harbour Accord', 'The ministers signed the harbour accord.',
        setweight(to_tsvector('english', 'Harbour Accord'), 'A') || setweight(to_tsvector('english', 'The ministers signed the harbour accord.'), 'D'))`.execute(db);
      await db.destroy();
      const backend = await openPostgresBackend(url);
      try {
        const found = await backend.search.search(backend.db, 'harbour', { limit: 20, offset: 0, includeSuperseded: false });
        assert.deepEqual(found.hits.map((h) => [h.docId, h.title]), [['d1', 'Harbour Accord']]);
        assert.match(found.hits[0].snippet, /harbour accord/);
        const indexes = await sql<{ indexdef: string }>`select indexdef from pg_indexes where tablename = 'documents_search'`.execute(backend.db);
        assert.ok(indexes.rows.some((r) => /using gin \(tsv\) with \(fastupdate='?off'?\)/i.test(r.indexdef)), 'a GIN index without a pending list');
      } finally {
        await backend.close();
      }
    } finally {
      await drop();
    }
  });
}
