import type { Db } from './open-store.ts';
import type { ChatChangeRow, SubscriptionRow } from './schema.ts';
import { describeSettings, settingsKey, subscriptionId, type SubscriptionSpec } from './subscriptions-repo.ts';

/**
 * What a team changed from chat on a subscription the config defines. The config seeds
 * subscriptions; a change made from chat is kept over it until the config's entry itself
 * changes (then the file wins, and the change is dropped). See `syncConfigSubscriptions`.
 */

type Ref = Pick<SubscriptionSpec, 'platform' | 'team' | 'channel' | 'topicId'>;

export function describeSettingsKey(key: string): string {
  const s = JSON.parse(key) as { minSources: number; digestCron: string | null; digestTz: string | null };
  return describeSettings({ min_sources: s.minSources, digest_cron: s.digestCron, digest_tz: s.digestTz });
}

export async function listChatChanges(db: Db, where?: { platform: string; team: string }): Promise<ChatChangeRow[]> {
  let q = db.selectFrom('chat_changes').selectAll();
  if (where) q = q.where('platform', '=', where.platform).where('team', '=', where.team);
  return q.orderBy('channel').orderBy('topic_id').execute();
}

/**
 * Records (or clears) a chat change on a config entry, given the row as it was before the
 * change (`before`, absent when the entry was removed from chat earlier) and after it (`after`,
 * absent for an unsubscribe). A subscription made from chat alone is the team's own and needs
 * no record. Returns whether the entry now differs from the config.
 */
export async function noteChatChange(
  db: Db,
  ref: Ref,
  before: SubscriptionRow | undefined,
  after: SubscriptionRow | undefined,
  by: string,
  now: number,
): Promise<boolean> {
  const id = subscriptionId(ref);
  const prior = await db.selectFrom('chat_changes').selectAll().where('subscription_id', '=', id).executeTakeFirst();
  if (!prior && before?.origin !== 'config') return false;
  const configSettings = prior?.config_settings ?? settingsKey(before!);
  // Subscribed again after an unsubscribe from chat: the row is the config entry's again.
  if (after && after.origin !== 'config')
    await db.updateTable('subscriptions').set({ origin: 'config' }).where('id', '=', id).execute();
  if (after && settingsKey(after) === configSettings) {
    // Back to what the file says: nothing to keep over it.
    await db.deleteFrom('chat_changes').where('subscription_id', '=', id).execute();
    return false;
  }
  const row: ChatChangeRow = {
    subscription_id: id,
    platform: ref.platform,
    team: ref.team,
    channel: ref.channel,
    topic_id: ref.topicId,
    action: after ? 'changed' : 'removed',
    config_settings: configSettings,
    detail: after ? describeSettings(after) : 'unsubscribed',
    changed_by: by,
    changed_at: now,
  };
  await db
    .insertInto('chat_changes')
    .values(row)
    .onConflict((oc) =>
      oc.column('subscription_id').doUpdateSet({
        action: row.action,
        detail: row.detail,
        changed_by: row.changed_by,
        changed_at: row.changed_at,
      }),
    )
    .execute();
  return true;
}
