import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { DISCORD_COMMANDS } from '../../../src/platforms/discord/command-definitions.ts';
import { readDiscordEnv } from '../../../src/platforms/discord/discord-env.ts';
import { FakeDiscord, validateCommands } from '../../fakes/discord-server.ts';
import { BIN, ROOT, runNewsbot, scratch } from '../../run-newsbot.ts';

const run = (args: string[], env: Record<string, string>) => runNewsbot(args, scratch('newsbot-discord-cli-'), env);

import { runCommand, SLASH_COMMANDS } from '../../../src/commands/run-command.ts';
import { memoryStore } from '../../helpers.ts';

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('Discord from the command line', () => {
  it('newsbot discord register puts /news and /deal in one server, or globally', async () => {
    fake = await new FakeDiscord().start();
    const env = { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl };
    const inGuild = await run(['discord', 'register', '--guild', '200000000000000001'], env);
    expect(inGuild).toMatchObject({
      code: 0,
      stdout: 'Registered /news and /deal in server 200000000000000001 (available now)\n',
    });
    const global = await run(['discord', 'register'], env);
    expect(global.stdout).toContain('globally');
    const news = fake.registered.get('global')!.find((c) => c.name === 'news');
    expect(news.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(fake.registered.get('200000000000000001')!.map((c) => c.name)).toEqual(['news', 'deal']);
    expect((await run(['discord', 'register'], {})).stderr).toContain('needs DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  }, 30_000);

  it('npm start connects to Discord, answers /news, keeps the token out of the log and exits 0 on SIGTERM', async () => {
    fake = await new FakeDiscord().start();
    fake.addGuild('200000000000000001', [{ id: '300000000000000001' }]);
    const child = spawn(process.execPath, [BIN, 'start'], {
      cwd: scratch('newsbot-discord-cli-'),
      env: {
        ...process.env,
        NEWSBOT_CONFIG: '',
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        NEWSBOT_LOG_LEVEL: 'debug',
      },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    onTestFinished(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    try {
      await fake.waitForIdentify(20_000);
      const until = Date.now() + 10_000;
      while (!stderr.includes('Discord connected') && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      const r = await fake.interact({
        guild: '200000000000000001',
        channel: '300000000000000001',
        user: '400000000000000001',
        command: 'deal',
        subcommand: 'list',
      });
      expect(r.callback.data.embeds[0].title).toBe('Deals (5)');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toContain(fake.token);
  }, 40_000);
});

describe('Discord settings and commands', () => {
  it('reads DISCORD_* and says what is missing', () => {
    expect(readDiscordEnv({})).toBeUndefined();
    expect(
      readDiscordEnv({
        DISCORD_TOKEN: 't',
        DISCORD_APPLICATION_ID: '100000000000000001',
        DISCORD_API_URL: 'http://127.0.0.1:1/api/',
      }),
    ).toEqual({ token: 't', applicationId: '100000000000000001', apiUrl: 'http://127.0.0.1:1/api' });
    expect(() => readDiscordEnv({ DISCORD_TOKEN: 't' })).toThrow('DISCORD_APPLICATION_ID');
    expect(() => readDiscordEnv({ DISCORD_APPLICATION_ID: '100000000000000001' })).toThrow('DISCORD_TOKEN');
    expect(() => readDiscordEnv({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'newsbot' })).toThrow(
      'numeric application id',
    );
  });

  it('registers the declared subcommands with the options Discord types, in an order Discord accepts', async () => {
    expect(validateCommands(DISCORD_COMMANDS)).toBeUndefined();
    const news = DISCORD_COMMANDS.find((c) => c.name === 'news')!;
    const subscribe = news.options!.find((o) => o.name === 'subscribe') as any;
    // subscribe has a form: run without options it opens a modal, so none is required on Discord.
    expect(subscribe.options).toEqual([
      { type: 3, name: 'topic', description: 'topic id (see /news topics)', autocomplete: true },
      { type: 3, name: 'digest', description: expect.any(String), max_length: 100 },
      { type: 3, name: 'tz', description: expect.any(String), max_length: 64 },
      { type: 4, name: 'min-sources', description: expect.any(String), min_value: 1, max_value: 20 },
    ]);
    const latest = news.options!.find((o) => o.name === 'latest') as any;
    expect(latest.options[0]).toMatchObject({ name: 'topic', required: true });
    // Every declared subcommand is registered, and nothing else.
    const registered = DISCORD_COMMANDS.flatMap((c) => (c.options ?? []).map((s) => `${c.name} ${s.name}`));
    expect(registered).toEqual(SLASH_COMMANDS.map((s) => `${s.command} ${s.name}`));
  });

  it("typed options reach the core as values, checked by the subcommand's declaration", async () => {
    const db = await memoryStore();
    const admin = { platform: 'discord', team: 'g', channel: 'c', user: 'u', isAdmin: true };
    const deps = { db, clock: Date.now };
    // A name with quotes and a query with its own phrases: nothing is re-joined and re-split.
    const watch = await runCommand(deps, admin, {
      command: 'news',
      subcommand: 'watch',
      values: { name: 'Adobe "Figma"', query: 'Adobe AND "design tool"' },
    });
    expect(watch.data).toEqual({
      id: 'adobe-figma',
      name: 'Adobe "Figma"',
      query: 'Adobe AND "design tool"',
      team: 'g',
    });
    const sub = await runCommand(deps, admin, {
      command: 'news',
      subcommand: 'subscribe',
      values: { topic: 'adobe-figma', digest: '0 9 * * 1-5', tz: 'Europe/Paris', 'min-sources': 2 },
    });
    expect(sub.title).toBe(
      'This channel now gets alerts about Adobe "Figma" as a digest (0 9 * * 1-5, Europe/Paris), once 2 outlets report a story.',
    );
    // A forged interaction is checked as a typed line is.
    expect(
      await runCommand(deps, admin, {
        command: 'news',
        subcommand: 'subscribe',
        values: { topic: 'adobe-figma', 'min-sources': 99 },
      }),
    ).toMatchObject({ ok: false, title: 'min-sources needs a whole number from 1 to 20.' });
    expect(
      await runCommand(deps, admin, {
        command: 'news',
        subcommand: 'subscribe',
        values: { topic: 'adobe-figma', tz: 'UTC' },
      }),
    ).toMatchObject({ ok: false, title: 'tz goes with digest.' });
    expect(
      await runCommand(deps, admin, {
        command: 'news',
        subcommand: 'latest',
        values: { topic: 'adobe-figma', extra: 'x' },
      }),
    ).toMatchObject({ ok: false, title: '/news latest has no option "extra".' });
    expect(
      await runCommand(
        deps,
        { ...admin, isAdmin: false },
        { command: 'deal', subcommand: 'track', values: { parties: 'A B' } },
      ),
    ).toMatchObject({ ok: false, title: "Only admins can change this team's deals." });
    const track = await runCommand(deps, admin, {
      command: 'deal',
      subcommand: 'track',
      values: { parties: '"Microsoft|MSFT" OpenAI', id: 'ms-oai' },
    });
    expect(track.data).toMatchObject({ deal: 'ms-oai', name: 'Microsoft / OpenAI' });
    await db.destroy();
  });
});

describe('the README invite link', () => {
  it('asks for exactly the permissions the bot uses', async () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const p = PermissionFlagsBits;
    const needed = p.ViewChannel | p.SendMessages | p.EmbedLinks | p.CreatePublicThreads | p.SendMessagesInThreads;
    expect(readme).toContain(`permissions=${needed}`);
  });
});
