// better-sqlite3 compiles SQL on every prepare(); Kysely prepares each query it runs. An ingest
// runs the same few dozen statements per document, so compiling them once and reusing them saves
// about a third of the writer's time. A statement still busy (a query iterating it) is not shared.
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept; multi-row inserts of different sizes are different texts. */
const MAX_STATEMENTS = 500;

export function withStatementCache(db: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => { cache.clear(); db.close(); },
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      if (hit && !hit.busy) return hit as unknown as SqliteStatement;
      const stmt = db.prepare(sql);
      if (!hit) {
        if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
        cache.set(sql, stmt);
      }
      return stmt as unknown as SqliteStatement;
    },
  };
}
