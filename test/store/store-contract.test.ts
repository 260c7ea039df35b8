import { afterAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/alerts/alert.ts';
import { pauseChannel, resumeChannel } from '../../src/alerts/pause-channel.ts';
import { pollSource } from '../../src/pipeline/poll-source.ts';
import { DbInstallationStore } from '../../src/platforms/slack/installation-store.ts';
import { findKnownKeys, insertItems, countItems } from '../../src/store/items-repo.ts';
import type { Db } from '../../src/store/open-store.ts';
import {
  cleanupOutbox,
  dueOutbox,
  enqueue,
  foldIntoPending,
  getOutbox,
  markRetry,
  markSent,
  toldAbout,
} from '../../src/store/outbox-repo.ts';
import { SecretBox } from '../../src/store/secret-box.ts';
import { getSource, listDueSources, syncSources, updateSourceState } from '../../src/store/sources-repo.ts';
import { listChatChanges, noteChatChange } from '../../src/store/chat-changes-repo.ts';
import {
  addSubscription,
  findSubscription,
  listSubscriptionsForTeam,
  removeSubscription,
  setMute,
  syncConfigSubscriptions,
} from '../../src/store/subscriptions-repo.ts';
import {
  findTopicForTeam,
  listAllTopics,
  listTopicsForTeam,
  removeTeamTopic,
  syncConfigTopics,
  upsertTeamTopic,
} from '../../src/store/topics-repo.ts';
import { FakeFeedServer, rss, type FeedEntry } from '../fakes/feed-server.ts';
import { addSource, FakeClock, testPipeline } from '../helpers.ts';
import { postgresUnavailable, storeDialects } from './stores.ts';

/**
 * One contract, two dialects: every repository and the whole poll pipeline behave the same on
 * SQLite and on the real Postgres (which must answer in CI; elsewhere its half skips with the
 * reason printed).
 */
const pgSkip = await postgresUnavailable();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

const stores = storeDialects(cleanups, pgSkip);

for (const [dialect, open, skip] of stores) {
  describe.skipIf(skip)(`the store contract on ${dialect}`, () => {
    it('sources: sync keeps polling state, deactivates what left the config, lists due ones in order', async () => {
      const db = await open();
      const spec = (id: string, due = 0) => ({
        id,
        url: `https://${id}.example/feed`,
        name: id,
        origin: 'config' as const,
        topicId: null,
        intervalMs: 300_000,
        backfill: due,
      });
      await syncSources(db, 'config', [spec('a'), spec('b')], 1_000);
      await updateSourceState(db, 'a', { etag: '"e1"', next_due_at: 5_000, consecutive_failures: 2 });
      await syncSources(db, 'config', [spec('a')], 2_000);
      expect(await getSource(db, 'a')).toMatchObject({
        etag: '"e1"',
        next_due_at: 5_000,
        consecutive_failures: 2,
        active: 1,
        created_at: 1_000,
      });
      expect((await getSource(db, 'b'))!.active).toBe(0);
      expect((await listDueSources(db, 10_000, 10)).map((s) => s.id)).toEqual(['a']);
      expect(await listDueSources(db, 4_999, 10)).toEqual([]);
    });

    it('items: inserts once, finds known keys per source', async () => {
      const db = await open();
      await addSource(db, { id: 's1', url: 'https://s1.example/feed' }, 0);
      const item = (id: string, guid: string | null, link: string) => ({
        id: `s1/${id}`,
        source_id: 's1',
        guid,
        link,
        hash: `h${id}`,
        title: id,
        summary: '',
        published_at: 1_750_000_000_000,
        first_seen_at: 1_750_000_000_000,
        outlet: null,
      });
      await insertItems(db, [item('1', 'g1', 'https://s1.example/1'), item('2', null, 'https://s1.example/2')]);
      await insertItems(db, [item('1', 'g1', 'https://s1.example/1')]);
      expect(await countItems(db, 's1')).toBe(2);
      const known = await findKnownKeys(db, 's1', {
        guids: ['g1', 'gX'],
        links: ['https://s1.example/2'],
        hashes: ['h9'],
      });
      expect([...known.guids]).toEqual(['g1']);
      expect(known.links.has('https://s1.example/2')).toBe(true);
    });

    it('config topics: processes syncing the same config at once all succeed (a cluster starting together)', async () => {
      const db = await open();
      const topics = [
        { id: 'msft', name: 'Microsoft', query: 'Microsoft' },
        { id: 'wiz', name: 'Wiz', query: 'Wiz' },
      ];
      await syncConfigTopics(db, topics, 1);
      for (let round = 0; round < 5; round++)
        await Promise.all([1, 2, 3].map((n) => syncConfigTopics(db, topics, 10 * round + n)));
      await syncConfigTopics(db, topics.slice(0, 1), 100);
      expect((await listAllTopics(db)).map((t) => t.id)).toEqual(['msft']);
    });

    it('topics and subscriptions: teams apart, team topics shadow the catalogue, pause and resume', async () => {
      const db = await open();
      await syncConfigTopics(
        db,
        [
          {
            id: 'msft',
            name: 'Microsoft',
            query: 'Microsoft',
            deal: {
              parties: [
                { name: 'Microsoft', aliases: [] },
                { name: 'OpenAI', aliases: [] },
              ],
            },
          },
        ],
        0,
      );
      await upsertTeamTopic(db, { team: 'T1', id: 'msft', name: 'Mine', query: 'Microsoft AND Azure' }, 0);
      expect((await findTopicForTeam(db, 'T1', 'msft'))!.name).toBe('Mine');
      expect((await findTopicForTeam(db, 'T2', 'msft'))!.deal).toContain('OpenAI');
      expect((await listTopicsForTeam(db, 'T2')).map((t) => t.team)).toEqual(['*']);
      await syncConfigSubscriptions(db, [{ platform: 'slack', team: 'T1', channel: 'C1', topicId: 'msft' }], 0);
      await addSubscription(
        db,
        {
          platform: 'slack',
          team: 'T1',
          channel: 'C2',
          topicId: 'msft',
          minSources: 2,
          digest: { cron: '0 9 * * *', timezone: 'UTC' },
        },
        0,
      );
      expect(await setMute(db, { platform: 'slack', team: 'T1', channel: 'C2', topicId: 'msft' }, 9_000)).toBe(true);
      await pauseChannel(db, { platform: 'slack', team: 'T1', channel: 'C1' }, 'not_in_channel');
      const subs = await listSubscriptionsForTeam(db, 'slack', 'T1');
      expect(subs.map((s) => [s.channel, s.paused_reason, s.min_sources, s.digest_cron, s.muted_until])).toEqual([
        ['C1', 'not_in_channel', 1, null, null],
        ['C2', null, 2, '0 9 * * *', 9_000],
      ]);
      expect(await resumeChannel(db, { platform: 'slack', team: 'T1', channel: 'C1' }, 0)).toEqual({
        subscriptions: 1,
        alerts: 0,
      });
      expect(await removeSubscription(db, { platform: 'slack', team: 'T1', channel: 'C2', topicId: 'msft' })).toBe(
        true,
      );
      expect(await removeTeamTopic(db, 'T1', 'msft')).toEqual({ subscriptions: 0 });
      expect(await listSubscriptionsForTeam(db, 'slack', 'T2')).toEqual([]);
    });

    it('chat changes to config entries: kept through syncs while the file is unchanged, dropped when it changes', async () => {
      const db = await open();
      const ref = { platform: 'slack', team: 'T1', channel: 'C1', topicId: 'msft' };
      const other = { ...ref, channel: 'C2' };
      await syncConfigSubscriptions(db, [ref, other], 0);
      // min-sources 3 from chat on one entry; the other unsubscribed from chat.
      const before = await findSubscription(db, ref);
      const { row } = await addSubscription(db, { ...ref, minSources: 3 }, 1);
      expect(await noteChatChange(db, ref, before, row, 'U1', 1)).toBe(true);
      const gone = await findSubscription(db, other);
      await removeSubscription(db, other);
      expect(await noteChatChange(db, other, gone, undefined, 'U1', 1)).toBe(true);
      await syncConfigSubscriptions(db, [ref, other], 2);
      expect((await listSubscriptionsForTeam(db, 'slack', 'T1')).map((s) => [s.channel, s.min_sources])).toEqual([
        ['C1', 3],
      ]);
      expect((await listChatChanges(db)).map((c) => [c.channel, c.action, c.detail])).toEqual([
        ['C1', 'changed', 'real time, min-sources 3'],
        ['C2', 'removed', 'unsubscribed'],
      ]);
      // The file now says min-sources 2 for C1: the file wins; C2's entry is unchanged and stays off.
      await syncConfigSubscriptions(db, [{ ...ref, minSources: 2 }, other], 3);
      expect((await listSubscriptionsForTeam(db, 'slack', 'T1')).map((s) => [s.channel, s.min_sources])).toEqual([
        ['C1', 2],
      ]);
      expect((await listChatChanges(db)).map((c) => c.channel)).toEqual(['C2']);
      // The file drops C2's entry: its chat change goes with it.
      await syncConfigSubscriptions(db, [{ ...ref, minSources: 2 }], 4);
      expect(await listChatChanges(db)).toEqual([]);
      // A subscription made from chat alone is the team's own: nothing to record.
      const own = { ...ref, channel: 'C3' };
      const made = await addSubscription(db, own, 5);
      expect(await noteChatChange(db, own, undefined, made.row, 'U1', 5)).toBe(false);
    });

    it('outbox: a stable id is queued once, rows come due in enqueue order, folds and holds behave', async () => {
      const db = await open();
      const alert = (id: string): Alert => ({
        kind: 'source-recovered',
        id,
        source: { id: 's', name: 'S', url: 'https://s.example/' },
        reason: null,
        since: 0,
        createdAt: 0,
      });
      const row = (id: string, extra = {}) => ({
        id,
        subscription_id: 'sub1',
        platform: 'slack',
        team: 'T1',
        channel: 'C1',
        kind: 'story',
        payload: JSON.stringify(alert(id)),
        story_id: 'sty1',
        revision: 1,
        ...extra,
      });
      expect(await enqueue(db, [row('z'), row('a'), row('m')], 100)).toEqual(['z', 'a', 'm']);
      expect(await enqueue(db, [row('a')], 100)).toEqual([]);
      expect((await dueOutbox(db, 100, 10)).map((r) => r.id)).toEqual(['z', 'a', 'm']);
      expect(await toldAbout(db, 'sub1', 'sty1')).toMatchObject({ rootId: 'z', revision: 1, rootPending: true });
      expect(await foldIntoPending(db, 'z', '{"folded":true}', 3)).toBe(true);
      await markSent(db, 'z', 'ts-1', 200);
      expect(await foldIntoPending(db, 'z', '{}', 4)).toBe(false);
      await markRetry(db, 'a', 1, 10_000, 'timeout');
      expect((await dueOutbox(db, 300, 10)).map((r) => r.id)).toEqual(['m']);
      await pauseChannel(db, { platform: 'slack', team: 'T1', channel: 'C1' }, 'is_archived');
      expect((await getOutbox(db, ['a', 'm', 'z'])).map((r) => r.status)).toEqual(['sent', 'held', 'held']);
      expect((await resumeChannel(db, { platform: 'slack', team: 'T1', channel: 'C1' }, 500)).alerts).toBe(2);
      expect((await getOutbox(db, ['z']))[0]).toMatchObject({ message_id: 'ts-1', revision: 3, sent_at: 200 });
      // Cleanup forgets delivered rows past the keep period, never pending ones.
      expect(await cleanupOutbox(db, 100 + 31 * 86_400_000)).toBe(1);
      expect((await getOutbox(db, ['a', 'm', 'z'])).map((r) => r.id)).toEqual(['a', 'm']);
    });

    it('slack installations: sealed, found by team or org, deleted', async () => {
      const db = await open();
      const store = new DbInstallationStore(db, new SecretBox('s'.repeat(32)), () => 1);
      await store.storeInstallation({
        team: { id: 'T9' },
        enterprise: undefined,
        bot: { token: 'xoxb-9', scopes: [], id: 'B', userId: 'U' },
        user: { id: 'U', token: undefined, scopes: undefined },
        isEnterpriseInstall: false,
      } as never);
      expect(await store.botToken('T9')).toBe('xoxb-9');
      await store.deleteInstallation({ teamId: 'T9', enterpriseId: undefined, isEnterpriseInstall: false });
      expect(await store.botToken('T9')).toBeUndefined();
    });

    it('the poll pipeline: baseline, a story from two outlets, a deal stage change, all in one unit of work per poll', async () => {
      const db = await open();
      const clock = new FakeClock(Date.now());
      const server = await new FakeFeedServer().start();
      const feeds: Record<string, FeedEntry[]> = { a: [], b: [] };
      for (const k of ['a', 'b'])
        server.route(`/${k}.xml`, () => ({
          body: rss(feeds[k]!, `Outlet ${k}`),
          headers: { 'content-type': 'application/rss+xml' },
        }));
      try {
        await syncConfigTopics(
          db,
          [
            {
              id: 'adobe-figma',
              name: 'Adobe / Figma',
              query: 'Adobe AND Figma',
              deal: {
                parties: [
                  { name: 'Adobe', aliases: [] },
                  { name: 'Figma', aliases: [] },
                ],
              },
            },
          ],
          clock.now,
        );
        await syncConfigSubscriptions(
          db,
          [{ platform: 'console', team: 'default', channel: 'deals', topicId: 'adobe-figma' }],
          clock.now,
        );
        const a = await addSource(db, { id: 'src-a', url: server.url('/a.xml'), name: 'Outlet A' }, clock.now);
        const b = await addSource(db, { id: 'src-b', url: server.url('/b.xml'), name: 'Outlet B' }, clock.now);
        const { ctx } = await testPipeline(db, clock);
        await pollSource(ctx, a);
        await pollSource(ctx, b);
        const at = new Date(clock.now - 60_000);
        feeds.a!.push({
          guid: 'a1',
          title: 'Adobe agrees to buy Figma for $20 billion',
          link: 'https://a.example/1',
          description: 'Adobe will pay about $20 billion in cash and stock for Figma.',
          pubDate: at,
        });
        feeds.b!.push({
          guid: 'b1',
          title: 'Adobe to acquire Figma for $20 billion in cash and stock',
          link: 'https://b.example/1',
          description: 'The design software maker Adobe agreed to buy Figma for $20 billion.',
          pubDate: at,
        });
        clock.advance(600_000);
        const first = await pollSource(ctx, (await getSource(db, 'src-a'))!);
        const second = await pollSource(ctx, (await getSource(db, 'src-b'))!);
        const ids = [first, second].flatMap((o) => (o.status === 'ok' ? o.outbox : []));
        const rows = await getOutbox(db, ids);
        // The second outlet was folded into the stage alert, still waiting to be sent.
        expect(rows.map((r) => r.kind)).toEqual(['deal-stage']);
        const stage = JSON.parse(rows[0]!.payload) as Extract<Alert, { kind: 'deal-stage' }>;
        expect(stage).toMatchObject({ from: null, to: 'agreed', revision: 2, why: { sources: [1, 2] } });
        expect((await db.selectFrom('deal_states').selectAll().execute())[0]).toMatchObject({
          topic_key: '*/adobe-figma',
          stage: 'agreed',
        });
      } finally {
        await server.stop();
      }
    });

    it("an aggregator's feed: each item counts as the outlet it names, so one Google News feed reaches minSources", async () => {
      const db = await open();
      const clock = new FakeClock(Date.now());
      const server = await new FakeFeedServer().start();
      const entries: FeedEntry[] = [];
      server.route('/news.xml', () => ({ body: rss(entries, '"Cisco Splunk" - Google News') }));
      try {
        await syncConfigTopics(
          db,
          [{ id: 'cisco-splunk', name: 'Cisco / Splunk', query: 'Cisco AND Splunk' }],
          clock.now,
        );
        await syncConfigSubscriptions(
          db,
          [{ platform: 'console', team: 'default', channel: 'deals', topicId: 'cisco-splunk', minSources: 2 }],
          clock.now,
        );
        const source = await addSource(
          db,
          { id: 'gnews', url: server.url('/news.xml'), name: 'Google News' },
          clock.now,
        );
        const { ctx } = await testPipeline(db, clock);
        await pollSource(ctx, source); // the empty first poll: baseline
        const at = new Date(clock.now - 60_000);
        entries.push(
          {
            guid: 'CBMiA',
            title: 'Cisco to buy Splunk for $28 billion in cash - Reuters',
            link: 'https://news.google.com/rss/articles/CBMiA',
            pubDate: at,
            source: { name: 'Reuters', url: 'https://www.reuters.com' },
          },
          {
            guid: 'CBMiB',
            title: 'Cisco agrees to acquire Splunk in $28 billion cash deal - The Associated Press',
            link: 'https://news.google.com/rss/articles/CBMiB',
            pubDate: at,
            source: { name: 'The Associated Press', url: 'https://apnews.com' },
          },
        );
        clock.advance(600_000);
        const out = await pollSource(ctx, (await getSource(db, 'gnews'))!);
        const rows = await getOutbox(db, out.status === 'ok' ? out.outbox : []);
        expect(rows).toHaveLength(1);
        const alert = JSON.parse(rows[0]!.payload) as Extract<Alert, { kind: 'story' }>;
        expect(alert.story.sources.map((x) => x.outlet)).toEqual(['Reuters', 'The Associated Press']);
        // Shown without the outlet it names, whatever its shape.
        expect(alert.story.headline).not.toMatch(/Reuters|Press/);
        expect((await db.selectFrom('stories').select('revision').execute()).map((r) => Number(r.revision))).toEqual([
          2,
        ]);
      } finally {
        await server.stop();
      }
    });
  });
}
