import { describe, expect, it } from 'vitest';
import { runSoak } from '../soak/soak.ts';

/**
 * The one-minute soak (`npm run soak -- --minutes 10` is the long one): `newsbot start` as a
 * whole process against a loopback farm and a loopback Slack, SIGKILLed about every 12 s and
 * restarted, Slack answering some posts with 503, 429 or a dropped connection after posting,
 * the store's disk filled and freed where a tmpfs can be mounted. Every item arrives once.
 */
describe('the soak', () => {
  it('every published item reaches the channel exactly once through kills, Slack faults and a full disk', async () => {
    const lines: string[] = [];
    const report = await runSoak({
      publishMs: 60_000,
      settleMs: 150_000,
      killEveryMs: 12_000,
      log: (l) => lines.push(l),
    });
    console.log(lines.join('\n'));
    expect(report.published).toBeGreaterThan(30);
    expect(report.kills).toBeGreaterThanOrEqual(3);
    expect(
      { lost: report.lost, duplicated: report.duplicated },
      `${report.problems.join('\n')}\n${report.tail}`,
    ).toEqual({
      lost: 0,
      duplicated: 0,
    });
  }, 300_000);
});
