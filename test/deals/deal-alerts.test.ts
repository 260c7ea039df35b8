import { afterEach, describe, expect, it } from 'vitest';
import { explainStory, formatStoryExplanation } from '../../src/stories/explain-story.ts';
import { UNTHROTTLED, startHarness, type Harness } from '../platforms/slack/slack-harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

describe('deal stage changes, end to end through Slack', () => {
  it('alerts each stage change once, threads later outlets under it, ignores a late rumour, and answers /deal status with dated sources', async () => {
    h = await startHarness({ ...UNTHROTTLED, deal: true });
    const { slack, feeds, app } = h;
    slack.addChannel('C1', 'T1');
    slack.addUser('UADMIN', 'T1', { admin: true });
    await h.poll(); // baseline
    await slack.slashCommand({
      team: 'T1',
      channel: 'C1',
      user: 'UADMIN',
      command: '/news',
      text: 'subscribe microsoft-openai',
    });

    // 1. Talks: the first stage this deal has.
    feeds.wire!.push({
      guid: 'w1',
      title: 'Microsoft and OpenAI renegotiating terms of their partnership',
      link: 'https://wire.example/talks',
      description: 'The talks cover Azure exclusivity, revenue share and Microsoft’s future equity stake, until 2030.',
      pubDate: ago(2.5),
    });
    await h.poll();
    const [first] = await slack.waitForMessages('C1', 1);
    expect(first!.blocks[0].text.text).toBe('Microsoft / OpenAI: negotiating');
    expect(JSON.stringify(first!.blocks)).toContain('renegotiating');

    // 2. Another outlet reports the same talks: into the alert's thread, not a new alert.
    feeds.journal!.push({
      guid: 'j1',
      title: 'OpenAI and Microsoft renegotiating their partnership terms',
      link: 'https://journal.example/talks',
      description: 'Azure exclusivity and the revenue share are being renegotiated, people familiar said.',
      pubDate: ago(2.45),
    });
    await h.poll();
    const [, reply] = await slack.waitForMessages('C1', 2);
    expect(reply!.thread_ts).toBe(first!.ts);

    // 3. A product launch naming both companies is news about them, not about the deal.
    feeds.daily!.push({
      guid: 'd1',
      title: 'Microsoft adds OpenAI image model to Paint and Designer apps',
      link: 'https://daily.example/paint',
      description: 'The feature rolls out to Windows users this week.',
      pubDate: ago(1.5),
    });
    await h.poll();
    const [, , launch] = await slack.waitForMessages('C1', 3);
    expect(launch!.thread_ts).toBeUndefined();
    expect(launch!.blocks[0].text.text).toBe('Microsoft adds OpenAI image model to Paint and Designer apps');

    // 3b. Microsoft buying someone else, named beside OpenAI, is another deal: a story, no stage.
    feeds.daily!.push({
      guid: 'd3',
      title: 'Microsoft to acquire Inflection, an OpenAI rival, for $650 million',
      link: 'https://daily.example/inflection',
      description: 'The purchase gives Microsoft a second AI lab beside its OpenAI partnership.',
      pubDate: ago(1.2),
    });
    await h.poll();
    const [, , , other] = await slack.waitForMessages('C1', 4);
    expect(other!.blocks[0].text.text).toBe('Microsoft to acquire Inflection, an OpenAI rival, for $650 million');

    // 4. The talks are at risk: a new stage-change alert.
    feeds.wire!.push({
      guid: 'w2',
      title: 'Microsoft said to consider ending negotiations with OpenAI',
      link: 'https://wire.example/at-risk',
      description: 'Microsoft may walk away if the two cannot agree on the size of its equity stake.',
      pubDate: ago(0.1),
    });
    await h.poll();
    const msgs = await slack.waitForMessages('C1', 5);
    expect(msgs[4]!.blocks[0].text.text).toBe('Microsoft / OpenAI: negotiating → at risk');
    expect(msgs[4]!.thread_ts).toBeUndefined();
    expect(JSON.stringify(msgs[4]!.blocks)).toContain('“ending negotiations”');

    // 5. A rumour published before the talks arrives late: the timeline takes it in order, the stage stays.
    feeds.daily!.push({
      guid: 'd2',
      title: 'Microsoft weighs a bid for a bigger stake in ChatGPT maker OpenAI',
      link: 'https://daily.example/rumour',
      description: 'No decision has been made.',
      pubDate: ago(2.9),
    });
    await h.poll();
    await new Promise((r) => setTimeout(r, 300));
    expect(
      slack.messagesIn('C1').filter((m) => /Microsoft \/ OpenAI:/.test(m.blocks[0]?.text?.text ?? '')),
    ).toHaveLength(2);

    const [status] = await slack.slashCommand({
      team: 'T1',
      channel: 'C1',
      user: 'UADMIN',
      command: '/deal',
      text: 'status microsoft-openai',
    });
    expect(status.text).toMatch(/^Microsoft \/ OpenAI: at risk since \d{4}-\d\d-\d\d$/);
    const json = JSON.stringify(status.blocks);
    expect(json).toContain(
      'Microsoft said to consider ending negotiations with OpenAI — “ending negotiations” (reported, not confirmed)',
    );
    expect(json).toContain('until 2030');

    const answer = await app.ask(
      { platform: 'slack', team: 'T1', channel: 'C1', user: 'U', isAdmin: false },
      '/deal status microsoft-openai',
    );
    const data = answer.data as any;
    expect(Object.keys(data)).toEqual(
      expect.arrayContaining(['deal', 'name', 'stage', 'since', 'why', 'terms', 'timeline']),
    );
    expect(data.timeline.map((e: any) => [e.stage, e.moved])).toEqual([
      ['rumored', true],
      ['negotiating', true],
      ['at_risk', true],
    ]);
    expect(data.timeline[2].sources[0]).toEqual({
      n: expect.any(Number),
      outlet: 'Wire News',
      url: 'https://wire.example/at-risk',
    });
    expect(data.terms).toContainEqual({ kind: 'horizon', text: 'until 2030', sources: expect.any(Array) });

    const list = await app.ask(
      { platform: 'slack', team: 'T1', channel: 'C1', user: 'U', isAdmin: false },
      '/deal list',
    );
    expect(list.data).toEqual([
      { deal: 'microsoft-openai', name: 'Microsoft / OpenAI', stage: 'at_risk', since: data.since },
    ]);
  });

  it("a deal's next development is a story of its own and alerted as a stage change, however alike its words: agreement → probe, then court block → termination", async () => {
    h = await startHarness(UNTHROTTLED);
    const { slack, feeds, app } = h;
    slack.addChannel('C1', 'T1');
    slack.addUser('UADMIN', 'T1', { admin: true });
    await h.poll(); // baseline
    const admin = { platform: 'slack', team: 'T1', channel: 'C1', user: 'UADMIN', isAdmin: true };
    await app.ask(admin, '/deal track "Acme" "Globex" as acme-globex');
    await app.ask(admin, '/news subscribe acme-globex');
    const headers = () => slack.messagesIn('C1').map((m) => m.blocks[0]?.text?.text as string);

    feeds.wire!.push({
      guid: 'g1',
      title: 'Acme agrees to acquire Globex for $4.2 billion',
      link: 'https://wire.example/acme-globex',
      description: 'Acme will pay $4.2 billion in cash for Globex, the companies said.',
      pubDate: ago(1.2),
    });
    await h.poll();
    await slack.waitForMessages('C1', 1);
    expect(headers()).toEqual(['Acme / Globex: agreed']);

    // The probe names the same parties and the same price: the old grouper joined it to the agreement (similarity 0.337).
    feeds.journal!.push({
      guid: 'g2',
      title: 'Regulators open in-depth probe into Acme-Globex deal',
      link: 'https://journal.example/probe',
      description: 'The $4.2 billion acquisition of Globex by Acme could reduce competition, the regulator said.',
      pubDate: ago(0.3),
    });
    await h.poll();
    const msgs = await slack.waitForMessages('C1', 2);
    expect(headers()[1]).toBe('Acme / Globex: agreed → regulatory review');
    // Threaded under the agreement's alert and shown in the channel too, saying what changed.
    expect(msgs[1]).toMatchObject({ thread_ts: msgs[0]!.ts, reply_broadcast: true });
    expect(JSON.stringify(msgs[1]!.blocks)).toContain(
      'Next development of “Acme agrees to acquire Globex for $4.2 billion” (agreed → regulatory review)',
    );
    // The stage and the summary cite the probe, its own source [1]; the agreement is cited only
    // in the context section, as [2], after the story's own sources.
    const sectionsOf = (blocks: unknown) =>
      (blocks as { type: string; text?: { text: string } }[])
        .filter((b) => b.type === 'section')
        .map((b) => b.text!.text);
    const [why, summary, , context] = sectionsOf(msgs[1]!.blocks);
    expect(why).toContain('<https://journal.example/probe|[1]>');
    expect(`${why}${summary}`).not.toContain('https://wire.example/acme-globex');
    expect(context).toMatch(
      /^\*Context\*\n\d{4}-\d\d-\d\d — Acme will pay \$4\.2 billion in cash for Globex.* <https:\/\/wire\.example\/acme-globex\|\[2\]>$/,
    );
    expect((await app.ask(admin, '/deal status acme-globex')).title).toMatch(
      /^Acme \/ Globex: regulatory review since /,
    );

    // explain-story says why the probe started a story of its own.
    const probeStory = (
      await app.db
        .selectFrom('story_items')
        .innerJoin('items', 'items.id', 'story_items.item_id')
        .select('story_items.story_id')
        .where('items.guid', '=', 'g2')
        .executeTakeFirstOrThrow()
    ).story_id;
    const text = formatStoryExplanation((await explainStory(app.db, probeStory))!);
    expect(text).toMatch(
      /started the story \(a new development: regulatory review, where sty_\w+ reports agreed, similarity 0\.\d+\)/,
    );

    // A court blocks the merger, and the next day the parties call it off: two developments, two alerts.
    feeds.daily!.push({
      guid: 'g3',
      title: "Court blocks Acme's $4.2 billion takeover of Globex",
      link: 'https://daily.example/block',
      description: 'A federal judge granted the regulator an injunction against the Acme-Globex deal.',
      pubDate: ago(0.2),
    });
    await h.poll();
    await slack.waitForMessages('C1', 3);
    feeds.wire!.push({
      guid: 'g4',
      title: 'Acme and Globex call off $4.2 billion merger a day after court ruling',
      link: 'https://wire.example/off',
      description: 'Acme and Globex said they had terminated their merger agreement after the court blocked the deal.',
      pubDate: ago(0.1),
    });
    await h.poll();
    await slack.waitForMessages('C1', 4);
    expect(headers().slice(2)).toEqual([
      'Acme / Globex: regulatory review → blocked',
      'Acme / Globex: blocked → terminated',
    ]);
    expect(
      slack
        .messagesIn('C1')
        .slice(2)
        .map((m) => m.reply_broadcast),
    ).toEqual([true, true]);
    const timeline = (await app.ask(admin, '/deal status acme-globex')).data as any;
    expect(timeline.timeline.map((e: any) => e.stage)).toEqual([
      'agreed',
      'regulatory_review',
      'blocked',
      'terminated',
    ]);
  });

  it("a deal followed today reads its past from the store: the first poll's baseline and items older than maxAge, silently", async () => {
    h = await startHarness(UNTHROTTLED);
    const { slack, feeds, app } = h;
    slack.addChannel('C1', 'T1');
    feeds.wire!.push({
      guid: 'h1',
      title: 'Acme agrees to acquire Globex for $4.2 billion',
      link: 'https://wire.example/h1',
      pubDate: ago(40),
    });
    feeds.journal!.push({
      guid: 'h2',
      title: 'EU opens in-depth investigation into Acme’s Globex takeover',
      link: 'https://journal.example/h2',
      pubDate: ago(12),
    });
    feeds.daily!.push({
      guid: 'h3',
      title: 'Acme unveils a new line of anvils',
      link: 'https://daily.example/h3',
      pubDate: ago(11),
    });
    await h.poll(); // the first poll records all three and alerts nothing; two are older than maxAge (3d)
    const admin = { platform: 'slack', team: 'T1', channel: 'C1', user: 'UADMIN', isAdmin: true };
    await app.ask(admin, '/deal track "Acme" "Globex" as acme-globex');
    await app.ask(admin, '/news subscribe acme-globex');
    const status = await app.ask(admin, '/deal status acme-globex');
    expect(status.title).toBe(`Acme / Globex: regulatory review since ${ago(12).toISOString().slice(0, 10)}`);
    expect((status.data as any).timeline.map((e: any) => [e.stage, e.sources[0].url])).toEqual([
      ['agreed', 'https://wire.example/h1'],
      ['regulatory_review', 'https://journal.example/h2'],
    ]);
    await h.poll();
    await new Promise((r) => setTimeout(r, 200));
    expect(slack.messagesIn('C1')).toEqual([]); // the past is not news
  });

  it("a stage alert moves from where the deal's past left it and says what led there, whatever poll brought the past", async () => {
    h = await startHarness({ ...UNTHROTTLED, deal: true });
    const { slack, feeds, app } = h;
    slack.addChannel('C1', 'T1');
    // The past in the first poll's baseline: recorded, never alerted.
    feeds.daily!.push({
      guid: 'p1',
      title: 'Microsoft to invest $10 billion in OpenAI',
      link: 'https://daily.example/invest',
      description: 'Microsoft will invest $10 billion in OpenAI over several years, extending their partnership.',
      pubDate: ago(40),
    });
    await h.poll();
    const admin = { platform: 'slack', team: 'T1', channel: 'C1', user: 'UADMIN', isAdmin: true };
    await app.ask(admin, '/news subscribe microsoft-openai');
    // The news, with more of the past in the same poll: a report older than maxAge (3 days).
    feeds.journal!.push({
      guid: 'p2',
      title: 'Microsoft and OpenAI renegotiating terms of their partnership',
      link: 'https://journal.example/talks',
      description: 'The companies are renegotiating Microsoft’s future equity stake in OpenAI.',
      pubDate: ago(20),
    });
    feeds.wire!.push({
      guid: 'n1',
      title: 'Microsoft said to consider ending negotiations with OpenAI',
      link: 'https://wire.example/at-risk',
      description: 'Microsoft may walk away if the two cannot agree on the size of its equity stake.',
      pubDate: ago(0.1),
    });
    await h.poll();
    const [alert] = await slack.waitForMessages('C1', 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(slack.messagesIn('C1')).toHaveLength(1); // the past is context, not news
    expect(alert!.blocks[0].text.text).toBe('Microsoft / OpenAI: negotiating → at risk');
    const text = JSON.stringify(alert!.blocks);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    // Its own source is [1]; the context cites the past as [2] and [3], oldest first, dated,
    // each linking to its report, and lists them after the story's source.
    expect(text).toContain(
      `*Context*\\n${day(ago(40))} — Microsoft will invest $10 billion in OpenAI over several years, extending their partnership. <https://daily.example/invest|[2]>\\n${day(ago(20))} — The companies are renegotiating Microsoft’s future equity stake in OpenAI. <https://journal.example/talks|[3]>`,
    );
    expect(text).toMatch(
      /\*\[1\]\* <https:\/\/wire\.example\/at-risk\|.*\*\[2\]\* <https:\/\/daily\.example\/invest\|.*\*\[3\]\* <https:\/\/journal\.example\/talks\|/,
    );
    // /news context says the same.
    const context = await app.ask(admin, '/news context microsoft-openai');
    expect(context.sections[0]!.lines.map((l) => l.text)).toEqual([
      `${day(ago(40))} — Microsoft will invest $10 billion in OpenAI over several years, extending their partnership. [2]`,
      `${day(ago(20))} — The companies are renegotiating Microsoft’s future equity stake in OpenAI. [3]`,
    ]);
  });

  it('/deal track makes a team deal from its parties; other teams do not see it', async () => {
    h = await startHarness({ mode: 'socket' });
    const { app } = h;
    const ctx = (team: string, isAdmin = true) => ({ platform: 'slack', team, channel: 'C1', user: 'U', isAdmin });
    expect((await app.ask(ctx('T1', false), '/deal track "Adobe" "Figma"')).title).toBe(
      "Only admins can change this team's deals.",
    );
    const tracked = await app.ask(ctx('T1'), '/deal track "Adobe|ADBE" "Figma" as adobe-figma');
    expect(tracked).toMatchObject({
      ok: true,
      title: 'Now tracking Adobe / Figma as adobe-figma.',
      data: { query: '("Adobe" OR "ADBE") AND "Figma"' },
    });
    expect((await app.ask(ctx('T1'), '/deal status adobe-figma')).title).toBe('Adobe / Figma: no stage yet');
    expect((await app.ask(ctx('T2'), '/deal status adobe-figma')).title).toBe('No deal "adobe-figma".');
    expect((await app.ask(ctx('T1'), '/deal track "Adobe"')).title).toBe('A deal needs two to six parties.');
    expect((await app.ask(ctx('T1'), '/deal list')).data).toEqual([
      { deal: 'adobe-figma', name: 'Adobe / Figma', stage: null, since: null },
    ]);

    // Its first stage arrives from the next poll.
    h.feeds.wire!.push({
      guid: 'a1',
      title: 'Adobe agrees to buy design platform Figma for $20 billion',
      link: 'https://wire.example/adobe',
      pubDate: ago(0.1),
    });
    await h.poll(); // baseline: the first poll records, alerts nothing
    h.feeds.wire!.push({
      guid: 'a2',
      title: 'Adobe to pay Figma $1 billion termination fee as deal is abandoned',
      link: 'https://wire.example/adobe-off',
      pubDate: ago(0.05),
    });
    await h.poll();
    const status = await app.ask(ctx('T1'), '/deal status adobe-figma');
    expect(status.title).toMatch(/^Adobe \/ Figma: terminated since /);
    expect((status.data as any).terms).toContainEqual({
      kind: 'fee',
      text: '$1 billion termination fee',
      sources: [1],
    });
  });
});
