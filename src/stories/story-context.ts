import type { StorySource, StoryView } from './story.ts';

/** One sentence of context: taken from an earlier story, dated, citing its own source. */
export interface ContextSentence {
  text: string;
  /** When the cited source published it (ms). */
  date: number;
  /** Citation numbers, after the story's own sources. */
  cites: number[];
}

export interface StoryContext {
  sentences: ContextSentence[];
  /** The cited sources, numbered after the story's own (`n` = story sources + 1, …). */
  sources: StorySource[];
}

const norm = (s: string) => s.toLowerCase().replace(/\W+/g, ' ').trim();

/**
 * What led here, as the example story's context section has it: at most `max` sentences taken
 * (never written) from earlier stories of the same topic — the first sentence of each one's
 * summary, or its headline — oldest first, each dated and citing the outlet it comes from,
 * numbered after the story's own sources. A sentence the story itself says is never repeated,
 * and only stories that began before this one count as earlier.
 */
export function composeContext(story: StoryView, earlier: StoryView[], max = 3): StoryContext {
  const startedAt = Math.min(...story.sources.map((s) => s.publishedAt));
  const own = new Set([story.headline, ...story.summary.map((s) => s.text)].map(norm));
  const picked: { text: string; source: StorySource }[] = [];
  const byRecency = [...earlier]
    .filter((e) => e.id !== story.id && e.sources.length)
    .map((e) => ({ e, at: Math.min(...e.sources.map((s) => s.publishedAt)) }))
    .filter((x) => x.at < startedAt)
    .sort((a, b) => b.at - a.at);
  for (const { e } of byRecency) {
    if (picked.length >= max) break;
    const sentence = e.summary.find((s) => !own.has(norm(s.text)) && s.cites.length);
    const text = sentence?.text ?? (own.has(norm(e.headline)) ? undefined : e.headline);
    if (!text) continue;
    const source = e.sources.find((s) => s.n === (sentence?.cites[0] ?? e.sources[0]!.n)) ?? e.sources[0]!;
    own.add(norm(text));
    picked.push({ text, source });
  }
  picked.sort((a, b) => a.source.publishedAt - b.source.publishedAt);
  const first = story.sources.length + 1;
  return {
    sentences: picked.map((p, i) => ({ text: p.text, date: p.source.publishedAt, cites: [first + i] })),
    sources: picked.map((p, i) => ({ ...p.source, n: first + i })),
  };
}
