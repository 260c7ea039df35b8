import type { Delivery } from './alert.ts';

/**
 * What the delivery worker needs from a platform: send one alert to one channel. Adding a
 * platform is adding a folder under src/platforms that implements this.
 */
export interface PlatformSender {
  readonly name: string;
  send(delivery: Delivery): Promise<{ messageId: string | null }>;
}

export interface DeliveryErrorOptions {
  /** Retrying cannot help (the message itself is refused): give this alert up. */
  permanent?: boolean;
  /** The platform said when to try again. */
  retryAfterMs?: number;
  /**
   * The platform could not be reached or failed on its side (a network error, a 5xx): nothing
   * is wrong with this alert, so it is kept until the platform is back (up to the delivery's
   * `giveUpAfterMs`), however many attempts that takes, and retried at least every
   * `unavailableMaxDelayMs` so that delivery resumes soon after an outage ends.
   */
  unavailable?: boolean;
  /**
   * The platform refuses this channel (bot not in it, archived) or the whole team (token
   * revoked): pause its subscriptions with this error's message instead of retrying.
   */
  pause?: 'channel' | 'team';
}

/** Thrown by a sender to say how a failure should be handled. */
export class DeliveryError extends Error {
  readonly code = 'newsbot/delivery-failed';
  constructor(
    message: string,
    readonly options: DeliveryErrorOptions = {},
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
