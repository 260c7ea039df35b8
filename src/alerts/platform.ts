import type { Delivery } from './alert.ts';

/**
 * What the delivery worker needs from a platform: send one alert to one channel. Adding a
 * platform is adding a folder under src/platforms that implements this.
 */
export interface PlatformSender {
  readonly name: string;
  send(delivery: Delivery): Promise<{ messageId: string | null }>;
}

/** Thrown by a sender to say how a failure should be handled. */
export class DeliveryError extends Error {
  readonly code = 'newsbot/delivery-failed';
  constructor(
    message: string,
    readonly options: { permanent?: boolean; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
