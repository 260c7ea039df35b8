import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { buildApp, loadCheckedConfig } from '../../src/app.ts';
import { Cluster } from '../../src/cluster/cluster.ts';
import { captureLog } from '../helpers.ts';
import { postgresDatabase, postgresUnavailable } from '../store/stores.ts';

const pgSkip = await postgresUnavailable();

describe.skipIf(!!pgSkip)('scheduled work in a cluster', () => {
  it('a digest firing offered by every process runs once', async () => {
    const db = await postgresDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-digest-once-'));
    fs.writeFileSync(
      path.join(dir, 'n.yaml'),
      `database: ${db.url}\nsettings:\n  parseWorkers: 0\ntopics:\n  - { id: alpha, query: alpha }\nsubscriptions:\n  - { platform: console, channel: morning, topic: alpha, digest: "0 9 * * *" }\n`,
    );
    const { log } = captureLog();
    const apps = [
      await buildApp(loadCheckedConfig(path.join(dir, 'n.yaml'), {}), { log }),
      await buildApp(loadCheckedConfig(path.join(dir, 'n.yaml'), {}), { log }),
    ];
    const clusters = apps.map((app) => new Cluster(app, db.url, log, { leaseSeconds: 10, tickMs: 60_000 }));
    try {
      for (const c of clusters) await c.start();
      const schedule = { cron: '0 9 * * *', timezone: 'UTC' };
      await Promise.all(clusters.map((c) => c.offerDigest(schedule)));
      await clusters[1]!.offerDigest(schedule);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const count = async (state?: string) =>
        Number(
          (
            await client.query(
              `select count(*) as n from newsbot_jobs.job where name = 'newsbot-digest'${state ? ` and state = '${state}'` : ''}`,
            )
          ).rows[0].n,
        );
      expect(await count()).toBe(1);
      const until = Date.now() + 15_000;
      while ((await count('completed')) < 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      expect(await count('completed')).toBe(1);
      await client.end();
    } finally {
      for (const c of clusters) await c.stop();
      for (const a of apps) await a.close();
      await db.drop();
    }
  }, 60_000);
});
