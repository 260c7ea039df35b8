import type { Logger } from 'pino';
import type { Db } from '../store/open-store.ts';
import { stableId } from '../ids.ts';
import type { OutboxRow } from '../store/schema.ts';
import { dueOutbox, enqueue, getOutboxRow, markDead, markRetry, markSent } from '../store/outbox-repo.ts';
import { storyUpdateRow } from './plan-alerts.ts';
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

/**
 * A story alert can gain outlets (folded into its pending row) while it is being sent; the
 * message that went out then lacks them. Compare the revision sent with the row's revision
 * now and send the difference as an update, so no outlet is ever left unannounced.
 */
async function announceFoldedWhileSending(db: Db, sent: OutboxRow, now: number): Promise<void> {
  const current = await getOutboxRow(db, sent.id);
  if (!current || (current.revision ?? 0) <= (sent.revision ?? 0)) return;
  const alert = JSON.parse(current.payload) as Extract<Alert, { kind: 'story' }>;
  const id = stableId('out_', current.subscription_id ?? '', current.story_id ?? '', String(current.revision));
  const base = { subscription_id: current.subscription_id, platform: current.platform, team: current.team, channel: current.channel, story_id: current.story_id };
  await enqueue(db, [storyUpdateRow(base, id, alert.topic, alert.story, current.revision!, sent.revision ?? 0, sent.id, now)], now);
  // The row keeps the revision that actually went out, so later updates list the rest.
  await db.updateTable('outbox').set({ revision: sent.revision, payload: sent.payload }).where('id', '=', sent.id).execute();
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
      let replyTo: { outboxId: string; messageId: string | null } | undefined;
      if (row.reply_to) {
        // An update goes under its original alert, so that one must be out first.
        const root = await getOutboxRow(db, row.reply_to);
        if (root?.status === 'pending') {
          await markRetry(db, row.id, row.attempts, clock() + opts.baseDelayMs, 'waiting for the original alert to be delivered');
          continue;
        }
        replyTo = { outboxId: row.reply_to, messageId: root?.status === 'sent' ? root.message_id : null };
      }
      try {
        const alert = JSON.parse(row.payload) as Alert;
        const { messageId } = await sender.send({ outboxId: row.id, platform: row.platform, team: row.team, channel: row.channel, alert, attempt, ...(replyTo ? { replyTo } : {}) });
        await markSent(db, row.id, messageId, clock());
        report.sent++;
        if (row.kind === 'story') await announceFoldedWhileSending(db, row, clock());
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
    // Rows put back to wait for their original alert are not due again in this pass.
    if (rows.length < opts.batch) return report;
  }
}
