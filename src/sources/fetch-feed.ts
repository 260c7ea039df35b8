import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { Agent, request } from 'undici';
import { NewsbotError, isNewsbotError } from '../errors.ts';
import { decodeBody } from './decode-body.ts';
import { assertAllowedUrl, guardedLookup, type GuardOptions } from './ssrf-guard.ts';

export interface FetchOptions {
  connectTimeoutMs: number;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  allowPrivateNetworks: boolean | string[];
  /** Keep-alive sockets per origin; the scheduler's per-host limit decides how many are busy. */
  connectionsPerOrigin: number;
  /** Injected for tests: DNS resolution the SSRF guard checks. */
  resolve?: GuardOptions['resolve'];
}

export const fetchDefaults = {
  connectTimeoutMs: 10_000,
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'newsbot/0.1 (+https://github.com/newsbot/newsbot)',
  allowPrivateNetworks: false as boolean | string[],
  connectionsPerOrigin: 8,
  resolve: undefined,
} satisfies Required<Omit<FetchOptions, 'resolve'>> & { resolve: undefined };

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { status: 'not-modified'; finalUrl: string }
  | {
      status: 'ok';
      finalUrl: string;
      body: string;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    };

export interface FeedFetcher {
  fetch(url: string, validators?: Validators, signal?: AbortSignal): Promise<FetchResult>;
  close(): Promise<void>;
}

/** `Retry-After` is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Drops a body we will not read; small ones are drained so the connection can be reused. */
async function discard(body: { dump(opts?: { limit: number }): Promise<void> }): Promise<void> {
  await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const v = headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

/** Reads a body through its content-encoding, counting decoded bytes so a bomb stops early. */
async function readCapped(body: Readable, encoding: string | null, maxBytes: number, url: string): Promise<Buffer> {
  let stream: Readable = body;
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') stream = body.pipe(zlib.createGunzip());
  else if (enc === 'deflate') stream = body.pipe(zlib.createInflate());
  else if (enc === 'br') stream = body.pipe(zlib.createBrotliDecompress());
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        throw new NewsbotError(
          'newsbot/too-large',
          `the feed is larger than ${maxBytes} bytes once decoded; it was stopped there`,
          { url, maxBytes },
        );
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    body.on('error', () => undefined).destroy();
    stream.on('error', () => undefined).destroy();
    throw e;
  }
  return Buffer.concat(chunks);
}

function mapError(e: unknown, url: string, timedOut: boolean, opts: FetchOptions): NewsbotError {
  if (isNewsbotError(e)) return e;
  const err = e as NodeJS.ErrnoException & { cause?: unknown };
  if (isNewsbotError(err.cause)) return err.cause;
  const code = err.code ?? (err.cause as NodeJS.ErrnoException | undefined)?.code;
  if (timedOut || err.name === 'AbortError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new NewsbotError(
      'newsbot/fetch-timeout',
      `no complete answer within ${opts.timeoutMs / 1000}s`,
      { url },
      { cause: e },
    );
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
    return new NewsbotError(
      'newsbot/fetch-timeout',
      `could not connect within ${opts.connectTimeoutMs / 1000}s`,
      { url },
      { cause: e },
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new NewsbotError(
      'newsbot/dns-failure',
      `the host name does not resolve (${code}); check the URL or your network`,
      { url },
      { cause: e },
    );
  }
  return new NewsbotError(
    'newsbot/connect-failure',
    `could not fetch: ${err.message || code}`,
    { url, code },
    { cause: e },
  );
}

export function createFeedFetcher(options: Partial<FetchOptions> = {}): FeedFetcher {
  const opts: FetchOptions = { ...fetchDefaults, ...options };
  const guard: GuardOptions = { allowPrivateNetworks: opts.allowPrivateNetworks, resolve: opts.resolve };
  const agent = new Agent({
    connect: { lookup: guardedLookup(guard) as never, timeout: opts.connectTimeoutMs },
    connections: opts.connectionsPerOrigin,
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
    keepAliveTimeout: 30_000,
  });

  async function fetchOnce(startUrl: string, validators: Validators, outer?: AbortSignal): Promise<FetchResult> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(); // aborting destroys the socket, not just our wait on it
    }, opts.timeoutMs);
    const onOuterAbort = () => controller.abort();
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    let url = startUrl;
    try {
      for (let hop = 0; ; hop++) {
        let parsed: URL;
        try {
          parsed = new URL(url);
        } catch {
          throw new NewsbotError('newsbot/bad-url', `"${url}" is not a valid URL`, { url });
        }
        assertAllowedUrl(parsed, guard);
        const headers: Record<string, string> = {
          'user-agent': opts.userAgent,
          accept:
            'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
        };
        // Validators belong to the URL they came from; a redirect target gets a plain GET.
        if (hop === 0 && validators.etag) headers['if-none-match'] = validators.etag;
        if (hop === 0 && validators.lastModified) headers['if-modified-since'] = validators.lastModified;
        const res = await request(parsed, { method: 'GET', headers, dispatcher: agent, signal: controller.signal });
        const status = res.statusCode;
        if (status >= 300 && status < 400 && status !== 304) {
          const location = header(res.headers, 'location');
          await discard(res.body);
          if (!location)
            throw new NewsbotError('newsbot/http-status', `HTTP ${status} without a Location header`, { url, status });
          if (hop >= opts.maxRedirects) {
            throw new NewsbotError('newsbot/too-many-redirects', `more than ${opts.maxRedirects} redirects`, {
              url: startUrl,
            });
          }
          url = new URL(location, parsed).href;
          continue;
        }
        if (status === 304) {
          await discard(res.body);
          // "Not modified" since what? Without validators sent, a 304 means no document was ever
          // delivered: that is the server's fault, and the source's health must not say "ok".
          if (hop > 0 || (!validators.etag && !validators.lastModified))
            throw new NewsbotError(
              'newsbot/http-status',
              'HTTP 304 Not Modified to a request that asked for no comparison: the server sends no feed',
              { url, status },
            );
          return { status: 'not-modified', finalUrl: url };
        }
        if (status < 200 || status >= 300) {
          await discard(res.body);
          const retryAfterMs =
            status === 429 || status === 503 ? parseRetryAfter(res.headers['retry-after'], Date.now()) : undefined;
          throw new NewsbotError(
            'newsbot/http-status',
            `the server answered HTTP ${status}`,
            { url, status },
            { retryAfterMs },
          );
        }
        const declared = Number(header(res.headers, 'content-length') ?? NaN);
        if (!header(res.headers, 'content-encoding') && declared > opts.maxBytes) {
          await discard(res.body);
          throw new NewsbotError(
            'newsbot/too-large',
            `the feed is ${declared} bytes, over the ${opts.maxBytes}-byte limit`,
            { url },
          );
        }
        const bytes = await readCapped(
          res.body as unknown as Readable,
          header(res.headers, 'content-encoding'),
          opts.maxBytes,
          url,
        );
        const contentType = header(res.headers, 'content-type');
        return {
          status: 'ok',
          finalUrl: url,
          body: decodeBody(bytes, contentType),
          contentType,
          etag: header(res.headers, 'etag'),
          lastModified: header(res.headers, 'last-modified'),
        };
      }
    } catch (e) {
      throw mapError(e, startUrl, timedOut, opts);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    }
  }

  return {
    fetch: (url, validators = {}, signal) => fetchOnce(url, validators, signal),
    close: () => agent.close(),
  };
}

/**
 * Sources may be files next to the config (the bundled samples). The file's size and
 * modification time stand in for an ETag, so an unchanged file costs no parsing either.
 */
export async function readFeedFile(file: string, validators: Validators, maxBytes: number): Promise<FetchResult> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new NewsbotError('newsbot/file-not-found', `no file at ${file}`, { file });
  }
  if (stat.size > maxBytes)
    throw new NewsbotError('newsbot/too-large', `the file is ${stat.size} bytes, over the ${maxBytes}-byte limit`, {
      file,
    });
  const etag = `"${stat.size}-${stat.mtimeMs}"`;
  if (validators.etag === etag) return { status: 'not-modified', finalUrl: file };
  const bytes = await fs.readFile(file);
  return { status: 'ok', finalUrl: file, body: decodeBody(bytes), contentType: null, etag, lastModified: null };
}
