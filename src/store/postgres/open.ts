// The PostgreSQL backend: a connection pool on a postgres:// URL, the shared schema plus
// PostgreSQL's search migrations, and write transactions that take one advisory lock first so
// writers (several `readout ingest` processes, a server taking uploads) queue instead of racing
// on the read-then-write steps of an ingest; readers never wait for it.
import { CompiledQuery, Kysely, PostgresDialect, PostgresDriver, type DatabaseConnection, type Driver, type PostgresDialectConfig, type TransactionSettings } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.ts';
import { runMigrations, sharedMigrations } from '../schema.ts';
import { fillStaleCorpusInputs } from '../corpus-inputs.ts';
import type { StoreBackend } from '../backend.ts';
import { postgresSearch } from './search.ts';
import { postgresMigrations } from './migrations.ts';

/** Any fixed number: the key of the one advisory lock all Readout writers take. */
const WRITER_LOCK = 0x52454144; // "READ"

class SerializedWritesDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await super.beginTransaction(connection, settings);
    await connection.executeQuery(CompiledQuery.raw(`select pg_advisory_xact_lock(${WRITER_LOCK})`));
  }
}

class SerializedWritesDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;
  constructor(config: PostgresDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new SerializedWritesDriver(this.#config);
  }
}

/** The URL with any password masked, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

interface PostgresOpenOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

/** Connects to a PostgreSQL database and brings its schema up to date. */
export async function openPostgresBackend(url: string, options: PostgresOpenOptions = {}): Promise<StoreBackend> {
  const shown = redactUrl(url);
  // Reachability is checked once, with a time limit. The pool itself has none: a request that
  // waits for a connection while the event loop is busy with CPU work must not fail for it.
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15000 });
  try {
    await probe.connect();
  } catch (e) {
    throw new Error(`${shown}: cannot connect to PostgreSQL (${oneLine(e)})`);
  } finally {
    await probe.end().catch(() => undefined);
  }
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new SerializedWritesDialect({ pool }) });
  try {
    await runMigrations(db, [...sharedMigrations, ...postgresMigrations]);
    await fillStaleCorpusInputs(db);
  } catch (e) {
    await db.destroy();
    throw new Error(`${shown}: cannot prepare the store (${oneLine(e)})`);
  }
  return {
    name: 'postgres',
    db,
    search: postgresSearch,
    close: () => db.destroy(),
  };
}

function oneLine(e: unknown): string {
  const err = e as Error & { code?: string };
  const message = (err.message || err.code || String(e)).split('\n')[0];
  return message || 'unknown error';
}
