import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, loadCheckedConfig, validateConfig, type App } from './app.ts';
import type { Alert } from './alerts/alert.ts';
import type { CommandContext } from './commands/answer.ts';
import { ConfigError, formatProblem, loadConfig, loadDotEnv, resolveConfigPath } from './config/load-config.ts';
import { addSourcesToConfigText, parseOpml, toOpml } from './config/opml.ts';
import { describeError, NewsbotError } from './errors.ts';
import { createLogger } from './log.ts';
import { ConsoleSender, formatConsoleAlert, startConsoleInput } from './platforms/console/console-platform.ts';
import { renderAnswerText } from './platforms/console/render-text.ts';
import { readSlackEnv } from './platforms/slack/slack-env.ts';
import { readDiscordEnv } from './platforms/discord/discord-env.ts';
import { registerCommands, startDiscord, type DiscordPlatform } from './platforms/discord/discord-app.ts';
import { startSlack, type SlackPlatform } from './platforms/slack/slack-app.ts';
import { cleanupOutbox, getOutbox, markSent } from './store/outbox-repo.ts';
import { isPostgresUrl, openStore } from './store/open-store.ts';
import { copyStore } from './store/migrate-store.ts';
import { Cluster } from './cluster/cluster.ts';
import { StoreGovernor } from './cluster/store-governor.ts';
import { listSources } from './store/sources-repo.ts';
import { listSubscriptions } from './store/subscriptions-repo.ts';
import { explainMatch } from './topics/match-topics.ts';
import { explainStory, formatStoryExplanation } from './stories/explain-story.ts';

const USAGE = `Usage: newsbot <command> [options]

Commands:
  start                      run until stopped (Ctrl-C): poll, alert, answer commands
  once [--json]              poll every source once and print the alerts produced
  check-config               validate the config and exit (2 when it is wrong)
  ask "/news …" [--json]     run a slash command and print the answer
        [--team T] [--channel C] [--platform P]
  explain TOPIC "text"       show which of TOPIC's terms a text matches
  explain-story ID           show why each item joined a story
  sources import FILE.opml   add the feeds of an OPML file to the config
  sources export             print the sources as OPML
  migrate-store --from FILE.db --to postgres://…
                             copy a single-node SQLite store into Postgres
  discord register [--guild ID]
                             register /news and /deal with Discord (globally, or in one server at once)

Options:
  --config PATH              config file (default config/newsbot.yaml, or NEWSBOT_CONFIG)
  --log-level LEVEL          debug, info, warn or error (default info, or NEWSBOT_LOG_LEVEL)
  -h, --help                 this help
`;

/** Exit codes: 0 ok, 1 runtime failure, 2 bad config or arguments. */
class UsageError extends Error {}

export async function main(argv: string[], io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        json: { type: 'boolean', default: false },
        team: { type: 'string' },
        channel: { type: 'string' },
        platform: { type: 'string' },
        guild: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        force: { type: 'boolean', default: false },
        'log-level': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.stderr.write(`newsbot: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.stdout : io.stderr).write(USAGE);
    return values.help ? 0 : 2;
  }
  loadDotEnv(io.cwd);
  const level = values['log-level'] || io.env.NEWSBOT_LOG_LEVEL || 'info';
  if (!['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'].includes(level)) {
    io.stderr.write(`newsbot: unknown log level "${level}"; use debug, info, warn or error\n`);
    return 2;
  }
  const log = createLogger({ level, format: io.env.LOG_FORMAT, dest: io.stderr });
  const configPath = resolveConfigPath(values.config, io.env, io.cwd);
  const say = (s: string) => io.stdout.write(`${s}\n`);

  try {
    switch (command) {
      case 'check-config': {
        const loaded = loadCheckedConfig(configPath, io.env);
        const specs = validateConfig(loaded);
        const slack = readSlackEnv(io.env);
        say(`${path.relative(io.cwd, configPath) || configPath}: OK — ${specs.sources.length} sources, ${specs.topics.length} topics, ${specs.subscriptions.length} subscriptions`);
        say(`Slack: ${slack ? { socket: 'Socket Mode, one workspace', http: 'HTTP mode, one workspace', oauth: 'HTTP mode, OAuth installs' }[slack.mode] : 'off (no SLACK_* variables)'}`);
        say(`Discord: ${readDiscordEnv(io.env) ? 'on (gateway, Guilds intent)' : 'off (no DISCORD_* variables)'}`);
        return 0;
      }
      case 'explain': {
        const [topicId, text] = rest;
        if (!topicId || text === undefined) throw new UsageError('explain needs a topic id and a text: newsbot explain microsoft-openai "Microsoft weighs OpenAI exit"');
        const loaded = loadConfig(configPath, io.env);
        const topic = loaded.config.topics.find((t) => t.id === topicId);
        if (!topic) throw new UsageError(`no topic "${topicId}" in ${configPath} (topics: ${loaded.config.topics.map((t) => t.id).join(', ')})`);
        const result = explainMatch(topic.query, { title: text, summary: '' });
        if (values.json) say(JSON.stringify({ topic: topicId, query: topic.query, ...result }));
        else {
          say(`${topicId}: ${topic.query}`);
          for (const t of result.terms) say(`  ${t.found ? '✓' : '·'} ${t.negated ? 'NOT ' : ''}${t.caseSensitive ? 'case:' : ''}${t.term} — ${t.found ? 'found' : 'not found'}`);
          say(result.matches ? 'MATCHES' : 'does not match');
        }
        return 0;
      }
      case 'sources':
        return await sourcesCommand(rest, configPath, io, say);
      case 'explain-story': {
        const [storyId] = rest;
        if (!storyId) throw new UsageError('explain-story needs a story id (the "id" of an alert\'s story in once --json)');
        const app = await buildApp(loadCheckedConfig(configPath, io.env), { log, parseWorkers: 0 });
        try {
          const explanation = await explainStory(app.db, storyId);
          if (!explanation) {
            io.stderr.write(`newsbot: no story "${storyId}"\n`);
            return 2;
          }
          say(values.json ? JSON.stringify(explanation) : formatStoryExplanation(explanation));
          return 0;
        } finally {
          await app.close();
        }
      }
      case 'ask': {
        const line = rest.join(' ');
        if (!line.startsWith('/')) throw new UsageError('ask needs a slash command in quotes: newsbot ask "/news topics"');
        const app = await buildApp(loadCheckedConfig(configPath, io.env), { log, parseWorkers: 0 });
        try {
          const ctx: CommandContext = { platform: values.platform ?? 'console', team: values.team ?? 'default', channel: values.channel ?? 'general', user: 'cli', isAdmin: true };
          const answer = await app.ask(ctx, line);
          say(values.json ? JSON.stringify(answer.data !== undefined ? answer.data : answer) : renderAnswerText(answer));
          return answer.ok ? 0 : 2;
        } finally {
          await app.close();
        }
      }
      case 'discord': {
        if (rest[0] !== 'register') throw new UsageError('discord takes register [--guild ID]');
        const env = readDiscordEnv(io.env);
        if (!env) throw new UsageError('discord register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (in the environment or .env)');
        if (values.guild !== undefined && !/^\d{15,22}$/.test(values.guild)) throw new UsageError(`--guild takes a server id (a number), not "${values.guild}"`);
        const { registered } = await registerCommands(env, values.guild);
        say(`Registered ${registered.map((n) => `/${n}`).join(' and ')} ${values.guild ? `in server ${values.guild} (available now)` : 'globally (Discord may take up to an hour to show them everywhere)'}`);
        return 0;
      }
      case 'migrate-store': {
        if (!values.from || !values.to) throw new UsageError('migrate-store needs --from ./data/newsbot.db --to postgres://user@host/db');
        if (isPostgresUrl(values.from) || !fs.existsSync(path.resolve(io.cwd, values.from))) throw new UsageError(`--from must be an existing SQLite file, not "${values.from}"`);
        if (!isPostgresUrl(values.to)) throw new UsageError(`--to must be a postgres:// URL`);
        const from = await openStore(values.from, io.cwd);
        try {
          const to = await openStore(values.to, io.cwd);
          try {
            const reports = await copyStore(from, to, { allowNonEmpty: values.force, onTable: (r) => say(`  ${r.table}: ${r.rows} rows`) });
            say(`Copied ${reports.reduce((n, r) => n + r.rows, 0)} rows. Point newsbot at it with DATABASE_URL=${values.to.replace(/:[^:@/]*@/, ':***@')}`);
          } finally {
            await to.destroy();
          }
        } finally {
          await from.destroy();
        }
        return 0;
      }
      case 'once':
        return await once(configPath, values.json, io, log, say);
      case 'start':
        return await start(configPath, io, log);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      const shown = (file: string) => (path.relative(io.cwd, file).startsWith('..') ? file : path.relative(io.cwd, file));
      io.stderr.write(`newsbot: the config has ${e.problems.length} problem${e.problems.length > 1 ? 's' : ''}:\n${e.problems.map((p) => `  ${formatProblem({ ...p, file: shown(p.file) })}`).join('\n')}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`newsbot: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof NewsbotError && (e.code === 'newsbot/bad-opml' || e.code === 'newsbot/bad-config')) {
      io.stderr.write(`newsbot: ${e.message}\n`);
      return 2;
    }
    const { code, message } = describeError(e);
    io.stderr.write(`newsbot: ${message} (${code})\n`);
    return 1;
  }
}

async function sourcesCommand(rest: string[], configPath: string, io: { stdout: NodeJS.WritableStream; env: NodeJS.ProcessEnv }, say: (s: string) => void): Promise<number> {
  const [sub, file] = rest;
  const loaded = loadConfig(configPath, io.env);
  if (sub === 'export') {
    const feeds = loaded.config.sources.filter((s) => /^https?:\/\//.test(s.url)).map((s) => ({ url: s.url, name: s.name ?? s.url }));
    io.stdout.write(toOpml(feeds));
    return 0;
  }
  if (sub === 'import') {
    if (!file) throw new UsageError('sources import needs an OPML file: newsbot sources import feeds.opml');
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(`cannot read ${file}`);
    }
    const feeds = parseOpml(text);
    const result = addSourcesToConfigText(fs.readFileSync(configPath, 'utf8'), feeds);
    if (result.added.length) fs.writeFileSync(configPath, result.text);
    say(`${result.added.length} feed${result.added.length === 1 ? '' : 's'} added to ${configPath}${result.skipped.length ? `, ${result.skipped.length} skipped` : ''}`);
    for (const s of result.skipped) say(`  skipped ${s.feed.url}: ${s.why}`);
    return 0;
  }
  throw new UsageError('sources takes import FILE.opml or export');
}

async function once(configPath: string, json: boolean, io: { stdout: NodeJS.WritableStream; env: NodeJS.ProcessEnv }, log: ReturnType<typeof createLogger>, say: (s: string) => void): Promise<number> {
  const app = await buildApp(loadCheckedConfig(configPath, io.env), { log });
  try {
    const outcomes = await app.scheduler.pollAll(await listSources(app.db));
    const ids = outcomes.flatMap((o) => (o.status === 'not-modified' ? [] : o.outbox));
    const rows = await getOutbox(app.db, ids);
    for (const row of rows) {
      const alert = JSON.parse(row.payload) as Alert;
      say(formatConsoleAlert({ outboxId: row.id, platform: row.platform, team: row.team, channel: row.channel, alert }, json ? 'json' : 'text'));
      if (row.platform === 'console') await markSent(app.db, row.id, row.id, Date.now());
    }
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    log.info({ sources: outcomes.length, failed, alerts: rows.length }, 'poll finished');
    return 0;
  } finally {
    await app.close();
  }
}

async function start(configPath: string, io: { stdout: NodeJS.WritableStream; stdin: NodeJS.ReadableStream; env: NodeJS.ProcessEnv }, log: ReturnType<typeof createLogger>): Promise<number> {
  const loaded = loadCheckedConfig(configPath, io.env);
  const slackEnv = readSlackEnv(io.env); // a half-configured Slack or Discord fails here, before anything starts
  const discordEnv = readDiscordEnv(io.env);
  // On Postgres, any number of processes share the work through pg-boss (see cluster.ts).
  const clustered = isPostgresUrl(loaded.config.database);
  let cluster: Cluster | undefined;
  const app: App = await buildApp(loaded, { log, ...(clustered ? { digestFire: (s) => cluster!.offerDigest(s) } : {}) });
  if (clustered) cluster = new Cluster(app, loaded.config.database, log, { leaseSeconds: Math.round(loaded.config.settings.jobLease / 1000) });
  app.senders.set('console', new ConsoleSender(io.stdout as never));
  let slack: SlackPlatform | undefined;
  if (slackEnv) {
    try {
      const mps = loaded.config.slack.messagesPerSecond;
      slack = await startSlack({
        env: slackEnv,
        db: app.db,
        log,
        ask: app.ask,
        onChange: app.refresh,
        admins: loaded.config.slack.admins,
        messagesPerSecond: mps,
        // In a cluster the per-channel pace is kept in Postgres, whichever process sends.
        ...(clustered ? { governor: new StoreGovernor(app.db, Math.round(1000 / mps)) } : {}),
      });
    } catch (e) {
      await app.close();
      throw e;
    }
    app.senders.set('slack', slack.sender);
  }
  let discord: DiscordPlatform | undefined;
  if (discordEnv) {
    try {
      discord = await startDiscord({ env: discordEnv, db: app.db, log, ask: app.ask, admins: loaded.config.discord.admins });
    } catch (e) {
      await slack?.stop();
      await app.close();
      throw e;
    }
    app.senders.set('discord', discord.sender);
  }
  const sources = await listSources(app.db);
  const waiting = (await listSubscriptions(app.db)).filter((s) => !app.senders.has(s.platform));
  for (const platform of new Set(waiting.map((s) => s.platform))) {
    log.warn({ platform }, `${waiting.filter((s) => s.platform === platform).length} subscriptions are for ${platform}, which this version cannot deliver to yet; their alerts wait in the outbox`);
  }
  log.info(
    { sources: sources.length, config: configPath, platforms: [...app.senders.keys()] },
    slack || discord
      ? `newsbot started; ${[slack && 'Slack', discord && 'Discord'].filter(Boolean).join(' and ')} connected. Console subscriptions print here, and /news commands typed here act as the console team.`
      : 'newsbot started in console mode (no Slack or Discord credentials); alerts print here. Type /news help and press Enter.',
  );
  const stopInput = startConsoleInput(io.stdin as never, io.stdout as never, { platform: 'console', team: 'default', channel: 'general', user: 'console', isAdmin: true }, app.ask);
  if (cluster) await cluster.start();
  else app.scheduler.start();
  await app.startDigests();
  if (!cluster) await app.deliver();
  const prune = setInterval(() => {
    app.stories.prune(Date.now());
    // Alone, this process also cleans the store; in a cluster that is a scheduled job.
    if (!cluster) void cleanupOutbox(app.db, Date.now()).catch((e: Error) => log.error({ err: e.message }, 'cleanup failed'));
  }, 3_600_000);
  // Alone, this process retries due deliveries itself; in a cluster, the cluster tick hands them out.
  const retry = cluster ? undefined : setInterval(() => void app.deliver().catch((e: Error) => log.error({ err: e.message }, 'delivery failed')), 5_000);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'stopping: finishing polls and deliveries in flight');
      clearInterval(retry);
      clearInterval(prune);
      stopInput();
      (async () => {
        await slack?.stop();
        await discord?.stop();
        if (cluster) await cluster.stop();
        else {
          await app.scheduler.stop();
          await app.deliver();
        }
        await app.close();
      })().then(
        () => resolve(0),
        (e: Error) => {
          log.error({ err: e.message }, 'error while stopping');
          resolve(1);
        },
      );
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}
