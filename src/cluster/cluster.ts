import PgBoss from 'pg-boss';
import { deliverOutbox } from '../alerts/deliver-outbox.ts';
import type { DigestSchedule } from '../alerts/digests.ts';
import { scheduleKey } from '../alerts/digests.ts';
import { stableId } from '../ids.ts';
import type { Logger } from '../log.ts';
import { pollSource } from '../pipeline/poll-source.ts';
import { cleanupOutbox, dueChannels, getOutbox } from '../store/outbox-repo.ts';
import { getSource, listDueSources } from '../store/sources-repo.ts';
import type { PlatformSender } from '../alerts/platform.ts';
import type { StoreWatch } from '../scheduler/store-watch.ts';
import type { Observers } from '../pipeline/observers.ts';
import type { PipelineContext } from '../pipeline/poll-source.ts';
import type { Runner } from '../runners/runner.ts';
import type { StoryBook } from '../stories/story-book.ts';
import type { Db } from '../store/open-store.ts';

export const clusterDefaults = {
  /** How long a job may run before the others take it over (a killed process's jobs). */
  leaseSeconds: 120,
  /** Poll jobs one process runs at once. */
  pollConcurrency: 16,
  /** Channels one process delivers to at once. */
  deliverConcurrency: 8,
  /** How often each process looks for due sources and due channels, and re-reads topics. */
  tickMs: 2_000,
  /** pg-boss's own schema in the database. */
  schema: 'newsbot_jobs',
} satisfies Record<string, number | string>;

export type ClusterOptions = typeof clusterDefaults;

const QUEUES = {
  poll: 'newsbot-poll',
  deliver: 'newsbot-deliver',
  digest: 'newsbot-digest',
  cleanup: 'newsbot-cleanup',
} as const;

interface PollJob {
  sourceId: string;
}
interface DeliverJob {
  platform: string;
  team: string;
  channel: string;
}
interface DigestJob {
  schedule: DigestSchedule;
  minute: number;
}

/**
 * Many `newsbot start` processes on one Postgres. The work is pg-boss jobs, so any process
 * may do any of it, and a process that dies has its jobs taken over when their lease ends:
 * - a poll job per due source, on a `stately` queue keyed by source: at most one queued and
 *   one running per source, so a source is never polled by two processes at once;
 * - a delivery job per channel with due alerts, keyed the same way by channel: one process
 *   delivers to a channel at a time, in order, while other channels go in parallel;
 * - a digest job per schedule and firing minute, created by whichever process's cron fires
 *   first; the others' sends for the same minute are throttled away, so a digest runs once
 *   per cluster.
 * Every process runs a light local tick that turns due sources and due channels into jobs.
 */
/** Postgres errors that concurrent schema and queue creation cause, and that a retry resolves. */
const CONCURRENT_DDL = new Set(['40P01', '40001', '23505', '42P07', '42710']);

/** Runs `fn`, again after a short random pause when another process's DDL got in its way (at most 6 tries). */
export async function retryConcurrentDdl(fn: () => Promise<void>, log: Logger, tries = 6): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (!code || !CONCURRENT_DDL.has(code) || attempt >= tries) throw e;
      log.warn(
        { code, attempt, err: (e as Error).message },
        'another process is setting up the job queue at the same moment; trying again',
      );
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 400 * attempt));
    }
  }
}

/** What a cluster process needs of the app: the store, the pipeline, the senders, and two refreshes. */
export interface ClusterPieces {
  db: Db;
  pipeline: PipelineContext;
  senders: Map<string, PlatformSender>;
  stories: StoryBook;
  /** Re-reads topics and subscriptions (changes made through other processes). */
  refresh(): Promise<void>;
  /** Writes one schedule's digests to the outbox and returns their ids. */
  runDigest(schedule: DigestSchedule): Promise<string[]>;
  /** Names storage failures (a lost schema ends the process; see store-watch.ts). */
  storeWatch?: Pick<StoreWatch, 'report'>;
  /** Told of polls and deliveries (the operators' metrics). */
  observe?: Observers;
}

export class Cluster implements Runner {
  private boss: PgBoss | undefined;
  private readonly runners: Promise<void>[] = [];
  private timer: NodeJS.Timeout | undefined;
  private housekeeping: NodeJS.Timeout | undefined;
  private ticking = false;
  private stopped = false;
  readonly opts: ClusterOptions;

  constructor(
    private readonly app: ClusterPieces,
    private readonly url: string,
    private readonly log: Logger,
    options: Partial<ClusterOptions> = {},
  ) {
    this.opts = { ...clusterDefaults, ...options };
  }

  async start(): Promise<void> {
    const lease = this.opts.leaseSeconds;
    // Processes started together create pg-boss's schema and queues at the same moment, and
    // Postgres may pick one of them as a deadlock victim: that is a reason to try again (with a
    // fresh pg-boss), not to exit.
    await retryConcurrentDdl(async () => {
      const boss = new PgBoss({
        connectionString: this.url,
        schema: this.opts.schema,
        max: 4,
        // Expired leases are noticed by maintenance; run it often enough that takeover is prompt.
        maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(lease / 2))),
      });
      boss.on('error', (e: Error) => this.log.error({ err: e.message }, 'job queue error'));
      try {
        await boss.start();
        this.boss = boss;
        await this.ensureQueue({
          name: QUEUES.poll,
          policy: 'stately',
          retryLimit: 3,
          retryDelay: 5,
          expireInSeconds: lease,
        });
        await this.ensureQueue({
          name: QUEUES.deliver,
          policy: 'stately',
          retryLimit: 10,
          retryDelay: 5,
          expireInSeconds: lease,
        });
        await this.ensureQueue({
          name: QUEUES.digest,
          policy: 'standard',
          retryLimit: 3,
          retryDelay: 30,
          expireInSeconds: lease,
        });
        await this.ensureQueue({ name: QUEUES.cleanup, policy: 'singleton', retryLimit: 1, expireInSeconds: lease });
        // pg-boss's cron: fires once per cluster, whichever process's clock monitor gets there.
        await boss.schedule(QUEUES.cleanup, '17 * * * *', {}, { tz: 'UTC' });
      } catch (e) {
        this.boss = undefined;
        await boss.stop({ graceful: false, wait: true }).catch(() => {});
        throw e;
      }
    }, this.log);

    this.runners.push(
      this.runJobs<PollJob>(QUEUES.poll, this.opts.pollConcurrency, (d) => this.poll(d)),
      this.runJobs<DeliverJob>(QUEUES.deliver, this.opts.deliverConcurrency, (d) => this.deliver(d)),
      this.runJobs<DigestJob>(QUEUES.digest, 1, (d) => this.digest(d)),
      this.runJobs<object>(QUEUES.cleanup, 1, async () => {
        const removed = await cleanupOutbox(this.app.db, this.app.pipeline.clock());
        if (removed) this.log.info({ removed }, 'old delivered alerts removed');
      }),
    );

    const loop = () => {
      if (this.stopped) return;
      this.tick()
        .catch(
          (e: Error) => this.app.storeWatch?.report(e) || this.log.error({ err: e.message }, 'cluster tick failed'),
        )
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(loop, this.opts.tickMs);
        });
    };
    loop();
    // Stories no new item can join are forgotten now and then (old alerts: the cleanup job).
    this.housekeeping = setInterval(() => this.app.stories.prune(this.app.pipeline.clock()), 3_600_000);
    this.log.info({ leaseSeconds: lease }, 'cluster mode: polls, deliveries and digests are shared through pg-boss');
  }

  /**
   * Takes jobs as slots free up and runs them side by side, completing or failing each on
   * its own. (pg-boss's `work` waits its polling interval after every batch, even a quick
   * one, which capped a process at a few dozen polls a second.)
   */
  private async runJobs<T extends object>(
    queue: string,
    concurrency: number,
    handler: (data: T) => Promise<void>,
  ): Promise<void> {
    const boss = this.boss!;
    const running = new Set<Promise<void>>();
    while (!this.stopped) {
      if (running.size >= concurrency) {
        await Promise.race(running);
        continue;
      }
      let jobs: PgBoss.Job<T>[] = [];
      try {
        jobs = (await boss.fetch<T>(queue, { batchSize: concurrency - running.size })) ?? [];
      } catch (e) {
        if (!this.stopped) this.log.error({ queue, err: (e as Error).message }, 'could not fetch jobs');
      }
      if (!jobs.length) {
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
      for (const job of jobs) {
        const p: Promise<void> = handler(job.data)
          .then(
            () => boss.complete(queue, job.id),
            (e: Error) => {
              if (!this.app.storeWatch?.report(e))
                this.log.warn({ queue, job: job.id, err: e.message }, 'job failed; pg-boss will retry it');
              return boss.fail(queue, job.id, { message: e.message });
            },
          )
          .catch((e: Error) => this.log.error({ queue, err: e.message }, 'could not record a job outcome'))
          .finally(() => running.delete(p));
        running.add(p);
      }
    }
    await Promise.allSettled(running);
  }

  private async ensureQueue(q: PgBoss.Queue): Promise<void> {
    try {
      await this.boss!.createQueue(q.name, q);
    } catch (e) {
      // Another process created it at the same moment.
      if (!(await this.boss!.getQueue(q.name))) throw e;
    }
  }

  /** Turns due sources and due channels into jobs, and picks up topic and subscription changes made elsewhere. */
  async tick(): Promise<void> {
    if (this.ticking || !this.boss) return;
    this.ticking = true;
    try {
      const now = this.app.pipeline.clock();
      await this.app.refresh();
      for (const s of await listDueSources(this.app.db, now, 10_000)) {
        await this.boss.send(QUEUES.poll, { sourceId: s.id } satisfies PollJob, { singletonKey: s.id });
      }
      await this.sendDeliveries(await dueChannels(this.app.db, now, [...this.app.senders.keys()]));
    } finally {
      this.ticking = false;
    }
  }

  private async sendDeliveries(channels: DeliverJob[]): Promise<void> {
    for (const c of channels)
      await this.boss?.send(QUEUES.deliver, c, { singletonKey: `${c.platform}/${c.team}/${c.channel}` });
  }

  private async poll(job: PollJob): Promise<void> {
    const source = await getSource(this.app.db, job.sourceId);
    // Already polled by the job before this one, or removed meanwhile.
    if (!source?.active || source.next_due_at > this.app.pipeline.clock()) return;
    const outcome = await pollSource(this.app.pipeline, source);
    this.app.observe?.polled?.(outcome);
    if (outcome.status === 'not-modified' || !outcome.outbox.length) return;
    const rows = await getOutbox(this.app.db, outcome.outbox);
    const channels = new Map(
      rows
        .filter((r) => this.app.senders.has(r.platform))
        .map((r) => [
          `${r.platform}/${r.team}/${r.channel}`,
          { platform: r.platform, team: r.team, channel: r.channel },
        ]),
    );
    await this.sendDeliveries([...channels.values()]);
  }

  private async deliver(job: DeliverJob): Promise<void> {
    const report = await deliverOutbox(this.app.db, this.app.senders, this.app.pipeline.clock, this.log, {
      only: job,
      observe: (e) => this.app.observe?.delivered?.(e),
    });
    if (report.paused) await this.app.refresh();
  }

  /** What a process's digest cron does in cluster mode: offer the firing as a job, once per minute per schedule. */
  async offerDigest(schedule: DigestSchedule): Promise<void> {
    const minute = Math.floor(this.app.pipeline.clock() / 60_000);
    const key = stableId('dig_', scheduleKey(schedule), String(minute));
    await this.boss?.send(QUEUES.digest, { schedule, minute } satisfies DigestJob, {
      singletonKey: key,
      singletonSeconds: 120,
    });
  }

  private async digest(job: DigestJob): Promise<void> {
    const ids = await this.app.runDigest(job.schedule);
    if (ids.length)
      await this.sendDeliveries(
        await dueChannels(this.app.db, this.app.pipeline.clock(), [...this.app.senders.keys()]),
      );
  }

  /** Stops taking jobs, lets running ones finish (up to a lease), then closes. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.housekeeping);
    while (this.ticking) await new Promise((r) => setTimeout(r, 20));
    // Jobs in hand finish (their work is recorded); then pg-boss closes.
    await Promise.allSettled(this.runners);
    await this.boss?.stop({ graceful: true, wait: true, timeout: this.opts.leaseSeconds * 1000 });
  }
}
