import { DEFAULT_MIGRATION_TABLE, type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

/**
 * Migrations are code, in order, never edited once released. Only the schema builder is
 * used (no dialect-specific SQL) so Postgres runs the same list.
 */
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('sources')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('url', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('origin', 'varchar(32)', (c) => c.notNull())
        .addColumn('topic_id', 'varchar(64)')
        .addColumn('interval_ms', 'bigint', (c) => c.notNull())
        .addColumn('backfill', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('identity', 'varchar(8)')
        .addColumn('next_due_at', 'bigint', (c) => c.notNull())
        .addColumn('last_polled_at', 'bigint')
        .addColumn('last_success_at', 'bigint')
        .addColumn('last_new_item_at', 'bigint')
        .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error_code', 'varchar(64)')
        .addColumn('last_error_message', 'text')
        .addColumn('failing', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failing_since', 'bigint')
        .addColumn('baseline_done', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sources_due').on('sources').columns(['active', 'next_due_at']).execute();

      await db.schema
        .createTable('items')
        .addColumn('id', 'varchar(96)', (c) => c.primaryKey())
        .addColumn('source_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('guid', 'text')
        .addColumn('link', 'text')
        .addColumn('hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('published_at', 'bigint', (c) => c.notNull())
        .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('items_guid').on('items').columns(['source_id', 'guid']).execute();
      await db.schema.createIndex('items_link').on('items').columns(['source_id', 'link']).execute();
      await db.schema.createIndex('items_hash').on('items').columns(['source_id', 'hash']).execute();

      await db.schema
        .createTable('topics')
        .addColumn('team', 'varchar(128)', (c) => c.notNull())
        .addColumn('id', 'varchar(64)', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('origin', 'varchar(32)', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('topics_pk', ['team', 'id'])
        .execute();

      await db.schema
        .createTable('subscriptions')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('platform', 'varchar(16)', (c) => c.notNull())
        .addColumn('team', 'varchar(128)', (c) => c.notNull())
        .addColumn('channel', 'varchar(128)', (c) => c.notNull())
        .addColumn('topic_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('mode', 'varchar(16)', (c) => c.notNull())
        .addColumn('origin', 'varchar(32)', (c) => c.notNull())
        .addColumn('paused_reason', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('subscriptions_unique', ['platform', 'team', 'channel', 'topic_id'])
        .execute();

      await db.schema
        .createTable('outbox')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('subscription_id', 'varchar(64)')
        .addColumn('platform', 'varchar(16)', (c) => c.notNull())
        .addColumn('team', 'varchar(128)', (c) => c.notNull())
        .addColumn('channel', 'varchar(128)', (c) => c.notNull())
        .addColumn('kind', 'varchar(32)', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('sent_at', 'bigint')
        .addColumn('message_id', 'text')
        .addColumn('last_error', 'text')
        .execute();
      await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();

      await db.schema
        .createTable('meta')
        .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0002_stories': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('stories')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('headline', 'text', (c) => c.notNull())
        /** Number of outlets: a story's revision goes up each time a new outlet joins. */
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('first_published_at', 'bigint', (c) => c.notNull())
        .addColumn('last_published_at', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('stories_recent').on('stories').columns(['last_published_at']).execute();
      await db.schema
        .createTable('story_items')
        .addColumn('item_id', 'varchar(96)', (c) => c.primaryKey())
        .addColumn('story_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('joined_at', 'bigint', (c) => c.notNull())
        .addColumn('created_story', 'integer', (c) => c.notNull())
        .addColumn('score', 'real', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('story_items_story').on('story_items').columns(['story_id']).execute();
      await db.schema
        .createTable('story_topics')
        .addColumn('story_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('topic_key', 'varchar(200)', (c) => c.notNull())
        .addColumn('matched_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('story_topics_pk', ['story_id', 'topic_key'])
        .execute();
      await db.schema
        .createIndex('story_topics_topic')
        .on('story_topics')
        .columns(['topic_key', 'matched_at'])
        .execute();
      await db.schema.alterTable('outbox').addColumn('story_id', 'varchar(64)').execute();
      await db.schema.alterTable('outbox').addColumn('revision', 'integer').execute();
      await db.schema.alterTable('outbox').addColumn('reply_to', 'varchar(64)').execute();
      await db.schema.createIndex('outbox_story').on('outbox').columns(['subscription_id', 'story_id']).execute();
      await db.schema
        .alterTable('subscriptions')
        .addColumn('min_sources', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.alterTable('subscriptions').addColumn('digest_cron', 'text').execute();
      await db.schema.alterTable('subscriptions').addColumn('digest_tz', 'text').execute();
      await db.schema.alterTable('subscriptions').addColumn('muted_until', 'bigint').execute();
      await db.schema
        .createTable('digest_queue')
        .addColumn('subscription_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('story_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('added_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('digest_queue_pk', ['subscription_id', 'story_id'])
        .execute();
    },
  },
  '0003_platforms': {
    async up(db: Kysely<any>) {
      // Slack OAuth installations, one per workspace (or Enterprise Grid org); `data` is the
      // installation JSON sealed with NEWSBOT_SECRET_KEY, never stored in the clear.
      await db.schema
        .createTable('slack_installations')
        .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
        .addColumn('team_id', 'varchar(40)')
        .addColumn('enterprise_id', 'varchar(40)')
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      // Outbox order within a channel: rows enqueued in the same millisecond keep their order.
      await db.schema
        .alterTable('outbox')
        .addColumn('seq', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();
      // A feed added with /news add-source belongs to the team that added it (null: shared).
      await db.schema.alterTable('sources').addColumn('team', 'varchar(100)').execute();
    },
  },
  '0004_deals': {
    async up(db: Kysely<any>) {
      // A topic is a deal when it names its parties: {"parties":[{"name","aliases"}]} as JSON.
      await db.schema.alterTable('topics').addColumn('deal', 'text').execute();
      // The stage each deal was last seen at, so a change is noticed (and alerted) once.
      await db.schema
        .createTable('deal_states')
        .addColumn('topic_key', 'varchar(200)', (c) => c.primaryKey())
        .addColumn('stage', 'varchar(32)')
        .addColumn('since', 'bigint')
        .addColumn('story_id', 'varchar(64)')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
  '0005_cluster': {
    async up(db: Kysely<any>) {
      // Send slots per channel shared by every process (Postgres clusters): the next time a
      // message may go to a channel, so pacing holds whichever process delivers.
      await db.schema
        .createTable('send_slots')
        .addColumn('key', 'varchar(300)', (c) => c.primaryKey())
        .addColumn('next_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
  '0006_post_evidence': {
    async up(db: Kysely<any>) {
      // Evidence of our own posts, so a retry after a timeout need not read channel history
      // (which Slack limits to one call a minute for apps outside its Marketplace).
      await db.schema
        .createTable('post_evidence')
        .addColumn('outbox_id', 'varchar(100)', (c) => c.primaryKey())
        .addColumn('attempted_at', 'bigint', (c) => c.notNull())
        .addColumn('message_id', 'varchar(100)')
        .execute();
    },
  },
  '0007_chat_changes': {
    async up(db: Kysely<any>) {
      // What a team changed from chat on an entry of the config, so the next start keeps it.
      await db.schema
        .createTable('chat_changes')
        .addColumn('subscription_id', 'varchar(100)', (c) => c.primaryKey())
        .addColumn('platform', 'varchar(32)', (c) => c.notNull())
        .addColumn('team', 'varchar(200)', (c) => c.notNull())
        .addColumn('channel', 'varchar(200)', (c) => c.notNull())
        .addColumn('topic_id', 'varchar(100)', (c) => c.notNull())
        .addColumn('action', 'varchar(16)', (c) => c.notNull())
        .addColumn('config_settings', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('changed_by', 'varchar(200)', (c) => c.notNull())
        .addColumn('changed_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
  '0008_story_merges': {
    async up(db: Kysely<any>) {
      // Before two stories are folded into one, grouping asks whether either has been told to a
      // channel: by story id alone, which the (subscription, story) index cannot answer.
      await db.schema.createIndex('outbox_story_id').on('outbox').column('story_id').execute();
    },
  },
  '0009_item_outlets': {
    async up(db: Kysely<any>) {
      // An aggregator's feed (Google News) carries many outlets: each item names its own.
      // Null for an item that is its feed's own (its outlet is the source's name).
      await db.schema.alterTable('items').addColumn('outlet', 'text').execute();
    },
  },
};

class InlineProvider implements MigrationProvider {
  async getMigrations() {
    return migrations;
  }
}

export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<void> {
  // Most starts find exactly the migrations this version knows applied: one query says so,
  // instead of the migrator's lock, table checks and metadata reads (~15 ms of every command's
  // start on SQLite). A store with one this version does not know goes to the migrator, which
  // refuses it as before (an older newsbot on a newer store).
  const applied = await appliedMigrations(db, schema);
  const known = Object.keys(migrations);
  if (applied && applied.size === known.length && known.every((name) => applied.has(name))) return;
  // With a schema of its own (tests, or several installs in one database), the migration
  // bookkeeping lives there too, not in whichever schema happens to have it.
  const migrator = new Migrator({
    db,
    provider: new InlineProvider(),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(
      `database migration ${failed?.migrationName ?? ''} failed: ${(error as Error)?.message ?? 'unknown error'}`,
    );
  }
}

/** The names in the migrator's own bookkeeping table, read directly; undefined when it has none. */
async function appliedMigrations(db: Kysely<any>, schema?: string): Promise<Set<string> | undefined> {
  try {
    const rows = await (schema ? db.withSchema(schema) : db)
      .selectFrom(DEFAULT_MIGRATION_TABLE)
      .select('name')
      .execute();
    return new Set(rows.map((r: { name: string }) => r.name));
  } catch {
    return undefined;
  }
}

/** Whether every migration this version knows has run: a read-only command cannot upgrade a store. */
export async function isSchemaCurrent(db: Kysely<any>, schema?: string): Promise<boolean> {
  const applied = await appliedMigrations(db, schema);
  return !!applied && Object.keys(migrations).every((name) => applied.has(name));
}
