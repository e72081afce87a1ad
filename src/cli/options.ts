// Options several commands share, said once.

/** Where the store is: a SQLite file or a PostgreSQL address. */
export const DB_OPTION = ['--db <file-or-url>', 'the store: a SQLite file or a postgres:// address (default $READOUT_DB, else ./readout.db)'] as const;
