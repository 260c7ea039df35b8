import { buildApp, loadCheckedConfig } from '../app.ts';
import type { Alert } from '../alerts/alert.ts';
import { formatConsoleAlert } from '../platforms/console/console-platform.ts';
import { getOutbox, markSent } from '../store/outbox-repo.ts';
import { listSources } from '../store/sources-repo.ts';
import type { CliContext } from './context.ts';

/** `newsbot once [--json]`: poll every source once, print the alerts produced, exit. */
export async function run({ flags, configPath, io, log, say }: CliContext): Promise<number> {
  const app = await buildApp(loadCheckedConfig(configPath, io.env), { log });
  try {
    const outcomes = await app.scheduler.pollAll(await listSources(app.db));
    const ids = outcomes.flatMap((o) => (o.status === 'not-modified' ? [] : o.outbox));
    const rows = await getOutbox(app.db, ids);
    for (const row of rows) {
      const alert = JSON.parse(row.payload) as Alert;
      say(
        formatConsoleAlert(
          { outboxId: row.id, platform: row.platform, team: row.team, channel: row.channel, alert },
          flags.json ? 'json' : 'text',
        ),
      );
      if (row.platform === 'console') await markSent(app.db, row.id, row.id, Date.now());
    }
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    log.info({ sources: outcomes.length, failed, alerts: rows.length }, 'poll finished');
    return 0;
  } finally {
    await app.close();
  }
}
