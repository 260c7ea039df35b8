import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { signSlackRequest } from '../../src/platforms/slack/verify-signature.ts';

/**
 * A loopback Slack: the Web API methods newsbot calls, a Socket Mode WebSocket, response_url
 * endpoints and OAuth, enforcing what real Slack enforces — tokens, channel membership,
 * Block Kit limits (`invalid_blocks`), message length, and about one message per second per
 * channel (HTTP 429 with Retry-After).
 */

export interface FakeMessage {
  team: string;
  channel: string;
  ts: string;
  thread_ts?: string;
  /** A thread reply also shown in the channel ("Also send to #channel"). */
  reply_broadcast?: boolean;
  text: string;
  blocks: any[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  unfurl_links?: boolean;
  unfurl_media?: boolean;
}

interface Workspace {
  id: string;
  enterpriseId?: string;
  botUserId: string;
}

interface Channel {
  id: string;
  team: string;
  botMember: boolean;
  archived: boolean;
}

export interface FakeSlackOptions {
  /** Messages per second allowed per channel (Slack: about 1). */
  perChannelPerSecond?: number;
  /** How many messages a channel may take at once before the rate applies. */
  burst?: number;
  /** How long a slash command's envelope may wait for its ack (Slack: 3 s). */
  ackDeadlineMs?: number;
  /**
   * conversations.history / replies calls allowed per minute per workspace, each returning at
   * most `historyLimit` messages: Slack's limits for apps outside its Marketplace (since 2025).
   */
  historyPerMinute?: number;
  historyLimit?: number;
}

type PostFault = { error: string } | { status: number } | { dropAfterPost: true } | { retryAfter: number };

export class FakeSlack {
  readonly messages: FakeMessage[] = [];
  readonly calls: { method: string; token: string | undefined; params: Record<string, any> }[] = [];
  /** Bodies POSTed to response_url, in order. */
  readonly responses: { command: string; body: any }[] = [];
  /** 429s given, per channel. */
  readonly rateLimited = new Map<string, number>();
  /** Acks received for envelopes: envelope id → time from send to ack. */
  readonly acks = new Map<string, number>();
  /** Events no connection acknowledged yet: sent again when one opens. */
  private readonly undelivered: { team: string; event: Record<string, unknown> }[] = [];
  /** Times of history reads, per workspace (for their rate limit). */
  private readonly historyCalls = new Map<string, number[]>();
  readonly workspaces = new Map<string, Workspace>();
  readonly channels = new Map<string, Channel>();
  readonly users = new Map<string, { team: string; admin: boolean }>();
  private readonly tokens = new Map<string, { team: string; kind: 'bot' | 'app'; revoked?: string }>();
  private readonly oauthCodes = new Map<string, { team: string; enterpriseId?: string }>();
  readonly oauthClient = { id: '1111.2222', secret: 'fake-client-secret' };
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly faults: { channel?: string; fault: PostFault }[] = [];
  private readonly server = http.createServer((req, res) => void this.handle(req, res));
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly tcp = new Set<Socket>();
  private readonly pending = new Map<string, (payload: unknown) => void>();
  private tsCounter = 0;
  /** trigger_id → when Slack issued it: views.open takes it once, within 3 seconds. */
  private readonly triggers = new Map<string, { at: number; user: string }>();
  /** Modals opened (views.open), in order, with the user they were opened for. */
  readonly modals: { team: string; user: string; view: any; id: string }[] = [];
  /** The App Home each user was shown last (views.publish), by `team/user`. */
  readonly homes = new Map<string, any>();
  /** Ephemeral messages (chat.postEphemeral), in order. */
  readonly ephemerals: { team: string; channel: string; user: string; text: string; blocks: any[] }[] = [];
  private pinger?: NodeJS.Timeout;
  readonly opts: Required<FakeSlackOptions>;

  constructor(options: FakeSlackOptions = {}) {
    // Slack allows about one message per second per channel, with short bursts over it.
    this.opts = {
      perChannelPerSecond: 1,
      burst: 2,
      ackDeadlineMs: 3000,
      historyPerMinute: 1,
      historyLimit: 15,
      ...options,
    };
    this.server.on('connection', (s) => {
      this.tcp.add(s);
      s.on('close', () => this.tcp.delete(s));
    });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/link')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    // Slack pings Socket Mode clients; the client reconnects if the pings stop.
    this.pinger = setInterval(() => this.sockets.forEach((ws) => ws.ping()), 5_000).unref();
    return this;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A workspace with a bot token; returns the token. */
  addWorkspace(id: string, opts: { enterpriseId?: string; botToken?: string } = {}): string {
    this.workspaces.set(id, { id, enterpriseId: opts.enterpriseId, botUserId: `UB${id.slice(1)}` });
    const token = opts.botToken ?? `xoxb-${id}-${crypto.randomBytes(6).toString('hex')}`;
    this.tokens.set(token, { team: id, kind: 'bot' });
    return token;
  }

  appToken(team: string): string {
    const token = `xapp-1-${team}-${crypto.randomBytes(6).toString('hex')}`;
    this.tokens.set(token, { team, kind: 'app' });
    return token;
  }

  addChannel(id: string, team: string, opts: { botMember?: boolean; archived?: boolean } = {}): void {
    this.channels.set(id, { id, team, botMember: opts.botMember ?? true, archived: opts.archived ?? false });
  }

  addUser(id: string, team: string, opts: { admin?: boolean } = {}): void {
    this.users.set(id, { team, admin: opts.admin ?? false });
  }

  /** Makes a token answer `error` from now on (`token_revoked`, `account_inactive`). */
  revoke(token: string, error = 'token_revoked'): void {
    const t = this.tokens.get(token);
    if (t) t.revoked = error;
  }

  /** The next chat.postMessage (to `channel`, or any) fails this way. */
  failNextPost(fault: PostFault, channel?: string): void {
    this.faults.push({ channel, fault });
  }

  /** Faults set up with failNextPost that no post has met yet. */
  get pendingFaults(): number {
    return this.faults.length;
  }

  /** An OAuth code the installer can exchange for a new bot token of `team`. */
  oauthCode(team: string, enterpriseId?: string): string {
    const code = `code-${crypto.randomBytes(6).toString('hex')}`;
    this.oauthCodes.set(code, { team, enterpriseId });
    return code;
  }

  messagesIn(channel: string): FakeMessage[] {
    return this.messages.filter((m) => m.channel === channel);
  }

  // ---- Socket Mode ----------------------------------------------------------------------

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    // Slack retries events no connection acknowledged, on the next connection that opens.
    const waiting = this.undelivered.splice(0);
    setTimeout(() => waiting.forEach((e) => this.deliverEvent(e.team, e.event)), 100);
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (msg.envelope_id) this.pending.get(msg.envelope_id)?.(msg.payload);
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.size,
        debug_info: { host: 'fake-applink', approximate_connection_time: 18060 },
        connection_info: { app_id: 'A0FAKE' },
      }),
    );
  }

  get connections(): number {
    return this.sockets.size;
  }

  /** Resolves once a Socket Mode client is connected. */
  async waitForConnection(timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!this.sockets.size) {
      if (Date.now() > until) throw new Error('no Socket Mode connection');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Sends an envelope over Socket Mode and resolves with the ack, or rejects after the deadline. */
  private envelope(type: string, payload: unknown): Promise<unknown> {
    const ws = [...this.sockets][0];
    if (!ws) return Promise.reject(new Error('no Socket Mode connection'));
    const id = crypto.randomUUID();
    const sent = Date.now();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`envelope ${type} not acknowledged within ${this.opts.ackDeadlineMs} ms`));
      }, this.opts.ackDeadlineMs);
      this.pending.set(id, (ackPayload) => {
        clearTimeout(timer);
        this.pending.delete(id);
        this.acks.set(id, Date.now() - sent);
        resolve(ackPayload);
      });
      ws.send(
        JSON.stringify({
          envelope_id: id,
          type,
          payload,
          accepts_response_payload: type === 'slash_commands' || type === 'interactive',
        }),
      );
    });
  }

  /** The payload Slack sends for a slash command, with a response_url on this fake. */
  commandPayload(c: {
    team: string;
    channel: string;
    user: string;
    command: string;
    text: string;
    enterpriseId?: string;
  }): Record<string, string> {
    const id = crypto.randomBytes(6).toString('hex');
    return {
      token: 'deprecated-verification-token',
      team_id: c.team,
      team_domain: c.team.toLowerCase(),
      ...(c.enterpriseId ? { enterprise_id: c.enterpriseId } : {}),
      channel_id: c.channel,
      channel_name: c.channel.toLowerCase(),
      user_id: c.user,
      user_name: c.user.toLowerCase(),
      command: c.command,
      text: c.text,
      api_app_id: 'A0FAKE',
      response_url: `http://127.0.0.1:${this.port}/respond/${encodeURIComponent(c.command)}/${id}`,
      trigger_id: this.trigger(id, c.user),
    };
  }

  private trigger(id: string, user: string): string {
    const t = `${id}.trigger`;
    this.triggers.set(t, { at: Date.now(), user });
    return t;
  }

  /**
   * The payload Slack sends when a user presses a button of a message: `block_actions`, with a
   * response_url for the answer and a trigger_id.
   */
  blockActionPayload(a: { team: string; channel: string; user: string; message: FakeMessage; actionId: string }) {
    const id = crypto.randomBytes(6).toString('hex');
    const element = a.message.blocks
      .filter((b: any) => b.type === 'actions')
      .flatMap((b: any) => b.elements.map((e: any) => ({ ...e, block_id: b.block_id })))
      .find((e: any) => e.action_id === a.actionId);
    if (!element) throw new Error(`no button ${a.actionId} in message ${a.message.ts}`);
    return {
      type: 'block_actions',
      api_app_id: 'A0FAKE',
      token: 'deprecated-verification-token',
      team: { id: a.team, domain: a.team.toLowerCase() },
      user: { id: a.user, team_id: a.team, username: a.user.toLowerCase() },
      channel: { id: a.channel, name: a.channel.toLowerCase() },
      container: { type: 'message', channel_id: a.channel, message_ts: a.message.ts, is_ephemeral: false },
      message: { ts: a.message.ts, text: a.message.text, blocks: a.message.blocks },
      trigger_id: this.trigger(id, a.user),
      response_url: `http://127.0.0.1:${this.port}/respond/action/${id}`,
      actions: [
        {
          type: 'button',
          action_id: element.action_id,
          block_id: element.block_id,
          value: element.value,
          text: element.text,
          action_ts: `${Date.now() / 1000}`,
        },
      ],
    };
  }

  /** A user presses a button under a message (Socket Mode): resolves with the answers posted to its response_url. */
  async pressButton(
    a: { team: string; channel: string; user: string; message: FakeMessage; actionId: string },
    responses = 1,
  ): Promise<any[]> {
    const payload = this.blockActionPayload(a);
    await this.envelope('interactive', payload);
    return this.waitForResponses(payload.response_url, responses);
  }

  /** A user submits a modal (Socket Mode): resolves with the app's ack payload (`response_action`, errors). */
  async submitView(a: { team: string; user: string; viewId: string; values: Record<string, string> }): Promise<any> {
    const modal = this.modals.find((m) => m.id === a.viewId);
    if (!modal) throw new Error(`no modal ${a.viewId}`);
    const state: Record<string, Record<string, { type: string; value: string | null }>> = {};
    for (const b of modal.view.blocks.filter((x: any) => x.type === 'input')) {
      state[b.block_id] = {
        [b.element.action_id]: { type: b.element.type, value: a.values[b.element.action_id] ?? null },
      };
    }
    return this.envelope('interactive', {
      type: 'view_submission',
      api_app_id: 'A0FAKE',
      team: { id: a.team, domain: a.team.toLowerCase() },
      user: { id: a.user, team_id: a.team },
      trigger_id: this.trigger(crypto.randomBytes(6).toString('hex'), a.user),
      view: {
        id: modal.id,
        type: 'modal',
        team_id: a.team,
        callback_id: modal.view.callback_id,
        private_metadata: modal.view.private_metadata ?? '',
        title: modal.view.title,
        blocks: modal.view.blocks,
        state: { values: state },
      },
    });
  }

  /** A user opens the app's Home tab. */
  async openHome(team: string, user: string): Promise<void> {
    await this.event(team, { type: 'app_home_opened', user, channel: `D${user}`, tab: 'home' });
  }

  /** Waits until the user's App Home was published (after `since` publishes). */
  async waitForHome(team: string, user: string, timeoutMs = 10_000): Promise<any> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const home = this.homes.get(`${team}/${user}`);
      if (home) return home;
      if (Date.now() > until) throw new Error(`no App Home published for ${user}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async waitForModal(user: string, count = 1, timeoutMs = 10_000): Promise<{ view: any; id: string }> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const mine = this.modals.filter((m) => m.user === user);
      if (mine.length >= count) return mine[count - 1]!;
      if (Date.now() > until) throw new Error(`no modal opened for ${user}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /**
   * A user runs a slash command over Socket Mode: resolves with the responses posted to its
   * response_url once `responses` of them arrived. Rejects if the ack misses the deadline.
   */
  async slashCommand(
    c: { team: string; channel: string; user: string; command: string; text: string; enterpriseId?: string },
    responses = 1,
  ): Promise<any[]> {
    const payload = this.commandPayload(c);
    const before = this.responsesTo(payload.response_url!).length;
    await this.envelope('slash_commands', payload);
    return this.waitForResponses(payload.response_url!, before + responses);
  }

  /** A slash command sent over Socket Mode, resolving at its ack (for commands that open a form instead of answering). */
  async envelopeCommand(c: {
    team: string;
    channel: string;
    user: string;
    command: string;
    text: string;
  }): Promise<void> {
    await this.envelope('slash_commands', this.commandPayload(c));
  }

  /** An Events API event delivered over Socket Mode. */
  async event(team: string, event: Record<string, unknown>): Promise<void> {
    await this.envelope('events_api', this.eventCallback(team, event));
  }

  /** An event Slack keeps trying to deliver until a connection acknowledges it (as Slack retries events). */
  private deliverEvent(team: string, event: Record<string, unknown>): void {
    if (!this.sockets.size) {
      this.undelivered.push({ team, event });
      return;
    }
    this.event(team, event).catch(() => this.undelivered.push({ team, event }));
  }

  /** The Events API callback Slack sends for `event` in `team`, by either transport. */
  private eventCallback(team: string, event: Record<string, unknown>) {
    return {
      token: 'deprecated-verification-token',
      team_id: team,
      api_app_id: 'A0FAKE',
      event: { event_ts: `${Date.now() / 1000}`, ...event },
      type: 'event_callback',
      event_id: `Ev${crypto.randomBytes(5).toString('hex')}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [
        { team_id: team, user_id: this.workspaces.get(team)?.botUserId, is_bot: true, is_enterprise_install: false },
      ],
    };
  }

  private responsesTo(url: string) {
    const path = new URL(url).pathname;
    return this.responses.filter((r) => r.command === path);
  }

  async waitForResponses(responseUrl: string, count: number, timeoutMs = 10_000): Promise<any[]> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const got = this.responsesTo(responseUrl);
      if (got.length >= count) return got.map((r) => r.body);
      if (Date.now() > until) throw new Error(`expected ${count} responses at ${responseUrl}, got ${got.length}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Waits until `count` messages were posted to a channel. */
  async waitForMessages(channel: string, count: number, timeoutMs = 15_000): Promise<FakeMessage[]> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const got = this.messagesIn(channel);
      if (got.length >= count) return got;
      if (Date.now() > until) throw new Error(`expected ${count} messages in ${channel}, got ${got.length}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  // ---- HTTP mode: what Slack POSTs to an app's request URL --------------------------------

  /** Posts a signed slash command to an app's /slack/events, as Slack does in HTTP mode. */
  async postCommand(
    url: string,
    signingSecret: string,
    payload: Record<string, string>,
    opts: { timestamp?: number; tamper?: (body: string) => string } = {},
  ): Promise<{ status: number; body: string }> {
    const body = new URLSearchParams(payload).toString();
    const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = signSlackRequest(signingSecret, ts, body);
    const sent = opts.tamper ? opts.tamper(body) : body;
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signature,
      },
      body: sent,
    });
    return { status: res.status, body: await res.text() };
  }

  /** Posts a signed interaction (`payload=<json>`) to an app's /slack/events, as Slack does in HTTP mode. */
  async postInteraction(
    url: string,
    signingSecret: string,
    payload: unknown,
    opts: { timestamp?: number; tamper?: (body: string) => string } = {},
  ): Promise<{ status: number; body: string }> {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signSlackRequest(signingSecret, ts, body),
      },
      body: opts.tamper ? opts.tamper(body) : body,
    });
    return { status: res.status, body: await res.text() };
  }

  /** Posts a signed Events API callback to an app's /slack/events (HTTP mode). */
  async postEvent(
    url: string,
    signingSecret: string,
    team: string,
    event: Record<string, unknown>,
  ): Promise<{ status: number; body: string }> {
    const body = JSON.stringify(this.eventCallback(team, event));
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signSlackRequest(signingSecret, ts, body),
      },
      body,
    });
    return { status: res.status, body: await res.text() };
  }

  // ---- Web API ----------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/respond/')) {
      this.responses.push({ command: url.pathname, body: JSON.parse(raw) });
      return json(200, { ok: true });
    }
    if (!url.pathname.startsWith('/api/')) return json(404, { ok: false, error: 'not_found' });
    const method = url.pathname.slice(5);
    const params: Record<string, any> = (req.headers['content-type'] ?? '').includes('json')
      ? JSON.parse(raw || '{}')
      : Object.fromEntries(new URLSearchParams(raw));
    for (const k of ['blocks', 'metadata']) if (typeof params[k] === 'string') params[k] = JSON.parse(params[k]);
    const auth = req.headers.authorization?.replace(/^Bearer /, '') ?? params.token;
    this.calls.push({ method, token: auth, params });

    if (method === 'oauth.v2.access') return json(200, this.oauthAccess(params, req.headers.authorization));
    const tok = auth ? this.tokens.get(auth) : undefined;
    if (!tok) return json(200, { ok: false, error: auth ? 'invalid_auth' : 'not_authed' });
    if (tok.revoked) return json(200, { ok: false, error: tok.revoked });
    if (method === 'apps.connections.open') {
      if (tok.kind !== 'app') return json(200, { ok: false, error: 'not_allowed_token_type' });
      return json(200, { ok: true, url: `ws://127.0.0.1:${this.port}/link?ticket=${crypto.randomUUID()}` });
    }
    if (tok.kind !== 'bot') return json(200, { ok: false, error: 'not_allowed_token_type' });
    const ws = this.workspaces.get(tok.team)!;
    switch (method) {
      case 'auth.test':
        return json(200, {
          ok: true,
          url: `https://${ws.id.toLowerCase()}.slack.com/`,
          team: ws.id,
          user: 'newsbot',
          team_id: ws.id,
          user_id: ws.botUserId,
          bot_id: `B${ws.id.slice(1)}`,
          enterprise_id: ws.enterpriseId,
          is_enterprise_install: false,
        });
      case 'users.info': {
        const u = this.users.get(params.user);
        if (!u || u.team !== ws.id) return json(200, { ok: false, error: 'user_not_found' });
        return json(200, {
          ok: true,
          user: { id: params.user, team_id: u.team, is_admin: u.admin, is_owner: false, is_primary_owner: false },
        });
      }
      case 'conversations.info': {
        const ch = this.channelFor(ws.id, params.channel);
        if (!ch) return json(200, { ok: false, error: 'channel_not_found' });
        return json(200, { ok: true, channel: { id: ch.id, is_archived: ch.archived, is_member: ch.botMember } });
      }
      case 'conversations.history':
      case 'conversations.replies': {
        const recent = (this.historyCalls.get(ws.id) ?? []).filter((t) => t > Date.now() - 60_000);
        if (recent.length >= this.opts.historyPerMinute) return this.tooMany(params.channel, 60, json);
        this.historyCalls.set(ws.id, [...recent, Date.now()]);
        const ch = this.channelFor(ws.id, params.channel);
        if (!ch) return json(200, { ok: false, error: 'channel_not_found' });
        if (!ch.botMember) return json(200, { ok: false, error: 'not_in_channel' });
        const oldest = Number(params.oldest ?? 0);
        const withMeta = String(params.include_all_metadata) === 'true';
        const msgs = this.messagesIn(ch.id)
          .filter(
            (m) =>
              Number(m.ts) >= oldest &&
              (method === 'conversations.history'
                ? !m.thread_ts || m.reply_broadcast
                : m.thread_ts === params.ts || m.ts === params.ts),
          )
          .reverse()
          .slice(0, Math.min(Number(params.limit ?? 100), this.opts.historyLimit))
          .map((m) => ({
            type: 'message',
            ts: m.ts,
            text: m.text,
            ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
            ...(withMeta && m.metadata ? { metadata: m.metadata } : {}),
          }));
        return json(200, { ok: true, messages: msgs, has_more: false });
      }
      case 'chat.postMessage':
        return this.postMessage(ws, params, res, json);
      case 'chat.postEphemeral': {
        const ch = this.channelFor(ws.id, params.channel);
        if (!ch) return json(200, { ok: false, error: 'channel_not_found' });
        if (!ch.botMember) return json(200, { ok: false, error: 'not_in_channel' });
        if (this.users.get(params.user)?.team !== ws.id) return json(200, { ok: false, error: 'user_not_in_channel' });
        const problem = validateMessage(params);
        if (problem) return json(200, { ok: false, ...problem });
        this.ephemerals.push({
          team: ws.id,
          channel: ch.id,
          user: params.user,
          text: params.text ?? '',
          blocks: params.blocks ?? [],
        });
        return json(200, { ok: true, message_ts: `${Date.now() / 1000}` });
      }
      case 'views.open': {
        const view = typeof params.view === 'string' ? JSON.parse(params.view) : params.view;
        const issued = this.triggers.get(params.trigger_id);
        if (issued === undefined) return json(200, { ok: false, error: 'invalid_trigger_id' });
        this.triggers.delete(params.trigger_id); // a trigger opens one view
        if (Date.now() - issued.at > 3000) return json(200, { ok: false, error: 'expired_trigger_id' });
        const problems = validateView(view, 'modal');
        if (problems.length)
          return json(200, { ok: false, error: 'invalid_arguments', response_metadata: { messages: problems } });
        const id = `V${crypto.randomBytes(5).toString('hex').toUpperCase()}`;
        this.modals.push({ team: ws.id, user: issued.user, view, id });
        return json(200, { ok: true, view: { ...view, id, team_id: ws.id } });
      }
      case 'views.publish': {
        const view = typeof params.view === 'string' ? JSON.parse(params.view) : params.view;
        if (this.users.get(params.user_id)?.team !== ws.id) return json(200, { ok: false, error: 'user_not_found' });
        const problems = validateView(view, 'home');
        if (problems.length)
          return json(200, { ok: false, error: 'invalid_arguments', response_metadata: { messages: problems } });
        this.homes.set(`${ws.id}/${params.user_id}`, view);
        return json(200, { ok: true, view: { ...view, id: `VHOME${params.user_id}` } });
      }
      case 'chat.update': {
        const m = this.messages.find((x) => x.channel === params.channel && x.ts === params.ts);
        if (!m) return json(200, { ok: false, error: 'message_not_found' });
        const problem = validateMessage(params);
        if (problem) return json(200, { ok: false, ...problem });
        m.text = params.text ?? m.text;
        m.blocks = params.blocks ?? m.blocks;
        return json(200, { ok: true, channel: m.channel, ts: m.ts });
      }
      default:
        return json(200, { ok: false, error: 'unknown_method' });
    }
  }

  private channelFor(team: string, id: string): Channel | undefined {
    const ch = this.channels.get(id);
    return ch && ch.team === team ? ch : undefined;
  }

  private postMessage(
    ws: Workspace,
    params: Record<string, any>,
    res: http.ServerResponse,
    json: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ): void {
    const ch = this.channelFor(ws.id, params.channel);
    const faultAt = this.faults.findIndex((f) => !f.channel || f.channel === params.channel);
    const fault = faultAt >= 0 ? this.faults.splice(faultAt, 1)[0]!.fault : undefined;
    if (fault && 'error' in fault) return json(200, { ok: false, error: fault.error });
    if (fault && 'status' in fault) return json(fault.status, { ok: false, error: 'fatal_error' });
    if (fault && 'retryAfter' in fault) return this.tooMany(params.channel, fault.retryAfter, json);
    if (!ch) return json(200, { ok: false, error: 'channel_not_found' });
    if (ch.archived) return json(200, { ok: false, error: 'is_archived' });
    if (!ch.botMember) return json(200, { ok: false, error: 'not_in_channel' });
    const problem = validateMessage(params);
    if (problem) return json(200, { ok: false, ...problem });
    const wait = this.take(ch.id);
    if (wait > 0) return this.tooMany(ch.id, Math.ceil(wait / 1000), json);
    if (params.thread_ts && !this.messages.some((m) => m.channel === ch.id && m.ts === params.thread_ts))
      return json(200, { ok: false, error: 'thread_not_found' });
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.tsCounter).padStart(6, '0')}`;
    this.messages.push({
      team: ws.id,
      channel: ch.id,
      ts,
      ...(params.thread_ts
        ? { thread_ts: params.thread_ts, reply_broadcast: String(params.reply_broadcast) === 'true' }
        : {}),
      text: params.text ?? '',
      blocks: params.blocks ?? [],
      ...(params.metadata ? { metadata: params.metadata } : {}),
      unfurl_links: params.unfurl_links === undefined ? undefined : String(params.unfurl_links) === 'true',
      unfurl_media: params.unfurl_media === undefined ? undefined : String(params.unfurl_media) === 'true',
    });
    // Slack tells the posting app of a message with metadata (message_metadata_posted), whether
    // or not the call's response reaches it; over Socket Mode, retried until acknowledged.
    if (params.metadata) {
      const metadata = typeof params.metadata === 'string' ? JSON.parse(params.metadata) : params.metadata;
      this.deliverEvent(ws.id, {
        type: 'message_metadata_posted',
        app_id: 'A0FAKE',
        bot_id: 'B0FAKE',
        user_id: ws.botUserId,
        team_id: ws.id,
        channel_id: ch.id,
        metadata,
        message_ts: ts,
      });
    }
    // Posted, but the answer never arrives: what a timeout after Slack received it looks like.
    if (fault && 'dropAfterPost' in fault) {
      res.socket?.destroy();
      return;
    }
    json(200, { ok: true, channel: ch.id, ts, message: { text: params.text, ts } });
  }

  private tooMany(
    channel: string,
    seconds: number,
    json: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ): void {
    this.rateLimited.set(channel, (this.rateLimited.get(channel) ?? 0) + 1);
    json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(Math.max(1, seconds)) });
  }

  /** Token bucket per channel: returns 0 when a message may go, else ms until it may. */
  private take(channel: string): number {
    const now = Date.now();
    const rate = this.opts.perChannelPerSecond / 1000;
    const b = this.buckets.get(channel) ?? { tokens: this.opts.burst, at: now };
    b.tokens = Math.min(this.opts.burst, b.tokens + (now - b.at) * rate);
    b.at = now;
    this.buckets.set(channel, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return (1 - b.tokens) / rate;
  }

  private oauthAccess(params: Record<string, any>, authorization: string | undefined): unknown {
    let id = params.client_id;
    let secret = params.client_secret;
    if (authorization?.startsWith('Basic '))
      [id, secret] = Buffer.from(authorization.slice(6), 'base64').toString().split(':');
    if (id !== this.oauthClient.id || secret !== this.oauthClient.secret)
      return { ok: false, error: 'invalid_client_id' };
    const grant = this.oauthCodes.get(params.code);
    if (!grant) return { ok: false, error: 'invalid_code' };
    this.oauthCodes.delete(params.code);
    const token = this.addWorkspace(grant.team, { enterpriseId: grant.enterpriseId });
    const ws = this.workspaces.get(grant.team)!;
    return {
      ok: true,
      app_id: 'A0FAKE',
      authed_user: { id: 'U0INSTALLER' },
      scope: 'chat:write,commands,users:read,channels:read,groups:read,channels:history,groups:history',
      token_type: 'bot',
      access_token: token,
      bot_user_id: ws.botUserId,
      team: { id: grant.team, name: `Team ${grant.team}` },
      enterprise: grant.enterpriseId ? { id: grant.enterpriseId, name: 'Org' } : null,
      is_enterprise_install: false,
    };
  }

  async close(): Promise<void> {
    clearInterval(this.pinger);
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    for (const s of this.tcp) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Slack's Block Kit and message limits; returns the error Slack would give, if any. */
export function validateMessage(
  params: Record<string, any>,
  { allowInput = false }: { allowInput?: boolean } = {},
): { error: string; errors?: string[] } | undefined {
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  const text: string | undefined = params.text;
  const blocks: any[] | undefined = params.blocks;
  if (!blocks?.length && !text) return { error: 'no_text' };
  if (text && text.length > 40_000) return { error: 'msg_too_long' };
  if (!blocks) return undefined;
  const errors: string[] = [];
  if (!Array.isArray(blocks)) return { error: 'invalid_blocks_format' };
  if (blocks.length > 50) errors.push(`must provide an array with no more than 50 items [json-pointer:/blocks]`);
  const textOk = (t: any, max: number, types: string[], at: string) => {
    if (!t || typeof t.text !== 'string' || !types.includes(t.type))
      errors.push(`invalid text object [json-pointer:${at}]`);
    else if (!t.text.length) errors.push(`must be more than 0 characters [json-pointer:${at}/text]`);
    else if (t.text.length > max) errors.push(`must be less than ${max + 1} characters [json-pointer:${at}/text]`);
  };
  blocks.forEach((b, i) => {
    const at = `/blocks/${i}`;
    switch (b?.type) {
      case 'header':
        textOk(b.text, 150, ['plain_text'], `${at}/text`);
        break;
      case 'section':
        if (b.text) textOk(b.text, 3000, ['plain_text', 'mrkdwn'], `${at}/text`);
        else if (!b.fields) errors.push(`section needs text or fields [json-pointer:${at}]`);
        break;
      case 'context':
        if (!Array.isArray(b.elements) || !b.elements.length || b.elements.length > 10)
          errors.push(`must provide 1 to 10 elements [json-pointer:${at}/elements]`);
        else
          b.elements.forEach((e: any, j: number) => textOk(e, 3000, ['plain_text', 'mrkdwn'], `${at}/elements/${j}`));
        break;
      case 'divider':
        break;
      case 'actions':
        if (!Array.isArray(b.elements) || !b.elements.length || b.elements.length > 25)
          errors.push(`must provide 1 to 25 elements [json-pointer:${at}/elements]`);
        else b.elements.forEach((e: any, j: number) => buttonProblems(e, `${at}/elements/${j}`, errors, actionIds));
        break;
      case 'input':
        if (!allowInput) errors.push(`unsupported block type input [json-pointer:${at}]`);
        textOk(b.label, 2000, ['plain_text'], `${at}/label`);
        if (!b.element || !['plain_text_input', 'static_select', 'number_input'].includes(b.element.type))
          errors.push(`unsupported element [json-pointer:${at}/element]`);
        else if (!b.element.action_id) errors.push(`missing action_id [json-pointer:${at}/element]`);
        if (b.hint) textOk(b.hint, 2000, ['plain_text'], `${at}/hint`);
        break;
      default:
        errors.push(`unsupported block type ${b?.type} [json-pointer:${at}]`);
    }
    if (b?.block_id !== undefined) {
      if (typeof b.block_id !== 'string' || !b.block_id.length || b.block_id.length > 255)
        errors.push(`invalid block_id [json-pointer:${at}/block_id]`);
      else if (blockIds.has(b.block_id)) errors.push(`duplicate block_id [json-pointer:${at}/block_id]`);
      blockIds.add(b.block_id);
    }
  });
  return errors.length ? { error: 'invalid_blocks', errors } : undefined;
}

/** A Block Kit button: plain_text label of 1–75, action_id of 1–255 unique in the message, value up to 2,000, a confirm dialog within its limits. */
function buttonProblems(e: any, at: string, errors: string[], actionIds: Set<string>): void {
  if (e?.type !== 'button') return void errors.push(`unsupported element ${e?.type} [json-pointer:${at}]`);
  if (e.text?.type !== 'plain_text' || !e.text.text?.length || e.text.text.length > 75)
    errors.push(`must be a plain_text of 1 to 75 characters [json-pointer:${at}/text]`);
  if (typeof e.action_id !== 'string' || !e.action_id.length || e.action_id.length > 255)
    errors.push(`invalid action_id [json-pointer:${at}/action_id]`);
  else if (actionIds.has(e.action_id)) errors.push(`duplicate action_id [json-pointer:${at}/action_id]`);
  actionIds.add(e.action_id);
  if (e.value !== undefined && (typeof e.value !== 'string' || e.value.length > 2000))
    errors.push(`must be less than 2001 characters [json-pointer:${at}/value]`);
  if (e.style !== undefined && !['primary', 'danger'].includes(e.style))
    errors.push(`invalid style [json-pointer:${at}/style]`);
  if (e.confirm) {
    const c = e.confirm;
    const limits: [string, number][] = [
      ['title', 100],
      ['text', 300],
      ['confirm', 30],
      ['deny', 30],
    ];
    for (const [k, max] of limits)
      if (c[k]?.type !== 'plain_text' || !c[k].text?.length || c[k].text.length > max)
        errors.push(`must be a plain_text of 1 to ${max} characters [json-pointer:${at}/confirm/${k}]`);
  }
}

/**
 * A view for views.open (a modal) or views.publish (the App Home): at most 100 blocks, a
 * title of at most 24 characters for a modal, a submit button when it has inputs, its
 * callback_id and private_metadata within their limits; its blocks as messages' are.
 */
export function validateView(view: any, kind: 'modal' | 'home'): string[] {
  const errors: string[] = [];
  if (!view || view.type !== kind) return [`view type must be ${kind} [json-pointer:/view/type]`];
  const blocks: any[] = view.blocks ?? [];
  if (blocks.length > 100) errors.push('must provide an array with no more than 100 items [json-pointer:/view/blocks]');
  if (kind === 'modal') {
    if (view.title?.type !== 'plain_text' || !view.title.text?.length || view.title.text.length > 24)
      errors.push('must be a plain_text of 1 to 24 characters [json-pointer:/view/title]');
    if (blocks.some((b) => b?.type === 'input') && (view.submit?.type !== 'plain_text' || !view.submit.text))
      errors.push('a view with input blocks needs submit [json-pointer:/view/submit]');
    if (view.submit && (view.submit.text?.length ?? 0) > 24)
      errors.push('must be less than 25 characters [json-pointer:/view/submit]');
  }
  if ((view.callback_id ?? '').length > 255)
    errors.push('must be less than 256 characters [json-pointer:/view/callback_id]');
  if ((view.private_metadata ?? '').length > 3000)
    errors.push('must be less than 3001 characters [json-pointer:/view/private_metadata]');
  const problem = validateMessage({ blocks: blocks.slice(0, 50), text: 'view' }, { allowInput: kind === 'modal' });
  if (blocks.length > 50) {
    const rest = validateMessage({ blocks: blocks.slice(50), text: 'view' }, { allowInput: kind === 'modal' });
    if (rest?.errors) errors.push(...rest.errors);
  }
  if (problem?.errors) errors.push(...problem.errors);
  return errors;
}
