import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { App as BoltAppClass, HTTPReceiver } from '@slack/bolt';
import type { App as BoltApp, SlashCommand, RespondFn } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { pauseChannel, resumeChannel } from '../../alerts/pause-channel.ts';
import type { Answer, CommandContext } from '../../commands/answer.ts';
import { appHome } from '../../commands/app-home.ts';
import { formValues, refuseNonAdmin } from '../../commands/declare.ts';
import { declarationOf, type CommandRequest } from '../../commands/run-command.ts';
import { actionLine } from '../../formatting/alert-actions.ts';
import { FORM_CALLBACK, firstFieldBlock, formAnswers, formModal, type FormOrigin } from './slack-forms.ts';
import { describeError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import type { Db } from '../../store/open-store.ts';
import { SecretBox } from '../../store/secret-box.ts';
import { DbInstallationStore } from './installation-store.ts';
import { ACTION_PREFIX, renderAnswerBlocks } from './render-blocks.ts';
import { IntervalGovernor, type SendGovernor } from '../../alerts/send-governor.ts';
import type { SlackEnv } from './slack-env.ts';
import { slackLogger } from './slack-logger.ts';
import { ALERT_EVENT_TYPE, SlackSender, type SlackTokens } from './slack-sender.ts';
import { forgetPostAttempt, postEvidence, recordPostAttempt, recordPosted } from '../../store/post-evidence-repo.ts';
import { slackTeamKey } from './team-key.ts';
import { verifySlackSignature } from './verify-signature.ts';

/** Bot scopes the app asks for; slack/manifest.yaml lists the same. */
export const SLACK_SCOPES = [
  'chat:write',
  'commands',
  'users:read',
  'channels:read',
  'groups:read',
  'channels:history',
  'groups:history',
  // message_metadata_posted: Slack tells us of our own posts, so a retry never reads history.
  'metadata.message:read',
];

export interface SlackPlatformOptions {
  env: SlackEnv;
  db: Db;
  log: Logger;
  /** The platform-neutral command core: a typed line, or a form's values. */
  ask: (ctx: CommandContext, request: CommandRequest) => Promise<Answer>;
  /** Called after a change the pipeline must see (a team paused or resumed). */
  onChange: () => Promise<void>;
  /** Configured user ids allowed to change a workspace's setup besides its admins. */
  admins?: string[];
  messagesPerSecond?: number;
  governor?: SendGovernor;
  clock?: () => number;
  /** HTTP mode: other routes served on the same port (the operators' /healthz, /readyz, /metrics); true when handled. */
  extraRoutes?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
}

export interface SlackPlatform {
  sender: SlackSender;
  /** HTTP mode: the port the receiver listens on. */
  port: number | undefined;
  /** Single-workspace modes: the workspace's team key. */
  teamKey: string | undefined;
  stop(): Promise<void>;
}

/** Who may change a workspace's setup: admins and owners, plus the configured user ids. */
class AdminCheck {
  private readonly cache = new Map<string, { admin: boolean; at: number }>();
  constructor(
    private readonly admins: Set<string>,
    private readonly clock: () => number,
    private readonly log: Logger,
  ) {}

  async isAdmin(client: WebClient, team: string, user: string): Promise<boolean> {
    if (this.admins.has(user)) return true;
    const key = `${team}/${user}`;
    const hit = this.cache.get(key);
    if (hit && this.clock() - hit.at < 5 * 60_000) return hit.admin;
    try {
      const res = await client.users.info({ user });
      const u = res.user as { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean } | undefined;
      const admin = !!(u?.is_admin || u?.is_owner || u?.is_primary_owner);
      this.cache.set(key, { admin, at: this.clock() });
      return admin;
    } catch (e) {
      this.log.warn(
        { team, user, err: (e as Error).message },
        'users.info failed; treating the caller as a member, not an admin',
      );
      return false;
    }
  }
}

/** Reads a request body up to a limit (Slack's payloads are small). */
function readBody(req: http.IncomingMessage, limit = 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Starts the Slack side of newsbot: Bolt receiving slash commands and events (Socket Mode
 * or HTTP, one workspace or OAuth installs into many), and the sender that posts alerts.
 */
export async function startSlack(opts: SlackPlatformOptions): Promise<SlackPlatform> {
  const { env, db, log } = opts;
  const clock = opts.clock ?? Date.now;
  const logger = slackLogger(log, 'slack');
  const clientOptions = {
    ...(env.apiUrl ? { slackApiUrl: env.apiUrl } : {}),
    logger: slackLogger(log, 'slack-web-api'),
  };
  const pauseTeam = async (teamKey: string, reason: string) => {
    await pauseChannel(db, { platform: 'slack', team: teamKey }, reason);
    await opts.onChange();
    log.warn({ team: teamKey, reason }, 'Slack workspace paused');
  };

  let tokens: SlackTokens;
  let teamKey: string | undefined;
  let installations: DbInstallationStore | undefined;
  if (env.mode === 'oauth') {
    installations = new DbInstallationStore(db, new SecretBox(env.secretKey), clock, {
      installed: async (key) => {
        // Reinstalling is how a workspace whose token was revoked comes back.
        const resumed = await resumeChannel(db, { platform: 'slack', team: key }, clock());
        if (resumed.subscriptions) await opts.onChange();
        log.info({ team: key, resumed: resumed.subscriptions }, 'Slack app installed');
      },
      removed: (key) => pauseTeam(key, 'the app was uninstalled from this workspace; reinstall it to resume'),
    });
    tokens = installations;
  } else {
    // One workspace: check the token now, so a wrong one fails at start with a clear message.
    const client = new WebClient(env.botToken, { ...clientOptions, retryConfig: { retries: 2 } });
    let auth;
    try {
      auth = await client.auth.test();
    } catch (e) {
      const refused = (e as { data?: { error?: string } }).data?.error;
      // A refusal is a token to fix; anything else is Slack (or the network) being unreachable.
      throw new Error(
        refused
          ? `Slack refused SLACK_BOT_TOKEN (${refused}); copy the Bot User OAuth Token from your app's OAuth & Permissions page`
          : `could not reach Slack at ${env.apiUrl ?? 'https://slack.com/api/'} to check SLACK_BOT_TOKEN (${(e as Error).message}); check the network or status.slack.com, then start again`,
      );
    }
    teamKey = slackTeamKey({ teamId: auth.team_id, enterpriseId: auth.enterprise_id });
    const key = teamKey;
    const token = env.botToken;
    tokens = { botToken: async (t) => (t === key ? token : undefined) };
  }

  const sender = new SlackSender({
    tokens,
    log,
    apiUrl: env.apiUrl,
    evidence: {
      attempt: (outboxId) => recordPostAttempt(opts.db, outboxId, clock()),
      notPosted: (outboxId) => forgetPostAttempt(opts.db, outboxId),
      posted: async (outboxId) => {
        const e = await postEvidence(opts.db, outboxId);
        return { attempted: !!e, messageId: e?.messageId ?? null };
      },
    },
    governor: opts.governor ?? new IntervalGovernor({ intervalMs: Math.round(1000 / (opts.messagesPerSecond ?? 1)) }),
    clock,
  });

  let receiver: HTTPReceiver | undefined;
  let app: BoltApp;
  if (env.mode === 'socket') {
    app = new BoltAppClass({
      token: env.botToken,
      appToken: env.appToken,
      socketMode: true,
      logger,
      clientOptions,
      installerOptions: { clientOptions },
    });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: env.signingSecret,
      logger,
      endpoints: ['/slack/events'],
      ...(env.mode === 'oauth'
        ? {
            clientId: env.clientId,
            clientSecret: env.clientSecret,
            stateSecret: env.stateSecret,
            scopes: SLACK_SCOPES,
            installationStore: installations,
            redirectUri: env.redirectUri,
            installerOptions: {
              clientOptions,
              installPath: '/slack/install',
              redirectUriPath: '/slack/oauth_redirect',
              directInstall: true,
            },
          }
        : {}),
    });
    app = new BoltAppClass({
      receiver,
      logger,
      clientOptions,
      ...(env.mode === 'http' ? { token: env.botToken } : {}),
    });
  }

  const adminCheck = new AdminCheck(new Set(opts.admins ?? []), clock, log);
  /** What a person is told when answering failed; the log has the code and the cause. */
  const apology = (e: unknown, team: string, what: string): Answer => {
    const { code, message } = describeError(e);
    log.error({ team, what, code, err: message }, 'Slack request failed');
    return {
      ok: false,
      ephemeral: true,
      title: `newsbot could not answer: ${message}`,
      sections: [{ lines: [{ text: 'Try again in a moment; if it keeps failing, the bot log has the details.' }] }],
    };
  };
  /** The core's answer, or the apology when it failed. */
  const answerFor = async (ctx: CommandContext, request: CommandRequest, what: string): Promise<Answer> => {
    try {
      return await opts.ask(ctx, request);
    } catch (e) {
      return apology(e, ctx.team, what);
    }
  };
  const contextOf = async (
    client: WebClient,
    ids: { teamId?: string; enterpriseId?: string; channel: string; user: string },
  ): Promise<CommandContext> => {
    const team = slackTeamKey({ teamId: ids.teamId, enterpriseId: ids.enterpriseId });
    const isAdmin = await adminCheck.isAdmin(client, team, ids.user);
    return { platform: 'slack', team, channel: ids.channel, user: ids.user, isAdmin };
  };

  const onCommand = async ({
    command,
    ack,
    respond,
    client,
  }: {
    command: SlashCommand;
    ack: () => Promise<void>;
    respond: RespondFn;
    client: WebClient;
  }) => {
    // Acknowledge first: Slack shows an error if nothing answers within 3 seconds.
    await ack();
    let answer: Answer;
    try {
      const ctx = await contextOf(client, {
        teamId: command.team_id,
        enterpriseId: command.enterprise_id,
        channel: command.channel_id,
        user: command.user_id,
      });
      // A long subcommand run without its words opens its form (a modal) instead of a usage line.
      const word = command.command.replace(/^\//, '');
      const sub = (command.text ?? '').trim().toLowerCase();
      const declared = /^[a-z-]+$/.test(sub) ? declarationOf(word, sub) : undefined;
      const form = declared?.form ? declared : undefined;
      if (form) {
        const refused = refuseNonAdmin(form, ctx);
        if (!refused) {
          await client.views.open({ trigger_id: command.trigger_id, view: formModal(form, ctx.channel) as never });
          return;
        }
        answer = refused;
      } else answer = await answerFor(ctx, `${command.command} ${command.text ?? ''}`, command.command);
    } catch (e) {
      answer = apology(e, command.team_id, command.command);
    }
    try {
      await respond({
        response_type: answer.ephemeral ? 'ephemeral' : 'in_channel',
        ...renderAnswerBlocks(answer),
      } as never);
    } catch (e) {
      log.error(
        { team: command.team_id, err: (e as Error).message },
        'could not answer the slash command (response_url)',
      );
    }
  };

  // The buttons under an alert: each runs its slash command for the alert's topic, in the
  // channel where it was pressed, with the same admin rules; answered to the presser alone.
  app.action(new RegExp(`^${ACTION_PREFIX}`), async ({ ack, body, action, respond, client }) => {
    await ack();
    const b = body as {
      team?: { id?: string } | null;
      enterprise?: { id?: string } | null;
      user: { id: string; team_id?: string };
      channel?: { id?: string };
      container?: { channel_id?: string };
    };
    const a = action as { action_id: string; value?: string };
    const line = actionLine(a.action_id.slice(ACTION_PREFIX.length), a.value ?? '');
    const ctx = await contextOf(client, {
      teamId: b.team?.id ?? b.user.team_id,
      enterpriseId: b.enterprise?.id,
      channel: b.channel?.id ?? b.container?.channel_id ?? '',
      user: b.user.id,
    });
    const answer: Answer = line
      ? await answerFor(ctx, line, a.action_id)
      : { ok: false, ephemeral: true, title: 'newsbot does not know that button.', sections: [] };
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderAnswerBlocks(answer) } as never);
  });

  // A submitted form runs its subcommand with the values typed; a refusal is shown in the form.
  app.view(FORM_CALLBACK, async ({ ack, body, view, client }) => {
    let origin: FormOrigin;
    try {
      origin = JSON.parse(view.private_metadata) as FormOrigin;
    } catch {
      await ack();
      return;
    }
    const spec = declarationOf(origin.command, origin.subcommand);
    if (!spec) return void (await ack());
    const ctx = await contextOf(client, {
      teamId: body.team?.id ?? body.user.team_id,
      enterpriseId: body.enterprise?.id,
      channel: origin.channel,
      user: body.user.id,
    });
    const answer = await answerFor(
      ctx,
      { command: origin.command, subcommand: origin.subcommand, values: formValues(spec, formAnswers(view.state)) },
      `${origin.command} ${origin.subcommand} form`,
    );
    if (!answer.ok) {
      const detail = [answer.title, ...answer.sections.flatMap((x) => x.lines.map((l) => l.text))].join(' ');
      await ack({ response_action: 'errors', errors: { [firstFieldBlock(spec)]: detail.slice(0, 1000) } } as never);
      return;
    }
    await ack();
    try {
      await client.chat.postEphemeral({
        channel: origin.channel,
        user: ctx.user,
        ...renderAnswerBlocks(answer),
      } as never);
    } catch (e) {
      log.warn({ team: ctx.team, err: (e as Error).message }, 'could not show the form’s answer in the channel');
    }
  });

  // The App Home: the workspace's subscriptions by channel, its deals and their stages, and
  // the sources in trouble, published for the person who opened it.
  app.event('app_home_opened', async ({ event, context, client }) => {
    if (event.tab !== 'home') return;
    const ctx = await contextOf(client, {
      teamId: context.teamId,
      enterpriseId: context.enterpriseId,
      channel: event.channel,
      user: event.user,
    });
    const home = await appHome((c, r) => answerFor(c, r, 'app home'), ctx);
    await client.views.publish({
      user_id: event.user,
      view: { type: 'home', blocks: renderAnswerBlocks(home).blocks } as never,
    });
  });

  app.command('/news', onCommand as never);
  app.command('/deal', onCommand as never);

  app.event('app_uninstalled', async ({ body, context }) => {
    const key = slackTeamKey({
      teamId: context.teamId ?? (body as { team_id?: string }).team_id,
      enterpriseId: context.enterpriseId,
    });
    if (installations)
      await installations.deleteInstallation({
        teamId: context.teamId,
        enterpriseId: context.enterpriseId,
        isEnterpriseInstall: !!context.isEnterpriseInstall,
      } as never);
    else await pauseTeam(key, 'the app was uninstalled from this workspace; reinstall it to resume');
  });
  // Our own posts, as Slack saw them (also those whose response was lost): evidence for retries.
  app.event('message_metadata_posted', async ({ event }) => {
    const e = event as {
      metadata?: { event_type?: string; event_payload?: { outbox_id?: unknown } };
      message_ts?: string;
    };
    const outboxId = e.metadata?.event_payload?.outbox_id;
    if (e.metadata?.event_type !== ALERT_EVENT_TYPE || typeof outboxId !== 'string' || !e.message_ts) return;
    await recordPosted(opts.db, outboxId, e.message_ts, clock());
  });
  app.event('tokens_revoked', async ({ event, context }) => {
    if (!event.tokens.bot?.length) return; // only user tokens: the bot still works
    const key = slackTeamKey({ teamId: context.teamId, enterpriseId: context.enterpriseId });
    if (installations)
      await installations.deleteInstallation({
        teamId: context.teamId,
        enterpriseId: context.enterpriseId,
        isEnterpriseInstall: !!context.isEnterpriseInstall,
      } as never);
    else await pauseTeam(key, 'the bot token was revoked; reinstall the app to resume');
  });
  app.error(async (e) => {
    log.error({ err: e.message, code: (e as { code?: string }).code }, 'Slack app error');
  });

  if (env.mode === 'socket') {
    await app.start();
    log.info({ team: teamKey }, 'Slack connected over Socket Mode');
    return { sender, port: undefined, teamKey, stop: async () => void (await app.stop()) };
  }

  const listener = receiver!.requestListener;
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (opts.extraRoutes?.(req, res)) return;
    if (req.method === 'GET' && path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    }
    if (req.method !== 'POST' || path !== '/slack/events') {
      listener(req, res);
      return;
    }
    readBody(req).then(
      (raw) => {
        try {
          verifySlackSignature({
            signingSecret: env.signingSecret,
            body: raw.toString('utf8'),
            signature: req.headers['x-slack-signature'] as string | undefined,
            timestamp: req.headers['x-slack-request-timestamp'] as string | undefined,
            nowMs: clock(),
          });
        } catch (e) {
          log.warn({ ip: req.socket.remoteAddress, err: (e as Error).message }, 'Slack request refused');
          res.writeHead(401, { 'content-type': 'text/plain' }).end('invalid signature\n');
          return;
        }
        // Bolt reads the body it finds buffered here instead of the consumed stream.
        (req as http.IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
        listener(req, res);
      },
      () => res.writeHead(413).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.port, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  log.info(
    { port, mode: env.mode, team: teamKey },
    `Slack HTTP receiver on :${port}/slack/events${env.mode === 'oauth' ? `; install at :${port}/slack/install` : ''}`,
  );
  return {
    sender,
    port,
    teamKey,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
