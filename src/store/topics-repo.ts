import type { Db } from './open-store.ts';
import type { TopicRow } from './schema.ts';

/** Config topics belong to every team; they are stored under this team key. */
export const ALL_TEAMS = '*';

export async function syncConfigTopics(db: Db, topics: { id: string; name: string; query: string }[], now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('topics').where('team', '=', ALL_TEAMS).where('origin', '=', 'config').execute();
    for (const t of topics) {
      await trx
        .insertInto('topics')
        .values({ team: ALL_TEAMS, id: t.id, name: t.name, query: t.query, origin: 'config', created_at: now })
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
  const rows = await db.selectFrom('topics').selectAll().where('id', '=', id).where('team', 'in', [ALL_TEAMS, team]).execute();
  // A team's own topic shadows a catalogue topic of the same id.
  return rows.find((r) => r.team === team) ?? rows[0];
}
