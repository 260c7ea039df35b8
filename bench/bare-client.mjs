/**
 * The whole-process floor under `newsbot once` warm: a fresh Node process that loads undici and
 * asks the farm for every feed with the validators a previous run of itself stored, at the same
 * connections, then exits. Plain JavaScript (no tsx), so it pays only what any Node poller pays.
 *
 *   node bench/bare-client.mjs PORT FEEDS CONNECTIONS VALIDATORS_FILE
 */
import fs from 'node:fs';
import { Agent, request } from 'undici';

const [port, feeds, connections, file] = process.argv.slice(2);
const validators = new Map(fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : []);
const agent = new Agent({ connections: Number(connections) });
let next = 0;
await Promise.all(
  Array.from({ length: Number(connections) }, async () => {
    while (next < Number(feeds)) {
      const f = next++;
      const etag = validators.get(f);
      const r = await request(`http://127.0.0.1:${port}/feed/${f}`, {
        dispatcher: agent,
        headers: etag ? { 'if-none-match': etag } : {},
      });
      if (typeof r.headers.etag === 'string') validators.set(f, r.headers.etag);
      await r.body.text();
    }
  }),
);
fs.writeFileSync(file, JSON.stringify([...validators]));
await agent.close();
