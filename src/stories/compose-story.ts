import { headlineOf, summaryOf } from '../language/outlet-furniture.ts';
import { sentences } from '../language/sentences.ts';
import { words } from '../topics/tokenize.ts';
import type { StoryMember, StorySource, StoryView, SummarySentence } from './story.ts';
import { stem, termsOf } from './text-features.ts';

export const composeDefaults = {
  /** The tightest platform budget: a Slack section's text. Discord allows 4,096. */
  summaryBudget: 3000,
  maxSentences: 3,
  /** Sentences at least this similar say the same thing: merged, and each supports the other. */
  sameClaim: 0.5,
} satisfies Record<string, number>;

const contentSet = (text: string) =>
  new Set(
    words(text)
      .map((w) => stem(w.toLowerCase()))
      .filter((w) => w.length > 2 || /\d/.test(w)),
  );

/** Overlap of two term sets relative to the smaller: 1 when one sentence says all the other does. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const o = b.get(t);
    if (o !== undefined) dot += w * o;
  }
  for (const w of b.values()) nb += w * w;
  return dot / (Math.sqrt(na * nb) || 1);
}

/**
 * Numbered sources: one per outlet (its first item), in the order the outlets were first
 * seen. "First reported by" is the outlet that published earliest.
 */
export function numberSources(members: StoryMember[]): {
  sources: StorySource[];
  sourceOf: Map<string, number>;
  firstReportedBy: string;
} {
  const ordered = [...members].sort(
    (a, b) => a.firstSeenAt - b.firstSeenAt || a.publishedAt - b.publishedAt || (a.itemId < b.itemId ? -1 : 1),
  );
  const sources: StorySource[] = [];
  const byOutlet = new Map<string, number>();
  const sourceOf = new Map<string, number>();
  for (const m of ordered) {
    let n = byOutlet.get(m.outlet);
    if (n === undefined) {
      n = sources.length + 1;
      byOutlet.set(m.outlet, n);
      sources.push({ n, outlet: m.outlet, title: m.title, url: m.url, publishedAt: m.publishedAt });
    }
    sourceOf.set(m.itemId, n);
  }
  const earliest = [...members].sort((a, b) => a.publishedAt - b.publishedAt || a.firstSeenAt - b.firstSeenAt)[0];
  return { sources, sourceOf, firstReportedBy: earliest?.outlet ?? '' };
}

/**
 * The clearest title: the one closest to what all the items say (so it names the event, not
 * an angle on it), at a readable length, without question marks, exclamations, quoted
 * catchphrases or a "Label:" prefix. Ties go to the earlier source.
 */
export function pickHeadline(members: StoryMember[], aggregate: Map<string, number>): string {
  let best = { title: '', score: -Infinity };
  for (const m of members) {
    // Shown without the outlet after it or the slug before it: the sources already name the outlets.
    const t = headlineOf(m.title, m.outlet).trim();
    if (!t) continue;
    let score = cosine(termsOf(t, '').tf, aggregate);
    if (t.length < 30 || t.length > 120) score -= 0.15;
    if (/[?!]/.test(t)) score -= 0.2;
    if (/['‘’"“”]\w[^'‘’"“”]*['’"”]/.test(t)) score -= 0.1;
    if (/^[^:]{1,25}:\s/.test(t)) score -= 0.15;
    if (/\b[A-Z]{4,}\b/.test(t) && t === t.toUpperCase()) score -= 0.3;
    if (score > best.score + 1e-9) best = { title: t, score };
  }
  return best.title;
}

/**
 * An extractive summary: sentences from the items' own text, most widely reported first.
 * A sentence is supported by every source that has a sentence making the same claim; those
 * near-duplicates are merged into one, cited by all. Up to three sentences, each adding
 * something the earlier ones did not say, within the budget, never cut mid-word or
 * mid-citation. Only sentences that occur in a source are ever used, so none is uncited.
 */
export function summarize(
  members: StoryMember[],
  sourceOf: Map<string, number>,
  aggregate: Map<string, number>,
  headline: string,
  opts = composeDefaults,
): SummarySentence[] {
  interface Candidate {
    text: string;
    terms: Set<string>;
    source: number;
    order: number;
  }
  const candidates: Candidate[] = [];
  let order = 0;
  for (const m of members) {
    const source = sourceOf.get(m.itemId)!;
    for (const s of sentences(summaryOf(m.summary, headlineOf(m.title, m.outlet)))) {
      if (s.length < 30 || s.length > 400 || s.endsWith('?') || !/[.!…"”']$/.test(s)) continue;
      candidates.push({ text: s, terms: contentSet(s), source, order: order++ });
    }
  }
  const headlineTerms = contentSet(headline);
  const support = (c: Candidate) =>
    new Set(candidates.filter((o) => o === c || overlap(c.terms, o.terms) >= opts.sameClaim).map((o) => o.source));
  const scored = candidates
    .map((c) => ({ c, cites: support(c), centrality: cosine(termsOf('', c.text).tf, aggregate) }))
    .sort((a, b) => b.cites.size - a.cites.size || b.centrality - a.centrality || a.c.order - b.c.order);

  const chosen: { c: Candidate; cites: Set<number> }[] = [];
  let used = 0;
  for (const s of scored) {
    if (chosen.length >= opts.maxSentences) break;
    // Says nothing new: the same claim as a chosen sentence, or just the headline again.
    if (chosen.some((x) => overlap(x.c.terms, s.c.terms) >= opts.sameClaim)) continue;
    if (overlap(headlineTerms, s.c.terms) >= 0.9 && s.c.terms.size <= headlineTerms.size + 2) continue;
    const cites = [...s.cites].sort((a, b) => a - b);
    const cost = s.c.text.length + 1 + cites.map((n) => `[${n}]`).join('').length + (chosen.length ? 1 : 0);
    if (used + cost > opts.summaryBudget) continue;
    used += cost;
    chosen.push({ c: s.c, cites: s.cites });
  }
  return chosen.map((x) => ({ text: x.c.text, cites: [...x.cites].sort((a, b) => a - b) }));
}

/** Everything an alert shows about a story, from its members. */
export function composeStory(storyId: string, members: StoryMember[], opts = composeDefaults): StoryView {
  const { sources, sourceOf, firstReportedBy } = numberSources(members);
  const aggregate = new Map<string, number>();
  for (const m of members)
    for (const [t, w] of termsOf(m.title, m.summary).tf) aggregate.set(t, (aggregate.get(t) ?? 0) + w);
  const headline = pickHeadline(members, aggregate);
  return {
    id: storyId,
    headline,
    summary: summarize(members, sourceOf, aggregate, headline, opts),
    sources,
    firstReportedBy,
  };
}
