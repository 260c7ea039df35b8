/**
 * The commands of the command line, once: the usage text, the argument checks (a flag a
 * command does not take is an error) and the README's command table (checked by a test) all
 * come from here. Each command's module is imported only when it runs, so `newsbot --help`
 * loads none of them, and `ask` never loads Bolt, discord.js or pg-boss.
 */
import { closestWord } from '../language/closest-word.ts';
import type { CliContext, Flag } from './context.ts';

export type { Flag } from './context.ts';

export interface CliCommand {
  /** The words that name it: `start`, `sources import`. */
  name: string;
  /** What follows the words, as the usage shows it. */
  args: string;
  /** Flags it takes besides --config and --log-level (which every command takes). */
  flags: Flag[];
  summary: string;
  load: () => Promise<{ run: (ctx: CliContext) => Promise<number> }>;
}

export const COMMON_FLAGS: Flag[] = ['config', 'log-level'];

export const FLAG_TYPES = {
  config: { type: 'string' },
  json: { type: 'boolean' },
  team: { type: 'string' },
  channel: { type: 'string' },
  platform: { type: 'string' },
  guild: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  force: { type: 'boolean' },
  'log-level': { type: 'string' },
} as const satisfies Record<Flag, { type: 'string' | 'boolean' }>;

export const COMMANDS: CliCommand[] = [
  {
    name: 'start',
    args: '',
    flags: [],
    summary: 'run until stopped: poll on schedule, deliver alerts, answer commands typed at the terminal',
    load: () => import('./start.ts'),
  },
  {
    name: 'once',
    args: '',
    flags: ['json'],
    summary: 'poll every source once, print the alerts produced (`--json`: one JSON object per line) and exit',
    load: () => import('./once.ts'),
  },
  {
    name: 'check-config',
    args: '',
    flags: [],
    summary: 'validate the config; exit 2 with every problem listed (file:line:column, key, what is wrong)',
    load: () => import('./check-config.ts'),
  },
  {
    name: 'ask',
    args: '"/news …"',
    flags: ['json', 'team', 'channel', 'platform'],
    summary: 'run a slash command and print the answer (`--json`: its data)',
    load: () => import('./ask.ts'),
  },
  {
    name: 'discord register',
    args: '',
    flags: ['guild'],
    summary: 'register `/news` and `/deal` with Discord: in one server (at once), or globally',
    load: () => import('./discord-register.ts'),
  },
  {
    name: 'migrate-store',
    args: '',
    flags: ['from', 'to', 'force'],
    summary: 'copy a single-node SQLite store into Postgres (see "Scaling out")',
    load: () => import('./migrate-store.ts'),
  },
  {
    name: 'explain',
    args: 'TOPIC "text"',
    flags: ['json', 'team'],
    summary:
      "show which of a topic's terms a text contains and whether it matches; any topic in the store (config, /news watch, /deal track; --team T picks a team's)",
    load: () => import('./explain.ts'),
  },
  {
    name: 'explain-story',
    args: 'ID',
    flags: ['json'],
    summary:
      "why each item is in a story: the similarity that joined it, the terms and names it shared, the development it reports, and a story it was kept out of (another development, other actors, or one sender's template filled with other names); a story folded into another is explained as the one it became",
    load: () => import('./explain-story.ts'),
  },
  {
    name: 'sources import',
    args: 'FILE.opml',
    flags: [],
    summary: 'add the feeds of an OPML export (Feedly, Inoreader, newsboat…) to the config file, keeping its comments',
    load: () => import('./sources-import.ts'),
  },
  {
    name: 'sources export',
    args: '',
    flags: [],
    summary: "print the config's feeds as OPML",
    load: () => import('./sources-export.ts'),
  },
];

const flagText = (f: Flag) => {
  const value =
    {
      team: ' T',
      channel: ' C',
      platform: ' P',
      guild: ' ID',
      from: ' FILE.db',
      to: ' postgres://…',
      config: ' PATH',
      'log-level': ' LEVEL',
    }[f as string] ?? '';
  return `[--${f}${value}]`;
};

/** How a command is written: `ask "/news …" [--json] [--team T] …`. */
export const synopsis = (c: CliCommand) => [c.name, c.args, ...c.flags.map(flagText)].filter(Boolean).join(' ');

export function usage(): string {
  const lines = COMMANDS.map((c) => {
    const s = synopsis(c);
    return s.length < 40
      ? `  ${s.padEnd(40)}${c.summary.replace(/`/g, '')}`
      : `  ${s}\n  ${' '.repeat(40)}${c.summary.replace(/`/g, '')}`;
  });
  return `Usage: newsbot <command> [options]

Commands:
${lines.join('\n')}

Options:
  --config PATH                           config file (default config/newsbot.yaml, or NEWSBOT_CONFIG)
  --log-level LEVEL                       debug, info, warn or error (default info, or NEWSBOT_LOG_LEVEL)
  -h, --help                              this help
`;
}

/** The command named by the first words of the positionals, and the rest. */
export function findCommand(positionals: string[]): { command: CliCommand; rest: string[] } | undefined {
  const two = COMMANDS.find((c) => c.name === positionals.slice(0, 2).join(' '));
  if (two && two.name.includes(' ')) return { command: two, rest: positionals.slice(2) };
  const one = COMMANDS.find((c) => c.name === positionals[0]);
  return one ? { command: one, rest: positionals.slice(1) } : undefined;
}

/** The closest command name, for "did you mean". */
export function closest(word: string): string | undefined {
  return closestWord(word, new Set(COMMANDS.map((c) => c.name.split(' ')[0]!)));
}
