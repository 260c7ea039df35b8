import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/alerts/alert.ts';
import type { Answer } from '../../../src/commands/answer.ts';
import {
  cutMrkdwn,
  escapeSlack,
  renderAlertBlocks,
  renderAnswerBlocks,
  slackLink,
} from '../../../src/platforms/slack/render-blocks.ts';
import { validateMessage } from '../../fakes/slack-server.ts';

const HOSTILE = '<!channel> Bank <https://evil.example|your bank> & <@U123> <#C1>';

function story(
  sources: number,
  headline = 'Microsoft and OpenAI renegotiate',
  summaryLength = 200,
): Extract<Alert, { kind: 'story' }> {
  return {
    kind: 'story',
    id: 'a1',
    topic: { id: 't', name: 'Microsoft / OpenAI' },
    story: {
      id: 'sty_1',
      headline,
      summary: [{ text: 'x'.repeat(summaryLength), cites: [1, 2] }],
      sources: Array.from({ length: sources }, (_, i) => ({
        n: i + 1,
        outlet: `Outlet ${i + 1}`,
        title: `Title ${i + 1} ${'t'.repeat(300)}`,
        url: `https://o${i + 1}.example/a`,
        publishedAt: Date.UTC(2025, 0, 1),
      })),
      firstReportedBy: 'Outlet 1',
    },
    revision: sources,
    changes: { newSources: [1] },
    createdAt: 0,
  };
}

/** Every piece of text Slack would parse for markup. */
const texts = (blocks: any[]): string[] =>
  blocks.flatMap((b) => [b.text?.text, ...(b.elements ?? []).map((e: any) => e.text?.text ?? e.text)]).filter(Boolean);

describe('Block Kit rendering', () => {
  it('escapes feed text so mentions and links in a headline are shown, never executed', () => {
    const msg = renderAlertBlocks({
      ...story(2, HOSTILE),
      story: {
        ...story(2).story,
        headline: HOSTILE,
        summary: [{ text: HOSTILE, cites: [1] }],
        sources: [{ n: 1, outlet: HOSTILE, title: HOSTILE, url: 'https://ok.example/a|b>c', publishedAt: 0 }],
        firstReportedBy: HOSTILE,
      },
    });
    for (const t of [...texts(msg.blocks), msg.text]) {
      expect(t).not.toMatch(/<!channel>|<@U123>|<#C1>|<https:\/\/evil/);
    }
    expect((msg.blocks[0] as any).text.text).toBe(escapeSlack(HOSTILE));
    expect(JSON.stringify(msg.blocks)).toContain('<https://ok.example/a%7Cb%3Ec|');
    expect(validateMessage(msg)).toBeUndefined();
  });

  it('links only http(s) URLs', () => {
    expect(slackLink('javascript:alert(1)', 'x')).toBe('x');
    expect(slackLink('not a url', 'x')).toBe('x');
    expect(slackLink('https://a.example/?q=1&r=<2>', 'A & B')).toBe('<https://a.example/?q=1&amp;r=%3C2%3E|A &amp; B>');
  });

  it('stays within every limit however big the story: header 150, sections 3,000, 10 context elements, 50 blocks', () => {
    for (const msg of [renderAlertBlocks(story(600, 'H'.repeat(400), 9000)), renderAlertBlocks(story(3))]) {
      expect(validateMessage(msg)).toBeUndefined();
      expect(msg.blocks.length).toBeLessThanOrEqual(50);
      expect((msg.blocks[0] as any).text.text.length).toBeLessThanOrEqual(150);
      expect(msg.text.length).toBeLessThanOrEqual(3000);
    }
    const big = renderAlertBlocks(story(600));
    // What did not fit is said in one line; the alert's buttons stay, last.
    expect(big.blocks.at(-2)).toMatchObject({
      type: 'context',
      elements: [{ text: expect.stringMatching(/^…and \d+ more blocks of sources$/) }],
    });
    expect(big.blocks.at(-1)).toMatchObject({
      type: 'actions',
      elements: [{ action_id: 'newsbot_mute' }, { action_id: 'newsbot_unsubscribe' }],
    });
  });

  it('cuts mrkdwn without breaking a link or an entity', () => {
    const s = `${'a'.repeat(10)} <https://x.example/long|label> &amp; end`;
    expect(cutMrkdwn(s, 20)).toBe(`${'a'.repeat(10)} …`);
    expect(cutMrkdwn('ab &amp; cd', 6)).toBe('ab …');
  });

  it('renders a digest, an update, source health and answers within the limits', () => {
    const s = story(3).story;
    const alerts: Alert[] = [
      {
        kind: 'story-update',
        id: 'u',
        topic: { id: 't', name: 'T' },
        story: s,
        revision: 3,
        changes: { newSources: [3] },
        replyTo: 'a1',
        createdAt: 0,
      },
      {
        kind: 'digest',
        id: 'd',
        period: { from: 0, to: 1 },
        topics: [{ topic: { id: 't', name: 'T' }, stories: Array.from({ length: 80 }, () => s) }],
        createdAt: 0,
      },
      {
        kind: 'source-failing',
        id: 'f',
        source: { id: 's', name: HOSTILE, url: 'https://feed.example/rss' },
        reason: HOSTILE,
        since: 0,
        createdAt: 0,
      },
      {
        kind: 'source-recovered',
        id: 'r',
        source: { id: 's', name: 'Feed', url: 'https://feed.example/rss' },
        reason: null,
        since: 0,
        createdAt: 0,
      },
      {
        kind: 'deal-stage',
        id: 'g',
        topic: { id: 't', name: HOSTILE },
        from: 'negotiating',
        to: 'at_risk',
        since: 0,
        why: { phrase: HOSTILE, hedged: true, sources: [1, 2] },
        story: story(300, 'H'.repeat(400), 9000).story,
        revision: 300,
        terms: [{ kind: 'price', text: '$1 billion', cites: [1] }],
        createdAt: 0,
      },
    ];
    for (const a of alerts) expect(validateMessage(renderAlertBlocks(a))).toBeUndefined();
    expect(renderAlertBlocks(alerts[0]!).text).toContain('1 more outlet (3 in all)');
    const stage = renderAlertBlocks(alerts[4]!);
    expect(stage.text).toBe(`${escapeSlack(HOSTILE)}: negotiating → at risk`);
    for (const t of texts(stage.blocks)) expect(t).not.toMatch(/<!channel>|<@U123>/);
    const answer: Answer = {
      ok: false,
      ephemeral: true,
      title: 'No topic "<!here>".',
      sections: [
        {
          heading: 'Try',
          lines: Array.from({ length: 400 }, (_, i) => ({ text: `line ${i}`, url: 'https://a.example' })),
        },
      ],
    };
    const rendered = renderAnswerBlocks(answer);
    expect(validateMessage(rendered)).toBeUndefined();
    expect((rendered.blocks[0] as any).text.text).toBe(':x: *No topic "&lt;!here&gt;".*');
  });
});
