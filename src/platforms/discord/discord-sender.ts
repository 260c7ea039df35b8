import crypto from 'node:crypto';
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import { placement, type Delivery } from '../../alerts/alert.ts';
import { DeliveryError, type PlatformSender } from '../../alerts/platform.ts';
import type { Logger } from '../../log.ts';
import { cutText, renderAlertEmbeds } from './render-embeds.ts';

/** Discord's JSON error codes that mean the bot cannot post in a channel. */
const CHANNEL_REFUSED: Record<number, string> = {
  10003: 'Unknown Channel: the channel was deleted',
  50001: 'Missing Access: the bot cannot see this channel; add it to the channel, then run /news resume there',
  50013:
    'Missing Permissions: the bot needs Send Messages, Embed Links and Create Public Threads here; then run /news resume',
  50083: 'the thread is archived',
};
/** The message itself is refused. */
const MESSAGE_REFUSED = new Set([50035, 50006, 50008, 50109]);

/** A nonce Discord accepts (at most 25 characters), the same for every attempt at one alert. */
export function nonceOf(outboxId: string): string {
  return crypto.createHash('sha256').update(outboxId).digest('hex').slice(0, 25);
}

/**
 * Posts alerts through discord.js's REST client, which honours rate-limit buckets and 429s
 * (it waits them out per bucket, so one busy channel does not hold up others).
 * Every message carries a nonce derived from its outbox id with `enforce_nonce`, so a retry
 * after a timeout or a crash gets the message already posted back instead of a second one;
 * that is also why REST's own retries on timeouts and 5xx are safe to leave on.
 * Story updates go into a thread started from the original alert.
 */
export class DiscordSender implements PlatformSender {
  readonly name = 'discord';
  constructor(private readonly opts: { rest: REST; log: Logger }) {}

  async send(d: Delivery): Promise<{ messageId: string | null }> {
    const message = renderAlertEmbeds(d.alert);
    let channel = d.channel;
    const { threadUnder, alsoInChannel } = placement(d);
    if (threadUnder && !alsoInChannel && d.alert.kind === 'story-update') {
      channel = await this.threadFor(d.channel, threadUnder, d.alert.story.headline);
    }
    // The next development of a story is a reply to its alert, in the channel: Discord shows the earlier one above it.
    const reference =
      threadUnder && alsoInChannel ? { message_reference: { message_id: threadUnder, fail_if_not_exists: false } } : {};
    try {
      const res = (await this.opts.rest.post(Routes.channelMessages(channel), {
        body: {
          ...message,
          ...reference,
          nonce: nonceOf(d.outboxId),
          enforce_nonce: true,
          allowed_mentions: { parse: [] },
        },
      })) as { id: string };
      return { messageId: res.id };
    } catch (e) {
      throw this.classify(e);
    }
  }

  /** The thread under an alert: created on the first update, found again after (same id). */
  private async threadFor(channel: string, messageId: string, headline: string): Promise<string> {
    try {
      const thread = (await this.opts.rest.post(Routes.threads(channel, messageId), {
        body: { name: cutText(headline, 100), auto_archive_duration: 1440 },
      })) as { id: string };
      return thread.id;
    } catch (e) {
      // 160004: a thread already exists for that message; its id is the message's id.
      if (e instanceof DiscordAPIError && e.code === 160004) return messageId;
      // The original is gone (10008) or threads are not allowed here: post in the channel.
      if (e instanceof DiscordAPIError && (e.code === 10008 || e.code === 50024 || e.code === 160002)) return channel;
      throw this.classify(e);
    }
  }

  private classify(e: unknown): Error {
    if (e instanceof DiscordAPIError) {
      const code = typeof e.code === 'number' ? e.code : Number(e.code);
      const reason = CHANNEL_REFUSED[code];
      if (reason) return new DeliveryError(`Discord refused the message: ${reason} (${code})`, { pause: 'channel' });
      if (MESSAGE_REFUSED.has(code))
        return new DeliveryError(`Discord refused the message: ${e.message} (${code})`, { permanent: true });
      if (e.status === 401) {
        this.opts.log.error('Discord refused DISCORD_TOKEN (401); reset the token in the Developer Portal and restart');
        return new DeliveryError('Discord refused the bot token (401)');
      }
      return new DeliveryError(
        `Discord answered ${e.status}: ${e.message} (${code})`,
        e.status >= 500 ? { unavailable: true } : {},
      );
    }
    // (A network error, or discord.js's HTTPError: Discord failed on its side.)
    return new DeliveryError(`could not reach Discord: ${(e as Error).message}`, { unavailable: true });
  }
}
