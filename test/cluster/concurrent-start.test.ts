import { describe, expect, it } from 'vitest';
import { retryConcurrentDdl } from '../../src/cluster/cluster.ts';
import { captureLog } from '../helpers.ts';

describe('processes starting together', () => {
  it('a deadlock while another process creates the job queue is tried again, not fatal; other errors are not', async () => {
    const { log, lines } = captureLog();
    let calls = 0;
    await retryConcurrentDdl(async () => {
      calls++;
      if (calls < 3) throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
    }, log);
    expect(calls).toBe(3);
    expect(lines.filter((l) => l.includes('trying again'))).toHaveLength(2);
    await expect(
      retryConcurrentDdl(
        async () => Promise.reject(Object.assign(new Error('password authentication failed'), { code: '28P01' })),
        log,
      ),
    ).rejects.toThrow('password authentication failed');
    await expect(
      retryConcurrentDdl(
        async () => Promise.reject(Object.assign(new Error('deadlock detected'), { code: '40P01' })),
        log,
        2,
      ),
    ).rejects.toThrow('deadlock detected');
  });
});
