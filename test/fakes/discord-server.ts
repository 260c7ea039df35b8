import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A loopback Discord: REST under /api/v10 and a gateway WebSocket, enforcing what Discord
 * enforces — bot token, channel access and permissions, message and embed limits (50035),
 * nonce semantics with `enforce_nonce` (the same nonce returns the message already posted),
 * rate-limit headers and 429s per channel bucket, thread creation once per message, and the
 * 3-second deadline of interaction callbacks.
 */

export interface FakeDiscordMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: any[];
  nonce?: string;
  allowed_mentions?: any;
  /** A reply: the message it refers to (kept only if that message exists, as with fail_if_not_exists: false). */
  message_reference?: { message_id: string };
  /** Message components: action rows of buttons. */
  components?: any[];
}

interface Channel {
  id: string;
  guild: string;
  name: string;
  /** Whether the bot can see it (50001 otherwise) and post in it (50013 otherwise). */
  access: boolean;
  canSend: boolean;
  thread?: boolean;
}

export interface FakeDiscordOptions {
  /** Messages per channel per window before 429 (Discord's bucket is about 5 per 5 s). */
  perChannel?: number;
  windowMs?: number;
  callbackDeadlineMs?: number;
}

export interface InteractionResult {
  callback: { type: number; data?: any };
  /** Later edits of the original response (after a deferral) and follow-ups. */
  edits: any[];
  msToCallback: number;
}

const snowflake = (() => {
  let n = 0n;
  return () => String((BigInt(Date.now() - 1420070400000) << 22n) + ++n);
})();

export class FakeDiscord {
  readonly token = `fake.${crypto.randomBytes(12).toString('base64url')}`;
  readonly applicationId = '100000000000000001';
  readonly botUserId = '100000000000000002';
  readonly messages: FakeDiscordMessage[] = [];
  readonly requests: { method: string; path: string; body: any }[] = [];
  readonly registered = new Map<string, any[]>();
  readonly guilds = new Map<string, { id: string; name: string }>();
  readonly channels = new Map<string, Channel>();
  readonly rateLimited = new Map<string, number>();
  identifies: { intents: number }[] = [];
  private readonly interactions = new Map<
    string,
    { resolve: (r: InteractionResult) => void; result?: InteractionResult; started: number; kind: number }
  >();
  private readonly buckets = new Map<string, number[]>();
  private readonly server = http.createServer((req, res) => void this.handle(req, res));
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly tcp = new Set<Socket>();
  private seq = 0;
  /** When set, the next channel message is stored and then the request hangs (a crash or timeout after Discord took it). */
  holdNextResponse: ((message: FakeDiscordMessage) => void) | undefined;
  readonly opts: Required<FakeDiscordOptions>;

  constructor(options: FakeDiscordOptions = {}) {
    this.opts = { perChannel: 5, windowMs: 5000, callbackDeadlineMs: 3000, ...options };
    this.server.on('connection', (s) => {
      this.tcp.add(s);
      s.on('close', () => this.tcp.delete(s));
    });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  addGuild(id: string, channels: (Partial<Channel> & { id: string })[]): void {
    this.guilds.set(id, { id, name: `Guild ${id}` });
    for (const c of channels)
      this.channels.set(c.id, { guild: id, name: `chan-${c.id}`, access: true, canSend: true, ...c });
  }

  messagesIn(channel: string): FakeDiscordMessage[] {
    return this.messages.filter((m) => m.channel_id === channel);
  }

  async waitForMessages(channel: string, count: number, timeoutMs = 15_000): Promise<FakeDiscordMessage[]> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const got = this.messagesIn(channel);
      if (got.length >= count) return got;
      if (Date.now() > until) throw new Error(`expected ${count} messages in ${channel}, got ${got.length}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  // ---- gateway ----------------------------------------------------------------------------

  private send(ws: WebSocket, op: number, d: unknown, t: string | null = null): void {
    ws.send(JSON.stringify({ op, d, s: op === 0 ? ++this.seq : null, t }));
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    this.send(ws, 10, { heartbeat_interval: 41_250 });
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: any };
      if (msg.op === 1) this.send(ws, 11, null);
      if (msg.op === 2) {
        if (msg.d.token !== this.token && msg.d.token !== `Bot ${this.token}`)
          return ws.close(4004, 'Authentication failed.');
        this.identifies.push({ intents: msg.d.intents });
        this.send(
          ws,
          0,
          {
            v: 10,
            user: {
              id: this.botUserId,
              username: 'newsbot',
              discriminator: '0',
              global_name: null,
              avatar: null,
              bot: true,
            },
            guilds: [...this.guilds.keys()].map((id) => ({ id, unavailable: true })),
            session_id: crypto.randomUUID(),
            resume_gateway_url: `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/gateway`,
            application: { id: this.applicationId, flags: 0 },
          },
          'READY',
        );
        for (const g of this.guilds.values()) this.send(ws, 0, this.guildPayload(g.id), 'GUILD_CREATE');
      }
    });
  }

  private guildPayload(id: string) {
    const chans = [...this.channels.values()].filter((c) => c.guild === id && !c.thread);
    return {
      id,
      name: this.guilds.get(id)!.name,
      icon: null,
      owner_id: '100000000000000009',
      unavailable: false,
      member_count: 2,
      joined_at: new Date().toISOString(),
      large: false,
      features: [],
      roles: [
        {
          id,
          name: '@everyone',
          permissions: '0',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      channels: chans.map((c, i) => ({
        id: c.id,
        type: 0,
        name: c.name,
        position: i,
        permission_overwrites: [],
        guild_id: id,
      })),
      threads: [],
      members: [],
      emojis: [],
      stickers: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      preferred_locale: 'en-US',
    };
  }

  async waitForIdentify(timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!this.identifies.length) {
      if (Date.now() > until) throw new Error('the bot never identified on the gateway');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /**
   * A member runs a slash command (or types in an option with autocomplete): sends
   * INTERACTION_CREATE and resolves once the bot answered — with the callback, and any edit
   * that follows a deferral. Rejects if no callback comes within 3 s.
   */
  async interact(i: {
    guild: string;
    channel: string;
    user: string;
    command: string;
    subcommand: string;
    options?: Record<string, string | number>;
    focused?: string;
    /** The member's permissions in the channel, as a bitfield. */
    permissions?: bigint;
    /** Wait for this many edits/follow-ups after the callback. */
    edits?: number;
  }): Promise<InteractionResult> {
    const declared = this.declaredOptions(i.guild, i.command, i.subcommand);
    for (const [name, value] of Object.entries(i.options ?? {})) {
      const d = declared?.find((o) => o.name === name);
      if (declared && !d)
        throw new Error(`Discord would not send option "${name}": /${i.command} ${i.subcommand} does not declare it`);
      if (d && (d.type === 4) !== (typeof value === 'number'))
        throw new Error(`Discord would not send ${JSON.stringify(value)} for option "${name}" of type ${d.type}`);
    }
    if (!i.focused)
      for (const d of declared ?? [])
        if (d.required && i.options?.[d.name] === undefined)
          throw new Error(
            `Discord would not send /${i.command} ${i.subcommand} without its required option "${d.name}"`,
          );
    const options = Object.entries(i.options ?? {}).map(([name, value]) => ({
      name,
      type: typeof value === 'number' ? 4 : 3,
      value,
      ...(i.focused === name ? { focused: true } : {}),
    }));
    return this.dispatch(i, i.focused ? 4 : 2, {
      id: snowflake(),
      name: i.command,
      type: 1,
      options: [{ name: i.subcommand, type: 1, options }],
    });
  }

  /**
   * A member presses a button under one of the bot's messages: sends a MESSAGE_COMPONENT
   * interaction (the message with it) and resolves with the bot's answer. Throws if the
   * message has no such button, as Discord would not send it.
   */
  async pressButton(i: {
    guild: string;
    channel: string;
    user: string;
    message: FakeDiscordMessage;
    customId: string;
    permissions?: bigint;
    edits?: number;
  }): Promise<InteractionResult> {
    const button = (i.message.components ?? [])
      .flatMap((row: any) => row.components ?? [])
      .find((c: any) => c.custom_id === i.customId);
    if (!button) throw new Error(`Discord would not send ${i.customId}: message ${i.message.id} has no such button`);
    const message = {
      ...i.message,
      type: 0,
      author: {
        id: this.botUserId,
        username: 'newsbot',
        discriminator: '0',
        bot: true,
        avatar: null,
        global_name: null,
      },
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      flags: 0,
      guild_id: i.guild,
    };
    return this.dispatch(i, 3, { custom_id: i.customId, component_type: 2 }, { message });
  }

  /**
   * A member submits a modal the bot showed them (the callback of an earlier interaction):
   * sends a MODAL_SUBMIT interaction with the values typed into its text inputs.
   */
  async submitModal(i: {
    guild: string;
    channel: string;
    user: string;
    modal: any;
    values: Record<string, string>;
    permissions?: bigint;
    edits?: number;
  }): Promise<InteractionResult> {
    const components = (i.modal.components ?? []).map((c: any) => {
      const input = c.type === 18 ? c.component : c.components?.[0];
      const field = { type: 4, id: 0, custom_id: input.custom_id, value: i.values[input.custom_id] ?? '' };
      return c.type === 18 ? { type: 18, id: 0, component: field } : { type: 1, id: 0, components: [field] };
    });
    for (const c of i.modal.components ?? []) {
      const input = c.type === 18 ? c.component : c.components?.[0];
      if (input.required && !i.values[input.custom_id])
        throw new Error(`Discord would not submit the modal without its required field "${input.custom_id}"`);
    }
    return this.dispatch(i, 5, { custom_id: i.modal.custom_id, components });
  }

  private async dispatch(
    i: { guild: string; channel: string; user: string; permissions?: bigint; edits?: number },
    type: number,
    data: unknown,
    extra: Record<string, unknown> = {},
  ): Promise<InteractionResult> {
    const ws = [...this.sockets][0];
    if (!ws) throw new Error('the bot is not connected to the gateway');
    const token = `itoken-${crypto.randomBytes(8).toString('hex')}`;
    const payload = {
      id: snowflake(),
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      guild_id: i.guild,
      channel_id: i.channel,
      channel: { id: i.channel, type: 0, guild_id: i.guild, name: this.channels.get(i.channel)?.name ?? 'x' },
      member: {
        user: { id: i.user, username: `user${i.user.slice(-3)}`, discriminator: '0', global_name: null, avatar: null },
        roles: [],
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        permissions: String(i.permissions ?? 0n),
      },
      app_permissions: '562949953421311',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': i.guild },
      context: 0,
      data,
      ...extra,
    };
    const started = Date.now();
    const done = new Promise<InteractionResult>((resolve) =>
      this.interactions.set(token, { resolve, started, kind: type }),
    );
    this.send(ws, 0, payload, 'INTERACTION_CREATE');
    const timer = new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`no interaction callback within ${this.opts.callbackDeadlineMs} ms`)),
        this.opts.callbackDeadlineMs,
      ).unref(),
    );
    const result = await Promise.race([done, timer]);
    const until = Date.now() + 10_000;
    while (result.edits.length < (i.edits ?? 0)) {
      if (Date.now() > until) throw new Error('expected an edit of the deferred response');
      await new Promise((r) => setTimeout(r, 20));
    }
    return result;
  }

  // ---- REST -------------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? JSON.parse(raw) : undefined;
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname.replace(/^\/api\/v10/, '');
    this.requests.push({ method: req.method!, path, body });
    const json = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      if (status === 204) res.writeHead(204, headers).end();
      else res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(data));
    };
    let m: RegExpMatchArray | null;

    // Interaction callbacks and webhooks use the interaction token, not the bot token.
    if ((m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const pending = this.interactions.get(m[2]!);
      if (!pending) return json(404, { message: 'Unknown interaction', code: 10062 });
      if (pending.result) return json(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      const problem =
        body?.data && (body.type === 4 || body.type === 7)
          ? validateMessage(body.data)
          : body?.type === 9
            ? validateModal(body.data, pending.kind)
            : undefined;
      if (problem) return json(400, problem);
      pending.result = { callback: body, edits: [], msToCallback: Date.now() - pending.started };
      pending.resolve(pending.result);
      return url.searchParams.get('with_response') === 'true'
        ? json(200, { interaction: { id: m[1], type: 2 }, resource: { type: body.type } })
        : json(204, null);
    }
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(?:@|%40)original)?$/))) {
      const pending = this.interactions.get(m[2]!);
      if (!pending?.result) return json(404, { message: 'Unknown Webhook', code: 10015 });
      const problem = validateMessage(body ?? {});
      if (problem) return json(400, problem);
      pending.result.edits.push(body);
      return json(200, { id: snowflake(), channel_id: '0', content: body?.content ?? '', embeds: body?.embeds ?? [] });
    }

    if (req.headers.authorization !== `Bot ${this.token}`) return json(401, { message: '401: Unauthorized', code: 0 });
    if (path === '/gateway/bot') {
      return json(200, {
        url: `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      });
    }
    if ((m = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/)) && req.method === 'PUT') {
      const problem = validateCommands(body);
      if (problem) return json(400, problem);
      const cmds = (body as any[]).map((c) => ({ ...c, id: snowflake(), application_id: m![1], version: snowflake() }));
      this.registered.set(m[2] ?? 'global', cmds);
      return json(200, cmds);
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/)) && req.method === 'POST') {
      const ch = this.channels.get(m[1]!);
      if (!ch) return json(404, { message: 'Unknown Channel', code: 10003 });
      if (!this.messages.some((x) => x.id === m![2] && x.channel_id === m![1]))
        return json(404, { message: 'Unknown Message', code: 10008 });
      if (this.channels.has(m[2]!))
        return json(400, { message: 'A thread has already been created for this message', code: 160004 });
      if (!body?.name || body.name.length > 100) return json(400, { message: 'Invalid Form Body', code: 50035 });
      this.channels.set(m[2]!, {
        id: m[2]!,
        guild: ch.guild,
        name: body.name,
        access: true,
        canSend: true,
        thread: true,
      });
      return json(201, { id: m[2], type: 11, parent_id: ch.id, guild_id: ch.guild, name: body.name });
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages$/)) && req.method === 'POST')
      return this.postMessage(m[1]!, body, res, json);
    return json(404, { message: '404: Not Found', code: 0 });
  }

  private postMessage(
    channelId: string,
    body: any,
    res: http.ServerResponse,
    json: (status: number, data: unknown, headers?: Record<string, string>) => void,
  ): void {
    const ch = this.channels.get(channelId);
    if (!ch) return json(404, { message: 'Unknown Channel', code: 10003 });
    if (!ch.access) return json(403, { message: 'Missing Access', code: 50001 });
    if (!ch.canSend) return json(403, { message: 'Missing Permissions', code: 50013 });
    const problem = validateMessage(body);
    if (problem) return json(400, problem);
    // A reply to a message that is not there: refused unless fail_if_not_exists is false (then sent as a plain message).
    const ref = body.message_reference?.message_id as string | undefined;
    const refExists = ref !== undefined && this.messages.some((x) => x.channel_id === channelId && x.id === ref);
    if (ref !== undefined && !refExists && body.message_reference.fail_if_not_exists !== false)
      return json(400, { code: 50035, message: 'Invalid Form Body', errors: { message_reference: 'Unknown message' } });
    // Per-channel bucket, with the headers discord.js reads.
    const bucket = (this.buckets.get(channelId) ?? []).filter((t) => Date.now() - t < this.opts.windowMs);
    const resetAfter = bucket.length
      ? (this.opts.windowMs - (Date.now() - bucket[0]!)) / 1000
      : this.opts.windowMs / 1000;
    const headers = {
      'x-ratelimit-limit': String(this.opts.perChannel),
      'x-ratelimit-bucket': `bucket-${channelId}`,
      'x-ratelimit-reset-after': resetAfter.toFixed(3),
      'x-ratelimit-reset': ((Date.now() + resetAfter * 1000) / 1000).toFixed(3),
    };
    if (bucket.length >= this.opts.perChannel) {
      this.rateLimited.set(channelId, (this.rateLimited.get(channelId) ?? 0) + 1);
      return json(
        429,
        { message: 'You are being rate limited.', retry_after: resetAfter, global: false },
        {
          ...headers,
          'x-ratelimit-remaining': '0',
          'retry-after': String(Math.ceil(resetAfter)),
          'x-ratelimit-scope': 'user',
        },
      );
    }
    // enforce_nonce: a nonce seen in this channel returns that message instead of a new one.
    if (body.enforce_nonce && body.nonce !== undefined) {
      const seen = this.messages.find((x) => x.channel_id === channelId && x.nonce === String(body.nonce));
      if (seen)
        return json(200, seen, { ...headers, 'x-ratelimit-remaining': String(this.opts.perChannel - bucket.length) });
    }
    bucket.push(Date.now());
    this.buckets.set(channelId, bucket);
    const msg: FakeDiscordMessage = {
      id: snowflake(),
      channel_id: channelId,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      ...(body.nonce !== undefined ? { nonce: String(body.nonce) } : {}),
      allowed_mentions: body.allowed_mentions,
      ...(refExists ? { message_reference: { message_id: ref! } } : {}),
      ...(body.components ? { components: body.components } : {}),
    };
    this.messages.push(msg);
    if (this.holdNextResponse) {
      const hold = this.holdNextResponse;
      this.holdNextResponse = undefined;
      hold(msg);
      return; // never answered: the sender dies or times out waiting
    }
    json(
      200,
      { ...msg, type: 0, author: { id: this.botUserId, bot: true } },
      { ...headers, 'x-ratelimit-remaining': String(this.opts.perChannel - bucket.length) },
    );
  }

  /** The options a registered subcommand declares (guild commands first), or undefined when none are registered. */
  private declaredOptions(guild: string, command: string, subcommand: string): any[] | undefined {
    const cmds = this.registered.get(guild) ?? this.registered.get('global');
    if (!cmds) return undefined;
    const cmd = cmds.find((c: any) => c.name === command);
    const sub = cmd?.options?.find((o: any) => o.name === subcommand && o.type === 1);
    if (!sub) throw new Error(`Discord would not send /${command} ${subcommand}: it is not registered`);
    return sub.options ?? [];
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    for (const s of this.tcp) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Discord's message limits; returns the 50035 error Discord would give, if any. */
export function validateMessage(
  body: any,
): { message: string; code: number; errors: Record<string, string> } | undefined {
  const errors: Record<string, string> = {};
  const content: string = body.content ?? '';
  const embeds: any[] = body.embeds ?? [];
  if (content.length > 2000) errors.content = 'Must be 2000 or fewer in length.';
  if (!content && !embeds.length) errors.content = 'Cannot send an empty message';
  if (embeds.length > 10) errors.embeds = 'Must be 10 or fewer in length.';
  let total = 0;
  embeds.forEach((e, i) => {
    const at = `embeds.${i}`;
    if ((e.title ?? '').length > 256) errors[`${at}.title`] = 'Must be 256 or fewer in length.';
    if ((e.description ?? '').length > 4096) errors[`${at}.description`] = 'Must be 4096 or fewer in length.';
    if ((e.footer?.text ?? '').length > 2048) errors[`${at}.footer.text`] = 'Must be 2048 or fewer in length.';
    if ((e.fields ?? []).length > 25) errors[`${at}.fields`] = 'Must be 25 or fewer in length.';
    (e.fields ?? []).forEach((f: any, j: number) => {
      if (!f.name || f.name.length > 256) errors[`${at}.fields.${j}.name`] = 'Must be between 1 and 256 in length.';
      if (!f.value || f.value.length > 1024)
        errors[`${at}.fields.${j}.value`] = 'Must be between 1 and 1024 in length.';
    });
    if (e.url !== undefined && !/^https?:\/\//.test(e.url)) errors[`${at}.url`] = 'Not a well formed URL.';
    total +=
      (e.title ?? '').length +
      (e.description ?? '').length +
      (e.footer?.text ?? '').length +
      (e.fields ?? []).reduce((n: number, f: any) => n + (f.name ?? '').length + (f.value ?? '').length, 0);
  });
  if (total > 6000) errors.embeds = 'Embed size exceeds maximum size of 6000';
  if (body.nonce !== undefined && String(body.nonce).length > 25) errors.nonce = 'Must be 25 or fewer in length.';
  const rows: any[] = body.components ?? [];
  if (rows.length > 5) errors.components = 'Must be 5 or fewer in length.';
  const ids = new Set<string>();
  rows.forEach((row, r) => {
    if (row.type !== 1) return void (errors[`components.${r}.type`] = 'Value must be one of (1,).');
    const items: any[] = row.components ?? [];
    if (!items.length || items.length > 5) errors[`components.${r}.components`] = 'Must be between 1 and 5 in length.';
    items.forEach((b, j) => {
      const at = `components.${r}.components.${j}`;
      if (b.type !== 2) return void (errors[`${at}.type`] = 'Only buttons are sent here.');
      if (![1, 2, 3, 4, 5].includes(b.style)) errors[`${at}.style`] = 'Value must be one of (1, 2, 3, 4, 5).';
      if (!b.label || b.label.length > 80) errors[`${at}.label`] = 'Must be between 1 and 80 in length.';
      if (b.style !== 5) {
        if (!b.custom_id || b.custom_id.length > 100)
          errors[`${at}.custom_id`] = 'Must be between 1 and 100 in length.';
        else if (ids.has(b.custom_id)) errors[`${at}.custom_id`] = 'Component custom id cannot be duplicated';
        ids.add(b.custom_id);
      }
    });
  });
  return Object.keys(errors).length ? { message: 'Invalid Form Body', code: 50035, errors } : undefined;
}

/**
 * Discord's rules for a MODAL callback: only in answer to a command or a component (not to
 * a modal submit or autocomplete), a custom id of 1–100, a title of 1–45, 1 to 5 components —
 * labels (type 18, label 1–45, description up to 100) around text inputs (type 4, custom id
 * 1–100, style 1 or 2, max_length up to 4,000, no label of their own), or legacy action rows.
 */
export function validateModal(
  data: any,
  answering: number,
): { message: string; code: number; errors: Record<string, string> } | undefined {
  const errors: Record<string, string> = {};
  if (answering !== 2 && answering !== 3) errors.type = 'Interaction has no modal response for this type.';
  if (!data?.custom_id || data.custom_id.length > 100)
    errors['data.custom_id'] = 'Must be between 1 and 100 in length.';
  if (!data?.title || data.title.length > 45) errors['data.title'] = 'Must be between 1 and 45 in length.';
  const items: any[] = data?.components ?? [];
  if (!items.length || items.length > 5) errors['data.components'] = 'Must be between 1 and 5 in length.';
  items.forEach((c, k) => {
    const at = `data.components.${k}`;
    let input: any;
    if (c.type === 18) {
      if (!c.label || c.label.length > 45) errors[`${at}.label`] = 'Must be between 1 and 45 in length.';
      if (c.description !== undefined && c.description.length > 100)
        errors[`${at}.description`] = 'Must be 100 or fewer in length.';
      input = c.component;
      if (input?.label !== undefined) errors[`${at}.component.label`] = 'A text input in a label has no label.';
    } else if (c.type === 1) input = c.components?.[0];
    else return void (errors[`${at}.type`] = 'Value must be one of (1, 18).');
    if (input?.type !== 4) return void (errors[`${at}.component.type`] = 'Only text inputs are used here.');
    if (!input.custom_id || input.custom_id.length > 100)
      errors[`${at}.component.custom_id`] = 'Must be between 1 and 100 in length.';
    if (![1, 2].includes(input.style)) errors[`${at}.component.style`] = 'Value must be one of (1, 2).';
    if (input.max_length !== undefined && (input.max_length < 1 || input.max_length > 4000))
      errors[`${at}.component.max_length`] = 'Must be between 1 and 4000.';
  });
  return Object.keys(errors).length ? { message: 'Invalid Form Body', code: 50035, errors } : undefined;
}

/**
 * Discord's rules for registering chat input commands (the application command object):
 * lower-case names of 1–32 letters, digits, - or _; descriptions of 1–100 characters; at most
 * 25 options; required options before optional ones; unique names; sane ranges. Returns the
 * 50035 error Discord would give, if any.
 */
export function validateCommands(
  body: any,
): { message: string; code: number; errors: Record<string, string> } | undefined {
  const errors: Record<string, string> = {};
  const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
  const checkOptions = (options: any[] | undefined, at: string, depth: number) => {
    const opts = options ?? [];
    if (opts.length > 25) errors[`${at}.options`] = 'Must be 25 or fewer in length.';
    const names = new Set<string>();
    let optionalSeen = false;
    opts.forEach((o, i) => {
      const p = `${at}.options.${i}`;
      if (!NAME.test(o.name ?? '')) errors[`${p}.name`] = 'Command name is invalid';
      if (names.has(o.name)) errors[`${p}.name`] = 'Application command option names must be unique';
      names.add(o.name);
      if (!o.description || o.description.length > 100)
        errors[`${p}.description`] = 'Must be between 1 and 100 in length.';
      if (o.type === 1 || o.type === 2) {
        if (depth >= (o.type === 1 ? 2 : 1)) errors[`${p}.type`] = 'Subcommands cannot be nested this deep';
        checkOptions(o.options, p, depth + 1);
        return;
      }
      if (![3, 4, 5, 6, 7, 8, 9, 10, 11].includes(o.type))
        errors[`${p}.type`] = 'Value must be one of the option types.';
      if (o.required) {
        if (optionalSeen) errors[`${p}.required`] = 'Required options must be placed before non-required options';
      } else optionalSeen = true;
      if (o.max_length !== undefined && (o.type !== 3 || o.max_length < 1 || o.max_length > 6000))
        errors[`${p}.max_length`] = 'Must be between 1 and 6000, on a string option.';
      if ((o.min_value !== undefined || o.max_value !== undefined) && o.type !== 4 && o.type !== 10)
        errors[`${p}.min_value`] = 'Only numeric options have a range.';
      if (o.min_value !== undefined && o.max_value !== undefined && o.min_value > o.max_value)
        errors[`${p}.max_value`] = 'Must be greater than or equal to min_value.';
      if (o.autocomplete && o.choices?.length) errors[`${p}.autocomplete`] = 'Autocomplete and choices are exclusive.';
    });
  };
  if (!Array.isArray(body)) return { message: 'Invalid Form Body', code: 50035, errors: { _: 'Expected an array' } };
  if (body.length > 100) errors._ = 'Must be 100 or fewer in length.';
  body.forEach((c: any, i: number) => {
    if (!NAME.test(c.name ?? '')) errors[`${i}.name`] = 'Command name is invalid';
    if (!c.description || c.description.length > 100)
      errors[`${i}.description`] = 'Must be between 1 and 100 in length.';
    checkOptions(c.options, String(i), 0);
  });
  return Object.keys(errors).length ? { message: 'Invalid Form Body', code: 50035, errors } : undefined;
}
