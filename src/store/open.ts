// Opening the store a command or server uses: `--db FILE|postgres://…`, else $READOUT_DB, else ./readout.db.
import { resolve } from 'node:path';
import type { CorpusLogic, Store } from './types.ts';
import { KyselyStore } from './kysely-store.ts';
import { openSqliteBackend } from './sqlite/open.ts';
import { openPostgresBackend } from './postgres/open.ts';
import { defaultCorpusLogic } from './corpus-logic.ts';

export const DEFAULT_DB = 'readout.db';

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
  const corpus = options.corpus ?? defaultCorpusLogic(options.taxonomy);
  return new KyselyStore(postgres ? await openPostgresBackend(location) : await openSqliteBackend(location), corpus);
}
