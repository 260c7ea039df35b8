import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import parsePrometheus from 'parse-prometheus-text-format';
import pino from 'pino';
import { describe, expect, it, onTestFinished } from 'vitest';
import { NewsbotMetrics } from '../../src/ops/metrics.ts';
import { opsRoutes, startOpsServer } from '../../src/ops/ops-server.ts';
import { openStore } from '../../src/store/open-store.ts';
import { BIN, scratch } from '../run-newsbot.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

type Family = {
  name: string;
  type: string;
  metrics: { value?: string; labels?: Record<string, string>; count?: string }[];
};
const value = (families: Family[], name: string, labels: Record<string, string> = {}) =>
  families
    .find((f) => f.name === name)
    ?.metrics.filter((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))
    .reduce((sum, m) => sum + Number(m.value ?? m.count ?? 0), 0);

describe("the operators' endpoints", () => {
  it('newsbot start with settings.http serves /healthz, /readyz and /metrics that a Prometheus parser reads', async () => {
    const dir = scratch();
    const port = await freePort();
    const config = path.join(dir, 'config/newsbot.yaml');
    fs.writeFileSync(
      config,
      fs.readFileSync(config, 'utf8').replace('settings:\n', `settings:\n  http: { port: ${port} }\n`),
    );
    const child = spawn(process.execPath, [BIN, 'start'], { cwd: dir, env: { ...process.env, NEWSBOT_CONFIG: '' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    onTestFinished(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    const started = Date.now();
    // The bundled samples alert at once; the real feeds fail offline.
    while (!out.includes('4 outlets') && Date.now() - started < 15_000) await new Promise((r) => setTimeout(r, 100));
    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/healthz`)).text()).toBe('ok\n');
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([200, 'ready\n']);
    expect((await fetch(`${base}/nope`)).status).toBe(404);

    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const families = parsePrometheus(await res.text()) as Family[];
    expect(value(families, 'newsbot_polls_total', { outcome: 'ok' })).toBe(4); // the four sample files
    expect(value(families, 'newsbot_items_ingested_total')).toBeGreaterThan(0);
    expect(value(families, 'newsbot_stories_started_total')).toBeGreaterThan(0);
    expect(value(families, 'newsbot_alerts_planned_total')).toBeGreaterThan(0);
    expect(value(families, 'newsbot_alerts_total', { platform: 'console', outcome: 'sent' })).toBeGreaterThan(0);
    expect(families.find((f) => f.name === 'newsbot_alert_latency_seconds')?.type).toBe('HISTOGRAM');
    expect(families.find((f) => f.name === 'newsbot_fetch_duration_seconds')?.type).toBe('HISTOGRAM');
    expect(
      value(families, 'newsbot_sources', { health: 'ok' })! +
        value(families, 'newsbot_sources', { health: 'failing' })!,
    ).toBe(7);
    expect(value(families, 'newsbot_outbox_depth', { status: 'held' })).toBe(0);
    // The deal reader read every sample headline without failing on one.
    expect(value(families, 'newsbot_reader_failures_total', {})).toBe(0);
    expect(families.some((f) => f.name === 'newsbot_process_resident_memory_bytes')).toBe(true);

    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    // The port is closed with the process.
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 30_000);

  it('/readyz answers 503 with the reason when the store does not answer', async () => {
    const db = await openStore(':memory:');
    const log = pino({ level: 'silent' });
    const server = await startOpsServer(
      { port: 0, host: '127.0.0.1' },
      opsRoutes(db, new NewsbotMetrics(db), log),
      log,
    );
    try {
      const url = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      await db.destroy();
      const down = await fetch(`${url}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.text()).toMatch(/^not ready: the store does not answer/);
      // Alive all the same: a supervisor must not restart a process that waits for its store.
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
