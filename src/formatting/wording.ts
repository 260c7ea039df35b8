import type { Alert, Follows, StoryView } from '../alerts/alert.ts';
import { STAGE_LABELS, type Stage } from '../deals/stages.ts';

/**
 * The words of every message, once, for every platform (after MonitoRSS's ADR 008: nothing
 * upstream of delivery carries a platform's shapes, and the wording lives apart from the
 * layout). Plain text, not escaped: each renderer escapes it for its platform and lays it out.
 */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "4 outlets, first reported by Wire Desk" — or, for one outlet, "reported by Wire Desk". */
export const reportedBy = (story: StoryView) =>
  story.sources.length > 1
    ? `${plural(story.sources.length, 'outlet')}, first reported by ${story.firstReportedBy}`
    : `reported by ${story.firstReportedBy}`;

/** "2 more outlets (5 in all)": what a story update adds. */
export const moreOutlets = (fresh: number, total: number) => `${plural(fresh, 'more outlet')} (${total} in all)`;

/** "negotiating → at risk", or just "agreed" for a deal's first stage. */
export const stageMove = (from: Stage | null, to: Stage) =>
  `${from ? `${STAGE_LABELS[from]} → ` : ''}${STAGE_LABELS[to]}`;

/** Said of a stage read from a hedged report ("said to", "may", "sources say"). */
export const NOT_CONFIRMED = 'reported, not confirmed';

/** "Next development of “Acme agrees to acquire Globex for $4.2 billion” (agreed → regulatory review)". */
export function followsLine(f: Follows): string {
  const label = (d: string) => (d === 'talks' ? 'talks' : (STAGE_LABELS[d as Stage] ?? d.replace(/_/g, ' ')));
  return `Next development of “${f.headline}”${f.to ? ` (${label(f.from)} → ${label(f.to)})` : ''}`;
}

/** The heading of an alert's context section: what led here, from earlier coverage. */
export const CONTEXT_HEADING = 'Context';

/** A context sentence's date, as every platform writes it: "2019-07-22". */
export const contextDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "2019-07-22 — Microsoft said it would invest $1 billion in OpenAI." (citations are laid out by each platform). */
export const contextLine = (c: { text: string; date: number }) => `${contextDate(c.date)} — ${c.text}`;

/** "Digest: 3 stories". */
export const digestTitle = (alert: Extract<Alert, { kind: 'digest' }>) =>
  `Digest: ${plural(
    alert.topics.reduce((n, t) => n + t.stories.length, 0),
    'story',
    'stories',
  )}`;

/** The title and what to do, for a source that keeps failing or has recovered. */
export function sourceHealth(alert: Extract<Alert, { kind: 'source-failing' | 'source-recovered' }>): {
  title: string;
  detail: string;
} {
  return alert.kind === 'source-failing'
    ? {
        title: `Source failing: ${alert.source.name}`,
        detail: `${alert.reason ?? 'unknown error'}. newsbot keeps retrying; see /news sources.`,
      }
    : { title: `Source recovered: ${alert.source.name}`, detail: 'It is being polled again.' };
}
