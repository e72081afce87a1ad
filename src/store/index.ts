// The store: one interface (./types.ts) for writes and every query, on SQLite (./sqlite) or PostgreSQL (./postgres).
export * from './types.ts';
export { openStore, resolveDbLocation, DEFAULT_DB, type OpenStoreOptions } from './open.ts';
export { KyselyStore } from './kysely-store.ts';
export { defaultCorpusLogic } from './corpus-logic.ts';
export { sourceKeyOf } from './write.ts';
