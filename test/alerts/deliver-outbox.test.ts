import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../src/alerts/alert.ts';
import { deliverOutbox, givesUp, retryDelay, deliveryDefaults } from '../../src/alerts/deliver-outbox.ts';
import { DeliveryError, type PlatformSender } from '../../src/alerts/platform.ts';
import { countOutbox, enqueue, getOutbox } from '../../src/store/outbox-repo.ts';
import { captureLog, FakeClock, memoryStore } from '../helpers.ts';
import { resumeChannel } from '../../src/alerts/pause-channel.ts';
import { addSubscription, listSubscriptionsForTeam } from '../../src/store/subscriptions-repo.ts';

/** A platform that records what it was sent and fails on command. */
class RecordingPlatform implements PlatformSender {
  readonly sent: Delivery[] = [];
  failures: (Error | null)[] = [];
  constructor(readonly name: string) {}
  async send(d: Delivery) {
    const f = this.failures.shift();
    if (f) throw f;
    this.sent.push(d);
    return { messageId: `msg-${this.sent.length}` };
  }
}

const row = (id: string, platform = 'console', channel = 'general') => ({
  id,
  subscription_id: 'sub',
  platform,
  team: 'default',
  channel,
  kind: 'story',
  payload: JSON.stringify({
    kind: 'source-recovered',
    id,
    source: { id: 's', name: 'S', url: 'https://s.example/' },
    reason: null,
    since: 0,
    createdAt: 0,
  }),
});

describe('delivering the outbox', () => {
  it('sends each row once, stores the platform message id, and a second pass sends nothing', async () => {
    const db = await memoryStore();
    const clock = new FakeClock();
    await enqueue(db, [row('a'), row('b')], clock.now);
    expect(await enqueue(db, [row('a')], clock.now)).toEqual([]); // same stable id: not queued twice
    const console = new RecordingPlatform('console');
    const { log } = captureLog();
    expect(await deliverOutbox(db, new Map([['console', console]]), clock.fn, log)).toEqual({
      sent: 2,
      retried: 0,
      dead: 0,
      paused: 0,
    });
    expect(await deliverOutbox(db, new Map([['console', console]]), clock.fn, log)).toEqual({
      sent: 0,
      retried: 0,
      dead: 0,
      paused: 0,
    });
    expect(console.sent.map((d) => d.outboxId)).toEqual(['a', 'b']);
    expect((await getOutbox(db, ['a']))[0]).toMatchObject({ status: 'sent', message_id: 'msg-1' });
  });

  it('retries a failed send with backoff, honouring the platform’s Retry-After', async () => {
    const db = await memoryStore();
    const clock = new FakeClock();
    await enqueue(db, [row('a')], clock.now);
    const p = new RecordingPlatform('console');
    p.failures = [new DeliveryError('rate limited', { retryAfterMs: 30_000 }), new Error('socket hang up')];
    const senders = new Map([['console', p]]);
    const { log } = captureLog();
    expect((await deliverOutbox(db, senders, clock.fn, log)).retried).toBe(1);
    clock.advance(29_000);
    expect((await deliverOutbox(db, senders, clock.fn, log)).sent).toBe(0); // not due yet
    clock.advance(1_000);
    expect((await deliverOutbox(db, senders, clock.fn, log)).retried).toBe(1);
    clock.advance(retryDelay(2, undefined, deliveryDefaults));
    expect((await deliverOutbox(db, senders, clock.fn, log)).sent).toBe(1);
    expect(p.sent[0]!.attempt).toBe(3);
  });

  it('keeps an alert through a platform outage of hours, retrying every two minutes, and sends it once when the platform is back', async () => {
    const db = await memoryStore();
    const clock = new FakeClock();
    await enqueue(db, [row('a'), row('b')], clock.now);
    const p = new RecordingPlatform('console');
    const down = () => new DeliveryError('could not reach Slack: ECONNREFUSED', { unavailable: true });
    const senders = new Map([['console', p]]);
    const { log } = captureLog();
    // Five hours down: far more than maxAttempts failures.
    let tries = 0;
    for (let t = 0; t < 5 * 3_600_000; t += 60_000) {
      p.failures = [down()];
      const report = await deliverOutbox(db, senders, clock.fn, log);
      tries += report.retried;
      expect(report.dead).toBe(0);
      clock.advance(60_000);
    }
    expect(tries).toBeGreaterThan(deliveryDefaults.maxAttempts);
    const [a] = await getOutbox(db, ['a']);
    expect(a).toMatchObject({ status: 'pending' });
    expect(a!.next_attempt_at - clock.now).toBeLessThanOrEqual(deliveryDefaults.unavailableMaxDelayMs);
    // Back: within one interval both go out, in order, once.
    p.failures = [];
    clock.advance(deliveryDefaults.unavailableMaxDelayMs);
    expect(await deliverOutbox(db, senders, clock.fn, log)).toMatchObject({ sent: 2, dead: 0 });
    expect(p.sent.map((d) => d.outboxId)).toEqual(['a', 'b']);
    expect(await deliverOutbox(db, senders, clock.fn, log)).toMatchObject({ sent: 0 });
  });

  it('gives an alert up after a day of outage, and one that keeps failing otherwise after maxAttempts', async () => {
    expect(givesUp(500, deliveryDefaults.giveUpAfterMs - 1, { unavailable: true }, deliveryDefaults)).toBe(false);
    expect(givesUp(500, deliveryDefaults.giveUpAfterMs, { unavailable: true }, deliveryDefaults)).toBe(true);
    expect(givesUp(deliveryDefaults.maxAttempts - 1, 0, {}, deliveryDefaults)).toBe(false);
    expect(givesUp(deliveryDefaults.maxAttempts, 0, {}, deliveryDefaults)).toBe(true);
    expect(givesUp(1, 0, { permanent: true }, deliveryDefaults)).toBe(true);
    expect(retryDelay(20, undefined, deliveryDefaults, true)).toBe(deliveryDefaults.unavailableMaxDelayMs);
    expect(retryDelay(20, undefined, deliveryDefaults)).toBe(deliveryDefaults.maxDelayMs);
    expect(retryDelay(20, 600_000, deliveryDefaults, true)).toBe(600_000); // Retry-After still wins

    const db = await memoryStore();
    const clock = new FakeClock();
    await enqueue(db, [row('a')], clock.now);
    const p = new RecordingPlatform('console');
    const { log, lines } = captureLog();
    clock.advance(deliveryDefaults.giveUpAfterMs);
    p.failures = [new DeliveryError('Slack answered HTTP 503', { unavailable: true })];
    expect(await deliverOutbox(db, new Map([['console', p]]), clock.fn, log)).toMatchObject({ dead: 1 });
    expect((await getOutbox(db, ['a']))[0]!.last_error).toContain('has failed for 24 h');
    expect(lines.join('')).toContain('giving up');
  });

  it('gives up on a permanent failure without blocking the rows behind it', async () => {
    const db = await memoryStore();
    const clock = new FakeClock();
    await enqueue(db, [row('a', 'console', 'gone'), row('b')], clock.now);
    const p = new RecordingPlatform('console');
    p.failures = [new DeliveryError('channel_not_found', { permanent: true })];
    const { log, lines } = captureLog();
    expect(await deliverOutbox(db, new Map([['console', p]]), clock.fn, log)).toEqual({
      sent: 1,
      retried: 0,
      dead: 1,
      paused: 0,
    });
    expect(lines.join('')).toContain('channel_not_found');
  });

  it('leaves rows for a platform that is not configured untouched', async () => {
    const db = await memoryStore();
    const clock = new FakeClock();
    await enqueue(db, [row('s', 'slack'), row('c')], clock.now);
    const p = new RecordingPlatform('console');
    await deliverOutbox(db, new Map([['console', p]]), clock.fn, captureLog().log);
    expect(await countOutbox(db, 'pending')).toBe(1);
    expect((await getOutbox(db, ['s']))[0]).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('keeps each channel in enqueue order, and a failure in one channel holds back only that channel', async () => {
    const db = await memoryStore();
    const clock = new FakeClock();
    await enqueue(
      db,
      ['a1', 'b1', 'a2', 'b2', 'a3'].map((id) => row(id, 'console', id[0]!)),
      clock.now,
    );
    const p = new RecordingPlatform('console');
    p.failures = [null, new DeliveryError('timeout')]; // a1 ok, then the next send (b1 or a2) fails
    const { log } = captureLog();
    const report = await deliverOutbox(db, new Map([['console', p]]), clock.fn, log, { lanes: 1 });
    expect(report).toMatchObject({ retried: 1 });
    const failedLane = (await getOutbox(db, ['a2', 'b1'])).find((r) => r.attempts === 1)!.channel;
    // Nothing behind the failed row in its channel went out ahead of it.
    expect(p.sent.filter((d) => d.channel === failedLane).map((d) => d.outboxId)).toEqual(
      failedLane === 'a' ? ['a1'] : [],
    );
    clock.advance(3_600_000);
    await deliverOutbox(db, new Map([['console', p]]), clock.fn, log);
    for (const ch of ['a', 'b'])
      expect(p.sent.filter((d) => d.channel === ch).map((d) => d.outboxId)).toEqual(
        ch === 'a' ? ['a1', 'a2', 'a3'] : ['b1', 'b2'],
      );
  });

  it('pauses a channel the platform refuses, holds its alerts without retrying, and releases them on resume', async () => {
    const db = await memoryStore();
    const clock = new FakeClock();
    await addSubscription(db, { platform: 'console', team: 'default', topicId: 't', channel: 'gone' }, clock.now);
    await addSubscription(db, { platform: 'console', team: 'default', topicId: 't', channel: 'ok' }, clock.now);
    await enqueue(
      db,
      [row('g1', 'console', 'gone'), row('g2', 'console', 'gone'), row('o1', 'console', 'ok')],
      clock.now,
    );
    const p = new RecordingPlatform('console');
    p.failures = [new DeliveryError('bot not in channel', { pause: 'channel' })];
    const { log } = captureLog();
    expect(await deliverOutbox(db, new Map([['console', p]]), clock.fn, log, { lanes: 1 })).toMatchObject({
      paused: 1,
      sent: 1,
    });
    expect((await getOutbox(db, ['g1', 'g2'])).map((r) => r.status)).toEqual(['held', 'held']);
    const subs = await listSubscriptionsForTeam(db, 'console', 'default');
    expect(subs.map((s) => [s.channel, s.paused_reason])).toEqual([
      ['gone', 'bot not in channel'],
      ['ok', null],
    ]);
    clock.advance(3_600_000);
    expect(await deliverOutbox(db, new Map([['console', p]]), clock.fn, log)).toMatchObject({ sent: 0 }); // no retry loop
    expect(await resumeChannel(db, { platform: 'console', team: 'default', channel: 'gone' }, clock.now)).toEqual({
      subscriptions: 1,
      alerts: 2,
    });
    await deliverOutbox(db, new Map([['console', p]]), clock.fn, log);
    expect(p.sent.map((d) => d.outboxId)).toEqual(['o1', 'g1', 'g2']);
  });
});
