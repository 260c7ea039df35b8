import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback chat platform that honours idempotency keys, as Discord's nonces and many
 * webhook APIs do: a second POST with a key it has seen returns the first message instead of
 * posting again. `killSenderOnce` makes it SIGKILL the sending process after storing the
 * message but before answering: the crash between sending and recording.
 */
export class IdempotentPlatform {
  readonly messages: { id: string; key: string; body: unknown }[] = [];
  requests = 0;
  killSenderOnce = false;
  private server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      this.requests++;
      const key = String(req.headers['idempotency-key'] ?? '');
      let message = this.messages.find((m) => m.key === key);
      if (!message) {
        message = { id: `m${this.messages.length + 1}`, key, body: JSON.parse(raw) };
        this.messages.push(message);
      }
      if (this.killSenderOnce) {
        this.killSenderOnce = false;
        process.kill(Number(req.headers['x-sender-pid']), 'SIGKILL');
        return; // the answer never arrives
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: message.id }));
    });
  });

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/messages`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
