import { describe, expect, it } from 'vitest';
import { DigestScheduler } from '../../src/scheduler/digest-scheduler.ts';
import type { SubscriptionRow } from '../../src/store/schema.ts';
import { captureLog } from '../helpers.ts';

const sub = (id: string, cron: string | null, tz: string | null = null): SubscriptionRow => ({
  id,
  platform: 'console',
  team: 't',
  channel: id,
  topic_id: 'x',
  mode: cron ? 'digest' : 'realtime',
  origin: 'command',
  paused_reason: null,
  created_at: 0,
  min_sources: 1,
  digest_cron: cron,
  digest_tz: tz,
  muted_until: null,
});

describe('digest schedules', () => {
  it('keeps one cron task per distinct schedule in step with the subscriptions', async () => {
    const fired: string[] = [];
    const d = new DigestScheduler(async (s) => void fired.push(s.cron), captureLog().log);
    d.sync([
      sub('a', '0 9 * * 1-5', 'Europe/Paris'),
      sub('b', '0 9 * * 1-5', 'Europe/Paris'),
      sub('c', '0 18 * * *'),
      sub('d', null),
    ]);
    expect(d.size).toBe(2);
    d.sync([sub('c', '0 18 * * *')]);
    expect(d.size).toBe(1);
    d.sync([sub('e', '* * * * * *')]); // every second: proves the task really runs
    await new Promise((r) => setTimeout(r, 2100));
    expect(fired.length).toBeGreaterThanOrEqual(1);
    await d.stop();
    expect(d.size).toBe(0);
  });
});
