import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PermissionFlagsBits, REST } from 'discord.js';
import type { DeliveryError } from '../../../src/alerts/platform.ts';
import { DiscordSender } from '../../../src/platforms/discord/discord-sender.ts';
import { captureLog } from '../../helpers.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/alerts/alert.ts';
import { enqueue, getOutbox } from '../../../src/store/outbox-repo.ts';
import { openStore } from '../../../src/store/open-store.ts';
import { addSubscription } from '../../../src/store/subscriptions-repo.ts';
import { FakeDiscord, validateMessage } from '../../fakes/discord-server.ts';
import { renderAlertEmbeds } from '../../../src/platforms/discord/render-embeds.ts';
import { FakeFeedServer, rss } from '../../fakes/feed-server.ts';
import { startDiscordHarness, type DiscordHarness } from './discord-harness.ts';

const GUILD = '200000000000000001';
const CHANNEL = '300000000000000001';
const CHILD = path.join(import.meta.dirname, '../../fakes/discord-deliver-child.ts');

function storyAlert(n: number, headline = `Story number ${n}`, sources = 1): Extract<Alert, { kind: 'story' }> {
  return {
    kind: 'story',
    id: `alert-${n}`,
    topic: { id: 'microsoft-openai', name: 'Microsoft / OpenAI' },
    story: {
      id: `sty_${n}`,
      headline,
      summary: [{ text: `Summary of story ${n}. ${'x'.repeat(n > 1000 ? 9000 : 10)}`, cites: [1] }],
      sources: Array.from({ length: sources }, (_, i) => ({
        n: i + 1,
        outlet: `Outlet ${i + 1}`,
        title: `${headline} ${'t'.repeat(sources > 10 ? 200 : 1)}`,
        url: `https://o${i}.example/${n}`,
        publishedAt: Date.now(),
      })),
      firstReportedBy: 'Outlet 1',
    },
    revision: sources,
    changes: { newSources: [1] },
    createdAt: Date.now(),
  };
}

const row = (id: string, channel: string, alert: Alert, subscription: string | null = null) => ({
  id,
  subscription_id: subscription,
  platform: 'discord',
  team: GUILD,
  channel,
  kind: alert.kind,
  payload: JSON.stringify(alert),
});

let h: DiscordHarness | undefined;
let fake: FakeDiscord | undefined;
afterEach(async () => {
  await h?.close();
  await fake?.close();
  h = undefined;
  fake = undefined;
});

describe('delivering alerts to Discord', () => {
  it('a crash between sending and recording does not post twice: the retry carries the same nonce', async () => {
    fake = await new FakeDiscord().start();
    fake.addGuild(GUILD, [{ id: CHANNEL }]);
    const dbFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-discord-crash-')), 'store.db');
    const db = await openStore(dbFile);
    await enqueue(db, [row('out_1', CHANNEL, storyAlert(1))], Date.now());
    await db.destroy();

    const run = () =>
      new Promise<{
        code: number | null;
        signal: NodeJS.Signals | null;
        stdout: string;
        child: ReturnType<typeof spawn>;
      }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbFile, fake!.apiUrl, fake!.token], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let stdout = '';
        child.stdout!.on('data', (d) => (stdout += d));
        child.on('exit', (code, signal) => resolve({ code, signal, stdout, child }));
        fake!.holdNextResponse ??= undefined;
        (run as any).last = child;
      });
    // Discord stores the message, and the worker is killed before it hears back.
    fake.holdNextResponse = () => (run as any).last.kill('SIGKILL');
    const first = await run();
    expect(first.signal).toBe('SIGKILL');
    expect(fake.messagesIn(CHANNEL)).toHaveLength(1);

    const second = await run();
    expect(JSON.parse(second.stdout)).toEqual({ sent: 1, retried: 0, dead: 0, paused: 0 });
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL}/messages`)).toHaveLength(
      2,
    );
    expect(fake.messagesIn(CHANNEL)).toHaveLength(1);
    const check = await openStore(dbFile);
    expect((await getOutbox(check, ['out_1']))[0]).toMatchObject({
      status: 'sent',
      message_id: fake.messagesIn(CHANNEL)[0]!.id,
    });
    await check.destroy();
  }, 30_000);

  it('rate-limit buckets are honoured: a burst of 30 to one channel arrives complete and in order', async () => {
    h = await startDiscordHarness({ discord: { perChannel: 5, windowMs: 300 } });
    const { app, discord } = h;
    await enqueue(
      app.db,
      Array.from({ length: 30 }, (_, i) => row(`out_${String(i).padStart(2, '0')}`, CHANNEL, storyAlert(i))),
      Date.now(),
    );
    await app.deliver();
    const got = await discord.waitForMessages(CHANNEL, 30);
    expect(got.map((m) => m.embeds[0].title)).toEqual(Array.from({ length: 30 }, (_, i) => `Story number ${i}`));
    expect((await app.db.selectFrom('outbox').select('status').execute()).every((r) => r.status === 'sent')).toBe(true);
  }, 30_000);

  it('Missing Access, Unknown Channel and Missing Permissions pause the channel with the reason in /news list, without a retry loop', async () => {
    h = await startDiscordHarness({ guilds: { [GUILD]: [CHANNEL, '300000000000000002', '300000000000000003'] } });
    const { app, discord } = h;
    discord.channels.get('300000000000000002')!.access = false;
    discord.channels.get('300000000000000003')!.canSend = false;
    const cases = [
      ['300000000000000002', 'Missing Access'],
      ['300000000000000003', 'Missing Permissions'],
      ['300000000000000099', 'Unknown Channel'],
    ] as const;
    for (const [channel] of cases) {
      const { row: sub } = await addSubscription(
        app.db,
        { platform: 'discord', team: GUILD, channel, topicId: 'microsoft-openai' },
        Date.now(),
      );
      await enqueue(
        app.db,
        [row(`out_${channel}`, channel, storyAlert(Number(channel.slice(-2))), sub.id)],
        Date.now(),
      );
    }
    await app.deliver();
    await app.deliver();
    for (const [channel] of cases)
      expect(discord.requests.filter((r) => r.path === `/channels/${channel}/messages`)).toHaveLength(1);
    const list = await discord.interact({
      guild: GUILD,
      channel: CHANNEL,
      user: '400000000000000001',
      command: 'news',
      subcommand: 'list',
      permissions: PermissionFlagsBits.ManageGuild,
    });
    const text = JSON.stringify(list.callback.data.embeds);
    for (const [, reason] of cases) expect(text).toContain(`paused: Discord refused the message: ${reason}`);
  });

  it('a slow command is deferred within 3 s and answered when ready', async () => {
    const slowFeed = await new FakeFeedServer().start();
    slowFeed.route('/slow.xml', {
      body: rss([{ guid: '1', title: 'Hello', link: 'https://s.example/1' }], 'Slow Wire'),
      headers: { 'content-type': 'application/rss+xml' },
      delayMs: 2_500,
    });
    try {
      h = await startDiscordHarness();
      const r = await h.discord.interact({
        guild: GUILD,
        channel: CHANNEL,
        user: '400000000000000001',
        command: 'news',
        subcommand: 'add-source',
        options: { url: slowFeed.url('/slow.xml') },
        permissions: PermissionFlagsBits.ManageGuild,
        edits: 1,
      });
      expect(r.callback).toMatchObject({ type: 5, data: { flags: 64 } });
      expect(r.msToCallback).toBeLessThan(3000);
      expect(r.edits[0].embeds[0].title).toBe(
        'Added Slow Wire (1 items now; new ones will be matched from the next poll).',
      );
    } finally {
      await slowFeed.stop();
    }
  }, 20_000);

  it("a deal's next development replies to the alert of the one before, in the channel, saying what changed", async () => {
    h = await startDiscordHarness({ deal: true });
    const ctx = { platform: 'discord', team: GUILD, channel: CHANNEL, user: 'U1', isAdmin: true };
    await h.poll(); // baseline
    await h.app.ask(ctx, '/news subscribe microsoft-openai');
    const day = 86_400_000;
    h.feeds.wire!.push({
      guid: 'm1',
      title: 'Microsoft agrees to invest $10 billion in OpenAI',
      link: 'https://wire.example/m1',
      pubDate: new Date(Date.now() - 1.5 * day),
    });
    await h.poll();
    h.feeds.journal!.push({
      guid: 'm2',
      title: "FTC opens probe into Microsoft's $10 billion OpenAI investment",
      link: 'https://journal.example/m2',
      description: 'The agency said the investment could harm competition in AI.',
      pubDate: new Date(Date.now() - 0.2 * day),
    });
    await h.poll();
    const sent = h.discord.messages.filter((m) => m.channel_id === CHANNEL);
    expect(sent.map((m) => m.embeds[0].title)).toEqual([
      expect.stringContaining('Microsoft / OpenAI: agreed'),
      expect.stringContaining('Microsoft / OpenAI: agreed → regulatory review'),
    ]);
    expect(sent[1]!.message_reference).toEqual({ message_id: sent[0]!.id });
    expect(JSON.stringify(sent[1]!.embeds)).toContain(
      'Next development of “Microsoft agrees to invest $10 billion in OpenAI” (agreed → regulatory review)',
    );
  });

  it('Discord failing on its side (5xx) or unreachable is an outage: the alert is kept, not counted towards giving up', async () => {
    const server = http.createServer((req, res) => {
      req.resume();
      if (req.url?.includes('/channels/503')) res.writeHead(503, { 'content-type': 'application/json' }).end('{}');
      else
        res
          .writeHead(400, { 'content-type': 'application/json' })
          .end(JSON.stringify({ code: 40001, message: 'Unauthorized' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const { log } = captureLog();
    const options = async (api: string, channel: string) => {
      const rest = new REST({ api, timeout: 2_000, retries: 0 }).setToken('t');
      const sender = new DiscordSender({ rest, log });
      return sender
        .send({ outboxId: 'o', platform: 'discord', team: GUILD, channel, alert: storyAlert(1), attempt: 1 })
        .then(
          () => undefined,
          (e: DeliveryError) => e.options,
        );
    };
    try {
      expect(await options(`http://127.0.0.1:${port}/api`, '503')).toEqual({ unavailable: true });
      expect(await options(`http://127.0.0.1:${port}/api`, CHANNEL)).toEqual({});
      server.close();
      await new Promise((r) => server.once('close', r));
      expect(await options(`http://127.0.0.1:${port}/api`, CHANNEL)).toEqual({ unavailable: true });
    } finally {
      server.close();
    }
  });

  it('embeds stay within every limit, and a deal stage shows at a glance', () => {
    const huge = renderAlertEmbeds(storyAlert(5000, 'H'.repeat(400), 200));
    expect(validateMessage(huge)).toBeUndefined();
    const stage = renderAlertEmbeds({
      kind: 'deal-stage',
      id: 'd',
      topic: { id: 't', name: 'Microsoft / OpenAI' },
      from: 'negotiating',
      to: 'at_risk',
      since: 0,
      why: { phrase: 'considering ending negotiations', hedged: true, sources: [1] },
      story: storyAlert(1).story,
      revision: 1,
      terms: [{ kind: 'horizon', text: 'until 2030', cites: [1] }],
      createdAt: 0,
    });
    expect(validateMessage(stage)).toBeUndefined();
    expect(stage.embeds[0]).toMatchObject({
      title: '⚠️ Microsoft / OpenAI: negotiating → at risk',
      fields: [
        { name: 'Stage', value: '⚠️ **at risk**', inline: true },
        { name: 'Was', value: 'negotiating', inline: true },
        { name: 'Why' },
        { name: 'Key terms' },
      ],
    });
  });
});
