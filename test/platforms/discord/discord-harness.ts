import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, loadCheckedConfig, type App } from '../../../src/app.ts';
import { startDiscord, type DiscordPlatform } from '../../../src/platforms/discord/discord-app.ts';
import { listSources } from '../../../src/store/sources-repo.ts';
import { captureLog } from '../../helpers.ts';
import { FakeFeedServer, rss, type FeedEntry } from '../../fakes/feed-server.ts';
import { FakeDiscord, type FakeDiscordOptions } from '../../fakes/discord-server.ts';
import { OUTLETS } from '../slack/slack-harness.ts';

export interface DiscordHarness {
  feeds: Record<string, FeedEntry[]>;
  discord: FakeDiscord;
  app: App;
  platform: DiscordPlatform;
  log: ReturnType<typeof captureLog>;
  poll(): Promise<void>;
  close(): Promise<void>;
}

/** newsbot wired as `npm start` does, with the real discord.js Client against the fake Discord. */
export async function startDiscordHarness(opts: { discord?: FakeDiscordOptions; deal?: boolean; admins?: string[]; guilds?: Record<string, string[]> } = {}): Promise<DiscordHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-discord-'));
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
      '  - { id: adobe-figma, name: Adobe / Figma, query: Adobe AND Figma }',
    ].join('\n'),
  );
  const discord = await new FakeDiscord(opts.discord).start();
  for (const [guild, channels] of Object.entries(opts.guilds ?? { '200000000000000001': ['300000000000000001'] })) discord.addGuild(guild, channels.map((id) => ({ id })));
  const log = captureLog();
  const app = await buildApp(loadCheckedConfig(path.join(dir, 'newsbot.yaml'), {}), { log: log.log });
  const platform = await startDiscord({ env: { token: discord.token, applicationId: discord.applicationId, apiUrl: discord.apiUrl }, db: app.db, log: log.log, ask: app.ask, admins: opts.admins });
  app.senders.set('discord', platform.sender);
  return {
    feeds,
    discord,
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
      await discord.close();
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
