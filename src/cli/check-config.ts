import path from 'node:path';
import { buildSpecs, type ConfigSpecs } from '../config/build-specs.ts';
import { ConfigError, type ConfigProblem, type LoadedConfig } from '../config/load-config.ts';
import { describeError, isNewsbotError } from '../errors.ts';
import { describeSettingsKey, listChatChanges } from '../store/chat-changes-repo.ts';
import { openStoreForReading, type Db } from '../store/open-store.ts';
import { specSettingsKey, subscriptionId } from '../store/subscriptions-repo.ts';
import { loadCheckedConfig } from '../topics/load-checked-config.ts';
import { readDiscordEnv } from '../platforms/discord/discord-env.ts';
import { readSlackEnv } from '../platforms/slack/slack-env.ts';
import type { CliContext } from './context.ts';

/** Reads one platform's variables; a half-set platform is one more problem of the same run. */
function readEnv<T>(read: () => T, problems: ConfigProblem[]): T | undefined {
  try {
    return read();
  } catch (e) {
    if (!isNewsbotError(e, 'newsbot/bad-config')) throw e;
    problems.push({ file: 'environment (or .env)', key: '', message: e.message });
    return undefined;
  }
}

/** `newsbot check-config`: every problem of the file and the environment at once, or OK with what would run. */
export async function run({ configPath, io, say }: CliContext): Promise<number> {
  const problems: ConfigProblem[] = [];
  let specs: ReturnType<typeof buildSpecs> | undefined;
  let loaded: LoadedConfig | undefined;
  try {
    loaded = loadCheckedConfig(configPath, io.env);
    specs = buildSpecs(loaded);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    problems.push(...e.problems);
  }
  const slack = readEnv(() => readSlackEnv(io.env), problems);
  const discord = readEnv(() => readDiscordEnv(io.env), problems);
  if (problems.length || !specs || !loaded) throw new ConfigError(problems);
  say(
    `${path.relative(io.cwd, configPath) || configPath}: OK — ${specs.sources.length} sources, ${specs.topics.length} topics, ${specs.subscriptions.length} subscriptions`,
  );
  say(
    `Slack: ${slack ? { socket: 'Socket Mode, one workspace', http: 'HTTP mode, one workspace', oauth: 'HTTP mode, OAuth installs' }[slack.mode] : 'off (no SLACK_* variables)'}`,
  );
  say(`Discord: ${discord ? 'on (gateway, Guilds intent)' : 'off (no DISCORD_* variables)'}`);
  for (const line of await chatChangeLines(loaded, specs, io.cwd)) say(line);
  return 0;
}

/**
 * The config entries a team changed from chat, from the store (opened read-only, if it exists):
 * each at its line in the file, with what chat set and what the file says. An entry edited in
 * the file since is the file's again at the next start.
 */
async function chatChangeLines(loaded: LoadedConfig, specs: ConfigSpecs, cwd: string): Promise<string[]> {
  let db: Db | undefined;
  try {
    db = await openStoreForReading(loaded.config.database);
  } catch (e) {
    return [`Store: not read (${describeError(e).message}); chat changes to config entries are not shown`];
  }
  if (!db) return [];
  try {
    const changes = await listChatChanges(db);
    if (!changes.length) return [];
    const file = path.relative(cwd, loaded.file) || loaded.file;
    const index = new Map(specs.subscriptions.map((s, i) => [subscriptionId(s), i]));
    return [
      `Changed from chat (kept over the file until its entry is edited there):`,
      ...changes.map((c) => {
        const i = index.get(c.subscription_id);
        const at = i === undefined ? undefined : loaded.problemAt(['subscriptions', i], '');
        const where = at?.line ? `${file}:${at.line}: subscriptions[${i}]` : `${file}: (no longer listed)`;
        const spec = i === undefined ? undefined : specs.subscriptions[i];
        const edited = spec && specSettingsKey(spec) !== c.config_settings;
        return `  ${where} ${c.platform} ${c.team} #${c.channel} ${c.topic_id}: ${c.detail} by ${c.changed_by} on ${new Date(c.changed_at).toISOString().slice(0, 10)}; the file said ${describeSettingsKey(c.config_settings)}${edited || i === undefined ? ' — the file has changed this entry since: the next start applies the file' : ''}`;
      }),
    ];
  } finally {
    await db.destroy();
  }
}
