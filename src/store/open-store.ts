import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { migrateToLatest } from './migrations.ts';

export type Db = Kysely<Database>;

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
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(db);
  return db;
}
