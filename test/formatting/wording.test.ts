import { describe, expect, it } from 'vitest';
import type { Alert } from '../../src/alerts/alert.ts';
import { renderAlertText } from '../../src/platforms/console/render-text.ts';
import { renderAlertEmbeds } from '../../src/platforms/discord/render-embeds.ts';
import { renderAlertBlocks } from '../../src/platforms/slack/render-blocks.ts';
import { followsLine, moreOutlets, reportedBy, stageMove } from '../../src/formatting/wording.ts';

const story = (outlets: number) => ({
  id: 's',
  headline: 'Acme agrees to acquire Globex',
  summary: [],
  sources: Array.from({ length: outlets }, (_, i) => ({
    n: i + 1,
    outlet: `Outlet ${i + 1}`,
    title: 't',
    url: `https://o${i}.example/`,
    publishedAt: 0,
  })),
  firstReportedBy: 'Outlet 1',
});

describe('the words of a message are written once, for every platform', () => {
  it('says who reported it, how many more outlets, and how a deal moved', () => {
    expect(reportedBy(story(1))).toBe('reported by Outlet 1');
    expect(reportedBy(story(4))).toBe('4 outlets, first reported by Outlet 1');
    expect(moreOutlets(1, 3)).toBe('1 more outlet (3 in all)');
    expect(stageMove('negotiating', 'at_risk')).toBe('negotiating → at risk');
    expect(stageMove(null, 'agreed')).toBe('agreed');
    expect(followsLine({ storyId: 'x', headline: 'H', from: 'talks', to: 'terminated' })).toBe(
      'Next development of “H” (talks → terminated)',
    );
  });

  it('console, Slack and Discord carry the same sentences for the same alert', () => {
    const alert: Alert = {
      kind: 'story-update',
      id: 'u',
      topic: { id: 'acme', name: 'Acme' },
      story: story(3),
      revision: 3,
      changes: { newSources: [3] },
      replyTo: 'r',
      createdAt: 0,
    };
    const said = moreOutlets(1, 3);
    expect(renderAlertText(alert)).toContain(said);
    expect(renderAlertBlocks(alert).text).toContain(said);
    expect(JSON.stringify(renderAlertEmbeds(alert))).toContain(said);
    const failing: Alert = {
      kind: 'source-failing',
      id: 'f',
      source: { id: 's', name: 'Wire', url: 'https://wire.example/feed' },
      reason: 'HTTP 503',
      since: 0,
      createdAt: 0,
    };
    for (const out of [
      renderAlertText(failing),
      JSON.stringify(renderAlertBlocks(failing)),
      JSON.stringify(renderAlertEmbeds(failing)),
    ]) {
      expect(out).toContain('Source failing: Wire');
      expect(out).toContain('HTTP 503. newsbot keeps retrying; see /news sources.');
    }
  });
});
