import path from 'node:path';
import { parseArgs } from 'node:util';
import { COMMON_FLAGS, FLAG_TYPES, closest, findCommand, synopsis, usage, type Flag } from './table.ts';
import { UsageError, type CliContext, type CliIo } from './context.ts';

/**
 * The command line: finds the command in the table, checks its flags, and runs its module.
 * Nothing heavy is imported until a command runs (`newsbot --help` loads only this and the
 * table). Exit codes: 0 ok, 1 runtime failure, 2 bad config or arguments.
 */
export async function main(
  argv: string[],
  io: CliIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { ...FLAG_TYPES, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    io.stderr.write(
      `newsbot: ${(e as Error).message.replace(/\. To specify a positional argument.*$/, '')}\n\n${usage()}`,
    );
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || !positionals.length) {
    (values.help ? io.stdout : io.stderr).write(usage());
    return values.help ? 0 : 2;
  }
  const found = findCommand(positionals);
  if (!found) {
    const near = closest(positionals[0]!);
    const group = ['sources', 'discord'].includes(positionals[0]!)
      ? ` (${positionals[0]} takes ${positionals[0] === 'sources' ? 'import FILE.opml or export' : 'register [--guild ID]'})`
      : '';
    io.stderr.write(
      `newsbot: unknown command "${positionals.join(' ')}"${group}${near && !group ? `; did you mean "${near}"?` : ''}\n\n${usage()}`,
    );
    return 2;
  }
  const { command, rest } = found;
  const taken = new Set<Flag>([...COMMON_FLAGS, ...command.flags]);
  const wrong = (Object.keys(values) as (Flag | 'help')[]).filter((f) => f !== 'help' && !taken.has(f as Flag));
  if (wrong.length) {
    io.stderr.write(
      `newsbot: ${command.name} does not take ${wrong.map((f) => `--${f}`).join(', ')}; it is written: newsbot ${synopsis(command)}\n`,
    );
    return 2;
  }

  // Loaded only now: the config reader (yaml, zod) and the logger (pino).
  const { ConfigError, formatProblem, loadDotEnv, resolveConfigPath } = await import('../config/load-config.ts');
  const { createLogger } = await import('../log.ts');
  const { describeError, NewsbotError } = await import('../errors.ts');
  loadDotEnv(io.cwd);
  const level = (values['log-level'] as string | undefined) || io.env.NEWSBOT_LOG_LEVEL || 'info';
  if (!['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'].includes(level)) {
    io.stderr.write(`newsbot: unknown log level "${level}"; use debug, info, warn or error\n`);
    return 2;
  }
  const log = createLogger({ level, format: io.env.LOG_FORMAT, dest: io.stderr });
  const ctx: CliContext = {
    args: rest,
    flags: values as CliContext['flags'],
    configPath: resolveConfigPath(values.config as string | undefined, io.env, io.cwd),
    io,
    log,
    say: (s) => void io.stdout.write(`${s}\n`),
  };
  try {
    return await (await command.load()).run(ctx);
  } catch (e) {
    if (e instanceof ConfigError) {
      const shown = (file: string) =>
        path.relative(io.cwd, file).startsWith('..') ? file : path.relative(io.cwd, file);
      io.stderr.write(
        `newsbot: the config has ${e.problems.length} problem${e.problems.length > 1 ? 's' : ''}:\n${e.problems.map((p) => `  ${formatProblem({ ...p, file: shown(p.file) })}`).join('\n')}\n`,
      );
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`newsbot: ${e.message}\n\n  newsbot ${synopsis(command)}\n`);
      return 2;
    }
    if (e instanceof NewsbotError && (e.code === 'newsbot/bad-opml' || e.code === 'newsbot/bad-config')) {
      io.stderr.write(`newsbot: ${e.message}\n`);
      return 2;
    }
    // A storage failure at start-up is named as at run time (a lost schema, a full disk…).
    const { storeFault } = await import('../store/store-fault.ts');
    const fault = storeFault(e, '');
    if (fault) {
      io.stderr.write(`newsbot: ${fault.message} (${(e as Error).message})\n`);
      return 1;
    }
    const { code, message } = describeError(e);
    io.stderr.write(`newsbot: ${message} (${code})\n`);
    return 1;
  }
}
