import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

type Option = NonNullable<RESTPostAPIChatInputApplicationCommandsJSONBody['options']>[number];

const topic = (description = 'topic id (see /news topics)'): Option => ({
  type: ApplicationCommandOptionType.String,
  name: 'topic',
  description,
  required: true,
  autocomplete: true,
});
const deal = (): Option => ({
  type: ApplicationCommandOptionType.String,
  name: 'deal',
  description: 'deal id (see /deal list)',
  required: true,
  autocomplete: true,
});
const sub = (name: string, description: string, options: Option[] = []): Option =>
  ({ type: ApplicationCommandOptionType.Subcommand, name, description, options }) as Option;

/**
 * The slash commands as Discord registers them. `/news` changes a server's setup, so only
 * members with Manage Server see it by default (server admins can open it up under
 * Integrations; the setup subcommands re-check Manage Server anyway). `/deal` is for everyone;
 * `/deal track` re-checks Manage Server. Discord has no per-subcommand default permissions.
 */
export const DISCORD_COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    name: 'news',
    description: 'Follow news topics in this channel',
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    contexts: [0],
    options: [
      sub('help', 'the commands'),
      sub('topics', 'topics this server can subscribe to'),
      sub('latest', 'the latest stories about a topic', [topic()]),
      sub('subscribe', 'alert this channel about a topic', [
        topic(),
        {
          type: ApplicationCommandOptionType.String,
          name: 'digest',
          description: 'cron schedule for one digest instead, e.g. 0 9 * * 1-5',
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'tz',
          description: 'time zone of the digest, e.g. Europe/Paris',
        },
        {
          type: ApplicationCommandOptionType.Integer,
          name: 'min-sources',
          description: 'alert once this many outlets report a story',
          min_value: 1,
          max_value: 20,
        },
      ]),
      sub('unsubscribe', 'stop alerting this channel about a topic', [topic()]),
      sub('mute', 'silence a topic in this channel for a while', [
        topic(),
        {
          type: ApplicationCommandOptionType.String,
          name: 'duration',
          description: 'e.g. 2h, 1d (1m to 90d)',
          required: true,
        },
      ]),
      sub('unmute', 'end a mute', [topic()]),
      sub('list', "this server's subscriptions"),
      sub('sources', 'the feeds being polled and their health'),
      sub('watch', 'add a topic of this server', [
        {
          type: ApplicationCommandOptionType.String,
          name: 'name',
          description: 'e.g. Adobe Figma',
          required: true,
          max_length: 60,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'query',
          description: 'e.g. Adobe AND Figma',
          required: true,
          max_length: 500,
        },
      ]),
      sub('unwatch', "remove one of this server's own topics", [topic()]),
      sub('add-source', 'poll another RSS, Atom or JSON feed', [
        {
          type: ApplicationCommandOptionType.String,
          name: 'url',
          description: 'https://…',
          required: true,
          max_length: 2000,
        },
      ]),
      sub('resume', 'resume alerts in this channel after newsbot was paused here'),
    ],
  },
  {
    name: 'deal',
    description: 'Where a watched deal stands',
    contexts: [0],
    options: [
      sub('status', 'the stage, why, key terms and latest events', [deal()]),
      sub('timeline', 'every event of the deal', [deal()]),
      sub('list', "this server's deals"),
      sub('track', 'follow a deal between parties (Manage Server)', [
        {
          type: ApplicationCommandOptionType.String,
          name: 'parties',
          description: 'e.g. "Microsoft|MSFT" "OpenAI"',
          required: true,
          max_length: 300,
        },
        { type: ApplicationCommandOptionType.String, name: 'id', description: 'deal id, e.g. microsoft-openai' },
      ]),
      sub('help', 'the deal commands'),
    ],
  },
];

const quote = (s: string) => (/[\s"]/.test(s) ? `"${s.replace(/"/g, '')}"` : s);

/**
 * The command line the shared core reads, from a Discord interaction's typed options:
 * `/news subscribe topic:x min-sources:2` → `/news subscribe x min-sources 2`.
 */
export function commandLine(
  command: string,
  subcommand: string,
  options: Record<string, string | number | boolean | undefined>,
): string {
  const o = (k: string) => options[k];
  const parts = [`/${command}`, subcommand];
  switch (`${command} ${subcommand}`) {
    case 'news subscribe':
      parts.push(quote(String(o('topic'))));
      if (o('digest') !== undefined) parts.push('digest', `"${String(o('digest')).replace(/"/g, '')}"`);
      if (o('digest') !== undefined && o('tz') !== undefined) parts.push('tz', quote(String(o('tz'))));
      if (o('min-sources') !== undefined) parts.push('min-sources', String(o('min-sources')));
      break;
    case 'news mute':
      parts.push(quote(String(o('topic'))), quote(String(o('duration'))));
      break;
    case 'news watch':
      parts.push(`"${String(o('name')).replace(/"/g, '')}"`, String(o('query')));
      break;
    case 'news add-source':
      parts.push(String(o('url')).trim());
      break;
    case 'deal track':
      parts.push(String(o('parties')));
      if (o('id') !== undefined) parts.push('as', quote(String(o('id'))));
      break;
    default:
      for (const k of ['topic', 'deal']) if (o(k) !== undefined) parts.push(quote(String(o(k))));
  }
  return parts.join(' ');
}
