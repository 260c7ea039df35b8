import cron from 'node-cron';
import type { Logger } from 'pino';
import { digestSchedules, scheduleKey, type DigestSchedule } from '../alerts/digests.ts';
import type { SubscriptionRow } from '../store/schema.ts';

/**
 * One node-cron task per distinct digest schedule (cron expression + time zone), kept in step
 * with the subscriptions: `sync` after every change adds and removes tasks.
 */
export class DigestScheduler {
  private readonly tasks = new Map<string, ReturnType<typeof cron.schedule>>();

  constructor(
    private readonly fire: (schedule: DigestSchedule) => Promise<void>,
    private readonly log: Logger,
  ) {}

  sync(subscriptions: SubscriptionRow[]): void {
    const wanted = new Map(digestSchedules(subscriptions).map((s) => [scheduleKey(s), s]));
    for (const [key, task] of this.tasks) {
      if (!wanted.has(key)) {
        void task.stop();
        this.tasks.delete(key);
      }
    }
    for (const [key, schedule] of wanted) {
      if (this.tasks.has(key)) continue;
      const task = cron.schedule(
        schedule.cron,
        () => {
          this.fire(schedule).catch((e: Error) =>
            this.log.error({ cron: schedule.cron, err: e.message }, 'digest failed'),
          );
        },
        { timezone: schedule.timezone, noOverlap: true },
      );
      this.tasks.set(key, task);
    }
  }

  get size(): number {
    return this.tasks.size;
  }

  async stop(): Promise<void> {
    for (const t of this.tasks.values()) await t.stop();
    this.tasks.clear();
  }
}
