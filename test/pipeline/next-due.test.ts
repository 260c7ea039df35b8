import { describe, expect, it } from 'vitest';
import { nextPollDelay } from '../../src/pipeline/next-due.ts';

const MIN = 60_000;
const DAY = 86_400_000;
const base = {
  now: 10 * DAY,
  intervalMs: 5 * MIN,
  maxIntervalMs: 60 * MIN,
  lastNewAt: 10 * DAY,
  consecutiveFailures: 0,
  random: 0.5,
};

describe('when a source is polled next', () => {
  it('an active source is polled at its interval', () => {
    expect(nextPollDelay(base)).toBe(5 * MIN);
  });

  it('a quiet source stretches one interval per quiet day, up to maxInterval, and snaps back', () => {
    expect(nextPollDelay({ ...base, lastNewAt: base.now - 1.5 * DAY })).toBe(10 * MIN);
    expect(nextPollDelay({ ...base, lastNewAt: base.now - 3 * DAY })).toBe(20 * MIN);
    expect(nextPollDelay({ ...base, lastNewAt: base.now - 30 * DAY })).toBe(60 * MIN);
    expect(nextPollDelay({ ...base, lastNewAt: base.now })).toBe(5 * MIN);
  });

  it('failures back off exponentially to maxInterval', () => {
    expect([1, 2, 3, 4, 5, 9].map((n) => nextPollDelay({ ...base, consecutiveFailures: n }) / MIN)).toEqual([
      5, 10, 20, 40, 60, 60,
    ]);
  });

  it('Retry-After pushes the next poll back, up to a day', () => {
    expect(nextPollDelay({ ...base, consecutiveFailures: 1, retryAfterMs: 2 * 3_600_000 })).toBe(2 * 3_600_000);
    expect(nextPollDelay({ ...base, consecutiveFailures: 1, retryAfterMs: 9 * DAY })).toBe(DAY);
  });

  it('jitter spreads sources by ±10%', () => {
    expect(nextPollDelay({ ...base, random: 0 })).toBe(4.5 * MIN);
    expect(nextPollDelay({ ...base, random: 1 })).toBe(5.5 * MIN);
  });

  it('an interval longer than maxInterval is kept as asked', () => {
    expect(nextPollDelay({ ...base, intervalMs: 120 * MIN, lastNewAt: 0 })).toBe(120 * MIN);
  });
});
