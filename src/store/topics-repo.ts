import { lockConfigSync, type Db } from './open-store.ts';
import type { TopicRow } from './schema.ts';
import type { DealSpec } from './schema.ts';

/** Config topics belong to every team; they are stored under this team key. */
export const ALL_TEAMS = '*';

export async function syncConfigTopics(
  db: Db,
  topics: { id: string; name: string; query: string; deal?: DealSpec | null }[],
  now: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockConfigSync(trx);
    const wanted = topics.map((t) => t.id);
    let gone = trx.deleteFrom('topics').where('team', '=', ALL_TEAMS).where('origin', '=', 'config');
    if (wanted.length) gone = gone.where('id', 'not in', wanted);
    await gone.execute();
    // An upsert, not delete-then-insert: processes of a cluster starting together each sync the
    // config, and on Postgres the second one's delete cannot see the rows the first inserted, so
    // its insert hit topics_pk and that process exited.
    for (const t of topics) {
      const row = {
        name: t.name,
        query: t.query,
        origin: 'config',
        created_at: now,
        deal: t.deal ? JSON.stringify(t.deal) : null,
      };
      await trx
        .insertInto('topics')
        .values({ team: ALL_TEAMS, id: t.id, ...row })
        .onConflict((oc) => oc.columns(['team', 'id']).doUpdateSet(row))
        .execute();
    }
  });
}

/** Every topic across all teams: what the matcher compiles. */
export async function listAllTopics(db: Db): Promise<TopicRow[]> {
  return db.selectFrom('topics').selectAll().orderBy('team').orderBy('id').execute();
}

/** What one team may see: the config catalogue plus its own topics. */
export async function listTopicsForTeam(db: Db, team: string): Promise<TopicRow[]> {
  return db.selectFrom('topics').selectAll().where('team', 'in', [ALL_TEAMS, team]).orderBy('id').execute();
}

export async function findTopicForTeam(db: Db, team: string, id: string): Promise<TopicRow | undefined> {
  const rows = await db
    .selectFrom('topics')
    .selectAll()
    .where('id', '=', id)
    .where('team', 'in', [ALL_TEAMS, team])
    .execute();
  // A team's own topic shadows a catalogue topic of the same id.
  return rows.find((r) => r.team === team) ?? rows[0];
}

/** A team's own topic (/news watch); a second watch of the same name changes its query. */
export async function upsertTeamTopic(
  db: Db,
  t: { team: string; id: string; name: string; query: string; deal?: string | null },
  now: number,
): Promise<{ created: boolean }> {
  if (t.team === ALL_TEAMS) throw new Error('team topics need a team');
  const existing = await db
    .selectFrom('topics')
    .select('id')
    .where('team', '=', t.team)
    .where('id', '=', t.id)
    .executeTakeFirst();
  if (existing) {
    await db
      .updateTable('topics')
      .set({ name: t.name, query: t.query, ...(t.deal !== undefined ? { deal: t.deal } : {}) })
      .where('team', '=', t.team)
      .where('id', '=', t.id)
      .execute();
    return { created: false };
  }
  await db
    .insertInto('topics')
    .values({ ...t, origin: 'command', created_at: now })
    .execute();
  return { created: true };
}

/** Removes a team's own topic and the team's subscriptions to it; undefined when none. */
export async function removeTeamTopic(
  db: Db,
  team: string,
  id: string,
): Promise<{ subscriptions: number } | undefined> {
  if (team === ALL_TEAMS) return undefined;
  return db.transaction().execute(async (trx) => {
    const res = await trx.deleteFrom('topics').where('team', '=', team).where('id', '=', id).executeTakeFirst();
    if (!Number(res.numDeletedRows)) return undefined;
    // A catalogue topic of the same id, if any, takes over the subscriptions instead.
    const shadowed = await trx
      .selectFrom('topics')
      .select('id')
      .where('team', '=', ALL_TEAMS)
      .where('id', '=', id)
      .executeTakeFirst();
    if (shadowed) return { subscriptions: 0 };
    const subs = await trx
      .deleteFrom('subscriptions')
      .where('team', '=', team)
      .where('topic_id', '=', id)
      .executeTakeFirst();
    return { subscriptions: Number(subs.numDeletedRows) };
  });
}
