import { stableId } from '../ids.ts';
import { lockConfigSync, type Db } from './open-store.ts';
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

type Ref = Pick<SubscriptionSpec, 'platform' | 'team' | 'channel' | 'topicId'>;

export function subscriptionId(s: Ref): string {
  return stableId('sub_', s.platform, s.team, s.channel, s.topicId);
}

const settings = (s: SubscriptionSpec) => ({
  mode: s.digest ? 'digest' : 'realtime',
  min_sources: s.minSources ?? 1,
  digest_cron: s.digest?.cron ?? null,
  digest_tz: s.digest?.timezone ?? null,
});

/** The settings of a subscription that chat and config can both set, as one comparable string. */
export function settingsKey(s: Pick<SubscriptionRow, 'min_sources' | 'digest_cron' | 'digest_tz'>): string {
  return JSON.stringify({ minSources: s.min_sources, digestCron: s.digest_cron, digestTz: s.digest_tz });
}

/** `digest 0 9 * * 1-5 Europe/Paris, min-sources 2` — a subscription's settings in words (/news list, check-config). */
export function describeSettings(s: Pick<SubscriptionRow, 'min_sources' | 'digest_cron' | 'digest_tz'>): string {
  return [
    s.digest_cron ? `digest ${s.digest_cron} ${s.digest_tz ?? 'UTC'}` : 'real time',
    ...(s.min_sources > 1 ? [`min-sources ${s.min_sources}`] : []),
  ].join(', ');
}

/** The settings a config entry gives, as `settingsKey` writes them. */
export const specSettingsKey = (s: SubscriptionSpec): string => settingsKey(settings(s));

/**
 * Config subscriptions mirror the file; ones made by slash commands are left alone. A config
 * entry that a team changed or removed from chat (`chat_changes`) keeps the chat's version
 * while the file's entry is as it was then; once the file says something else for that entry,
 * the file wins and the chat change is dropped. An entry the file no longer lists goes, with
 * its chat change.
 */
export async function syncConfigSubscriptions(db: Db, specs: SubscriptionSpec[], now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockConfigSync(trx);
    const wanted = new Set(specs.map(subscriptionId));
    const existing = await trx.selectFrom('subscriptions').select('id').where('origin', '=', 'config').execute();
    const gone = existing.map((e) => e.id).filter((id) => !wanted.has(id));
    if (gone.length) await trx.deleteFrom('subscriptions').where('id', 'in', gone).execute();
    const changes = new Map(
      (await trx.selectFrom('chat_changes').select(['subscription_id', 'action', 'config_settings']).execute()).map(
        (c) => [c.subscription_id, c],
      ),
    );
    const dropped = [...changes.keys()].filter((id) => !wanted.has(id));
    for (const s of specs) {
      const id = subscriptionId(s);
      const change = changes.get(id);
      const fromFile = settings(s);
      const keepChat = !!change && change.config_settings === specSettingsKey(s);
      if (change && !keepChat) dropped.push(id);
      if (keepChat && change.action === 'removed') continue;
      await trx
        .insertInto('subscriptions')
        .values({
          id,
          platform: s.platform,
          team: s.team,
          channel: s.channel,
          topic_id: s.topicId,
          origin: 'config',
          paused_reason: null,
          created_at: now,
          muted_until: null,
          ...fromFile,
        })
        .onConflict((oc) => (keepChat ? oc.column('id').doNothing() : oc.column('id').doUpdateSet(fromFile)))
        .execute();
    }
    if (dropped.length) await trx.deleteFrom('chat_changes').where('subscription_id', 'in', dropped).execute();
  });
}

/** The subscription of one channel to one topic, if there is one. */
export async function findSubscription(db: Db, s: Ref): Promise<SubscriptionRow | undefined> {
  return db.selectFrom('subscriptions').selectAll().where('id', '=', subscriptionId(s)).executeTakeFirst();
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
