// A namespace import: esbuild then keeps only what the schema uses (180 KB bundled, ~22 ms to load)
// instead of zod's whole `z` object with every locale (755 KB, ~50 ms) on every start.
import * as z from 'zod';
import { parseCidr } from '../net/ip-address.ts';
import { formatDuration, parseDuration } from './duration.ts';

/**
 * The one schema for `config/newsbot.yaml`: the shape of each value. Objects are strict so that
 * a typo such as `intervall:` is reported instead of silently ignored. What a shape cannot say
 * (URLs, references between sections, schedules, platform ids) is in `check-entries.ts`, which
 * runs on the same document in the same pass.
 */
/**
 * A duration with its unit and within its range. A bare number is refused: `timeout: 30000`
 * could mean seconds or milliseconds, and one guess is 8 hours wrong. The upper bounds keep
 * every duration a timer can hold (Node's timers overflow past 24.8 days) and Postgres can store.
 */
const duration = (min: number, max: number, what: string) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    if (typeof v === 'number') {
      ctx.addIssue({
        code: 'custom',
        message: `${what} needs a unit, such as ${v}ms or ${v}s: a bare number could be either`,
      });
      return z.NEVER;
    }
    const ms = parseDuration(v);
    if (ms === undefined) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration; write it like 90s, 5m, 1h or 3d` });
      return z.NEVER;
    }
    if (ms < min || ms > max || !Number.isFinite(ms)) {
      ctx.addIssue({
        code: 'custom',
        message: `${what} must be between ${formatDuration(min)} and ${formatDuration(max)} (got ${v})`,
      });
      return z.NEVER;
    }
    return ms;
  });

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,63}$/,
    'use lowercase letters, digits, ".", "_" or "-" (at most 64), e.g. microsoft-openai',
  );

export const platformNames = ['console', 'slack', 'discord'] as const;

const searchSchema = z.union([
  z.string(),
  z.strictObject({
    url: z.string(),
    name: z.string().min(1).optional(),
    interval: duration(MINUTE, 7 * DAY, 'interval').optional(),
  }),
]);

export const sourceSchema = z.strictObject({
  id: id.optional(),
  url: z.string().min(1, 'give an http(s) URL or a file path'),
  name: z.string().min(1).optional(),
  interval: duration(MINUTE, 7 * DAY, 'interval').optional(),
  backfill: z.number().int().min(0).max(100).default(0),
});

export const topicSchema = z.strictObject({
  id,
  name: z.string().min(1).optional(),
  query: z.string().min(1, 'a topic needs a query, e.g. Microsoft AND OpenAI'),
  search: z.array(searchSchema).default([]),
  /** Makes the topic a deal: its parties, each a name or { name, aliases }. */
  deal: z
    .strictObject({
      parties: z
        .array(
          z.union([
            z.string().min(1),
            z.strictObject({ name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) }),
          ]),
        )
        .min(2, 'a deal needs at least two parties, e.g. parties: [Microsoft, OpenAI]')
        .max(6),
    })
    .optional(),
});

export const subscriptionSchema = z.strictObject({
  platform: z.enum(platformNames),
  team: z.string().min(1).default('default'),
  channel: z.string().min(1),
  topic: id,
  /** Wait until this many outlets report a story before alerting. */
  minSources: z.number().int().min(1).max(20).default(1),
  /** Post one digest on this cron schedule instead of real-time alerts. */
  digest: z
    .union([z.string().min(1), z.strictObject({ cron: z.string().min(1), timezone: z.string().min(1).optional() })])
    .optional(),
});

const settingsSchema = z
  .strictObject({
    allowPrivateNetworks: z
      .union([
        z.boolean(),
        z.array(z.string().refine((c) => parseCidr(c) !== undefined, 'not a CIDR such as 10.0.0.0/8 or fd00::/8')),
      ])
      .default(false),
    concurrency: z.number().int().min(1).max(1024).default(32),
    perHostConcurrency: z.number().int().min(1).max(256).default(4),
    hosts: z.record(z.string(), z.strictObject({ concurrency: z.number().int().min(1).max(256) })).default({}),
    interval: duration(MINUTE, 7 * DAY, 'interval').default(300_000),
    maxInterval: duration(MINUTE, 7 * DAY, 'maxInterval').default(3_600_000),
    maxAge: duration(MINUTE, 365 * DAY, 'maxAge').default(3 * 86_400_000),
    failureThreshold: z.number().int().min(1).max(100).default(5),
    connectTimeout: duration(100, 2 * MINUTE, 'connectTimeout').default(10_000),
    timeout: duration(100, 10 * MINUTE, 'timeout').default(30_000),
    maxBytes: z
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024),
    userAgent: z.string().min(1).default('newsbot/0.1 (+https://github.com/newsbot/newsbot)'),
    tick: z.string().default('*/5 * * * * *'),
    /** Time zone of digest schedules that do not name one. */
    timezone: z.string().min(1).default('UTC'),
    /** Items join a story only within this distance of its first and last item. */
    storyWindow: duration(HOUR, 14 * DAY, 'storyWindow').default(48 * 3_600_000),
    /** A new story's first alert waits this long for outlets polled at the same moment. */
    storyHold: duration(0, 5 * MINUTE, 'storyHold').default(3_000),
    /** With a Postgres store: how long a job may run before other processes take it over. */
    jobLease: duration(5_000, HOUR, 'jobLease').default(120_000),
    /** The operators' endpoints (/healthz, /readyz, /metrics); off unless set. With Slack's HTTP
     * mode on, they are also served on its port. */
    http: z
      .strictObject({
        port: z.number().int().min(1).max(65535),
        host: z.string().min(1).default('127.0.0.1'),
      })
      .optional(),
    /** Threads that parse feeds; 0 parses on the main thread. Default: CPUs - 1 (1..4). */
    parseWorkers: z.number().int().min(0).max(32).optional(),
  })
  .prefault({});

export const configSchema = z.strictObject({
  database: z.string().min(1).default('./data/newsbot.db'),
  settings: settingsSchema,
  sources: z.array(sourceSchema).default([]),
  topics: z.array(topicSchema).default([]),
  subscriptions: z.array(subscriptionSchema).default([]),
  /** Platform settings that are not secrets (those come from the environment). */
  slack: z
    .strictObject({
      /** User ids (U…) allowed to change a workspace's setup besides its admins and owners. */
      admins: z.array(z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'a Slack user id such as U0123ABCD')).default([]),
      /** Messages per second to one channel (Slack allows about 1). */
      messagesPerSecond: z.number().positive().max(50).default(1),
    })
    .prefault({}),
  discord: z
    .strictObject({
      /** User ids allowed to change any server's setup besides members with Manage Server. */
      admins: z.array(z.string().regex(/^\d{15,22}$/, 'a Discord user id (a number)')).default([]),
    })
    .prefault({}),
});

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type SourceConfig = z.output<typeof sourceSchema>;
export type TopicConfig = z.output<typeof topicSchema>;
export type SubscriptionConfig = z.output<typeof subscriptionSchema>;
export type Settings = Config['settings'];
