import { sleep, type SendGovernor } from '../alerts/send-governor.ts';
import type { Db } from '../store/open-store.ts';
import { reserveSendSlot } from '../store/send-slots-repo.ts';

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
    return reserveSendSlot(this.db, key, this.clock(), this.intervalMs);
  }

  async wait(key: string, signal?: AbortSignal): Promise<void> {
    const at = await this.reserve(key);
    await sleep(at - this.clock(), signal);
  }
}
