import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, loadCheckedConfig } from '../../src/app.ts';
import type { CommandContext } from '../../src/commands/answer.ts';
import { listSources } from '../../src/store/sources-repo.ts';
import { captureLog } from '../helpers.ts';
import { FakeFeedServer, rss } from '../fakes/feed-server.ts';

let server: FakeFeedServer;
beforeAll(async () => {
  server = await new FakeFeedServer().start();
  server.route('/deals.xml', {
    body: rss(
      [{ guid: '1', title: 'Adobe and Figma call off their deal', link: 'https://d.example/1' }],
      'Deals Daily',
    ),
    headers: { 'content-type': 'application/rss+xml' },
  });
  server.route('/page.html', {
    body: '<!doctype html><html><body>Not a feed</body></html>',
    headers: { 'content-type': 'text/html' },
  });
});
afterAll(() => server.stop());

async function appWith(allowPrivateNetworks: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-add-source-'));
  fs.writeFileSync(
    path.join(dir, 'n.yaml'),
    `database: ${path.join(dir, 'n.db')}\nsettings:\n  allowPrivateNetworks: ${allowPrivateNetworks}\n  parseWorkers: 0\n`,
  );
  return buildApp(loadCheckedConfig(path.join(dir, 'n.yaml'), {}), { log: captureLog().log });
}

const ctx = (team: string): CommandContext => ({ platform: 'slack', team, channel: 'C1', user: 'U1', isAdmin: true });

describe('/news add-source', () => {
  it('fetches the feed through the SSRF guard: an internal address is refused with the reason', async () => {
    const app = await appWith(false);
    try {
      const a = await app.ask(ctx('T1'), `/news add-source ${server.url('/deals.xml')}`);
      expect(a.ok).toBe(false);
      expect(a.title).toMatch(/^Could not add http:\/\/127\.0\.0\.1:\d+\/deals\.xml: .*127\.0\.0\.1/);
      expect(a.sections[0]!.lines[0]!.text).toBe('newsbot only fetches feeds on public addresses.');
      expect(await listSources(app.db)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("adds a feed that parses as the team's own source, shown to that team only; a web page is refused", async () => {
    const app = await appWith(true);
    try {
      const a = await app.ask(ctx('T1'), `/news add-source <${server.url('/deals.xml')}>`);
      expect(a).toMatchObject({
        ok: true,
        title: 'Added Deals Daily (1 items now; new ones will be matched from the next poll).',
      });
      const rows = await listSources(app.db);
      expect(rows.map((r) => [r.name, r.team, r.origin])).toEqual([['Deals Daily', 'T1', 'command']]);
      expect((await app.ask(ctx('T1'), '/news sources')).data).toHaveLength(1);
      expect((await app.ask(ctx('T2'), '/news sources')).data).toHaveLength(0);
      expect((await app.ask(ctx('T2'), `/news add-source ${server.url('/deals.xml')}`)).title).toBe(
        "Deals Daily is already polled; its news reaches this team's topics.",
      );
      const page = await app.ask(ctx('T1'), `/news add-source ${server.url('/page.html')}`);
      expect(page.ok).toBe(false);
      expect(page.sections[0]!.lines[0]!.text).toContain('it should show a feed');
    } finally {
      await app.close();
    }
  });
});
