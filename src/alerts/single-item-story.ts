import type { Item } from '../ingest/ingest-items.ts';
import type { StoryView, SummarySentence } from './alert.ts';

// A sentence ends at . ! ? or … (plus closing quotes) followed by space and a capital,
// digit or opening quote: "$68.7 billion" and "U.S. Department" stay whole.
const BOUNDARY = /(?<=[.!?…]["'”’)]*)\s+(?=["“'‘(]?[\p{Lu}\d])/u;
const ABBREVIATION = /(?:^|\s)(?:[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|Prof|Inc|Corp|Co|Ltd|Jr|Sr|St|vs|No|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/** Sentences of a text, in order, trimmed. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(BOUNDARY)) {
    const piece = part.trim();
    if (!piece) continue;
    const prev = out.at(-1);
    if (prev !== undefined && ABBREVIATION.test(prev)) out[out.length - 1] = `${prev} ${piece}`;
    else out.push(piece);
  }
  return out;
}

/**
 * A one-outlet story: what an alert shows before stories group outlets together. Its
 * summary is the item's own first sentences (at most `maxChars`), each cited [1].
 */
export function singleItemStory(item: Item, maxChars = 400): StoryView {
  const summary: SummarySentence[] = [];
  let used = 0;
  for (const s of sentences(item.summary)) {
    if (s === item.title || summary.length >= 2 || used + s.length > maxChars) break;
    summary.push({ text: s, cites: [1] });
    used += s.length;
  }
  return {
    id: item.id,
    headline: item.title,
    summary,
    sources: [{ n: 1, outlet: item.sourceName, title: item.title, url: item.url, publishedAt: item.publishedAt }],
    firstReportedBy: item.sourceName,
  };
}
