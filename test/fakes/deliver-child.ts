/**
 * A delivery worker in its own process, for the crash test: delivers the store's outbox to
 * an HTTP platform with the outbox id as idempotency key, then exits.
 *   node --import tsx test/fakes/deliver-child.ts DB_FILE PLATFORM_URL
 */
import { request } from 'undici';
import { deliverOutbox } from '../../src/alerts/deliver-outbox.ts';
import type { PlatformSender } from '../../src/alerts/platform.ts';
import { createLogger } from '../../src/log.ts';
import { openStore } from '../../src/store/open-store.ts';

const [file, url] = process.argv.slice(2);
const db = await openStore(file!);
const sender: PlatformSender = {
  name: 'console',
  async send(d) {
    const res = await request(url!, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': d.outboxId,
        'x-sender-pid': String(process.pid),
      },
      body: JSON.stringify({ channel: d.channel, alert: d.alert }),
    });
    const body = (await res.body.json()) as { id: string };
    return { messageId: body.id };
  },
};
const report = await deliverOutbox(db, new Map([['console', sender]]), Date.now, createLogger({ level: 'warn' }));
await db.destroy();
console.log(JSON.stringify(report));
