import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/alerts/alert.ts';
import { renderAlertText } from '../../../src/platforms/console/render-text.ts';

describe('console rendering', () => {
  it('shows topic, headline, a cited summary and numbered sources', () => {
    const alert: Alert = {
      kind: 'story',
      id: 'x',
      createdAt: 0,
      topic: { id: 'm', name: 'Microsoft / OpenAI' },
      revision: 1,
      story: {
        id: 's',
        headline: 'Microsoft said to consider ending negotiations with OpenAI',
        summary: [{ text: 'Talks stall over the equity stake.', cites: [1] }],
        sources: [{ n: 1, outlet: 'Wire', title: 't', url: 'https://wire.example/1', publishedAt: Date.UTC(2025, 5, 19, 14, 5) }],
        firstReportedBy: 'Wire',
      },
    };
    expect(renderAlertText(alert)).toBe(
      '▶ [Microsoft / OpenAI] Microsoft said to consider ending negotiations with OpenAI\n  Talks stall over the equity stake. [1]\n  [1] Wire — https://wire.example/1 (2025-06-19 14:05Z)',
    );
  });

  it('strips terminal escape sequences that came from a feed', () => {
    const alert: Alert = { kind: 'source-recovered', id: 'x', createdAt: 0, since: 0, reason: null, source: { id: 's', name: 'Evil\u001b[2J\u001b]0;pwned\u0007', url: 'https://e.example/' } };
    expect(renderAlertText(alert)).not.toMatch(/[\u001b\u0007]/);
  });
});
