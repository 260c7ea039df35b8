import { stableId } from '../ids.ts';
import type { StoryChange } from '../stories/story-book.ts';
import type { Db } from '../store/open-store.ts';
import { enqueue, foldIntoPending, getOutboxRow, toldAbout, type NewOutboxRow } from '../store/outbox-repo.ts';
import type { SubscriptionRow, TopicRow } from '../store/schema.ts';
import { ALL_TEAMS } from '../store/topics-repo.ts';
import { queueForDigest } from '../store/digest-queue-repo.ts';
import { getStory } from '../store/stories-repo.ts';
import { redactUrl, type Alert, type Follows } from './alert.ts';
import { readStory, storyTerms, type StageChange } from '../deals/deal-book.ts';

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

  /** The topic a subscription follows: its team's own, else the catalogue's. */
  topicFor(sub: Pick<SubscriptionRow, 'team' | 'topic_id'>): TopicRow | undefined {
    return this.topics.get(`${sub.team}/${sub.topic_id}`) ?? this.topics.get(`${ALL_TEAMS}/${sub.topic_id}`);
  }

  /** Every active subscription whose topic is one of `keys` (all topics when omitted). */
  subscriptions(keys?: string[]): SubscriptionRow[] {
    const lists = keys ? keys.map((k) => this.subscribersOf(k)) : [...this.byTopicKey.values()];
    return lists.flat();
  }
}

export interface PlanResult {
  rows: NewOutboxRow[];
  /** Newer views for first alerts not sent yet; each falls back to its update row if it was sent meanwhile. */
  folds: { rootId: string; payload: string; revision: number; fallback: NewOutboxRow }[];
  /** Stories held for digest subscriptions: (subscription, story). */
  digest: { subscriptionId: string; storyId: string }[];
}

/**
 * What each subscription is told about the stories that changed. A subscription not yet
 * told about a story gets a `story` alert once the story has `min_sources` outlets (or the
 * story goes into its digest); one already told gets a `story-update` under the original
 * alert when new outlets joined since — never a second top-level alert for the same event.
 * Muted subscriptions hear nothing. Row ids are subscription × story × revision, so planning
 * the same change twice inserts nothing.
 */
export async function planStoryAlerts(
  db: Db,
  changes: StoryChange[],
  topicsOf: Map<string, string[]>,
  audience: Audience,
  now: number,
  opts: { holdMs: number; stageChanges?: StageChange[] } = { holdMs: 0 },
): Promise<PlanResult> {
  const stageOf = new Map<string, StageChange>();
  for (const c of opts.stageChanges ?? []) stageOf.set(`${c.storyId}\u0000${c.topicKey}`, c);
  const rows: NewOutboxRow[] = [];
  const folds: PlanResult['folds'] = [];
  const digest: PlanResult['digest'] = [];
  for (const change of changes) {
    const seen = new Set<string>();
    for (const key of topicsOf.get(change.storyId) ?? []) {
      const topic = audience.topic(key);
      if (!topic) continue;
      for (const sub of audience.subscribersOf(key)) {
        if (seen.has(sub.id)) continue;
        seen.add(sub.id);
        if (sub.muted_until && sub.muted_until > now) continue;
        const told = await toldAbout(db, sub.id, change.storyId);
        const id = stableId('out_', sub.id, change.storyId, String(change.revision));
        const topicRef = { id: topic.id, name: topic.name };
        const base = { subscription_id: sub.id, platform: sub.platform, team: sub.team, channel: sub.channel, story_id: change.storyId, revision: change.revision };
        const stage = stageOf.get(`${change.storyId}\u0000${key}`);
        // The next development of a story this channel heard of: its alert goes under that one.
        const follows = !told && change.follows ? await followsFor(db, sub.id, change.follows) : undefined;
        const thread = follows ? { reply_to: follows.rootId } : {};
        if (stage && !sub.digest_cron) {
          // A deal moved: its own alert, once per change, whatever min-sources says.
          const stageId = stableId('out_', sub.id, 'deal-stage', stage.topicKey, stage.to, String(stage.since));
          const alert: Alert = {
            kind: 'deal-stage',
            id: stageId,
            topic: topicRef,
            from: stage.from,
            to: stage.to,
            since: stage.since,
            why: { phrase: stage.phrase, hedged: stage.hedged, sources: stage.sources },
            story: change.view,
            revision: change.revision,
            terms: stage.terms,
            ...(follows ? { follows: follows.follows } : {}),
            createdAt: now,
          };
          rows.push({ ...base, ...thread, id: stageId, kind: 'deal-stage', payload: JSON.stringify(alert), next_attempt_at: now + opts.holdMs });
          if (!told) continue;
        }
        if (!told) {
          if (change.revision < sub.min_sources) continue;
          if (sub.digest_cron) {
            digest.push({ subscriptionId: sub.id, storyId: change.storyId });
            continue;
          }
          const alert: Alert = { kind: 'story', id, topic: topicRef, story: change.view, revision: change.revision, changes: { newSources: change.view.sources.map((s) => s.n) }, ...(follows ? { follows: follows.follows } : {}), createdAt: now };
          // Held briefly, so outlets polled at the same moment arrive as one alert.
          rows.push({ ...base, ...thread, id, kind: 'story', payload: JSON.stringify(alert), next_attempt_at: now + opts.holdMs });
        } else if (change.revision > told.revision) {
          const update = storyUpdateRow(base, id, topicRef, change.view, change.revision, told.revision, told.rootId, now);
          if (told.rootPending) {
            // The first alert (a story, or a deal's stage change) has not gone out: it gets the newer view.
            const previous = JSON.parse((await getOutboxRow(db, told.rootId))!.payload) as Extract<Alert, { kind: 'story' | 'deal-stage' }>;
            const root = previous.kind === 'story' ? { ...previous, story: change.view, revision: change.revision, changes: { newSources: change.view.sources.map((s) => s.n) } } : { ...previous, story: change.view, revision: change.revision, since: Math.min(previous.since, ...change.view.sources.map((x) => x.publishedAt)), why: restated(previous, change.view), terms: storyTerms(change.view) };
            folds.push({ rootId: told.rootId, payload: JSON.stringify(root), revision: change.revision, fallback: update });
          } else rows.push(update);
        }
      }
    }
  }
  return { rows, folds, digest };
}

/** The earlier story's first alert to this subscription, and how to say what changed since. */
async function followsFor(db: Db, subscriptionId: string, f: NonNullable<StoryChange['follows']>): Promise<{ rootId: string; follows: Follows } | undefined> {
  const told = await toldAbout(db, subscriptionId, f.storyId);
  if (!told) return undefined;
  const earlier = await getStory(db, f.storyId);
  return { rootId: told.rootId, follows: { storyId: f.storyId, headline: earlier?.headline ?? '', from: f.from, to: f.to } };
}

/** A folded stage alert cites every outlet that now states the change, not only the first. */
function restated(alert: Extract<Alert, { kind: 'deal-stage' }>, view: StoryChange['view']): Extract<Alert, { kind: 'deal-stage' }>['why'] {
  const read = readStory(view);
  return read?.reading.stage === alert.to ? { ...alert.why, sources: read.sources } : alert.why;
}

/** An update listing the sources a subscription has not heard of (those numbered above `toldRevision`). */
export function storyUpdateRow(
  base: Omit<NewOutboxRow, 'id' | 'kind' | 'payload'>,
  id: string,
  topic: { id: string; name: string },
  view: StoryChange['view'],
  revision: number,
  toldRevision: number,
  rootId: string,
  now: number,
): NewOutboxRow {
  const newSources = view.sources.filter((s) => s.n > toldRevision).map((s) => s.n);
  const alert: Alert = { kind: 'story-update', id, topic, story: view, revision, changes: { newSources }, replyTo: rootId, createdAt: now };
  return { ...base, id, kind: 'story-update', payload: JSON.stringify(alert), reply_to: rootId, revision };
}

/** Enqueues a plan: outbox rows, folds into unsent alerts, and digest entries. */
export async function applyPlan(db: Db, plan: PlanResult, now: number): Promise<string[]> {
  const rows = [...plan.rows];
  const folded: string[] = [];
  for (const f of plan.folds) {
    if (await foldIntoPending(db, f.rootId, f.payload, f.revision)) folded.push(f.rootId);
    else rows.push(f.fallback);
  }
  await queueForDigest(db, plan.digest, now);
  return [...folded, ...(await enqueue(db, rows, now))];
}

const channelKey = (s: Pick<SubscriptionRow, 'platform' | 'team' | 'channel'>) => `${s.platform}\u0000${s.team}\u0000${s.channel}`;

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
