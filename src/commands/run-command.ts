/**
 * Answers `/news …` and `/deal …` for every platform, from the declarations: a typed line is
 * parsed by the subcommand's declaration; Discord's typed options arrive as values and are
 * checked by the same declaration. The team in the context decides what is visible: a team
 * sees the shared catalogue and its own data only.
 */
import { closestWord } from '../language/closest-word.ts';
import { listTopicsForTeam } from '../store/topics-repo.ts';
import { answerError, type Answer, type CommandContext } from './answer.ts';
import { DEAL_COMMANDS } from './deal-commands.ts';
import { checkValues, parseWords, refuseNonAdmin, usageOf, type SubcommandSpec, type Values } from './declare.ts';
import { NEWS_COMMANDS, type CommandDeps } from './news-commands.ts';

export type { CommandDeps } from './news-commands.ts';
export { splitWords } from './split-words.ts';

/** A command as a platform hands it over: a typed line, or a subcommand with typed values. */
export type CommandRequest = string | { command: string; subcommand: string; values: Values };

const helpSpec = (command: 'news' | 'deal', help: string): SubcommandSpec<CommandDeps> => ({
  command,
  name: 'help',
  help,
  summary: command === 'news' ? 'the commands' : 'the deal commands',
  options: [],
  run: async () => helpAnswer(command),
});

/** Every slash subcommand, in the order the help lists them. */
export const SLASH_COMMANDS: readonly SubcommandSpec<CommandDeps>[] = [
  helpSpec('news', 'this list'),
  ...NEWS_COMMANDS,
  helpSpec('deal', 'deal tracking: where each watched deal stands, its timeline and key terms'),
  ...DEAL_COMMANDS,
];

function helpAnswer(command: 'news' | 'deal'): Answer {
  const shown = SLASH_COMMANDS.filter((s) => s.command === command || (command === 'news' && s.name === 'help'));
  const rows = shown.map((s) => ({ command: usageOf(s), description: s.help }));
  return {
    ephemeral: true,
    ok: true,
    title: command === 'news' ? 'newsbot commands' : 'Deal commands',
    sections: [{ lines: rows.map((r) => ({ text: `${r.command} — ${r.description}` })) }],
    data: rows,
  };
}

/** A subcommand's declaration, for platforms that build forms or buttons from it. */
export function declarationOf(command: string, subcommand: string): SubcommandSpec<CommandDeps> | undefined {
  const spec = findSpec(command, subcommand);
  return isAnswer(spec) ? undefined : spec;
}

function findSpec(command: string, subcommand: string): SubcommandSpec<CommandDeps> | Answer {
  const word = command.replace(/^\//, '');
  if (word !== 'news' && word !== 'deal')
    return answerError(
      `Unknown command ${command || '(empty)'}.`,
      'Commands start with /news or /deal; try /news help.',
    );
  const sub = subcommand.toLowerCase();
  const ours = SLASH_COMMANDS.filter((s) => s.command === word);
  const spec = ours.find((s) => s.name === sub);
  if (spec) return spec;
  const near = closestWord(
    sub,
    ours.map((s) => s.name),
  );
  return answerError(
    `Unknown subcommand "${subcommand}".${near ? ` Did you mean /${word} ${near}?` : ''}`,
    `Try /${word} help for the list of commands.`,
  );
}
const isAnswer = (x: object): x is Answer => 'sections' in x;

/** Runs one slash command: `/news subscribe microsoft-openai min-sources 2`, or its typed values. */
export async function runCommand(deps: CommandDeps, ctx: CommandContext, request: CommandRequest): Promise<Answer> {
  let spec: SubcommandSpec<CommandDeps> | Answer;
  let values: Values | Answer;
  if (typeof request === 'string') {
    const line = request.trim();
    const m = /^(\S*)\s*(\S*)\s*([\s\S]*)$/.exec(line)!;
    spec = findSpec(m[1]!, m[2] || 'help');
    if (isAnswer(spec)) return spec;
    // The admin check comes first: a non-admin is not coached through options they cannot use.
    const refused = refuseNonAdmin(spec, ctx);
    if (refused) return refused;
    values = parseWords(spec, m[3]!);
  } else {
    spec = findSpec(request.command, request.subcommand);
    if (isAnswer(spec)) return spec;
    const refused = refuseNonAdmin(spec, ctx);
    if (refused) return refused;
    values = checkValues(spec, request.values) ?? request.values;
  }
  if (isAnswer(values)) return values;
  return spec.run(deps, ctx, values);
}

/** Whether a command only reads (then it may run on a read-only store); unknown ones read nothing. */
export function onlyReads(request: CommandRequest): boolean {
  const [command = '', subcommand = 'help'] =
    typeof request === 'string' ? request.trim().split(/\s+/) : [request.command, request.subcommand];
  const spec = findSpec(command, subcommand);
  return isAnswer(spec) || !spec.writes;
}

/**
 * Choices for an option being typed (Discord's autocomplete): the team's topics, or its deals,
 * whose id or name contains what was typed.
 */
export async function completions(
  deps: Pick<CommandDeps, 'db'>,
  team: string,
  request: { command: string; subcommand: string; option: string; typed: string },
): Promise<{ name: string; value: string }[]> {
  const spec = findSpec(request.command, request.subcommand);
  if (isAnswer(spec)) return [];
  const type = spec.options.find((o) => o.name === request.option)?.type;
  if (type !== 'topic' && type !== 'deal') return [];
  const typed = request.typed.toLowerCase();
  return (await listTopicsForTeam(deps.db, team))
    .filter((t) => (type === 'deal' ? !!t.deal : true))
    .filter((t) => t.id.includes(typed) || t.name.toLowerCase().includes(typed))
    .slice(0, 25)
    .map((t) => ({ name: `${t.id} — ${t.name}`.slice(0, 100), value: t.id }));
}
