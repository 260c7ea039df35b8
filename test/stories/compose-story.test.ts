import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeStory, summarize, numberSources } from '../../src/stories/compose-story.ts';
import type { StoryMember } from '../../src/stories/story.ts';

const fixture = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '../fixtures/story-events.json'), 'utf8'),
) as {
  items: { event: string; outlet: string; at: string; title: string; summary: string }[];
};
const membersOf = (event: string): StoryMember[] =>
  fixture.items
    .filter((i) => i.event === event)
    .map((i, k) => ({
      itemId: `${event}-${k}`,
      outlet: i.outlet,
      title: i.title,
      summary: i.summary,
      url: `https://${i.outlet.replace(/\W/g, '').toLowerCase()}.example/${k}`,
      publishedAt: Date.parse(i.at),
      firstSeenAt: Date.parse(i.at) + 60_000,
    }));

describe('composing a story', () => {
  it('shows the headline without the outlet after it or the slug before it, and never cites what feed software adds', () => {
    const outlets = ['Reuters', 'TechCrunch', 'CNBC'];
    const members = membersOf('msft-openai-end-talks').map((m, k) => ({
      ...m,
      title: `${k % 2 ? 'UPDATE 2-' : ''}${m.title} - ${outlets[k % 3]}`,
      summary: `${m.summary} The post ${m.title} appeared first on ${outlets[k % 3]}. Continue reading on ${outlets[k % 3]}`,
    }));
    const story = composeStory('sty_1', members);
    const plain = composeStory('sty_1', membersOf('msft-openai-end-talks'));
    expect(story.headline).toBe(plain.headline);
    expect(story.summary).toEqual(plain.summary);
    expect(story.summary.map((s) => s.text).join(' ')).not.toMatch(/appeared first|Continue reading/);
  });

  it('numbers one source per outlet in first-seen order and names who reported first', () => {
    const members = membersOf('msft-openai-end-talks');
    const story = composeStory('sty_1', members);
    expect(story.sources.map((s) => [s.n, s.outlet])).toEqual([
      [1, 'Wire Desk'],
      [2, 'Market Journal'],
      [3, 'Tech Daily'],
      [4, 'Asia Tech Review'],
    ]);
    expect(story.firstReportedBy).toBe('Wire Desk');
  });

  it('writes 1–3 extractive sentences, each cited by every source making the same claim', () => {
    const members = membersOf('msft-openai-end-talks');
    const story = composeStory('sty_1', members);
    console.log(
      `headline: ${story.headline}\n${story.summary.map((s) => `  ${s.text} ${s.cites.map((n) => `[${n}]`).join('')}`).join('\n')}`,
    );
    expect(story.summary.length).toBeGreaterThanOrEqual(1);
    expect(story.summary.length).toBeLessThanOrEqual(3);
    const allText = members.map((m) => m.summary).join(' ');
    for (const s of story.summary) {
      expect(allText).toContain(s.text); // extractive: never invented
      expect(s.cites.length).toBeGreaterThanOrEqual(1);
    }
    // The lead sentence is the most widely reported claim.
    expect(story.summary[0]!.cites.length).toBeGreaterThanOrEqual(2);
  });

  it('picks the clearest headline, not simply the first or a quoted catchphrase', () => {
    const story = composeStory('s', membersOf('openai-antitrust'));
    expect(story.headline).not.toContain("'nuclear option'");
    const figma = composeStory('s', membersOf('adobe-figma-abandon'));
    expect(figma.headline).not.toMatch(/^Figma deal dead:/);
  });

  it('fits the budget without cutting a sentence or a citation', () => {
    const long =
      'Regulators in Brussels said the review would examine cloud contracts, exclusivity terms and the pricing of access to models in detail. ';
    const members: StoryMember[] = Array.from({ length: 40 }, (_, k) => ({
      itemId: `i${k}`,
      outlet: `Outlet ${k}`,
      title: `Title ${k}`,
      summary: `${long.replace('Brussels', `Brussels ${k}`).replace('review', `review number ${k}`)}Point ${k} concerns a wholly different matter of procedure and timing for company ${k}.`,
      url: null,
      publishedAt: k,
      firstSeenAt: k,
    }));
    const { sourceOf } = numberSources(members);
    const summary = summarize(members, sourceOf, new Map(), 'Title', {
      summaryBudget: 400,
      maxSentences: 3,
      sameClaim: 0.5,
    });
    const rendered = summary.map((s) => `${s.text} ${s.cites.map((n) => `[${n}]`).join('')}`).join(' ');
    expect(rendered.length).toBeLessThanOrEqual(400);
    expect(summary.length).toBeGreaterThanOrEqual(1);
  });
});
