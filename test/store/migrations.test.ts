import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { isSchemaCurrent } from '../../src/store/migrations.ts';
import { openStore } from '../../src/store/open-store.ts';

describe('migrating the store at start', () => {
  it('opens a current store without the migrator, and still refuses one a newer newsbot migrated', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-migrations-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'newsbot.db');
    const db = await openStore(file);
    expect(await isSchemaCurrent(db)).toBe(true);
    await db.destroy();
    const again = await openStore(file); // the one-query path
    expect(await isSchemaCurrent(again)).toBe(true);
    // A migration this version does not know: an older newsbot on a newer store.
    await sql`insert into kysely_migration (name, timestamp) values ('9999_from_a_newer_version', '2030-01-01')`.execute(
      again,
    );
    await again.destroy();
    await expect(openStore(file)).rejects.toThrow(/9999_from_a_newer_version|corrupted migrations/);
  });
});
