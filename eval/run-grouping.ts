import { developmentOf } from '../src/language/read-stage.ts';
import { StoryGrouper, groupingDefaults } from '../src/stories/group-stories.ts';
import { groupTfIdfBaseline } from './baseline.ts';
import type { GroupingSet, LabelledItem } from './grouping-sets.ts';
import { scoreClusters, type ClusterScores } from './metrics.ts';

/**
 * newsbot's grouper over a labelled set, in publication order, as the pipeline feeds it. No story
 * has been told to anyone, so every story an item bridges is folded (as the bot does for stories
 * not yet alerted, digested or read into a deal).
 */
export function groupWithNewsbot(
  items: LabelledItem[],
  opts: Partial<typeof groupingDefaults> = {},
): { storyOf: Map<string, string>; ms: number } {
  developmentOf('Acme agrees to buy Globex'); // the language model loads once per process, not per set
  const g = new StoryGrouper(opts);
  const t = performance.now();
  const storyOf = new Map<string, string>();
  for (const it of [...items].sort((a, b) => a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : 1)))
    storyOf.set(it.id, g.place(it).storyId);
  // Stories folded into others since: each item is where the bot's store would now say it is.
  for (const [id, story] of storyOf) storyOf.set(id, g.resolve(story));
  return { storyOf, ms: performance.now() - t };
}

export function scoreGrouping(set: GroupingSet, storyOf: Map<string, string>): ClusterScores {
  return scoreClusters(set.items.map((it) => ({ event: it.event, story: storyOf.get(it.id)! })));
}

interface GroupingEval {
  set: GroupingSet;
  newsbot: ClusterScores;
  baseline: ClusterScores;
  ms: number;
}

/** newsbot and the baseline on one set; `{ baseline: false }` skips the baseline (it compares every story: slow). */
export function evalGroupingSet(set: GroupingSet): GroupingEval;
export function evalGroupingSet(set: GroupingSet, opts: { baseline: false }): Omit<GroupingEval, 'baseline'>;
export function evalGroupingSet(set: GroupingSet, opts: { baseline?: boolean } = {}) {
  const nb = groupWithNewsbot(set.items);
  const newsbot = scoreGrouping(set, nb.storyOf);
  if (opts.baseline === false) return { set, newsbot, ms: nb.ms };
  return { set, newsbot, baseline: scoreGrouping(set, groupTfIdfBaseline(set.items)), ms: nb.ms };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Scores averaged over several placements of one corpus (each a whole run of the grouper). */
function meanScores(all: ClusterScores[]): ClusterScores {
  const avg = (pick: (s: ClusterScores) => number) => mean(all.map(pick));
  return {
    items: all[0]!.items,
    events: all[0]!.events,
    stories: Math.round(avg((s) => s.stories)),
    pairwise: {
      precision: avg((s) => s.pairwise.precision),
      recall: avg((s) => s.pairwise.recall),
      f1: avg((s) => s.pairwise.f1),
    },
    bcubed: {
      precision: avg((s) => s.bcubed.precision),
      recall: avg((s) => s.bcubed.recall),
      f1: avg((s) => s.bcubed.f1),
    },
  };
}

/**
 * A set placed several ways (arrival orders): the mean of each figure, and the range of
 * newsbot's pairwise F1 across them, so one lucky order is never the figure.
 */
export function evalPlacements(placements: GroupingSet[]): PlacementsEval & { baseline: ClusterScores };
export function evalPlacements(placements: GroupingSet[], opts: { baseline: false }): PlacementsEval;
export function evalPlacements(placements: GroupingSet[], opts: { baseline?: boolean } = {}) {
  const runs = placements.map((p) =>
    opts.baseline === false ? evalGroupingSet(p, { baseline: false }) : evalGroupingSet(p),
  );
  const f1s = runs.map((r) => r.newsbot.pairwise.f1);
  const common: PlacementsEval = {
    set: placements[0]!,
    placements: runs.length,
    newsbot: meanScores(runs.map((r) => r.newsbot)),
    f1Range: [Math.min(...f1s), Math.max(...f1s)] as const,
    ms: mean(runs.map((r) => r.ms)),
  };
  if (opts.baseline === false) return common;
  return { ...common, baseline: meanScores(runs.map((r) => (r as GroupingEval).baseline)) };
}

interface PlacementsEval {
  set: GroupingSet;
  placements: number;
  newsbot: ClusterScores;
  f1Range: readonly [number, number];
  ms: number;
}

/**
 * The events whose framings read as different developments (an item that reads as none goes with
 * any): the grouper never joins two developments, so such an event is split however alike its words.
 */
export function oneDevelopment(set: { framings: { event: string; titles: string[] }[] }): string[] {
  const out: string[] = [];
  for (const f of set.framings) {
    const read = f.titles.map((t) => developmentOf(t));
    if (new Set(read.filter((d) => d !== null)).size > 1)
      out.push(`${f.event}: ${f.titles.map((t, i) => `"${t}" → ${read[i] ?? 'none'}`).join('; ')}`);
  }
  return out;
}
