import pino, { type Logger } from 'pino';
import { Writable } from 'node:stream';

/**
 * Logs go to stderr so stdout carries only alerts and answers (`once --json` is a data
 * stream). JSON with LOG_FORMAT=json, else one readable line per event. Anything that looks
 * like a credential is redacted before it is written.
 */
const REDACT = [
  'token',
  '*.token',
  'secret',
  '*.secret',
  'password',
  '*.password',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'headers.cookie',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.clientSecret',
];

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

function prettyStream(dest: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk, _enc, cb) {
      try {
        const { level, time, msg, pid: _p, hostname: _h, ...rest } = JSON.parse(String(chunk));
        const extra = Object.entries(rest)
          .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
          .join(' ');
        const t = new Date(time).toISOString().slice(11, 19);
        dest.write(`${t} ${LEVELS[level] ?? level} ${msg ?? ''}${extra ? `  ${extra}` : ''}\n`);
      } catch {
        dest.write(chunk);
      }
      cb();
    },
  });
}

export function createLogger(opts: { level?: string; format?: string; dest?: NodeJS.WritableStream } = {}): Logger {
  const dest = opts.dest ?? process.stderr;
  const level = opts.level ?? 'info';
  const redact = { paths: REDACT, censor: '[redacted]' };
  if (opts.format === 'json') return pino({ level, redact, base: undefined }, dest);
  return pino({ level, redact, base: undefined }, prettyStream(dest));
}

export type { Logger };
