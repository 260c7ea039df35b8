import type { Db } from './open-store.ts';

/** An attempt to post this outbox row is about to be made (recorded before the call). */
export async function recordPostAttempt(db: Db, outboxId: string, now: number): Promise<void> {
  await db
    .insertInto('post_evidence')
    .values({ outbox_id: outboxId, attempted_at: now, message_id: null })
    .onConflict((oc) => oc.column('outbox_id').doUpdateSet({ attempted_at: now }))
    .execute();
}

/** The platform says this outbox row became this message (it may say so before or after the call returns). */
export async function recordPosted(db: Db, outboxId: string, messageId: string, now: number): Promise<void> {
  await db
    .insertInto('post_evidence')
    .values({ outbox_id: outboxId, attempted_at: now, message_id: messageId })
    .onConflict((oc) => oc.column('outbox_id').doUpdateSet({ message_id: messageId }))
    .execute();
}

/** What is known of this row's posts: nothing (never attempted), an attempt, or the message it made. */
export async function postEvidence(
  db: Db,
  outboxId: string,
): Promise<{ attemptedAt: number; messageId: string | null } | undefined> {
  const row = await db.selectFrom('post_evidence').selectAll().where('outbox_id', '=', outboxId).executeTakeFirst();
  return row ? { attemptedAt: Number(row.attempted_at), messageId: row.message_id } : undefined;
}

/** The platform answered that nothing was posted: the attempt leaves no doubt to resolve. */
export async function forgetPostAttempt(db: Db, outboxId: string): Promise<void> {
  await db.deleteFrom('post_evidence').where('outbox_id', '=', outboxId).where('message_id', 'is', null).execute();
}
