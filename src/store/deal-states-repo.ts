import type { Db } from './open-store.ts';
import type { DealStatesTable } from './schema.ts';

/** The stage last recorded for each deal (topic key), so a change is alerted once. */
export async function getDealState(db: Db, key: string): Promise<DealStatesTable | undefined> {
  return db.selectFrom('deal_states').selectAll().where('topic_key', '=', key).executeTakeFirst();
}

/** Which of these deals have a recorded stage at all. */
export async function dealsWithState(db: Db, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  return new Set(
    (await db.selectFrom('deal_states').select('topic_key').where('topic_key', 'in', keys).execute()).map(
      (r) => r.topic_key,
    ),
  );
}

export async function saveDealState(db: Db, key: string, row: Omit<DealStatesTable, 'topic_key'>): Promise<void> {
  await db
    .insertInto('deal_states')
    .values({ topic_key: key, ...row })
    .onConflict((oc) => oc.column('topic_key').doUpdateSet(row))
    .execute();
}
