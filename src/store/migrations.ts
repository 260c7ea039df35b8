import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

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
};

class InlineProvider implements MigrationProvider {
  async getMigrations() {
    return migrations;
  }
}

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: new InlineProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${(error as Error)?.message ?? 'unknown error'}`);
  }
}
