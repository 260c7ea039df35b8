import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord-server.ts';
import { FakeFeedServer, rss, type FeedEntry } from '../fakes/feed-server.ts';
import { madeUpName as name } from '../helpers.ts';
import { postgresDatabase, postgresUnavailable } from '../store/stores.ts';

/**
 * The scale-out proof: three `newsbot start` processes on one Postgres, a loopback farm of
 * 300 feeds and a loopback Discord that honours idempotency (nonces). Every expected alert
 * arrives exactly once — and still does when one process is SIGKILLed mid-run.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/newsbot');
const GUILD = '200000000000000001';
const WORDS = ['alpha', 'bravo', 'charlie', 'delta'];
const CHANNELS = WORDS.map((_, i) => `30000000000000000${i}`);
const FEEDS = 300;
const pgSkip = await postgresUnavailable();

let farm: FakeFeedServer;
let discord: FakeDiscord;
let db: { url: string; drop: () => Promise<void> };
let dir: string;
const feeds: FeedEntry[][] = Array.from({ length: FEEDS }, () => []);
const procs: ChildProcess[] = [];
/** Each process's operators' port (NEWSBOT_HTTP_PORT: one config, three processes on one machine). */
const opsPorts: number[] = [];
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
const stderr: string[] = [];

function startProcess(i: number): ChildProcess {
  const child = spawn(process.execPath, [BIN, 'start', '--config', path.join(dir, 'cluster.yaml')], {
    cwd: dir,
    env: {
      ...process.env,
      NEWSBOT_CONFIG: '',
      DATABASE_URL: '',
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      NEWSBOT_LOG_LEVEL: 'warn',
      NEWSBOT_HTTP_PORT: String(opsPorts[i]),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  stderr[i] = '';
  child.stderr!.on('data', (d) => (stderr[i] += d));
  procs[i] = child;
  return child;
}

async function sql<T = any>(query: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    return (await c.query(query)).rows as T[];
  } finally {
    await c.end();
  }
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) {
      const outbox = await sql(
        'select status, kind, platform, channel, count(*) as n from outbox group by status, kind, platform, channel',
      ).catch(() => []);
      const polled = await sql('select count(*) as n from items').catch(() => []);
      throw new Error(
        `timed out waiting for ${what}: ${delivered().length} delivered; outbox ${JSON.stringify(outbox)}; items ${JSON.stringify(polled)}\n${stderr.join('\n').slice(-3000)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

const TEMPLATES = [
  (a: string, b: string, w: string) => `${a} agrees to buy ${b} in ${w} transaction`,
  (a: string, b: string, w: string) => `${b} shareholders back ${a} ${w} offer`,
  (a: string, b: string, w: string) => `${a} and ${b} announce ${w} merger plan`,
];

/** n new items, each its own event (distinct names), spread over the farm and the four topics. */
function publish(from: number, count: number): void {
  for (let j = from; j < from + count; j++) {
    const [a, b, w] = [name(j), name(j + 100_000), WORDS[j % 4]!];
    feeds[(j * 7) % FEEDS]!.push({
      guid: `item-${j}`,
      title: TEMPLATES[j % 3]!(a, b, w),
      link: `https://farm.example/item-${j}`,
      description: `${a} (${j}) and ${b} confirmed the ${w} terms.`,
      pubDate: new Date(),
    });
  }
}

const delivered = () => discord.messages.filter((m) => CHANNELS.includes(m.channel_id));

beforeAll(async () => {
  if (pgSkip) return;
  db = await postgresDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-cluster-'));
  farm = await new FakeFeedServer().start();
  for (let i = 0; i < FEEDS; i++) {
    feeds[i]!.push({
      guid: `old-${i}`,
      title: `Feed ${i} archive item`,
      link: `https://farm.example/old-${i}`,
      pubDate: new Date(Date.now() - 86_400_000),
    });
    farm.route(`/f${i}.xml`, () => ({
      body: rss(feeds[i]!, `Outlet ${i}`),
      headers: { 'content-type': 'application/rss+xml' },
    }));
  }
  discord = await new FakeDiscord({ perChannel: 1000, windowMs: 1000 }).start();
  discord.addGuild(
    GUILD,
    CHANNELS.map((id) => ({ id })),
  );
  fs.writeFileSync(
    path.join(dir, 'cluster.yaml'),
    [
      `database: ${db.url}`,
      'settings:',
      '  allowPrivateNetworks: true',
      '  storyHold: 0s',
      '  parseWorkers: 0',
      '  jobLease: 5s',
      'sources:',
      ...Array.from({ length: FEEDS }, (_, i) => `  - { url: "${farm.url(`/f${i}.xml`)}", name: "Outlet ${i}" }`),
      'topics:',
      ...WORDS.map((w) => `  - { id: ${w}, query: ${w} }`),
      'subscriptions:',
      ...WORDS.map((w, i) => `  - { platform: discord, team: "${GUILD}", channel: "${CHANNELS[i]}", topic: ${w} }`),
    ].join('\n'),
  );
  for (let i = 0; i < 3; i++) opsPorts.push(await freePort());
  for (let i = 0; i < 3; i++) startProcess(i);
  await until(() => discord.identifies.length >= 3, 60_000, 'three processes on the gateway');
  await until(
    async () => Number((await sql('select count(*) as n from sources where baseline_done = 1'))[0].n) === FEEDS,
    90_000,
    'the first poll of every feed',
  );
  // Three started together race to create pg-boss's schema: each must still be running.
  if (procs.some((p) => p.exitCode !== null)) throw new Error(`a process exited after starting:\n${stderr.join('\n')}`);
}, 180_000);

afterAll(async () => {
  if (pgSkip) return;
  for (const p of procs) if (p && p.exitCode === null) p.kill('SIGKILL');
  await discord?.close();
  await farm?.stop();
  await db?.drop();
});

describe.skipIf(!!pgSkip)('three processes sharing one Postgres', () => {
  it('deliver every alert of 200 new items exactly once', async () => {
    publish(0, 200);
    await sql('update sources set next_due_at = 0');
    await until(() => delivered().length >= 200, 120_000, '200 alerts');
    await new Promise((r) => setTimeout(r, 3000)); // anything doubled would show up by now
    const titles = delivered().map((m) => m.embeds[0].title);
    expect(titles).toHaveLength(200);
    expect(new Set(titles).size).toBe(200);
    for (const [i, ch] of CHANNELS.entries())
      expect(
        delivered()
          .filter((m) => m.channel_id === ch)
          .every((m) => m.embeds[0].title.includes(WORDS[i]!)),
      ).toBe(true);
    // The polls were shared: more than one process did some.
    const pollers = await sql(`select count(distinct id) as n from sources where last_polled_at is not null`);
    expect(Number(pollers[0].n)).toBe(FEEDS);
    // Each process serves its own metrics; together they count each delivery once, and every one
    // reports the same outbox depth (read from the shared store).
    const scrapes = await Promise.all(
      opsPorts.map(async (port) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text()),
    );
    const sum = (re: RegExp) =>
      scrapes.reduce((n, text) => n + [...text.matchAll(re)].reduce((m, x) => m + Number(x[1]), 0), 0);
    expect(sum(/^newsbot_alerts_total\{platform="discord",outcome="sent"\} (\d+)$/gm)).toBe(200);
    expect(sum(/^newsbot_polls_total\{outcome="ok"\} (\d+)$/gm)).toBeGreaterThanOrEqual(FEEDS);
    for (const text of scrapes) expect(text).toMatch(/^newsbot_outbox_depth\{status="pending"\} 0$/m);
    for (const port of opsPorts) expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
  }, 180_000);

  it('lose nothing and double nothing when a process is killed mid-run', async () => {
    const before = delivered().length;
    publish(200, 200);
    await sql('update sources set next_due_at = 0');
    await until(() => delivered().length >= before + 20, 120_000, 'deliveries to start');
    procs[0]!.kill('SIGKILL');
    await until(() => delivered().length >= before + 200, 150_000, '200 more alerts after the kill');
    await new Promise((r) => setTimeout(r, 6000)); // past a lease: a taken-over job would repeat by now
    const titles = delivered().map((m) => m.embeds[0].title);
    expect(titles).toHaveLength(400);
    expect(new Set(titles).size).toBe(400);
    const pending = await sql(`select count(*) as n from outbox where status <> 'sent'`);
    expect(Number(pending[0].n)).toBe(0);
  }, 240_000);
});
