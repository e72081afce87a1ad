// A store made before the corpus-input columns existed (migrations 001–002 only) gets them
// filled when it is opened: migration 003 adds the columns and marks them stale, and the store
// fills them, after migrating, with the code ingest fills them with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { runMigrations, sharedMigrations } from './schema.ts';
import { openSqliteBackend } from './sqlite/open.ts';
import { corpusInputColumns } from './corpus-inputs.ts';
import { corvaniaVisit, lindVisit } from './test-fixtures.ts';

test('a store from before the corpus-input columns gets them filled when opened, once', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'readout-migrate-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, 'old.db');
  const records = [corvaniaVisit(), lindVisit()];

  const old = new Kysely<any>({ dialect: new SqliteDialect({ database: new BetterSqlite3(path) }) });
  await runMigrations(old, sharedMigrations.slice(0, 2));
  for (const [i, record] of records.entries()) {
    await old.insertInto('documents').values({
      doc_id: record.document.source.sha256, source_key: `/old/${i}.txt`, version: 1, is_current: 1, superseded_by: null,
      title: record.document.title, date: record.document.date, year: 2021, kind: 'readout', format: 'txt',
      record_json: JSON.stringify(record), ingest_json: '{}', ingested_at: '2024-01-01T00:00:00Z', extracted_at: '2024-01-01T00:00:00Z', seq: i + 1,
    }).execute();
  }
  await old.destroy();

  const backend = await openSqliteBackend(path);
  try {
    const rows = await backend.db.selectFrom('documents').select(['doc_id', 'persons_json', 'countries_json']).orderBy('seq').execute();
    assert.deepEqual(rows, records.map((r) => ({ doc_id: r.document.source.sha256, ...corpusInputColumns(r) })));
    assert.ok(rows.every((r) => JSON.parse(r.persons_json!).length > 0), 'each document has its person actors');
    const mark = await backend.db.selectFrom('meta').select('value').where('key', '=', 'corpus_inputs_stale').executeTakeFirst();
    assert.equal(mark, undefined, 'the stale mark is cleared once filled');
  } finally {
    await backend.close();
  }
});
