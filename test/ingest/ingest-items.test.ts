import { describe, expect, it } from 'vitest';
import { chooseIdentity } from '../../src/ingest/identity.ts';
import { ingestItems } from '../../src/ingest/ingest-items.ts';
import type { ParsedFeed, ParsedItem } from '../../src/sources/item.ts';
import { contentHash } from '../../src/sources/parse-feed.ts';
import { getSource, updateSourceState } from '../../src/store/sources-repo.ts';
import type { Db } from '../../src/store/open-store.ts';
import { addSource, FakeClock, memoryStore } from '../helpers.ts';

const HOUR = 3_600_000;
const clock = new FakeClock();
const feed = (items: ParsedItem[], link = 'https://outlet.example/'): ParsedFeed => ({
  format: 'rss',
  title: 'T',
  link,
  items,
  skipped: 0,
});
const entry = (n: number, over: Partial<ParsedItem> = {}): ParsedItem => {
  const e = {
    guid: `guid-${n}`,
    url: `https://outlet.example/story-${n}`,
    title: `Story number ${n}`,
    summary: `A summary long enough to count as real content, number ${n}.`,
    publishedAt: clock.now - n * HOUR,
    outlet: null,
    ...over,
  };
  return { ...e, hash: contentHash(e.title, e.summary) };
};

async function poll(db: Db, sourceId: string, items: ParsedItem[], maxAgeMs = 3 * 24 * HOUR) {
  const source = (await getSource(db, sourceId))!;
  const result = await ingestItems(db, source, feed(items), { now: clock.now, maxAgeMs });
  await updateSourceState(db, sourceId, { baseline_done: 1, identity: result.identity });
  return result;
}

describe('ingesting items', () => {
  it('records the first poll as a baseline and alerts nothing', async () => {
    const db = await memoryStore();
    const s = await addSource(db, { url: 'https://outlet.example/feed' }, clock.now);
    const r = await poll(db, s.id, [entry(1), entry(2), entry(3)]);
    expect(r.recorded).toHaveLength(3);
    expect(r.alertable).toEqual([]);
    expect(r.held.baseline).toBe(3);
  });

  it('alerts the N newest items of the first poll when backfill: N', async () => {
    const db = await memoryStore();
    const s = await addSource(db, { url: 'https://outlet.example/feed', backfill: 2 }, clock.now);
    const r = await poll(db, s.id, [entry(3), entry(1), entry(2)]);
    expect(r.alertable.map((i) => i.title)).toEqual(['Story number 1', 'Story number 2']);
  });

  it('an item is new once: re-fetching, re-ordering or re-dating it never alerts again', async () => {
    const db = await memoryStore();
    const s = await addSource(db, { url: 'https://outlet.example/feed' }, clock.now);
    await poll(db, s.id, [entry(1), entry(2)]);
    const next = await poll(db, s.id, [entry(0), entry(1), entry(2)]);
    expect(next.alertable.map((i) => i.title)).toEqual(['Story number 0']);
    const again = await poll(db, s.id, [
      entry(2, { publishedAt: clock.now }),
      entry(0),
      entry(1, { title: 'Story number 1 (updated)' }),
    ]);
    expect(again.recorded).toEqual([]);
  });

  it('keeps older-than-maxAge items out of alerts but records them', async () => {
    const db = await memoryStore();
    const s = await addSource(db, { url: 'https://outlet.example/feed' }, clock.now);
    await poll(db, s.id, [entry(1)]);
    const r = await poll(db, s.id, [entry(1), entry(100, { publishedAt: clock.now - 5 * 24 * HOUR })]);
    expect(r.recorded).toHaveLength(1);
    expect(r.alertable).toEqual([]);
    expect(r.held.tooOld).toBe(1);
  });

  it('a feed whose guids change under stable links switches to link identity instead of alerting again', async () => {
    const db = await memoryStore();
    const s = await addSource(db, { url: 'https://outlet.example/feed' }, clock.now);
    await poll(db, s.id, [entry(1), entry(2)]);
    const r = await poll(db, s.id, [entry(1, { guid: 'random-a' }), entry(2, { guid: 'random-b' })]);
    expect(r.recorded).toEqual([]);
    expect(r.identity).toBe('link');
    const fresh = await poll(db, s.id, [entry(3, { guid: 'random-c' }), entry(1, { guid: 'random-d' })]);
    expect(fresh.alertable.map((i) => i.title)).toEqual(['Story number 3']);
  });

  it('a feed rotating both guid and link every poll, with short summaries, is known by title, date and outlet', async () => {
    const db = await memoryStore();
    const s = await addSource(db, { url: 'https://outlet.example/feed' }, clock.now);
    const rotated = (poll: number, n: number) =>
      entry(n, { guid: `p${poll}-${n}`, url: `https://outlet.example/s/${n}?session=${poll}`, summary: 'Short.' });
    await poll(db, s.id, [rotated(1, 1), rotated(1, 2)]);
    const next = await poll(db, s.id, [rotated(2, 0), rotated(2, 1), rotated(2, 2)]);
    expect(next.alertable.map((i) => i.title)).toEqual(['Story number 0']);
    expect(next.recorded).toHaveLength(1); // not re-inserted either
    const third = await poll(db, s.id, [rotated(3, 0), rotated(3, 1), rotated(3, 2)]);
    expect(third.recorded).toEqual([]);
    // A new day's item under a recurring title is still news: its date differs.
    const daily = await poll(db, s.id, [
      rotated(4, 1),
      entry(1, { guid: 'x', url: 'https://outlet.example/y', summary: 'Short.', publishedAt: clock.now + HOUR }),
    ]);
    expect(daily.alertable).toHaveLength(1);
  });

  it('a feed whose guids repeat within a document falls back to links', async () => {
    expect(chooseIdentity([entry(1, { guid: 'same' }), entry(2, { guid: 'same' })], null, null)).toBe('link');
  });

  it('a feed without guids whose items all link to the home page falls back to a content hash', async () => {
    const db = await memoryStore();
    const s = await addSource(db, { url: 'https://outlet.example/feed' }, clock.now);
    const home = { guid: null, url: 'https://outlet.example/' };
    await poll(db, s.id, [entry(1, home), entry(2, home)]);
    const r = await poll(db, s.id, [entry(3, home), entry(1, home), entry(2, home)]);
    expect(r.identity).toBe('hash');
    expect(r.alertable.map((i) => i.title)).toEqual(['Story number 3']);
  });

  it('duplicate entries inside one document are recorded once', async () => {
    const db = await memoryStore();
    const s = await addSource(db, { url: 'https://outlet.example/feed', backfill: 5 }, clock.now);
    const r = await poll(db, s.id, [entry(1), entry(1), entry(2)]);
    expect(r.recorded).toHaveLength(2);
  });
});
