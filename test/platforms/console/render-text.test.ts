import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/alerts/alert.ts';
import { jsonLine, renderAlertText } from '../../../src/platforms/console/render-text.ts';

describe('console rendering', () => {
  it('shows topic, headline, a cited summary and numbered sources', () => {
    const alert: Alert = {
      kind: 'story',
      id: 'x',
      createdAt: 0,
      topic: { id: 'm', name: 'Microsoft / OpenAI' },
      revision: 1,
      changes: { newSources: [1] },
      story: {
        id: 's',
        headline: 'Microsoft said to consider ending negotiations with OpenAI',
        summary: [{ text: 'Talks stall over the equity stake.', cites: [1] }],
        sources: [
          {
            n: 1,
            outlet: 'Wire',
            title: 't',
            url: 'https://wire.example/1',
            publishedAt: Date.UTC(2025, 5, 19, 14, 5),
          },
        ],
        firstReportedBy: 'Wire',
      },
    };
    expect(renderAlertText(alert)).toBe(
      '▶ [Microsoft / OpenAI] Microsoft said to consider ending negotiations with OpenAI\n  Talks stall over the equity stake. [1]\n  [1] Wire — https://wire.example/1 (2025-06-19 14:05Z)\n  story s (newsbot explain-story s)',
    );
  });

  it('says which earlier story a new development follows, and what changed', () => {
    const alert: Alert = {
      kind: 'story',
      id: 'y',
      createdAt: 0,
      topic: { id: 'acme', name: 'Acme' },
      revision: 1,
      changes: { newSources: [1] },
      follows: {
        storyId: 'sty_a',
        headline: 'Acme agrees to acquire Globex for $4.2 billion',
        from: 'agreed',
        to: 'regulatory_review',
      },
      story: {
        id: 's',
        headline: 'Regulators open in-depth probe into Acme-Globex deal',
        summary: [],
        sources: [{ n: 1, outlet: 'Wire', title: 't', url: null, publishedAt: Date.UTC(2026, 2, 3) }],
        firstReportedBy: 'Wire',
      },
    };
    expect(renderAlertText(alert).split('\n').slice(0, 2)).toEqual([
      '▶ [Acme] Regulators open in-depth probe into Acme-Globex deal',
      '  Next development of “Acme agrees to acquire Globex for $4.2 billion” (agreed → regulatory review)',
    ]);
  });

  it('shows an update as a reply listing only the new outlets, and a digest grouped by topic', () => {
    const story = {
      id: 's',
      headline: 'Google agrees to buy Wiz',
      summary: [{ text: 'Google will pay $32 billion.', cites: [1, 2] }],
      sources: [
        { n: 1, outlet: 'Wire', title: 'a', url: 'https://wire.example/1', publishedAt: Date.UTC(2025, 2, 18, 12) },
        {
          n: 2,
          outlet: 'Journal',
          title: 'b',
          url: 'https://journal.example/1',
          publishedAt: Date.UTC(2025, 2, 18, 13),
        },
      ],
      firstReportedBy: 'Wire',
    };
    const topic = { id: 'google-wiz', name: 'Google / Wiz' };
    expect(
      renderAlertText({
        kind: 'story-update',
        id: 'u',
        topic,
        story,
        revision: 2,
        changes: { newSources: [2] },
        replyTo: 'r',
        createdAt: 0,
      }),
    ).toBe(
      '  ↳ [Google / Wiz] Google agrees to buy Wiz — 1 more outlet (2 in all)\n    [2] Journal — https://journal.example/1 (2025-03-18 13:00Z)',
    );
    const digest = renderAlertText({
      kind: 'digest',
      id: 'd',
      period: { from: Date.UTC(2025, 2, 18, 8), to: Date.UTC(2025, 2, 19, 8) },
      topics: [{ topic, stories: [story] }],
      createdAt: 0,
    });
    expect(digest.split('\n')).toEqual([
      '▤ Digest: 1 story since 2025-03-18 08:00Z',
      '  Google / Wiz',
      '  • Google agrees to buy Wiz [1][2]',
      '      [1] Wire — https://wire.example/1',
      '      [2] Journal — https://journal.example/1',
    ]);
  });

  it('strips terminal escape sequences that came from a feed', () => {
    const alert: Alert = {
      kind: 'source-recovered',
      id: 'x',
      createdAt: 0,
      since: 0,
      reason: null,
      source: { id: 's', name: 'Evil\u001b[2J\u001b]0;pwned\u0007', url: 'https://e.example/' },
    };
    expect(renderAlertText(alert)).not.toMatch(/[\u001b\u0007]/);
  });

  it('a JSON line survives any line splitter and any terminal: NEL, line and paragraph separators, C1 and bidi controls are escaped', () => {
    const hostile = 'a\u0085b\u2028c\u2029d\u009b31me\u202egnp.exe\u2066x\u2069';
    const line = jsonLine({ headline: hostile });
    expect(line).toBe('{"headline":"a\\u0085b\\u2028c\\u2029d\\u009b31me\\u202egnp.exe\\u2066x\\u2069"}');
    expect(line.split(/\r\n|[\n\r\u0085\u2028\u2029]/)).toHaveLength(1);
    expect(JSON.parse(line)).toEqual({ headline: hostile });
  });
});
