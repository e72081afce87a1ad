// The SQLite backend: one file, WAL (readers never block the writer), a busy timeout so two
// processes can ingest at once, and write transactions that take the lock up front
// (BEGIN IMMEDIATE) so they wait for each other instead of failing on lock upgrade.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';
import type { Database } from '../schema.ts';
import { runMigrations, sharedMigrations } from '../schema.ts';
import { fillStaleCorpusInputs } from '../corpus-inputs.ts';
import type { StoreBackend } from '../backend.ts';
import { sqliteSearch } from './search.ts';
import { sqliteMigrations } from './migrations.ts';
import { withStatementCache } from './statement-cache.ts';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

interface SqliteOpenOptions {
  /** Milliseconds a writer waits for another process's transaction. */
  busyTimeoutMs?: number;
}

/** Opens (creating if needed) a store file and brings its schema up to date. */
export async function openSqliteBackend(path: string, options: SqliteOpenOptions = {}): Promise<StoreBackend> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path);
    raw.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 30000}`);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    // 64 MB of page cache: index pages of a large store stay in memory while a batch is written.
    raw.pragma('cache_size = -65536');
  } catch (e) {
    throw new Error(`${path}: cannot open as a Readout store (${(e as Error).message})`);
  }
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(raw) }) });
  try {
    await runMigrations(db, [...sharedMigrations, ...sqliteMigrations]);
    await fillStaleCorpusInputs(db);
  } catch (e) {
    await db.destroy();
    throw new Error(`${path}: cannot prepare the store (${(e as Error).message.split('\n')[0]})`);
  }
  return {
    name: 'sqlite',
    db,
    search: sqliteSearch,
    close: () => db.destroy(),
  };
}
