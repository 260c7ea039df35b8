import cron from 'node-cron';
import type { Logger } from 'pino';
import { sourceHost, type PipelineContext, type PollOutcome, pollSource } from '../pipeline/poll-source.ts';
import type { Db } from '../store/open-store.ts';
import type { SourceRow } from '../store/schema.ts';
import { listDueSources } from '../store/sources-repo.ts';
import { FetchLimits, Limiter } from './limiter.ts';
import type { StoreWatch } from './store-watch.ts';

export interface SchedulerOptions {
  concurrency: number;
  perHostConcurrency: number;
  hostOverrides: Record<string, number>;
  /** node-cron expression for the tick that looks for due sources. */
  tick: string;
}

/**
 * Polls sources when they are due. Each tick starts every due source not already in flight
 * and returns; polls run under global and per-host limits, so a slow source only ever holds
 * its own slot. node-cron drives the tick in `start()`; tests and `once` call `pollAll`.
 */
export class Scheduler {
  private readonly limits: FetchLimits;
  private readonly polls: Limiter;
  private readonly inFlight = new Map<string, Promise<PollOutcome>>();
  private stopped = false;
  private task?: ReturnType<typeof cron.schedule>;
  private ticking = false;

  constructor(
    private readonly db: Db,
    private readonly ctx: PipelineContext,
    private readonly opts: SchedulerOptions,
    private readonly onPolled: (outcome: PollOutcome) => void,
    private readonly log: Logger,
    /** Pauses polling while the store cannot write (see store-watch.ts). */
    private readonly watch?: StoreWatch,
  ) {
    this.limits = new FetchLimits(opts.concurrency, opts.perHostConcurrency, opts.hostOverrides);
    // Polls past their fetch (a body held for parsing, a write waiting for its commit) are
    // bounded too, so a fast network cannot pile up bodies faster than they are stored.
    this.polls = new Limiter(opts.concurrency * 2);
  }

  /** Starts due polls and returns at once; polls finish in the background. */
  async tick(): Promise<number> {
    if (this.ticking || this.stopped) return 0;
    if (this.watch && !this.watch.mayPoll()) return 0;
    this.ticking = true;
    try {
      const due = await listDueSources(this.db, this.ctx.clock(), 10_000);
      let started = 0;
      for (const s of due) if (this.launch(s)) started++;
      return started;
    } catch (e) {
      if (this.watch?.report(e)) return 0;
      throw e;
    } finally {
      this.ticking = false;
    }
  }

  /** Polls the given sources now (whether due or not) and waits for all of them. */
  async pollAll(sources: SourceRow[]): Promise<PollOutcome[]> {
    for (const s of sources) this.launch(s);
    return Promise.all(sources.map((s) => this.inFlight.get(s.id)).filter((p): p is Promise<PollOutcome> => !!p));
  }

  private launch(source: SourceRow): boolean {
    if (this.inFlight.has(source.id)) return false;
    // The host and global limits hold a slot for the request only, not for parsing and store
    // work after it: a slot waiting on the group commit would idle a connection the host allows.
    const host = sourceHost(source.url);
    const fetcher = this.ctx.fetcher;
    const ctx: PipelineContext = {
      ...this.ctx,
      fetcher: {
        fetch: (...args) => this.limits.run(host, () => fetcher.fetch(...args)),
        close: () => fetcher.close(),
      },
    };
    const p = this.polls
      .run(() => pollSource(ctx, source))
      .then(
        (outcome) => {
          this.watch?.ok(); // its outcome was written
          this.onPolled(outcome);
          return outcome;
        },
        (e: Error) => {
          // pollSource records fetch and parse failures itself; this is a store failure,
          // named (and polling paused) by the watch when it knows it.
          if (!this.watch?.report(e)) this.log.error({ source: source.id, err: e.message }, 'poll failed unexpectedly');
          return {
            status: 'failed',
            sourceId: source.id,
            code: 'newsbot/internal',
            message: e.message,
            failures: 0,
            outbox: [],
            nextDueAt: 0,
          } as PollOutcome;
        },
      )
      .finally(() => this.inFlight.delete(source.id));
    this.inFlight.set(source.id, p);
    return true;
  }

  start(): void {
    const tick = () =>
      void this.tick().catch((e: Error) => this.log.error({ err: e.message }, 'could not look for due sources'));
    this.task = cron.schedule(this.opts.tick, tick, { noOverlap: true });
    tick();
  }

  /** Stops ticking and waits for polls in flight to finish (they are not cut off). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.task?.stop();
    await Promise.allSettled([...this.inFlight.values()]);
  }
}
