import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isAlias, isMap, isNode, isScalar, visit } from 'yaml';
import { configSchema, type Config } from './schema.ts';

export const DEFAULT_CONFIG_PATH = 'config/newsbot.yaml';

export interface ConfigProblem {
  file: string;
  /** Key path such as `sources[2].interval`, or '' for the whole file. */
  key: string;
  line?: number;
  column?: number;
  message: string;
}

/** Thrown with every problem found at once, so a person fixes them all in one pass. */
export class ConfigError extends Error {
  readonly code = 'newsbot/bad-config';
  readonly problems: ConfigProblem[];
  constructor(problems: ConfigProblem[]) {
    const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    super(sorted.map(formatProblem).join('\n'));
    this.problems = sorted;
    this.name = 'ConfigError';
  }
}

export function formatProblem(p: ConfigProblem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  return `${where}: ${p.key ? `${p.key}: ` : ''}${p.message}`;
}

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the config file. */
  file: string;
  /** Directory that relative source paths are resolved against. */
  dir: string;
  /** Problems of the extra checks, reported together with those found after loading. */
  pendingProblems: ConfigProblem[];
  /** Finds the line of a key path, for problems found after loading (bad queries, say). */
  problemAt(keyPath: (string | number)[], message: string): ConfigProblem;
}

/** `--config` beats `NEWSBOT_CONFIG` beats the default. */
export function resolveConfigPath(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  return path.resolve(cwd, flag || env.NEWSBOT_CONFIG || DEFAULT_CONFIG_PATH);
}

/** Reads `.env` into process.env when present; variables already set win. */
export function loadDotEnv(cwd: string): void {
  const file = path.join(cwd, '.env');
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

export function formatKeyPath(keyPath: readonly PropertyKey[]): string {
  let out = '';
  for (const k of keyPath) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out;
}

/**
 * A check beyond the schema (topic queries, say) that runs on the raw document even when the
 * schema fails, so that every problem is reported in one pass.
 */
export type ExtraCheck = (raw: Record<string, unknown>, problemAt: LoadedConfig['problemAt']) => ConfigProblem[];

/**
 * The first flow collection ({ or [) opened before `uptoLine` and never closed, outside quotes
 * and comments: what the parser stumbles over further down, and the place a person must edit.
 */
function unclosedBracket(text: string, uptoLine: number): { line: number; column: number; char: string } | undefined {
  // Balanced across lines (a flow map may span several), up to where the parser gave up.
  const stack: { line: number; column: number; char: string }[] = [];
  text
    .split('\n')
    .slice(0, uptoLine)
    .forEach((line, i) => {
      let quote: string | null = null;
      for (let c = 0; c < line.length; c++) {
        const ch = line[c]!;
        if (quote) {
          if (ch === quote) quote = null;
          continue;
        }
        if (ch === '"' || ch === "'") quote = ch;
        else if (ch === '#' && (c === 0 || /\s/.test(line[c - 1]!))) break;
        else if (ch === '{' || ch === '[') stack.push({ line: i + 1, column: c + 1, char: ch });
        else if ((ch === '}' || ch === ']') && stack.length) stack.pop();
      }
    });
  return stack[0];
}

/** The parser's message in a person's words where we know a better one; its first line otherwise. */
function yamlMessage(message: string): string {
  const first = message.split('\n')[0]!;
  if (/Implicit keys need to be on a single line|Nested mappings are not allowed in compact mappings/.test(first))
    return `${first} (a "key: value" where a plain value was expected: quote the value if it contains ": ")`;
  if (/tab/i.test(first)) return `${first} (YAML indents with spaces only: replace the tab)`;
  return first;
}

export function parseConfigText(
  text: string,
  file: string,
  env: NodeJS.ProcessEnv = {},
  extraChecks: ExtraCheck[] = [],
): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: ConfigProblem[] = [];
  if (doc.errors.length) {
    // The parser reports an unclosed { or [ where it gave up, lines later, in its own words;
    // a person must edit the line that opened it.
    const firstLine = Math.min(...doc.errors.map((e) => lineCounter.linePos(e.pos[0]).line));
    const open = unclosedBracket(text, firstLine);
    if (open)
      throw new ConfigError([
        {
          file,
          key: '',
          line: open.line,
          column: open.column,
          message: `this "${open.char}" is never closed: end the entry with "${open.char === '{' ? '}' : ']'}" on the same line, or write it as an indented block`,
        },
      ]);
  }
  for (const err of doc.errors) {
    const pos = lineCounter.linePos(err.pos[0]);
    problems.push({ file, key: '', line: pos.line, column: pos.col, message: yamlMessage(err.message) });
  }
  if (problems.length) throw new ConfigError(problems);

  const locate = (keyPath: (string | number)[]): { line?: number; column?: number } => {
    // Walk up the path until a node with a position is found (a missing key has none).
    for (let n = keyPath.length; n >= 0; n--) {
      const node = doc.getIn(keyPath.slice(0, n), true);
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return {};
  };
  // The position of a key itself (for "unknown key" problems), not of its value.
  const locateKey = (parent: (string | number)[], key: string): { line?: number; column?: number } => {
    const map = doc.getIn(parent, true);
    if (isMap(map)) {
      const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair && isNode(pair.key) && pair.key.range) {
        const pos = lineCounter.linePos(pair.key.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return locate(parent);
  };
  const problemAt = (keyPath: (string | number)[], message: string): ConfigProblem => ({
    file,
    key: formatKeyPath(keyPath),
    ...locate(keyPath),
    message,
  });

  let raw: Record<string, unknown>;
  try {
    raw = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  } catch (e) {
    // An alias bomb ("billion laughs") expands a few lines into billions of values.
    let at: { line?: number; column?: number } = {};
    visit(doc, {
      Alias(_, node) {
        if (isAlias(node) && node.range) {
          const pos = lineCounter.linePos(node.range[0]);
          at = { line: pos.line, column: pos.col };
          return visit.BREAK;
        }
      },
    });
    throw new ConfigError([
      {
        file,
        key: '',
        ...at,
        message: `${(e as Error).message}: the aliases (*name) here expand into too many values; write the values out instead`,
      },
    ]);
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError([
      {
        file,
        key: '',
        message: 'the config must be a mapping of keys (database, settings, sources, topics, subscriptions)',
      },
    ]);
  }
  if (env.DATABASE_URL) raw.database = env.DATABASE_URL; // empty means unset, as in .env.example

  const result = configSchema.safeParse(raw);
  const extra = extraChecks.flatMap((check) => check(raw, problemAt));
  if (!result.success) {
    throw new ConfigError([
      ...extra,
      ...result.error.issues.map((issue) => {
        const keyPath = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
        let message = issue.message;
        if (issue.code === 'unrecognized_keys') {
          message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
          return { file, key: formatKeyPath(keyPath), ...locateKey(keyPath, issue.keys[0]!), message } as ConfigProblem;
        }
        if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = 'is required';
        return problemAt(keyPath, message);
      }),
    ]);
  }
  const dir = path.dirname(file);
  // A store path in the file is relative to the file's folder, as source paths are, so running
  // from another folder never makes a new empty store; one from DATABASE_URL is the shell's.
  const database = result.data.database;
  if (database !== ':memory:' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(database))
    result.data.database = path.resolve(env.DATABASE_URL ? process.cwd() : dir, database);
  return { config: result.data, file, dir, problemAt, pendingProblems: extra };
}

export function loadConfig(
  file: string,
  env: NodeJS.ProcessEnv = process.env,
  extraChecks: ExtraCheck[] = [],
): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (e as Error).message;
    throw new ConfigError([{ file, key: '', message: `${reason}; pass --config PATH or set NEWSBOT_CONFIG` }]);
  }
  return parseConfigText(text, file, env, extraChecks);
}
