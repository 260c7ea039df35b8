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
const COMPANIES = [
  'Microsoft',
  'OpenAI',
  'Adobe',
  'Figma',
  'Google',
  'Wiz',
  'Nvidia',
  'Arm',
  'Intel',
  'Broadcom',
  'VMware',
  'Cisco',
  'Splunk',
  'HPE',
  'Juniper',
  'Amazon',
];
const LAST_MODIFIED = new Date(Date.UTC(2025, 5, 20)).toUTCString();

function description(f: number, i: number): string {
  const a = COMPANIES[(f + i) % COMPANIES.length]!;
  const b = COMPANIES[(f * 7 + i * 3) % COMPANIES.length]!;
  const para = `<p>${a} and ${b} are said to be in <b>talks</b> about a deal worth <a href="https://farm.example/${f}/${i}">billions of dollars</a>, people familiar with the matter said.</p>`;
  return (
    para +
    `<p>Item ${i} of feed ${f}: analysts expect regulators in the US and Europe to review any agreement closely.</p>`
  ).repeat(3);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Item k of every feed is published k hours after BASE; generation g serves items g … g+items-1,
// so each POST /bump adds one new item to every feed. Feeds f and f+400·n report the same
// event in their new items (about five outlets per event), as the news does.
const BASE = Date.now() - items * 3_600_000;
const VERBS = ['agrees to buy', 'ends talks with', 'sues', 'invests in', 'weighs bid for'];
function itemText(f: number, k: number): { title: string; html: string } {
  if (k < items)
    return {
      title: `Feed ${f} story ${k}: ${COMPANIES[k % COMPANIES.length]} weighs options`,
      html: description(f, k),
    };
  const e = (f % 400) + k * 1000; // the event this feed's new item reports
  // Each event has its own firm, product and place, as real events do; outlets vary the words.
  const a = `Firm${e.toString(36)}`;
  const product = `Product${(e * 7).toString(36)}`;
  const place = `City${(e * 13).toString(36)}`;
  const b = COMPANIES[e % COMPANIES.length]!;
  const verb = VERBS[e % VERBS.length]!;
  return f % 2
    ? {
        title: `${a} ${verb} ${b}'s ${product} unit for $${(e % 90) + 1} billion`,
        html: `<p>The ${place}-based ${a} said it ${verb} the ${product} business of ${b} (report ${f}).</p>`,
      }
    : {
        title: `${b} sells ${product} to ${place} rival ${a}`,
        html: `<p>${a}, based in ${place}, ${verb} ${b}'s ${product} division in a $${(e % 90) + 1} billion deal, the companies said (report ${f}).</p>`,
      };
}
function render(f: number, g: number): string {
  const ks = Array.from({ length: items }, (_, i) => g + items - 1 - i);
  if (f % 2 === 0) {
    const entries = ks
      .map((k) => {
        const t = itemText(f, k);
        return `<item><title>${esc(t.title)}</title><link>https://farm.example/${f}/${k}</link><guid>farm-${f}-${k}</guid><pubDate>${new Date(BASE + k * 3_600_000).toUTCString()}</pubDate><description>${esc(t.html)}</description></item>`;
      })
      .join('');
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Farm feed ${f}</title><link>https://farm.example/${f}</link>${entries}</channel></rss>`;
  }
  const entries = ks
    .map((k) => {
      const t = itemText(f, k);
      return `<entry><title>${esc(t.title)}</title><link href="https://farm.example/${f}/${k}"/><id>urn:farm:${f}:${k}</id><updated>${new Date(BASE + k * 3_600_000).toISOString()}</updated><summary type="html">${esc(t.html)}</summary></entry>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Farm feed ${f}</title><id>urn:farm:${f}</id><updated>${new Date(BASE).toISOString()}</updated>${entries}</feed>`;
}

let generation = 0;
let bodies = Array.from({ length: feeds }, (_, f) => Buffer.from(render(f, generation)));
let served = 0;
let notModified = 0;
const server = http.createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/bump') {
    generation++;
    bodies = Array.from({ length: feeds }, (_, f) => Buffer.from(render(f, generation)));
    return res.writeHead(200).end(String(generation));
  }
  const m = /^\/feed\/(\d+)$/.exec(req.url ?? '');
  const f = m ? Number(m[1]) : -1;
  setTimeout(() => {
    if (f < 0 || f >= feeds) return res.writeHead(404).end();
    const etag = `"farm-${f}-${generation}"`;
    if (req.headers['if-none-match'] === etag) {
      notModified++;
      return res.writeHead(304, { etag }).end();
    }
    served++;
    res.writeHead(200, {
      'content-type': f % 2 ? 'application/atom+xml' : 'application/rss+xml',
      etag,
      'last-modified': LAST_MODIFIED,
      'content-length': bodies[f]!.length,
    });
    res.end(bodies[f]);
  }, latency);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('message', () => process.send?.({ served, notModified }));
