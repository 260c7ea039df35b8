import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresDatabase, postgresUnavailable } from './stores.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/newsbot');
const pgSkip = await postgresUnavailable();

function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NEWSBOT_CONFIG: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!!pgSkip)('newsbot migrate-store', () => {
  it('copies a single-node SQLite install into Postgres, which then answers the same', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-migrate-'));
    fs.cpSync(path.join(ROOT, 'config'), path.join(dir, 'config'), { recursive: true });
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
