import { loadConfig, type ConfigProblem, type ExtraCheck, type LoadedConfig } from '../config/load-config.ts';
import { isNewsbotError } from '../errors.ts';
import { parseQuery } from './parse-query.ts';

/** Every topic query is compiled up front, so a typo is a config error with its line. */
export const checkQueries: ExtraCheck = (raw, problemAt) => {
  const problems: ConfigProblem[] = [];
  const topics = Array.isArray(raw.topics) ? raw.topics : [];
  topics.forEach((t: unknown, i) => {
    const query = (t as { query?: unknown } | null)?.query;
    if (typeof query !== 'string' || !query.trim()) return; // the schema reports those
    try {
      parseQuery(query);
    } catch (e) {
      if (isNewsbotError(e, 'newsbot/bad-query'))
        problems.push(problemAt(['topics', i, 'query'], e.message.replace(/\n/g, '\n    ')));
      else throw e;
    }
  });
  return problems;
};

/** Reads a config file with every check that needs no network or store (schema, queries). */
export function loadCheckedConfig(file: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  return loadConfig(file, env, [checkQueries]);
}
