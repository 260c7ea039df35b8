import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, loadCheckedConfig, type App } from '../../../src/app.ts';
import { startSlack, type SlackPlatform } from '../../../src/platforms/slack/slack-app.ts';
import type { SlackEnv } from '../../../src/platforms/slack/slack-env.ts';
import { IntervalGovernor } from '../../../src/alerts/send-governor.ts';
import { listSources } from '../../../src/store/sources-repo.ts';
import { captureLog } from '../../helpers.ts';
import { FakeFeedServer, rss, type FeedEntry } from '../../fakes/feed-server.ts';
import { FakeSlack, type FakeSlackOptions } from '../../fakes/slack-server.ts';

/** Three outlets on loopback, each serving what the test puts in `feeds[name]`. */
export const OUTLETS = ['wire', 'journal', 'daily'] as const;

/** One event as three outlets report it. */
export function msOpenAiStory(n: number, at: Date): Record<(typeof OUTLETS)[number], FeedEntry> {
  return {
    wire: { guid: `wire-${n}`, title: `Microsoft and OpenAI renegotiate their partnership over Azure exclusivity (${n})`, link: `https://wire.example/ms-openai-${n}`, description: 'Microsoft and OpenAI are renegotiating the terms of their partnership, including Azure exclusivity and revenue share.', pubDate: at },
    journal: { guid: `journal-${n}`, title: `OpenAI and Microsoft reopen partnership terms on Azure exclusivity (${n})`, link: `https://journal.example/openai-microsoft-${n}`, description: 'OpenAI and Microsoft reopened talks on the partnership terms, Azure exclusivity and the revenue share.', pubDate: new Date(at.getTime() + 60_000) },
    daily: { guid: `daily-${n}`, title: `Microsoft, OpenAI renegotiate Azure exclusivity in partnership (${n})`, link: `https://daily.example/${n}`, description: 'Microsoft and OpenAI renegotiate their partnership: Azure exclusivity and revenue share are on the table.', pubDate: new Date(at.getTime() + 120_000) },
  };
}

export interface Harness {
  dir: string;
  feeds: Record<string, FeedEntry[]>;
  server: FakeFeedServer;
  slack: FakeSlack;
  app: App;
  platform: SlackPlatform;
  log: ReturnType<typeof captureLog>;
  poll(): Promise<void>;
  close(): Promise<void>;
}

/**
 * newsbot as `npm start` wires it — config file, store, scheduler, delivery — with Slack
 * driven through the real Bolt app against the fake Slack, and feeds on loopback.
 */
export async function startHarness(opts: { mode: 'socket' | 'http' | 'oauth'; slack?: FakeSlackOptions; messagesPerSecond?: number; admins?: string[]; extraConfig?: string; deal?: boolean }): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-slack-'));
  const feeds: Record<string, FeedEntry[]> = Object.fromEntries(OUTLETS.map((o) => [o, []]));
  const server = await new FakeFeedServer().start();
  for (const o of OUTLETS) server.route(`/${o}.xml`, () => ({ body: rss(feeds[o]!, `${o[0]!.toUpperCase()}${o.slice(1)} News`), headers: { 'content-type': 'application/rss+xml' } }));
  fs.writeFileSync(
    path.join(dir, 'newsbot.yaml'),
    [
      `database: ${path.join(dir, 'newsbot.db')}`,
      'settings:',
      '  allowPrivateNetworks: true',
      '  storyHold: 0s',
      '  parseWorkers: 0',
      'sources:',
      ...OUTLETS.map((o) => `  - { url: "${server.url(`/${o}.xml`)}", name: "${o[0]!.toUpperCase()}${o.slice(1)} News" }`),
      'topics:',
      `  - { id: microsoft-openai, name: Microsoft / OpenAI, query: Microsoft AND OpenAI${opts.deal ? ', deal: { parties: [Microsoft, OpenAI] }' : ''} }`,
      opts.extraConfig ?? '',
    ].join('\n'),
  );
  const slack = await new FakeSlack(opts.slack).start();
  const log = captureLog();
  const app = await buildApp(loadCheckedConfig(path.join(dir, 'newsbot.yaml'), {}), { log: log.log });
  let env: SlackEnv;
  if (opts.mode === 'socket') env = { mode: 'socket', botToken: slack.addWorkspace('T1'), appToken: slack.appToken('T1'), apiUrl: slack.apiUrl };
  else if (opts.mode === 'http') env = { mode: 'http', botToken: slack.addWorkspace('T1'), signingSecret: 'test-signing-secret', port: 0, apiUrl: slack.apiUrl };
  else env = { mode: 'oauth', clientId: slack.oauthClient.id, clientSecret: slack.oauthClient.secret, signingSecret: 'test-signing-secret', stateSecret: 'state-secret-for-tests', secretKey: 'k'.repeat(40), port: 0, apiUrl: slack.apiUrl, redirectUri: undefined };
  const rate = opts.messagesPerSecond ?? 1;
  const platform = await startSlack({ env, db: app.db, log: log.log, ask: app.ask, onChange: app.refresh, admins: opts.admins, governor: new IntervalGovernor({ intervalMs: Math.round(1000 / rate) }) });
  app.senders.set('slack', platform.sender);
  if (opts.mode === 'socket') await slack.waitForConnection();
  return {
    dir,
    feeds,
    server,
    slack,
    app,
    platform,
    log,
    async poll() {
      await app.scheduler.pollAll(await listSources(app.db));
      await app.deliver();
    },
    async close() {
      await platform.stop();
      await app.close();
      await slack.close();
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
