import { afterAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/ingest/ingest-items.ts';
import { StoryBook } from '../../src/stories/story-book.ts';
import { explainStory, formatStoryExplanation } from '../../src/stories/explain-story.ts';
import { insertItems } from '../../src/store/items-repo.ts';
import type { Db } from '../../src/store/open-store.ts';
import { enqueue } from '../../src/store/outbox-repo.ts';
import { addStoryTopics, storyTopicKeys } from '../../src/store/stories-repo.ts';
import { addSource } from '../helpers.ts';
import { postgresUnavailable, storeDialects } from '../store/stores.ts';
import { CABLE_CUTS } from './cable-cuts.ts';

/**
 * Two outlets' first reports of one event can start two stories; a later report that both
 * would take shows them to be one, and the store folds them — unless both have been told to
 * a channel. On SQLite and on the real Postgres.
 */
const pgSkip = await postgresUnavailable();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

const T0 = Date.parse('2026-03-02T08:00:00Z');

async function storeWithItems(db: Db): Promise<Item[]> {
  const items: Item[] = CABLE_CUTS.map((c, i) => ({
    id: `itm_${c.id}`,
    sourceId: `src-${c.id}`,
    outlet: `Outlet ${c.id.toUpperCase()}`,
    guid: c.id,
    url: `https://${c.id}.example/1`,
    title: c.title,
    summary: c.summary,
    publishedAt: T0 + i * 600_000,
    firstSeenAt: T0 + i * 600_000,
  }));
  for (const it of items) await addSource(db, { id: it.sourceId, url: it.url!, name: it.outlet }, T0);
  await insertItems(
    db,
    items.map((it) => ({
      id: it.id,
      source_id: it.sourceId,
      guid: it.guid,
      link: it.url,
      hash: it.id,
      title: it.title,
      summary: it.summary,
      published_at: it.publishedAt,
      first_seen_at: it.firstSeenAt,
      outlet: null,
    })),
  );
  return items;
}

async function storyRows(db: Db) {
  return (await db.selectFrom('stories').select(['id', 'revision']).orderBy('id').execute()).map((r) => ({
    id: r.id,
    revision: Number(r.revision),
  }));
}

const alerted = (storyId: string, channel: string) => ({
  id: `out-${storyId}-${channel}`,
  subscription_id: null,
  platform: 'console',
  team: 'default',
  channel,
  kind: 'story',
  payload: '{}',
  story_id: storyId,
  revision: 1,
});

const stores = storeDialects(cleanups, pgSkip);

for (const [dialect, open, skip] of stores) {
  describe.skipIf(skip)(`stories folded into one on ${dialect}`, () => {
    it('a report that bridges two untold stories folds the newer into the older: items, topics and row', async () => {
      const db = await open();
      const items = await storeWithItems(db);
      const book = new StoryBook();
      const first = await book.assign(db, items.slice(0, 5), T0 + 3_600_000);
      const [a, b] = [first.storyOf.get('itm_a1')!, first.storyOf.get('itm_b1')!];
      expect(a).not.toBe(b);
      expect(first.storyOf.get('itm_c1')).toBe(b);
      await addStoryTopics(db, b, ['*/outages'], T0);

      const second = await book.assign(db, items.slice(5), T0 + 4_000_000);
      expect(second.storyOf.get('itm_c2')).toBe(a);
      expect(second.changes.map((c) => [c.storyId, c.previousRevision, c.revision])).toEqual([[a, 2, 6]]);
      expect(await storyRows(db)).toEqual([{ id: a, revision: 6 }]);
      expect(await storyTopicKeys(db, a)).toEqual(['*/outages']);
      const explained = await explainStory(db, a);
      expect(explained!.items).toHaveLength(6);
      expect(explained!.items.find((i) => i.title === CABLE_CUTS[5]!.title)!.reason.merged).toEqual([
        expect.objectContaining({ story: b, into: a }),
      ]);
      expect(formatStoryExplanation(explained!)).toContain(`showed ${b} to be the same event`);
      // The folded story's id still explains: as the story it became, saying so.
      const asFolded = await explainStory(db, b);
      expect(asFolded).toMatchObject({ id: a, foldedFrom: { story: b } });
      expect(asFolded!.items).toHaveLength(6);
      const n = explained!.items.find((i) => i.title === CABLE_CUTS[5]!.title)!.n;
      expect(formatStoryExplanation(asFolded!).split('\n')[0]).toBe(
        `${b} is now part of ${a}: report [${n}] showed the two stories to be one event`,
      );
      expect(await explainStory(db, 'sty_00000000000000000000')).toBeUndefined();
      // A new process reads the store as it is now: one story.
      const restarted = new StoryBook();
      await restarted.restore(db, T0 + 4_000_000);
      expect(restarted.grouper.size).toBe(1);
    });

    it('the story already told to a channel keeps its id; two told stories stay apart', async () => {
      const db = await open();
      const items = await storeWithItems(db);
      const book = new StoryBook();
      const first = await book.assign(db, items.slice(0, 5), T0 + 3_600_000);
      const [a, b] = [first.storyOf.get('itm_a1')!, first.storyOf.get('itm_b1')!];
      await enqueue(db, [alerted(b, 'news')], T0);
      const second = await book.assign(db, items.slice(5), T0 + 4_000_000);
      expect(second.storyOf.get('itm_c2')).toBe(b);
      expect(await storyRows(db)).toEqual([{ id: b, revision: 6 }]);

      const db2 = await open();
      const items2 = await storeWithItems(db2);
      const book2 = new StoryBook();
      const first2 = await book2.assign(db2, items2.slice(0, 5), T0 + 3_600_000);
      const [a2, b2] = [first2.storyOf.get('itm_a1')!, first2.storyOf.get('itm_b1')!];
      await enqueue(db2, [alerted(a2, 'news'), alerted(b2, 'deals')], T0);
      const second2 = await book2.assign(db2, items2.slice(5), T0 + 4_000_000);
      expect(second2.storyOf.get('itm_c2')).toBe(a2);
      expect((await storyRows(db2)).map((r) => r.id).sort()).toEqual([a2, b2].sort());
      expect(a).toBe(a2);
    });

    it('another process holding the two stories folds them too when it catches up', async () => {
      const db = await open();
      const items = await storeWithItems(db);
      const one = new StoryBook();
      const other = new StoryBook();
      const first = await one.assign(db, items.slice(0, 5), T0 + 3_600_000);
      await other.catchUp(db);
      expect(other.grouper.size).toBe(2);
      await one.assign(db, items.slice(5), T0 + 4_000_000);
      await other.catchUp(db);
      expect(other.grouper.size).toBe(1);
      const b = first.storyOf.get('itm_b1')!;
      expect(other.grouper.resolve(b)).toBe(first.storyOf.get('itm_a1'));
    });
  });
}
