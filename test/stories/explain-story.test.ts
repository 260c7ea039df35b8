import { describe, expect, it } from 'vitest';
import { formatStoryExplanation } from '../../src/stories/explain-story.ts';
import { StoryGrouper } from '../../src/stories/group-stories.ts';

describe('explain-story shows every signal that decided', () => {
  it('a join helped by the same development of the same actors, and a story started because the development differs', () => {
    const g = new StoryGrouper();
    const t = Date.parse('2026-03-02T09:00:00Z');
    const a = g.add({
      id: 'a',
      title: 'Nvidia abandons $40 billion Arm deal amid regulatory pushback',
      summary: '',
      publishedAt: t,
    });
    const b = g.add({
      id: 'b',
      title: "SoftBank's sale of Arm to Nvidia collapses",
      summary: '',
      publishedAt: t + 3_600_000,
    });
    const c = g.add({ id: 'c', title: 'Nvidia to buy Arm for $40 billion', summary: '', publishedAt: t + 7_200_000 });
    expect(b.storyId).toBe(a.storyId);
    const text = formatStoryExplanation({
      id: a.storyId,
      headline: 'Nvidia abandons $40 billion Arm deal',
      outlets: 2,
      items: [
        {
          n: 1,
          outlet: 'Wire',
          title: 'Nvidia abandons $40 billion Arm deal amid regulatory pushback',
          publishedAt: t,
          started: true,
          reason: a.reason,
        },
        {
          n: 2,
          outlet: 'Daily',
          title: "SoftBank's sale of Arm to Nvidia collapses",
          publishedAt: t + 3_600_000,
          started: false,
          reason: b.reason,
        },
      ],
    });
    expect(text).toMatch(
      /joined: similarity [\d.]+ ≥ 0\.3 \(words [\d.]+ \+ 0\.15: the same development by the same actors, [\d.]+ of the headlines. names shared\)/,
    );
    expect(text).toContain('development: terminated');
    expect(c.created).toBe(true);
    expect(c.reason.otherDevelopment).toMatchObject({ story: a.storyId, development: 'terminated' });
  });

  it("a story kept apart because a headline there is one sender's template filled with other names", () => {
    const g = new StoryGrouper();
    const t = Date.parse('2026-03-02T09:00:00Z');
    const alert = (id: string, target: string, buyer: string, h: number) =>
      g.add({
        id,
        title: `SHAREHOLDER ALERT: Halper Sadeh LLC Investigates ${target} Sale to ${buyer}`,
        summary: `Halper Sadeh LLC is investigating whether the sale of ${target} to ${buyer} is fair to ${target} shareholders.`,
        publishedAt: t + h * 3_600_000,
      });
    const a = alert('a', 'HashiCorp', 'IBM', 0);
    const b = alert('b', 'Juniper Networks', 'HPE', 1);
    expect(b.created).toBe(true);
    expect(b.reason.otherTemplate).toMatchObject({ story: a.storyId });
    const text = formatStoryExplanation({
      id: b.storyId,
      headline: 'SHAREHOLDER ALERT: Halper Sadeh LLC Investigates Juniper Networks Sale to HPE',
      outlets: 1,
      items: [{ n: 1, outlet: 'Wire', title: 'SHAREHOLDER ALERT', publishedAt: t, started: true, reason: b.reason }],
    });
    expect(text).toMatch(
      /another event in the same template: sty_\w+ has similar words, [\d.]+, but a headline there fills/,
    );
    // Without the rule, the sender's name and boilerplate made them one story.
    const loose = new StoryGrouper({ templateSlots: 0 });
    const x = loose.add({
      id: 'a',
      title: 'SHAREHOLDER ALERT: Halper Sadeh LLC Investigates HashiCorp Sale to IBM',
      summary:
        'Halper Sadeh LLC is investigating whether the sale of HashiCorp to IBM is fair to HashiCorp shareholders.',
      publishedAt: t,
    });
    const y = loose.add({
      id: 'b',
      title: 'SHAREHOLDER ALERT: Halper Sadeh LLC Investigates Juniper Networks Sale to HPE',
      summary:
        'Halper Sadeh LLC is investigating whether the sale of Juniper Networks to HPE is fair to Juniper Networks shareholders.',
      publishedAt: t + 3_600_000,
    });
    expect(y.storyId).toBe(x.storyId);
  });

  it('how many names a join shares, and a story kept apart because it names other actors', () => {
    const g = new StoryGrouper();
    const t = Date.parse('2026-03-02T09:00:00Z');
    const add = (id: string, title: string, summary: string, h: number) =>
      g.add({ id, title, summary, publishedAt: t + h * 3_600_000 });
    // Word for word the same report, of two different deals: only the names tell them apart.
    const body = (buyer: string, seller: string) =>
      `${buyer} will buy the chip unit of ${seller} for $2 billion in cash, the companies said on Monday, in a deal that gives it a foothold in automotive chips and data centre chips.`;
    const a = add('a', 'Initech to buy Hooli chip unit for $2 billion', body('Initech', 'Hooli'), 0);
    const b = add('b', 'Hooli sells chip unit to Initech', body('Initech', 'Hooli'), 1);
    const c = add('c', 'Vandelay to buy Pendant chip unit for $2 billion', body('Vandelay', 'Pendant'), 2);
    expect(b).toMatchObject({ storyId: a.storyId, created: false });
    expect(b.reason.nameShare).toBeGreaterThan(0.5);
    expect(c.created).toBe(true);
    expect(c.reason.otherActors).toMatchObject({ story: a.storyId, nameShare: 0 });
    expect(c.reason.otherActors!.score).toBeGreaterThanOrEqual(0.3);
    const text = formatStoryExplanation({
      id: c.storyId,
      headline: 'Vandelay to buy Pendant chip unit for $2 billion',
      outlets: 1,
      items: [
        {
          n: 1,
          outlet: 'Wire',
          title: 'Vandelay to buy Pendant chip unit',
          publishedAt: t,
          started: true,
          reason: c.reason,
        },
      ],
    });
    expect(text).toMatch(/other actors: sty_\w+ has similar words, [\d.]+, but the two share only 0 of their names/);
    const joined = formatStoryExplanation({
      id: a.storyId,
      headline: 'Initech to buy Hooli chip unit',
      outlets: 2,
      items: [
        {
          n: 2,
          outlet: 'Daily',
          title: 'Hooli sells chip unit to Initech',
          publishedAt: t,
          started: false,
          reason: b.reason,
        },
      ],
    });
    expect(joined).toMatch(/names shared [\d.]+/);
  });
});
