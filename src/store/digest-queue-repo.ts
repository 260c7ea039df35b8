import type { Db } from './open-store.ts';

/** Stories waiting for a subscription's next digest. */
export async function queueForDigest(
  db: Db,
  entries: { subscriptionId: string; storyId: string }[],
  now: number,
): Promise<void> {
  for (const d of entries) {
    await db
      .insertInto('digest_queue')
      .values({ subscription_id: d.subscriptionId, story_id: d.storyId, added_at: now })
      .onConflict((oc) => oc.columns(['subscription_id', 'story_id']).doNothing())
      .execute();
  }
}

/** What these subscriptions have collected, oldest first. */
export async function queuedForDigest(db: Db, subscriptionIds: string[]) {
  if (!subscriptionIds.length) return [];
  return db
    .selectFrom('digest_queue')
    .selectAll()
    .where('subscription_id', 'in', subscriptionIds)
    .orderBy('added_at')
    .orderBy('story_id')
    .execute();
}

/** Empties the queue of these subscriptions up to `now` (their digest was just made). */
export async function clearDigestQueue(db: Db, subscriptionIds: string[], now: number): Promise<void> {
  if (!subscriptionIds.length) return;
  await db
    .deleteFrom('digest_queue')
    .where('subscription_id', 'in', subscriptionIds)
    .where('added_at', '<=', now)
    .execute();
}
