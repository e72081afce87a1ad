// Store backends for suites that run on each one: SQLite in a temporary folder, and PostgreSQL
// on a throwaway cluster (started on first use; the test file stops it when it ends).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteBackend } from '../store/sqlite/open.ts';
import { openPostgresBackend } from '../store/postgres/open.ts';
import type { BackendFactory } from '../store/contract.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from './postgres.ts';

/** A fresh SQLite store file in its own temporary folder. */
export const sqliteBackend: BackendFactory = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'readout-store-'));
  const backend = await openSqliteBackend(join(dir, 'readout.db'));
  return { backend, cleanup: () => rm(dir, { recursive: true, force: true }) };
};

/** Fresh, empty databases on one throwaway cluster, started when the first is asked for. */
export function throwawayDatabases(): { fresh(): Promise<{ url: string; drop: () => Promise<void> }>; backend: BackendFactory; stop(): Promise<void> } {
  let cluster: Promise<ThrowawayPostgres> | null = null;
  let databases = 0;
  const fresh = async () => {
    cluster ??= startThrowawayPostgres({ fast: true });
    const pg = await cluster;
    const name = `readout_test_${++databases}`;
    return { url: await pg.createDatabase(name), drop: () => pg.dropDatabase(name) };
  };
  return {
    fresh,
    backend: async () => {
      const { url, drop } = await fresh();
      return { backend: await openPostgresBackend(url), cleanup: drop };
    },
    stop: async () => { if (cluster) await (await cluster).stop(); },
  };
}
