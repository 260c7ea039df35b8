/**
 * npm run bench -- --processes 1,2,4 — how polling and delivery grow with the number of
 * newsbot processes sharing one Postgres (this machine's server), against a loopback feed farm
 * and a loopback Discord. Each run starts from an empty database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { FakeDiscord } from '../test/fakes/discord-server.ts';
import { FakeFeedServer, rss, type FeedEntry } from '../test/fakes/feed-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/newsbot');
const ADMIN = process.env.NEWSBOT_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const WORDS = ['alpha', 'bravo', 'charlie', 'delta'];
const GUILD = '200000000000000001';
const CHANNELS = WORDS.map((_, i) => `30000000000000000${i}`);
const SYL = ['ka', 'lo', 'mi', 'zu', 're', 'ta', 'vo', 'ne', 'shi', 'pa', 'gor', 'fen', 'dra', 'wix', 'bel', 'tor'];
const name = (n: number) => {
  let s = '';
  for (let x = n * 7919 + 104_729; s.length < 9; x = Math.floor(x / 16)) s += SYL[x % 16];
  return s[0]!.toUpperCase() + s.slice(1);
};

async function admin(sql: string, url = ADMIN): Promise<any[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function runOnce(processes: number, feedCount: number, newItems: number) {
  const dbName = `newsbot_b_${crypto.randomBytes(4).toString('hex')}`;
  await admin(`create database ${dbName}`);
  const u = new URL(ADMIN);
  u.pathname = `/${dbName}`;
  const url = u.href;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-cluster-bench-'));
  const feeds: FeedEntry[][] = Array.from({ length: feedCount }, (_, i) =>
    Array.from({ length: 20 }, (_, k) => ({
      guid: `old-${i}-${k}`,
      title: `Outlet ${i} archive ${k}`,
      link: `https://farm.example/old-${i}-${k}`,
      pubDate: new Date(Date.now() - 86_400_000),
    })),
  );
  const farm = await new FakeFeedServer().start();
  for (let i = 0; i < feedCount; i++)
    farm.route(`/f${i}.xml`, () => ({
      body: rss(feeds[i]!, `Outlet ${i}`),
      headers: { 'content-type': 'application/rss+xml' },
    }));
  const discord = await new FakeDiscord({ perChannel: 100_000, windowMs: 1000 }).start();
  discord.addGuild(
    GUILD,
    CHANNELS.map((id) => ({ id })),
  );
  fs.writeFileSync(
    path.join(dir, 'bench.yaml'),
    [
      `database: ${url}`,
      'settings:',
      '  allowPrivateNetworks: true',
      '  storyHold: 0s',
      '  jobLease: 30s',
      'sources:',
      ...Array.from({ length: feedCount }, (_, i) => `  - { url: "${farm.url(`/f${i}.xml`)}", name: "Outlet ${i}" }`),
      'topics:',
      ...WORDS.map((w) => `  - { id: ${w}, query: ${w} }`),
      'subscriptions:',
      ...WORDS.map((w, i) => `  - { platform: discord, team: "${GUILD}", channel: "${CHANNELS[i]}", topic: ${w} }`),
    ].join('\n'),
  );
  const procs: ChildProcess[] = [];
  try {
    const started = Date.now();
    for (let i = 0; i < processes; i++) {
      procs.push(
        spawn(process.execPath, [BIN, 'start', '--config', path.join(dir, 'bench.yaml')], {
          cwd: dir,
          env: {
            ...process.env,
            NEWSBOT_CONFIG: '',
            DATABASE_URL: '',
            DISCORD_TOKEN: discord.token,
            DISCORD_APPLICATION_ID: discord.applicationId,
            DISCORD_API_URL: discord.apiUrl,
            NEWSBOT_LOG_LEVEL: 'error',
          },
          stdio: 'ignore',
        }),
      );
    }
    await until(() => discord.identifies.length >= processes, 120_000);
    const ready = Date.now();
    await until(
      async () =>
        Number((await admin('select count(*) as n from sources where baseline_done = 1', url))[0].n) === feedCount,
      600_000,
    );
    const firstPoll = Date.now() - ready;
    for (let j = 0; j < newItems; j++) {
      const [a, b, w] = [name(j), name(j + 100_000), WORDS[j % 4]];
      feeds[(j * 7) % feedCount]!.push({
        guid: `item-${j}`,
        title: `${a} agrees to buy ${b} in ${w} transaction`,
        link: `https://farm.example/item-${j}`,
        description: `${a} and ${b} confirmed the ${w} terms.`,
        pubDate: new Date(),
      });
    }
    const t0 = Date.now();
    await admin('update sources set next_due_at = 0', url);
    await until(() => discord.messages.filter((m) => CHANNELS.includes(m.channel_id)).length >= newItems, 600_000);
    const deliver = Date.now() - t0;
    return { processes, startup: ready - started, firstPoll, deliver, feedCount, newItems };
  } finally {
    for (const p of procs) p.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
    for (const p of procs) if (p.exitCode === null) p.kill('SIGKILL');
    await discord.close();
    await farm.stop();
    await admin(`drop database if exists ${dbName} with (force)`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runClusterBench(processList: number[], feedCount = 600, newItems = 400): Promise<void> {
  console.log(
    `cluster: ${feedCount} loopback feeds × 20 items, then ${newItems} new items (one alert each) to a loopback Discord; Postgres at ${new URL(ADMIN).host}; ${os.cpus().length} cores`,
  );
  const rows = [];
  for (const p of processList) {
    const r = await runOnce(p, feedCount, newItems);
    rows.push(r);
    console.log(
      `  ${p} process${p > 1 ? 'es' : ''}: first poll of ${feedCount} feeds ${(r.firstPoll / 1000).toFixed(1)} s (${((feedCount * 1000) / r.firstPoll).toFixed(0)} feeds/s); ${newItems} new items polled, grouped and delivered in ${(r.deliver / 1000).toFixed(1)} s (${((newItems * 1000) / r.deliver).toFixed(0)} alerts/s)`,
    );
  }
  const base = rows[0]!;
  console.log(
    '  scaling vs the first row:',
    rows
      .map(
        (r) =>
          `${r.processes}p ×${(base.firstPoll / r.firstPoll).toFixed(2)} poll, ×${(base.deliver / r.deliver).toFixed(2)} delivery`,
      )
      .join('; '),
  );
}
