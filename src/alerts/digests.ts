import { stableId } from '../ids.ts';
import { viewOf } from '../stories/story-book.ts';
import type { Db } from '../store/open-store.ts';
import { enqueue, type NewOutboxRow } from '../store/outbox-repo.ts';
import { clearDigestQueue, queuedForDigest } from '../store/digest-queue-repo.ts';
import { digestSubscriptions } from '../store/subscriptions-repo.ts';
import type { SubscriptionRow } from '../store/schema.ts';
import type { Alert, StoryView, TopicRef } from './alert.ts';
import type { Audience } from './plan-alerts.ts';

export interface DigestSchedule {
  cron: string;
  timezone: string;
}

export const scheduleKey = (s: DigestSchedule) => `${s.cron}\u0000${s.timezone}`;

/** The distinct schedules of the digest subscriptions: one cron task each. */
export function digestSchedules(subscriptions: SubscriptionRow[]): DigestSchedule[] {
  const out = new Map<string, DigestSchedule>();
  for (const s of subscriptions) {
    if (!s.digest_cron) continue;
    const schedule = { cron: s.digest_cron, timezone: s.digest_tz ?? 'UTC' };
    out.set(scheduleKey(schedule), schedule);
  }
  return [...out.values()];
}

/**
 * Posts the digests of one schedule: for each channel, one message with the stories its
 * digest subscriptions collected since the last one, grouped by topic. The digest row and
 * the removal of what it contains happen in one transaction (the caller's), and its id is
 * channel × schedule × firing minute, so a firing handled twice posts once.
 */
export async function runDigests(db: Db, schedule: DigestSchedule, audience: Audience, now: number): Promise<string[]> {
  const subs = await digestSubscriptions(db, schedule.cron, schedule.timezone);
  const byChannel = new Map<string, SubscriptionRow[]>();
  for (const s of subs) {
    const key = `${s.platform}\u0000${s.team}\u0000${s.channel}`;
    byChannel.set(key, [...(byChannel.get(key) ?? []), s]);
  }
  const firing = Math.floor(now / 60_000) * 60_000;
  const rows: NewOutboxRow[] = [];
  for (const channelSubs of byChannel.values()) {
    const queued = await queuedForDigest(
      db,
      channelSubs.map((s) => s.id),
    );
    if (!queued.length) continue;
    const topics: { topic: TopicRef; stories: StoryView[] }[] = [];
    for (const sub of channelSubs) {
      const topic = audience.topicFor(sub);
      const stories: StoryView[] = [];
      for (const q of queued.filter((q) => q.subscription_id === sub.id)) {
        const view = await viewOf(db, q.story_id);
        if (view) stories.push(view);
      }
      if (stories.length && topic) topics.push({ topic: { id: topic.id, name: topic.name }, stories });
    }
    const first = channelSubs[0]!;
    const id = stableId(
      'out_',
      first.platform,
      first.team,
      first.channel,
      'digest',
      scheduleKey(schedule),
      String(firing),
    );
    await clearDigestQueue(
      db,
      channelSubs.map((s) => s.id),
      now,
    );
    if (!topics.length) continue;
    const alert: Alert = {
      kind: 'digest',
      id,
      period: { from: Math.min(...queued.map((q) => Number(q.added_at))), to: now },
      topics,
      createdAt: now,
    };
    rows.push({
      id,
      subscription_id: null,
      platform: first.platform,
      team: first.team,
      channel: first.channel,
      kind: 'digest',
      payload: JSON.stringify(alert),
    });
  }
  return enqueue(db, rows, now);
}
