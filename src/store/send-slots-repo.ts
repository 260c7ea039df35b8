import { sql } from 'kysely';
import type { Db } from './open-store.ts';

/**
 * Reserves a channel's next send slot in one atomic upsert, whichever process asks: either
 * the first slot (now), or one interval after the last one reserved. Returns when it starts.
 */
export async function reserveSendSlot(db: Db, key: string, now: number, intervalMs: number): Promise<number> {
  const row = await db
    .insertInto('send_slots')
    .values({ key, next_at: now + intervalMs })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ next_at: sql<number>`greatest(send_slots.next_at, ${now}) + ${intervalMs}` }),
    )
    .returning('next_at')
    .executeTakeFirstOrThrow();
  return Number(row.next_at) - intervalMs;
}
