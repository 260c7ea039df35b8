import type { Item } from '../src/ingest/ingest-items.ts';
import { createLogger } from '../src/log.ts';
import { openStore, type Db } from '../src/store/open-store.ts';
import type { SourceRow } from '../src/store/schema.ts';
import { getSource, upsertSource, type SourceSpec } from '../src/store/sources-repo.ts';
import { Writable } from 'node:stream';

/** A fresh in-memory store with migrations applied. */
export const memoryStore = (): Promise<Db> => openStore(':memory:');

/** A logger whose lines are kept for assertions instead of printed. */
export function captureLog() {
  const lines: string[] = [];
  const dest = new Writable({
    write(chunk, _e, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { log: createLogger({ level: 'debug', format: 'json', dest: dest as never }), lines };
}

/** A clock tests move by hand. */
export class FakeClock {
  constructor(public now = Date.UTC(2025, 5, 20, 12)) {}
  readonly fn = () => this.now;
  advance(ms: number) {
    this.now += ms;
  }
}

export async function addSource(db: Db, spec: Partial<SourceSpec> & { url: string }, now: number): Promise<SourceRow> {
  const full: SourceSpec = {
    id: spec.id ?? `src-${spec.url.replace(/\W+/g, '-')}`.slice(0, 60),
    name: 'Test Outlet',
    origin: 'config',
    topicId: null,
    intervalMs: 300_000,
    backfill: 0,
    ...spec,
  };
  await upsertSource(db, full, now);
  return (await getSource(db, full.id))!;
}

export function item(partial: Partial<Item> = {}): Item {
  return {
    id: 'itm_1',
    sourceId: 's',
    outlet: 'Outlet',
    guid: 'g',
    url: 'https://a.example/1',
    title: 'Title',
    summary: '',
    publishedAt: 0,
    firstSeenAt: 0,
    ...partial,
  };
}

import { Audience, topicKey } from '../src/alerts/plan-alerts.ts';
import type { PipelineContext } from '../src/pipeline/poll-source.ts';
import { createFeedFetcher } from '../src/sources/fetch-feed.ts';
import { parseInline } from '../src/sources/parse-pool.ts';
import { StoryBook } from '../src/stories/story-book.ts';
import { listSubscriptions } from '../src/store/subscriptions-repo.ts';
import { listAllTopics } from '../src/store/topics-repo.ts';
import { WriteBatcher } from '../src/store/write-batcher.ts';
import { TopicMatcher } from '../src/topics/match-topics.ts';

/**
 * The pipeline as the app wires it, over loopback feeds, with a hand-moved clock. Call
 * `refresh()` after changing topics or subscriptions, as the app does.
 */
export async function testPipeline(db: Db, clock: FakeClock, over: Partial<PipelineContext['settings']> = {}) {
  let matcher = new TopicMatcher([]);
  let audience = new Audience([], []);
  const ctx: PipelineContext = {
    db,
    write: new WriteBatcher(db).write,
    stories: new StoryBook(),
    fetcher: createFeedFetcher({ allowPrivateNetworks: ['127.0.0.1/32'], timeoutMs: 2000 }),
    parse: parseInline,
    configDir: '/',
    matcher: () => matcher,
    audience: () => audience,
    settings: {
      holdMs: 0,
      maxIntervalMs: 3_600_000,
      maxAgeMs: 3 * 86_400_000,
      failureThreshold: 5,
      maxBytes: 1 << 20,
      ...over,
    },
    clock: clock.fn,
    random: () => 0.5,
    log: captureLog().log,
  };
  const refresh = async () => {
    const topics = await listAllTopics(db);
    matcher = new TopicMatcher(topics.map((t) => ({ key: topicKey(t), query: t.query })));
    audience = new Audience(topics, await listSubscriptions(db));
  };
  await refresh();
  return { ctx, refresh, audience: () => audience };
}

/** Polls a condition until it holds, or fails after the timeout. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'zu',
  're',
  'ta',
  'vo',
  'ne',
  'shi',
  'pa',
  'gor',
  'fen',
  'dra',
  'wix',
  'bel',
  'tor',
];
/** A made-up company name per number: distinct names make distinct events for grouping. */
export const madeUpName = (n: number) => {
  let s = '';
  for (let x = n * 7919 + 104_729; s.length < 9; x = Math.floor(x / 16)) s += SYLLABLES[x % 16];
  return s[0]!.toUpperCase() + s.slice(1);
};
