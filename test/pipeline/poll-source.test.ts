import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/alerts/alert.ts';
import { pollSource, type PipelineContext } from '../../src/pipeline/poll-source.ts';
import type { Db } from '../../src/store/open-store.ts';
import { countOutbox, getOutbox } from '../../src/store/outbox-repo.ts';
import { getSource } from '../../src/store/sources-repo.ts';
import { syncConfigSubscriptions } from '../../src/store/subscriptions-repo.ts';
import { syncConfigTopics } from '../../src/store/topics-repo.ts';
import { FakeFeedServer, rss, type FeedEntry } from '../fakes/feed-server.ts';
import { addSource, FakeClock, memoryStore, testPipeline } from '../helpers.ts';

const MIN = 60_000;
let server: FakeFeedServer;
let db: Db;
let ctx: PipelineContext;
let clock: FakeClock;
let entries: FeedEntry[];

let pipe: Awaited<ReturnType<typeof testPipeline>> | undefined;
/** (Re)builds the pipeline after topics or subscriptions change, as the app does. */
async function setup() {
  if (pipe) await pipe.refresh();
  else pipe = await testPipeline(db, clock);
  ctx = pipe.ctx;
}

beforeEach(async () => {
  clock = new FakeClock();
  server = await new FakeFeedServer().start();
  db = await memoryStore();
  entries = [
    {
      guid: 'old-1',
      title: 'Microsoft and OpenAI sign a deal',
      link: 'https://wire.example/old-1',
      pubDate: new Date(clock.now - 60 * MIN),
    },
  ];
  server.route('/feed.xml', (req) => {
    const body = rss(entries, 'Wire');
    const etag = `"${body.length}"`;
    return req.headers['if-none-match'] === etag
      ? { status: 304 }
      : { headers: { etag, 'content-type': 'application/rss+xml' }, body };
  });
  await syncConfigTopics(
    db,
    [
      { id: 'msft-openai', name: 'Microsoft / OpenAI', query: 'Microsoft AND OpenAI' },
      { id: 'adobe', name: 'Adobe', query: 'Adobe' },
    ],
    clock.now,
  );
  await syncConfigSubscriptions(
    db,
    [
      { platform: 'console', team: 'default', channel: 'deals', topicId: 'msft-openai' },
      { platform: 'console', team: 'default', channel: 'design', topicId: 'adobe' },
    ],
    clock.now,
  );
  await setup();
});
afterEach(async () => {
  await ctx.fetcher.close();
  pipe = undefined;
  await server.stop();
  await db.destroy();
});

const poll = async (id: string) => pollSource(ctx, (await getSource(db, id))!);
const alertsOf = async (ids: string[]) =>
  (await getOutbox(db, ids))
    .map((r) => ({ channel: r.channel, ...(JSON.parse(r.payload) as Alert) }))
    .sort((a, b) => a.channel.localeCompare(b.channel));

describe('polling a source end to end', () => {
  it('baselines the first poll, then alerts each new matching item once, to the subscribed channel only', async () => {
    const src = await addSource(db, { url: server.url('/feed.xml'), name: 'Wire' }, clock.now);
    const first = await poll(src.id);
    expect(first).toMatchObject({ status: 'ok', recorded: 1, outbox: [] });

    clock.advance(5 * MIN);
    entries.unshift({
      guid: 'new-1',
      title: 'Microsoft may end OpenAI negotiations',
      link: 'https://wire.example/new-1',
      description: 'Talks stall over the equity stake. Microsoft would rely on its contract.',
      pubDate: new Date(clock.now),
    });
    entries.unshift({
      guid: 'new-2',
      title: 'Unrelated weather story',
      link: 'https://wire.example/new-2',
      pubDate: new Date(clock.now),
    });
    const second = await poll(src.id);
    expect(second).toMatchObject({ status: 'ok', recorded: 2, alertable: 2 });
    const alerts = await alertsOf(second.status === 'ok' ? second.outbox : []);
    expect(alerts).toEqual([
      expect.objectContaining({
        channel: 'deals',
        kind: 'story',
        topic: { id: 'msft-openai', name: 'Microsoft / OpenAI' },
        story: expect.objectContaining({
          headline: 'Microsoft may end OpenAI negotiations',
          summary: expect.arrayContaining([
            { text: 'Talks stall over the equity stake.', cites: [1] },
            { text: 'Microsoft would rely on its contract.', cites: [1] },
          ]),
          sources: [expect.objectContaining({ n: 1, outlet: 'Wire', url: 'https://wire.example/new-1' })],
        }),
      }),
    ]);

    clock.advance(5 * MIN);
    const third = await poll(src.id);
    expect(third.status).toBe('not-modified'); // the stored ETag was sent back
    expect(server.requests.at(-1)!.headers['if-none-match']).toBeTruthy();
    expect(await countOutbox(db)).toBe(1);
  });

  it('tells subscribed channels once when a source fails 5 times, and once when it recovers', async () => {
    const src = await addSource(db, { url: server.url('/flaky.xml'), name: 'Flaky' }, clock.now);
    let up = false;
    server.route('/flaky.xml', () => (up ? { body: rss(entries) } : { status: 500 }));
    const outcomes = [];
    for (let i = 0; i < 7; i++) {
      outcomes.push(await poll(src.id));
      clock.advance(60 * MIN);
    }
    expect(outcomes.map((o) => (o.status === 'failed' ? o.failures : 0))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const failing = outcomes.flatMap((o) => (o.status === 'failed' ? o.outbox : []));
    expect((await alertsOf(failing)).map((a) => [a.channel, a.kind])).toEqual([
      ['deals', 'source-failing'],
      ['design', 'source-failing'],
    ]);
    const row = (await getSource(db, src.id))!;
    expect(row).toMatchObject({
      failing: 1,
      last_error_code: 'newsbot/http-status',
      last_error_message: 'the server answered HTTP 500',
    });

    up = true;
    const recovered = await poll(src.id);
    expect(recovered.status).toBe('ok');
    expect((await alertsOf(recovered.status === 'ok' ? recovered.outbox : [])).map((a) => [a.channel, a.kind])).toEqual(
      [
        ['deals', 'source-recovered'],
        ['design', 'source-recovered'],
      ],
    );
    expect((await getSource(db, src.id))!.failing).toBe(0);
  });

  it('a 429 with Retry-After pushes the next poll back that far', async () => {
    server.route('/busy.xml', { status: 429, headers: { 'retry-after': '7200' } });
    const src = await addSource(db, { url: server.url('/busy.xml') }, clock.now);
    const out = await poll(src.id);
    expect(out.nextDueAt - clock.now).toBe(7_200_000);
  });

  it('a document that is not a feed is a failure with a clear reason, not a crash', async () => {
    server.route('/page.html', {
      headers: { 'content-type': 'text/html' },
      body: '<!doctype html><html><body>Home</body></html>',
    });
    const src = await addSource(db, { url: server.url('/page.html') }, clock.now);
    expect(await poll(src.id)).toMatchObject({
      status: 'failed',
      code: 'newsbot/not-a-feed',
      message: expect.stringContaining('web page'),
    });
  });

  it('an item matching two topics a channel follows is an alert per subscription', async () => {
    await syncConfigSubscriptions(
      db,
      [
        { platform: 'console', team: 'default', channel: 'deals', topicId: 'msft-openai' },
        { platform: 'console', team: 'default', channel: 'deals', topicId: 'adobe' },
      ],
      clock.now,
    );
    await setup();
    const src = await addSource(db, { url: server.url('/feed.xml') }, clock.now);
    await poll(src.id);
    entries.unshift({
      guid: 'both',
      title: 'Microsoft, OpenAI and Adobe form an AI alliance',
      link: 'https://wire.example/both',
      pubDate: new Date(clock.now),
    });
    const out = await poll(src.id);
    const alerts = await alertsOf(out.status === 'ok' ? out.outbox : []);
    expect(alerts.map((a) => a.kind === 'story' && a.topic.id).sort()).toEqual(['adobe', 'msft-openai']);
  });
});
