import { buildApp, loadCheckedConfig } from '../app.ts';
import type { Alert } from '../alerts/alert.ts';
import { formatConsoleAlert } from '../platforms/console/console-platform.ts';
import { getOutbox, markSent, pendingOutbox } from '../store/outbox-repo.ts';
import { listSources } from '../store/sources-repo.ts';
import type { CliContext } from './context.ts';

/**
 * `newsbot once [--json]`: poll every source once, print the alerts produced, exit. A console
 * alert is marked sent only once its line has been written out; when the output closes (`| head
 * -1`), the run stops with exit 1 and what was not printed stays pending. Console alerts an
 * earlier run saved but never printed (it was killed, or its output closed) are printed first.
 */
export async function run({ flags, configPath, io, log }: CliContext): Promise<number> {
  const app = await buildApp(loadCheckedConfig(configPath, io.env), { log });
  const out = io.stdout;
  let closed: Error | undefined;
  // A closed pipe is reported as an 'error' event; without a listener it would crash the process.
  const onError = (e: Error) => (closed ??= e);
  out.on('error', onError);
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (closed) return reject(closed);
      out.write(`${text}\n`, (err) => (err ? reject(err) : resolve()));
    });
  try {
    const earlier = await pendingOutbox(app.db, 'console');
    const outcomes = await app.scheduler.pollAll(await listSources(app.db));
    const ids = outcomes.flatMap((o) => (o.status === 'not-modified' ? [] : o.outbox));
    const known = new Set(earlier.map((r) => r.id));
    const rows = [...earlier, ...(await getOutbox(app.db, ids)).filter((r) => !known.has(r.id))];
    let printed = 0;
    for (const row of rows) {
      const alert = JSON.parse(row.payload) as Alert;
      const line = formatConsoleAlert(
        { outboxId: row.id, platform: row.platform, team: row.team, channel: row.channel, alert },
        flags.json ? 'json' : 'text',
      );
      try {
        await write(line);
      } catch (e) {
        io.stderr.write(
          `newsbot: output closed after ${printed} of ${rows.length} alerts (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the ${rows.length - printed} not printed stay pending, and the next once prints them\n`,
        );
        return 1;
      }
      printed++;
      if (row.platform === 'console') await markSent(app.db, row.id, row.id, Date.now());
    }
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    log.info(
      { sources: outcomes.length, failed, alerts: rows.length, fromEarlierRuns: earlier.length },
      'poll finished',
    );
    return 0;
  } finally {
    out.off('error', onError);
    await app.close();
  }
}
