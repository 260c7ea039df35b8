import type { CommandContext } from '../commands/answer.ts';
import { onlyReads, runCommand } from '../commands/run-command.ts';
import { openReadOnlyStore } from '../commands/read-only-store.ts';
import { jsonLine, renderAnswerText } from '../platforms/console/render-text.ts';
import { loadCheckedConfig } from '../topics/load-checked-config.ts';
import { UsageError, flagString, type CliContext } from './context.ts';

/**
 * `newsbot ask "/news …"`: one slash command, answered as the console (or --platform) team. A
 * command that only reads opens the store read-only and loads nothing else (no fetcher, no
 * scheduler), so it answers at once and never waits for a running `start`; one that changes
 * the setup builds the app, whose writes wait for the writer with a bounded busy timeout.
 */
export async function run(ctx: CliContext): Promise<number> {
  const { args, flags, configPath, io, log, say } = ctx;
  const line = args.join(' ');
  if (!line.startsWith('/')) throw new UsageError('ask needs a slash command in quotes: newsbot ask "/news topics"');
  const who: CommandContext = {
    platform: flagString(ctx, 'platform') ?? 'console',
    team: flagString(ctx, 'team') ?? 'default',
    channel: flagString(ctx, 'channel') ?? 'general',
    user: 'cli',
    isAdmin: true,
  };
  const loaded = loadCheckedConfig(configPath, io.env);
  let answer;
  if (onlyReads(line)) {
    const store = await openReadOnlyStore(loaded, Date.now());
    try {
      if (store.configChanged)
        log.warn(
          'the config file changed since newsbot last ran; this answer is from the store (start or once applies the file)',
        );
      answer = await runCommand(
        { db: store.db, clock: Date.now, timezone: loaded.config.settings.timezone },
        who,
        line,
      );
    } finally {
      await store.db.destroy();
    }
  } else {
    const { buildApp } = await import('../app.ts');
    const app = await buildApp(loaded, { log, parseWorkers: 0 });
    try {
      answer = await app.ask(who, line);
    } finally {
      await app.close();
    }
  }
  say(flags.json ? jsonLine(answer.data !== undefined ? answer.data : answer) : renderAnswerText(answer));
  return answer.ok ? 0 : 2;
}
