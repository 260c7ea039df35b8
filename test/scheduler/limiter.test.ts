import { describe, expect, it } from 'vitest';
import { FetchLimits } from '../../src/scheduler/limiter.ts';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('fetch concurrency limits', () => {
  it('caps work per host and overall, and a busy host never holds up another', async () => {
    const limits = new FetchLimits(3, 2, { 'slow.example': 1 });
    const active = new Map<string, number>();
    const peak = new Map<string, number>();
    let overall = 0;
    let overallPeak = 0;
    const gates: ReturnType<typeof deferred>[] = [];
    const task = (host: string) =>
      limits.run(host, async () => {
        active.set(host, (active.get(host) ?? 0) + 1);
        peak.set(host, Math.max(peak.get(host) ?? 0, active.get(host)!));
        overallPeak = Math.max(overallPeak, ++overall);
        const gate = deferred();
        gates.push(gate);
        await gate.promise;
        active.set(host, active.get(host)! - 1);
        overall--;
        return host;
      });
    const slow = [task('slow.example'), task('slow.example'), task('slow.example')];
    const fast = [task('a.example'), task('a.example'), task('a.example')];
    await new Promise((r) => setTimeout(r, 10));
    // slow.example holds one slot; a.example gets the other two while slow's queue waits.
    expect(active.get('slow.example')).toBe(1);
    expect(active.get('a.example')).toBe(2);
    while (gates.length) {
      gates.shift()!.resolve();
      await new Promise((r) => setTimeout(r, 5));
    }
    await Promise.all([...slow, ...fast]);
    expect(peak.get('slow.example')).toBe(1);
    expect(peak.get('a.example')).toBe(2);
    expect(overallPeak).toBe(3);
  });
});
