import { describe, expect, it } from 'vitest';
import type { DealView } from '../../src/deals/deal-book.ts';
import { dealContext, stageBefore } from '../../src/deals/deal-context.ts';
import { buildTimeline } from '../../src/deals/deal-timeline.ts';
import type { StoryView } from '../../src/stories/story.ts';

const day = (d: string) => Date.parse(`${d}T12:00:00Z`);

/** One report per story, numbered across the deal in publication order. */
function deal(reports: { id: string; at: string; title: string; sentence: string }[]): DealView {
  const stories = new Map<string, StoryView>();
  const sources = reports.map((r, i) => ({
    n: i + 1,
    outlet: `Outlet ${i + 1}`,
    title: r.title,
    url: `https://o${i + 1}.example/${r.id}`,
    publishedAt: day(r.at),
  }));
  reports.forEach((r, i) =>
    stories.set(r.id, {
      id: r.id,
      headline: r.title,
      summary: [{ text: r.sentence, cites: [1] }],
      sources: [{ ...sources[i]!, n: 1 }],
      firstReportedBy: sources[i]!.outlet,
    }),
  );
  const state = buildTimeline(
    reports.map((r, i) => ({
      id: r.id,
      publishedAt: day(r.at),
      headline: r.title,
      summary: r.sentence,
      sources: [{ n: i + 1, outlet: sources[i]!.outlet, url: sources[i]!.url }],
    })),
  );
  return {
    key: '*/acme-globex',
    id: 'acme-globex',
    name: 'Acme / Globex',
    deal: { parties: [] },
    state,
    terms: [],
    sources,
    stories,
  };
}

const acme = deal([
  {
    id: 'talks',
    at: '2025-01-10',
    title: 'Acme in talks to buy Globex',
    sentence: 'Acme approached Globex in January.',
  },
  {
    id: 'agreed',
    at: '2025-02-01',
    title: 'Acme agrees to buy Globex for $4.2 billion',
    sentence: 'Acme will pay $4.2 billion in cash.',
  },
  {
    id: 'again',
    at: '2025-02-02',
    title: 'Acme to buy Globex in $4.2 billion deal',
    sentence: 'The boards approved the deal.',
  },
  {
    id: 'probe',
    at: '2025-03-05',
    title: 'EU opens in-depth probe into Acme-Globex deal',
    sentence: 'The Commission fears higher prices.',
  },
]);

const story = (id: string, at: string, headline: string): StoryView => ({
  id,
  headline,
  summary: [{ text: 'The court sided with the regulator.', cites: [1] }],
  sources: [{ n: 1, outlet: 'Wire', title: headline, url: `https://wire.example/${id}`, publishedAt: day(at) }],
  firstReportedBy: 'Wire',
});

describe("a deal's context section", () => {
  it('takes the earlier stage changes first (talks, agreement, probe), oldest first, each its report’s own sentence, cited after the story', () => {
    const blocked = story('blocked', '2025-06-01', 'Court blocks Acme-Globex deal');
    const c = dealContext(acme, blocked);
    expect(c.sentences.map((s) => [new Date(s.date).toISOString().slice(0, 10), s.text, s.cites])).toEqual([
      ['2025-01-10', 'Acme approached Globex in January.', [2]],
      ['2025-02-01', 'Acme will pay $4.2 billion in cash.', [3]],
      ['2025-03-05', 'The Commission fears higher prices.', [4]],
    ]);
    expect(c.sources.map((s) => [s.n, s.url])).toEqual([
      [2, 'https://o1.example/talks'],
      [3, 'https://o2.example/agreed'],
      [4, 'https://o4.example/probe'],
    ]);
    expect(stageBefore(acme, blocked)).toBe('regulatory_review');
  });

  it('never cites the story itself or what came after it, and says nothing of a deal without a past', () => {
    const probe = acme.stories.get('probe')!;
    const c = dealContext(acme, probe);
    expect(c.sources.map((s) => s.url)).not.toContain('https://o4.example/probe');
    expect(c.sentences.every((s) => s.date < day('2025-03-05'))).toBe(true);
    expect(stageBefore(acme, probe)).toBe('agreed');
    expect(dealContext(acme, acme.stories.get('talks')!)).toEqual({ sentences: [], sources: [] });
    expect(stageBefore(acme, acme.stories.get('talks')!)).toBeNull();
  });

  it('a confirming report fills the room the stage changes leave', () => {
    const c = dealContext(acme, story('blocked', '2025-06-01', 'Court blocks Acme-Globex deal'), 4);
    expect(c.sentences.map((s) => s.text)).toContain('The boards approved the deal.');
  });
});
