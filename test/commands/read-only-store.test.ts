import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLASH_COMMANDS, onlyReads, runCommand } from '../../src/commands/run-command.ts';
import { openStore, openStoreForReading } from '../../src/store/open-store.ts';
import { addSubscription } from '../../src/store/subscriptions-repo.ts';
import { syncConfigTopics } from '../../src/store/topics-repo.ts';

const ctx = { platform: 'console', team: 'default', channel: 'general', user: 'u', isAdmin: true };
const VALUES: Record<string, string> = { topic: 'microsoft-openai', deal: 'microsoft-openai' };

async function storeOnDisk() {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-ro-')), 'newsbot.db');
  const db = await openStore(file);
  const deal = {
    parties: [
      { name: 'Microsoft', aliases: [] },
      { name: 'OpenAI', aliases: [] },
    ],
  };
  await syncConfigTopics(
    db,
    [{ id: 'microsoft-openai', name: 'Microsoft / OpenAI', query: 'Microsoft AND OpenAI', deal }],
    1,
  );
  await addSubscription(
    db,
    {
      platform: 'console',
      team: 'default',
      channel: 'general',
      topicId: 'microsoft-openai',
      minSources: 1,
      digest: null,
    },
    1,
  );
  await db.destroy();
  return file;
}

describe('commands that only read, on a read-only store', () => {
  it('every subcommand not declared as writing answers from a read-only store', async () => {
    const file = await storeOnDisk();
    const db = (await openStoreForReading(file))!;
    const readers = SLASH_COMMANDS.filter((s) => !s.writes);
    expect(readers.map((s) => `${s.command} ${s.name}`)).toContain('deal status');
    for (const s of readers) {
      const values = Object.fromEntries(
        s.options.filter((o) => o.required).map((o) => [o.name, VALUES[o.name] ?? 'x']),
      );
      const answer = await runCommand({ db, clock: Date.now }, ctx, { command: s.command, subcommand: s.name, values });
      expect(answer.ok, `${s.command} ${s.name}: ${answer.title}`).toBe(true);
      expect(onlyReads(`/${s.command} ${s.name}`)).toBe(true);
    }
    // The check can fail: a subcommand that writes is refused by the read-only store itself.
    await expect(runCommand({ db, clock: Date.now }, ctx, '/news mute microsoft-openai 2h')).rejects.toThrow(
      /readonly/,
    );
    expect(onlyReads('/news mute microsoft-openai 2h')).toBe(false);
    await db.destroy();
  });

  it('a store that does not exist is not created; an empty or older one says what to do', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-ro-'));
    expect(await openStoreForReading(path.join(dir, 'none.db'))).toBeUndefined();
    expect(fs.existsSync(path.join(dir, 'none.db'))).toBe(false);
    fs.writeFileSync(path.join(dir, 'empty.db'), '');
    await expect(openStoreForReading(path.join(dir, 'empty.db'))).rejects.toMatchObject({
      code: 'newsbot/store-unusable',
    });
    const { default: SQLite } = await import('better-sqlite3');
    const old = new SQLite(path.join(dir, 'old.db'));
    old.exec('CREATE TABLE kysely_migration (name varchar(255) primary key, timestamp varchar(255) not null)');
    old.exec("INSERT INTO kysely_migration VALUES ('0001_initial', '2026-01-01')");
    old.close();
    await expect(openStoreForReading(path.join(dir, 'old.db'))).rejects.toMatchObject({
      code: 'newsbot/store-outdated',
      message: expect.stringContaining('run newsbot once (or start) to upgrade it'),
    });
  });
});
