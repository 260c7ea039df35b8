import type { Logger } from '../log.ts';
import { storeFault, type StoreFault } from '../store/store-fault.ts';

export const storeWatchDefaults = {
  /** The first pause after a storage failure; it doubles with each failure in a row. */
  firstPauseMs: 5_000,
  maxPauseMs: 300_000,
} satisfies Record<string, number>;

/** How long polling waits after the n-th storage failure in a row (n ≥ 1). Pure. */
export function storePause(failuresInARow: number, opts = storeWatchDefaults): number {
  return Math.min(opts.maxPauseMs, opts.firstPauseMs * 2 ** Math.max(0, failuresInARow - 1));
}

/**
 * Watches the store through the failures of polls and deliveries. A storage failure (a full
 * disk, a read-only file) cannot be recorded on the source — the store is what failed — so
 * without this every due feed would be fetched again on every tick. Instead polling pauses,
 * longer each time, the log names the cause once per episode and says when it is over; a
 * failure no wait can mend (a lost schema, a damaged file) goes to `onFatal`, which ends the
 * process so that its supervisor restarts it.
 */
export class StoreWatch {
  private failures = 0;
  private pausedUntil = 0;
  private episode: StoreFault | undefined;

  constructor(
    private readonly where: string,
    private readonly log: Logger,
    private readonly clock: () => number,
    private readonly onFatal: (fault: StoreFault) => void = () => {},
    private readonly opts = storeWatchDefaults,
  ) {}

  /** Storage failures in a row so far (0 once the store writes again). */
  get failuresInARow(): number {
    return this.failures;
  }

  /** Whether polls may start now. */
  mayPoll(): boolean {
    return this.clock() >= this.pausedUntil;
  }

  /** A failure of a poll, a tick or a delivery: true when it was the store's (and is handled here). */
  report(e: unknown): boolean {
    const fault = storeFault(e, this.where) ?? storeFault((e as { cause?: unknown } | null)?.cause, this.where);
    if (!fault) return false;
    if (fault.fatal) {
      this.log.fatal({ kind: fault.kind, err: String((e as Error)?.message ?? e) }, fault.message);
      this.onFatal(fault);
      return true;
    }
    this.failures++;
    const pause = storePause(this.failures, this.opts);
    this.pausedUntil = this.clock() + pause;
    if (this.episode?.kind !== fault.kind)
      this.log.error({ kind: fault.kind, pauseMs: pause }, `${fault.message} (polling paused, retried with backoff)`);
    this.episode = fault;
    return true;
  }

  /** A poll or delivery wrote to the store: any storage episode is over. */
  ok(): void {
    if (!this.episode) return;
    this.log.info({ kind: this.episode.kind, failures: this.failures }, 'the store writes again; polling resumes');
    this.episode = undefined;
    this.failures = 0;
    this.pausedUntil = 0;
  }
}
