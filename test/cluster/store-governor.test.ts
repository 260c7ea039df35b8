import { afterAll, describe, expect, it } from 'vitest';
import { StoreGovernor } from '../../src/cluster/store-governor.ts';
import { postgresStore, postgresUnavailable } from '../store/stores.ts';

const pgSkip = await postgresUnavailable();
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const d of drops) await d();
});

describe.skipIf(!!pgSkip)('per-channel send slots shared through Postgres', () => {
  it('spaces sends to one channel whichever process asks, and leaves other channels alone', async () => {
    const store = await postgresStore();
    drops.push(store.drop);
    let now = 1_000_000;
    // Two processes' governors on one store, one clock.
    const a = new StoreGovernor(store.db, 1000, () => now);
    const b = new StoreGovernor(store.db, 1000, () => now);
    const slots = await Promise.all([a.reserve('T1/C1'), b.reserve('T1/C1'), a.reserve('T1/C1'), b.reserve('T1/C2')]);
    expect(slots.slice(0, 3).sort()).toEqual([1_000_000, 1_001_000, 1_002_000]);
    expect(slots[3]).toBe(1_000_000);
    // A channel quiet for a while starts again from now, not from its old slot.
    now = 2_000_000;
    expect(await a.reserve('T1/C1')).toBe(2_000_000);
  });
});
