/**
 * The soak: `newsbot start` runs for real (a whole process, Socket Mode to a loopback Slack)
 * while a loopback farm publishes items, and the run is made hard: the process is SIGKILLed at
 * random moments and started again (what a supervisor does), Slack answers some posts with
 * 503, 429 or a dropped connection after posting, and — where a tmpfs can be mounted — the
 * store's disk fills up and is freed again. At the end every published item must have reached
 * the channel exactly once: `lost` and `duplicated` count those that did not.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeFeedServer, rss, type FeedEntry } from '../test/fakes/feed-server.ts';
import { FakeSlack } from '../test/fakes/slack-server.ts';
import { madeUpName } from '../test/helpers.ts';

const BIN = path.join(import.meta.dirname, '..', 'bin', 'newsbot');

export interface SoakOptions {
  /** How long items are published (kills and faults continue until everything is delivered). */
  publishMs: number;
  /** After publishing stops, how long to wait for the last alerts at most. */
  settleMs: number;
  feeds: number;
  /** Mean time between kills. */
  killEveryMs: number;
  /** Mean time between Slack faults. */
  faultEveryMs: number;
  /** Fill the store's disk now and then (needs a tmpfs mount; skipped with a reason otherwise). */
  diskFaults: boolean;
  log?: (line: string) => void;
  random?: () => number;
}

export interface SoakReport {
  published: number;
  alerted: number;
  lost: number;
  duplicated: number;
  kills: number;
  /** Exit codes of runs that ended by themselves (and were restarted). */
  exits: number[];
  slackFaults: number;
  diskFaults: number | string;
  peakRssMb: number;
  seconds: number;
  /** Links lost or duplicated, for the reader of a failed run. */
  problems: string[];
  /** The last lines of the bot's log. */
  tail: string;
}

export const soakDefaults = {
  publishMs: 8 * 60_000,
  settleMs: 150_000,
  feeds: 12,
  killEveryMs: 30_000,
  faultEveryMs: 10_000,
  diskFaults: true,
} satisfies Omit<SoakOptions, 'log' | 'random'>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Mounts a small tmpfs for the store, or says why it cannot. */
function mountTmpfs(dir: string): string | undefined {
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=32m', 'tmpfs', dir], { encoding: 'utf8' });
  return r.status === 0 ? undefined : (r.stderr || r.error?.message || `mount exited ${r.status}`).trim();
}

export async function runSoak(options: Partial<SoakOptions> = {}): Promise<SoakReport> {
  const o = { ...soakDefaults, ...options };
  const say = o.log ?? ((line: string) => console.log(line));
  const random = o.random ?? Math.random;
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-soak-'));
  const storeDir = path.join(dir, 'store');
  fs.mkdirSync(storeDir);
  let diskFaults: number | string = o.diskFaults ? 0 : 'off';
  let mounted = false;
  if (o.diskFaults) {
    const why = mountTmpfs(storeDir);
    if (why) diskFaults = `skipped (cannot mount a tmpfs: ${why})`;
    else mounted = true;
  }

  const farm = await new FakeFeedServer().start();
  const feeds: FeedEntry[][] = Array.from({ length: o.feeds }, (_, f) => [
    // One old item each: the first poll's baseline, never alerted, not counted.
    {
      guid: `seed-${f}`,
      title: `Seed ${f}`,
      link: `https://seed.example/${f}`,
      pubDate: new Date(Date.now() - 3_600_000),
    },
  ]);
  feeds.forEach((items, f) => farm.route(`/feed/${f}.xml`, () => ({ body: rss(items, `Outlet ${f}`) })));
  const slack = await new FakeSlack({ perChannelPerSecond: 20, burst: 5 }).start();
  const botToken = slack.addWorkspace('T1');
  const appToken = slack.appToken('T1');
  slack.addChannel('C1', 'T1');

  fs.writeFileSync(
    path.join(dir, 'newsbot.yaml'),
    [
      'database: ./store/soak.db',
      'settings:',
      '  allowPrivateNetworks: true',
      '  interval: 1m',
      '  timeout: 10s',
      'sources:',
      ...feeds.map((_, f) => `  - { id: outlet-${f}, url: "${farm.url(`/feed/${f}.xml`)}", name: Outlet ${f} }`),
      'topics:',
      '  - { id: soak, name: Soak, query: soak }',
      'subscriptions:',
      '  - { platform: slack, team: T1, channel: C1, topic: soak }',
      'slack:',
      '  messagesPerSecond: 20',
      '',
    ].join('\n'),
  );

  let child: ChildProcess | undefined;
  let log = '';
  let peakRss = 0;
  const startBot = () => {
    child = spawn(process.execPath, [BIN, 'start', '--config', 'newsbot.yaml'], {
      cwd: dir,
      env: {
        ...process.env,
        NEWSBOT_CONFIG: '',
        DATABASE_URL: '',
        SLACK_BOT_TOKEN: botToken,
        SLACK_APP_TOKEN: appToken,
        SLACK_API_URL: slack.apiUrl,
        NEWSBOT_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.on('data', (d) => (log = (log + d).slice(-20_000)));
  };
  const rssTimer = setInterval(() => {
    try {
      const status = fs.readFileSync(`/proc/${child?.pid}/status`, 'utf8');
      peakRss = Math.max(peakRss, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
    } catch {}
  }, 500);

  const published: string[] = [];
  let store = '';
  let kills = 0;
  const exits: number[] = [];
  let slackFaults = 0;
  const seen = () => {
    const counts = new Map<string, number>();
    for (const m of slack.messagesIn('C1')) {
      const text = JSON.stringify(m.blocks);
      for (const link of new Set(text.match(/https:\/\/soak\.example\/\d+/g) ?? []))
        counts.set(link, (counts.get(link) ?? 0) + 1);
    }
    return counts;
  };
  const allDelivered = () => {
    const counts = seen();
    return published.every((l) => counts.has(l));
  };

  startBot();
  try {
    await slack.waitForConnection(30_000);
    const publishUntil = Date.now() + o.publishMs;
    const settleUntil = publishUntil + o.settleMs;
    let nextKill = Date.now() + o.killEveryMs * (0.5 + random());
    let nextFault = Date.now() + o.faultEveryMs;
    let nextPublish = Date.now() + 500;
    let nextDisk = Date.now() + 20_000;
    let filler: string | undefined;
    let fillerUntil = 0;
    while (Date.now() < settleUntil) {
      const now = Date.now();
      const publishing = now < publishUntil;
      if (!publishing && !filler && allDelivered()) break;
      if (publishing && now >= nextPublish) {
        const n = published.length;
        const link = `https://soak.example/${n}`;
        // Each item its own event: a made-up company no other item names.
        feeds[Math.floor(random() * feeds.length)]!.push({
          guid: `item-${n}`,
          title: `${madeUpName(n)} ${madeUpName(n + 100_000)} soak filing ${n}`,
          link,
          description: `${madeUpName(n)} filed report ${n} with the ${madeUpName(n + 200_000)} registry.`,
          pubDate: new Date(),
        });
        published.push(link);
        nextPublish = now + 400 + random() * 1200;
      }
      if (child && child.exitCode !== null) {
        // It exited by itself (a storage failure it cannot wait out ends it with 1): a supervisor restarts it.
        exits.push(child.exitCode);
        startBot();
      } else if (now >= nextKill && (publishing || !allDelivered())) {
        const exited = new Promise((r) => child!.once('exit', r));
        child!.kill('SIGKILL');
        await exited;
        kills++;
        startBot();
        nextKill = now + o.killEveryMs * (0.5 + random());
      }
      // One fault at a time, met by the next post: faults must not pile up while nothing posts.
      // Only while publishing, as the disk is filled: after it, the settle phase is the outage
      // over. (Faults went on through it once, and with the channel's lane held by one row backing
      // off, every retry of that row met the next fault: 23 alerts still pending, not lost, when
      // the 150 s ran out.)
      if (publishing && now >= nextFault && slack.pendingFaults === 0) {
        const faults = [{ status: 503 }, { retryAfter: 1 }, { dropAfterPost: true as const }];
        slack.failNextPost(faults[Math.floor(random() * faults.length)]!);
        slackFaults++;
        nextFault = now + o.faultEveryMs * (0.5 + random());
      }
      if (mounted && !filler && publishing && now >= nextDisk) {
        // Fill the store's disk for a few seconds: writes fail with SQLITE_FULL meanwhile.
        filler = path.join(storeDir, 'filler');
        const free = fs.statfsSync(storeDir);
        try {
          fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free.bavail * free.bsize - 4096)));
        } catch {}
        fillerUntil = now + 3_000 + random() * 4_000;
        diskFaults = (diskFaults as number) + 1;
      }
      if (filler && now >= fillerUntil) {
        fs.rmSync(filler, { force: true });
        filler = undefined;
        nextDisk = now + 25_000 + random() * 20_000;
      }
      await sleep(100);
    }
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
    }
    store = await storeSummary(path.join(storeDir, 'soak.db'));
  } finally {
    clearInterval(rssTimer);
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await slack.close();
    await farm.stop();
    if (mounted) spawnSync('umount', ['-l', storeDir]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const counts = seen();
  const lost = published.filter((l) => !counts.has(l));
  const duplicated = published.filter((l) => (counts.get(l) ?? 0) > 1);
  const report: SoakReport = {
    published: published.length,
    alerted: published.length - lost.length,
    lost: lost.length,
    duplicated: duplicated.length,
    kills,
    exits,
    slackFaults,
    diskFaults,
    peakRssMb: Math.round(peakRss / 1024 / 1024),
    seconds: Math.round((Date.now() - started) / 1000),
    problems: [...lost.map((l) => `lost ${l}`), ...duplicated.map((l) => `duplicated ${l} ×${counts.get(l)}`)],
    tail: `${store}\n${log.split('\n').slice(-30).join('\n')}`,
  };
  say(
    `soak: ${report.seconds} s — published ${report.published}, alerted ${report.alerted}, lost ${report.lost}, duplicated ${report.duplicated}; ${report.kills} SIGKILLs${report.exits.length ? ` (and ${report.exits.length} exits by itself: ${report.exits.join(', ')})` : ''}, ${report.slackFaults} Slack faults, disk full ${typeof report.diskFaults === 'number' ? `${report.diskFaults}×` : report.diskFaults}; peak RSS ${report.peakRssMb} MB`,
  );
  return report;
}

/** What the store holds at the end: items, and alerts by status (for the reader of a failed run). */
async function storeSummary(file: string): Promise<string> {
  try {
    const { default: SQLite } = await import('better-sqlite3');
    const db = new SQLite(file, { readonly: true });
    const items = db.prepare('select count(*) as n from items').get() as { n: number };
    const outbox = db
      .prepare('select status, kind, count(*) as n, max(attempts) as a from outbox group by status, kind')
      .all();
    const due = db.prepare("select min(next_attempt_at) as t from outbox where status = 'pending'").get() as {
      t: number | null;
    };
    db.close();
    return `store: ${items.n} items; outbox ${JSON.stringify(outbox)}; next pending attempt in ${due.t ? Math.round((due.t - Date.now()) / 1000) : '-'} s`;
  } catch (e) {
    return `store: unreadable (${(e as Error).message})`;
  }
}
