import { describe, expect, it } from 'vitest';
import { placement, type Delivery } from '../../src/alerts/alert.ts';
import { decidePlan, type PlanInput, type SubscriberFacts } from '../../src/alerts/plan-alerts.ts';
import type { StageChange } from '../../src/deals/deal-book.ts';
import type { SubscriptionRow } from '../../src/store/schema.ts';
import type { StoryChange } from '../../src/stories/story-book.ts';
import type { StoryView } from '../../src/stories/story.ts';

const NOW = Date.UTC(2026, 2, 3, 12);

/** A story with `outlets` sources, as the grouper hands it to planning. */
function change(outlets: number, extra: Partial<StoryChange> = {}): StoryChange {
  const sources = Array.from({ length: outlets }, (_, i) => ({
    n: i + 1,
    outlet: `Outlet ${i + 1}`,
    title: 'Acme agrees to acquire Globex',
    url: `https://o${i}.example/a`,
    publishedAt: NOW - 3_600_000 + i,
  }));
  return {
    storyId: 'sty_1',
    created: true,
    previousRevision: 0,
    revision: outlets,
    view: { id: 'sty_1', headline: 'Acme agrees to acquire Globex', summary: [], sources, firstReportedBy: 'Outlet 1' },
    ...extra,
  };
}

function subscriber(sub: Partial<SubscriptionRow> = {}, facts: Partial<SubscriberFacts> = {}): SubscriberFacts {
  return {
    sub: {
      id: 'sub_1',
      platform: 'slack',
      team: 'T1',
      channel: 'C1',
      topic_id: 'acme',
      mode: 'realtime',
      origin: 'config',
      paused_reason: null,
      created_at: 0,
      min_sources: 1,
      digest_cron: null,
      digest_tz: null,
      muted_until: null,
      ...sub,
    },
    topic: { id: 'acme', name: 'Acme' },
    topicKey: '*/acme',
    ...facts,
  };
}

const stage: StageChange = {
  topicKey: '*/acme',
  topicId: 'acme',
  topicName: 'Acme',
  from: null,
  to: 'agreed',
  since: NOW - 3_600_000,
  storyId: 'sty_1',
  phrase: 'agrees to acquire',
  hedged: false,
  sources: [1],
  terms: [],
};

const plan = (
  c: StoryChange,
  s: SubscriberFacts,
  stages: StageChange[] = [],
  earlier: PlanInput['earlier'] = new Map(),
): ReturnType<typeof decidePlan> => {
  const input: PlanInput = {
    now: NOW,
    holdMs: 3000,
    stories: [{ change: c, subscribers: [s] }],
    stageOf: new Map(stages.map((x) => [`${x.storyId}\u0000${x.topicKey}`, x])),
    earlier,
  };
  return decidePlan(input);
};
const kinds = (p: ReturnType<typeof decidePlan>) => [
  ...p.rows.map((r) => r.kind),
  ...p.folds.map(() => 'fold'),
  ...p.digest.map(() => 'digest'),
];

describe('deciding who is told what (pure: everything it needs is loaded first)', () => {
  it.each([
    { when: 'a new story', c: change(1), s: subscriber(), told: ['story'] },
    { when: 'a story with fewer outlets than min-sources', c: change(1), s: subscriber({ min_sources: 2 }), told: [] },
    {
      when: 'a story for a digest subscription',
      c: change(1),
      s: subscriber({ digest_cron: '0 9 * * *' }),
      told: ['digest'],
    },
    { when: 'a muted subscription', c: change(2), s: subscriber({ muted_until: NOW + 60_000 }), told: [] },
    { when: 'a mute that has ended', c: change(2), s: subscriber({ muted_until: NOW - 1 }), told: ['story'] },
    {
      when: 'more outlets after the alert went out',
      c: change(3),
      s: subscriber({}, { told: { rootId: 'out_root', revision: 2, rootPending: false } }),
      told: ['story-update'],
    },
    {
      when: 'more outlets while the alert still waits',
      c: change(3),
      s: subscriber(
        {},
        {
          told: {
            rootId: 'out_root',
            revision: 2,
            rootPending: true,
            rootPayload: JSON.stringify({
              kind: 'story',
              id: 'out_root',
              topic: { id: 'acme', name: 'Acme' },
              story: change(2).view,
              revision: 2,
              changes: { newSources: [1, 2] },
              createdAt: 0,
            }),
          },
        },
      ),
      told: ['fold'],
    },
    {
      when: 'nothing new for a subscription already told',
      c: change(2),
      s: subscriber({}, { told: { rootId: 'out_root', revision: 2, rootPending: false } }),
      told: [],
    },
    {
      when: 'a deal stage change, under min-sources',
      c: change(1),
      s: subscriber({ min_sources: 3 }),
      stages: [stage],
      told: ['deal-stage'],
    },
    {
      when: 'a deal stage change for a digest subscription',
      c: change(1),
      s: subscriber({ digest_cron: '0 9 * * *' }),
      stages: [stage],
      told: ['digest'],
    },
  ])('$when → $told', ({ c, s, stages, told }) => {
    expect(kinds(plan(c, s, stages))).toEqual(told);
  });

  // Issue: one story alerted twice (▶ the story, then ◆ the stage) when the poll, the deal read
  // and the 3 s hold interleave. Every order gives one top-level alert per channel.
  const storyRoot = (pending: boolean) => ({
    told: {
      rootId: 'out_root',
      revision: 1,
      rootPending: pending,
      ...(pending
        ? {
            rootPayload: JSON.stringify({
              kind: 'story',
              id: 'out_root',
              topic: { id: 'acme', name: 'Acme' },
              story: change(1).view,
              revision: 1,
              changes: { newSources: [1] },
              createdAt: NOW - 1000,
            }),
          }
        : {}),
    },
  });
  it.each([
    {
      order: 'the stage is read with the story: one stage alert, no story alert',
      s: subscriber(),
      expected: { rows: [{ kind: 'deal-stage' }], folds: [] },
    },
    {
      order: 'the story alert waits in its hold when the stage is read: the stage folds into it',
      s: subscriber({}, storyRoot(true)),
      expected: {
        rows: [],
        folds: [{ rootId: 'out_root', kind: 'deal-stage', fallback: { kind: 'deal-stage', reply_to: 'out_root' } }],
      },
    },
    {
      order: 'the story alert went out before the stage was read: the stage goes in its thread',
      s: subscriber({}, storyRoot(false)),
      expected: { rows: [{ kind: 'deal-stage', reply_to: 'out_root' }], folds: [] },
    },
  ])('$order', ({ s, expected }) => {
    const p = plan(change(2), s, [stage]);
    expect(p).toMatchObject({ ...expected, digest: [] });
    expect(p.rows.length + p.folds.length).toBe(1);
    const folded = p.folds[0] && JSON.parse(p.folds[0].payload);
    if (folded) expect(folded).toMatchObject({ kind: 'deal-stage', id: 'out_root', to: 'agreed', revision: 2 });
  });

  it('the next development of a story the channel heard of replies to its first alert and says what changed', () => {
    const follows = {
      rootId: 'out_agreed',
      follows: { storyId: 'sty_0', headline: 'Acme agrees to acquire Globex', from: 'agreed', to: 'regulatory_review' },
    };
    const p = plan(
      change(1, { follows: { storyId: 'sty_0', from: 'agreed', to: 'regulatory_review' } }),
      subscriber({}, { follows }),
    );
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0]).toMatchObject({ kind: 'story', reply_to: 'out_agreed' });
    expect(JSON.parse(p.rows[0]!.payload).follows).toEqual(follows.follows);
  });

  // Earlier coverage of the topic: a story about the same actors, a year before.
  const earlierStory: StoryView = {
    id: 'sty_0',
    headline: 'Acme and Globex hold early merger talks',
    summary: [{ text: 'Acme approached Globex about a combination last spring.', cites: [1] }],
    sources: [
      {
        n: 1,
        outlet: 'Trade Press',
        title: 'Acme and Globex hold early merger talks',
        url: 'https://t.example/0',
        publishedAt: NOW - 365 * 86_400_000,
      },
    ],
    firstReportedBy: 'Trade Press',
  };
  const earlier: PlanInput['earlier'] = new Map([['*/acme', { stories: [earlierStory] }]]);

  it('a first alert carries the context section, cited after its own sources; an update does not', () => {
    const first = JSON.parse(plan(change(2), subscriber(), [], earlier).rows[0]!.payload);
    expect(first.context).toEqual({
      sentences: [
        { text: 'Acme approached Globex about a combination last spring.', date: NOW - 365 * 86_400_000, cites: [3] },
      ],
      sources: [{ ...earlierStory.sources[0], n: 3 }],
    });
    const stageAlert = JSON.parse(plan(change(2), subscriber(), [stage], earlier).rows[0]!.payload);
    expect(stageAlert).toMatchObject({ kind: 'deal-stage', context: { sentences: [{ cites: [3] }] } });
    const update = plan(
      change(3),
      subscriber({}, { told: { rootId: 'out_root', revision: 2, rootPending: false } }),
      [],
      earlier,
    );
    expect(JSON.parse(update.rows[0]!.payload).context).toBeUndefined();
    expect(JSON.parse(plan(change(2), subscriber()).rows[0]!.payload).context).toBeUndefined();
  });

  it('a waiting alert folded with more outlets keeps its context, renumbered after the new sources', () => {
    const waiting = JSON.parse(plan(change(2), subscriber(), [], earlier).rows[0]!.payload);
    const p = plan(
      change(4),
      subscriber(
        {},
        { told: { rootId: 'out_root', revision: 2, rootPending: true, rootPayload: JSON.stringify(waiting) } },
      ),
    );
    const folded = JSON.parse(p.folds[0]!.payload);
    expect(folded.context.sentences[0].cites).toEqual([5]);
    expect(folded.context.sources.map((s: { n: number }) => s.n)).toEqual([5]);
  });

  it('ids are subscription × story × revision: deciding the same change twice gives the same rows', () => {
    const a = plan(change(2), subscriber());
    const b = plan(change(2), subscriber());
    expect(a.rows.map((r) => r.id)).toEqual(b.rows.map((r) => r.id));
    expect(plan(change(3), subscriber()).rows[0]!.id).not.toBe(a.rows[0]!.id);
  });
});

describe('where a platform puts each alert', () => {
  const delivery = (alert: object, messageId: string | null) =>
    ({
      outboxId: 'out_x',
      platform: 'slack',
      team: 'T1',
      channel: 'C1',
      alert,
      attempt: 0,
      ...(messageId !== undefined ? { replyTo: { outboxId: 'out_root', messageId } } : {}),
    }) as Delivery;
  it.each([
    { what: 'a first alert', alert: { kind: 'story' }, under: null, expected: { alsoInChannel: true } },
    {
      what: 'a story update',
      alert: { kind: 'story-update' },
      under: 'm1',
      expected: { threadUnder: 'm1', alsoInChannel: false },
    },
    {
      what: 'the stage change a story caused after its alert went out',
      alert: { kind: 'deal-stage' },
      under: 'm1',
      expected: { threadUnder: 'm1', alsoInChannel: false },
    },
    {
      what: 'the next development of a story the channel heard of',
      alert: { kind: 'deal-stage', follows: { storyId: 'sty_0' } },
      under: 'm1',
      expected: { threadUnder: 'm1', alsoInChannel: true },
    },
  ])('$what', ({ alert, under, expected }) => {
    expect(placement(delivery(alert, under))).toEqual(expected);
  });
});
