import type { Db } from './open-store.ts';
import type { Database } from './schema.ts';

/** Every table of the store, and the columns that identify a row (for paging and re-runs). */
const TABLES: { [T in keyof Database]: (keyof Database[T] & string)[] } = {
  meta: ['key'],
  sources: ['id'],
  items: ['id'],
  topics: ['team', 'id'],
  subscriptions: ['id'],
  stories: ['id'],
  story_items: ['item_id'],
  story_topics: ['story_id', 'topic_key'],
  digest_queue: ['subscription_id', 'story_id'],
  outbox: ['id'],
  deal_states: ['topic_key'],
  slack_installations: ['id'],
  send_slots: ['key'],
  post_evidence: ['outbox_id'],
  chat_changes: ['subscription_id'],
};

export interface CopyReport {
  table: string;
  rows: number;
}

/**
 * Copies a store into another (a single-node SQLite install into Postgres): every table, in
 * pages, keeping ids, so outbox rows keep their identity and nothing is alerted again.
 * Refuses a target that already holds sources or items. Re-running after a failure is safe:
 * rows already copied are skipped.
 */
export async function copyStore(
  from: Db,
  to: Db,
  opts: { batch?: number; allowNonEmpty?: boolean; onTable?: (r: CopyReport) => void } = {},
): Promise<CopyReport[]> {
  const batch = opts.batch ?? 500;
  if (!opts.allowNonEmpty) {
    for (const t of ['sources', 'items', 'outbox'] as const) {
      const row = await to
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      if (Number(row.n) > 0)
        throw new Error(
          `the target store already holds ${t}; copy into an empty database (or pass --force to merge, skipping rows it has)`,
        );
    }
  }
  const reports: CopyReport[] = [];
  for (const [table, key] of Object.entries(TABLES) as [keyof Database, string[]][]) {
    let copied = 0;
    for (let offset = 0; ; offset += batch) {
      let q = from.selectFrom(table).selectAll();
      for (const k of key) q = q.orderBy(k as never);
      const rows = (await q.limit(batch).offset(offset).execute()) as Record<string, unknown>[];
      if (!rows.length) break;
      await to
        .insertInto(table)
        .values(rows as never)
        .onConflict((oc) => oc.columns(key as never).doNothing())
        .execute();
      copied += rows.length;
      if (rows.length < batch) break;
    }
    const report = { table, rows: copied };
    reports.push(report);
    opts.onTable?.(report);
  }
  return reports;
}
