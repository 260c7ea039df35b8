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

/** A problem at a key path, placed at that key's line and column in the file. */
export type ProblemAt = (keyPath: (string | number)[], message: string) => ConfigProblem;
