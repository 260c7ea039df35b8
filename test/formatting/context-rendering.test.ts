import { describe, expect, it } from 'vitest';
import type { Alert, StoryContext } from '../../src/alerts/alert.ts';
import { formatConsoleAlert } from '../../src/platforms/console/console-platform.ts';
import { renderAlertText } from '../../src/platforms/console/render-text.ts';
import { renderAlertEmbeds } from '../../src/platforms/discord/render-embeds.ts';
import { renderAlertBlocks } from '../../src/platforms/slack/render-blocks.ts';
import { validateMessage as validateDiscord } from '../fakes/discord-server.ts';
import { validateMessage as validateSlack } from '../fakes/slack-server.ts';

const AT = Date.UTC(2025, 5, 19, 14);
const HOSTILE = '<!channel> @everyone **bold** \u001b[31m';

/** A story with `outlets` sources and a context section of two earlier reports, numbered after them. */
function alertWithContext(kind: 'story' | 'deal-stage', outlets = 2, extra = ''): Alert {
  const sources = Array.from({ length: outlets }, (_, i) => ({
    n: i + 1,
    outlet: `Outlet ${i + 1}`,
    title: `Microsoft weighs ending OpenAI talks ${'t'.repeat(200)}`,
    url: `https://o${i + 1}.example/now`,
    publishedAt: AT,
  }));
  const context: StoryContext = {
    sentences: [
      {
        text: `Microsoft will invest $1 billion in OpenAI.${extra}`,
        date: Date.UTC(2019, 6, 22),
        cites: [outlets + 1],
      },
      {
        text: 'Microsoft and OpenAI are renegotiating their partnership.',
        date: Date.UTC(2025, 4, 12),
        cites: [outlets + 2],
      },
    ],
    sources: [
      {
        n: outlets + 1,
        outlet: 'Asia Tech Review',
        title: 'Microsoft to invest $1 billion in OpenAI',
        url: 'https://atr.example/2019',
        publishedAt: Date.UTC(2019, 6, 22),
      },
      {
        n: outlets + 2,
        outlet: 'Market Journal',
        title: 'Microsoft and OpenAI renegotiate',
        url: 'https://mj.example/2025',
        publishedAt: Date.UTC(2025, 4, 12),
      },
    ],
  };
  const story = {
    id: 'sty_now',
    headline: 'Microsoft weighs ending OpenAI talks',
    summary: [{ text: 'Microsoft may walk away from the talks.', cites: [1, 2].filter((n) => n <= outlets) }],
    sources,
    firstReportedBy: 'Outlet 1',
  };
  const topic = { id: 'microsoft-openai', name: 'Microsoft / OpenAI' };
  return kind === 'story'
    ? {
        kind,
        id: 'a',
        topic,
        story,
        revision: outlets,
        changes: { newSources: sources.map((s) => s.n) },
        context,
        createdAt: 0,
      }
    : {
        kind,
        id: 'a',
        topic,
        from: 'negotiating',
        to: 'at_risk',
        since: AT,
        why: { phrase: 'ending talks', hedged: true, sources: [1] },
        story,
        revision: outlets,
        terms: [],
        context,
        createdAt: 0,
      };
}

describe('the context section, on every platform', () => {
  it('the console lists it after the summary, dated and cited, and its sources after the story’s', () => {
    const text = renderAlertText(alertWithContext('deal-stage'));
    expect(text).toContain(
      [
        '  Microsoft may walk away from the talks. [1][2]',
        '  Context',
        '    2019-07-22 — Microsoft will invest $1 billion in OpenAI. [3]',
        '    2025-05-12 — Microsoft and OpenAI are renegotiating their partnership. [4]',
        '  [1] Outlet 1 — https://o1.example/now (2025-06-19 14:00Z)',
      ].join('\n'),
    );
    expect(text).toContain('  [3] Asia Tech Review — https://atr.example/2019 (2019-07-22 00:00Z)');
    expect(text).toContain('  [4] Market Journal — https://mj.example/2025 (2025-05-12 00:00Z)');
  });

  it('once --json carries it as context [{text, date, cites}] with every cited source in sources', () => {
    const d = { outboxId: 'out_1', platform: 'console', team: 'default', channel: 'general' };
    const json = JSON.parse(formatConsoleAlert({ ...d, alert: alertWithContext('story') }, 'json'));
    expect(json.context).toEqual([
      { text: 'Microsoft will invest $1 billion in OpenAI.', date: '2019-07-22T00:00:00.000Z', cites: [3] },
      {
        text: 'Microsoft and OpenAI are renegotiating their partnership.',
        date: '2025-05-12T00:00:00.000Z',
        cites: [4],
      },
    ]);
    expect(json.sources.map((s: { n: number; url: string }) => [s.n, s.url])).toEqual([
      [1, 'https://o1.example/now'],
      [2, 'https://o2.example/now'],
      [3, 'https://atr.example/2019'],
      [4, 'https://mj.example/2025'],
    ]);
  });

  it('Slack: a Context section whose citations link to the earlier reports, escaped, within Block Kit limits', () => {
    for (const kind of ['story', 'deal-stage'] as const) {
      const msg = renderAlertBlocks(alertWithContext(kind, 2, HOSTILE));
      expect(validateSlack(msg)).toBeUndefined();
      const sections = msg.blocks
        .filter((b) => b.type === 'section')
        .map((b) => (b as { text: { text: string } }).text.text);
      const context = sections.find((t) => t.startsWith('*Context*'))!;
      expect(context).toContain('2019-07-22 — Microsoft will invest $1 billion in OpenAI.');
      expect(context).toContain('<https://atr.example/2019|[3]>');
      expect(context).toContain('<https://mj.example/2025|[4]>');
      expect(context).toContain('&lt;!channel&gt;'); // feed text is never a mention
      expect(JSON.stringify(msg.blocks)).toContain(
        '*[4]* <https://mj.example/2025|Market Journal — Microsoft and OpenAI renegotiate>',
      );
    }
    // However many outlets the story has, the context and the limits hold.
    const big = renderAlertBlocks(alertWithContext('story', 600));
    expect(validateSlack(big)).toBeUndefined();
    expect(JSON.stringify(big.blocks)).toContain('*Context*');
  });

  it('Discord: a Context field before the sources, escaped, within embed limits', () => {
    for (const kind of ['story', 'deal-stage'] as const) {
      const msg = renderAlertEmbeds(alertWithContext(kind, 2, HOSTILE));
      expect(validateDiscord(msg)).toBeUndefined();
      const fields = msg.embeds.flatMap((e) => e.fields ?? []);
      const context = fields.find((f) => f.name === 'Context')!;
      expect(context.value).toContain('2019-07-22 — Microsoft will invest $1 billion in OpenAI.');
      expect(context.value).toContain('[\\[3\\]](https://atr.example/2019)');
      expect(context.value).not.toContain('**bold**');
      expect(fields.findIndex((f) => f.name === 'Context')).toBeLessThan(fields.findIndex((f) => f.name === 'Sources'));
    }
    const big = renderAlertEmbeds(alertWithContext('story', 600));
    expect(validateDiscord(big)).toBeUndefined();
    expect(big.embeds.flatMap((e) => e.fields ?? []).some((f) => f.name === 'Context')).toBe(true);
  });
});
