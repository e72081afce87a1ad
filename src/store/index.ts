// The store: one interface (./types.ts) for writes and every query, on SQLite (./sqlite) or PostgreSQL (./postgres).
export * from './types.ts';
export { openStore, resolveDbLocation, type OpenStoreOptions } from './open.ts';
export { COMMITMENT_SORT_COLUMNS } from './queries/commitments.ts';
