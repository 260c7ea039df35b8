import { buildApp, loadCheckedConfig, type App } from '../app.ts';
import { ConsoleSender, startConsoleInput } from '../platforms/console/console-platform.ts';
import { readDiscordEnv } from '../platforms/discord/discord-env.ts';
import { readSlackEnv } from '../platforms/slack/slack-env.ts';
import { isPostgresUrl } from '../store/open-store.ts';
import { LocalRunner } from '../runners/local-runner.ts';
import type { Runner } from '../runners/runner.ts';
import { listSources } from '../store/sources-repo.ts';
import { listSubscriptions } from '../store/subscriptions-repo.ts';
import type { CliContext } from './context.ts';
import { NewsbotError } from '../errors.ts';

/** `newsbot start`: run until stopped. A platform's SDK is loaded only when it is configured. */
export async function run({ configPath, io, log }: CliContext): Promise<number> {
  const loaded = loadCheckedConfig(configPath, io.env);
  const slackEnv = readSlackEnv(io.env); // a half-configured Slack or Discord fails here, before anything starts
  const discordEnv = readDiscordEnv(io.env);
  // On Postgres, any number of processes share the work through pg-boss (see cluster.ts).
  const clustered = isPostgresUrl(loaded.config.database);
  let cluster: import('../cluster/cluster.ts').Cluster | undefined;
  // A store that lost its tables or is damaged cannot be waited out: exit 1 (a supervisor restarts, the restart migrates).
  let onStoreFatal: (() => void) | undefined;
  let storeFailed = false;
  const app: App = await buildApp(loaded, {
    log,
    ...(clustered ? { digestFire: (s) => cluster!.offerDigest(s) } : {}),
    onStoreFatal: () => {
      storeFailed = true;
      onStoreFatal?.();
    },
  });
  if (clustered) {
    const { Cluster } = await import('../cluster/cluster.ts');
    cluster = new Cluster(app, loaded.config.database, log, {
      leaseSeconds: Math.round(loaded.config.settings.jobLease / 1000),
    });
  }
  app.senders.set('console', new ConsoleSender(io.stdout as never));
  // A closed stdout (`newsbot start | head`) is reported as an 'error' event, which unheard
  // would end the process: console alerts then fail to send and wait in the outbox instead.
  let outputClosed = false;
  io.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (outputClosed) return;
    outputClosed = true;
    log.warn(
      { code: e.code },
      'standard output is closed: console alerts wait in the outbox; Slack and Discord carry on',
    );
  });
  // The operators' endpoints: on their own port (settings.http) and on Slack's HTTP port when
  // that is on. prom-client is loaded only then.
  // NEWSBOT_HTTP_PORT gives each process of a cluster on one machine its own port (one config).
  const envPort = io.env.NEWSBOT_HTTP_PORT?.trim();
  if (envPort && !(/^\d{1,5}$/.test(envPort) && Number(envPort) >= 1 && Number(envPort) <= 65535))
    throw new NewsbotError('newsbot/bad-config', `NEWSBOT_HTTP_PORT must be a port number, not "${envPort}"`);
  const httpSettings = envPort
    ? { port: Number(envPort), host: loaded.config.settings.http?.host ?? '127.0.0.1' }
    : loaded.config.settings.http;
  let ops: import('../ops/ops-server.ts').OpsRoutes | undefined;
  let opsServer: { port: number; close(): Promise<void> } | undefined;
  if (httpSettings || (slackEnv && slackEnv.mode !== 'socket')) {
    const { NewsbotMetrics } = await import('../ops/metrics.ts');
    const { opsRoutes } = await import('../ops/ops-server.ts');
    const metrics = new NewsbotMetrics(app.db);
    app.observe.polled = metrics.polled;
    app.observe.delivered = metrics.delivered;
    ops = opsRoutes(app.db, metrics, log);
  }
  const sharedWithSlack =
    !!httpSettings && !!slackEnv && slackEnv.mode !== 'socket' && slackEnv.port === httpSettings.port;
  if (httpSettings && ops && !sharedWithSlack) {
    const { startOpsServer } = await import('../ops/ops-server.ts');
    try {
      opsServer = await startOpsServer(httpSettings, ops, log);
    } catch (e) {
      await app.close();
      const err = e as NodeJS.ErrnoException;
      throw new NewsbotError(
        'newsbot/bad-config',
        err.code === 'EADDRINUSE'
          ? `settings.http: port ${httpSettings.port} on ${httpSettings.host} is in use; choose another port or stop what listens there`
          : `settings.http: cannot listen on ${httpSettings.host}:${httpSettings.port} (${err.message})`,
      );
    }
  }
  let slack: import('../platforms/slack/slack-app.ts').SlackPlatform | undefined;
  if (slackEnv) {
    try {
      const { startSlack } = await import('../platforms/slack/slack-app.ts');
      const { StoreGovernor } = await import('../cluster/store-governor.ts');
      const mps = loaded.config.slack.messagesPerSecond;
      slack = await startSlack({
        env: slackEnv,
        db: app.db,
        log,
        ask: app.ask,
        onChange: app.refresh,
        ...(ops ? { extraRoutes: ops } : {}),
        admins: loaded.config.slack.admins,
        messagesPerSecond: mps,
        // In a cluster the per-channel pace is kept in Postgres, whichever process sends.
        ...(clustered ? { governor: new StoreGovernor(app.db, Math.round(1000 / mps)) } : {}),
      });
    } catch (e) {
      await opsServer?.close();
      await app.close();
      throw e;
    }
    app.senders.set('slack', slack.sender);
  }
  let discord: import('../platforms/discord/discord-app.ts').DiscordPlatform | undefined;
  if (discordEnv) {
    try {
      const { startDiscord } = await import('../platforms/discord/discord-app.ts');
      discord = await startDiscord({
        env: discordEnv,
        db: app.db,
        log,
        ask: app.ask,
        admins: loaded.config.discord.admins,
      });
    } catch (e) {
      await slack?.stop();
      await opsServer?.close();
      await app.close();
      throw e;
    }
    app.senders.set('discord', discord.sender);
  }
  const sources = await listSources(app.db);
  const waiting = (await listSubscriptions(app.db)).filter((s) => !app.senders.has(s.platform));
  for (const platform of new Set(waiting.map((s) => s.platform))) {
    log.warn(
      { platform },
      `${waiting.filter((s) => s.platform === platform).length} subscriptions are for ${platform}, which this version cannot deliver to yet; their alerts wait in the outbox`,
    );
  }
  log.info(
    { sources: sources.length, config: configPath, platforms: [...app.senders.keys()] },
    slack || discord
      ? `newsbot started; ${[slack && 'Slack', discord && 'Discord'].filter(Boolean).join(' and ')} connected. Console subscriptions print here, and /news commands typed here act as the console team.`
      : 'newsbot started in console mode (no Slack or Discord credentials); alerts print here. Type /news help and press Enter.',
  );
  const stopInput = startConsoleInput(
    io.stdin as never,
    io.stdout as never,
    { platform: 'console', team: 'default', channel: 'general', user: 'console', isAdmin: true },
    app.ask,
  );
  // One run mode, chosen once: alone on the store, or one of many sharing a Postgres store.
  const runner: Runner =
    cluster ??
    new LocalRunner({
      db: app.db,
      scheduler: app.scheduler,
      stories: app.stories,
      deliver: app.deliver,
      flush: app.flush,
      clock: Date.now,
      log,
      storeWatch: app.storeWatch,
    });
  await runner.start();
  // Digest schedules tick in every process; in a cluster each firing is offered as a job (see buildApp's digestFire).
  await app.startDigests();

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'stopping: finishing polls and deliveries in flight');
      stopInput();
      (async () => {
        await slack?.stop();
        await discord?.stop();
        await opsServer?.close();
        // With a broken store, stopping must not hang on writes that cannot succeed.
        await (storeFailed ? withTimeout(runner.stop(), 5_000) : runner.stop());
        await (storeFailed ? withTimeout(app.close(), 5_000) : app.close());
      })().then(
        () => resolve(storeFailed ? 1 : 0),
        (e: Error) => {
          log.error({ err: e.message }, 'error while stopping');
          resolve(1);
        },
      );
    };
    onStoreFatal = () => stop('store failure');
    if (storeFailed) stop('store failure');
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

const withTimeout = (p: Promise<unknown>, ms: number) =>
  Promise.race([p.catch(() => {}), new Promise((r) => setTimeout(r, ms).unref())]);
