import type { Logger } from 'pino';

/** Every flag of the command line; which command takes which is in table.ts. */
export type Flag =
  'config' | 'json' | 'team' | 'channel' | 'platform' | 'guild' | 'from' | 'to' | 'force' | 'log-level';

export interface CliIo {
  stdout: NodeJS.WriteStream | NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** What every command gets: its own arguments and flags, the config path, output and a logger. */
export interface CliContext {
  args: string[];
  flags: Partial<Record<Flag, string | boolean>>;
  configPath: string;
  io: CliIo;
  log: Logger;
  say: (line: string) => void;
}

/** A mistake in how the command was written: exit 2 with the usage. */
export class UsageError extends Error {}

export const flagString = (ctx: CliContext, f: Flag) =>
  typeof ctx.flags[f] === 'string' ? (ctx.flags[f] as string) : undefined;
