import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { describeError } from '../errors.ts';
import { storeAnswers, type Db } from '../store/open-store.ts';
import type { NewsbotMetrics } from './metrics.ts';

/** Handles a request if it is one of ours; returns false to let another server answer it. */
export type OpsRoutes = (req: http.IncomingMessage, res: http.ServerResponse) => boolean;

/**
 * The operators' endpoints: `/healthz` (the process is alive), `/readyz` (the store answers;
 * 503 with the reason otherwise) and `/metrics` (Prometheus text format). GET only.
 */
export function opsRoutes(db: Db, metrics: NewsbotMetrics, log: Logger): OpsRoutes {
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || !['/healthz', '/readyz', '/metrics'].includes(path!)) return false;
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return true;
    }
    if (path === '/readyz') {
      storeAnswers(db).then(
        () => res.writeHead(200, { 'content-type': 'text/plain' }).end('ready\n'),
        (e) => {
          const { code, message } = describeError(e);
          res
            .writeHead(503, { 'content-type': 'text/plain' })
            .end(`not ready: the store does not answer (${code}: ${message})\n`);
        },
      );
      return true;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      (e) => {
        log.warn({ err: (e as Error).message }, 'metrics could not be collected');
        res
          .writeHead(500, { 'content-type': 'text/plain' })
          .end(`metrics could not be collected: ${(e as Error).message}\n`);
      },
    );
    return true;
  };
}

/** The operators' own server (`settings.http`), when Slack's HTTP server is not there to share. */
export async function startOpsServer(
  where: { port: number; host: string },
  routes: OpsRoutes,
  log: Logger,
): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (!routes(req, res))
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz, /readyz or /metrics\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(where.port, where.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  log.info(
    { port, host: where.host },
    `operators' endpoints on http://${where.host}:${port}/metrics, /healthz, /readyz`,
  );
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
