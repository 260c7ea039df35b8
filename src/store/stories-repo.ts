import { sql } from 'kysely';
import type { Db } from './open-store.ts';
import type { StoriesTable, StoryItemsTable } from './schema.ts';

export interface MemberRow {
  item_id: string;
  story_id: string;
  outlet: string;
  title: string;
  summary: string;
  url: string | null;
  published_at: number;
  first_seen_at: number;
}

export async function insertStoryItem(db: Db, row: StoryItemsTable): Promise<void> {
  await db
    .insertInto('story_items')
    .values(row)
    .onConflict((oc) => oc.column('item_id').doNothing())
    .execute();
}

export async function upsertStory(db: Db, row: StoriesTable): Promise<void> {
  await db
    .insertInto('stories')
    .values(row)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        headline: row.headline,
        revision: row.revision,
        first_published_at: row.first_published_at,
        last_published_at: row.last_published_at,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function getStory(db: Db, id: string): Promise<StoriesTable | undefined> {
  return db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Where a story folded into another went (`mergeStoryInto` deletes its row): the story that
 * absorbed it, found in the reason the bridging item recorded, followed through later folds.
 * Undefined when no fold names it. Read only when an id is not found, so a scan of the reasons
 * (no index) is the price of keeping no table of aliases.
 */
export async function foldedInto(db: Db, id: string): Promise<{ into: string; by: string } | undefined> {
  let at: { into: string; by: string } | undefined;
  for (let hops = 0, cur = id; hops < 10; hops++) {
    const rows = await db
      .selectFrom('story_items')
      .select(['item_id', 'reason'])
      .where('reason', 'like', `%"merged":%${cur}%`)
      .execute();
    // (LIKE's "_" matches any character: each candidate's reason is checked exactly.)
    const hit = rows
      .map((r) => ({
        item: r.item_id,
        m: (JSON.parse(r.reason) as { merged?: { story: string; into: string }[] }).merged?.find(
          (m) => m.story === cur,
        ),
      }))
      .find((r) => r.m);
    if (!hit) return at;
    at = { into: hit.m!.into, by: hit.item };
    if (await getStory(db, at.into)) return at;
    cur = at.into;
  }
  return at;
}

/** The items of some stories, with their outlet names, oldest first. */
export async function storyMembers(db: Db, storyIds: string[]): Promise<MemberRow[]> {
  if (!storyIds.length) return [];
  return db
    .selectFrom('story_items')
    .innerJoin('items', 'items.id', 'story_items.item_id')
    .innerJoin('sources', 'sources.id', 'items.source_id')
    .select([
      'story_items.item_id as item_id',
      'story_items.story_id as story_id',
      // An aggregator's item is its outlet's report, not the aggregator's.
      (eb) => eb.fn.coalesce('items.outlet', 'sources.name').as('outlet'),
      'items.title as title',
      'items.summary as summary',
      'items.link as url',
      'items.published_at as published_at',
      'items.first_seen_at as first_seen_at',
    ])
    .where('story_items.story_id', 'in', storyIds)
    .orderBy('items.first_seen_at')
    .orderBy('items.published_at')
    .orderBy('story_items.item_id')
    .execute();
}

export async function addStoryTopics(db: Db, storyId: string, topicKeys: string[], now: number): Promise<void> {
  for (const key of topicKeys) {
    await db
      .insertInto('story_topics')
      .values({ story_id: storyId, topic_key: key, matched_at: now })
      .onConflict((oc) => oc.columns(['story_id', 'topic_key']).doNothing())
      .execute();
  }
}

export async function storyTopicKeys(db: Db, storyId: string): Promise<string[]> {
  return (
    await db
      .selectFrom('story_topics')
      .select('topic_key')
      .where('story_id', '=', storyId)
      .orderBy('topic_key')
      .execute()
  ).map((r) => r.topic_key);
}

/** Stories still open to new items: last published within the window. */
export async function recentStoryIds(db: Db, since: number): Promise<string[]> {
  return (
    await db
      .selectFrom('stories')
      .select('id')
      .where('last_published_at', '>=', since)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  ).map((r) => r.id);
}

/** The latest stories matched to any of the topic keys, newest first. */
export async function latestStories(db: Db, topicKeys: string[], limit: number): Promise<StoriesTable[]> {
  if (!topicKeys.length) return [];
  return db
    .selectFrom('stories')
    .selectAll()
    .where('id', 'in', db.selectFrom('story_topics').select('story_id').where('topic_key', 'in', topicKeys))
    .orderBy('last_published_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function storyJoins(db: Db, storyId: string): Promise<StoryItemsTable[]> {
  return db
    .selectFrom('story_items')
    .selectAll()
    .where('story_id', '=', storyId)
    .orderBy('joined_at')
    .orderBy('item_id')
    .execute();
}

/** Items that joined stories since a time, with what grouping needs (other processes' work). */
export async function joinedSince(
  db: Db,
  since: number,
): Promise<
  { item_id: string; story_id: string; joined_at: number; title: string; summary: string; published_at: number }[]
> {
  return db
    .selectFrom('story_items')
    .innerJoin('items', 'items.id', 'story_items.item_id')
    .select([
      'story_items.item_id as item_id',
      'story_items.story_id as story_id',
      'story_items.joined_at as joined_at',
      'items.title as title',
      'items.summary as summary',
      'items.published_at as published_at',
    ])
    .where('story_items.joined_at', '>=', since)
    .orderBy('story_items.joined_at')
    .orderBy('story_items.item_id')
    .execute();
}

/** The stories matched to a topic, with their first publication time. */
export async function storiesOfTopic(db: Db, topicKey: string): Promise<{ id: string; first_published_at: number }[]> {
  return db
    .selectFrom('stories')
    .select(['id', 'first_published_at'])
    .where('id', 'in', db.selectFrom('story_topics').select('story_id').where('topic_key', '=', topicKey))
    .execute();
}

/**
 * A topic's stories that began before a time, the most recently matched first (a context
 * section's sources). Walks the topic's index newest first and stops at `limit`, so a topic
 * with years of stories costs the same as a new one.
 */
export async function storiesOfTopicBefore(
  db: Db,
  topicKey: string,
  before: number,
  limit: number,
): Promise<{ id: string; headline: string }[]> {
  return db
    .selectFrom('story_topics')
    .innerJoin('stories', 'stories.id', 'story_topics.story_id')
    .select(['stories.id as id', 'stories.headline as headline'])
    .where('story_topics.topic_key', '=', topicKey)
    .where('stories.first_published_at', '<', before)
    .orderBy('story_topics.matched_at', 'desc')
    .orderBy('stories.id')
    .limit(limit)
    .execute();
}

/**
 * Takes the cluster-wide grouping lock for the rest of the caller's transaction (Postgres): one
 * grouper at a time across processes, so two outlets of one event make one story.
 */
export async function lockGrouping(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(7262001)`.execute(db);
}

/**
 * Of these stories, those something has been said or recorded about: an alert (sent, pending or
 * held), a place in a digest, a deal's current stage. Such a story keeps its id when grouping
 * folds two stories into one (see `mergeStoryInto`).
 */
export async function toldStories(db: Db, storyIds: string[]): Promise<Set<string>> {
  if (!storyIds.length) return new Set();
  const rows = await db
    .selectFrom('outbox')
    .select('story_id')
    .where('story_id', 'in', storyIds)
    .union(db.selectFrom('digest_queue').select('story_id').where('story_id', 'in', storyIds))
    .union(db.selectFrom('deal_states').select('story_id').where('story_id', 'in', storyIds))
    .execute();
  return new Set(rows.map((r) => r.story_id).filter((id): id is string => id !== null));
}

/**
 * Folds one story into another: its items and topics move, its row goes. The moved items'
 * `joined_at` becomes `now`, so the other processes of a cluster read the move (`joinedSince`).
 */
export async function mergeStoryInto(db: Db, from: string, into: string, now: number): Promise<void> {
  await db.updateTable('story_items').set({ story_id: into, joined_at: now }).where('story_id', '=', from).execute();
  await db
    .insertInto('story_topics')
    .columns(['story_id', 'topic_key', 'matched_at'])
    .expression(
      db
        .selectFrom('story_topics')
        .select([sql<string>`cast(${into} as text)`.as('story_id'), 'topic_key', 'matched_at'])
        .where('story_id', '=', from),
    )
    .onConflict((oc) => oc.columns(['story_id', 'topic_key']).doNothing())
    .execute();
  await db.deleteFrom('story_topics').where('story_id', '=', from).execute();
  await db.deleteFrom('stories').where('id', '=', from).execute();
}
