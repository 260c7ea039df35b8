import type { StorySource, StoryView } from './story.ts';
import { headlineOf } from '../language/outlet-furniture.ts';
import { capitalizedTerms } from './text-features.ts';

/** One sentence of context: taken from an earlier report, dated, citing its own source. */
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

/** An earlier report a context sentence may be taken from, before numbering. */
export interface ContextCandidate {
  /** What it said, best first: the first that the story does not say itself is taken. */
  texts: string[];
  source: Omit<StorySource, 'n'>;
}

export const CONTEXT_MAX = 3;

const norm = (s: string) => s.toLowerCase().replace(/\W+/g, ' ').trim();
const startOf = (v: StoryView) => Math.min(...v.sources.map((s) => s.publishedAt));

/** The names a story's headline mentions (companies, people, places): its actors (not the outlet after it or the kicker before it). */
const actorsOf = (v: Pick<StoryView, 'headline'>) => capitalizedTerms(headlineOf(v.headline));

/**
 * Whether an earlier story is about the same actors: its headline names at least half of the
 * names in this story's headline (and one at least). "Microsoft invests $1 billion in OpenAI"
 * is context for "Microsoft weighs ending OpenAI talks"; another company's deal in a broad
 * topic is not. Headlines only, so planning can tell from the stored headline which earlier
 * stories are worth composing.
 */
export function sharesActors(story: Pick<StoryView, 'headline'>, earlier: Pick<StoryView, 'headline'>): boolean {
  const actors = actorsOf(story);
  if (!actors.size) return false;
  const names = actorsOf(earlier);
  let shared = 0;
  for (const a of actors) if (names.has(a)) shared++;
  return shared > 0 && shared * 2 >= actors.size;
}

/** Numbers picked sentences after the story's own sources, oldest first. */
function numbered(story: StoryView, picked: { text: string; source: ContextCandidate['source'] }[]): StoryContext {
  const sorted = [...picked].sort((a, b) => a.source.publishedAt - b.source.publishedAt);
  const first = story.sources.length + 1;
  return {
    sentences: sorted.map((p, i) => ({ text: p.text, date: p.source.publishedAt, cites: [first + i] })),
    sources: sorted.map((p, i) => ({ ...p.source, n: first + i })),
  };
}

/**
 * Picks the context from candidates already in order of preference (most telling first):
 * only reports published before the story began, never a sentence the story itself says (or
 * one already picked), at most `max`, then numbered after the story's sources, oldest first.
 */
export function pickContext(story: StoryView, candidates: ContextCandidate[], max = CONTEXT_MAX): StoryContext {
  if (!story.sources.length) return { sentences: [], sources: [] };
  const startedAt = startOf(story);
  const own = new Set([story.headline, ...story.summary.map((s) => s.text)].map(norm));
  const picked: { text: string; source: ContextCandidate['source'] }[] = [];
  for (const c of candidates) {
    if (picked.length >= max) break;
    const text = c.texts.find((t) => t.trim() && !own.has(norm(t)));
    if (c.source.publishedAt >= startedAt || !text) continue;
    own.add(norm(text));
    picked.push({ text, source: c.source });
  }
  return numbered(story, picked);
}

/**
 * What led here, as the example story's context section has it: at most `max` sentences taken
 * (never written) from earlier stories about the same actors — the first sentence of each
 * one's summary the story does not say itself, or its headline — the most recent stories
 * first, shown oldest first, each dated and citing the outlet it comes from, numbered after
 * the story's own sources. Only stories that began before this one count as earlier.
 */
export function composeContext(story: StoryView, earlier: StoryView[], max = CONTEXT_MAX): StoryContext {
  if (!story.sources.length) return { sentences: [], sources: [] };
  const own = new Set([story.headline, ...story.summary.map((s) => s.text)].map(norm));
  const startedAt = startOf(story);
  const candidates: ContextCandidate[] = [];
  const byRecency = earlier
    .filter((e) => e.id !== story.id && e.sources.length && startOf(e) < startedAt && sharesActors(story, e))
    .sort((a, b) => startOf(b) - startOf(a));
  for (const e of byRecency) {
    const sentence = e.summary.find((s) => !own.has(norm(s.text)) && s.cites.length);
    const { n: _n, ...source } =
      e.sources.find((s) => s.n === (sentence?.cites[0] ?? e.sources[0]!.n)) ?? e.sources[0]!;
    candidates.push({
      texts: sentence ? [sentence.text, e.headline] : [e.headline],
      source: { ...source, publishedAt: Math.min(source.publishedAt, startOf(e)) },
    });
  }
  return pickContext(story, candidates, max);
}

/**
 * The same context for a newer view of the story (more outlets joined while its alert
 * waited): the citation numbers move so they still follow the story's own sources.
 */
export function renumberContext(context: StoryContext, story: StoryView): StoryContext {
  if (!context.sources.length) return context;
  const shift = story.sources.length + 1 - Math.min(...context.sources.map((s) => s.n));
  if (shift === 0) return context;
  return {
    sentences: context.sentences.map((s) => ({ ...s, cites: s.cites.map((n) => n + shift) })),
    sources: context.sources.map((s) => ({ ...s, n: s.n + shift })),
  };
}
