import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/answer.ts';
import { runCommand, splitWords } from '../../src/commands/run-command.ts';
import { syncConfigTopics } from '../../src/store/topics-repo.ts';
import { addSource, FakeClock, memoryStore } from '../helpers.ts';

const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({
  platform: 'console',
  team: 'acme',
  channel: 'general',
  user: 'u1',
  isAdmin: true,
  ...over,
});

async function setup() {
  const db = await memoryStore();
  const clock = new FakeClock();
  await syncConfigTopics(
    db,
    [{ id: 'microsoft-openai', name: 'Microsoft / OpenAI', query: 'Microsoft AND OpenAI' }],
    clock.now,
  );
  return { deps: { db, clock: clock.fn }, db, clock };
}

describe('slash commands', () => {
  it('/news help lists the commands', async () => {
    const { deps } = await setup();
    const a = await runCommand(deps, ctx(), '/news help');
    expect(a.ok).toBe(true);
    expect(a.sections[0]!.lines.map((l) => l.text.split(' — ')[0])).toEqual([
      '/news help',
      '/news topics',
      '/news latest TOPIC',
      '/news context TOPIC',
      '/news subscribe TOPIC [digest "CRON" [tz ZONE]] [min-sources N]',
      '/news unsubscribe TOPIC',
      '/news mute TOPIC DURATION',
      '/news unmute TOPIC',
      '/news list',
      '/news sources',
      '/news watch NAME QUERY',
      '/news unwatch TOPIC',
      '/news add-source URL',
      '/news resume',
      '/deal help',
    ]);
    const deal = await runCommand(deps, ctx(), '/deal help');
    expect(deal.sections[0]!.lines.map((l) => l.text.split(' — ')[0])).toEqual([
      '/deal help',
      '/deal list',
      '/deal status DEAL',
      '/deal timeline DEAL',
      '/deal track "Party A" "Party B" [as ID]',
    ]);
  });

  it('/news topics shows the catalogue with queries', async () => {
    const { deps } = await setup();
    expect((await runCommand(deps, ctx(), '/news topics')).data).toEqual([
      { id: 'microsoft-openai', name: 'Microsoft / OpenAI', query: 'Microsoft AND OpenAI' },
    ]);
  });

  it('/news subscribe then /news list, and each team sees only its own subscriptions', async () => {
    const { deps } = await setup();
    const sub = await runCommand(deps, ctx(), '/news subscribe microsoft-openai');
    expect(sub).toMatchObject({ ok: true, title: 'This channel now gets alerts about Microsoft / OpenAI.' });
    expect((await runCommand(deps, ctx(), '/news subscribe microsoft-openai')).title).toBe(
      'Updated: this channel gets alerts about Microsoft / OpenAI as they happen.',
    );
    expect((await runCommand(deps, ctx(), '/news list')).data).toEqual([
      {
        channel: 'general',
        topic: 'microsoft-openai',
        mode: 'realtime',
        digest: null,
        minSources: 1,
        mutedUntil: null,
        paused: null,
        changedFromChat: null,
      },
    ]);
    expect((await runCommand(deps, ctx({ team: 'other-team' }), '/news list')).data).toEqual([]);
    expect((await runCommand(deps, ctx(), '/news unsubscribe microsoft-openai')).title).toContain('no longer');
    expect((await runCommand(deps, ctx(), '/news list')).data).toEqual([]);
  });

  it('mistakes get an ephemeral error that says how to do it right', async () => {
    const { deps } = await setup();
    expect(await runCommand(deps, ctx(), '/news subscribe')).toMatchObject({
      ok: false,
      ephemeral: true,
      title: 'Which topic? Write /news subscribe TOPIC.',
    });
    expect(await runCommand(deps, ctx(), '/news subscribe nope')).toMatchObject({
      ok: false,
      title: 'No topic "nope".',
      sections: [{ lines: [{ text: 'Topics: microsoft-openai.' }] }],
    });
    expect(await runCommand(deps, ctx({ isAdmin: false }), '/news subscribe microsoft-openai')).toMatchObject({
      ok: false,
      title: 'Only admins can subscribe channels.',
    });
    expect(await runCommand(deps, ctx(), '/news frobnicate')).toMatchObject({
      ok: false,
      title: 'Unknown subcommand "frobnicate".',
    });
    expect(await runCommand(deps, ctx(), '/news subscibe microsoft-openai')).toMatchObject({
      ok: false,
      title: 'Unknown subcommand "subscibe". Did you mean /news subscribe?',
    });
    expect(await runCommand(deps, ctx(), '/news subscribe microsoft-opnai')).toMatchObject({
      ok: false,
      title: 'No topic "microsoft-opnai". Did you mean microsoft-openai?',
    });
    expect(await runCommand(deps, ctx(), '/news topics everything')).toMatchObject({
      ok: false,
      title: '"everything" is not something /news topics takes.',
    });
    expect(await runCommand(deps, ctx(), '/deal status microsoft-openai')).toMatchObject({
      ok: false,
      title: '"microsoft-openai" is a topic, not a deal.',
      sections: [{ lines: [{ text: 'This team follows no deals yet: /deal track "Party A" "Party B".' }] }],
    });
  });

  it('/news sources shows each feed’s health', async () => {
    const { deps, db, clock } = await setup();
    await addSource(db, { url: 'https://wire.example/feed', name: 'Wire' }, clock.now);
    const a = await runCommand(deps, ctx(), '/news sources');
    expect(a.sections[0]!.lines).toEqual([
      { text: 'Wire — not polled yet; last success never', url: 'https://wire.example/feed' },
    ]);
  });

  it('/news subscribe takes a digest schedule with a time zone, and min-sources; /news list shows them', async () => {
    const { deps } = await setup();
    const a = await runCommand(
      { ...deps, timezone: 'UTC' },
      ctx(),
      '/news subscribe microsoft-openai digest "0 9 * * 1-5" tz Europe/Paris min-sources 2',
    );
    expect(a.title).toBe(
      'This channel now gets alerts about Microsoft / OpenAI as a digest (0 9 * * 1-5, Europe/Paris), once 2 outlets report a story.',
    );
    expect((await runCommand(deps, ctx(), '/news list')).data).toEqual([
      {
        channel: 'general',
        topic: 'microsoft-openai',
        mode: 'digest',
        digest: { cron: '0 9 * * 1-5', timezone: 'Europe/Paris' },
        minSources: 2,
        mutedUntil: null,
        paused: null,
        changedFromChat: null,
      },
    ]);
    // A quoted schedule with a field out of range is told which field, not to quote it.
    expect(await runCommand(deps, ctx(), '/news subscribe microsoft-openai digest "61 9 * * *"')).toMatchObject({
      ok: false,
      title: 'Not a schedule: in "61 9 * * *", the minute field "61" is not valid (0–59).',
    });
    expect(await runCommand(deps, ctx(), '/news subscribe microsoft-openai digest "every morning"')).toMatchObject({
      ok: false,
      title:
        'Not a schedule: "every morning" has 2 of the 5 fields (minute hour day month weekday); quote the whole schedule: "0 9 * * 1-5".',
    });
    // Quoted but out of range: say which field, not "quote it".
    expect(await runCommand(deps, ctx(), '/news subscribe microsoft-openai digest "61 9 * * *"')).toMatchObject({
      ok: false,
      title: 'Not a schedule: in "61 9 * * *", the minute field "61" is not valid (0–59).',
    });
    expect(
      await runCommand(deps, ctx(), '/news subscribe microsoft-openai digest "0 9 * * *" tz Mars/Olympus'),
    ).toMatchObject({ ok: false, title: '"Mars/Olympus" is not a time zone.' });
    expect(await runCommand(deps, ctx(), '/news subscribe microsoft-openai min-sources zero')).toMatchObject({
      ok: false,
      title: 'min-sources needs a whole number from 1 to 20.',
    });
  });

  it('/news mute silences a subscription for a while', async () => {
    const { deps, clock } = await setup();
    expect(await runCommand(deps, ctx(), '/news mute microsoft-openai 2h')).toMatchObject({
      ok: false,
      title: 'This channel is not subscribed to Microsoft / OpenAI.',
    });
    await runCommand(deps, ctx(), '/news subscribe microsoft-openai');
    expect((await runCommand(deps, ctx(), '/news mute microsoft-openai 2h')).title).toBe(
      'Microsoft / OpenAI is muted in this channel until 2025-06-20 14:00Z.',
    );
    expect((await runCommand(deps, ctx(), '/news list')).data).toEqual([
      expect.objectContaining({ mutedUntil: clock.now + 7_200_000 }),
    ]);
    expect(await runCommand(deps, ctx(), '/news mute microsoft-openai forever')).toMatchObject({ ok: false });
    await runCommand(deps, ctx(), '/news unmute microsoft-openai');
    expect((await runCommand(deps, ctx(), '/news list')).data).toEqual([expect.objectContaining({ mutedUntil: null })]);
  });

  it('/news latest lists the latest stories about a topic with numbered sources', async () => {
    const { deps, db, clock } = await setup();
    expect((await runCommand(deps, ctx(), '/news latest microsoft-openai')).title).toBe(
      'No stories about Microsoft / OpenAI yet.',
    );
    await addSource(db, { id: 'wire', url: 'https://wire.example/feed', name: 'Wire' }, clock.now);
    await db
      .insertInto('items')
      .values({
        id: 'wire/1',
        source_id: 'wire',
        guid: 'g',
        link: 'https://wire.example/1',
        hash: 'h',
        title: 'Microsoft may end OpenAI talks',
        summary: 'Microsoft could walk away from negotiations with OpenAI over its stake.',
        published_at: clock.now,
        first_seen_at: clock.now,
      })
      .execute();
    await db
      .insertInto('story_items')
      .values({ item_id: 'wire/1', story_id: 'sty_1', joined_at: clock.now, created_story: 1, score: 0, reason: '{}' })
      .execute();
    await db
      .insertInto('stories')
      .values({
        id: 'sty_1',
        headline: 'Microsoft may end OpenAI talks',
        revision: 1,
        first_published_at: clock.now,
        last_published_at: clock.now,
        created_at: clock.now,
        updated_at: clock.now,
      })
      .execute();
    await db
      .insertInto('story_topics')
      .values({ story_id: 'sty_1', topic_key: '*/microsoft-openai', matched_at: clock.now })
      .execute();
    const a = await runCommand(deps, ctx(), '/news latest microsoft-openai');
    expect(a.sections).toEqual([
      {
        heading: 'Microsoft may end OpenAI talks',
        lines: [
          { text: 'Microsoft could walk away from negotiations with OpenAI over its stake. [1]' },
          { text: '[1] Wire — Microsoft may end OpenAI talks', url: 'https://wire.example/1' },
          { text: 'story sty_1' }, // what explain-story takes
        ],
      },
    ]);
    // Another team's view of the same catalogue topic sees the same stories; its own topics are its own.
    expect((await runCommand(deps, ctx({ team: 'other' }), '/news latest microsoft-openai')).sections).toHaveLength(1);
  });

  it('/news context shows what led to the latest story, from earlier stories, dated and cited', async () => {
    const { deps, db, clock } = await setup();
    await addSource(db, { id: 'wire', url: 'https://wire.example/feed', name: 'Wire' }, clock.now);
    const story = async (id: string, at: string, title: string, summary: string) => {
      const t = Date.parse(`${at}T12:00:00Z`);
      await db
        .insertInto('items')
        .values({
          id: `wire/${id}`,
          source_id: 'wire',
          guid: id,
          link: `https://wire.example/${id}`,
          hash: id,
          title,
          summary,
          published_at: t,
          first_seen_at: t,
        })
        .execute();
      await db
        .insertInto('story_items')
        .values({ item_id: `wire/${id}`, story_id: id, joined_at: t, created_story: 1, score: 0, reason: '{}' })
        .execute();
      await db
        .insertInto('stories')
        .values({
          id,
          headline: title,
          revision: 1,
          first_published_at: t,
          last_published_at: t,
          created_at: t,
          updated_at: t,
        })
        .execute();
      await db
        .insertInto('story_topics')
        .values({ story_id: id, topic_key: '*/microsoft-openai', matched_at: t })
        .execute();
    };
    await story(
      's2019',
      '2019-07-22',
      'Microsoft invests $1 billion in OpenAI',
      'The partnership began with a $1 billion investment by Microsoft in OpenAI.',
    );
    expect((await runCommand(deps, ctx(), '/news context microsoft-openai')).sections).toEqual([
      { lines: [{ text: 'No earlier coverage of Microsoft / OpenAI in the store before this story.' }] },
    ]);
    await story(
      's2025',
      '2025-06-19',
      'Microsoft may end OpenAI talks',
      'Microsoft could walk away from negotiations with OpenAI.',
    );
    const a = await runCommand(deps, ctx(), '/news context microsoft-openai');
    expect(a.title).toBe('Context: Microsoft may end OpenAI talks');
    expect(a.sections).toEqual([
      {
        heading: 'Context',
        lines: [
          { text: '2019-07-22 — The partnership began with a $1 billion investment by Microsoft in OpenAI. [2]' },
        ],
      },
      {
        heading: 'Sources',
        lines: [
          { text: '[2] Wire — Microsoft invests $1 billion in OpenAI (2019-07-22)', url: 'https://wire.example/s2019' },
        ],
      },
    ]);
    expect(a.data).toMatchObject({
      story: 's2025',
      context: [{ date: '2019-07-22T12:00:00.000Z', cites: [2] }],
      sources: [{ n: 2, outlet: 'Wire' }],
    });
  });

  it('keeps quoted phrases together', () => {
    expect(splitWords('/news watch deal "Adobe AND Figma"')).toEqual(['/news', 'watch', 'deal', 'Adobe AND Figma']);
  });

  it('/news watch adds a topic for this team only, with the query checked; /news unwatch removes it', async () => {
    const { deps } = await setup();
    const w = await runCommand(deps, ctx(), '/news watch "Adobe Figma" Adobe AND ("Figma" OR "design tool")');
    expect(w).toMatchObject({
      ok: true,
      title: 'New topic: Adobe Figma (adobe-figma) — Adobe AND ("Figma" OR "design tool")',
    });
    expect((await runCommand(deps, ctx(), '/news topics')).data).toContainEqual({
      id: 'adobe-figma',
      name: 'Adobe Figma',
      query: 'Adobe AND ("Figma" OR "design tool")',
    });
    expect((await runCommand(deps, ctx({ team: 'other' }), '/news topics')).data).not.toContainEqual(
      expect.objectContaining({ id: 'adobe-figma' }),
    );
    expect((await runCommand(deps, ctx(), '/news subscribe adobe-figma')).ok).toBe(true);
    const bad = await runCommand(deps, ctx(), '/news watch Broken Adobe AND');
    expect(bad).toMatchObject({ ok: false, title: 'That query has a mistake.' });
    expect(bad.sections[0]!.lines.map((l) => l.text).join('\n')).toContain('^');
    expect(await runCommand(deps, ctx({ isAdmin: false }), '/news watch X y')).toMatchObject({
      ok: false,
      title: "Only admins can change this team's topics.",
    });
    expect(await runCommand(deps, ctx(), '/news watch OnlyName')).toMatchObject({
      ok: false,
      title: 'Which query? Write /news watch NAME QUERY.',
    });
    expect(await runCommand(deps, ctx(), '/news unwatch microsoft-openai')).toMatchObject({
      ok: false,
      title: 'This team has no topic "microsoft-openai" of its own.',
    });
    expect(await runCommand(deps, ctx(), '/news unwatch adobe-figma')).toMatchObject({
      ok: true,
      title: 'Topic adobe-figma removed, with 1 subscription.',
    });
    expect((await runCommand(deps, ctx(), '/news list')).data).toEqual([]);
  });

  it('/news add-source needs an admin and an http(s) URL, and says so', async () => {
    const { deps } = await setup();
    expect(await runCommand(deps, ctx({ isAdmin: false }), '/news add-source https://a.example/feed')).toMatchObject({
      ok: false,
      title: 'Only admins can add sources.',
    });
    expect(await runCommand(deps, ctx(), '/news add-source')).toMatchObject({
      ok: false,
      title: 'Which feed? Write /news add-source URL.',
    });
    expect(await runCommand(deps, ctx(), '/news add-source feed.xml')).toMatchObject({
      ok: false,
      title: '"feed.xml" is not a URL.',
    });
    expect(await runCommand(deps, ctx(), '/news add-source file:///etc/passwd')).toMatchObject({
      ok: false,
      title: 'Only http and https feeds can be added, not file:',
    });
  });

  it('/news resume says when nothing was paused', async () => {
    const { deps } = await setup();
    expect(await runCommand(deps, ctx(), '/news resume')).toMatchObject({
      ok: true,
      title: 'Nothing was paused in this channel.',
    });
  });
});
