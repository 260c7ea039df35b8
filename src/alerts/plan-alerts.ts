import { stableId } from '../ids.ts';
import type { Item } from '../ingest/ingest-items.ts';
import type { NewOutboxRow } from '../store/outbox-repo.ts';
import type { SubscriptionRow, TopicRow } from '../store/schema.ts';
import { ALL_TEAMS } from '../store/topics-repo.ts';
import { redactUrl, type Alert, type TopicRef } from './alert.ts';
import { singleItemStory } from './single-item-story.ts';

export const topicKey = (t: Pick<TopicRow, 'team' | 'id'>) => `${t.team}/${t.id}`;

/**
 * Who is told about what. A team's own topic shadows a catalogue topic of the same id, so a
 * subscription follows its team's topic when there is one.
 */
export class Audience {
  private readonly byTopicKey = new Map<string, SubscriptionRow[]>();
  private readonly topics = new Map<string, TopicRow>();

  constructor(topics: TopicRow[], subscriptions: SubscriptionRow[]) {
    for (const t of topics) this.topics.set(topicKey(t), t);
    for (const s of subscriptions) {
      if (s.paused_reason) continue;
      const own = this.topics.get(`${s.team}/${s.topic_id}`);
      const key = own ? topicKey(own) : `${ALL_TEAMS}/${s.topic_id}`;
      if (!this.topics.has(key)) continue;
      const list = this.byTopicKey.get(key);
      if (list) list.push(s);
      else this.byTopicKey.set(key, [s]);
    }
  }

  subscribersOf(key: string): SubscriptionRow[] {
    return this.byTopicKey.get(key) ?? [];
  }

  topic(key: string): TopicRow | undefined {
    return this.topics.get(key);
  }

  /** Every active subscription whose topic is one of `keys` (all topics when omitted). */
  subscriptions(keys?: string[]): SubscriptionRow[] {
    const lists = keys ? keys.map((k) => this.subscribersOf(k)) : [...this.byTopicKey.values()];
    return lists.flat();
  }
}

const channelKey = (s: Pick<SubscriptionRow, 'platform' | 'team' | 'channel'>) => `${s.platform}\u0000${s.team}\u0000${s.channel}`;

/**
 * One outbox row per (channel, item): a channel subscribed to two topics that both match
 * gets one message naming both. The row id is derived from channel and item, so planning
 * the same item twice inserts nothing the second time.
 */
export function planStoryAlerts(matches: { item: Item; topicKeys: string[] }[], audience: Audience, now: number): NewOutboxRow[] {
  const rows: NewOutboxRow[] = [];
  for (const { item, topicKeys } of matches) {
    const perChannel = new Map<string, { sub: SubscriptionRow; topics: TopicRef[] }>();
    for (const key of topicKeys) {
      const topic = audience.topic(key)!;
      for (const sub of audience.subscribersOf(key)) {
        const ck = channelKey(sub);
        const entry = perChannel.get(ck) ?? { sub, topics: [] };
        entry.topics.push({ id: topic.id, name: topic.name });
        perChannel.set(ck, entry);
      }
    }
    if (!perChannel.size) continue;
    const story = singleItemStory(item);
    for (const { sub, topics } of perChannel.values()) {
      const id = stableId('out_', sub.platform, sub.team, sub.channel, 'story', item.id);
      const alert: Alert = { kind: 'story', id, topics, story, createdAt: now };
      rows.push({ id, subscription_id: sub.id, platform: sub.platform, team: sub.team, channel: sub.channel, kind: 'story', payload: JSON.stringify(alert) });
    }
  }
  return rows;
}

/** Tells each subscribed channel once per failure episode (and once when it recovers). */
export function planSourceHealthAlerts(
  kind: 'source-failing' | 'source-recovered',
  source: { id: string; name: string; url: string },
  episodeStart: number,
  reason: string | null,
  subscriptions: SubscriptionRow[],
  now: number,
): NewOutboxRow[] {
  const seen = new Set<string>();
  const rows: NewOutboxRow[] = [];
  for (const sub of subscriptions) {
    const ck = channelKey(sub);
    if (seen.has(ck)) continue;
    seen.add(ck);
    const id = stableId('out_', sub.platform, sub.team, sub.channel, kind, source.id, String(episodeStart));
    // A feed URL may carry credentials (https://user:token@…); channels never see them.
    const alert: Alert = { kind, id, source: { ...source, url: redactUrl(source.url) }, reason, since: episodeStart, createdAt: now };
    rows.push({ id, subscription_id: null, platform: sub.platform, team: sub.team, channel: sub.channel, kind, payload: JSON.stringify(alert) });
  }
  return rows;
}
