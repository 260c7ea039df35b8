import type { Logger } from 'pino';
import type { Db } from '../store/open-store.ts';
import { stableId } from '../ids.ts';
import type { OutboxRow } from '../store/schema.ts';
import {
  ROOT_KINDS,
  setOutboxPayload,
  deferOutbox,
  dueOutbox,
  enqueue,
  getOutboxRow,
  markDead,
  markRetry,
  markSent,
} from '../store/outbox-repo.ts';
import { pauseChannel } from './pause-channel.ts';
import { storyUpdateRow } from './plan-alerts.ts';
import type { Alert } from './alert.ts';
import { DeliveryError, type PlatformSender } from './platform.ts';

export const deliveryDefaults = {
  batch: 200,
  /** Attempts before an alert that keeps failing is given up (not counting the platform's outages). */
  maxAttempts: 10,
  baseDelayMs: 5_000,
  maxDelayMs: 3_600_000,
  /**
   * While the platform is unreachable or failing on its side, its alerts are kept and retried at
   * least this often, so they go out within this long of the outage's end (a lane probes once
   * per interval: one request per channel, not a burst).
   */
  unavailableMaxDelayMs: 120_000,
  /** An alert still undelivered this long after it was queued, through an outage, is given up. */
  giveUpAfterMs: 86_400_000,
  /** Channels delivered to at the same time. */
  lanes: 16,
} satisfies Record<string, number>;

export type DeliveryOptions = typeof deliveryDefaults & {
  /** Deliver this one channel only (a cluster's delivery job). */
  only?: { platform: string; team: string; channel: string };
  /** Deliver rows due by then (default: now). A graceful stop passes the end of the story hold. */
  dueBy?: number;
  /** Told of every attempt's result (the operators' metrics). */
  observe?: (event: DeliveryEvent) => void;
};

/**
 * Retry delay after `attempts` failures: exponential, capped (lower while the platform is
 * unavailable, so delivery resumes soon after it is back), at least what the platform asked.
 */
export function retryDelay(
  attempts: number,
  retryAfterMs: number | undefined,
  opts: Pick<DeliveryOptions, 'baseDelayMs' | 'maxDelayMs' | 'unavailableMaxDelayMs'>,
  unavailable = false,
): number {
  const cap = unavailable ? Math.min(opts.maxDelayMs, opts.unavailableMaxDelayMs) : opts.maxDelayMs;
  const backoff = Math.min(cap, opts.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.max(backoff, retryAfterMs ?? 0);
}

/**
 * Whether a failed alert is given up: one the platform refuses for good at once; one that keeps
 * failing after `maxAttempts`; but one the platform could not take because it was down only
 * when it has waited `giveUpAfterMs` since it was queued — an outage of hours loses nothing.
 */
export function givesUp(
  attempt: number,
  ageMs: number,
  failure: { permanent?: boolean; unavailable?: boolean },
  opts: Pick<DeliveryOptions, 'maxAttempts' | 'giveUpAfterMs'>,
): boolean {
  if (failure.permanent) return true;
  if (failure.unavailable) return ageMs >= opts.giveUpAfterMs;
  return attempt >= opts.maxAttempts;
}

/**
 * A story alert can gain outlets (folded into its pending row) while it is being sent; the
 * message that went out then lacks them. Compare the revision sent with the row's revision
 * now and send the difference as an update, so no outlet is ever left unannounced.
 */
async function announceFoldedWhileSending(db: Db, sent: OutboxRow, now: number): Promise<void> {
  const current = await getOutboxRow(db, sent.id);
  if (!current || (current.revision ?? 0) <= (sent.revision ?? 0)) return;
  const alert = JSON.parse(current.payload) as Extract<Alert, { kind: 'story' | 'deal-stage' }>;
  const id = stableId('out_', current.subscription_id ?? '', current.story_id ?? '', String(current.revision));
  const base = {
    subscription_id: current.subscription_id,
    platform: current.platform,
    team: current.team,
    channel: current.channel,
    story_id: current.story_id,
  };
  await enqueue(
    db,
    [storyUpdateRow(base, id, alert.topic, alert.story, current.revision!, sent.revision ?? 0, sent.id, now)],
    now,
  );
  // The row keeps the revision that actually went out, so later updates list the rest.
  await setOutboxPayload(db, sent.id, sent.revision, sent.payload);
}

/** One delivery attempt's result, for the operators' metrics (see ops/metrics.ts). */
export interface DeliveryEvent {
  platform: string;
  outcome: 'sent' | 'retried' | 'dead' | 'held';
  /** For a sent alert: from its outbox row's creation — in the same transaction as the item
   * that caused it, so from the item's first sight — to the platform's confirmation. */
  latencyMs?: number;
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  dead: number;
  /** Channels (or teams) paused because the platform refused them. */
  paused: number;
}

/** Splits due rows into one queue per channel, each in enqueue order. */
function lanesOf(rows: OutboxRow[]): OutboxRow[][] {
  const lanes = new Map<string, OutboxRow[]>();
  for (const r of rows) {
    const key = `${r.platform}\u0000${r.team}\u0000${r.channel}`;
    const lane = lanes.get(key);
    if (lane) lane.push(r);
    else lanes.set(key, [r]);
  }
  return [...lanes.values()];
}

/**
 * Sends due outbox rows for the platforms present. A row is marked sent only after its
 * platform confirmed it; a crash in between means it is sent again on restart, which is why
 * senders pass the row id to platforms that honour an idempotency key. Rows of a platform
 * that is not configured wait, untouched, for one that is.
 *
 * Each channel is a lane: its rows go out one at a time in enqueue order, and a failure
 * stops that lane only (the rest of its queue waits behind the failed row, keeping order).
 * Lanes run side by side, so one slow or rate-limited channel never holds up the others.
 */
export async function deliverOutbox(
  db: Db,
  senders: Map<string, PlatformSender>,
  clock: () => number,
  log: Logger,
  options: Partial<DeliveryOptions> = {},
): Promise<DeliveryReport> {
  const opts: DeliveryOptions = { ...deliveryDefaults, ...options };
  const report: DeliveryReport = { sent: 0, retried: 0, dead: 0, paused: 0 };

  const deliverLane = async (lane: OutboxRow[]): Promise<void> => {
    for (let i = 0; i < lane.length; i++) {
      const row = lane[i]!;
      const sender = senders.get(row.platform)!;
      const attempt = row.attempts + 1;
      let replyTo: { outboxId: string; messageId: string | null } | undefined;
      if (row.reply_to) {
        // An update goes under its original alert, so that one must be out first.
        const root = await getOutboxRow(db, row.reply_to);
        if (root?.status === 'pending' || root?.status === 'held') {
          await markRetry(
            db,
            row.id,
            row.attempts,
            clock() + opts.baseDelayMs,
            'waiting for the original alert to be delivered',
          );
          continue;
        }
        replyTo = { outboxId: row.reply_to, messageId: root?.status === 'sent' ? root.message_id : null };
      }
      try {
        const alert = JSON.parse(row.payload) as Alert;
        const { messageId } = await sender.send({
          outboxId: row.id,
          platform: row.platform,
          team: row.team,
          channel: row.channel,
          alert,
          attempt,
          ...(replyTo ? { replyTo } : {}),
        });
        await markSent(db, row.id, messageId, clock());
        report.sent++;
        opts.observe?.({ platform: row.platform, outcome: 'sent', latencyMs: clock() - row.created_at });
        if (ROOT_KINDS.includes(row.kind)) await announceFoldedWhileSending(db, row, clock());
      } catch (e) {
        const de = e instanceof DeliveryError ? e : undefined;
        const message = (e as Error).message;
        const where = { platform: row.platform, team: row.team, channel: row.channel };
        if (de?.options.pause) {
          const scope = de.options.pause === 'team' ? { platform: row.platform, team: row.team } : where;
          await pauseChannel(db, scope, message);
          report.paused++;
          opts.observe?.({ platform: row.platform, outcome: 'held' });
          log.warn(
            { outbox: row.id, ...scope, err: message },
            `${de.options.pause} paused: the platform refuses it; its alerts are held until it is resumed`,
          );
          return;
        }
        if (givesUp(attempt, clock() - row.created_at, de?.options ?? {}, opts)) {
          const why = de?.options.unavailable
            ? `${message} (given up: ${row.platform} has failed for ${Math.round(opts.giveUpAfterMs / 3_600_000)} h since it was queued)`
            : message;
          await markDead(db, row.id, attempt, why);
          report.dead++;
          opts.observe?.({ platform: row.platform, outcome: 'dead' });
          log.error({ outbox: row.id, ...where, err: why }, 'alert could not be delivered; giving up');
          continue;
        }
        const next = clock() + retryDelay(attempt, de?.options.retryAfterMs, opts, de?.options.unavailable);
        await markRetry(db, row.id, attempt, next, message);
        await deferOutbox(
          db,
          lane.slice(i + 1).map((r) => r.id),
          next,
        );
        report.retried++;
        opts.observe?.({ platform: row.platform, outcome: 'retried' });
        log.warn({ outbox: row.id, ...where, attempt, err: message }, 'alert delivery failed; will retry');
        return;
      }
    }
  };

  for (;;) {
    const rows = await dueOutbox(db, Math.max(clock(), opts.dueBy ?? 0), opts.batch, [...senders.keys()], opts.only);
    if (!rows.length) return report;
    const lanes = lanesOf(rows);
    let next = 0;
    const worker = async () => {
      while (next < lanes.length) await deliverLane(lanes[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(opts.lanes, lanes.length) }, worker));
    // Rows put back to wait (for their original alert, or behind a failure) are not due again in this pass.
    if (rows.length < opts.batch) return report;
  }
}
