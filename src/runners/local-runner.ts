import type { Logger } from 'pino';
import type { Scheduler } from '../scheduler/scheduler.ts';
import type { StoryBook } from '../stories/story-book.ts';
import type { Db } from '../store/open-store.ts';
import { cleanupOutbox } from '../store/outbox-repo.ts';
import type { Runner } from './runner.ts';
import type { StoreWatch } from '../scheduler/store-watch.ts';

/** What a process alone on its store needs to run: its scheduler and its delivery. */
export interface LocalPieces {
  db: Db;
  scheduler: Scheduler;
  stories: StoryBook;
  deliver: () => Promise<void>;
  /** Delivers what is due and what waits in its story hold (a graceful stop). */
  flush: () => Promise<void>;
  clock: () => number;
  log: Logger;
  /** Names storage failures and pauses polling while they last. */
  storeWatch?: Pick<StoreWatch, 'report'>;
}

export const localRunnerDefaults = {
  /** Due deliveries (retries, held alerts released) are looked for this often. */
  retryMs: 5_000,
  /** Stories no item can join any more are forgotten, and old delivered alerts removed, this often. */
  housekeepingMs: 3_600_000,
} satisfies Record<string, number>;

/** One process: node-cron ticks the scheduler, and this process delivers and cleans up itself. */
export class LocalRunner implements Runner {
  private retry: NodeJS.Timeout | undefined;
  private housekeeping: NodeJS.Timeout | undefined;

  constructor(
    private readonly p: LocalPieces,
    private readonly opts = localRunnerDefaults,
  ) {}

  async start(): Promise<void> {
    const { p } = this;
    p.scheduler.start();
    await p.deliver();
    this.retry = setInterval(
      () =>
        void p
          .deliver()
          .catch((e: Error) => p.storeWatch?.report(e) || p.log.error({ err: e.message }, 'delivery failed')),
      this.opts.retryMs,
    );
    this.housekeeping = setInterval(() => {
      p.stories.prune(p.clock());
      void cleanupOutbox(p.db, p.clock()).catch(
        (e: Error) => p.storeWatch?.report(e) || p.log.error({ err: e.message }, 'cleanup failed'),
      );
    }, this.opts.housekeepingMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.retry);
    clearInterval(this.housekeeping);
    await this.p.scheduler.stop();
    // Alerts inside their story hold go out now rather than waiting for the next start.
    await this.p.flush();
  }
}
