import type { Db } from './open-store.ts';
import type { ItemRow } from './schema.ts';

export interface KnownKeys {
  guids: Set<string>;
  links: Set<string>;
  hashes: Set<string>;
  /** guid → link of stored items, to notice a feed whose guids change under stable links. */
  linkByGuid: Map<string, string | null>;
}

/** One query per poll: which of these keys has this source already produced? */
export async function findKnownKeys(
  db: Db,
  sourceId: string,
  keys: { guids: string[]; links: string[]; hashes: string[] },
): Promise<KnownKeys> {
  const known: KnownKeys = { guids: new Set(), links: new Set(), hashes: new Set(), linkByGuid: new Map() };
  const chunk = 300; // stay far below SQLite's bound-parameter limit
  const lists: [keyof typeof keys, 'guid' | 'link' | 'hash'][] = [['guids', 'guid'], ['links', 'link'], ['hashes', 'hash']];
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
        if (r.guid) {
          known.guids.add(r.guid);
          known.linkByGuid.set(r.guid, r.link);
        }
        if (r.link) known.links.add(r.link);
        known.hashes.add(r.hash);
      }
    }
  }
  return known;
}

export async function insertItems(db: Db, rows: ItemRow[]): Promise<void> {
  // One row per statement: the SQL text never changes, so its prepared statement is cached,
  // and SQLite inserts single rows faster than multi-row VALUES lists.
  for (const row of rows) {
    await db.insertInto('items').values(row).onConflict((oc) => oc.column('id').doNothing()).execute();
  }
}

export async function countItems(db: Db, sourceId?: string): Promise<number> {
  let q = db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n'));
  if (sourceId) q = q.where('source_id', '=', sourceId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}
