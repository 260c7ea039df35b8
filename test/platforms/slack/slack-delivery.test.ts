import { afterEach, describe, expect, it } from 'vitest';
import type { Alert, Delivery } from '../../../src/alerts/alert.ts';
import { DeliveryError } from '../../../src/alerts/platform.ts';
import { IntervalGovernor } from '../../../src/alerts/send-governor.ts';
import { SlackSender } from '../../../src/platforms/slack/slack-sender.ts';
import { enqueue, getOutbox } from '../../../src/store/outbox-repo.ts';
import { addSubscription } from '../../../src/store/subscriptions-repo.ts';
import { captureLog } from '../../helpers.ts';
import { FakeSlack } from '../../fakes/slack-server.ts';
import { startHarness, type Harness } from './slack-harness.ts';

function storyAlert(n: number, headline = `Story number ${n}`): Extract<Alert, { kind: 'story' }> {
  return {
    kind: 'story',
    id: `alert-${n}`,
    topic: { id: 'microsoft-openai', name: 'Microsoft / OpenAI' },
    story: {
      id: `sty_${n}`,
      headline,
      summary: [{ text: `Summary of story ${n}.`, cites: [1] }],
      sources: [{ n: 1, outlet: 'Wire', title: headline, url: `https://wire.example/${n}`, publishedAt: Date.now() }],
      firstReportedBy: 'Wire',
    },
    revision: 1,
    changes: { newSources: [1] },
    createdAt: Date.now(),
  };
}

const delivery = (team: string, channel: string, alert: Alert, attempt = 1): Delivery => ({
  outboxId: `out_${alert.id}`,
  platform: 'slack',
  team,
  channel,
  alert,
  attempt,
});

let h: Harness | undefined;
let fake: FakeSlack | undefined;
afterEach(async () => {
  await h?.close();
  await fake?.close();
  h = undefined;
  fake = undefined;
});

describe('delivering alerts to Slack', () => {
  it('a burst of 100 alerts to one channel arrives complete and in order, every 429 waited out', async () => {
    // Slack at 20 messages/s per channel so the test takes seconds, not the real 100.
    h = await startHarness({ mode: 'socket', slack: { perChannelPerSecond: 20, burst: 1 }, messagesPerSecond: 19 });
    const { slack, app } = h;
    slack.addChannel('C1', 'T1');
    await addSubscription(
      app.db,
      { platform: 'slack', team: 'T1', channel: 'C1', topicId: 'microsoft-openai' },
      Date.now(),
    );
    const ids = await enqueue(
      app.db,
      Array.from({ length: 100 }, (_, i) => ({
        id: `out_${String(i).padStart(3, '0')}_${(97 * i) % 100}`,
        subscription_id: null,
        platform: 'slack',
        team: 'T1',
        channel: 'C1',
        kind: 'story',
        payload: JSON.stringify(storyAlert(i)),
      })),
      Date.now(),
    );
    expect(ids).toHaveLength(100);
    await app.deliver();
    const got = await slack.waitForMessages('C1', 100, 30_000);
    expect(got.map((m) => m.text.match(/Story number (\d+)/)![1])).toEqual(
      Array.from({ length: 100 }, (_, i) => String(i)),
    );
    const rows = await getOutbox(app.db, ids);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
  }, 60_000);

  it("a 429 waits out Retry-After for that workspace only; another workspace's channel is not held up", async () => {
    fake = await new FakeSlack({ perChannelPerSecond: 50, burst: 5 }).start();
    const tokens: Record<string, string> = { T1: fake.addWorkspace('T1'), T2: fake.addWorkspace('T2') };
    fake.addChannel('C1', 'T1');
    fake.addChannel('C2', 'T2');
    const { log, lines } = captureLog();
    const sender = new SlackSender({
      tokens: { botToken: async (t) => tokens[t] },
      log,
      apiUrl: fake.apiUrl,
      governor: new IntervalGovernor({ intervalMs: 10 }),
    });
    fake.failNextPost({ retryAfter: 1 }, 'C1');
    const slow = sender.send(delivery('T1', 'C1', storyAlert(1)));
    await new Promise((r) => setTimeout(r, 100)); // the 429 has been given
    const fast = await sender.send(delivery('T2', 'C2', storyAlert(2)));
    expect(fast.messageId).toBeTruthy();
    expect(fake.messages.map((m) => m.channel)).toEqual(['C2']); // T1 still waiting
    await slow;
    expect(fake.messages.map((m) => m.channel)).toEqual(['C2', 'C1']);
    expect(fake.rateLimited.get('C1')).toBe(1);
    expect(lines.join('')).toContain('Slack rate limit (429)');
  });

  it('a timeout after Slack posted the message does not post it twice: the retry finds it by its metadata', async () => {
    fake = await new FakeSlack().start();
    const token = fake.addWorkspace('T1');
    fake.addChannel('C1', 'T1');
    const { log } = captureLog();
    const sender = new SlackSender({
      tokens: { botToken: async () => token },
      log,
      apiUrl: fake.apiUrl,
      governor: new IntervalGovernor({ intervalMs: 1 }),
    });
    fake.failNextPost({ dropAfterPost: true });
    const alert = storyAlert(1);
    await expect(sender.send(delivery('T1', 'C1', alert, 1))).rejects.toThrow(/could not reach Slack/);
    expect(fake.messages).toHaveLength(1); // it did get there
    const retry = await sender.send(delivery('T1', 'C1', alert, 2));
    expect(retry.messageId).toBe(fake.messages[0]!.ts);
    expect(fake.messages).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1); // the client itself never retried
  });

  it("the retry of a post whose response was lost decides from our own store (Slack's message event), reading no channel history", async () => {
    h = await startHarness({ mode: 'socket' });
    const { slack, platform, app } = h;
    slack.addChannel('C1', 'T1');
    const team = platform.teamKey!;
    const alert = storyAlert(7);
    slack.failNextPost({ dropAfterPost: true });
    await expect(platform.sender.send(delivery(team, 'C1', alert, 1))).rejects.toThrow(/could not reach Slack/);
    expect(slack.messages).toHaveLength(1); // it did get there
    const retry = await platform.sender.send(delivery(team, 'C1', alert, 2));
    expect(retry.messageId).toBe(slack.messages[0]!.ts);
    expect(slack.messages).toHaveLength(1);
    expect(slack.calls.filter((c) => c.method.startsWith('conversations.'))).toEqual([]);
    const { postEvidence } = await import('../../../src/store/post-evidence-repo.ts');
    expect(await postEvidence(app.db, `out_${alert.id}`)).toMatchObject({ messageId: slack.messages[0]!.ts });

    // A post refused before it was made leaves an attempt and no message: the retry posts once.
    const other = storyAlert(8);
    slack.failNextPost({ status: 503 });
    await expect(platform.sender.send(delivery(team, 'C1', other, 1))).rejects.toThrow(/HTTP 503/);
    const posted = await platform.sender.send(delivery(team, 'C1', other, 2));
    expect(slack.messages.map((m) => m.ts)).toEqual([retry.messageId, posted.messageId]);
    expect(slack.calls.filter((c) => c.method.startsWith('conversations.'))).toEqual([]);
  });

  it('sorts Slack refusals: channel problems pause the channel, auth problems the team, bad messages are given up', async () => {
    fake = await new FakeSlack().start();
    const token = fake.addWorkspace('T1');
    fake.addChannel('COUT', 'T1', { botMember: false });
    fake.addChannel('CARCH', 'T1', { archived: true });
    fake.addChannel('C1', 'T1');
    const { log } = captureLog();
    const sender = new SlackSender({
      tokens: { botToken: async () => token },
      log,
      apiUrl: fake.apiUrl,
      governor: new IntervalGovernor({ intervalMs: 1 }),
    });
    const refusal = async (channel: string) =>
      sender.send(delivery('T1', channel, storyAlert(1))).then(
        () => undefined,
        (e: DeliveryError) => [e.message, e.options],
      );
    expect(await refusal('COUT')).toEqual([
      'Slack refused the message: not_in_channel (invite the bot with /invite @newsbot, then run /news resume there)',
      { pause: 'channel' },
    ]);
    expect(await refusal('CARCH')).toEqual([expect.stringContaining('is_archived'), { pause: 'channel' }]);
    expect(await refusal('CNONE')).toEqual([expect.stringContaining('channel_not_found'), { pause: 'channel' }]);
    fake.failNextPost({ error: 'invalid_blocks' });
    expect(await refusal('C1')).toEqual([expect.stringContaining('invalid_blocks'), { permanent: true }]);
    fake.failNextPost({ status: 503 });
    expect(await refusal('C1')).toEqual(['Slack answered HTTP 503', { unavailable: true }]);
    fake.revoke(token, 'account_inactive');
    expect(await refusal('C1')).toEqual([expect.stringContaining('account_inactive'), { pause: 'team' }]);
    const unknown = await new SlackSender({ tokens: { botToken: async () => undefined }, log, apiUrl: fake.apiUrl })
      .send(delivery('T9', 'C1', storyAlert(1)))
      .catch((e: DeliveryError) => e);
    expect((unknown as DeliveryError).options).toEqual({ pause: 'team' });
  });

  it('a channel the bot was removed from is paused with the reason in /news list, not retried, and resumes with /news resume', async () => {
    h = await startHarness({ mode: 'socket' });
    const { slack, app } = h;
    slack.addChannel('C1', 'T1', { botMember: false });
    slack.addUser('UADMIN', 'T1', { admin: true });
    await slack.slashCommand({
      team: 'T1',
      channel: 'C1',
      user: 'UADMIN',
      command: '/news',
      text: 'subscribe microsoft-openai',
    });
    const sub = (await app.db.selectFrom('subscriptions').selectAll().execute())[0]!;
    await enqueue(
      app.db,
      [
        {
          id: 'out_a',
          subscription_id: sub.id,
          platform: 'slack',
          team: 'T1',
          channel: 'C1',
          kind: 'story',
          payload: JSON.stringify(storyAlert(1)),
        },
      ],
      Date.now(),
    );
    await app.deliver();
    await app.deliver();
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    const [list] = await slack.slashCommand({
      team: 'T1',
      channel: 'C1',
      user: 'UADMIN',
      command: '/news',
      text: 'list',
    });
    expect(JSON.stringify(list.blocks)).toContain('paused: Slack refused the message: not_in_channel');

    slack.channels.get('C1')!.botMember = true; // /invite @newsbot
    const [resumed] = await slack.slashCommand({
      team: 'T1',
      channel: 'C1',
      user: 'UADMIN',
      command: '/news',
      text: 'resume',
    });
    expect(resumed.text).toBe('Resumed 1 subscription in this channel; 1 held alert will be posted now.');
    await app.deliver();
    expect((await slack.waitForMessages('C1', 1))[0]!.text).toContain('Story number 1');
  });
});
