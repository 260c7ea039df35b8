/**
 * A counting semaphore. `run` waits for a slot, so callers queue instead of piling onto a
 * host; waiting honours an AbortSignal so shutdown does not wait for the queue to drain.
 */
export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(readonly limit: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/**
 * Global and per-host limits together. The host slot is taken first, so a task waiting on a
 * busy host holds no global slot and never delays sources on other hosts.
 */
export class FetchLimits {
  private readonly global: Limiter;
  private readonly hosts = new Map<string, Limiter>();
  constructor(
    concurrency: number,
    private readonly perHost: number,
    private readonly hostOverrides: Record<string, number> = {},
  ) {
    this.global = new Limiter(concurrency);
  }

  run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    let h = this.hosts.get(host);
    if (!h) {
      h = new Limiter(this.hostOverrides[host] ?? this.perHost);
      this.hosts.set(host, h);
    }
    return h.run(() => this.global.run(fn));
  }
}
