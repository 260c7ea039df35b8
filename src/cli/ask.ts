import { buildApp, loadCheckedConfig } from '../app.ts';
import type { CommandContext } from '../commands/answer.ts';
import { jsonLine, renderAnswerText } from '../platforms/console/render-text.ts';
import { UsageError, flagString, type CliContext } from './context.ts';

/** `newsbot ask "/news …"`: one slash command, answered as the console (or --platform) team. */
export async function run(ctx: CliContext): Promise<number> {
  const { args, flags, configPath, io, log, say } = ctx;
  const line = args.join(' ');
  if (!line.startsWith('/')) throw new UsageError('ask needs a slash command in quotes: newsbot ask "/news topics"');
  const app = await buildApp(loadCheckedConfig(configPath, io.env), { log, parseWorkers: 0 });
  try {
    const who: CommandContext = {
      platform: flagString(ctx, 'platform') ?? 'console',
      team: flagString(ctx, 'team') ?? 'default',
      channel: flagString(ctx, 'channel') ?? 'general',
      user: 'cli',
      isAdmin: true,
    };
    const answer = await app.ask(who, line);
    say(flags.json ? jsonLine(answer.data !== undefined ? answer.data : answer) : renderAnswerText(answer));
    return answer.ok ? 0 : 2;
  } finally {
    await app.close();
  }
}
