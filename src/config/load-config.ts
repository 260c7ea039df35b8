import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load as jsYamlLoad } from 'js-yaml';
import { LineCounter, parseDocument, isAlias, isMap, isNode, isScalar, visit } from 'yaml';
import { checkEntries } from './check-entries.ts';
import { yamlProblems } from './yaml-errors.ts';
import { ConfigError, type ConfigProblem, type ProblemAt } from './config-problem.ts';
import { configSchema, type Config } from './schema.ts';

export const DEFAULT_CONFIG_PATH = 'config/newsbot.yaml';

export { ConfigError, formatProblem, type ConfigProblem, type ProblemAt } from './config-problem.ts';

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the config file. */
  file: string;
  /** Directory that relative source paths are resolved against. */
  dir: string;
  /** Finds the line of a key path, for problems found after loading (bad queries, say). */
  problemAt: ProblemAt;
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
 * A check beyond the schema from a layer above config (topic queries, say) that runs on the raw
 * document even when the schema fails, so that every problem is reported in one pass.
 */
export type ExtraCheck = (raw: Record<string, unknown>, problemAt: ProblemAt) => ConfigProblem[];

const EXPECTED: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value lines)',
};

function valueAt(raw: unknown, keyPath: (string | number)[]): unknown {
  let v = raw;
  for (const k of keyPath) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

/** The document as plain values, and where each key path is in the file. */
export interface Positioned {
  raw: unknown;
  locate(keyPath: (string | number)[]): { line?: number; column?: number };
  /** The position of a key itself (for "unknown key" problems), not of its value. */
  locateKey(parent: (string | number)[], key: string): { line?: number; column?: number };
}

/**
 * The fast read (js-yaml, YAML 1.2 core schema: the same values as the positioning parser's
 * default), or undefined when the positioning parser must read it: a syntax error or duplicate
 * key (worded there), or an anchor, alias or tag, whose expansion js-yaml does not bound.
 */
export function quickParse(text: string): unknown {
  // Comments included: a false alarm only costs the slower read.
  if (/(^|[\s,[{:-])[&*!][^\s,\]}]/m.test(text)) return undefined;
  try {
    return jsYamlLoad(text, { schema: CORE_SCHEMA, json: false }) ?? {};
  } catch {
    return undefined;
  }
}

/** Reads the file with every node's position (the `yaml` library); throws its syntax errors in words. */
export function positionedParse(text: string, file: string): Positioned {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) throw new ConfigError(yamlProblems(text, doc.errors, lineCounter, file));
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
  try {
    return { raw: doc.toJS({ maxAliasCount: 100 }) ?? {}, locate, locateKey };
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
}

export function parseConfigText(
  text: string,
  file: string,
  env: NodeJS.ProcessEnv = {},
  extraChecks: ExtraCheck[] = [],
): LoadedConfig {
  // Most files are read by the fast parser, and the positioning one (which keeps every node's
  // place, and is ~6× slower: 0.24 s for 2,000 sources) runs only to place a problem. A file the
  // fast parser refuses, or one with anchors (whose expansion only the positioning parser
  // bounds), goes through the positioning parser, which also words syntax errors.
  let positioned: Positioned | undefined;
  const positions = (): Positioned => (positioned ??= positionedParse(text, file));
  const parsed = quickParse(text) ?? positions().raw;
  const problemAt: ProblemAt = (keyPath, message) => ({
    file,
    key: formatKeyPath(keyPath),
    ...positions().locate(keyPath),
    message,
  });
  const locateKey = (parent: (string | number)[], key: string) => positions().locateKey(parent, key);

  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError([
      {
        file,
        key: '',
        message: 'the config must be a mapping of keys (database, settings, sources, topics, subscriptions)',
      },
    ]);
  }
  const raw = parsed as Record<string, unknown>;
  if (env.DATABASE_URL) raw.database = env.DATABASE_URL; // empty means unset, as in .env.example

  const dir = path.dirname(file);
  const result = configSchema.safeParse(raw);
  // Every check runs whatever the others found: all of a file's problems in one run.
  const extra = [...checkEntries(raw, { problemAt, dir }), ...extraChecks.flatMap((check) => check(raw, problemAt))];
  const schemaProblems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const keyPath = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
        let message = issue.message;
        if (issue.code === 'unrecognized_keys') {
          message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
          return { file, key: formatKeyPath(keyPath), ...locateKey(keyPath, issue.keys[0]!), message } as ConfigProblem;
        }
        // zod's own words for a number out of range ("Too small: expected number to be >=1").
        if (
          (issue.code === 'too_small' || issue.code === 'too_big') &&
          issue.origin === 'number' &&
          /^Too (small|big)/.test(message)
        )
          message = `must be ${issue.code === 'too_small' ? 'at least' : 'at most'} ${issue.code === 'too_small' ? issue.minimum : issue.maximum}, not ${String(valueAt(raw, keyPath))}`;
        if (issue.code === 'invalid_type') {
          const got = valueAt(raw, keyPath);
          message =
            got === undefined
              ? 'is required'
              : `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${JSON.stringify(got)?.slice(0, 60) ?? String(got)}`;
        }
        return problemAt(keyPath, message);
      });
  if (!result.success || extra.length) throw new ConfigError([...schemaProblems, ...extra]);
  // A store path in the file is relative to the file's folder, as source paths are, so running
  // from another folder never makes a new empty store; one from DATABASE_URL is the shell's.
  const database = result.data.database;
  if (database !== ':memory:' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(database))
    result.data.database = path.resolve(env.DATABASE_URL ? process.cwd() : dir, database);
  return { config: result.data, file, dir, problemAt };
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
