/**
 * A loopback farm of feeds for the benchmark, run as its own process so it does not share
 * newsbot's event loop: N feeds × M items, RSS and Atom alternating, ~1 KB HTML descriptions,
 * ETag and Last-Modified, and a fixed latency per response.
 *
 *   node --import tsx bench/feed-farm.ts FEEDS ITEMS LATENCY_MS   → prints the port
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const [feeds = 2000, items = 20, latency = 20] = process.argv.slice(2).map(Number);
const COMPANIES = ['Microsoft', 'OpenAI', 'Adobe', 'Figma', 'Google', 'Wiz', 'Nvidia', 'Arm', 'Intel', 'Broadcom', 'VMware', 'Cisco', 'Splunk', 'HPE', 'Juniper', 'Amazon'];
const LAST_MODIFIED = new Date(Date.UTC(2025, 5, 20)).toUTCString();

function description(f: number, i: number): string {
  const a = COMPANIES[(f + i) % COMPANIES.length]!;
  const b = COMPANIES[(f * 7 + i * 3) % COMPANIES.length]!;
  const para = `<p>${a} and ${b} are said to be in <b>talks</b> about a deal worth <a href="https://farm.example/${f}/${i}">billions of dollars</a>, people familiar with the matter said.</p>`;
  return (para + `<p>Item ${i} of feed ${f}: analysts expect regulators in the US and Europe to review any agreement closely.</p>`).repeat(3);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function render(f: number): string {
  const now = Date.UTC(2025, 5, 20);
  if (f % 2 === 0) {
    const entries = Array.from({ length: items }, (_, i) => `<item><title>Feed ${f} story ${i}: ${COMPANIES[i % COMPANIES.length]} weighs options</title><link>https://farm.example/${f}/${i}</link><guid>farm-${f}-${i}</guid><pubDate>${new Date(now - i * 3_600_000).toUTCString()}</pubDate><description>${esc(description(f, i))}</description></item>`).join('');
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Farm feed ${f}</title><link>https://farm.example/${f}</link>${entries}</channel></rss>`;
  }
  const entries = Array.from({ length: items }, (_, i) => `<entry><title>Feed ${f} story ${i}: ${COMPANIES[i % COMPANIES.length]} weighs options</title><link href="https://farm.example/${f}/${i}"/><id>urn:farm:${f}:${i}</id><updated>${new Date(now - i * 3_600_000).toISOString()}</updated><summary type="html">${esc(description(f, i))}</summary></entry>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Farm feed ${f}</title><id>urn:farm:${f}</id><updated>${new Date(now).toISOString()}</updated>${entries}</feed>`;
}

const bodies = Array.from({ length: feeds }, (_, f) => Buffer.from(render(f)));
let served = 0;
let notModified = 0;
const server = http.createServer((req, res) => {
  const m = /^\/feed\/(\d+)$/.exec(req.url ?? '');
  const f = m ? Number(m[1]) : -1;
  setTimeout(() => {
    if (f < 0 || f >= feeds) return res.writeHead(404).end();
    const etag = `"farm-${f}"`;
    if (req.headers['if-none-match'] === etag) {
      notModified++;
      return res.writeHead(304, { etag }).end();
    }
    served++;
    res.writeHead(200, { 'content-type': f % 2 ? 'application/atom+xml' : 'application/rss+xml', etag, 'last-modified': LAST_MODIFIED, 'content-length': bodies[f]!.length });
    res.end(bodies[f]);
  }, latency);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('message', () => process.send?.({ served, notModified }));
