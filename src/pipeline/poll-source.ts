import path from 'node:path';
import type { Logger } from 'pino';
import { applyPlan, planSourceHealthAlerts, planStoryAlerts, type Audience } from '../alerts/plan-alerts.ts';
import { detectStageChanges } from '../deals/deal-book.ts';
import { groupPastEvidence } from '../deals/deal-history.ts';
import type { TopicRow } from '../store/schema.ts';
import type { StoryBook } from '../stories/story-book.ts';
import { addStoryTopics, storyTopicKeys } from '../store/stories-repo.ts';
import { describeError, NewsbotError } from '../errors.ts';
import { ingestItems } from '../ingest/ingest-items.ts';
import { nextPollDelay } from './next-due.ts';
import { readFeedFile, type FeedFetcher, type FetchResult } from '../sources/fetch-feed.ts';
import type { ParsedFeed } from '../sources/item.ts';
import type { ParseFn } from '../sources/parse-pool.ts';
import type { Db } from '../store/open-store.ts';
import { enqueue } from '../store/outbox-repo.ts';
import type { SourceRow } from '../store/schema.ts';
import type { WriteFn } from '../store/write-batcher.ts';
import { updateSourceState, type SourceState } from '../store/sources-repo.ts';
import type { TopicMatcher } from '../topics/match-topics.ts';

export interface PipelineSettings {
  /** How long a new story's first alert waits for other outlets polled at the same moment. */
  holdMs?: number;
  maxIntervalMs: number;
  maxAgeMs: number;
  failureThreshold: number;
  maxBytes: number;
}

/** Everything one poll needs, as plain values and injected functions. */
export interface PipelineContext {
  db: Db;
  fetcher: FeedFetcher;
  /** Runs a unit of store work atomically: a transaction of its own, or a share of a group commit. */
  write: WriteFn;
  /** Parses a document: in worker threads (ParsePool) or inline. */
  parse: ParseFn;
  /** Directory that file sources are relative to. */
  configDir: string;
  matcher: () => TopicMatcher;
  /** Groups new items into stories. */
  stories: StoryBook;
  audience: () => Audience;
  settings: PipelineSettings;
  clock: () => number;
  random: () => number;
  log: Logger;
}

/** How long the request and the parse took (ms), for the operators' metrics. */
export interface PollTimings {
  fetchMs?: number;
  parseMs?: number;
}

export type PollOutcome =
  | ({ status: 'not-modified'; sourceId: string; nextDueAt: number } & PollTimings)
  | ({
      status: 'ok';
      sourceId: string;
      parsed: number;
      recorded: number;
      alertable: number;
      /** Stories this poll's items started, and stories they joined. */
      storiesStarted: number;
      storiesExtended: number;
      outbox: string[];
      nextDueAt: number;
    } & PollTimings)
  | ({
      status: 'failed';
      sourceId: string;
      code: string;
      message: string;
      failures: number;
      outbox: string[];
      nextDueAt: number;
    } & PollTimings);

export function isFileSource(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(url);
}

/** The host a source is limited under; all file sources share one pseudo-host. */
export function sourceHost(url: string): string {
  if (isFileSource(url)) return 'file:';
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * One poll of one source, start to finish: fetch, parse, record new items, match topics,
 * and write the resulting alerts to the outbox in the same transaction as the items, so a
 * crash can neither record an item without its alert nor alert an unrecorded item.
 */
export async function pollSource(ctx: PipelineContext, source: SourceRow, signal?: AbortSignal): Promise<PollOutcome> {
  const log = ctx.log.child({ source: source.id });
  let fetched: FetchResult;
  let parsed: ParsedFeed | undefined;
  const timings: PollTimings = {};
  try {
    const validators = { etag: source.etag, lastModified: source.last_modified };
    let t = performance.now();
    fetched = isFileSource(source.url)
      ? await readFeedFile(path.resolve(ctx.configDir, source.url), validators, ctx.settings.maxBytes)
      : await ctx.fetcher.fetch(source.url, validators, signal);
    timings.fetchMs = performance.now() - t;
    if (fetched.status === 'ok') {
      t = performance.now();
      parsed = await ctx.parse(fetched.body, isFileSource(source.url) ? undefined : fetched.finalUrl);
      timings.parseMs = performance.now() - t;
    }
  } catch (e) {
    return { ...(await recordFailure(ctx, source, e, log)), ...timings };
  }

  const now = ctx.clock();
  const wasFailing = source.failing === 1;
  if (fetched.status === 'not-modified' || !parsed) {
    const state = successState(ctx, source, now, false);
    await ctx.write(async (db) => {
      if (wasFailing) await enqueue(db, healthRows(ctx, source, 'source-recovered', now), now);
      await updateSourceState(db, source.id, state);
    });
    if (wasFailing) log.info('source recovered');
    return { status: 'not-modified', sourceId: source.id, nextDueAt: state.next_due_at!, ...timings };
  }

  const feed = parsed;
  const result = await ctx.write(async (trx) => {
    const ingest = await ingestItems(trx, source, feed, { now, maxAgeMs: ctx.settings.maxAgeMs });
    let outbox: string[] = [];
    let matched = 0;
    let started = 0;
    let extended = 0;
    // Reports of a followed deal's past (baseline, too old to alert) are read into it first, silently.
    if (ingest.recorded.length > ingest.alertable.length) {
      const alertable = new Set(ingest.alertable.map((i) => i.id));
      const past = ingest.recorded.filter((i) => !alertable.has(i.id));
      await groupPastEvidence(
        trx,
        past,
        ctx.audience().dealTopics(),
        async (d, items) => (await ctx.stories.assign(d, items, now)).storyOf,
        now,
      );
    }
    if (ingest.alertable.length) {
      // New items join stories; a story is about every topic any of its items matched.
      const { changes, storyOf } = await ctx.stories.assign(trx, ingest.alertable, now);
      started = changes.filter((c) => c.created).length;
      extended = changes.length - started;
      const matcher = ctx.matcher();
      for (const item of ingest.alertable) {
        const keys = matcher.match(item);
        if (!keys.length) continue;
        matched++;
        await addStoryTopics(trx, storyOf.get(item.id)!, keys, now);
      }
      const topicsOf = new Map<string, string[]>();
      for (const c of changes) topicsOf.set(c.storyId, await storyTopicKeys(trx, c.storyId));
      // Deals whose topic matched a changed story are read again; a stage change is its own alert.
      const audience = ctx.audience();
      const dealTopics = new Map<string, TopicRow>();
      for (const keys of topicsOf.values())
        for (const k of keys) {
          const t = audience.topic(k);
          if (t?.deal) dealTopics.set(k, t);
        }
      const stageChanges = dealTopics.size
        ? await detectStageChanges(trx, [...dealTopics.values()], new Set(changes.map((c) => c.storyId)), now)
        : [];
      for (const c of stageChanges)
        log.info({ deal: c.topicKey, from: c.from, to: c.to, phrase: c.phrase }, 'deal stage changed');
      const plan = await planStoryAlerts(trx, changes, topicsOf, audience, now, {
        holdMs: ctx.settings.holdMs ?? 0,
        stageChanges,
      });
      outbox = await applyPlan(trx, plan, now);
    }
    if (wasFailing) outbox.push(...(await enqueue(trx, healthRows(ctx, source, 'source-recovered', now), now)));
    const state: Partial<SourceState> = {
      ...successState(ctx, source, now, ingest.recorded.length > 0),
      etag: fetched.status === 'ok' ? fetched.etag : source.etag,
      last_modified: fetched.status === 'ok' ? fetched.lastModified : source.last_modified,
      identity: ingest.identity,
      baseline_done: 1,
    };
    await updateSourceState(trx, source.id, state);
    return { ingest, outbox, state, matched, started, extended };
  });
  if (wasFailing) log.info('source recovered');
  log.debug(
    {
      parsed: feed.items.length,
      skipped: feed.skipped,
      new: result.ingest.recorded.length,
      matched: result.matched,
      held: result.ingest.held,
    },
    'polled',
  );
  return {
    status: 'ok',
    sourceId: source.id,
    parsed: feed.items.length,
    recorded: result.ingest.recorded.length,
    alertable: result.ingest.alertable.length,
    storiesStarted: result.started,
    storiesExtended: result.extended,
    outbox: result.outbox,
    nextDueAt: result.state.next_due_at!,
    ...timings,
  };
}

function successState(ctx: PipelineContext, source: SourceRow, now: number, gotNew: boolean): Partial<SourceState> {
  const lastNew = gotNew ? now : (source.last_new_item_at ?? source.created_at);
  const delay = nextPollDelay({
    now,
    intervalMs: source.interval_ms,
    maxIntervalMs: ctx.settings.maxIntervalMs,
    lastNewAt: lastNew,
    consecutiveFailures: 0,
    random: ctx.random(),
  });
  return {
    last_polled_at: now,
    last_success_at: now,
    last_new_item_at: gotNew ? now : source.last_new_item_at,
    consecutive_failures: 0,
    last_error_code: null,
    last_error_message: null,
    failing: 0,
    failing_since: null,
    next_due_at: now + delay,
  };
}

function healthRows(
  ctx: PipelineContext,
  source: SourceRow,
  kind: 'source-failing' | 'source-recovered',
  now: number,
  reason: string | null = null,
) {
  const audience = ctx.audience();
  // A topic's search feed concerns that topic's channels; a shared feed concerns everyone's.
  const subs = source.topic_id
    ? audience.subscriptions().filter((s) => s.topic_id === source.topic_id)
    : audience.subscriptions();
  const episode = source.failing_since ?? now;
  return planSourceHealthAlerts(
    kind,
    { id: source.id, name: source.name, url: source.url },
    episode,
    reason,
    subs,
    now,
  );
}

async function recordFailure(ctx: PipelineContext, source: SourceRow, e: unknown, log: Logger): Promise<PollOutcome> {
  const now = ctx.clock();
  const { code, message } = describeError(e);
  const failures = source.consecutive_failures + 1;
  const retryAfterMs = e instanceof NewsbotError ? e.retryAfterMs : undefined;
  const delay = nextPollDelay({
    now,
    intervalMs: source.interval_ms,
    maxIntervalMs: ctx.settings.maxIntervalMs,
    lastNewAt: source.last_new_item_at ?? source.created_at,
    consecutiveFailures: failures,
    retryAfterMs,
    random: ctx.random(),
  });
  const becameFailing = failures >= ctx.settings.failureThreshold && source.failing === 0;
  const state: Partial<SourceState> = {
    last_polled_at: now,
    consecutive_failures: failures,
    last_error_code: code,
    last_error_message: message,
    next_due_at: now + delay,
    ...(becameFailing ? { failing: 1, failing_since: now } : {}),
  };
  let outbox: string[] = [];
  await ctx.write(async (trx) => {
    await updateSourceState(trx, source.id, state);
    if (becameFailing) {
      const rows = healthRows(ctx, { ...source, failing_since: now }, 'source-failing', now, `${message} (${code})`);
      outbox = await enqueue(trx, rows, now);
    }
  });
  // One line per failure, never a stack trace: an offline feed is an expected condition.
  if (failures === 1 || becameFailing) {
    log.warn({ code, failures, retryInS: Math.round(delay / 1000) }, `${source.name}: ${message}`);
  }
  return { status: 'failed', sourceId: source.id, code, message, failures, outbox, nextDueAt: now + delay };
}
