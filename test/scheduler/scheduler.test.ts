import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Audience } from '../../src/alerts/plan-alerts.ts';
import type { PipelineContext, PollOutcome } from '../../src/pipeline/poll-source.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { createFeedFetcher } from '../../src/sources/fetch-feed.ts';
import { parseInline } from '../../src/sources/parse-pool.ts';
import type { Db } from '../../src/store/open-store.ts';
import { getSource } from '../../src/store/sources-repo.ts';
import { WriteBatcher } from '../../src/store/write-batcher.ts';
import { StoryBook } from '../../src/stories/story-book.ts';
import { TopicMatcher } from '../../src/topics/match-topics.ts';
import { FakeFeedServer, rss } from '../fakes/feed-server.ts';
import { addSource, captureLog, FakeClock, memoryStore } from '../helpers.ts';

let server: FakeFeedServer;
let db: Db;
let clock: FakeClock;
let ctx: PipelineContext;
let releaseSlow!: () => void;

beforeEach(async () => {
  clock = new FakeClock();
  server = await new FakeFeedServer().start();
  db = await memoryStore();
  const slowGate = new Promise<void>((r) => (releaseSlow = r));
  server.route('/fast.xml', { body: rss([{ guid: 'f', title: 'Fast news', link: 'https://fast.example/1' }]) });
  server.route('/slow.xml', async () => {
    await slowGate;
    return { body: rss([{ guid: 's', title: 'Slow news', link: 'https://slow.example/1' }]) };
  });
  ctx = {
    db,
    write: new WriteBatcher(db).write,
    stories: new StoryBook(),
    fetcher: createFeedFetcher({ allowPrivateNetworks: ['127.0.0.1/32'] }),
    parse: parseInline,
    configDir: '/',
    matcher: () => new TopicMatcher([]),
    audience: () => new Audience([], []),
    settings: { maxIntervalMs: 3_600_000, maxAgeMs: 86_400_000, failureThreshold: 5, maxBytes: 1 << 20 },
    clock: clock.fn,
    random: () => 0.5,
    log: captureLog().log,
  };
});
afterEach(async () => {
  releaseSlow();
  await ctx.fetcher.close();
  await server.stop();
});

describe('the scheduler', () => {
  it('polls what is due, and a slow source does not hold up the others', async () => {
    const slow = await addSource(db, { id: 'slow', url: server.url('/slow.xml') }, clock.now);
    const fast = await addSource(db, { id: 'fast', url: server.url('/fast.xml') }, clock.now);
    const done: PollOutcome[] = [];
    const scheduler = new Scheduler(
      db,
      ctx,
      { concurrency: 4, perHostConcurrency: 4, hostOverrides: {}, tick: '* * * * * *' },
      (o) => done.push(o),
      captureLog().log,
    );

    expect(await scheduler.tick()).toBe(2);
    while (!done.some((o) => o.sourceId === fast.id)) await new Promise((r) => setTimeout(r, 10));
    expect(done.map((o) => o.sourceId)).toEqual(['fast']); // slow is still waiting on its server
    expect(await scheduler.tick()).toBe(0); // in flight, or not due yet: nothing starts twice

    releaseSlow();
    while (done.length < 2) await new Promise((r) => setTimeout(r, 10));
    expect((await getSource(db, slow.id))!.last_success_at).toBe(clock.now);
    // Both are due again one interval (±10% jitter, here 0) later.
    expect((await getSource(db, fast.id))!.next_due_at).toBe(clock.now + 300_000);
    clock.advance(300_000);
    expect(await scheduler.tick()).toBe(2);
    await scheduler.stop();
  });
});
