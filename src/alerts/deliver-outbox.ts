import type { Logger } from 'pino';
import type { Db } from '../store/open-store.ts';
import { dueOutbox, markDead, markRetry, markSent } from '../store/outbox-repo.ts';
import type { Alert } from './alert.ts';
import { DeliveryError, type PlatformSender } from './platform.ts';

export const deliveryDefaults = {
  batch: 200,
  maxAttempts: 10,
  baseDelayMs: 5_000,
  maxDelayMs: 3_600_000,
} satisfies Record<string, number>;

export type DeliveryOptions = typeof deliveryDefaults;

/** Retry delay after `attempts` failures: exponential, capped, at least what the platform asked. */
export function retryDelay(attempts: number, retryAfterMs: number | undefined, opts: DeliveryOptions): number {
  const backoff = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.max(backoff, retryAfterMs ?? 0);
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  dead: number;
}

/**
 * Sends due outbox rows for the platforms present. A row is marked sent only after its
 * platform confirmed it; a crash in between means it is sent again on restart, which is why
 * senders pass the row id to platforms that honour an idempotency key. Rows of a platform
 * that is not configured wait, untouched, for one that is.
 */
export async function deliverOutbox(
  db: Db,
  senders: Map<string, PlatformSender>,
  clock: () => number,
  log: Logger,
  options: Partial<DeliveryOptions> = {},
): Promise<DeliveryReport> {
  const opts = { ...deliveryDefaults, ...options };
  const report: DeliveryReport = { sent: 0, retried: 0, dead: 0 };
  for (;;) {
    const rows = await dueOutbox(db, clock(), opts.batch, [...senders.keys()]);
    if (!rows.length) return report;
    for (const row of rows) {
      const sender = senders.get(row.platform)!;
      const attempt = row.attempts + 1;
      try {
        const alert = JSON.parse(row.payload) as Alert;
        const { messageId } = await sender.send({ outboxId: row.id, platform: row.platform, team: row.team, channel: row.channel, alert, attempt });
        await markSent(db, row.id, messageId, clock());
        report.sent++;
      } catch (e) {
        const de = e instanceof DeliveryError ? e : undefined;
        const message = (e as Error).message;
        if (de?.options.permanent || attempt >= opts.maxAttempts) {
          await markDead(db, row.id, attempt, message);
          report.dead++;
          log.error({ outbox: row.id, platform: row.platform, channel: row.channel, err: message }, 'alert could not be delivered; giving up');
        } else {
          await markRetry(db, row.id, attempt, clock() + retryDelay(attempt, de?.options.retryAfterMs, opts), message);
          report.retried++;
          log.warn({ outbox: row.id, platform: row.platform, channel: row.channel, attempt, err: message }, 'alert delivery failed; will retry');
        }
      }
    }
    if (rows.length < opts.batch) return report;
  }
}
