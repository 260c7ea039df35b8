import { developmentOf } from '../src/language/read-stage.ts';
import { StoryGrouper } from '../src/stories/group-stories.ts';
import { groupTfIdfBaseline } from './baseline.ts';
import type { GroupingSet, LabelledItem } from './grouping-sets.ts';
import { scoreClusters, type ClusterScores } from './metrics.ts';

/** newsbot's grouper over a labelled set, in publication order, as the pipeline feeds it. */
export function groupWithNewsbot(items: LabelledItem[]): { storyOf: Map<string, string>; ms: number } {
  developmentOf('Acme agrees to buy Globex'); // the language model loads once per process, not per set
  const g = new StoryGrouper();
  const t = performance.now();
  const storyOf = new Map<string, string>();
  for (const it of [...items].sort((a, b) => a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : 1)))
    storyOf.set(it.id, g.add(it).storyId);
  return { storyOf, ms: performance.now() - t };
}

export function scoreGrouping(set: GroupingSet, storyOf: Map<string, string>): ClusterScores {
  return scoreClusters(set.items.map((it) => ({ event: it.event, story: storyOf.get(it.id)! })));
}

export function evalGroupingSet(set: GroupingSet) {
  const nb = groupWithNewsbot(set.items);
  const base = groupTfIdfBaseline(set.items);
  return { set, newsbot: scoreGrouping(set, nb.storyOf), baseline: scoreGrouping(set, base), ms: nb.ms };
}
