import { stableId } from '../ids.ts';
import type { StoryChange } from '../stories/story-book.ts';
import type { Db } from '../store/open-store.ts';
import {
  enqueue,
  foldIntoPending,
  getOutbox,
  toldAboutAll,
  type NewOutboxRow,
  type Told,
} from '../store/outbox-repo.ts';
import type { SubscriptionRow, TopicRow } from '../store/schema.ts';
import { ALL_TEAMS } from '../store/topics-repo.ts';
import { queueForDigest } from '../store/digest-queue-repo.ts';
import { getStory, storiesOfTopicBefore, storyMembers } from '../store/stories-repo.ts';
import { toMember } from '../stories/story-book.ts';
import { composeStory } from '../stories/compose-story.ts';
import { composeContext, renumberContext, sharesActors, type StoryContext } from '../stories/story-context.ts';
import type { StoryMember, StoryView } from '../stories/story.ts';
import { dealView, type DealView } from '../deals/deal-book.ts';
import { dealContext, stageBefore } from '../deals/deal-context.ts';
import type { Stage } from '../deals/stages.ts';
import { redactUrl, type Alert, type Follows, type TopicRef } from './alert.ts';
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

  /** The deals among the topics: topics with two or more parties. */
  dealTopics(): TopicRow[] {
    return [...this.topics.values()].filter((t) => t.deal);
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
  /** A new view (or a stage change, `kind: 'deal-stage'`) for a first alert still waiting to go out. */
  folds: { rootId: string; payload: string; revision: number; kind?: 'deal-stage'; fallback: NewOutboxRow }[];
  /** Stories held for digest subscriptions: (subscription, story). */
  digest: { subscriptionId: string; storyId: string }[];
}

/** What planning knows about one subscriber of one changed story, read from the store once. */
export interface SubscriberFacts {
  sub: SubscriptionRow;
  /** The topic through which it hears of the story, and that topic's key. */
  topic: TopicRef;
  topicKey: string;
  /** What it was told about this story already: the first alert (and its payload, when that is still pending). */
  told?: Told & { rootPayload?: string };
  /** For the next development of a story it heard of: that story's first alert, and what to say. */
  follows?: { rootId: string; follows: Follows };
}

export interface PlanInput {
  now: number;
  /** How long a new story's first alert waits for other outlets polled at the same moment. */
  holdMs: number;
  stories: { change: StoryChange; subscribers: SubscriberFacts[] }[];
  /** Deal stage changes, by `storyId \u0000 topicKey`. */
  stageOf: Map<string, StageChange>;
  /** Earlier coverage of each topic a first alert is planned for: its deal, or its stories. */
  earlier: Map<string, EarlierCoverage>;
}

/** What a topic's context section is taken from. */
export type EarlierCoverage = { deal: DealView } | { stories: StoryView[] };

/** How many of a topic's earlier stories are read for a context section. */
const EARLIER_STORIES = 12;

/** The stage a deal was at before `story`, from its whole timeline (undefined: not a deal, or not loaded). */
function dealStageBefore(input: Pick<PlanInput, 'earlier'>, story: StoryView, key: string): Stage | null | undefined {
  const e = input.earlier.get(key);
  return e && 'deal' in e ? stageBefore(e.deal, story) : undefined;
}

/** The context section of a first alert about `story` through topic `key` (none when empty). */
export function contextFor(input: Pick<PlanInput, 'earlier'>, story: StoryView, key: string): StoryContext | undefined {
  const e = input.earlier.get(key);
  if (!e) return undefined;
  const c = 'deal' in e ? dealContext(e.deal, story) : composeContext(story, e.stories);
  return c.sentences.length ? c : undefined;
}

/**
 * Reads everything `decidePlan` needs in a handful of queries: who subscribes to each changed
 * story (through which topic), what each was already told, the payloads of first alerts that
 * may be folded into, and the earlier stories that new developments follow.
 */
export async function loadPlanInput(
  db: Db,
  changes: StoryChange[],
  topicsOf: Map<string, string[]>,
  audience: Audience,
  now: number,
  opts: { holdMs: number; stageChanges?: StageChange[] },
): Promise<PlanInput> {
  const stories = changes.map((change) => {
    const seen = new Set<string>();
    const subscribers: SubscriberFacts[] = [];
    for (const key of topicsOf.get(change.storyId) ?? []) {
      const topic = audience.topic(key);
      if (!topic) continue;
      for (const sub of audience.subscribersOf(key)) {
        if (seen.has(sub.id)) continue;
        seen.add(sub.id);
        subscribers.push({ sub, topic: { id: topic.id, name: topic.name }, topicKey: key });
      }
    }
    return { change, subscribers };
  });
  const subIds = [...new Set(stories.flatMap((s) => s.subscribers.map((x) => x.sub.id)))];
  const storyIds = [...new Set(changes.flatMap((c) => [c.storyId, ...(c.follows ? [c.follows.storyId] : [])]))];
  const told = await toldAboutAll(db, subIds, storyIds);
  const foldable = stories.flatMap((s) =>
    s.subscribers
      .map((x) => told.get(`${x.sub.id}\u0000${s.change.storyId}`))
      .filter((t): t is Told => !!t && t.rootPending && t.revision < s.change.revision),
  );
  const payloads = new Map(
    (await getOutbox(db, [...new Set(foldable.map((t) => t.rootId))])).map((r) => [r.id, r.payload]),
  );
  const headlines = new Map<string, string>();
  for (const c of changes)
    if (c.follows && !headlines.has(c.follows.storyId))
      headlines.set(c.follows.storyId, (await getStory(db, c.follows.storyId))?.headline ?? '');
  for (const { change, subscribers } of stories) {
    for (const x of subscribers) {
      const t = told.get(`${x.sub.id}\u0000${change.storyId}`);
      if (t) x.told = { ...t, ...(payloads.has(t.rootId) ? { rootPayload: payloads.get(t.rootId)! } : {}) };
      const f = change.follows;
      const earlier = f && !t ? told.get(`${x.sub.id}\u0000${f.storyId}`) : undefined;
      if (f && earlier)
        x.follows = {
          rootId: earlier.rootId,
          follows: { storyId: f.storyId, headline: headlines.get(f.storyId) ?? '', from: f.from, to: f.to },
        };
    }
  }
  const stageOf = new Map<string, StageChange>();
  for (const c of opts.stageChanges ?? []) stageOf.set(`${c.storyId}\u0000${c.topicKey}`, c);
  // Earlier coverage, read once per topic that a first alert (or a stage change) is planned for,
  // or whose first alert still waits (it is composed again with the newer view).
  const needing = new Map<string, StoryView[]>();
  for (const { change, subscribers } of stories)
    for (const x of subscribers)
      if (!x.told || x.told.rootPending || stageOf.has(`${change.storyId}\u0000${x.topicKey}`))
        needing.set(x.topicKey, [...(needing.get(x.topicKey) ?? []), change.view]);
  const earlier = await loadEarlierCoverage(db, audience, needing);
  return { now, holdMs: opts.holdMs, stories, stageOf, earlier };
}

/**
 * What each topic's context sections are taken from, for the stories that need one: a deal's
 * view (its timeline), or the topic's earlier stories about the same actors as one of those
 * stories. Only those are composed (told from their stored headlines), so a broad topic's
 * unrelated stories cost one row each.
 */
async function loadEarlierCoverage(
  db: Db,
  audience: Audience,
  needing: Map<string, StoryView[]>,
): Promise<Map<string, EarlierCoverage>> {
  const startOf = (v: StoryView) => Math.min(...v.sources.map((s) => s.publishedAt));
  const earlier = new Map<string, EarlierCoverage>();
  for (const [key, views] of needing) {
    const topic = audience.topic(key);
    if (!topic) continue;
    const deal = topic.deal ? await dealView(db, topic) : undefined;
    if (deal) {
      earlier.set(key, { deal });
      continue;
    }
    const rows = await storiesOfTopicBefore(db, key, Math.max(...views.map(startOf)), EARLIER_STORIES);
    const related = rows.filter((r) => views.some((v) => sharesActors(v, r)));
    if (!related.length) continue;
    const byStory = new Map<string, StoryMember[]>();
    for (const m of await storyMembers(
      db,
      related.map((r) => r.id),
    ))
      byStory.set(m.story_id, [...(byStory.get(m.story_id) ?? []), toMember(m)]);
    const composed = related.flatMap((r) => (byStory.has(r.id) ? [composeStory(r.id, byStory.get(r.id)!)] : []));
    if (composed.length) earlier.set(key, { stories: composed });
  }
  return earlier;
}

/**
 * What each subscription is told about the stories that changed — decided from what was
 * loaded, touching nothing. A subscription not yet told about a story gets a `story` alert
 * once the story has `min_sources` outlets (or the story goes into its digest); one already
 * told gets a `story-update` under the original alert when new outlets joined since — never
 * a second top-level alert for the same event. A deal's stage change is its own alert, once
 * per change, whatever min-sources says. The next development of a story a subscription heard
 * of replies to that story's first alert. Muted subscriptions hear nothing. Row ids are
 * subscription × story × revision, so planning the same change twice inserts nothing.
 */
export function decidePlan(input: PlanInput): PlanResult {
  const { now, holdMs } = input;
  const rows: NewOutboxRow[] = [];
  const folds: PlanResult['folds'] = [];
  const digest: PlanResult['digest'] = [];
  for (const { change, subscribers } of input.stories) {
    for (const { sub, topic: topicRef, topicKey: key, told, follows } of subscribers) {
      if (sub.muted_until && sub.muted_until > now) continue;
      const id = stableId('out_', sub.id, change.storyId, String(change.revision));
      const base = {
        subscription_id: sub.id,
        platform: sub.platform,
        team: sub.team,
        channel: sub.channel,
        story_id: change.storyId,
        revision: change.revision,
      };
      const stage = input.stageOf.get(`${change.storyId}\u0000${key}`);
      const thread = follows ? { reply_to: follows.rootId } : {};
      if (stage && !sub.digest_cron) {
        const stageId = stableId('out_', sub.id, 'deal-stage', stage.topicKey, stage.to, String(stage.since));
        const alert: Extract<Alert, { kind: 'deal-stage' }> = {
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
          ...withContext(contextFor(input, change.view, key)),
          createdAt: now,
        };
        // One story, one alert per channel, whatever order the poll, the deal read and the hold
        // interleave in: a channel that already heard of this story hears of the stage change in
        // that alert — folded into it while it waits, else in its thread — never as a second post.
        const row = (extra: Partial<NewOutboxRow> = {}): NewOutboxRow => ({
          ...base,
          ...thread,
          id: stageId,
          kind: 'deal-stage',
          payload: JSON.stringify(alert),
          next_attempt_at: now + holdMs,
          ...extra,
        });
        if (!told) rows.push(row());
        else if (told.rootPending && told.rootPayload) {
          const previous = JSON.parse(told.rootPayload) as Extract<Alert, { kind: 'story' | 'deal-stage' }>;
          const from =
            dealStageBefore(input, change.view, key) ?? (previous.kind === 'deal-stage' ? previous.from : alert.from);
          const root = { ...alert, id: told.rootId, from };
          folds.push({
            rootId: told.rootId,
            payload: JSON.stringify(root),
            revision: change.revision,
            kind: 'deal-stage',
            fallback: row({ reply_to: told.rootId }),
          });
        } else rows.push(row({ reply_to: told.rootId }));
        continue;
      }
      if (!told) {
        if (change.revision < sub.min_sources) continue;
        if (sub.digest_cron) {
          digest.push({ subscriptionId: sub.id, storyId: change.storyId });
          continue;
        }
        const alert: Alert = {
          kind: 'story',
          id,
          topic: topicRef,
          story: change.view,
          revision: change.revision,
          changes: { newSources: change.view.sources.map((s) => s.n) },
          ...(follows ? { follows: follows.follows } : {}),
          ...withContext(contextFor(input, change.view, key)),
          createdAt: now,
        };
        // Held briefly, so outlets polled at the same moment arrive as one alert.
        rows.push({
          ...base,
          ...thread,
          id,
          kind: 'story',
          payload: JSON.stringify(alert),
          next_attempt_at: now + holdMs,
        });
      } else if (change.revision > told.revision) {
        const update = storyUpdateRow(
          base,
          id,
          topicRef,
          change.view,
          change.revision,
          told.revision,
          told.rootId,
          now,
        );
        if (told.rootPending && told.rootPayload) {
          // The first alert (a story, or a deal's stage change) has not gone out: it gets the newer
          // view, and its context is taken again (earlier reports may have arrived meanwhile).
          const previous = JSON.parse(told.rootPayload) as Extract<Alert, { kind: 'story' | 'deal-stage' }>;
          const refreshed = (p: typeof previous) =>
            contextFor(input, change.view, key) ?? (p.context && renumberContext(p.context, change.view));
          const root =
            previous.kind === 'story'
              ? {
                  ...previous,
                  story: change.view,
                  revision: change.revision,
                  changes: { newSources: change.view.sources.map((s) => s.n) },
                  ...withContext(refreshed(previous)),
                }
              : {
                  ...previous,
                  ...withContext(refreshed(previous)),
                  from: dealStageBefore(input, change.view, key) ?? previous.from,
                  story: change.view,
                  revision: change.revision,
                  since: Math.min(previous.since, ...change.view.sources.map((x) => x.publishedAt)),
                  why: restated(previous, change.view),
                  terms: storyTerms(change.view),
                };
          folds.push({
            rootId: told.rootId,
            payload: JSON.stringify(root),
            revision: change.revision,
            fallback: update,
          });
        } else rows.push(update);
      }
    }
  }
  return { rows, folds, digest };
}

const withContext = (context: StoryContext | undefined) => (context ? { context } : {});

/** Plans the alerts of a poll's story changes: load, then decide. */
export async function planStoryAlerts(
  db: Db,
  changes: StoryChange[],
  topicsOf: Map<string, string[]>,
  audience: Audience,
  now: number,
  opts: { holdMs: number; stageChanges?: StageChange[] } = { holdMs: 0 },
): Promise<PlanResult> {
  return decidePlan(await loadPlanInput(db, changes, topicsOf, audience, now, opts));
}

/** A folded stage alert cites every outlet that now states the change, not only the first. */
function restated(
  alert: Extract<Alert, { kind: 'deal-stage' }>,
  view: StoryChange['view'],
): Extract<Alert, { kind: 'deal-stage' }>['why'] {
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
  const alert: Alert = {
    kind: 'story-update',
    id,
    topic,
    story: view,
    revision,
    changes: { newSources },
    replyTo: rootId,
    createdAt: now,
  };
  return { ...base, id, kind: 'story-update', payload: JSON.stringify(alert), reply_to: rootId, revision };
}

/** Enqueues a plan: outbox rows, folds into unsent alerts, and digest entries. */
export async function applyPlan(db: Db, plan: PlanResult, now: number): Promise<string[]> {
  const rows = [...plan.rows];
  const folded: string[] = [];
  for (const f of plan.folds) {
    if (await foldIntoPending(db, f.rootId, f.payload, f.revision, f.kind)) folded.push(f.rootId);
    else rows.push(f.fallback);
  }
  await queueForDigest(db, plan.digest, now);
  return [...folded, ...(await enqueue(db, rows, now))];
}

const channelKey = (s: Pick<SubscriptionRow, 'platform' | 'team' | 'channel'>) =>
  `${s.platform}\u0000${s.team}\u0000${s.channel}`;

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
    const alert: Alert = {
      kind,
      id,
      source: { ...source, url: redactUrl(source.url) },
      reason,
      since: episodeStart,
      createdAt: now,
    };
    rows.push({
      id,
      subscription_id: null,
      platform: sub.platform,
      team: sub.team,
      channel: sub.channel,
      kind,
      payload: JSON.stringify(alert),
    });
  }
  return rows;
}
