import { describe, expect, it } from 'vitest';
import { postgresDatabase, postgresUnavailable } from './stores.ts';
import { runNewsbot as run, scratch } from '../run-newsbot.ts';

const pgSkip = await postgresUnavailable();

describe.skipIf(!!pgSkip)('newsbot migrate-store', () => {
  it('copies a single-node SQLite install into Postgres, which then answers the same', async () => {
    const dir = scratch('newsbot-migrate-');
    const pg = await postgresDatabase();
    try {
      expect((await run(['once', '--log-level', 'warn'], dir)).code).toBe(0);
      const before = await run(['ask', '/deal status microsoft-openai', '--json'], dir);
      const copied = await run(['migrate-store', '--from', 'data/newsbot.db', '--to', pg.url], dir);
      expect(copied.code).toBe(0);
      expect(copied.stdout).toMatch(/^ {2}items: \d+ rows$/m);
      expect(copied.stdout).toMatch(/^ {2}outbox: \d+ rows$/m);
      const after = await run(['ask', '/deal status microsoft-openai', '--json'], dir, { DATABASE_URL: pg.url });
      expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout));
      // The copied outbox keeps its ids and states: nothing alerts twice after the move.
      const again = await run(['once', '--json', '--log-level', 'warn'], dir, { DATABASE_URL: pg.url });
      expect(again.stdout.trim()).toBe('');
      const refused = await run(['migrate-store', '--from', 'data/newsbot.db', '--to', pg.url], dir);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('the target store already holds sources');
    } finally {
      await pg.drop();
    }
  }, 60_000);
});
