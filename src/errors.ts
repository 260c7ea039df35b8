/**
 * Every failure newsbot reports carries a stable code (`newsbot/fetch-timeout`) so that
 * callers, logs and tests can branch on it, plus a plain message a person can act on.
 */
export type ErrorCode =
  | 'newsbot/bad-config'
  | 'newsbot/bad-query'
  | 'newsbot/bad-url'
  | 'newsbot/blocked-address'
  | 'newsbot/dns-failure'
  | 'newsbot/connect-failure'
  | 'newsbot/fetch-timeout'
  | 'newsbot/too-large'
  | 'newsbot/too-many-redirects'
  | 'newsbot/http-status'
  | 'newsbot/not-a-feed'
  | 'newsbot/file-not-found'
  | 'newsbot/bad-opml'
  | 'newsbot/delivery-failed'
  | 'newsbot/store-outdated'
  | 'newsbot/store-unusable';

export class NewsbotError extends Error {
  readonly code: ErrorCode;
  readonly context: Record<string, unknown>;
  /** For 429/503: how long the server asked us to wait, in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    context: Record<string, unknown> = {},
    options: { cause?: unknown; retryAfterMs?: number } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NewsbotError';
    this.code = code;
    this.context = context;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export function isNewsbotError(e: unknown, code?: ErrorCode): e is NewsbotError {
  return e instanceof NewsbotError && (code === undefined || e.code === code);
}

/** A one-line description of any thrown value, for logs and health records. */
export function describeError(e: unknown): { code: string; message: string } {
  if (e instanceof NewsbotError) return { code: e.code, message: e.message };
  if (e instanceof Error) return { code: 'newsbot/internal', message: e.message };
  return { code: 'newsbot/internal', message: String(e) };
}
