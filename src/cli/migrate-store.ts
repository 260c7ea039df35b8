import fs from 'node:fs';
import path from 'node:path';
import { copyStore } from '../store/migrate-store.ts';
import { isPostgresUrl, openStore } from '../store/open-store.ts';
import { UsageError, flagString, type CliContext } from './context.ts';

/** `newsbot migrate-store --from FILE.db --to postgres://…`: every table, ids kept. */
export async function run(ctx: CliContext): Promise<number> {
  const from = flagString(ctx, 'from');
  const to = flagString(ctx, 'to');
  const { io, say } = ctx;
  if (!from || !to) throw new UsageError('migrate-store needs --from ./data/newsbot.db --to postgres://user@host/db');
  if (isPostgresUrl(from) || !fs.existsSync(path.resolve(io.cwd, from)))
    throw new UsageError(`--from must be an existing SQLite file, not "${from}"`);
  if (!isPostgresUrl(to)) throw new UsageError(`--to must be a postgres:// URL`);
  const source = await openStore(from, io.cwd);
  try {
    const target = await openStore(to, io.cwd);
    try {
      const reports = await copyStore(source, target, {
        allowNonEmpty: ctx.flags.force === true,
        onTable: (r) => say(`  ${r.table}: ${r.rows} rows`),
      });
      say(
        `Copied ${reports.reduce((n, r) => n + r.rows, 0)} rows. Point newsbot at it with DATABASE_URL=${to.replace(/:[^:@/]*@/, ':***@')}`,
      );
    } finally {
      await target.destroy();
    }
  } finally {
    await source.destroy();
  }
  return 0;
}
