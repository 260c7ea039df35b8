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
      ws.send(JSON.stringify({ envelope_id: id, type, payload, accepts_response_payload: type === 'slash_commands' }));
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
      trigger_id: `${id}.trigger`,
    };
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
export function validateMessage(params: Record<string, any>): { error: string; errors?: string[] } | undefined {
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
      default:
        errors.push(`unsupported block type ${b?.type} [json-pointer:${at}]`);
    }
  });
  return errors.length ? { error: 'invalid_blocks', errors } : undefined;
}
