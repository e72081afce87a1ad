// Opening the store a command or server uses: `--db FILE|postgres://…`, else $READOUT_DB, else ./readout.db.
import { resolve } from 'node:path';
import type { CorpusLogic, Store } from './types.ts';

const DEFAULT_DB = 'readout.db';

export function resolveDbLocation(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag || env.READOUT_DB || DEFAULT_DB;
  return /^[a-z]+:\/\//i.test(chosen) || chosen === ':memory:' ? chosen : resolve(chosen);
}

export interface OpenStoreOptions {
  /** A file path (SQLite) or a postgres:// URL (PostgreSQL); default from resolveDbLocation. */
  db?: string;
  /** Corpus logic to use instead of src/corpus (tests). */
  corpus?: CorpusLogic;
  /** A taxonomy file extending the shipped one. */
  taxonomy?: string;
}

export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const location = resolveDbLocation(options.db);
  const postgres = /^postgres(ql)?:\/\//i.test(location);
  if (!postgres && /^[a-z]+:\/\//i.test(location)) throw new Error(`${location}: unknown store address; give a file path or a postgres:// URL`);
  // Kysely, the database drivers and the corpus logic load when a store is opened, not when a
  // command starts (its --help).
  const corpus = options.corpus ?? (await import('./corpus-logic.ts')).defaultCorpusLogic(options.taxonomy);
  const [{ KyselyStore }, backend] = await Promise.all([
    import('./kysely-store.ts'),
    postgres
      ? import('./postgres/open.ts').then((m) => m.openPostgresBackend(location))
      : import('./sqlite/open.ts').then((m) => m.openSqliteBackend(location)),
  ]);
  return new KyselyStore(backend, corpus);
}
