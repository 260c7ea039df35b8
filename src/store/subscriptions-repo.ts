import { stableId } from '../ids.ts';
import type { Db } from './open-store.ts';
import type { SubscriptionRow } from './schema.ts';

export interface SubscriptionSpec {
  platform: string;
  team: string;
  channel: string;
  topicId: string;
  /** Alert once this many outlets report a story (default 1). */
  minSources?: number;
  /** Cron schedule of a digest instead of real-time alerts, and its time zone. */
  digest?: { cron: string; timezone: string } | null;
}

export function subscriptionId(s: Pick<SubscriptionSpec, 'platform' | 'team' | 'channel' | 'topicId'>): string {
  return stableId('sub_', s.platform, s.team, s.channel, s.topicId);
}

const settings = (s: SubscriptionSpec) => ({
  mode: s.digest ? 'digest' : 'realtime',
  min_sources: s.minSources ?? 1,
  digest_cron: s.digest?.cron ?? null,
  digest_tz: s.digest?.timezone ?? null,
});

/** Config subscriptions mirror the file; ones made by slash commands are left alone. */
export async function syncConfigSubscriptions(db: Db, specs: SubscriptionSpec[], now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const wanted = new Set(specs.map(subscriptionId));
    const existing = await trx.selectFrom('subscriptions').select('id').where('origin', '=', 'config').execute();
    const gone = existing.map((e) => e.id).filter((id) => !wanted.has(id));
    if (gone.length) await trx.deleteFrom('subscriptions').where('id', 'in', gone).execute();
    for (const s of specs) {
      await trx
        .insertInto('subscriptions')
        .values({
          id: subscriptionId(s),
          platform: s.platform,
          team: s.team,
          channel: s.channel,
          topic_id: s.topicId,
          origin: 'config',
          paused_reason: null,
          created_at: now,
          muted_until: null,
          ...settings(s),
        })
        .onConflict((oc) => oc.column('id').doUpdateSet(settings(s)))
        .execute();
    }
  });
}

/** Adds a subscription, or changes the settings of an existing one. */
export async function addSubscription(
  db: Db,
  s: SubscriptionSpec,
  now: number,
): Promise<{ created: boolean; row: SubscriptionRow }> {
  const id = subscriptionId(s);
  const existing = await db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  if (existing) {
    // Subscribing again is also how a paused channel resumes (after inviting the bot back).
    await db
      .updateTable('subscriptions')
      .set({ ...settings(s), paused_reason: null })
      .where('id', '=', id)
      .execute();
    return { created: false, row: { ...existing, ...settings(s), paused_reason: null } };
  }
  const row: SubscriptionRow = {
    id,
    platform: s.platform,
    team: s.team,
    channel: s.channel,
    topic_id: s.topicId,
    origin: 'command',
    paused_reason: null,
    created_at: now,
    muted_until: null,
    ...settings(s),
  };
  await db
    .insertInto('subscriptions')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return { created: true, row };
}

export async function removeSubscription(
  db: Db,
  s: Pick<SubscriptionSpec, 'platform' | 'team' | 'channel' | 'topicId'>,
): Promise<boolean> {
  const id = subscriptionId(s);
  await db.deleteFrom('digest_queue').where('subscription_id', '=', id).execute();
  const res = await db.deleteFrom('subscriptions').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** Mutes until a time (null unmutes). Returns false when there is no such subscription. */
export async function setMute(
  db: Db,
  s: Pick<SubscriptionSpec, 'platform' | 'team' | 'channel' | 'topicId'>,
  until: number | null,
): Promise<boolean> {
  const res = await db
    .updateTable('subscriptions')
    .set({ muted_until: until })
    .where('id', '=', subscriptionId(s))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function listSubscriptions(db: Db): Promise<SubscriptionRow[]> {
  return db.selectFrom('subscriptions').selectAll().orderBy('platform').orderBy('team').orderBy('channel').execute();
}

export async function listSubscriptionsForTeam(db: Db, platform: string, team: string): Promise<SubscriptionRow[]> {
  return db
    .selectFrom('subscriptions')
    .selectAll()
    .where('platform', '=', platform)
    .where('team', '=', team)
    .orderBy('channel')
    .orderBy('topic_id')
    .execute();
}

export interface ChannelRef {
  platform: string;
  team: string;
  /** Omitted: every channel of the team (a revoked token or a deactivated workspace). */
  channel?: string;
}

/**
 * Pauses the subscriptions of a channel (or a whole team) that a platform refuses to post
 * to, with the platform's reason, so /news list can say why and nothing retries in a loop.
 */
export async function pauseSubscriptions(db: Db, where: ChannelRef, reason: string): Promise<number> {
  let q = db
    .updateTable('subscriptions')
    .set({ paused_reason: reason })
    .where('platform', '=', where.platform)
    .where('team', '=', where.team);
  if (where.channel !== undefined) q = q.where('channel', '=', where.channel);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Clears the pause of a channel's (or team's) subscriptions; returns how many resumed. */
export async function resumeSubscriptions(db: Db, where: ChannelRef): Promise<number> {
  let q = db
    .updateTable('subscriptions')
    .set({ paused_reason: null })
    .where('platform', '=', where.platform)
    .where('team', '=', where.team)
    .where('paused_reason', 'is not', null);
  if (where.channel !== undefined) q = q.where('channel', '=', where.channel);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** The digest subscriptions of one schedule (cron and time zone). */
export async function digestSubscriptions(db: Db, cron: string, timezone: string): Promise<SubscriptionRow[]> {
  return (await db.selectFrom('subscriptions').selectAll().where('digest_cron', '=', cron).execute()).filter(
    (s) => (s.digest_tz ?? 'UTC') === timezone,
  );
}
