import type { Db } from './open-store.ts';

export type WriteFn = <T>(work: (db: Db) => Promise<T>) => Promise<T>;

/** One transaction per unit of work: the simple way, for tools and tests. */
export const writeEach =
  (db: Db): WriteFn =>
  (work) =>
    db.transaction().execute(work);

/**
 * Group commit. Units of work that arrive within a few milliseconds are committed together
 * in one transaction; if one of them fails, the batch is rolled back and each unit is run
 * again alone, so only the failing unit fails. Every unit keeps its atomicity (a poll's items and
 * their alerts land together, or neither does) while thousands of polls share a few hundred
 * commits, which is where SQLite spends its time.
 */
export class WriteBatcher {
  private queue: { work: (db: Db) => Promise<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] =
    [];
  private running = false;
  /** Transactions committed so far, for tests and the benchmark. */
  commits = 0;

  private timer: NodeJS.Timeout | undefined;

  /**
   * `windowMs` is how long the first unit waits for company. The store's driver is
   * synchronous, so without a window every unit would finish before the next arrived.
   */
  constructor(
    private readonly db: Db,
    private readonly opts: { maxBatch: number; windowMs: number } = { maxBatch: 200, windowMs: 3 },
  ) {}

  readonly write: WriteFn = <T>(work: (db: Db) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (this.queue.length >= this.opts.maxBatch) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.opts.windowMs);
    });

  private async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, this.opts.maxBatch);
        let values: unknown[];
        try {
          values = await this.db.transaction().execute(async (trx) => {
            const out: unknown[] = [];
            for (const job of batch) out.push(await job.work(trx));
            return out;
          });
          this.commits++;
        } catch {
          // One unit failed and took the batch with it: run each alone, so only it fails.
          for (const job of batch) {
            await this.db.transaction().execute(job.work).then(job.resolve, job.reject);
            this.commits++;
          }
          continue;
        }
        batch.forEach((job, i) => job.resolve(values[i]));
      }
    } finally {
      this.running = false;
    }
  }
}
