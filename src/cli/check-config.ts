import path from 'node:path';
import { buildSpecs as validateConfig } from '../config/build-specs.ts';
import { loadCheckedConfig } from '../topics/load-checked-config.ts';
import { readDiscordEnv } from '../platforms/discord/discord-env.ts';
import { readSlackEnv } from '../platforms/slack/slack-env.ts';
import type { CliContext } from './context.ts';

/** `newsbot check-config`: every problem at once, or OK with what would run. */
export async function run({ configPath, io, say }: CliContext): Promise<number> {
  const loaded = loadCheckedConfig(configPath, io.env);
  const specs = validateConfig(loaded);
  // The environment is checked before anything is called OK (a half-set Discord or Slack is an error).
  const slack = readSlackEnv(io.env);
  const discord = readDiscordEnv(io.env);
  say(
    `${path.relative(io.cwd, configPath) || configPath}: OK — ${specs.sources.length} sources, ${specs.topics.length} topics, ${specs.subscriptions.length} subscriptions`,
  );
  say(
    `Slack: ${slack ? { socket: 'Socket Mode, one workspace', http: 'HTTP mode, one workspace', oauth: 'HTTP mode, OAuth installs' }[slack.mode] : 'off (no SLACK_* variables)'}`,
  );
  say(`Discord: ${discord ? 'on (gateway, Guilds intent)' : 'off (no DISCORD_* variables)'}`);
  return 0;
}
