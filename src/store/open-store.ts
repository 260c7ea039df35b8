import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { migrateToLatest } from './migrations.ts';

export type Db = Kysely<Database>;

/**
 * Kysely prepares every statement anew; compiling SQL is a large share of a poll's cost, and
 * the pipeline runs the same few statements thousands of times. This keeps the most recent
 * prepared statements by their SQL text.
 */
function withStatementCache(sqlite: SQLite.Database, size = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql); // re-insert: Map order is recency order
      } else {
        stmt = sqlite.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}

/**
 * Opens the store and runs migrations. SQLite is the default (WAL, one writer connection);
 * a `postgres://` URL is reserved for the Postgres dialect.
 */
export async function openStore(location: string, baseDir = process.cwd()): Promise<Db> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new Error('Postgres support is not built yet: remove DATABASE_URL to use SQLite (database: ./data/newsbot.db)');
  }
  const file = location === ':memory:' ? location : path.resolve(baseDir, location);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -16384'); // 16 MiB (the default is 2): index pages of recent polls stay in memory
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  await migrateToLatest(db);
  return db;
}
