import { afterEach, describe, expect, it } from 'vitest';
import { msOpenAiStory, startHarness, type Harness } from './slack-harness.ts';
import { waitFor } from '../../helpers.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Slack in Socket Mode, against a loopback Slack', () => {
  it('a user subscribes a channel with /news, a poll finds the story, the channel gets the Block Kit alert, and an update lands in its thread', async () => {
    h = await startHarness({ mode: 'socket' });
    const { slack, feeds } = h;
    slack.addChannel('C1', 'T1');
    slack.addUser('UADMIN', 'T1', { admin: true });
    await h.poll(); // first poll: the baseline, nothing alerted

    const [answer] = await slack.slashCommand({
      team: 'T1',
      channel: 'C1',
      user: 'UADMIN',
      command: '/news',
      text: 'subscribe microsoft-openai',
    });
    expect(answer).toMatchObject({
      response_type: 'in_channel',
      text: 'This channel now gets alerts about Microsoft / OpenAI.',
    });
    expect([...slack.acks.values()].every((ms) => ms < 3000)).toBe(true);

    const story = msOpenAiStory(1, new Date());
    feeds.wire!.push(story.wire);
    feeds.journal!.push(story.journal);
    await h.poll();
    const [alert] = await slack.waitForMessages('C1', 1);
    expect(alert!.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', emoji: true } });
    expect([story.wire.title, story.journal.title]).toContain(alert!.blocks[0].text.text);
    const links = JSON.stringify(alert!.blocks.filter((b) => b.type === 'context'));
    expect(links).toMatch(/\*\[[12]\]\* <https:\/\/wire\.example\/ms-openai-1\|Wire News — /);
    expect(links).toMatch(/\*\[[12]\]\* <https:\/\/journal\.example\/openai-microsoft-1\|Journal News — /);
    expect(alert!.text).toContain('2 outlets');
    expect(alert).toMatchObject({ unfurl_links: false, unfurl_media: false });

    feeds.daily!.push(story.daily);
    await h.poll();
    const all = await slack.waitForMessages('C1', 2);
    expect(all[1]).toMatchObject({ thread_ts: alert!.ts });
    expect(JSON.stringify(all[1]!.blocks)).toContain('*[3]* <https://daily.example/1|Daily News');
    expect(slack.rateLimited.size).toBe(0);
  });

  it('non-admins cannot change the setup; each workspace sees only its own subscriptions; errors are ephemeral and say how to fix them', async () => {
    h = await startHarness({ mode: 'socket', admins: ['UCONF'] });
    const { slack } = h;
    slack.addChannel('C1', 'T1');
    slack.addUser('UMEMBER', 'T1');
    slack.addUser('UCONF', 'T1');
    const [refused] = await slack.slashCommand({
      team: 'T1',
      channel: 'C1',
      user: 'UMEMBER',
      command: '/news',
      text: 'subscribe microsoft-openai',
    });
    expect(refused).toMatchObject({ response_type: 'ephemeral', text: 'Only admins can subscribe channels.' });
    const [ok] = await slack.slashCommand({
      team: 'T1',
      channel: 'C1',
      user: 'UCONF',
      command: '/news',
      text: 'subscribe microsoft-openai',
    });
    expect(ok.text).toBe('This channel now gets alerts about Microsoft / OpenAI.');
    const [typo] = await slack.slashCommand({
      team: 'T1',
      channel: 'C1',
      user: 'UCONF',
      command: '/news',
      text: 'subscribe microsoft-opena',
    });
    expect(typo).toMatchObject({
      response_type: 'ephemeral',
      text: 'No topic "microsoft-opena". Did you mean microsoft-openai?',
    });
    expect(JSON.stringify(typo.blocks)).toContain('Topics: microsoft-openai.');
    // Another workspace (same app, another team id) sees none of T1's data.
    const [other] = await slack.slashCommand({ team: 'T2', channel: 'C9', user: 'UX', command: '/news', text: 'list' });
    expect(other.text).toBe('No subscriptions in this team');
    const [mine] = await slack.slashCommand({
      team: 'T1',
      channel: 'C1',
      user: 'UMEMBER',
      command: '/news',
      text: 'list',
    });
    expect(mine.text).toBe('Subscriptions (1)');
    const [deal] = await slack.slashCommand({
      team: 'T1',
      channel: 'C1',
      user: 'UMEMBER',
      command: '/deal',
      text: 'status microsoft-openai',
    });
    expect(deal).toMatchObject({ response_type: 'ephemeral', text: '"microsoft-openai" is a topic, not a deal.' });
  });

  it('a revoked bot token or an uninstall pauses the workspace with the reason; a user token revoked changes nothing', async () => {
    h = await startHarness({ mode: 'socket' });
    const { slack, app } = h;
    slack.addChannel('C1', 'T1');
    slack.addUser('UADMIN', 'T1', { admin: true });
    await slack.slashCommand({
      team: 'T1',
      channel: 'C1',
      user: 'UADMIN',
      command: '/news',
      text: 'subscribe microsoft-openai',
    });
    const paused = async () =>
      (await app.db.selectFrom('subscriptions').select('paused_reason').execute())[0]!.paused_reason;
    await slack.event('T1', { type: 'tokens_revoked', tokens: { oauth: ['UADMIN'] } });
    await new Promise((r) => setTimeout(r, 200));
    expect(await paused()).toBeNull();
    await slack.event('T1', { type: 'tokens_revoked', tokens: { bot: ['UBT1'] } });
    await waitFor(async () => (await paused()) === 'the bot token was revoked; reinstall the app to resume');
    await app.ask({ platform: 'slack', team: 'T1', channel: 'C1', user: 'UADMIN', isAdmin: true }, '/news resume');
    await slack.event('T1', { type: 'app_uninstalled' });
    await waitFor(
      async () => (await paused()) === 'the app was uninstalled from this workspace; reinstall it to resume',
    );
  });
});
