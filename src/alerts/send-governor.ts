/**
 * Paces messages per key (a channel). One method, so a cluster-wide version (issue 7:
 * coordinated in Postgres) can replace this in-process one.
 */
export interface SendGovernor {
  /** Resolves when a message for `key` may be sent; rejects if `signal` aborts first. */
  wait(key: string, signal?: AbortSignal): Promise<void>;
}

export const governorDefaults = {
  /** Slack allows about one message per second per channel. */
  intervalMs: 1_000,
  clock: Date.now,
} satisfies Required<GovernorOptions>;

export interface GovernorOptions {
  intervalMs?: number;
  clock?: () => number;
}

/**
 * Spaces sends for one key `intervalMs` apart: a burst of 100 is smoothed into one per
 * interval instead of being refused. Each caller reserves the next free slot of its own key,
 * so waits for one busy channel never delay another.
 */
export class IntervalGovernor implements SendGovernor {
  private readonly opts: Required<GovernorOptions>;
  private readonly nextSlot = new Map<string, number>();

  constructor(options: GovernorOptions = {}) {
    this.opts = { ...governorDefaults, ...options };
  }

  wait(key: string, signal?: AbortSignal): Promise<void> {
    const now = this.opts.clock();
    const at = Math.max(now, this.nextSlot.get(key) ?? 0);
    this.nextSlot.set(key, at + this.opts.intervalMs);
    if (this.nextSlot.size > 10_000) this.forgetIdle(now);
    return sleep(at - now, signal);
  }

  private forgetIdle(now: number): void {
    for (const [key, at] of this.nextSlot) if (at < now) this.nextSlot.delete(key);
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
