import type { Db } from './open-store.ts';
import type { OutboxRow } from './schema.ts';

export type NewOutboxRow = Pick<
  OutboxRow,
  'id' | 'subscription_id' | 'platform' | 'team' | 'channel' | 'kind' | 'payload'
> &
  Partial<Pick<OutboxRow, 'story_id' | 'revision' | 'reply_to' | 'next_attempt_at'>>;

/**
 * Inserts rows whose stable id is new; a row that already exists is left as it is, which is
 * what makes re-processing the same item or event harmless. Returns the ids inserted.
 */
let lastSeq = 0;
/** Time-based and strictly increasing within this process, so one batch keeps its order. */
function nextSeq(now: number): number {
  lastSeq = Math.max(lastSeq + 1, now * 1000);
  return lastSeq;
}

export async function enqueue(db: Db, rows: NewOutboxRow[], now: number): Promise<string[]> {
  const inserted: string[] = [];
  for (let i = 0; i < rows.length; i += 50) {
    // RETURNING lists only the rows the conflict clause let through (SQLite ≥ 3.35, Postgres).
    const done = await db
      .insertInto('outbox')
      .values(
        rows.slice(i, i + 50).map((r) => ({
          story_id: null,
          revision: null,
          reply_to: null,
          next_attempt_at: now,
          ...r,
          seq: nextSeq(now),
          status: 'pending',
          attempts: 0,
          created_at: now,
          sent_at: null,
          message_id: null,
          last_error: null,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    for (const d of done) inserted.push(d.id);
  }
  return inserted;
}

export async function dueOutbox(
  db: Db,
  now: number,
  limit: number,
  platforms?: string[],
  only?: { platform: string; team: string; channel: string },
): Promise<OutboxRow[]> {
  if (platforms && !platforms.length) return [];
  let q = db.selectFrom('outbox').selectAll().where('status', '=', 'pending').where('next_attempt_at', '<=', now);
  if (platforms) q = q.where('platform', 'in', platforms);
  if (only)
    q = q.where('platform', '=', only.platform).where('team', '=', only.team).where('channel', '=', only.channel);
  return q.orderBy('seq').orderBy('id').limit(limit).execute();
}

export async function getOutbox(db: Db, ids: string[]): Promise<OutboxRow[]> {
  if (!ids.length) return [];
  return db.selectFrom('outbox').selectAll().where('id', 'in', ids).orderBy('seq').orderBy('id').execute();
}

export async function markSent(db: Db, id: string, messageId: string | null, now: number): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: now, message_id: messageId, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function markRetry(
  db: Db,
  id: string,
  attempts: number,
  nextAttemptAt: number,
  error: string,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ attempts, next_attempt_at: nextAttemptAt, last_error: error })
    .where('id', '=', id)
    .execute();
}

export async function markDead(db: Db, id: string, attempts: number, error: string): Promise<void> {
  await db.updateTable('outbox').set({ status: 'dead', attempts, last_error: error }).where('id', '=', id).execute();
}

export async function countOutbox(db: Db, status?: string): Promise<number> {
  let q = db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n'));
  if (status) q = q.where('status', '=', status);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Kinds that start a thread about a story (the first message a channel got about it). */
export const ROOT_KINDS = ['story', 'deal-stage'];

/** What a subscription has been told about a story: its first alert and the latest revision. */
export interface Told {
  rootId: string;
  revision: number;
  rootPending: boolean;
}

/** `toldAbout` for every (subscription, story) pair at once, keyed `subscription \u0000 story`. */
export async function toldAboutAll(db: Db, subscriptionIds: string[], storyIds: string[]): Promise<Map<string, Told>> {
  const byPair = new Map<string, { id: string; kind: string; revision: number | null; status: string }[]>();
  for (let i = 0; i < subscriptionIds.length; i += 400) {
    for (let j = 0; j < storyIds.length; j += 400) {
      const rows = await db
        .selectFrom('outbox')
        .select(['id', 'kind', 'revision', 'status', 'seq', 'subscription_id', 'story_id'])
        .where('subscription_id', 'in', subscriptionIds.slice(i, i + 400))
        .where('story_id', 'in', storyIds.slice(j, j + 400))
        .orderBy('seq')
        .execute();
      for (const r of rows) {
        const key = `${r.subscription_id}\u0000${r.story_id}`;
        byPair.set(key, [...(byPair.get(key) ?? []), r]);
      }
    }
  }
  const out = new Map<string, Told>();
  for (const [key, rows] of byPair) {
    const root = rows.find((r) => ROOT_KINDS.includes(r.kind));
    if (root)
      out.set(key, {
        rootId: root.id,
        revision: Math.max(...rows.map((r) => r.revision ?? 0)),
        rootPending: root.status === 'pending',
      });
  }
  return out;
}

export async function toldAbout(db: Db, subscriptionId: string, storyId: string): Promise<Told | undefined> {
  return (await toldAboutAll(db, [subscriptionId], [storyId])).get(`${subscriptionId}\u0000${storyId}`);
}

/**
 * Folds a story's newer view into its first alert while that alert is still waiting to be
 * sent: the channel then hears of all outlets at once. False when the alert has gone out in
 * the meantime (the caller sends an update instead).
 */
export async function foldIntoPending(
  db: Db,
  id: string,
  payload: string,
  revision: number,
  kind?: string,
): Promise<boolean> {
  const res = await db
    .updateTable('outbox')
    .set({ payload, revision, ...(kind ? { kind } : {}) })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function getOutboxRow(db: Db, id: string): Promise<OutboxRow | undefined> {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Moves rows back without counting an attempt: the rest of a channel's queue behind a failure. */
export async function deferOutbox(db: Db, ids: string[], until: number): Promise<void> {
  if (ids.length)
    await db
      .updateTable('outbox')
      .set({ next_attempt_at: until })
      .where('id', 'in', ids)
      .where('status', '=', 'pending')
      .execute();
}

/** Holds a paused channel's (or team's) pending rows, so they neither loop nor get lost. */
export async function holdOutbox(
  db: Db,
  where: { platform: string; team: string; channel?: string },
  reason: string,
): Promise<number> {
  let q = db
    .updateTable('outbox')
    .set({ status: 'held', last_error: reason })
    .where('status', '=', 'pending')
    .where('platform', '=', where.platform)
    .where('team', '=', where.team);
  if (where.channel !== undefined) q = q.where('channel', '=', where.channel);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

/**
 * Releases held rows when their channel resumes: recent ones are sent after all, ones older
 * than `maxAgeMs` are given up (a day-old alert is noise, not news). Returns how many resume.
 */
export async function releaseOutbox(
  db: Db,
  where: { platform: string; team: string; channel?: string },
  now: number,
  maxAgeMs: number,
): Promise<number> {
  const scope = <Q extends { where: (...a: any[]) => Q }>(q: Q): Q => {
    let r = q.where('status', '=', 'held').where('platform', '=', where.platform).where('team', '=', where.team);
    if (where.channel !== undefined) r = r.where('channel', '=', where.channel);
    return r;
  };
  await scope(
    db.updateTable('outbox').set({ status: 'dead', last_error: 'held too long while the channel was paused' }),
  )
    .where('created_at', '<', now - maxAgeMs)
    .execute();
  const res = await scope(
    db.updateTable('outbox').set({ status: 'pending', next_attempt_at: now, attempts: 0 }),
  ).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Channels with rows due now, for the platforms present: what a cluster hands out as delivery jobs. */
export async function dueChannels(
  db: Db,
  now: number,
  platforms: string[],
  limit = 1000,
): Promise<{ platform: string; team: string; channel: string }[]> {
  if (!platforms.length) return [];
  return db
    .selectFrom('outbox')
    .select(['platform', 'team', 'channel'])
    .distinct()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where('platform', 'in', platforms)
    .limit(limit)
    .execute();
}

/**
 * Forgets delivered and given-up alerts older than `keepMs`, and pacing slots long past. Story
 * ids in kept rows are what stops a story being alerted twice, so rows are kept well past
 * `storyWindow` (the default keep is 30 days).
 */
export async function cleanupOutbox(db: Db, now: number, keepMs = 30 * 86_400_000): Promise<number> {
  const res = await db
    .deleteFrom('outbox')
    .where('status', 'in', ['sent', 'dead'])
    .where('created_at', '<', now - keepMs)
    .executeTakeFirst();
  await db
    .deleteFrom('send_slots')
    .where('next_at', '<', now - 86_400_000)
    .execute();
  await db
    .deleteFrom('post_evidence')
    .where('attempted_at', '<', now - keepMs)
    .execute();
  return Number(res.numDeletedRows);
}

/** Sets what a row says it carried (after sending: the revision and payload that went out). */
export async function setOutboxPayload(db: Db, id: string, revision: number | null, payload: string): Promise<void> {
  await db.updateTable('outbox').set({ revision, payload }).where('id', '=', id).execute();
}

/** Every pending row of one platform, oldest first (due or not): what an earlier `once` left unprinted. */
export async function pendingOutbox(db: Db, platform: string): Promise<OutboxRow[]> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('platform', '=', platform)
    .where('status', '=', 'pending')
    .orderBy('seq')
    .orderBy('id')
    .execute();
}
