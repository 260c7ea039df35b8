import type { Db } from '../store/open-store.ts';
import { holdOutbox, releaseOutbox } from '../store/outbox-repo.ts';
import { pauseSubscriptions, resumeSubscriptions, type ChannelRef } from '../store/subscriptions-repo.ts';

/** Alerts held for a paused channel are still sent if it resumes within this long. */
export const HELD_ALERT_MAX_AGE_MS = 24 * 3_600_000;

/**
 * A platform refused a channel (bot removed, channel archived) or a whole team (token
 * revoked): pause its subscriptions with the reason, and hold its queued alerts instead of
 * retrying them in a loop. /news list shows the reason; subscribing again or /news resume
 * (or reinstalling the app) undoes it.
 */
export async function pauseChannel(db: Db, where: ChannelRef, reason: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await pauseSubscriptions(trx, where, reason);
    await holdOutbox(trx, where, reason);
  });
}

/** Resumes a channel (or team): subscriptions alert again and recent held alerts go out. */
export async function resumeChannel(
  db: Db,
  where: ChannelRef,
  now: number,
): Promise<{ subscriptions: number; alerts: number }> {
  return db.transaction().execute(async (trx) => ({
    subscriptions: await resumeSubscriptions(trx, where),
    alerts: await releaseOutbox(trx, where, now, HELD_ALERT_MAX_AGE_MS),
  }));
}
