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
      /joined: similarity [\d.]+ ≥ 0\.3 \(words [\d.]+ \+ 0\.15: the same development by the same actors\)/,
    );
    expect(text).toContain('development: terminated');
    expect(c.created).toBe(true);
    expect(c.reason.otherDevelopment).toMatchObject({ story: a.storyId, development: 'terminated' });
  });
});
