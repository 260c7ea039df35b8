import { LogLevel, type Logger as SlackLogger } from '@slack/logger';
import type { Logger } from '../../log.ts';

/**
 * Routes Bolt's and the Web API client's logs into ours (with its redaction), so tokens or
 * request bodies never go to the console on their own. Their debug chatter stays at debug.
 */
export function slackLogger(log: Logger, name = 'slack'): SlackLogger {
  const child = log.child({ component: name });
  let level = LogLevel.INFO;
  const text = (args: unknown[]) =>
    scrubTokens(
      args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.message : JSON.stringify(a))).join(' '),
    );
  return {
    debug: (...args: unknown[]) => child.debug(text(args)),
    info: (...args: unknown[]) => child.info(text(args)),
    warn: (...args: unknown[]) => child.warn(text(args)),
    error: (...args: unknown[]) => child.error(text(args)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/** Slack tokens have recognisable prefixes; whatever a library prints, they are cut out. */
export const scrubTokens = (s: string): string => s.replace(/\b(xox[abposre]|xapp)-[A-Za-z0-9-]+/g, '$1-[redacted]');
