import { describe, expect, it } from 'vitest';
import { composeContext, renumberContext, sharesActors } from '../../src/stories/story-context.ts';
import type { StoryView } from '../../src/stories/story.ts';

const day = (d: string) => Date.parse(`${d}T12:00:00Z`);
const view = (id: string, at: string, headline: string, summary: string[], outlets = ['Wire']): StoryView => ({
  id,
  headline,
  summary: summary.map((text) => ({ text, cites: [1] })),
  sources: outlets.map((outlet, i) => ({
    n: i + 1,
    outlet,
    title: headline,
    url: `https://${outlet.toLowerCase()}.example/${id}`,
    publishedAt: day(at),
  })),
  firstReportedBy: outlets[0]!,
});

describe('the context section', () => {
  const now = view(
    'now',
    '2025-06-19',
    'Microsoft weighs ending OpenAI talks',
    ['Microsoft could walk away.'],
    ['Wire', 'Journal'],
  );
  const earlier = [
    view('s2023', '2023-01-23', 'Microsoft extends OpenAI partnership', [
      'Microsoft said it would invest billions more in OpenAI.',
      'The deal deepens a partnership.',
    ]),
    view('s2019', '2019-07-22', 'Microsoft invests $1 billion in OpenAI', [
      'The partnership began with a $1 billion investment.',
    ]),
    view('s2024', '2024-03-01', 'OpenAI and Microsoft renegotiate', ['Microsoft could walk away.']), // the story's own sentence
    view('later', '2025-07-01', 'Later report', ['After the story.']),
  ];

  it('takes up to three sentences from earlier stories, oldest first, dated, cited after the story’s own sources', () => {
    const c = composeContext(now, earlier);
    expect(c.sentences).toEqual([
      { text: 'The partnership began with a $1 billion investment.', date: day('2019-07-22'), cites: [3] },
      { text: 'Microsoft said it would invest billions more in OpenAI.', date: day('2023-01-23'), cites: [4] },
      // The 2024 story's only sentence is the story's own: its headline stands in.
      { text: 'OpenAI and Microsoft renegotiate', date: day('2024-03-01'), cites: [5] },
    ]);
    expect(c.sources.map((s) => [s.n, s.url])).toEqual([
      [3, 'https://wire.example/s2019'],
      [4, 'https://wire.example/s2023'],
      [5, 'https://wire.example/s2024'],
    ]);
  });

  it('keeps the most recent when there are more, and says nothing without earlier coverage', () => {
    expect(composeContext(now, earlier, 2).sentences.map((s) => s.date)).toEqual([
      day('2023-01-23'),
      day('2024-03-01'),
    ]);
    expect(composeContext(now, [earlier[3]!])).toEqual({ sentences: [], sources: [] });
  });

  it('counts only earlier stories about the same actors: another company in a broad topic is not context', () => {
    const acme = view('acme', '2025-06-01', 'Acme agrees to buy Globex', ['Acme will pay cash.']);
    const other = view('initech', '2025-05-01', 'Initech agrees to buy Hooli', ['Initech will pay cash.']);
    const past = view('acme-past', '2025-04-01', 'Globex rejects an approach', ['Globex turned down Acme in April.']);
    expect(sharesActors(acme, other)).toBe(false);
    expect(sharesActors(acme, past)).toBe(true);
    expect(composeContext(acme, [other, past]).sentences.map((s) => s.text)).toEqual([
      'Globex turned down Acme in April.',
    ]);
  });

  it('does not count the outlet an aggregator puts after the headline as an actor', () => {
    const acme = view('acme', '2025-06-01', 'Acme soars - Reuters', ['Acme shares rose.']);
    const other = view('globex', '2025-05-01', 'Globex falls - Reuters', ['Globex shares fell.']);
    expect(sharesActors(acme, other)).toBe(false);
  });

  it('is renumbered when more outlets join the story before its alert goes out', () => {
    const c = composeContext(now, earlier);
    const grown = { ...now, sources: [...now.sources, { ...now.sources[0]!, n: 3, outlet: 'Daily' }] };
    const r = renumberContext(c, grown);
    expect(r.sentences.map((s) => s.cites)).toEqual([[4], [5], [6]]);
    expect(r.sources.map((s) => s.n)).toEqual([4, 5, 6]);
    expect(renumberContext(c, now)).toBe(c);
  });
});
