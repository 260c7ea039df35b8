import {
  WebClient,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
  WebAPIHTTPError,
} from '@slack/web-api';
import { placement, type Delivery } from '../../alerts/alert.ts';
import { DeliveryError, type PlatformSender } from '../../alerts/platform.ts';
import type { Logger } from '../../log.ts';
import { renderAlertBlocks } from './render-blocks.ts';
import { IntervalGovernor, sleep, type SendGovernor } from '../../alerts/send-governor.ts';
import { slackLogger } from './slack-logger.ts';

/** Where the bot token of a team comes from: one env token, or the OAuth installations. */
export interface SlackTokens {
  botToken(teamKey: string): Promise<string | undefined>;
}

export interface SlackSenderOptions {
  tokens: SlackTokens;
  log: Logger;
  /** Web API base URL (SLACK_API_URL): tests and corporate proxies. */
  apiUrl?: string;
  governor?: SendGovernor;
  /** A 429 asking to wait longer than this goes back to the outbox instead of waiting here. */
  maxRateLimitWaitMs?: number;
  /** Web API request timeout. */
  timeoutMs?: number;
  clock?: () => number;
  /**
   * Evidence of our own posts, kept in our store: the retry of an ambiguous post decides from
   * it instead of reading channel history. Without it (a sender used on its own), the retry
   * reads history as before.
   */
  evidence?: PostEvidence;
  /** How long a retry waits for the event of a post that may have landed (Slack sends it within seconds). */
  evidenceWaitMs?: number;
}

/**
 * What the sender knows of its own posts without asking Slack. `attempt` is recorded before
 * chat.postMessage; `posted` is the message Slack said the row became (the response, or the
 * message_metadata_posted event that a post whose response was lost still produces).
 */
export interface PostEvidence {
  attempt(outboxId: string): Promise<void>;
  /** Slack answered that it did not post (an error response): the attempt on record is void. */
  notPosted(outboxId: string): Promise<void>;
  posted(outboxId: string): Promise<{ attempted: boolean; messageId: string | null }>;
}

/** The Slack errors that mean the channel, or the whole workspace, will not take messages. */
const CHANNEL_REFUSED = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'restricted_action',
  'restricted_action_read_only_channel',
]);
const TEAM_REFUSED = new Set([
  'account_inactive',
  'invalid_auth',
  'token_revoked',
  'token_expired',
  'not_authed',
  'team_access_not_granted',
  'org_login_required',
  'ekm_access_denied',
  'missing_scope',
]);
/** The message itself is refused: sending it again cannot help. */
const MESSAGE_REFUSED = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'invalid_arguments',
  'too_many_attachments',
  'invalid_metadata_format',
  'invalid_metadata_schema',
  'metadata_too_large',
]);

const HINTS: Record<string, string> = {
  not_in_channel: 'invite the bot with /invite @newsbot, then run /news resume there',
  channel_not_found: 'the channel was deleted, or the bot cannot see it (private channels need an invite)',
  is_archived: 'the channel is archived; unarchive it, then run /news resume there',
  account_inactive: 'the app was removed or its bot deactivated; reinstall it',
  invalid_auth: 'the bot token is not valid; reinstall the app or check SLACK_BOT_TOKEN',
  token_revoked: 'the bot token was revoked; reinstall the app',
  missing_scope: 'the app lacks a permission; reinstall it from the manifest',
};

/** Metadata event type that marks our messages, so a retry can find one already posted. */
export const ALERT_EVENT_TYPE = 'newsbot_alert';

/**
 * Posts alerts with chat.postMessage. Delivery guarantees:
 * - The Web API client never retries by itself (`retries: 0`): a request that timed out
 *   may have been posted, and an automatic retry would post it twice without anyone knowing.
 * - Each message carries its outbox id in message metadata, and each attempt is recorded in
 *   our store before the call. Slack answers a post with a message_metadata_posted event —
 *   also when the call's response is lost — and the app records the message it names. The
 *   retry of a failed row decides from that evidence: posted (report it), attempted with no
 *   event yet (wait a moment for it), or never attempted (post). No channel history is read,
 *   which Slack limits to one call a minute for apps outside its Marketplace — except as a
 *   last resort, for an attempt whose event never came (metadata events not set up), and by
 *   a sender made without evidence.
 * - Pacing: one message per second per channel (the governor), and a 429 stops every send
 *   to that workspace for its Retry-After, while other workspaces carry on.
 */
export class SlackSender implements PlatformSender {
  readonly name = 'slack';
  private readonly clients = new Map<string, WebClient>();
  private readonly blockedUntil = new Map<string, number>();
  private readonly governor: SendGovernor;
  private readonly clock: () => number;

  constructor(private readonly opts: SlackSenderOptions) {
    this.governor = opts.governor ?? new IntervalGovernor();
    this.clock = opts.clock ?? Date.now;
  }

  private client(token: string): WebClient {
    let c = this.clients.get(token);
    if (!c) {
      c = new WebClient(token, {
        ...(this.opts.apiUrl ? { slackApiUrl: this.opts.apiUrl } : {}),
        logger: slackLogger(this.opts.log, 'slack-web-api'),
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: this.opts.timeoutMs ?? 10_000,
      });
      this.clients.set(token, c);
    }
    return c;
  }

  /** Waits out a workspace's 429, if one is in force. */
  private async workspaceGate(team: string): Promise<void> {
    const until = this.blockedUntil.get(team) ?? 0;
    const wait = until - this.clock();
    if (wait > 0) await sleep(wait);
  }

  async send(d: Delivery): Promise<{ messageId: string | null }> {
    const token = await this.opts.tokens.botToken(d.team);
    if (!token)
      throw new DeliveryError(`no Slack installation for team ${d.team}: install the app in that workspace`, {
        pause: 'team',
      });
    const client = this.client(token);
    // Our own evidence first — also on a first attempt, which may follow a process killed
    // mid-post; channel history (limited by Slack to one call a minute for apps outside its
    // Marketplace) only for an attempt on record whose event never came.
    const before = this.opts.evidence ? await this.postedBefore(d) : d.attempt > 1 ? 'unknown' : undefined;
    const found = before === 'unknown' ? await this.findPosted(client, d) : before;
    if (found) return { messageId: found };
    await this.opts.evidence?.attempt(d.outboxId);
    const message = renderAlertBlocks(d.alert);
    const { threadUnder: threadTs, alsoInChannel } = placement(d);
    const common = {
      channel: d.channel,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
      metadata: { event_type: ALERT_EVENT_TYPE, event_payload: { outbox_id: d.outboxId } },
    };
    // An update goes into its original's thread; the next development of a story into that story's thread and the channel.
    const args = threadTs ? { ...common, thread_ts: threadTs, reply_broadcast: alsoInChannel } : common;
    const maxWait = this.opts.maxRateLimitWaitMs ?? 60_000;
    for (let tries = 0; ; tries++) {
      await this.workspaceGate(d.team);
      // The channel's slot is taken after any 429 wait, so the next message is spaced from
      // when this one actually goes, not from when it first tried.
      await this.governor.wait(`${d.team}/${d.channel}`);
      try {
        const res = await client.chat.postMessage(args);
        return { messageId: res.ts ?? null };
      } catch (e) {
        if (e instanceof WebAPIRateLimitedError) {
          const waitMs = Math.max(1, e.retryAfter) * 1000;
          this.blockedUntil.set(d.team, Math.max(this.blockedUntil.get(d.team) ?? 0, this.clock() + waitMs));
          this.opts.log.warn(
            { team: d.team, channel: d.channel, retryAfterMs: waitMs },
            'Slack rate limit (429): pausing this workspace for Retry-After',
          );
          if (waitMs <= maxWait && tries < 5) continue;
          await this.opts.evidence?.notPosted(d.outboxId).catch(() => {});
          throw new DeliveryError(`rate limited by Slack for ${waitMs / 1000}s`, { retryAfterMs: waitMs });
        }
        const failure = this.classify(e, d);
        // Slack answered: nothing was posted, so the retry need not look for a message.
        if (!(e instanceof WebAPIRequestError)) await this.opts.evidence?.notPosted(d.outboxId).catch(() => {});
        throw failure;
      }
    }
  }

  /** Turns a Web API failure into what the outbox should do about it. */
  private classify(e: unknown, d: Delivery): Error {
    if (e instanceof WebAPIPlatformError) {
      const code = e.data.error;
      const hint = HINTS[code];
      const message = `Slack refused the message: ${code}${hint ? ` (${hint})` : ''}`;
      if (CHANNEL_REFUSED.has(code)) return new DeliveryError(message, { pause: 'channel' });
      if (TEAM_REFUSED.has(code)) return new DeliveryError(message, { pause: 'team' });
      if (MESSAGE_REFUSED.has(code)) return new DeliveryError(message, { permanent: true });
      return new DeliveryError(message);
    }
    if (e instanceof WebAPIHTTPError)
      return new DeliveryError(`Slack answered HTTP ${e.statusCode}`, e.statusCode >= 500 ? { unavailable: true } : {});
    if (e instanceof WebAPIRequestError) {
      // The request may have reached Slack: the next attempt looks for it before posting.
      this.opts.log.warn(
        { outbox: d.outboxId, channel: d.channel, err: e.original?.message ?? e.message },
        'Slack request failed; it may have been posted, the retry checks first',
      );
      return new DeliveryError(`could not reach Slack: ${e.original?.message ?? e.message}`, { unavailable: true });
    }
    return e instanceof Error ? e : new Error(String(e));
  }

  /**
   * From our own store: the message an earlier attempt made, if Slack said so; undefined when
   * no attempt was made. An attempt on record with no message yet may still be in flight on
   * Slack's side: its event is waited for a moment, then the answer is 'unknown'.
   */
  private async postedBefore(d: Delivery): Promise<string | undefined | 'unknown'> {
    const evidence = this.opts.evidence!;
    const tries = Math.ceil((this.opts.evidenceWaitMs ?? 3_000) / 200);
    for (let i = 0; ; i++) {
      const e = await evidence.posted(d.outboxId);
      if (e.messageId) {
        this.opts.log.info(
          { outbox: d.outboxId, channel: d.channel },
          'an earlier attempt was posted; not posting again',
        );
        return e.messageId;
      }
      if (!e.attempted) return undefined; // it never reached Slack: post
      if (i >= tries) return 'unknown';
      await sleep(200);
    }
  }

  /** Looks for a message this alert already produced (posted, then the answer was lost). */
  private async findPosted(client: WebClient, d: Delivery): Promise<string | undefined> {
    try {
      const oldest = String(Math.floor(d.alert.createdAt / 1000) - 60);
      const threadTs = placement(d).threadUnder;
      const res = threadTs
        ? await client.conversations.replies({
            channel: d.channel,
            ts: threadTs,
            oldest,
            limit: 200,
            include_all_metadata: true,
          } as never)
        : await client.conversations.history({ channel: d.channel, oldest, limit: 200, include_all_metadata: true });
      const messages =
        (
          res as {
            messages?: { ts?: string; metadata?: { event_type?: string; event_payload?: { outbox_id?: string } } }[];
          }
        ).messages ?? [];
      return messages.find(
        (m) => m.metadata?.event_type === ALERT_EVENT_TYPE && m.metadata.event_payload?.outbox_id === d.outboxId,
      )?.ts;
    } catch (e) {
      // Rate limited: better late than twice. The row waits and the check runs again.
      if (e instanceof WebAPIRateLimitedError)
        throw new DeliveryError('waiting to check channel history before posting again (Slack rate limit)', {
          retryAfterMs: Math.max(1, e.retryAfter) * 1000,
        });
      this.opts.log.warn(
        { outbox: d.outboxId, channel: d.channel, err: (e as Error).message },
        'cannot read channel history to rule out a duplicate; posting again',
      );
      return undefined;
    }
  }
}
