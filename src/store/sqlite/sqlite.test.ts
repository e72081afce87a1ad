// Runs the store contract on SQLite (a temp-dir file), plus what only SQLite has: WAL, reopening.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { runStoreContract, testCorpus } from '../contract.ts';
import { KyselyStore } from '../kysely-store.ts';
import { openSqliteBackend } from './open.ts';
import { corvaniaVisit } from '../test-fixtures.ts';
import { sqliteBackend } from '../../testing/backends.ts';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'readout-store-'));
}

runStoreContract('sqlite', sqliteBackend);

test('sqlite: a store file reopens with its data, in WAL mode, integrity ok', async () => {
  const dir = await tempDir();
  try {
    const path = join(dir, 'nested', 'readout.db');
    let store = new KyselyStore(await openSqliteBackend(path), testCorpus());
    const added = await store.ingestDocument(corvaniaVisit());
    await store.close();
    const backend = await openSqliteBackend(path);
    store = new KyselyStore(backend, testCorpus());
    assert.equal((await store.getDocument(added.docId))?.title, corvaniaVisit().document.title);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(backend.db);
    assert.equal(mode.rows[0].journal_mode, 'wal');
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(backend.db);
    assert.equal(check.rows[0].integrity_check, 'ok');
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('sqlite: a file that is not a store gets a one-line error naming it', async () => {
  const dir = await tempDir();
  try {
    const path = join(dir, 'not-a-db.db');
    await import('node:fs/promises').then((fs) => fs.writeFile(path, 'this is plain text, not SQLite '.repeat(200)));
    await assert.rejects(openSqliteBackend(path), (e: Error) => e.message.startsWith(path) && !e.message.includes('\n'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
