import { NewsbotMetrics } from '../../../src/ops/metrics.ts';
import { opsRoutes } from '../../../src/ops/ops-server.ts';
import { startSlack, type SlackPlatform } from '../../../src/platforms/slack/slack-app.ts';
import type { SlackEnv } from '../../../src/platforms/slack/slack-env.ts';
import { IntervalGovernor } from '../../../src/alerts/send-governor.ts';
import type { FeedEntry } from '../../fakes/feed-server.ts';
import { OUTLETS, startLoopbackNewsbot, type LoopbackNewsbot } from '../loopback-newsbot.ts';
import { FakeSlack, type FakeSlackOptions } from '../../fakes/slack-server.ts';

/** One event as three outlets report it. */
export function msOpenAiStory(n: number, at: Date): Record<(typeof OUTLETS)[number], FeedEntry> {
  return {
    wire: {
      guid: `wire-${n}`,
      title: `Microsoft and OpenAI renegotiate their partnership over Azure exclusivity (${n})`,
      link: `https://wire.example/ms-openai-${n}`,
      description:
        'Microsoft and OpenAI are renegotiating the terms of their partnership, including Azure exclusivity and revenue share.',
      pubDate: at,
    },
    journal: {
      guid: `journal-${n}`,
      title: `OpenAI and Microsoft reopen partnership terms on Azure exclusivity (${n})`,
      link: `https://journal.example/openai-microsoft-${n}`,
      description:
        'OpenAI and Microsoft reopened talks on the partnership terms, Azure exclusivity and the revenue share.',
      pubDate: new Date(at.getTime() + 60_000),
    },
    daily: {
      guid: `daily-${n}`,
      title: `Microsoft, OpenAI renegotiate Azure exclusivity in partnership (${n})`,
      link: `https://daily.example/${n}`,
      description:
        'Microsoft and OpenAI renegotiate their partnership: Azure exclusivity and revenue share are on the table.',
      pubDate: new Date(at.getTime() + 120_000),
    },
  };
}

/** Socket Mode with Slack's pacing lifted, for tests about what is said rather than when. */
export const UNTHROTTLED = {
  mode: 'socket',
  messagesPerSecond: 50,
  slack: { perChannelPerSecond: 50, burst: 5 },
} as const;

export interface Harness extends LoopbackNewsbot {
  slack: FakeSlack;
  platform: SlackPlatform;
}

/** The loopback newsbot with Slack driven through the real Bolt app against the fake Slack. */
export async function startHarness(opts: {
  mode: 'socket' | 'http' | 'oauth';
  slack?: FakeSlackOptions;
  messagesPerSecond?: number;
  admins?: string[];
  deal?: boolean;
  /** Serve the operators' endpoints on Slack's HTTP port, as `start` does in HTTP mode. */
  ops?: boolean;
}): Promise<Harness> {
  const base = await startLoopbackNewsbot({ prefix: 'newsbot-slack-', deal: opts.deal });
  const { app, log } = base;
  const slack = await new FakeSlack(opts.slack).start();
  let env: SlackEnv;
  if (opts.mode === 'socket')
    env = { mode: 'socket', botToken: slack.addWorkspace('T1'), appToken: slack.appToken('T1'), apiUrl: slack.apiUrl };
  else if (opts.mode === 'http')
    env = {
      mode: 'http',
      botToken: slack.addWorkspace('T1'),
      signingSecret: 'test-signing-secret',
      port: 0,
      apiUrl: slack.apiUrl,
    };
  else
    env = {
      mode: 'oauth',
      clientId: slack.oauthClient.id,
      clientSecret: slack.oauthClient.secret,
      signingSecret: 'test-signing-secret',
      stateSecret: 'state-secret-for-tests',
      secretKey: 'k'.repeat(40),
      port: 0,
      apiUrl: slack.apiUrl,
      redirectUri: undefined,
    };
  const rate = opts.messagesPerSecond ?? 1;
  let extraRoutes: ReturnType<typeof opsRoutes> | undefined;
  if (opts.ops) {
    const metrics = new NewsbotMetrics(app.db);
    app.observe.polled = metrics.polled;
    app.observe.delivered = metrics.delivered;
    extraRoutes = opsRoutes(app.db, metrics, log.log);
  }
  const platform = await startSlack({
    ...(extraRoutes ? { extraRoutes } : {}),
    env,
    db: app.db,
    log: log.log,
    ask: app.ask,
    onChange: app.refresh,
    admins: opts.admins,
    governor: new IntervalGovernor({ intervalMs: Math.round(1000 / rate) }),
  });
  app.senders.set('slack', platform.sender);
  if (opts.mode === 'socket') await slack.waitForConnection();
  return {
    ...base,
    slack,
    platform,
    async close() {
      await platform.stop();
      await base.close();
      await slack.close();
    },
  };
}
