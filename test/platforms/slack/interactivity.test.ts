import { afterEach, describe, expect, it } from 'vitest';
import { UNTHROTTLED, msOpenAiStory, startHarness, type Harness } from './slack-harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const buttons = (blocks: any[]) =>
  blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements.map((e: any) => [e.action_id, e.text.text, e.value]));

/** A workspace with an admin and a member, C1 subscribed to Microsoft / OpenAI, and one alert in C1. */
async function withAlert(mode: 'socket' | 'http' = 'socket') {
  h = await startHarness({ ...UNTHROTTLED, mode });
  const { slack, feeds, app } = h;
  slack.addChannel('C1', 'T1');
  slack.addUser('UADMIN', 'T1', { admin: true });
  slack.addUser('UMEMBER', 'T1');
  await h.poll(); // the baseline
  await app.ask(
    { platform: 'slack', team: 'T1', channel: 'C1', user: 'UADMIN', isAdmin: true },
    '/news subscribe microsoft-openai',
  );
  const story = msOpenAiStory(1, new Date());
  feeds.wire!.push(story.wire);
  await h.poll();
  const [alert] = await slack.waitForMessages('C1', 1);
  return { slack, feeds, app, alert: alert! };
}

describe('Slack: buttons under alerts, forms and the App Home, through Bolt against the fake Slack', () => {
  it('an alert has Mute and Unsubscribe buttons (within Block Kit rules); Mute silences the topic in that channel for a day, answered to the presser alone', async () => {
    const { slack, feeds, app, alert } = await withAlert();
    expect(buttons(alert.blocks)).toEqual([
      ['newsbot_mute', 'Mute here for 1 day', 'microsoft-openai'],
      ['newsbot_unsubscribe', 'Unsubscribe', 'microsoft-openai'],
    ]);
    const [answer] = await slack.pressButton({
      team: 'T1',
      channel: 'C1',
      user: 'UMEMBER',
      message: alert,
      actionId: 'newsbot_mute',
    });
    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(answer.text).toMatch(/^Microsoft \/ OpenAI is muted in this channel until \d{4}-\d\d-\d\d \d\d:\d\dZ\.$/);
    expect([...slack.acks.values()].every((ms) => ms < 3000)).toBe(true);
    // The next story about the topic is not posted while muted.
    const next = msOpenAiStory(2, new Date());
    feeds.journal!.push({
      ...next.journal,
      title: 'OpenAI and Microsoft sign a new cloud contract worth $10 billion',
      description: 'A different event.',
    });
    await h!.poll();
    await app.deliver();
    expect(slack.messagesIn('C1')).toHaveLength(1);
  });

  it("a deal's stage alert also has Timeline: every event of the deal, dated and cited, for whoever pressed it", async () => {
    h = await startHarness({ ...UNTHROTTLED, deal: true });
    const { slack, feeds, app } = h;
    slack.addChannel('C1', 'T1');
    slack.addUser('UMEMBER', 'T1');
    await h.poll();
    await app.ask(
      { platform: 'slack', team: 'T1', channel: 'C1', user: 'UADMIN', isAdmin: true },
      '/news subscribe microsoft-openai',
    );
    feeds.wire!.push({
      guid: 't1',
      title: 'Microsoft and OpenAI renegotiating terms of their partnership',
      link: 'https://wire.example/talks',
      pubDate: new Date(),
    });
    await h.poll();
    const [alert] = await slack.waitForMessages('C1', 1);
    expect(buttons(alert!.blocks).map((b) => b[0])).toEqual([
      'newsbot_timeline',
      'newsbot_mute',
      'newsbot_unsubscribe',
    ]);
    const [timeline] = await slack.pressButton({
      team: 'T1',
      channel: 'C1',
      user: 'UMEMBER',
      message: alert!,
      actionId: 'newsbot_timeline',
    });
    expect(timeline.response_type).toBe('ephemeral');
    expect(timeline.text).toMatch(/^Microsoft \/ OpenAI: negotiating since \d{4}-\d\d-\d\d/);
    expect(JSON.stringify(timeline.blocks)).toContain('https://wire.example/talks');
  });

  it('Unsubscribe is for admins: a member is refused and told why; an admin unsubscribes the channel', async () => {
    const { slack, app, alert } = await withAlert();
    const [refused] = await slack.pressButton({
      team: 'T1',
      channel: 'C1',
      user: 'UMEMBER',
      message: alert,
      actionId: 'newsbot_unsubscribe',
    });
    expect(refused).toMatchObject({ response_type: 'ephemeral', text: 'Only admins can unsubscribe channels.' });
    const admin = { platform: 'slack', team: 'T1', channel: 'C1', user: 'UADMIN', isAdmin: true };
    expect((await app.ask(admin, '/news list')).title).toBe('Subscriptions (1)');
    const [done] = await slack.pressButton({
      team: 'T1',
      channel: 'C1',
      user: 'UADMIN',
      message: alert,
      actionId: 'newsbot_unsubscribe',
    });
    expect(done.text).toMatch(/no longer gets alerts about Microsoft \/ OpenAI/);
    expect((await app.ask(admin, '/news list')).title).not.toBe('Subscriptions (1)');
  });

  it('a button of an alert whose topic was removed since says so, and changes nothing', async () => {
    h = await startHarness(UNTHROTTLED);
    const { slack, feeds, app } = h;
    slack.addChannel('C1', 'T1');
    slack.addUser('UADMIN', 'T1', { admin: true });
    const admin = { platform: 'slack', team: 'T1', channel: 'C1', user: 'UADMIN', isAdmin: true };
    await h.poll();
    await app.ask(admin, '/news watch "Azure deal" Microsoft AND OpenAI AND Azure');
    await app.ask(admin, '/news subscribe azure-deal');
    feeds.wire!.push(msOpenAiStory(1, new Date()).wire);
    await h.poll();
    const [alert] = await slack.waitForMessages('C1', 1);
    expect(buttons(alert!.blocks).map((b) => b[2])).toEqual(['azure-deal', 'azure-deal']);
    await app.ask(admin, '/news unwatch azure-deal');
    const [answer] = await slack.pressButton({
      team: 'T1',
      channel: 'C1',
      user: 'UADMIN',
      message: alert!,
      actionId: 'newsbot_mute',
    });
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toMatch(/azure-deal/);
    expect(JSON.stringify(answer)).toMatch(/no topic|not a topic|Unknown topic/i);
  });

  it('HTTP mode: a button press with a forged or stale signature is refused with 401 and runs nothing; a signed one is answered', async () => {
    const { slack, alert, app } = await withAlert('http');
    const url = `http://127.0.0.1:${h!.platform.port}/slack/events`;
    const payload = slack.blockActionPayload({
      team: 'T1',
      channel: 'C1',
      user: 'UADMIN',
      message: alert,
      actionId: 'newsbot_unsubscribe',
    });
    const now = Math.floor(Date.now() / 1000);
    expect((await slack.postInteraction(url, 'test-signing-secret', payload, { timestamp: now - 310 })).status).toBe(
      401,
    );
    expect(
      (
        await slack.postInteraction(url, 'test-signing-secret', payload, {
          tamper: (b) => b.replace('UADMIN', 'UMEMBER'),
        })
      ).status,
    ).toBe(401);
    expect((await slack.postInteraction(url, 'wrong-secret', payload)).status).toBe(401);
    const admin = { platform: 'slack', team: 'T1', channel: 'C1', user: 'UADMIN', isAdmin: true };
    expect((await app.ask(admin, '/news list')).title).toBe('Subscriptions (1)'); // nothing ran
    expect((await slack.postInteraction(url, 'test-signing-secret', payload)).status).toBe(200);
    const [done] = await slack.waitForResponses(payload.response_url, 1);
    expect(done.text).toMatch(/no longer gets alerts/);
  });

  it('/news watch without words opens a form built from its declaration; a mistake is shown in the form, a good query adds the topic', async () => {
    h = await startHarness({ mode: 'socket' });
    const { slack, app } = h;
    slack.addChannel('C1', 'T1');
    slack.addUser('UADMIN', 'T1', { admin: true });
    slack.addUser('UMEMBER', 'T1');
    // A member is told why instead of getting a form they cannot submit.
    const [refused] = await slack.slashCommand({
      team: 'T1',
      channel: 'C1',
      user: 'UMEMBER',
      command: '/news',
      text: 'watch',
    });
    expect(refused.text).toBe("Only admins can change this team's topics.");
    await slack.envelopeCommand({ team: 'T1', channel: 'C1', user: 'UADMIN', command: '/news', text: 'watch' });
    const modal = await slack.waitForModal('UADMIN');
    expect(modal.view.title.text).toBe('/news watch');
    expect(modal.view.blocks.map((b: any) => [b.element.action_id, b.label.text, b.optional])).toEqual([
      ['name', 'Name', false],
      ['query', 'Query', false],
    ]);
    const bad = await slack.submitView({
      team: 'T1',
      user: 'UADMIN',
      viewId: modal.id,
      values: { name: 'Adobe Figma', query: 'Adobe AND (Figma' },
    });
    expect(bad.response_action).toBe('errors');
    expect(Object.values(bad.errors)[0]).toMatch(/That query has a mistake/);
    const good = await slack.submitView({
      team: 'T1',
      user: 'UADMIN',
      viewId: modal.id,
      values: { name: 'Adobe Figma', query: 'Adobe AND Figma' },
    });
    expect(good?.response_action).toBeUndefined();
    const admin = { platform: 'slack', team: 'T1', channel: 'C1', user: 'UADMIN', isAdmin: true };
    expect(JSON.stringify((await app.ask(admin, '/news topics')).sections)).toContain('adobe-figma');
    await waitUntil(() => slack.ephemerals.length > 0);
    expect(slack.ephemerals[0]).toMatchObject({ channel: 'C1', user: 'UADMIN' });
  });

  it('/news subscribe without words opens its form: topic required, digest and min-sources optional; the submission subscribes the channel', async () => {
    h = await startHarness({ mode: 'socket' });
    const { slack, app } = h;
    slack.addChannel('C1', 'T1');
    slack.addUser('UADMIN', 'T1', { admin: true });
    await slack.envelopeCommand({ team: 'T1', channel: 'C1', user: 'UADMIN', command: '/news', text: 'subscribe' });
    const modal = await slack.waitForModal('UADMIN');
    expect(modal.view.blocks.map((b: any) => [b.element.action_id, b.optional])).toEqual([
      ['topic', false],
      ['digest', true],
      ['tz', true],
      ['min-sources', true],
    ]);
    const typo = await slack.submitView({
      team: 'T1',
      user: 'UADMIN',
      viewId: modal.id,
      values: { topic: 'microsoft-opnai' },
    });
    expect(Object.values(typo.errors)[0]).toMatch(/microsoft-openai/); // did you mean
    await slack.submitView({
      team: 'T1',
      user: 'UADMIN',
      viewId: modal.id,
      values: { topic: 'microsoft-openai', 'min-sources': '2' },
    });
    const list = await app.ask(
      { platform: 'slack', team: 'T1', channel: 'C1', user: 'UADMIN', isAdmin: true },
      '/news list',
    );
    expect(JSON.stringify(list.sections)).toContain('microsoft-openai (real time, min-sources 2)');
  });

  it('the App Home shows the workspace’s subscriptions by channel, its deals with their stages and its failing sources, within Slack’s view limits', async () => {
    h = await startHarness({ mode: 'socket', deal: true });
    const { slack, app, server, feeds } = h;
    slack.addChannel('C1', 'T1');
    slack.addUser('UMEMBER', 'T1');
    await app.ask(
      { platform: 'slack', team: 'T1', channel: 'C1', user: 'UADMIN', isAdmin: true },
      '/news subscribe microsoft-openai',
    );
    feeds.wire!.push({
      guid: 'a1',
      title: 'Microsoft and OpenAI renegotiating terms of their partnership',
      link: 'https://wire.example/talks',
      pubDate: new Date(),
    });
    server.route('/daily.xml', { status: 503, body: 'down' });
    await h.poll();
    await slack.openHome('T1', 'UMEMBER');
    const home = await slack.waitForHome('T1', 'UMEMBER'); // the fake refuses a view over Slack's limits
    const lines = home.blocks.map((b: any) => b.text?.text ?? b.elements?.map((e: any) => e.text).join(' ')).join('\n');
    expect(lines).toContain('Subscriptions (1)');
    expect(lines).toContain('#C1');
    expect(lines).toContain('microsoft-openai (real time)');
    expect(lines).toContain('Deals (1)');
    expect(lines).toMatch(/microsoft-openai — Microsoft \/ OpenAI: negotiating since \d{4}-\d\d-\d\d/);
    expect(lines).toContain('Sources failing or retrying (1)');
    expect(lines).toMatch(/Daily News — retrying \(1 failure\): .*503/);
    expect(lines).not.toContain('Wire News —'); // a healthy source is not listed
  });
});

async function waitUntil(ok: () => boolean, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
