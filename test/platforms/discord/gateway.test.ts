import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { msOpenAiStory } from '../slack/slack-harness.ts';
import { startDiscordHarness, type DiscordHarness } from './discord-harness.ts';

const GUILD = '200000000000000001';
const CHANNEL = '300000000000000001';
const MANAGER = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages;

let h: DiscordHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Discord over the gateway, against a loopback Discord', () => {
  it('a member runs /news subscribe, a poll finds the story, the channel gets the embed with numbered sources, and an update lands in its thread', async () => {
    h = await startDiscordHarness();
    const { discord, feeds } = h;
    expect(discord.identifies).toEqual([{ intents: 1 }]); // Guilds only: no privileged intents
    await h.poll(); // baseline

    const sub = await discord.interact({
      guild: GUILD,
      channel: CHANNEL,
      user: '400000000000000001',
      command: 'news',
      subcommand: 'subscribe',
      options: { topic: 'microsoft-openai' },
      permissions: MANAGER,
    });
    expect(sub.msToCallback).toBeLessThan(3000);
    expect(sub.callback).toMatchObject({
      type: 4,
      data: {
        embeds: [{ title: 'This channel now gets alerts about Microsoft / OpenAI.' }],
        allowed_mentions: { parse: [] },
      },
    });
    expect(sub.callback.data.flags ?? 0).toBe(0); // seen by the channel

    const story = msOpenAiStory(1, new Date());
    feeds.wire!.push(story.wire);
    feeds.journal!.push(story.journal);
    await h.poll();
    const [alert] = await discord.waitForMessages(CHANNEL, 1);
    expect(alert!.allowed_mentions).toEqual({ parse: [] });
    expect(alert!.nonce).toMatch(/^[0-9a-f]{25}$/);
    const embed = alert!.embeds[0];
    expect([story.wire.title, story.journal.title]).toContain(embed.title);
    const sources = embed.fields.map((f: any) => f.value).join('\n');
    expect(sources).toMatch(/\*\*[12]\.\*\* \[Wire News — .*\]\(https:\/\/wire\.example\/ms-openai-1\)/);
    expect(sources).toMatch(/\*\*[12]\.\*\* \[Journal News — .*\]\(https:\/\/journal\.example\/openai-microsoft-1\)/);
    expect(embed.footer.text).toBe('Microsoft / OpenAI · 2 outlets, first reported by Wire News');

    feeds.daily!.push(story.daily);
    await h.poll();
    const [update] = await discord.waitForMessages(alert!.id, 1); // the thread's id is the alert's id
    expect(update!.embeds[0].fields[0]).toMatchObject({
      name: 'New sources',
      value: expect.stringContaining('https://daily.example/1'),
    });
    expect(discord.messagesIn(CHANNEL)).toHaveLength(1);
  });

  it('a headline with @everyone or a role mention pings nobody and is escaped for markdown', async () => {
    h = await startDiscordHarness();
    const { discord, feeds } = h;
    await h.poll();
    await discord.interact({
      guild: GUILD,
      channel: CHANNEL,
      user: '400000000000000001',
      command: 'news',
      subcommand: 'subscribe',
      options: { topic: 'microsoft-openai' },
      permissions: MANAGER,
    });
    feeds.wire!.push({
      guid: 'x',
      title: '@everyone <@&500000000000000001> **Microsoft** and OpenAI [click](https://evil.example)',
      link: 'https://wire.example/x',
      pubDate: new Date(),
    });
    await h.poll();
    const [msg] = await discord.waitForMessages(CHANNEL, 1);
    expect(msg!.allowed_mentions).toEqual({ parse: [] });
    expect(msg!.content).toBe('');
    expect(msg!.embeds[0].title).toContain('\\*\\*Microsoft\\*\\*');
    expect(JSON.stringify(msg!.embeds)).not.toContain('[click](https://evil.example)');
  });

  it('setup needs Manage Server (checked by the bot too), errors are ephemeral, each server sees only its own data, topics autocomplete', async () => {
    h = await startDiscordHarness({ guilds: { [GUILD]: [CHANNEL], '200000000000000002': ['300000000000000002'] } });
    const { discord } = h;
    const member = await discord.interact({
      guild: GUILD,
      channel: CHANNEL,
      user: '400000000000000002',
      command: 'news',
      subcommand: 'subscribe',
      options: { topic: 'microsoft-openai' },
      permissions: PermissionFlagsBits.SendMessages,
    });
    expect(member.callback).toMatchObject({
      type: 4,
      data: { flags: 64, embeds: [{ title: '❌ Only admins can subscribe channels.' }] },
    });
    const typo = await discord.interact({
      guild: GUILD,
      channel: CHANNEL,
      user: '400000000000000001',
      command: 'news',
      subcommand: 'subscribe',
      options: { topic: 'microsoft-opena' },
      permissions: MANAGER,
    });
    expect(typo.callback.data).toMatchObject({
      flags: 64,
      embeds: [
        {
          title: '❌ No topic "microsoft-opena". Did you mean microsoft-openai?',
          description: 'Topics: adobe-figma, microsoft-openai.',
        },
      ],
    });
    await discord.interact({
      guild: GUILD,
      channel: CHANNEL,
      user: '400000000000000001',
      command: 'news',
      subcommand: 'subscribe',
      options: { topic: 'adobe-figma' },
      permissions: MANAGER,
    });
    const other = await discord.interact({
      guild: '200000000000000002',
      channel: '300000000000000002',
      user: '400000000000000003',
      command: 'news',
      subcommand: 'list',
      permissions: MANAGER,
    });
    expect(other.callback.data.embeds[0].title).toBe('No subscriptions in this team');
    const auto = await discord.interact({
      guild: GUILD,
      channel: CHANNEL,
      user: '400000000000000002',
      command: 'news',
      subcommand: 'latest',
      options: { topic: 'fig' },
      focused: 'topic',
    });
    expect(auto.callback).toEqual({
      type: 8,
      data: { choices: [{ name: 'adobe-figma — Adobe / Figma', value: 'adobe-figma' }] },
    });
  });

  it('/deal answers everyone, and its deal option autocompletes deals only', async () => {
    h = await startDiscordHarness({ deal: true });
    const { discord } = h;
    const status = await discord.interact({
      guild: GUILD,
      channel: CHANNEL,
      user: '400000000000000002',
      command: 'deal',
      subcommand: 'status',
      options: { deal: 'microsoft-openai' },
    });
    expect(status.callback.data).toMatchObject({ flags: 64, embeds: [{ title: 'Microsoft / OpenAI: no stage yet' }] });
    const auto = await discord.interact({
      guild: GUILD,
      channel: CHANNEL,
      user: '400000000000000002',
      command: 'deal',
      subcommand: 'status',
      options: { deal: '' },
      focused: 'deal',
    });
    expect(auto.callback.data.choices).toEqual([
      { name: 'microsoft-openai — Microsoft / OpenAI', value: 'microsoft-openai' },
    ]);
    const track = await discord.interact({
      guild: GUILD,
      channel: CHANNEL,
      user: '400000000000000002',
      command: 'deal',
      subcommand: 'track',
      options: { parties: '"Adobe" "Figma"' },
    });
    expect(track.callback.data.embeds[0].title).toBe("❌ Only admins can change this team's deals.");
  });
});
