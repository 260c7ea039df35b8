import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Alert, Delivery } from '../../src/alerts/alert.ts';
import { deliverOutbox } from '../../src/alerts/deliver-outbox.ts';
import { runDigests } from '../../src/alerts/digests.ts';
import type { PlatformSender } from '../../src/alerts/platform.ts';
import { pollSource } from '../../src/pipeline/poll-source.ts';
import type { Db } from '../../src/store/open-store.ts';
import { countOutbox, enqueue } from '../../src/store/outbox-repo.ts';
import { getSource } from '../../src/store/sources-repo.ts';
import { setMute, syncConfigSubscriptions, type SubscriptionSpec } from '../../src/store/subscriptions-repo.ts';
import { syncConfigTopics } from '../../src/store/topics-repo.ts';
import { FakeFeedServer, rss, type FeedEntry } from '../fakes/feed-server.ts';
import { addSource, captureLog, FakeClock, memoryStore, testPipeline } from '../helpers.ts';

const MIN = 60_000;
let server: FakeFeedServer;
let db: Db;
let clock: FakeClock;
let pipe: Awaited<ReturnType<typeof testPipeline>>;
const feeds = new Map<string, FeedEntry[]>();

/** A platform that keeps what it was sent, numbering messages like a chat API would. */
class RecordingPlatform implements PlatformSender {
  readonly name = 'console';
  readonly sent: Delivery[] = [];
  async send(d: Delivery) {
    this.sent.push(d);
    return { messageId: `msg-${this.sent.length}` };
  }
}

const REPORTS = {
  wire: {
    title: 'Google agrees to buy cloud security startup Wiz for $32 billion',
    description: "Alphabet's Google agreed to acquire Wiz for $32 billion in cash, its largest deal ever.",
  },
  journal: {
    title: 'Alphabet to acquire Wiz in $32 billion all-cash deal',
    description:
      'Google parent Alphabet will acquire Wiz for $32 billion in cash, bolstering its cloud security business.',
  },
  daily: {
    title: 'Google strikes biggest deal ever with $32 billion Wiz purchase',
    description:
      'Google is buying cybersecurity company Wiz for $32 billion in cash, a deal expected to face antitrust scrutiny.',
  },
};

async function setup(subs: Omit<SubscriptionSpec, 'platform' | 'team' | 'topicId'>[] = [{ channel: 'deals' }]) {
  await syncConfigTopics(db, [{ id: 'google-wiz', name: 'Google / Wiz', query: 'Google AND Wiz' }], clock.now);
  await syncConfigSubscriptions(
    db,
    subs.map((s) => ({ platform: 'console', team: 'default', topicId: 'google-wiz', ...s })),
    clock.now,
  );
  pipe = await testPipeline(db, clock);
  for (const name of Object.keys(REPORTS)) {
    feeds.set(name, []);
    server.route(`/${name}.xml`, () => ({ body: rss(feeds.get(name)!, name) }));
    await addSource(db, { id: name, name, url: server.url(`/${name}.xml`) }, clock.now);
    await pollSource(pipe.ctx, (await getSource(db, name))!); // the empty first poll: baseline
  }
}

/** The outlet publishes its report and is polled. */
async function report(name: keyof typeof REPORTS) {
  feeds.get(name)!.unshift({
    guid: `${name}-1`,
    link: `https://${name}.example/wiz`,
    pubDate: new Date(clock.now),
    ...REPORTS[name],
  });
  const out = await pollSource(pipe.ctx, (await getSource(db, name))!);
  return out.status === 'ok' ? out.outbox : [];
}

const rows = () => db.selectFrom('outbox').selectAll().orderBy('created_at').orderBy('id').execute();
const payloads = async () => (await rows()).map((r) => JSON.parse(r.payload) as Alert);

beforeEach(async () => {
  clock = new FakeClock();
  server = await new FakeFeedServer().start();
  db = await memoryStore();
});
afterEach(async () => {
  await pipe?.ctx.fetcher.close();
  await server.stop();
});

describe('story alerts', () => {
  it('outlets reporting before the first alert goes out make one alert with all of them', async () => {
    await setup();
    await report('wire');
    clock.advance(MIN);
    await report('journal');
    const all = await payloads();
    expect(all).toHaveLength(1);
    const [alert] = all;
    expect(alert).toMatchObject({ kind: 'story', topic: { id: 'google-wiz' }, revision: 2 });
    expect(alert!.kind === 'story' && alert!.story.sources.map((s) => s.outlet)).toEqual(['wire', 'journal']);
    expect(alert!.kind === 'story' && alert!.story.summary[0]!.cites).toEqual([1, 2]);
  });

  it('a new outlet after the alert went out is an update under it, listing only the new source', async () => {
    await setup();
    await report('wire');
    const platform = new RecordingPlatform();
    const senders = new Map([['console', platform as PlatformSender]]);
    await deliverOutbox(db, senders, clock.fn, captureLog().log);
    clock.advance(30 * MIN);
    await report('journal');
    await deliverOutbox(db, senders, clock.fn, captureLog().log);
    expect(platform.sent.map((d) => d.alert.kind)).toEqual(['story', 'story-update']);
    const update = platform.sent[1]!;
    expect(update.alert).toMatchObject({
      kind: 'story-update',
      revision: 2,
      changes: { newSources: [2] },
      replyTo: platform.sent[0]!.outboxId,
    });
    expect(update.replyTo).toEqual({ outboxId: platform.sent[0]!.outboxId, messageId: 'msg-1' });
    // The same outlet again, or a re-poll, changes nothing.
    await report('journal');
    expect(await countOutbox(db)).toBe(2);
  });

  it('an update waits until its original alert has been delivered', async () => {
    await setup();
    const base = { subscription_id: 'sub', platform: 'console', team: 'default', channel: 'deals', story_id: 'sty' };
    const story = { id: 'sty', headline: 'H', summary: [], sources: [], firstReportedBy: 'wire' };
    await enqueue(
      db,
      [
        {
          ...base,
          id: 'root',
          kind: 'story',
          revision: 1,
          payload: JSON.stringify({
            kind: 'story',
            id: 'root',
            topic: { id: 't', name: 'T' },
            story,
            revision: 1,
            createdAt: 0,
          }),
          next_attempt_at: clock.now + MIN,
        },
      ],
      clock.now,
    );
    await enqueue(
      db,
      [
        {
          ...base,
          id: 'upd',
          kind: 'story-update',
          revision: 2,
          reply_to: 'root',
          payload: JSON.stringify({
            kind: 'story-update',
            id: 'upd',
            topic: { id: 't', name: 'T' },
            story,
            revision: 2,
            changes: { newSources: [2] },
            replyTo: 'root',
            createdAt: 0,
          }),
        },
      ],
      clock.now,
    );
    const platform = new RecordingPlatform();
    const senders = new Map([['console', platform as PlatformSender]]);
    await deliverOutbox(db, senders, clock.fn, captureLog().log);
    expect(platform.sent).toEqual([]); // the root is held, so its update waits too
    clock.advance(5 * MIN);
    await deliverOutbox(db, senders, clock.fn, captureLog().log);
    expect(platform.sent.map((d) => [d.outboxId, d.replyTo?.messageId])).toEqual([
      ['root', undefined],
      ['upd', 'msg-1'],
    ]);
  });

  it('min-sources waits until enough outlets report', async () => {
    await setup([{ channel: 'deals', minSources: 3 }]);
    await report('wire');
    await report('journal');
    expect(await countOutbox(db)).toBe(0);
    await report('daily');
    const all = await payloads();
    expect(all.map((a) => a.kind === 'story' && a.story.sources.length)).toEqual([3]);
  });

  it('a muted subscription hears nothing until unmuted', async () => {
    await setup();
    await setMute(
      db,
      { platform: 'console', team: 'default', channel: 'deals', topicId: 'google-wiz' },
      clock.now + 60 * MIN,
    );
    await pipe.refresh();
    await report('wire');
    expect(await countOutbox(db)).toBe(0);
    clock.advance(61 * MIN);
    await report('journal');
    expect((await payloads()).map((a) => a.kind)).toEqual(['story']);
  });

  it('a digest subscription collects stories and posts one digest per firing, grouped by topic', async () => {
    await setup([{ channel: 'morning', digest: { cron: '0 9 * * 1-5', timezone: 'Europe/Paris' } }]);
    await report('wire');
    await report('journal');
    expect(await countOutbox(db)).toBe(0);
    const schedule = { cron: '0 9 * * 1-5', timezone: 'Europe/Paris' };
    const ids = await runDigests(db, schedule, pipe.audience(), clock.now);
    expect(ids).toHaveLength(1);
    const [digest] = await payloads();
    expect(digest).toMatchObject({ kind: 'digest', topics: [{ topic: { id: 'google-wiz', name: 'Google / Wiz' } }] });
    expect(digest!.kind === 'digest' && digest!.topics[0]!.stories.map((s) => s.sources.length)).toEqual([2]);
    // Firing again finds the queue empty: nothing is posted twice.
    expect(await runDigests(db, schedule, pipe.audience(), clock.now)).toEqual([]);
    expect(await db.selectFrom('digest_queue').selectAll().execute()).toEqual([]);
  });

  it('an outlet folded in while the first alert was being sent is announced as an update', async () => {
    await setup();
    await report('wire');
    const platform: PlatformSender = {
      name: 'console',
      async send(d) {
        if (d.alert.kind === 'story') await report('journal'); // arrives mid-send
        return { messageId: `m-${d.outboxId}` };
      },
    };
    await deliverOutbox(db, new Map([['console', platform]]), clock.fn, captureLog().log);
    await deliverOutbox(db, new Map([['console', platform]]), clock.fn, captureLog().log);
    const all = await rows();
    expect(all.map((r) => [r.kind, r.status, r.revision])).toEqual([
      ['story', 'sent', 1],
      ['story-update', 'sent', 2],
    ]);
  });
});
