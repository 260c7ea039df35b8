import type { Db } from './open-store.ts';

/** Slack installations, sealed by the caller (platforms/slack/installation-store.ts). */
export async function saveSlackInstallation(
  db: Db,
  row: { id: string; team_id: string | null; enterprise_id: string | null; data: string },
  now: number,
): Promise<void> {
  await db
    .insertInto('slack_installations')
    .values({ ...row, created_at: now, updated_at: now })
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet({ data: row.data, team_id: row.team_id, enterprise_id: row.enterprise_id, updated_at: now }),
    )
    .execute();
}

export async function deleteSlackInstallation(db: Db, id: string): Promise<void> {
  await db.deleteFrom('slack_installations').where('id', '=', id).execute();
}

export async function sealedSlackInstallation(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('slack_installations').select('data').where('id', '=', id).executeTakeFirst())?.data;
}
