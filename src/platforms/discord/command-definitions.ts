import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { OptionSpec } from '../../commands/declare.ts';
import { SLASH_COMMANDS } from '../../commands/run-command.ts';

type Option = NonNullable<RESTPostAPIChatInputApplicationCommandsJSONBody['options']>[number];

/**
 * A declared option as Discord types it: topic and deal ids autocomplete from the server's
 * topics. The options of a subcommand with a form are all optional on Discord: run without
 * any, it opens its form (a modal); run with some, the core asks for what is missing.
 */
function optionJson(o: OptionSpec, form = false): Option {
  const base = { name: o.name, description: o.description, ...(o.required && !form ? { required: true } : {}) };
  if (o.type === 'integer')
    return {
      ...base,
      type: ApplicationCommandOptionType.Integer,
      ...(o.min !== undefined ? { min_value: o.min } : {}),
      ...(o.max !== undefined ? { max_value: o.max } : {}),
    };
  return {
    ...base,
    type: ApplicationCommandOptionType.String,
    ...(o.type === 'topic' || o.type === 'deal' ? { autocomplete: true } : {}),
    ...(o.maxLength !== undefined ? { max_length: o.maxLength } : {}),
  };
}

// Discord lists required options first, and refuses a command whose optional option comes before a required one.
const subcommands = (command: 'news' | 'deal'): Option[] =>
  SLASH_COMMANDS.filter((s) => s.command === command).map(
    (s) =>
      ({
        type: ApplicationCommandOptionType.Subcommand,
        name: s.name,
        description: s.summary,
        options: s.options.map((o) => optionJson(o, !!s.form)),
      }) as Option,
  );

/**
 * The slash commands as Discord registers them, derived from the declarations in commands/.
 * `/news` changes a server's setup, so only members with Manage Server see it by default
 * (server admins can open it up under Integrations; the declared admin subcommands re-check
 * Manage Server anyway). `/deal` is for everyone; `/deal track` re-checks Manage Server.
 * Discord has no per-subcommand default permissions.
 */
export const DISCORD_COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    name: 'news',
    description: 'Follow news topics in this channel',
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    contexts: [0],
    options: subcommands('news'),
  },
  {
    name: 'deal',
    description: 'Where a watched deal stands',
    contexts: [0],
    options: subcommands('deal'),
  },
];
