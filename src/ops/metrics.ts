import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DeliveryEvent } from '../alerts/deliver-outbox.ts';
import { readerFailures } from '../language/read-stage.ts';
import type { PollOutcome } from '../pipeline/poll-source.ts';
import type { Db } from '../store/open-store.ts';
import { countOutbox } from '../store/outbox-repo.ts';
import { countSourcesByHealth } from '../store/sources-repo.ts';

/**
 * What operators watch, in Prometheus' text format (prom-client). Counters and histograms are
 * fed with the plain outcomes the pipeline and delivery already return; the outbox depth and
 * source health are read from the store when scraped, so every process of a cluster reports the
 * shared truth. Only loaded when `settings.http` (or Slack's HTTP mode) is on.
 */
export class NewsbotMetrics {
  readonly registry = new Registry();
  private readonly polls: Counter<'outcome'>;
  private readonly fetchSeconds: Histogram;
  private readonly parseSeconds: Histogram;
  private readonly items: Counter;
  private readonly storiesStarted: Counter;
  private readonly storiesExtended: Counter;
  private readonly planned: Counter;
  private readonly alerts: Counter<'platform' | 'outcome'>;
  private readonly latency: Histogram<'platform'>;

  constructor(db: Db) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'newsbot_' });
    this.polls = new Counter({
      name: 'newsbot_polls_total',
      help: 'Polls of a source, by outcome (ok: new content; not_modified; failed)',
      labelNames: ['outcome'],
      registers,
    });
    this.fetchSeconds = new Histogram({
      name: 'newsbot_fetch_duration_seconds',
      help: 'Time to fetch a source (request and body)',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.parseSeconds = new Histogram({
      name: 'newsbot_parse_duration_seconds',
      help: 'Time to parse a fetched feed',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    this.items = new Counter({ name: 'newsbot_items_ingested_total', help: 'New items recorded', registers });
    this.storiesStarted = new Counter({
      name: 'newsbot_stories_started_total',
      help: 'Stories started by a new item',
      registers,
    });
    this.storiesExtended = new Counter({
      name: 'newsbot_stories_extended_total',
      help: 'Stories another outlet joined',
      registers,
    });
    this.planned = new Counter({
      name: 'newsbot_alerts_planned_total',
      help: 'Alerts written to the outbox by polls',
      registers,
    });
    this.alerts = new Counter({
      name: 'newsbot_alerts_total',
      help: 'Delivery attempts by platform and outcome (sent, retried, dead: given up, held: its channel paused)',
      labelNames: ['platform', 'outcome'],
      registers,
    });
    this.latency = new Histogram({
      name: 'newsbot_alert_latency_seconds',
      help: "From an item's first sight to its alert's post",
      labelNames: ['platform'],
      buckets: [1, 5, 10, 30, 60, 120, 300, 900, 3600],
      registers,
    });
    new Gauge({
      name: 'newsbot_outbox_depth',
      help: 'Alerts waiting in the outbox (pending: to send; held: their channel is paused)',
      labelNames: ['status'],
      registers,
      async collect() {
        this.set({ status: 'pending' }, await countOutbox(db, 'pending'));
        this.set({ status: 'held' }, await countOutbox(db, 'held'));
      },
    });
    new Gauge({
      name: 'newsbot_reader_failures_total',
      help: 'Texts the deal reader failed on (read as saying nothing; a bug to report)',
      registers,
      collect() {
        this.set(readerFailures.count);
      },
    });
    new Gauge({
      name: 'newsbot_sources',
      help: 'Active sources by health (failing: past the failure threshold)',
      labelNames: ['health'],
      registers,
      async collect() {
        const { ok, failing } = await countSourcesByHealth(db);
        this.set({ health: 'ok' }, ok);
        this.set({ health: 'failing' }, failing);
      },
    });
  }

  readonly polled = (o: PollOutcome): void => {
    this.polls.inc({ outcome: o.status === 'not-modified' ? 'not_modified' : o.status });
    if (o.fetchMs !== undefined) this.fetchSeconds.observe(o.fetchMs / 1000);
    if (o.parseMs !== undefined) this.parseSeconds.observe(o.parseMs / 1000);
    if (o.status !== 'ok') return;
    this.items.inc(o.recorded);
    this.storiesStarted.inc(o.storiesStarted);
    this.storiesExtended.inc(o.storiesExtended);
    this.planned.inc(o.outbox.length);
  };

  readonly delivered = (e: DeliveryEvent): void => {
    this.alerts.inc({ platform: e.platform, outcome: e.outcome });
    if (e.latencyMs !== undefined) this.latency.observe({ platform: e.platform }, Math.max(0, e.latencyMs) / 1000);
  };
}
