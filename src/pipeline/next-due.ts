const DAY = 86_400_000;

export interface NextDueInput {
  now: number;
  intervalMs: number;
  maxIntervalMs: number;
  /** When the source last brought something new (or was added, if never). */
  lastNewAt: number;
  consecutiveFailures: number;
  /** What a 429/503 asked for, if anything. */
  retryAfterMs?: number;
  /** 0..1, injected so tests are deterministic. */
  random: number;
}

/** The longest a server may push us back with Retry-After before we ask again anyway. */
export const MAX_RETRY_AFTER_MS = DAY;

/**
 * When to poll a source next. Alerts are about latency, so the configured interval is the
 * rule: a source quiet for d whole days waits (d + 1) intervals, never more than
 * maxInterval, and snaps back to its interval when it publishes. Failures back off
 * exponentially to the same ceiling, a Retry-After is honoured (up to a day), and ±10%
 * jitter keeps sources added together from being polled together forever.
 */
export function nextPollDelay(input: NextDueInput): number {
  const ceiling = Math.max(input.maxIntervalMs, input.intervalMs);
  let delay: number;
  if (input.consecutiveFailures > 0) {
    delay = Math.min(ceiling, input.intervalMs * 2 ** (input.consecutiveFailures - 1));
  } else {
    const quietDays = Math.floor(Math.max(0, input.now - input.lastNewAt) / DAY);
    delay = Math.min(ceiling, input.intervalMs * (1 + quietDays));
  }
  delay = Math.round(delay * (0.9 + 0.2 * input.random));
  if (input.retryAfterMs !== undefined) delay = Math.max(delay, Math.min(input.retryAfterMs, MAX_RETRY_AFTER_MS));
  return delay;
}
