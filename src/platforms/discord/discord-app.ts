import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { Answer, CommandContext } from '../../commands/answer.ts';
import { describeError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import type { Db } from '../../store/open-store.ts';
import { completions, type CommandRequest } from '../../commands/run-command.ts';
import { DISCORD_COMMANDS } from './command-definitions.ts';
import type { DiscordEnv } from './discord-env.ts';
import { DiscordSender } from './discord-sender.ts';
import { renderAnswerEmbeds } from './render-embeds.ts';

export interface DiscordPlatformOptions {
  env: DiscordEnv;
  db: Db;
  log: Logger;
  ask: (ctx: CommandContext, request: CommandRequest) => Promise<Answer>;
  /** User ids allowed to change any server's setup besides members with Manage Server. */
  admins?: string[];
  /** Answer directly if the command takes less than this; else defer first (Discord allows 3 s). */
  replyWithinMs?: number;
}

export interface DiscordPlatform {
  client: Client;
  sender: DiscordSender;
  stop(): Promise<void>;
}

/** A discord.js client for our env: the Guilds intent only (no privileged intents). */
export function discordClient(env: DiscordEnv): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { ...(env.apiUrl ? { api: env.apiUrl } : {}), timeout: 15_000 },
  });
  // Delivery uses REST only, so it works while the gateway (re)connects.
  client.rest.setToken(env.token);
  return client;
}

/** Registers /news and /deal globally, or in one server (instant, for testing). */
export async function registerCommands(env: DiscordEnv, guildId?: string): Promise<{ registered: string[] }> {
  const client = discordClient(env);
  try {
    const route = guildId
      ? Routes.applicationGuildCommands(env.applicationId, guildId)
      : Routes.applicationCommands(env.applicationId);
    const res = (await client.rest.put(route, { body: DISCORD_COMMANDS })) as { name: string }[];
    return { registered: res.map((c) => c.name) };
  } finally {
    await client.destroy();
  }
}

const sleep = (ms: number) => new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), ms).unref());

/**
 * Starts the Discord side of newsbot: the gateway client answering slash commands and
 * autocompletion, and the sender that posts alerts.
 */
export async function startDiscord(opts: DiscordPlatformOptions): Promise<DiscordPlatform> {
  const { env, log } = opts;
  const client = discordClient(env);
  const sender = new DiscordSender({ rest: client.rest, log });
  const admins = new Set(opts.admins ?? []);
  const replyWithin = opts.replyWithinMs ?? 2_000;

  const onCommand = async (i: ChatInputCommandInteraction) => {
    if (!i.inGuild()) {
      await i.reply({
        content: 'newsbot works in servers: run this in a channel of yours.',
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    // Typed options reach the core as values, checked there by the subcommand's declaration.
    const values: Record<string, string | number> = {};
    for (const o of i.options.data[0]?.options ?? [])
      if (typeof o.value === 'string' || typeof o.value === 'number') values[o.name] = o.value;
    const request = { command: i.commandName, subcommand: i.options.getSubcommand(), values };
    // Re-checked here: admins can override the default permissions of a command.
    const isAdmin = !!i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) || admins.has(i.user.id);
    const ctx: CommandContext = {
      platform: 'discord',
      team: i.guildId,
      channel: i.channelId,
      user: i.user.id,
      isAdmin,
    };
    const run = opts.ask(ctx, request).catch((e: unknown): Answer => {
      const { code, message } = describeError(e);
      log.error(
        { guild: i.guildId, command: `${request.command} ${request.subcommand}`, code, err: message },
        'slash command failed',
      );
      return {
        ok: false,
        ephemeral: true,
        title: `newsbot could not answer: ${message}`,
        sections: [{ lines: [{ text: 'Try again in a moment; if it keeps failing, the bot log has the details.' }] }],
      };
    });
    const first = await Promise.race([run, sleep(replyWithin)]);
    const payload = (a: Answer) => ({ ...renderAnswerEmbeds(a), allowedMentions: { parse: [] } });
    if (first !== 'late') {
      await i.reply({ ...payload(first), ...(first.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
      return;
    }
    // Slow (a feed being fetched for add-source): acknowledge within 3 s, answer when ready.
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    await i.editReply(payload(await run));
  };

  const onAutocomplete = async (i: AutocompleteInteraction) => {
    if (!i.inGuild()) return i.respond([]);
    const focused = i.options.getFocused(true);
    const choices = await completions({ db: opts.db }, i.guildId, {
      command: i.commandName,
      subcommand: i.options.getSubcommand(),
      option: focused.name,
      typed: String(focused.value),
    });
    await i.respond(choices);
  };

  client.on(Events.InteractionCreate, (i: Interaction) => {
    const handled = i.isChatInputCommand() ? onCommand(i) : i.isAutocomplete() ? onAutocomplete(i) : undefined;
    handled?.catch((e: Error) => log.error({ err: e.message }, 'could not answer a Discord interaction'));
  });
  client.on(Events.Error, (e) => log.error({ err: e.message }, 'Discord client error'));
  client.on(Events.ShardDisconnect, (_e, shard) => log.warn({ shard }, 'Discord gateway disconnected; reconnecting'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(env.token);
  } catch (e) {
    await client.destroy();
    throw new Error(
      `Discord refused to connect (${(e as Error).message}); check DISCORD_TOKEN, and that the bot was not reset in the Developer Portal`,
    );
  }
  await ready;
  log.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size },
    'Discord connected over the gateway (Guilds intent)',
  );
  return {
    client,
    sender,
    stop: async () => {
      await client.destroy();
    },
  };
}
