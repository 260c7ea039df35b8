import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** Wait this long before answering (headers). */
  delayMs?: number;
  /** Send the body in pieces this far apart, to hold a connection open. */
  dripMs?: number;
}

export type Route = (req: http.IncomingMessage) => FakeResponse | Promise<FakeResponse>;

/**
 * A loopback feed server: each path answers through a route function, and every request is
 * recorded (with its conditional headers) so tests can see what the fetcher sent.
 */
export class FakeFeedServer {
  readonly requests: { path: string; headers: http.IncomingHttpHeaders }[] = [];
  readonly routes = new Map<string, Route>();
  /** Sockets closed by the client before the response finished. */
  aborted = 0;
  private server = http.createServer((req, res) => void this.handle(req, res));
  private sockets = new Set<import('node:net').Socket>();

  constructor(private host = '127.0.0.1') {
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, this.host, resolve));
    return this;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  url(path: string, host = this.host): string {
    return `http://${host.includes(':') ? `[${host}]` : host}:${this.port}${path}`;
  }

  route(path: string, route: Route | FakeResponse): this {
    this.routes.set(path, typeof route === 'function' ? route : () => route);
    return this;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const path = (req.url ?? '/').split('?')[0]!;
    this.requests.push({ path: req.url ?? '/', headers: req.headers });
    const route = this.routes.get(path);
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    const r = await route(req);
    let finished = false;
    res.on('close', () => {
      if (!finished) this.aborted++;
    });
    if (r.delayMs) await new Promise((resolve) => setTimeout(resolve, r.delayMs));
    if (res.destroyed) return;
    res.writeHead(r.status ?? 200, r.headers ?? {});
    const body = r.body ?? '';
    if (r.dripMs) {
      const buf = Buffer.from(body);
      for (let i = 0; i < buf.length && !res.destroyed; i += 64) {
        res.write(buf.subarray(i, i + 64));
        await new Promise((resolve) => setTimeout(resolve, r.dripMs));
      }
      finished = true;
      res.end();
      return;
    }
    finished = true;
    res.end(body);
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export interface FeedEntry {
  guid?: string;
  title: string;
  link?: string;
  description?: string;
  pubDate?: Date;
  /** The outlet an aggregator (Google News, a planet) took the item from. */
  source?: { name: string; url: string };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(entries: FeedEntry[], title = 'Fake Feed'): string {
  const items = entries
    .map(
      (e) =>
        `<item><title>${esc(e.title)}</title>${e.link ? `<link>${esc(e.link)}</link>` : ''}${e.guid ? `<guid isPermaLink="false">${esc(e.guid)}</guid>` : ''}${e.pubDate ? `<pubDate>${e.pubDate.toUTCString()}</pubDate>` : ''}${e.description ? `<description>${esc(e.description)}</description>` : ''}${e.source ? `<source url="${esc(e.source.url)}">${esc(e.source.name)}</source>` : ''}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${esc(title)}</title><link>https://fake.example/</link>\n${items}\n</channel></rss>`;
}

export function atom(entries: FeedEntry[], title = 'Fake Atom'): string {
  const items = entries
    .map(
      (e) =>
        `<entry><title>${esc(e.title)}</title>${e.link ? `<link href="${esc(e.link)}"/>` : ''}<id>${esc(e.guid ?? e.link ?? e.title)}</id><updated>${(e.pubDate ?? new Date()).toISOString()}</updated>${e.description ? `<summary type="html">${esc(e.description)}</summary>` : ''}${e.source ? `<source><id>${esc(e.source.url)}</id><title>${esc(e.source.name)}</title><link href="${esc(e.source.url)}"/></source>` : ''}</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:fake</id><updated>2025-01-01T00:00:00Z</updated>\n${items}\n</feed>`;
}
