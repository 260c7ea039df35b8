import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, loadCheckedConfig, type App } from '../../src/app.ts';
import { listSources } from '../../src/store/sources-repo.ts';
import { captureLog } from '../helpers.ts';
import { FakeFeedServer, rss, type FeedEntry } from '../fakes/feed-server.ts';

/** Three outlets on loopback, each serving what the test puts in `feeds[name]`. */
export const OUTLETS = ['wire', 'journal', 'daily'] as const;
const outletName = (o: string) => `${o[0]!.toUpperCase()}${o.slice(1)} News`;

export interface LoopbackNewsbot {
  dir: string;
  feeds: Record<string, FeedEntry[]>;
  server: FakeFeedServer;
  app: App;
  log: ReturnType<typeof captureLog>;
  /** One poll of every source, then a delivery pass: what the scheduler's tick does. */
  poll(): Promise<void>;
  /** Closes the app and the feeds (platforms first, by the caller). */
  close(): Promise<void>;
}

/**
 * newsbot as `npm start` wires it — config file, store, scheduler, delivery — over three
 * loopback outlets, with a Microsoft / OpenAI topic (a deal when asked) and any extra topics.
 * The platform harnesses add their fake and the real platform client on top.
 */
export async function startLoopbackNewsbot(opts: {
  prefix: string;
  deal?: boolean;
  topics?: string[];
}): Promise<LoopbackNewsbot> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), opts.prefix));
  const feeds: Record<string, FeedEntry[]> = Object.fromEntries(OUTLETS.map((o) => [o, []]));
  const server = await new FakeFeedServer().start();
  for (const o of OUTLETS)
    server.route(`/${o}.xml`, () => ({
      body: rss(feeds[o]!, outletName(o)),
      headers: { 'content-type': 'application/rss+xml' },
    }));
  fs.writeFileSync(
    path.join(dir, 'newsbot.yaml'),
    [
      `database: ${path.join(dir, 'newsbot.db')}`,
      'settings:',
      '  allowPrivateNetworks: true',
      '  storyHold: 0s',
      '  parseWorkers: 0',
      'sources:',
      ...OUTLETS.map((o) => `  - { url: "${server.url(`/${o}.xml`)}", name: "${outletName(o)}" }`),
      'topics:',
      `  - { id: microsoft-openai, name: Microsoft / OpenAI, query: Microsoft AND OpenAI${opts.deal ? ', deal: { parties: [Microsoft, OpenAI] }' : ''} }`,
      ...(opts.topics ?? []),
    ].join('\n'),
  );
  const log = captureLog();
  const app = await buildApp(loadCheckedConfig(path.join(dir, 'newsbot.yaml'), {}), { log: log.log });
  return {
    dir,
    feeds,
    server,
    app,
    log,
    async poll() {
      await app.scheduler.pollAll(await listSources(app.db));
      await app.deliver();
    },
    async close() {
      await app.close();
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
