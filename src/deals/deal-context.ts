import { CONTEXT_MAX, pickContext, type ContextCandidate, type StoryContext } from '../stories/story-context.ts';
import type { StoryView } from '../stories/story.ts';
import type { DealView } from './deal-book.ts';
import type { Stage } from './stages.ts';

/**
 * A deal's context for a story about it: the earlier timeline entries that moved its stage
 * (the agreement, the probe, the last change before this story), the most recent first, then
 * those that confirmed a stage when there is room. Each is a sentence its own report said —
 * the summary sentence its outlet supports, else the headline the stage was read from —
 * dated by that report and citing it.
 */
export function dealContext(deal: DealView, story: StoryView, max = CONTEXT_MAX): StoryContext {
  const candidates: ContextCandidate[] = [];
  // The entries that moved the stage first, then the ones that confirmed it; the most recent first.
  const others = deal.state.entries.filter((e) => e.storyId !== story.id).reverse();
  const entries = [...others.filter((e) => e.moved), ...others.filter((e) => !e.moved)];
  for (const e of entries) {
    const cited = deal.sources.find((s) => s.n === e.sources[0]?.n);
    if (!cited) continue;
    const report = deal.stories.get(e.storyId);
    const local = new Set(
      (report?.sources ?? []).filter((s) => s.url === cited.url && s.outlet === cited.outlet).map((s) => s.n),
    );
    const sentence = report?.summary.find((s) => s.cites.some((n) => local.has(n)));
    const { n: _n, ...source } = cited;
    // The headline stands in when the story already says that sentence.
    candidates.push({
      texts: sentence ? [sentence.text, e.headline] : [e.headline],
      source: { ...source, publishedAt: e.date },
    });
  }
  return pickContext(story, candidates, max);
}

/**
 * The stage a deal was at before a story: that of the last entry that moved it, published
 * before the story began. Read from the deal's whole timeline, so it does not depend on the
 * order in which the sources holding its past were polled.
 */
export function stageBefore(deal: DealView, story: StoryView): Stage | null {
  const startedAt = Math.min(...story.sources.map((s) => s.publishedAt));
  const before = deal.state.entries.filter((e) => e.moved && e.storyId !== story.id && e.date < startedAt);
  return before.at(-1)?.stage ?? null;
}
