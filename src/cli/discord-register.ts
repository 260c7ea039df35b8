import { registerCommands } from '../platforms/discord/discord-app.ts';
import { readDiscordEnv } from '../platforms/discord/discord-env.ts';
import { UsageError, flagString, type CliContext } from './context.ts';

/** `newsbot discord register [--guild ID]`: /news and /deal, in one server or globally. */
export async function run(ctx: CliContext): Promise<number> {
  const env = readDiscordEnv(ctx.io.env);
  if (!env)
    throw new UsageError(
      'discord register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (in the environment or .env)',
    );
  const guild = flagString(ctx, 'guild');
  if (guild !== undefined && !/^\d{15,22}$/.test(guild))
    throw new UsageError(`--guild takes a server id (a number), not "${guild}"`);
  const { registered } = await registerCommands(env, guild);
  ctx.say(
    `Registered ${registered.map((n) => `/${n}`).join(' and ')} ${guild ? `in server ${guild} (available now)` : 'globally (Discord may take up to an hour to show them everywhere)'}`,
  );
  return 0;
}
