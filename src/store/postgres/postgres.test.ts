// Runs the store contract on PostgreSQL (a throwaway cluster on a loopback port, one fresh
// database per test), plus what only PostgreSQL has: the search index, connection errors, the
// CLI on a postgres:// URL. Skips when the server binaries are absent, unless
// READOUT_REQUIRE_POSTGRES=1 (CI), where that fails.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { runStoreContract, testCorpus } from '../contract.ts';
import { KyselyStore } from '../kysely-store.ts';
import { openPostgresBackend, redactUrl } from './open.ts';
import { toTsQuery } from './search.ts';
import { postgresMigrations } from './migrations.ts';
import { sharedMigrations } from '../schema.ts';
import { corvaniaVisit, lindVisit } from '../test-fixtures.ts';
import { postgresUnavailable } from '../../testing/postgres.ts';
import { throwawayDatabases } from '../../testing/backends.ts';
import { runCli } from '../test-cli.ts';
import { EXAMPLES } from '../test-paths.ts';

const unavailable = postgresUnavailable();
const databases = throwawayDatabases();
/** A fresh, empty database on the (lazily started) cluster. */
const freshDatabase = databases.fresh;
after(databases.stop);

if (unavailable) {
  test('postgres: store contract', (t) => t.skip(unavailable));
} else {
  runStoreContract('postgres', databases.backend);

  test('postgres: reopening a database keeps its data, indexes search with GIN, and migrates once', async () => {
    const { url, drop } = await freshDatabase();
    try {
      let backend = await openPostgresBackend(url);
      let store = new KyselyStore(backend, testCorpus());
      const added = await store.ingestDocument(corvaniaVisit());
      await store.close();
      backend = await openPostgresBackend(url);
      store = new KyselyStore(backend, testCorpus());
      assert.equal((await store.getDocument(added.docId))?.title, corvaniaVisit().document.title);
      const migrations = await sql<{ n: string }>`select count(*) as n from readout_migrations`.execute(backend.db);
      assert.equal(Number(migrations.rows[0].n), sharedMigrations.length + postgresMigrations.length, 'shared and PostgreSQL migrations, each applied once');
      const indexes = await sql<{ indexdef: string }>`select indexdef from pg_indexes where tablename = 'documents_search'`.execute(backend.db);
      assert.ok(indexes.rows.some((r) => /using gin \(tsv\)/i.test(r.indexdef)), 'a GIN index on the tsvector');
      const trgm = await sql<{ n: string }>`select count(*) as n from pg_extension where extname = 'pg_trgm'`.execute(backend.db);
      assert.equal(Number(trgm.rows[0].n), 1, 'pg_trgm installed for name lookups');
      await store.close();
    } finally {
      await drop();
    }
  });

  test('postgres: two stores writing one database at once both succeed, each document once', async () => {
    const { url, drop } = await freshDatabase();
    try {
      const a = new KyselyStore(await openPostgresBackend(url), testCorpus());
      const b = new KyselyStore(await openPostgresBackend(url), testCorpus());
      const results = await Promise.all([
        a.ingestDocument(corvaniaVisit()), b.ingestDocument(corvaniaVisit()), a.ingestDocument(lindVisit()), b.ingestDocument(lindVisit()),
      ]);
      assert.deepEqual(results.map((r) => r.status).sort(), ['added', 'added', 'unchanged', 'unchanged']);
      assert.equal((await a.listDocuments()).total, 2);
      const reader = await openPostgresBackend(url);
      const seqs = await sql<{ seq: number }>`select seq from documents order by seq`.execute(reader.db);
      assert.deepEqual(seqs.rows.map((r) => r.seq), [1, 2], 'ingest order numbers stay distinct');
      await reader.close();
      await a.close();
      await b.close();
    } finally {
      await drop();
    }
  });

  test('postgres: the CLI ingests into and queries a postgres:// store', async (t) => {
    const { url, drop } = await freshDatabase();
    t.after(drop);
    const ingest = runCli(['ingest', EXAMPLES, '--db', url, '--format', 'json']);
    assert.equal(ingest.status, 0, ingest.stderr);
    const summary = JSON.parse(ingest.stdout);
    assert.ok(summary.added >= 5, `the examples were added (${summary.added})`);
    assert.deepEqual(summary.failed, []);
    const search = runCli(['search', 'agreement', '--format', 'json'], { env: { READOUT_DB: url } });
    assert.equal(search.status, 0, search.stderr);
    const hits = JSON.parse(search.stdout);
    assert.ok((hits.items ?? hits).length > 0, 'search over $READOUT_DB finds the examples');
    const again = runCli(['ingest', EXAMPLES, '--db', url, '--format', 'json']);
    assert.equal(JSON.parse(again.stdout).unchanged, summary.added, 'a second run changes nothing');
  });
}

test('postgres: an unreachable server gets a one-line error naming the address, password masked', async () => {
  const url = 'postgres://reader:secret@127.0.0.1:1/readout';
  await assert.rejects(openPostgresBackend(url), (e: Error) => {
    assert.match(e.message, /^postgres:\/\/reader:\*\*\*@127\.0\.0\.1:1\/readout: cannot connect to PostgreSQL/);
    assert.ok(!e.message.includes('secret') && !e.message.includes('\n'));
    return true;
  });
  assert.equal(redactUrl('postgres://u@h/db'), 'postgres://u@h/db');
});

test('postgres: user queries become tsquery text built from words only', () => {
  assert.equal(toTsQuery('gas pipeline'), 'gas & pipeline');
  assert.equal(toTsQuery('"pipeline was mentioned"'), '(pipeline <-> was <-> mentioned)');
  assert.equal(toTsQuery('visas OR fisheries'), 'visas | fisheries');
  assert.equal(toTsQuery('harbour visas OR fisheries'), 'harbour & (visas | fisheries)');
  assert.equal(toTsQuery('harbour -pilots -"lighthouse keepers"'), 'harbour & !pilots & !(lighthouse <-> keepers)');
  assert.equal(toTsQuery('pipe*'), 'pipe:*');
  assert.equal(toTsQuery("gas ( pipeline\" - O'Neill"), 'gas & pipeline & (O <-> Neill)');
  assert.equal(toTsQuery('gas OR'), 'gas');
  assert.throws(() => toTsQuery('  ?! '), /no words/);
});
