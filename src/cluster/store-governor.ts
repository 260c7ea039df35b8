import { sql } from 'kysely';
import { sleep, type SendGovernor } from '../alerts/send-governor.ts';
import type { Db } from '../store/open-store.ts';

/**
 * The per-channel pacing of `IntervalGovernor`, kept in the shared store so it holds across
 * processes: each wait reserves the channel's next slot with one atomic upsert, whichever
 * process asks.
 */
export class StoreGovernor implements SendGovernor {
  constructor(
    private readonly db: Db,
    private readonly intervalMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Reserves the channel's next slot and returns when it starts (ms). */
  async reserve(key: string): Promise<number> {
    const now = this.clock();
    const iv = this.intervalMs;
    // Either the first slot (now), or one interval after the last one reserved.
    const row = await this.db
      .insertInto('send_slots')
      .values({ key, next_at: now + iv })
      .onConflict((oc) => oc.column('key').doUpdateSet({ next_at: sql<number>`greatest(send_slots.next_at, ${now}) + ${iv}` }))
      .returning('next_at')
      .executeTakeFirstOrThrow();
    return Number(row.next_at) - iv;
  }

  async wait(key: string, signal?: AbortSignal): Promise<void> {
    const at = await this.reserve(key);
    await sleep(at - this.clock(), signal);
  }
}
