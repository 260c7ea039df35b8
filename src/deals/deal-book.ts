import type { Db } from '../store/open-store.ts';
import type { TopicRow } from '../store/schema.ts';
import { dealsWithState, getDealState, saveDealState } from '../store/deal-states-repo.ts';
import { storiesOfTopic, storyMembers } from '../store/stories-repo.ts';
import { composeStory } from '../stories/compose-story.ts';
import { toMember } from '../stories/story-book.ts';
import type { StoryView } from '../stories/story.ts';
import { classifyStage, type StageReading } from './classify-stage.ts';
import { isEvidence, parseDealSpec, readingAbout, type DealSpec } from './deal.ts';
import { buildTimeline, type DealEvidence, type DealState } from './deal-timeline.ts';
import { extractTerms, type DealTerm } from './extract-terms.ts';
import type { Stage } from './stages.ts';

import { dealKey } from './deal-key.ts';

export { dealKey } from './deal-key.ts';

export interface DealSource {
  /** Citation number across the whole deal (all its evidence stories), 1-based. */
  n: number;
  outlet: string;
  title: string;
  url: string | null;
  publishedAt: number;
}

export interface DealView {
  key: string;
  id: string;
  name: string;
  deal: DealSpec;
  /** Timeline entries cite `sources` by their deal-wide numbers. */
  state: DealState;
  terms: DealTerm[];
  sources: DealSource[];
  /** The evidence stories, by id (an alert cites a story's own numbers). */
  stories: Map<string, StoryView>;
}

/**
 * What one story says about a deal. Each outlet's headline is read on its own and the stage
 * most outlets state wins (their sources are the citation); a story whose headlines say
 * nothing is read from its composed headline and summary, citing all its sources.
 */
export function readStory(view: StoryView): ReportReading | null {
  // The per-outlet readings, the stage most outlets state first (ties: the earliest cited).
  return (
    readReports(view).sort((a, b) => b.sources.length - a.sources.length || a.sources[0]! - b.sources[0]!)[0] ?? null
  );
}

export interface ReportReading {
  reading: StageReading;
  /** The story's citation numbers of the outlets that state it. */
  sources: number[];
  /** When the first of them published it. */
  publishedAt: number;
  fromTitle: boolean;
}

/**
 * What each report of one story says about the deal, one reading per stage stated: a story
 * in which one outlet reports the agreement and a later one the probe holds two developments,
 * and the timeline gets both, each dated by its own first report and citing its own outlets.
 * A story whose headlines say nothing is read from its composed headline and summary.
 */
export function readReports(view: StoryView, deal?: DealSpec): ReportReading[] {
  const byStage = new Map<Stage, ReportReading>();
  // (Of the deal asked about: a transaction done to someone else is another deal's.)
  for (const s of view.sources) {
    const r = readingAbout(deal, s.title, '', classifyStage);
    if (!r) continue;
    const v = byStage.get(r.stage);
    if (v) {
      v.sources.push(s.n);
      v.publishedAt = Math.min(v.publishedAt, s.publishedAt);
    } else byStage.set(r.stage, { reading: r, sources: [s.n], publishedAt: s.publishedAt, fromTitle: true });
  }
  if (byStage.size)
    return [...byStage.values()].sort((a, b) => a.publishedAt - b.publishedAt || a.sources[0]! - b.sources[0]!);
  const summary = view.summary.map((s) => s.text).join(' ');
  const r = readingAbout(deal, view.headline, summary, classifyStage);
  return r
    ? [
        {
          reading: r,
          sources: view.sources.map((s) => s.n),
          publishedAt: Math.min(...view.sources.map((s) => s.publishedAt)),
          fromTitle: false,
        },
      ]
    : [];
}

/** The key terms one story states, cited by its own source numbers. */
export function storyTerms(story: StoryView): DealTerm[] {
  return extractTerms([
    ...story.sources.map((s) => ({ text: s.title, cites: [s.n] })),
    ...story.summary.map((s) => ({ text: s.text, cites: s.cites })),
  ]);
}

/** Everything known about one deal, read from the stories matched to its topic. */
export async function dealView(db: Db, topic: TopicRow): Promise<DealView | undefined> {
  const deal = parseDealSpec(topic.deal);
  if (!deal) return undefined;
  const key = dealKey(topic);
  const rows = await storiesOfTopic(db, key);
  const members = await storyMembers(
    db,
    rows.map((r) => r.id),
  );
  const byStory = new Map<string, ReturnType<typeof toMember>[]>();
  for (const m of members) byStory.set(m.story_id, [...(byStory.get(m.story_id) ?? []), toMember(m)]);
  const stories = new Map<string, StoryView>();
  const evidence: DealEvidence[] = [];
  const sources: DealSource[] = [];
  const termTexts: { text: string; cites: number[] }[] = [];
  const sorted = [...rows].sort(
    (a, b) => Number(a.first_published_at) - Number(b.first_published_at) || a.id.localeCompare(b.id),
  );
  for (const r of sorted) {
    const mine = byStory.get(r.id);
    if (!mine?.length) continue;
    const view = composeStory(r.id, mine);
    const text = [view.headline, ...view.sources.map((s) => s.title), ...view.summary.map((s) => s.text)].join(' \n ');
    if (!isEvidence(deal, topic.name, text)) continue;
    stories.set(r.id, view);
    // Deal-wide citation numbers, in publication order of the stories.
    const global = new Map<number, number>();
    for (const s of view.sources) {
      sources.push({ n: sources.length + 1, outlet: s.outlet, title: s.title, url: s.url, publishedAt: s.publishedAt });
      global.set(s.n, sources.length);
    }
    const g = (ns: number[]) => ns.map((n) => global.get(n)!).filter(Boolean);
    termTexts.push(
      ...view.sources.map((s) => ({ text: s.title, cites: g([s.n]) })),
      ...view.summary.map((s) => ({ text: s.text, cites: g(s.cites) })),
    );
    const readings = readReports(view, deal);
    if (!readings.length)
      evidence.push({
        id: r.id,
        storyId: r.id,
        publishedAt: Number(r.first_published_at),
        headline: view.headline,
        summary: view.summary.map((s) => s.text).join(' '),
        sources: view.sources.map((s) => ({ n: global.get(s.n)!, outlet: s.outlet, url: s.url })),
        reading: null,
      });
    for (const read of readings) {
      const cited = view.sources.filter((s) => read.sources.includes(s.n));
      evidence.push({
        id: `${r.id}#${read.reading.stage}`,
        storyId: r.id,
        publishedAt: read.publishedAt,
        // The headline that carries the phrase, so "why" reads as one claim.
        headline: read.fromTitle ? cited[0]!.title : view.headline,
        summary: view.summary.map((s) => s.text).join(' '),
        sources: cited.map((s) => ({ n: global.get(s.n)!, outlet: s.outlet, url: s.url })),
        reading: read.reading,
      });
    }
  }
  const state = buildTimeline(evidence);
  const terms = extractTerms(termTexts);
  return { key, id: topic.id, name: topic.name, deal, state, terms, sources, stories };
}

export interface StageChange {
  topicKey: string;
  topicId: string;
  topicName: string;
  from: Stage | null;
  to: Stage;
  since: number;
  storyId: string;
  phrase: string;
  hedged: boolean;
  /** Citation numbers (in the story) of the outlets that state the change. */
  sources: number[];
  terms: DealTerm[];
}

async function saveState(db: Db, key: string, state: DealState, now: number): Promise<void> {
  const row = { stage: state.stage, since: state.since, story_id: state.why?.storyId ?? null, updated_at: now };
  await saveDealState(db, key, row);
}

/**
 * Records the current stage of deals that have no record yet, without alerting (a deal just
 * defined). `readHistory` first puts what the store already holds about the deal into its
 * stories (see deal-history.ts), so the recorded stage is the one its past says.
 */
export async function initDealStates(
  db: Db,
  topics: TopicRow[],
  now: number,
  readHistory?: (topic: TopicRow) => Promise<unknown>,
): Promise<void> {
  const deals = topics.filter((t) => t.deal);
  if (!deals.length) return;
  const known = await dealsWithState(db, deals.map(dealKey));
  for (const t of deals) {
    if (known.has(dealKey(t))) continue;
    await readHistory?.(t);
    const view = await dealView(db, t);
    if (view) await saveState(db, view.key, view.state, now);
  }
}

/**
 * After a poll: re-reads each deal whose topic matched a changed story, and returns the
 * stage changes that story caused (the story behind the new stage is one of `storyIds`). The
 * stored stage is updated either way, so each change is reported once.
 */
export async function detectStageChanges(
  db: Db,
  dealTopics: TopicRow[],
  storyIds: Set<string>,
  now: number,
): Promise<StageChange[]> {
  const out: StageChange[] = [];
  for (const t of dealTopics) {
    const view = await dealView(db, t);
    if (!view) continue;
    const before = await getDealState(db, view.key);
    const { state } = view;
    const same = before && before.stage === state.stage && Number(before.since) === state.since;
    if (same) continue;
    await saveState(db, view.key, state, now);
    if (!state.stage || !state.why || !storyIds.has(state.why.storyId) || before?.stage === state.stage) continue;
    // The alert shows one story, so it cites that story's own numbers: the outlets that state the new stage.
    const story = view.stories.get(state.why.storyId)!;
    const read = readReports(story, view.deal).find((x) => x.reading.stage === state.stage);
    out.push({
      topicKey: view.key,
      topicId: view.id,
      topicName: view.name,
      from: (before?.stage as Stage | null | undefined) ?? null,
      to: state.stage,
      since: state.since!,
      storyId: state.why.storyId,
      phrase: state.why.phrase,
      hedged: state.why.hedged,
      sources: read?.sources ?? story.sources.map((s) => s.n),
      terms: storyTerms(story),
    });
  }
  return out;
}
