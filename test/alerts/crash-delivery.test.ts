import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue, getOutbox } from '../../src/store/outbox-repo.ts';
import { openStore } from '../../src/store/open-store.ts';
import { IdempotentPlatform } from '../fakes/idempotent-platform.ts';

const CHILD = path.join(import.meta.dirname, '../fakes/deliver-child.ts');

function runChild(
  dbFile: string,
  url: string,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbFile, url], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('exit', (code, signal) => resolve({ code, signal, stdout }));
  });
}

let platform: IdempotentPlatform;
beforeAll(async () => {
  platform = await new IdempotentPlatform().start();
});
afterAll(() => platform.stop());

describe('a delivery worker killed between sending and recording', () => {
  it('neither loses the alert nor posts it twice to a platform that honours idempotency keys', async () => {
    const dbFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-crash-')), 'store.db');
    const db = await openStore(dbFile);
    const alert = {
      kind: 'source-recovered',
      id: 'out_1',
      source: { id: 's', name: 'Wire', url: 'https://wire.example/' },
      reason: null,
      since: 0,
      createdAt: 0,
    };
    await enqueue(
      db,
      [
        {
          id: 'out_1',
          subscription_id: null,
          platform: 'console',
          team: 'default',
          channel: 'deals',
          kind: alert.kind,
          payload: JSON.stringify(alert),
        },
      ],
      Date.now(),
    );
    await db.destroy();

    platform.killSenderOnce = true;
    const first = await runChild(dbFile, platform.url);
    expect(first.signal).toBe('SIGKILL'); // killed after the platform stored the message
    expect(platform.messages).toHaveLength(1);

    const second = await runChild(dbFile, platform.url);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({ sent: 1, retried: 0, dead: 0, paused: 0 });
    expect(platform.requests).toBe(2); // sent again after the crash…
    expect(platform.messages).toHaveLength(1); // …and the platform kept one message

    const check = await openStore(dbFile);
    expect((await getOutbox(check, ['out_1']))[0]).toMatchObject({ status: 'sent', message_id: 'm1' });
    await check.destroy();
  });
});
