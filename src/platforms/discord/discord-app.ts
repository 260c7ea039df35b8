import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type ModalSubmitInteraction,
} from 'discord.js';
import { formValues } from '../../commands/declare.ts';
import { actionLine } from '../../formatting/alert-actions.ts';
import { formModal, formOf } from './discord-forms.ts';
import type { Answer, CommandContext } from '../../commands/answer.ts';
import { describeError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import type { Db } from '../../store/open-store.ts';
import { completions, declarationOf, type CommandRequest } from '../../commands/run-command.ts';
import { DISCORD_COMMANDS } from './command-definitions.ts';
import type { DiscordEnv } from './discord-env.ts';
import { DiscordSender } from './discord-sender.ts';
import { BUTTON_PREFIX, renderAnswerEmbeds } from './render-embeds.ts';

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

  type Repliable = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;
  /** Who is asking, and whether they may change the server's setup (re-checked on every interaction). */
  const contextOf = (i: Repliable & { guildId: string }): CommandContext => ({
    platform: 'discord',
    team: i.guildId,
    channel: i.channelId ?? '',
    user: i.user.id,
    isAdmin: !!i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) || admins.has(i.user.id),
  });

  /** Runs a request through the core and answers the interaction: at once, or deferred when slow. */
  const answer = async (
    i: Repliable & { guildId: string },
    request: CommandRequest,
    what: string,
    { privately = false } = {},
  ) => {
    const run = opts.ask(contextOf(i), request).catch((e: unknown): Answer => {
      const { code, message } = describeError(e);
      log.error({ guild: i.guildId, command: what, code, err: message }, 'Discord request failed');
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
      await i.reply({
        ...payload(first),
        ...(first.ephemeral || privately ? { flags: MessageFlags.Ephemeral } : {}),
      });
      return;
    }
    // Slow (a feed being fetched for add-source): acknowledge within 3 s, answer when ready.
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    await i.editReply(payload(await run));
  };

  const notInServer = (i: Repliable) =>
    i.reply({ content: 'newsbot works in servers: run this in a channel of yours.', flags: MessageFlags.Ephemeral });

  const onCommand = async (i: ChatInputCommandInteraction) => {
    if (!i.inGuild()) return void (await notInServer(i));
    // Typed options reach the core as values, checked there by the subcommand's declaration.
    const values: Record<string, string | number> = {};
    for (const o of i.options.data[0]?.options ?? [])
      if (typeof o.value === 'string' || typeof o.value === 'number') values[o.name] = o.value;
    const request = { command: i.commandName, subcommand: i.options.getSubcommand(), values };
    // A subcommand with a form, run without any option, opens the form (for whoever may use it).
    const form = declarationOf(request.command, request.subcommand);
    if (form?.form && !Object.keys(values).length && (!form.admin || contextOf(i).isAdmin)) {
      await i.showModal(formModal(form) as never);
      return;
    }
    await answer(i, request, `${request.command} ${request.subcommand}`);
  };

  // The buttons under an alert: each runs its slash command for the alert's topic, in the
  // channel where it was pressed, with the same permission checks; answered to the presser alone.
  const onButton = async (i: ButtonInteraction) => {
    if (!i.inGuild()) return void (await notInServer(i));
    const [name = '', ...topic] = i.customId.slice(BUTTON_PREFIX.length).split(':');
    const line = actionLine(name, topic.join(':'));
    if (!line)
      return void (await i.reply({ content: 'newsbot does not know that button.', flags: MessageFlags.Ephemeral }));
    // A button's answer is for whoever pressed it, not the channel the alert is in.
    await answer(i, line, `button ${name}`, { privately: true });
  };

  const onForm = async (i: ModalSubmitInteraction) => {
    if (!i.inGuild()) return void (await notInServer(i));
    const which = formOf(i.customId);
    const spec = which && declarationOf(which.command, which.subcommand);
    if (!spec)
      return void (await i.reply({ content: 'newsbot does not know that form.', flags: MessageFlags.Ephemeral }));
    const answers: Record<string, string> = {};
    for (const o of spec.options) {
      try {
        answers[o.name] = i.fields.getTextInputValue(o.name);
      } catch {
        // not in the form (Discord sends only the fields it showed)
      }
    }
    await answer(
      i,
      { command: spec.command, subcommand: spec.name, values: formValues(spec, answers) },
      `${spec.command} ${spec.name} form`,
    );
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
    const handled = i.isChatInputCommand()
      ? onCommand(i)
      : i.isAutocomplete()
        ? onAutocomplete(i)
        : i.isButton() && i.customId.startsWith(BUTTON_PREFIX)
          ? onButton(i)
          : i.isModalSubmit()
            ? onForm(i)
            : undefined;
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
