import { CompiledQuery, PostgresAdapter, sql } from 'kysely';
import type { Db } from './open-store.ts';
import type { ItemRow } from './schema.ts';

export interface KnownKeys {
  guids: Set<string>;
  links: Set<string>;
  hashes: Set<string>;
  /** `datedKey(title, published_at)` of the source's items with one of the titles asked about. */
  dated: Set<string>;
}

/** One query per poll: which of these keys has this source already produced? */
export async function findKnownKeys(
  db: Db,
  sourceId: string,
  keys: { guids: string[]; links: string[]; hashes: string[]; titles?: string[] },
): Promise<KnownKeys> {
  const known: KnownKeys = { guids: new Set(), links: new Set(), hashes: new Set(), dated: new Set() };
  const chunk = 300; // stay far below SQLite's bound-parameter limit
  const lists: [keyof typeof keys, 'guid' | 'link' | 'hash'][] = [
    ['guids', 'guid'],
    ['links', 'link'],
    ['hashes', 'hash'],
  ];
  for (const [list, column] of lists) {
    const values = [...new Set(keys[list])];
    for (let i = 0; i < values.length; i += chunk) {
      const rows = await db
        .selectFrom('items')
        .select(['guid', 'link', 'hash'])
        .where('source_id', '=', sourceId)
        .where(column, 'in', values.slice(i, i + chunk))
        .execute();
      for (const r of rows) {
        if (r.guid) known.guids.add(r.guid);
        if (r.link) known.links.add(r.link);
        known.hashes.add(r.hash);
      }
    }
  }
  const titles = [...new Set(keys.titles ?? [])];
  for (let i = 0; i < titles.length; i += chunk) {
    const rows = await db
      .selectFrom('items')
      .select(['title', 'published_at'])
      .where('source_id', '=', sourceId)
      .where('title', 'in', titles.slice(i, i + chunk))
      .execute();
    for (const r of rows) known.dated.add(datedKey(r.title, r.published_at));
  }
  return known;
}

/** An item's last-resort identity within its source (the outlet): its title and publication time. */
export const datedKey = (title: string, publishedAt: number) => `${title}\u0000${publishedAt}`;

const ITEM_COLUMNS = [
  'id',
  'source_id',
  'guid',
  'link',
  'hash',
  'title',
  'summary',
  'published_at',
  'first_seen_at',
  'outlet',
] as const satisfies readonly (keyof ItemRow)[];
/** The insert's SQL per dialect, compiled once by Kysely (so it stays dialect-neutral). */
const insertSql = new WeakMap<object, string>();

/**
 * Inserts new items, one row per statement: the SQL text never changes, so the store's
 * prepared statement is reused, and SQLite inserts single rows faster than long VALUES lists.
 * This is the hottest write of a poll, so the query is built once and only parameters change.
 */
export async function insertItems(db: Db, rows: ItemRow[]): Promise<void> {
  if (!rows.length) return;
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof PostgresAdapter) {
    // Over a network every statement is a round trip: many rows per statement instead.
    for (let i = 0; i < rows.length; i += 500) {
      await db
        .insertInto('items')
        .values(rows.slice(i, i + 500))
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    return;
  }
  let sql = insertSql.get(adapter);
  if (!sql) {
    const template = Object.fromEntries(ITEM_COLUMNS.map((c) => [c, null])) as unknown as ItemRow;
    sql = db
      .insertInto('items')
      .values(template)
      .onConflict((oc) => oc.column('id').doNothing())
      .compile().sql;
    insertSql.set(adapter, sql);
  }
  for (const row of rows)
    await db.executeQuery(
      CompiledQuery.raw(
        sql,
        ITEM_COLUMNS.map((c) => row[c]),
      ),
    );
}

export async function countItems(db: Db, sourceId?: string): Promise<number> {
  let q = db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n'));
  if (sourceId) q = q.where('source_id', '=', sourceId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The newest items whose title or summary contains any of `names` (case-insensitive), with
 * their outlet and the story each is in, if any: a deal's candidate history.
 */
export async function itemsMentioning(db: Db, names: string[], limit: number) {
  const patterns = names.map((n) => `%${n.toLowerCase().replace(/[%_\\]/g, '')}%`);
  if (!patterns.length) return [];
  return db
    .selectFrom('items')
    .innerJoin('sources', 'sources.id', 'items.source_id')
    .leftJoin('story_items', 'story_items.item_id', 'items.id')
    .select([
      'items.id',
      'items.source_id',
      'sources.name as source_name',
      'items.outlet',
      'items.guid',
      'items.link',
      'items.title',
      'items.summary',
      'items.published_at',
      'items.first_seen_at',
      'story_items.story_id',
    ])
    .where((eb) => eb.or(patterns.map((n) => eb(sql`lower(items.title || ' ' || items.summary)`, 'like', n))))
    .orderBy('items.published_at', 'desc')
    .limit(limit)
    .execute();
}
