/**
 * npm run bench — the figures behind "fast": a cold and a warm poll of a loopback farm of
 * 2,000 feeds × 20 items (20 ms per response), matching 100,000 items against 10,000 topics,
 * and, when the `newsboat` package is installed, the same farm through `newsboat -x reload`.
 *
 *   npm run bench [-- --feeds 2000 --items 20 --latency 20 --skip-newsboat]
 *   npm run bench -- --cli        (what a person waits for at the prompt: --help, ask)
 *   npm run bench -- --processes 1,2,4 [--feeds 600]   (processes sharing Postgres; cluster-bench.ts)
 *
 * The poll is timed twice: inside a process that is already running (the scheduler alone), and
 * as a user runs it — `newsbot once` as a whole process, start-up and exit included, cold and
 * warm, beside `newsboat -x reload` on the same farm in the same run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuilt, timed } from './timed.ts';
import { createLogger } from '../src/log.ts';
import type { PipelineContext } from '../src/pipeline/poll-source.ts';
import { Scheduler } from '../src/scheduler/scheduler.ts';
import { createFeedFetcher } from '../src/sources/fetch-feed.ts';
import { ParsePool } from '../src/sources/parse-pool.ts';
import { openStore } from '../src/store/open-store.ts';
import { countItems } from '../src/store/items-repo.ts';
import { listSources, syncSources } from '../src/store/sources-repo.ts';
import { TopicMatcher } from '../src/topics/match-topics.ts';
import { WriteBatcher } from '../src/store/write-batcher.ts';
import { StoryBook } from '../src/stories/story-book.ts';
import { StoryGrouper } from '../src/stories/group-stories.ts';
import { request } from 'undici';
import { Audience as Audience, topicKey } from '../src/alerts/plan-alerts.ts';
import { syncConfigTopics, listAllTopics } from '../src/store/topics-repo.ts';
import { syncConfigSubscriptions, listSubscriptions } from '../src/store/subscriptions-repo.ts';

const { values } = parseArgs({
  options: {
    feeds: { type: 'string', default: '2000' },
    items: { type: 'string', default: '20' },
    latency: { type: 'string', default: '20' },
    'skip-newsboat': { type: 'boolean', default: false },
    phase: { type: 'string' },
    port: { type: 'string' },
    processes: { type: 'string' },
    cli: { type: 'boolean', default: false },
  },
});
const BIN = path.join(import.meta.dirname, '..', 'bin', 'newsbot');
// Whole-process figures time bin/newsbot as a user runs it: from a current dist/.
if (!values.phase) ensureBuilt(path.join(import.meta.dirname, '..'));
if (values.cli) {
  const { runCliBench } = await import('./cli-bench.ts');
  runCliBench(BIN);
  process.exit(0);
}
if (values.processes) {
  // npm run bench -- --processes 1,2,4: the cluster benchmark only (needs Postgres).
  const { runClusterBench } = await import('./cluster-bench.ts');
  await runClusterBench(values.processes.split(',').map(Number), values.feeds === '2000' ? 600 : Number(values.feeds));
  process.exit(0);
}
const FEEDS = Number(values.feeds);
const ITEMS = Number(values.items);
const LATENCY = Number(values.latency);
const CONNECTIONS = 32;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function startFarm(): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'feed-farm.ts'), String(FEEDS), String(ITEMS), String(LATENCY)],
    {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (d) => resolve(Number(String(d).trim())));
    child.once('exit', (code) => reject(new Error(`feed farm exited with ${code}`)));
  });
  return { port, child };
}

async function pollBench(port: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-bench-'));
  const db = await openStore(path.join(dir, 'bench.db'));
  const now = Date.now();
  await syncSources(
    db,
    'config',
    Array.from({ length: FEEDS }, (_, f) => ({
      id: `farm-${f}`,
      url: `http://127.0.0.1:${port}/feed/${f}`,
      name: `Farm ${f}`,
      origin: 'config' as const,
      topicId: null,
      intervalMs: 300_000,
      backfill: 0,
    })),
    now,
  );
  const log = createLogger({ level: 'warn' });
  const fetcher = createFeedFetcher({ allowPrivateNetworks: ['127.0.0.1/32'], connectionsPerOrigin: CONNECTIONS });
  // Topics and subscriptions, so that a poll with new items plans real alerts.
  const now0 = Date.now();
  await syncConfigTopics(
    db,
    [
      { id: 'microsoft-openai', name: 'Microsoft / OpenAI', query: 'Microsoft AND OpenAI' },
      { id: 'deals', name: 'Deals', query: '"agrees to buy" OR "invests in"' },
    ],
    now0,
  );
  await syncConfigSubscriptions(
    db,
    [{ platform: 'console', team: 'default', channel: 'deals', topicId: 'deals' }],
    now0,
  );
  const topicRows = await listAllTopics(db);
  const matcher = new TopicMatcher(topicRows.map((t) => ({ key: topicKey(t), query: t.query })));
  const audience = new Audience(topicRows, await listSubscriptions(db));
  const pool = new ParsePool();
  const batcher = new WriteBatcher(db);
  const ctx: PipelineContext = {
    db,
    write: batcher.write,
    stories: new StoryBook(),
    fetcher,
    parse: pool.parse,
    configDir: dir,
    matcher: () => matcher,
    audience: () => audience,
    settings: { maxIntervalMs: 3_600_000, maxAgeMs: 3 * 86_400_000, failureThreshold: 5, maxBytes: 10 << 20 },
    clock: Date.now,
    random: Math.random,
    log,
  };
  const scheduler = new Scheduler(
    db,
    ctx,
    { concurrency: CONNECTIONS, perHostConcurrency: CONNECTIONS, hostOverrides: {}, tick: '* * * * *' },
    () => {},
    log,
  );
  const run = async (label: string) => {
    const sources = await listSources(db);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const outcomes = await scheduler.pollAll(sources);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const failed = outcomes.filter((o) => o.status === 'failed');
    if (failed.length) console.log(`  ${failed.length} polls failed, e.g. ${JSON.stringify(failed[0])}`);
    const items = outcomes.reduce((n, o) => n + (o.status === 'ok' ? o.parsed : 0), 0);
    const notModified = outcomes.filter((o) => o.status === 'not-modified').length;
    console.log(
      `${label.padEnd(10)} ${secs(wall).padStart(8)}  ${(FEEDS / (wall / 1000)).toFixed(0).padStart(6)} feeds/s  ${(items / (wall / 1000)).toFixed(0).padStart(7)} items/s  ` +
        `CPU ${secs((cpu.user + cpu.system) / 1000)}  304s ${notModified}  peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
    );
    return wall;
  };
  const commitsBefore = () => batcher.commits;
  const cold = await run('cold poll');
  const stored = await countItems(db);
  const warm = await run('warm poll');
  const rssPolling = process.resourceUsage().maxRSS * 1024;
  console.log(`           ${stored} items stored in ${commitsBefore()} commits (group commit)`);
  // Steady state: every feed publishes one new item, reporting one of 400 events.
  await request(`http://127.0.0.1:${port}/bump`, { method: 'POST' }).then((r) => r.body.dump());
  const hot = await run('new items');
  const stories = await db
    .selectFrom('stories')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const alerts = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  console.log(
    `           2000 new items grouped into ${Number(stories.n)} stories, ${Number(alerts.n)} alerts planned`,
  );
  await fetcher.close();
  await pool.close();
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  return { cold, warm, hot, rssPolling };
}

function matchBench() {
  const N_TOPICS = 10_000;
  const N_ITEMS = 100_000;
  const companies = Array.from({ length: 20_000 }, (_, i) => `Company${i.toString(36)}`);
  const words =
    'talks deal merger acquire agreed regulators review shares stake billion market investors said report weighs options cloud chips software layoffs earnings quarter growth'.split(
      ' ',
    );
  const topics = Array.from({ length: N_TOPICS }, (_, i) => ({
    key: `t${i}`,
    query:
      i % 3 === 0
        ? `${companies[i * 2]} AND ${companies[i * 2 + 1]}`
        : i % 3 === 1
          ? `"${companies[i * 2]} ${words[i % words.length]}" OR (${companies[i * 2 + 1]} AND deal -rumor)`
          : `${companies[i * 2]} AND (merger OR acquire OR stake)`,
  }));
  let seed = 42;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const items = Array.from({ length: N_ITEMS }, () => {
    const title = `${pick(companies)} ${pick(words)} ${pick(words)} with ${pick(companies)} ${pick(words)}`;
    const summary = Array.from({ length: 40 }, () => (rnd() < 0.1 ? pick(companies) : pick(words))).join(' ') + '.';
    return { title, summary };
  });
  const t0 = performance.now();
  const matcher = new TopicMatcher(topics);
  const compile = performance.now() - t0;
  const t1 = performance.now();
  let hits = 0;
  for (const item of items) hits += matcher.match(item).length;
  const wall = performance.now() - t1;
  console.log(
    `matching   ${secs(wall).padStart(8)}  ${(N_ITEMS / (wall / 1000)).toFixed(0)} items/s against ${N_TOPICS} topics (compile ${secs(compile)}, ${hits} hits, ${(matcher.evaluations / N_ITEMS).toFixed(2)} evaluations per item)`,
  );
  return N_ITEMS / (wall / 1000);
}

/** Grouping a day of news: 20,000 items over 24 h, ~5 outlets per event, into stories. */
function groupBench() {
  const grouper = new StoryGrouper();
  const N = 20_000;
  let seed = 7;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  // A vocabulary like news: many rare words (names, products, places), some common ones.
  const rare = Array.from({ length: 30_000 }, (_, i) => `Name${i.toString(36)}`);
  const common =
    'deal talks shares market billion million agreed plans report regulators investors quarter growth cloud chips software layoffs earnings court lawsuit merger stake offer bid'.split(
      ' ',
    );
  const filler = 'the company said on its plans and would be in the with for after a as by'.split(' ');
  // 4,000 events over a day, each with its own names and details; ~5 outlets each.
  // Each event has names of its own (two companies shared with other events, two details of
  // its own), a common theme, an amount; outlets word it differently.
  const events = Array.from({ length: N / 5 }, (_, e) => ({
    names: [pick(rare.slice(0, 2000)), pick(rare.slice(0, 2000)), rare[2000 + 2 * e]!, rare[2001 + 2 * e]!],
    terms: [pick(common), pick(common)],
    amount: 1 + Math.floor(rnd() * 900),
    at: Math.floor((e / (N / 5)) * 86_400_000),
  }));
  const sentence = (ev: (typeof events)[number], n: number) =>
    Array.from({ length: n }, () =>
      rnd() < 0.3 ? pick(ev.names) : rnd() < 0.3 ? pick(ev.terms) : rnd() < 0.3 ? pick(common) : pick(filler),
    ).join(' ');
  const items = Array.from({ length: N }, (_, i) => {
    const e = Math.floor(rnd() * events.length);
    const ev = events[e]!;
    return {
      id: `i${i}`,
      event: e,
      title: `${ev.names[0]} ${sentence(ev, 7)} $${ev.amount} million`,
      summary: `${sentence(ev, 25)}.`,
      publishedAt: ev.at + Math.floor(rnd() * 3_600_000),
    };
  }).sort((x, y) => x.publishedAt - y.publishedAt);
  const t0 = performance.now();
  const storyOf = items.map((it) => grouper.place(it).storyId).map((s) => grouper.resolve(s));
  const wall = performance.now() - t0;
  // Pairwise precision and recall from the contingency table (no 200M-pair loop).
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const cell = new Map<string, number>();
  const byStory = new Map<string, number>();
  const byEvent = new Map<number, number>();
  items.forEach((it, i) => {
    cell.set(`${storyOf[i]}|${it.event}`, (cell.get(`${storyOf[i]}|${it.event}`) ?? 0) + 1);
    byStory.set(storyOf[i]!, (byStory.get(storyOf[i]!) ?? 0) + 1);
    byEvent.set(it.event, (byEvent.get(it.event) ?? 0) + 1);
  });
  const tp = [...cell.values()].reduce((a, n) => a + pairs(n), 0);
  const precision = tp / [...byStory.values()].reduce((a, n) => a + pairs(n), 0);
  const recall = tp / [...byEvent.values()].reduce((a, n) => a + pairs(n), 0);
  console.log(
    `grouping   ${secs(wall).padStart(8)}  ${(N / (wall / 1000)).toFixed(0)} items/s, ${N} items of ${byEvent.size} events into ${grouper.size} stories (${(grouper.comparisons / N).toFixed(1)} story comparisons per item; pairwise precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} on this synthetic set)`,
  );
  return N / (wall / 1000);
}

/**
 * `newsbot once` over the farm as a whole process: a fresh store (cold), then three more runs
 * (warm, all 304) whose median is the warm figure, each printed: one whole-process run on this
 * machine moves by ±0.1 s with nothing changed.
 */
function onceBench(port: number): { cold: number; warm: number; rss: number } | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-once-bench-'));
  const config = [
    'database: ./bench.db',
    'settings:',
    '  allowPrivateNetworks: ["127.0.0.1/32"]',
    `  concurrency: ${CONNECTIONS}`,
    `  perHostConcurrency: ${CONNECTIONS}`,
    'sources:',
    ...Array.from(
      { length: FEEDS },
      (_, f) => `  - { id: farm-${f}, url: "http://127.0.0.1:${port}/feed/${f}", name: Farm ${f} }`,
    ),
    'topics:',
    '  - { id: deals, name: Deals, query: \'"agrees to buy" OR "invests in"\' }',
    'subscriptions:',
    '  - { topic: deals, platform: console, channel: deals }',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'newsbot.yaml'), config);
  const env = { ...process.env, NEWSBOT_CONFIG: '', DATABASE_URL: '', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' };
  const argv = [process.execPath, BIN, 'once', '--config', path.join(dir, 'newsbot.yaml'), '--log-level', 'error'];
  const runs: ReturnType<typeof timed>[] = [];
  try {
    for (const label of ['once cold', 'once warm', 'once warm', 'once warm']) {
      const r = timed(argv, { cwd: dir, env });
      if (r.code !== 0) {
        console.log(`${label}  failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
        return undefined;
      }
      console.log(
        `${label.padEnd(10)} ${secs(r.ms).padStart(8)}  ${(FEEDS / (r.ms / 1000)).toFixed(0).padStart(6)} feeds/s  peak RSS ${mb(r.rss)}  (newsbot once, a whole process)`,
      );
      runs.push(r);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const warm = runs
    .slice(1)
    .map((r) => r.ms)
    .sort((a, b) => a - b)[1]!;
  console.log(`once warm  ${secs(warm).padStart(8)}  median of the three warm runs`);
  return { cold: runs[0]!.ms, warm, rss: Math.max(...runs.map((r) => r.rss)) };
}

/**
 * The floor under the warm figure as a whole process: `bench/bare-client.mjs` (a fresh Node
 * process, undici and nothing else) asking for every feed with the validators its first run
 * stored — median of three runs, start-up and exit included, like `once warm`.
 */
function processFloor(port: number): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-floor-bench-'));
  const argv = [
    process.execPath,
    path.join(import.meta.dirname, 'bare-client.mjs'),
    String(port),
    String(FEEDS),
    String(CONNECTIONS),
    path.join(dir, 'validators.json'),
  ];
  try {
    timed(argv, { cwd: dir }); // the first run stores the validators
    const runs = [1, 2, 3].map(() => timed(argv, { cwd: dir }).ms).sort((a, b) => a - b);
    return runs[1]!;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function hasNewsboat(): boolean {
  const installed = () => spawnSync('newsboat', ['--version'], { stdio: 'ignore' }).status === 0;
  if (installed()) return true;
  // The peer is measured in the same run: install it from Debian when we may.
  if (process.getuid?.() !== 0 || spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) return false;
  console.log('newsboat   not installed: apt-get install newsboat …');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', timeout: 300_000 });
  spawnSync('apt-get', ['install', '-y', '-qq', 'newsboat'], { stdio: 'ignore', timeout: 300_000 });
  return installed();
}

/**
 * The floor under the warm figure on this machine, now: a bare undici client asking the farm for
 * every feed with its validator, at the same connections, in a process already running (the best
 * any poller could do here). The machine's speed moves by ±30 % between runs, so the warm figure
 * is read beside it.
 */
async function networkFloor(port: number): Promise<number> {
  const { Agent } = await import('undici');
  const agent = new Agent({ connections: CONNECTIONS });
  const etags = new Map<number, string>();
  const pass = async () => {
    let next = 0;
    const t = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < FEEDS) {
          const f = next++;
          const etag = etags.get(f);
          const r = await request(`http://127.0.0.1:${port}/feed/${f}`, {
            dispatcher: agent,
            headers: etag ? { 'if-none-match': etag } : {},
          });
          const got = r.headers.etag;
          if (typeof got === 'string') etags.set(f, got);
          await r.body.text();
        }
      }),
    );
    return performance.now() - t;
  };
  await pass(); // learns the validators and opens the connections
  const ms = Math.min(await pass(), await pass());
  await agent.close();
  return ms;
}

async function newsboatBench(port: number): Promise<number | undefined> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsboat-bench-'));
  fs.writeFileSync(
    path.join(dir, 'urls'),
    Array.from({ length: FEEDS }, (_, f) => `http://127.0.0.1:${port}/feed/${f}`).join('\n') + '\n',
  );
  fs.writeFileSync(path.join(dir, 'config'), `reload-threads ${CONNECTIONS}\nshow-read-feeds yes\n`);
  const t0 = performance.now();
  const r = spawnSync(
    'newsboat',
    ['-x', 'reload', '-u', path.join(dir, 'urls'), '-c', path.join(dir, 'cache.db'), '-C', path.join(dir, 'config')],
    {
      env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir },
      encoding: 'utf8',
      timeout: 600_000,
    },
  );
  const wall = performance.now() - t0;
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) {
    console.log(`newsboat   failed (exit ${r.status}): ${(r.stderr || r.stdout).trim().split('\n')[0]}`);
    return undefined;
  }
  console.log(
    `newsboat   ${secs(wall).padStart(8)}  ${(FEEDS / (wall / 1000)).toFixed(0).padStart(6)} feeds/s  (newsboat -x reload, reload-threads ${CONNECTIONS}, cold)`,
  );
  return wall;
}

// Each phase runs in its own process so that its peak RSS is its own.
function runPhase(phase: string, extra: string[] = []): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        import.meta.filename,
        '--phase',
        phase,
        '--feeds',
        String(FEEDS),
        '--items',
        String(ITEMS),
        '--latency',
        String(LATENCY),
        ...extra,
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(
        String(d)
          .split('\n')
          .filter((l) => l && !l.startsWith('{'))
          .map((l) => `${l}\n`)
          .join(''),
      );
    });
    child.on('exit', (code) => {
      const json = out.split('\n').find((l) => l.startsWith('{'));
      if (code === 0 && json) resolve(JSON.parse(json));
      else reject(new Error(`bench phase ${phase} exited with ${code}`));
    });
  });
}

const rssNow = () => process.resourceUsage().maxRSS * 1024;
if (values.phase === 'poll') {
  const r = await pollBench(Number(values.port));
  console.log(JSON.stringify({ ...r, rss: rssNow() }));
} else if (values.phase === 'match') {
  const rate = matchBench();
  console.log(JSON.stringify({ rate, rss: rssNow() }));
} else if (values.phase === 'group') {
  const rate = groupBench();
  console.log(JSON.stringify({ rate, rss: rssNow() }));
} else {
  console.log(
    `newsbot bench on ${os.cpus().length} CPUs, Node ${process.version}: ${FEEDS} feeds × ${ITEMS} items, ${LATENCY} ms per response, ${CONNECTIONS} connections\n`,
  );
  const farm = await startFarm();
  try {
    console.log('in one running process (the scheduler alone):');
    const poll = await runPhase('poll', ['--port', String(farm.port)]);
    console.log('\nas a user runs it (start-up and exit included):');
    const once = onceBench(farm.port);
    const floor = await networkFloor(farm.port);
    console.log(
      `floor      ${secs(floor).padStart(8)}  a bare undici client, ${FEEDS} conditional GETs at ${CONNECTIONS} connections, in a running process (what the farm allows now)`,
    );
    const bare = processFloor(farm.port);
    console.log(
      `floor      ${secs(bare).padStart(8)}  the same client as a whole process (bench/bare-client.mjs: Node, undici, the GETs, exit; median of 3) — what any Node poller pays here`,
    );
    let ratio = '';
    if (!values['skip-newsboat'] && hasNewsboat()) {
      const nb = await newsboatBench(farm.port);
      if (nb && once)
        ratio = `newsbot once cold ${(nb / once.cold).toFixed(1)}× faster than newsboat (${secs(once.cold)} vs ${secs(nb)})`;
    } else if (!values['skip-newsboat']) {
      console.log('newsboat   not installed (apt-get install newsboat) — no comparison');
    }
    console.log('');
    const match = await runPhase('match');
    const group = await runPhase('group');
    console.log(
      `\nnew items: one per feed after the warm poll — ${secs(poll.hot!)} for fetch, parse, grouping, matching and alert planning`,
    );
    console.log(`\ntargets: cold ≥ 10× newsboat, warm < 2 s, peak RSS < 300 MB, matching ≥ 50,000 items/s`);
    console.log(
      `results: ${ratio ? `${ratio}; ` : ''}${once ? `once warm ${secs(once.warm)} (median of 3; network floor ${secs(floor)} in a running process, ${secs(bare)} as a whole process), peak RSS ${mb(once.rss)}; ` : ''}in-process cold ${secs(poll.cold!)}; warm ${secs(poll.warm!)}; peak RSS of the cold and warm polls ${mb(poll.rssPolling!)} (${mb(poll.rss!)} after the new-items poll); matching ${match.rate!.toFixed(0)} items/s (peak RSS ${mb(match.rss!)} holding 100,000 items); grouping ${group.rate!.toFixed(0)} items/s`,
    );
  } finally {
    farm.child.kill();
  }
}
