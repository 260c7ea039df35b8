import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresAdapter, PostgresDialect, SqliteDialect } from 'kysely';
import { NewsbotError } from '../errors.ts';
import type { Database } from './schema.ts';
import { isSchemaCurrent, migrateToLatest } from './migrations.ts';
import { storeError, storeFault } from './store-fault.ts';

export type Db = Kysely<Database>;

/**
 * Kysely prepares every statement anew; compiling SQL is a large share of a poll's cost, and
 * the pipeline runs the same few statements thousands of times. This keeps the most recent
 * prepared statements by their SQL text.
 */
function withStatementCache(sqlite: SQLite.Database, size = 500) {
  const cache = new Map<string, SQLite.Statement>();
  // SQLite rolls a transaction back by itself on some errors (SQLITE_FULL, SQLITE_IOERR…);
  // Kysely's ROLLBACK then fails with "no transaction is active", and that error would replace
  // the real cause. With no transaction open, the ROLLBACK is a no-op and the cause surfaces.
  const noRollback = { reader: false, run: () => ({ changes: 0, lastInsertRowid: 0 }) } as unknown as SQLite.Statement;
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      if (sql === 'rollback' && !sqlite.inTransaction) return noRollback;
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

/** A database URL as it may be shown: the password never is. */
export function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.href;
  } catch {
    return 'the configured URL';
  }
}

/** Whether the store answers a query now (the readiness probe). */
export async function storeAnswers(db: Db): Promise<true> {
  await db.executeQuery(CompiledQuery.raw('select 1'));
  return true;
}

export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//.test(location);

/**
 * Makes the rest of the caller's transaction the cluster's only sync of the config (Postgres; a
 * SQLite store has one process). Processes started together each sync the config: an upsert
 * resolves a clash on its own key, but not one on another unique column that a concurrent,
 * uncommitted insert holds (`sources_url_key`, `subscriptions_unique`), and such a clash exited
 * a process of the cluster test.
 */
export async function lockConfigSync(trx: Db): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter)
    await trx.executeQuery(CompiledQuery.raw('select pg_advisory_xact_lock(7262002)'));
}

/**
 * Postgres: the same Kysely schema and queries through a second dialect. `bigint` columns
 * (epoch milliseconds) come back as numbers, as they do from SQLite; they stay far below 2^53.
 */
async function openPostgres(
  url: string,
  options: { poolSize?: number; schema?: string; readOnly?: boolean },
): Promise<Db> {
  const { default: pg } = await import('pg');
  pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // A command that only reads (check-config, ask) must not wait minutes for an unreachable
    // host. Not for the running bot: pg applies this to a wait for a free pooled client too.
    ...(options.readOnly ? { connectionTimeoutMillis: 10_000 } : {}),
    ...(options.schema || options.readOnly
      ? {
          options: [
            ...(options.schema ? [`-c search_path=${options.schema}`] : []),
            // A command that only reads cannot write by mistake: the server refuses it.
            ...(options.readOnly ? ['-c default_transaction_read_only=on'] : []),
          ].join(' '),
        }
      : {}),
  });
  // A server restart or a network blip surfaces here; queries in flight fail and are retried by their callers.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await db.executeQuery(CompiledQuery.raw('select 1'));
  } catch (e) {
    await db.destroy();
    throw new NewsbotError(
      'newsbot/bad-config',
      `cannot connect to Postgres at ${withoutPassword(url)}: ${(e as Error).message}`,
    );
  }
  if (options.readOnly) {
    if (await isSchemaCurrent(db, options.schema)) return db;
    await db.destroy();
    throw new NewsbotError(
      'newsbot/store-outdated',
      `the store at ${withoutPassword(url)} has no newsbot tables yet, or older ones: run newsbot once (or start) to create or upgrade them`,
    );
  }
  // Kysely's migrator takes an advisory lock: processes starting together migrate once.
  await migrateToLatest(db, options.schema);
  return db;
}

/**
 * Opens the store and runs migrations: a SQLite file (WAL, one writer connection) by default,
 * or Postgres for a `postgres://` URL (many processes sharing one store).
 */
export async function openStore(
  location: string,
  baseDir = process.cwd(),
  options: { poolSize?: number; schema?: string } = {},
): Promise<Db> {
  if (isPostgresUrl(location)) return openPostgres(location, options);
  const file = location === ':memory:' ? location : path.resolve(baseDir, location);
  if (file !== ':memory:') refuseEmptyFile(file);
  let sqlite: SQLite.Database | undefined;
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('cache_size = -16384'); // 16 MiB (the default is 2): index pages of recent polls stay in memory
    sqlite.pragma('foreign_keys = ON');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    await migrateToLatest(db);
    return db;
  } catch (e) {
    sqlite?.close();
    const fault = storeFault(e, file) ?? storeFault((e as { cause?: unknown }).cause, file);
    throw fault ? storeError(fault, e) : e;
  }
}

/**
 * A store file of zero bytes is not a new store: SQLite would take it as one, and every source
 * would be baselined again, swallowing what was published meanwhile. Something truncated it
 * (a full disk, a failed copy); the person running newsbot decides.
 */
function refuseEmptyFile(file: string): void {
  if (fs.existsSync(file) && fs.statSync(file).isFile() && fs.statSync(file).size === 0)
    throw new NewsbotError(
      'newsbot/store-unusable',
      `the store ${file} is an empty file (0 bytes), not a newsbot store: restore it from a backup, or delete it to start a new store (every source is then baselined again)`,
      { kind: 'corrupt' },
    );
}

/**
 * Opens the store for a command that only reads (`ask "/news topics"`, `explain`): SQLite
 * read-only, so it never takes the write lock a running `start` holds (WAL readers do not
 * wait for the writer); Postgres with read-only transactions. Nothing is created or migrated:
 * undefined when a SQLite store does not exist yet, an error naming what to run when its
 * tables are older than this version (or the file is empty).
 */
export async function openStoreForReading(
  location: string,
  baseDir = process.cwd(),
  options: { schema?: string } = {},
): Promise<Db | undefined> {
  if (isPostgresUrl(location)) return openPostgres(location, { ...options, poolSize: 2, readOnly: true });
  const file = path.resolve(baseDir, location);
  if (!fs.existsSync(file)) return undefined;
  refuseEmptyFile(file);
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  if (await isSchemaCurrent(db)) return db;
  await db.destroy();
  throw new NewsbotError(
    'newsbot/store-outdated',
    `the store ${file} was written by an older newsbot: run newsbot once (or start) to upgrade it`,
  );
}
