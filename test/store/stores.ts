import crypto from 'node:crypto';
import { openStore, type Db } from '../../src/store/open-store.ts';

/** The Postgres the contract tests use: this machine's server unless NEWSBOT_TEST_PG says otherwise. */
export const TEST_PG = process.env.NEWSBOT_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

let checked: Promise<string | undefined> | undefined;

/**
 * Why Postgres tests cannot run here, or undefined when they can. In CI they must run, so a
 * missing server is an error there, not a skip.
 */
export function postgresUnavailable(): Promise<string | undefined> {
  checked ??= (async () => {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: TEST_PG, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return undefined;
    } catch (e) {
      const reason = `no Postgres at ${TEST_PG} (${(e as Error).message}); set NEWSBOT_TEST_PG or start the server`;
      if (process.env.CI) throw new Error(`Postgres tests must run in CI: ${reason}`);
      console.log(`skipping Postgres tests: ${reason}`);
      return reason;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return checked;
}

/** A fresh Postgres schema of its own (dropped by `drop`), so test files never see each other's rows. */
export async function postgresStore(
  poolSize = 5,
): Promise<{ db: Db; schema: string; url: string; drop: () => Promise<void> }> {
  const schema = `newsbot_t_${crypto.randomBytes(5).toString('hex')}`;
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: TEST_PG });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = await openStore(TEST_PG, process.cwd(), { poolSize, schema });
  return {
    db,
    schema,
    url: TEST_PG,
    drop: async () => {
      await db.destroy();
      const c = new pg.Client({ connectionString: TEST_PG });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/** A fresh Postgres database (for tools that take a URL), dropped by `drop`. */
export async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `newsbot_d_${crypto.randomBytes(5).toString('hex')}`;
  const { default: pg } = await import('pg');
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: TEST_PG });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await admin(`create database ${name}`);
  const u = new URL(TEST_PG);
  u.pathname = `/${name}`;
  return { url: u.href, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/**
 * The two stores a contract runs on: SQLite in memory and a Postgres schema of its own (skipped,
 * with the reason printed, where no server answers). Each store opened is closed by `cleanups`.
 */
export function storeDialects(
  cleanups: (() => Promise<void>)[],
  pgSkip: string | undefined,
): [string, () => Promise<Db>, boolean][] {
  return [
    [
      'SQLite',
      async () => {
        const db = await openStore(':memory:');
        cleanups.push(() => db.destroy());
        return db;
      },
      false,
    ],
    [
      'Postgres',
      async () => {
        const s = await postgresStore();
        cleanups.push(s.drop);
        return s.db;
      },
      !!pgSkip,
    ],
  ];
}
