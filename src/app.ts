import path from 'node:path';
import { Audience, topicKey } from './alerts/plan-alerts.ts';
import { deliverOutbox } from './alerts/deliver-outbox.ts';
import { runDigests, type DigestSchedule } from './alerts/digests.ts';
import { DigestScheduler } from './scheduler/digest-scheduler.ts';
import { StoryBook } from './stories/story-book.ts';
import type { PlatformSender } from './alerts/platform.ts';
import type { Answer, CommandContext } from './commands/answer.ts';
import { runCommand, type CommandRequest } from './commands/run-command.ts';
import { buildSpecs } from './config/build-specs.ts';
import type { Observers } from './pipeline/observers.ts';
import type { LoadedConfig } from './config/load-config.ts';
import { isNewsbotError, NewsbotError } from './errors.ts';
import type { Logger } from './log.ts';
import type { PipelineContext } from './pipeline/poll-source.ts';
import { Scheduler } from './scheduler/scheduler.ts';
import { createFeedFetcher, type FeedFetcher } from './sources/fetch-feed.ts';
import type { GuardOptions } from './sources/ssrf-guard.ts';
import { ParsePool, parseInline, parsePoolDefaults } from './sources/parse-pool.ts';
import { isPostgresUrl, openStore, withoutPassword, type Db } from './store/open-store.ts';
import { listSubscriptions, syncConfigSubscriptions } from './store/subscriptions-repo.ts';
import { getSource, syncSources, upsertSource } from './store/sources-repo.ts';
import { stableId } from './ids.ts';
import { redactUrl } from './alerts/alert.ts';
import { listAllTopics, syncConfigTopics } from './store/topics-repo.ts';
import { TopicMatcher } from './topics/match-topics.ts';
import { parseQuery } from './topics/parse-query.ts';
import { WriteBatcher } from './store/write-batcher.ts';
import { initDealStates } from './deals/deal-book.ts';
import { readDealHistory } from './deals/deal-history.ts';
import type { TopicRow } from './store/schema.ts';
import type { StoreFault } from './store/store-fault.ts';
import { StoreWatch } from './scheduler/store-watch.ts';

/** The store as logs may name it: a file's path, or a database URL without its password. */
const storeName = (location: string) => (isPostgresUrl(location) ? withoutPassword(location) : path.resolve(location));

export interface AppOptions {
  log: Logger;
  clock?: () => number;
  random?: () => number;
  /** Parser threads when the config does not say (one-shot commands use 0). */
  parseWorkers?: number;
  /** Overrides for tests: DNS for the SSRF guard. */
  resolve?: GuardOptions['resolve'];
  /** What a digest schedule's cron does; by default it runs the digest here (a cluster offers it as a job). */
  digestFire?: (schedule: DigestSchedule) => Promise<void>;
  /** A storage failure no wait can mend (a lost schema, a damaged file): `start` exits 1 so that a supervisor restarts it. */
  onStoreFatal?: (fault: StoreFault) => void;
}

export interface App {
  db: Db;
  /** Told of polls and deliveries (the metrics set it when the operators' endpoints are on). */
  observe: Observers;
  loaded: LoadedConfig;
  fetcher: FeedFetcher;
  pipeline: PipelineContext;
  scheduler: Scheduler;
  senders: Map<string, PlatformSender>;
  stories: StoryBook;
  digests: DigestScheduler;
  /** Pauses polling while the store cannot write, and names why (store-watch.ts). */
  storeWatch: StoreWatch;
  /** Starts the digest cron tasks (only `start` does). */
  startDigests(): Promise<void>;
  /** Runs one digest schedule now: what its cron task does. */
  runDigest(schedule: DigestSchedule): Promise<string[]>;
  refresh(): Promise<void>;
  deliver(): Promise<void>;
  /** Delivers what is due and what waits in its story hold: a graceful stop loses nothing to the hold. */
  flush(): Promise<void>;
  ask(ctx: CommandContext, request: CommandRequest): Promise<Answer>;
  close(): Promise<void>;
}

export { checkQueries, loadCheckedConfig } from './topics/load-checked-config.ts';

/** Validates what the schema cannot (URLs, search templates) and returns the store specs. */
export function validateConfig(loaded: LoadedConfig) {
  return buildSpecs(loaded);
}

/** Builds the pieces from config and wires them together; starts nothing. */
export async function buildApp(loaded: LoadedConfig, opts: AppOptions): Promise<App> {
  const specs = validateConfig(loaded);
  const { settings } = loaded.config;
  const clock = opts.clock ?? Date.now;
  const random = opts.random ?? Math.random;
  const log = opts.log;
  const db = await openStore(loaded.config.database);
  const now = clock();
  await syncSources(db, 'config', specs.sources, now);
  await syncConfigTopics(db, specs.topics, now);
  await syncConfigSubscriptions(db, specs.subscriptions, now);

  // Stories are built below; a deal's history is read only once they exist (refresh runs after).
  let readHistory: ((topic: TopicRow) => Promise<unknown>) | undefined;
  let matcher = new TopicMatcher([]);
  let audience = new Audience([], []);
  let compiledFrom = '';
  const refresh = async () => {
    const topics = await listAllTopics(db);
    // A deal defined since the last run starts from what the store holds about it, silently.
    await initDealStates(db, topics, clock(), readHistory);
    // Compiling thousands of queries is the costly part, and a cluster refreshes every tick:
    // only a change of topics recompiles. Subscriptions (cheap) are always re-read.
    const fingerprint = JSON.stringify(topics.map((t) => [topicKey(t), t.query]));
    if (fingerprint !== compiledFrom) {
      matcher = new TopicMatcher(topics.map((t) => ({ key: topicKey(t), query: t.query })));
      compiledFrom = fingerprint;
    }
    audience = new Audience(topics, await listSubscriptions(db));
  };

  const fetcher = createFeedFetcher({
    connectTimeoutMs: settings.connectTimeout,
    timeoutMs: settings.timeout,
    maxBytes: settings.maxBytes,
    userAgent: settings.userAgent,
    allowPrivateNetworks: settings.allowPrivateNetworks,
    connectionsPerOrigin: settings.perHostConcurrency,
    resolve: opts.resolve,
  });
  const workers = settings.parseWorkers ?? opts.parseWorkers ?? parsePoolDefaults.workers;
  const pool = workers > 0 ? new ParsePool({ workers, timeoutMs: parsePoolDefaults.timeoutMs }) : undefined;
  // On a shared store, grouping coordinates with the other processes (see StoryBook).
  const stories = new StoryBook({ windowMs: settings.storyWindow }, isPostgresUrl(loaded.config.database));
  await stories.restore(db, clock());
  const batcher = new WriteBatcher(db);
  readHistory = (topic) =>
    batcher.write(async (trx) => {
      const found = await readDealHistory(
        trx,
        topic,
        async (d, items) => (await stories.assign(d, items, clock())).storyOf,
        clock(),
      );
      if (found) log.info({ deal: topic.id, reports: found }, 'deal history read from the store');
    });
  await refresh();
  const pipeline: PipelineContext = {
    db,
    write: batcher.write,
    stories,
    fetcher,
    parse: pool ? pool.parse : parseInline,
    configDir: loaded.dir,
    matcher: () => matcher,
    audience: () => audience,
    settings: {
      holdMs: settings.storyHold,
      maxIntervalMs: settings.maxInterval,
      maxAgeMs: settings.maxAge,
      failureThreshold: settings.failureThreshold,
      maxBytes: settings.maxBytes,
    },
    clock,
    random,
    log,
  };
  const senders = new Map<string, PlatformSender>();
  const observe: Observers = {};
  let delivering: Promise<void> | undefined;
  let again = false;
  // One delivery pass at a time; a request during a pass schedules exactly one more.
  let flushBy = 0;
  const deliver = async (): Promise<void> => {
    if (delivering) {
      again = true;
      return delivering;
    }
    delivering = (async () => {
      do {
        again = false;
        const report = await deliverOutbox(db, senders, clock, log, {
          ...(flushBy ? { dueBy: flushBy } : {}),
          observe: (e) => observe.delivered?.(e),
        });
        // A paused channel must stop getting new alerts planned for it.
        if (report.paused) await refreshAll();
      } while (again);
    })().finally(() => (delivering = undefined));
    return delivering;
  };
  const storeWatch = new StoreWatch(storeName(loaded.config.database), log, clock, opts.onStoreFatal);
  const scheduler = new Scheduler(
    db,
    pipeline,
    {
      concurrency: settings.concurrency,
      perHostConcurrency: settings.perHostConcurrency,
      hostOverrides: Object.fromEntries(Object.entries(settings.hosts).map(([h, v]) => [h, v.concurrency])),
      tick: settings.tick,
    },
    (outcome) => {
      observe.polled?.(outcome);
      if (outcome.status === 'not-modified' || !outcome.outbox.length) return;
      const run = () =>
        void deliver().catch((e: Error) => storeWatch.report(e) || log.error({ err: e.message }, 'delivery failed'));
      run();
      // New stories wait out their hold; deliver again the moment it ends.
      setTimeout(run, settings.storyHold + 50).unref();
    },
    log,
    storeWatch,
  );

  // Digests: one cron task per schedule, started by `start` only (one-shot commands post none).
  let digestsStarted = false;
  const digests = new DigestScheduler(async (schedule) => {
    if (opts.digestFire) return opts.digestFire(schedule);
    const ids = await batcher.write((trx) => runDigests(trx, schedule, audience, clock()));
    if (ids.length) await deliver();
  }, log);
  const syncDigests = async () => {
    if (digestsStarted) digests.sync(await listSubscriptions(db));
  };
  const refreshAll = async () => {
    await refresh();
    await syncDigests();
  };

  /** `/news add-source`: the feed must be reachable through the SSRF guard and parse. */
  const addSource = async (team: string, url: string) => {
    const id = stableId('src_', url);
    const existing = await getSource(db, id);
    if (existing?.active) return { id, name: existing.name, items: 0, known: true };
    const fetched = await fetcher.fetch(url);
    if (fetched.status !== 'ok')
      throw new NewsbotError('newsbot/http-status', 'the server answered 304 Not Modified to a first request', { url });
    const feed = await pipeline.parse(fetched.body, fetched.finalUrl);
    const name = feed.title?.trim() || new URL(url).hostname;
    await upsertSource(
      db,
      { id, url, name, origin: 'command', topicId: null, intervalMs: settings.interval, backfill: 0, team },
      clock(),
    );
    log.info({ source: id, team, url: redactUrl(url) }, 'source added by command');
    return { id, name, items: feed.items.length, known: false };
  };

  return {
    db,
    observe,
    loaded,
    fetcher,
    pipeline,
    scheduler,
    storeWatch,
    senders,
    stories,
    digests,
    refresh: refreshAll,
    async startDigests() {
      digestsStarted = true;
      await syncDigests();
    },
    runDigest: (schedule) => batcher.write((trx) => runDigests(trx, schedule, audience, clock())),
    deliver,
    async flush() {
      await delivering;
      flushBy = clock() + settings.storyHold;
      try {
        await deliver();
      } finally {
        flushBy = 0;
      }
    },
    ask: (ctx, request) =>
      runCommand(
        { db, clock, timezone: settings.timezone, onChange: refreshAll, addSource, readDealHistory: readHistory },
        ctx,
        request,
      ),
    async close() {
      await scheduler.stop();
      await digests.stop();
      await delivering;
      await fetcher.close();
      await pool?.close();
      await db.destroy();
    },
  };
}
