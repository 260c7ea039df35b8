import type { Generated } from 'kysely';

/**
 * Table shapes. Times are epoch milliseconds in `bigint` columns and booleans are 0/1
 * integers, so the same migrations and queries run on SQLite and Postgres.
 */
export interface SourcesTable {
  id: string;
  url: string;
  name: string;
  /** 'config' | 'topic-search' | 'command' */
  origin: string;
  topic_id: string | null;
  interval_ms: number;
  backfill: number;
  etag: string | null;
  last_modified: string | null;
  /** 'guid' | 'link' | 'hash': how this source's items are told apart, chosen per source. */
  identity: string | null;
  next_due_at: number;
  last_polled_at: number | null;
  last_success_at: number | null;
  last_new_item_at: number | null;
  consecutive_failures: number;
  last_error_code: string | null;
  last_error_message: string | null;
  failing: number;
  failing_since: number | null;
  baseline_done: number;
  active: number;
  created_at: number;
  /** The team that added it with /news add-source; null for config feeds (shared). */
  team: string | null;
}

export interface ItemsTable {
  id: string;
  source_id: string;
  guid: string | null;
  /** The item's cleaned link (tracking parameters dropped): both identity and what alerts show. */
  link: string | null;
  hash: string;
  title: string;
  summary: string;
  published_at: number;
  first_seen_at: number;
  /** The outlet an aggregator's feed names for the item; null when it is the source's own. */
  outlet: string | null;
}

export interface TopicsTable {
  /** '*' for topics from the config file, visible to every team. */
  team: string;
  id: string;
  name: string;
  query: string;
  origin: string;
  created_at: number;
  /** Set when the topic is a deal: its parties, as JSON (see deals/deal.ts). */
  deal: string | null;
}

export interface SendSlotsTable {
  key: string;
  next_at: number;
}

export interface DealStatesTable {
  /** The deal topic's key: team/id. */
  topic_key: string;
  stage: string | null;
  since: number | null;
  /** The story behind the current stage. */
  story_id: string | null;
  updated_at: number;
}

export interface SubscriptionsTable {
  id: string;
  platform: string;
  team: string;
  channel: string;
  topic_id: string;
  mode: string;
  origin: string;
  paused_reason: string | null;
  created_at: number;
  /** Alert only once this many outlets report a story. */
  min_sources: number;
  /** When set, stories are collected and posted as one digest on this cron schedule. */
  digest_cron: string | null;
  digest_tz: string | null;
  muted_until: number | null;
}

export interface StoriesTable {
  id: string;
  headline: string;
  revision: number;
  first_published_at: number;
  last_published_at: number;
  created_at: number;
  updated_at: number;
}

export interface StoryItemsTable {
  item_id: string;
  story_id: string;
  joined_at: number;
  created_story: number;
  score: number;
  /** JoinReason as JSON. */
  reason: string;
}

export interface StoryTopicsTable {
  story_id: string;
  topic_key: string;
  matched_at: number;
}

export interface DigestQueueTable {
  subscription_id: string;
  story_id: string;
  added_at: number;
}

export interface OutboxTable {
  id: string;
  subscription_id: string | null;
  platform: string;
  team: string;
  channel: string;
  kind: string;
  payload: string;
  /** 'pending' | 'sent' | 'dead' | 'held' (its channel is paused) */
  status: string;
  attempts: number;
  next_attempt_at: number;
  created_at: number;
  sent_at: number | null;
  message_id: string | null;
  last_error: string | null;
  story_id: string | null;
  revision: number | null;
  /** For an update: the outbox id of the alert it belongs under (a thread reply). */
  reply_to: string | null;
  /** Enqueue order (time-based, monotonic per process): a channel's alerts go out in this order. */
  seq: number;
}

export interface SlackInstallationsTable {
  /** Enterprise id for an org-wide install, else the workspace's team id. */
  id: string;
  team_id: string | null;
  enterprise_id: string | null;
  /** The installation JSON, sealed (see secret-box.ts). */
  data: string;
  created_at: number;
  updated_at: number;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  sources: SourcesTable;
  items: ItemsTable;
  topics: TopicsTable;
  subscriptions: SubscriptionsTable;
  outbox: OutboxTable;
  meta: MetaTable;
  stories: StoriesTable;
  story_items: StoryItemsTable;
  story_topics: StoryTopicsTable;
  digest_queue: DigestQueueTable;
  slack_installations: SlackInstallationsTable;
  deal_states: DealStatesTable;
  send_slots: SendSlotsTable;
  post_evidence: PostEvidenceTable;
  chat_changes: ChatChangesTable;
}

/**
 * A change made from chat to a subscription the config defines: kept, and winning over the
 * config, until the config's entry itself changes. `config_settings` is the entry as the config
 * had it when chat changed it; when the file says something else, the file wins.
 */
export interface ChatChangesTable {
  subscription_id: string;
  platform: string;
  team: string;
  channel: string;
  topic_id: string;
  /** 'changed' (settings from chat) | 'removed' (unsubscribed from chat). */
  action: string;
  /** JSON of the config's settings for this entry when chat changed it. */
  config_settings: string;
  /** What chat set, in words (`min-sources 3`), for check-config and /news list. */
  detail: string;
  changed_by: string;
  changed_at: number;
}

/**
 * What newsbot knows about its own posts to a platform without asking it: when an attempt
 * began (recorded before the call), and the message the platform says it made (Slack's
 * message_metadata_posted event). A retry after an ambiguous failure decides from this.
 */
export interface PostEvidenceTable {
  outbox_id: string;
  attempted_at: number;
  message_id: string | null;
}

export type SourceRow = SourcesTable;
export type ItemRow = ItemsTable;
export type TopicRow = TopicsTable;
export type SubscriptionRow = SubscriptionsTable;
export type OutboxRow = OutboxTable;
export type ChatChangeRow = ChatChangesTable;
export type { Generated };

/** A deal's parties, as the config and `/deal track` name them: the JSON in `topics.deal` (read by deals/deal.ts). */
export interface DealParty {
  name: string;
  /** Other names the news uses: tickers, short names (MSFT, Activision). */
  aliases: string[];
}

export interface DealSpec {
  parties: DealParty[];
}
