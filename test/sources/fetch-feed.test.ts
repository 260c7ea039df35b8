import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedFetcher, parseRetryAfter, readFeedFile } from '../../src/sources/fetch-feed.ts';
import { FakeFeedServer, rss } from '../fakes/feed-server.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const FEED = rss([{ guid: 'a', title: 'Hello', link: 'https://fake.example/a' }]);
let server: FakeFeedServer;

beforeAll(async () => {
  server = await new FakeFeedServer().start();
});
afterAll(() => server.stop());

// The loopback server is a private address; these tests allow exactly it and nothing else.
const fetcher = (opts: Parameters<typeof createFeedFetcher>[0] = {}) =>
  createFeedFetcher({ allowPrivateNetworks: ['127.0.0.1/32'], ...opts });

describe('fetching a feed', () => {
  it('sends the stored ETag and Last-Modified, and a 304 comes back without a body', async () => {
    server.route('/cond', (req) =>
      req.headers['if-none-match'] === '"v1"'
        ? { status: 304 }
        : { headers: { etag: '"v1"', 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT' }, body: FEED },
    );
    const f = fetcher();
    const first = await f.fetch(server.url('/cond'));
    expect(first).toMatchObject({ status: 'ok', etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' });
    const second = await f.fetch(server.url('/cond'), { etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' });
    expect(second.status).toBe('not-modified');
    expect(server.requests.at(-1)!.headers['if-modified-since']).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
    await f.close();
  });

  it('a 304 to a request without validators is a failure: the server never delivered a feed, so its health cannot be "ok"', async () => {
    server.route('/always-304', { status: 304 });
    const f = fetcher();
    await expect(f.fetch(server.url('/always-304'))).rejects.toMatchObject({
      code: 'newsbot/http-status',
      message: expect.stringContaining('asked for no comparison'),
    });
    await f.close();
  });

  it('decodes gzip and brotli, and the charset the server declares', async () => {
    server.route('/gz', {
      headers: { 'content-encoding': 'gzip', 'content-type': 'application/rss+xml' },
      body: zlib.gzipSync(FEED),
    });
    server.route('/br', { headers: { 'content-encoding': 'br' }, body: zlib.brotliCompressSync(FEED) });
    const latin = Buffer.from(
      '<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><item><title>Nestl\xe9</title></item></channel></rss>',
      'latin1',
    );
    server.route('/latin1', { headers: { 'content-type': 'text/xml' }, body: latin });
    const f = fetcher();
    for (const p of ['/gz', '/br']) {
      const r = await f.fetch(server.url(p));
      expect(r.status === 'ok' && r.body).toBe(FEED);
    }
    const r = await f.fetch(server.url('/latin1'));
    expect(r.status === 'ok' && r.body).toContain('Nestlé');
    await f.close();
  });

  it('stops a gzip bomb once the decoded bytes pass the cap', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20)); // 50 MiB of spaces, ~50 KB on the wire
    expect(bomb.length).toBeLessThan(100_000);
    server.route('/bomb', { headers: { 'content-encoding': 'gzip' }, body: bomb });
    const f = fetcher({ maxBytes: 1024 * 1024 });
    await expect(f.fetch(server.url('/bomb'))).rejects.toMatchObject({ code: 'newsbot/too-large' });
    await f.close();
  });

  it('refuses a declared Content-Length over the cap without reading it', async () => {
    server.route('/big', { body: Buffer.alloc(3000, 0x61) });
    const f = fetcher({ maxBytes: 2048 });
    await expect(f.fetch(server.url('/big'))).rejects.toMatchObject({ code: 'newsbot/too-large' });
    await f.close();
  });

  it('gives up after the total timeout and closes the socket', async () => {
    server.route('/slow', { body: FEED, dripMs: 200 });
    const before = server.aborted;
    const f = fetcher({ timeoutMs: 300 });
    await expect(f.fetch(server.url('/slow'))).rejects.toMatchObject({ code: 'newsbot/fetch-timeout' });
    await new Promise((r) => setTimeout(r, 100));
    expect(server.aborted).toBe(before + 1);
    await f.close();
  });

  it('times out a server that never answers', async () => {
    server.route('/hang', { body: FEED, delayMs: 5_000 });
    const f = fetcher({ timeoutMs: 200 });
    await expect(f.fetch(server.url('/hang'))).rejects.toMatchObject({ code: 'newsbot/fetch-timeout' });
    await f.close();
  });

  it('follows up to 5 redirects and refuses the 6th', async () => {
    for (let i = 0; i < 6; i++) server.route(`/r${i}`, { status: 302, headers: { location: `/r${i + 1}` } });
    server.route('/r6', { body: FEED });
    const f = fetcher();
    const ok = await f.fetch(server.url('/r1'));
    expect(ok).toMatchObject({ status: 'ok', finalUrl: server.url('/r6') });
    await expect(f.fetch(server.url('/r0'))).rejects.toMatchObject({ code: 'newsbot/too-many-redirects' });
    await f.close();
  });

  it('re-checks every redirect: to another scheme, or to a blocked address', async () => {
    server.route('/to-file', { status: 301, headers: { location: 'file:///etc/passwd' } });
    server.route('/to-metadata', { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    server.route('/to-loopback2', { status: 302, headers: { location: `http://127.0.0.2:${server.port}/r6` } });
    const f = fetcher();
    await expect(f.fetch(server.url('/to-file'))).rejects.toMatchObject({ code: 'newsbot/bad-url' });
    await expect(f.fetch(server.url('/to-metadata'))).rejects.toMatchObject({ code: 'newsbot/blocked-address' });
    await expect(f.fetch(server.url('/to-loopback2'))).rejects.toMatchObject({ code: 'newsbot/blocked-address' });
    await f.close();
  });

  it('checks the addresses a host name resolves to right before connecting', async () => {
    server.route('/named', { body: FEED });
    const f = createFeedFetcher({
      allowPrivateNetworks: false,
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    const url = `http://feeds.attacker.example:${server.port}/named`;
    await expect(f.fetch(url)).rejects.toMatchObject({ code: 'newsbot/blocked-address' });
    await f.close();
    const allowed = createFeedFetcher({
      allowPrivateNetworks: true,
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    expect((await allowed.fetch(url)).status).toBe('ok');
    await allowed.close();
  });

  it('reports HTTP errors with their status, and a 429 with its Retry-After', async () => {
    server.route('/gone', { status: 410 });
    server.route('/busy', { status: 429, headers: { 'retry-after': '120' } });
    const f = fetcher();
    await expect(f.fetch(server.url('/gone'))).rejects.toMatchObject({
      code: 'newsbot/http-status',
      context: { status: 410 },
    });
    await expect(f.fetch(server.url('/busy'))).rejects.toMatchObject({
      code: 'newsbot/http-status',
      retryAfterMs: 120_000,
    });
    await f.close();
  });

  it('gives up connecting after the connect timeout', async () => {
    // A name whose resolution never finishes stands in for a host that never answers SYN.
    const f = createFeedFetcher({ connectTimeoutMs: 200, timeoutMs: 5_000, resolve: () => new Promise(() => {}) });
    // The message says which timeout fired: the connect one, not the 5 s total.
    await expect(f.fetch('http://blackhole.example/feed')).rejects.toMatchObject({
      code: 'newsbot/fetch-timeout',
      message: 'could not connect within 0.2s',
    });
    await f.close();
  });

  it('reports an unreachable port and a bad URL plainly', async () => {
    const f = fetcher({ connectTimeoutMs: 500 });
    await expect(f.fetch('http://127.0.0.1:1/feed')).rejects.toMatchObject({ code: 'newsbot/connect-failure' });
    await expect(f.fetch('not a url')).rejects.toMatchObject({ code: 'newsbot/bad-url' });
    await f.close();
  });

  it('parses Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('30', 0)).toBe(30_000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:01:00 GMT', 0)).toBe(60_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });

  it('reads file sources with their size and mtime standing in for an ETag', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-'));
    const file = path.join(dir, 'feed.xml');
    fs.writeFileSync(file, FEED);
    const first = await readFeedFile(file, {}, 1 << 20);
    expect(first.status).toBe('ok');
    const second = await readFeedFile(file, { etag: first.status === 'ok' ? first.etag : null }, 1 << 20);
    expect(second.status).toBe('not-modified');
    await expect(readFeedFile(path.join(dir, 'missing.xml'), {}, 1 << 20)).rejects.toMatchObject({
      code: 'newsbot/file-not-found',
    });
  });
});
