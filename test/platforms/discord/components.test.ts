import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { msOpenAiStory } from '../slack/slack-harness.ts';
import { startDiscordHarness, type DiscordHarness } from './discord-harness.ts';

const GUILD = '200000000000000001';
const CHANNEL = '300000000000000001';
const MANAGER = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages;
const MEMBER = PermissionFlagsBits.SendMessages;
const ADMIN_USER = '400000000000000001';
const MEMBER_USER = '400000000000000002';

let h: DiscordHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const buttons = (m: { components?: any[] }) =>
  (m.components ?? []).flatMap((r: any) => r.components.map((b: any) => [b.custom_id, b.label, b.style]));

/** The channel subscribed to Microsoft / OpenAI and one alert in it. */
async function withAlert(deal = false) {
  h = await startDiscordHarness({ deal });
  const { discord, feeds } = h;
  await h.poll();
  const who = { guild: GUILD, channel: CHANNEL, user: ADMIN_USER, permissions: MANAGER };
  await discord.interact({ ...who, command: 'news', subcommand: 'subscribe', options: { topic: 'microsoft-openai' } });
  feeds.wire!.push(
    deal
      ? {
          guid: 't1',
          title: 'Microsoft and OpenAI renegotiating terms of their partnership',
          link: 'https://wire.example/talks',
          pubDate: new Date(),
        }
      : msOpenAiStory(1, new Date()).wire,
  );
  await h.poll();
  const [alert] = await discord.waitForMessages(CHANNEL, 1);
  return { discord, alert: alert! };
}

describe('Discord: buttons under alerts and forms, through discord.js against the fake Discord', () => {
  it('an alert has Mute and Unsubscribe buttons; Mute answers the presser alone and silences the topic here', async () => {
    const { discord, alert } = await withAlert();
    expect(buttons(alert)).toEqual([
      ['newsbot:mute:microsoft-openai', 'Mute here for 1 day', 2],
      ['newsbot:unsubscribe:microsoft-openai', 'Unsubscribe', 4],
    ]);
    const r = await discord.pressButton({
      guild: GUILD,
      channel: CHANNEL,
      user: MEMBER_USER,
      permissions: MEMBER,
      message: alert,
      customId: 'newsbot:mute:microsoft-openai',
    });
    expect(r.msToCallback).toBeLessThan(3000);
    expect(r.callback.type).toBe(4);
    expect(r.callback.data.flags & 64).toBe(64); // ephemeral
    expect(r.callback.data.embeds[0].title).toMatch(/^Microsoft \/ OpenAI is muted in this channel until /);
    const list = await h!.app.ask(
      { platform: 'discord', team: GUILD, channel: CHANNEL, user: ADMIN_USER, isAdmin: true },
      '/news list',
    );
    expect(JSON.stringify(list.sections)).toMatch(/microsoft-openai \(real time[^"]*muted until/);
  });

  it('Unsubscribe needs Manage Server: a member is refused and told why; a manager unsubscribes the channel', async () => {
    const { discord, alert } = await withAlert();
    const press = (user: string, permissions: bigint) =>
      discord.pressButton({
        guild: GUILD,
        channel: CHANNEL,
        user,
        permissions,
        message: alert,
        customId: 'newsbot:unsubscribe:microsoft-openai',
      });
    expect((await press(MEMBER_USER, MEMBER)).callback.data.embeds[0].title).toBe(
      '❌ Only admins can unsubscribe channels.',
    );
    expect((await press(ADMIN_USER, MANAGER)).callback.data.embeds[0].title).toMatch(
      /no longer gets alerts about Microsoft \/ OpenAI/,
    );
  });

  it("a deal's stage alert has a Timeline button; a button whose topic was removed since says so", async () => {
    const { discord, alert } = await withAlert(true);
    expect(buttons(alert).map((b) => b[0])).toEqual([
      'newsbot:timeline:microsoft-openai',
      'newsbot:mute:microsoft-openai',
      'newsbot:unsubscribe:microsoft-openai',
    ]);
    const t = await discord.pressButton({
      guild: GUILD,
      channel: CHANNEL,
      user: MEMBER_USER,
      permissions: MEMBER,
      message: alert,
      customId: 'newsbot:timeline:microsoft-openai',
    });
    expect(t.callback.data.embeds[0].title).toMatch(/^Microsoft \/ OpenAI: negotiating since /);
    // A message whose button names a topic that is gone (forged or stale): a clear answer, nothing changed.
    const stale = {
      ...alert,
      components: [
        {
          type: 1,
          components: [{ type: 2, style: 2, label: 'Mute here for 1 day', custom_id: 'newsbot:mute:gone-topic' }],
        },
      ],
    };
    const r = await discord.pressButton({
      guild: GUILD,
      channel: CHANNEL,
      user: ADMIN_USER,
      permissions: MANAGER,
      message: stale,
      customId: 'newsbot:mute:gone-topic',
    });
    expect(JSON.stringify(r.callback.data.embeds)).toMatch(/gone-topic/);
    expect(r.callback.data.flags & 64).toBe(64);
  });

  it('/news watch with no options opens its form (a modal from the declaration); submitting it adds the topic, a mistake is answered', async () => {
    h = await startDiscordHarness();
    const { discord } = h;
    const who = { guild: GUILD, channel: CHANNEL, user: ADMIN_USER, permissions: MANAGER };
    const opened = await discord.interact({ ...who, command: 'news', subcommand: 'watch' });
    expect(opened.callback.type).toBe(9);
    const modal = opened.callback.data;
    expect(modal.title).toBe('/news watch');
    expect(modal.components.map((c: any) => [c.label, c.component.custom_id, c.component.required])).toEqual([
      ['Name', 'name', true],
      ['Query', 'query', true],
    ]);
    const bad = await discord.submitModal({
      ...who,
      modal,
      values: { name: 'Adobe Figma', query: 'Adobe AND (Figma' },
    });
    expect(bad.callback.data.embeds[0].title).toBe('❌ That query has a mistake.');
    const good = await discord.submitModal({
      ...who,
      modal,
      values: { name: 'Adobe Figma deal', query: 'Adobe AND Figma' },
    });
    expect(good.callback.data.embeds[0].title).toMatch(/adobe-figma-deal/);
    // With its options typed, the same command runs at once; a member gets no form but the refusal.
    const typed = await discord.interact({
      ...who,
      command: 'news',
      subcommand: 'watch',
      options: { name: 'Wiz', query: 'Google AND Wiz' },
    });
    expect(typed.callback.type).toBe(4);
    const member = await discord.interact({
      guild: GUILD,
      channel: CHANNEL,
      user: MEMBER_USER,
      permissions: MEMBER,
      command: 'news',
      subcommand: 'watch',
    });
    expect(member.callback).toMatchObject({
      type: 4,
      data: { embeds: [{ title: "❌ Only admins can change this team's topics." }] },
    });
  });

  it('/news subscribe with no options opens its form; the submission subscribes the channel with the options typed', async () => {
    h = await startDiscordHarness();
    const { discord, app } = h;
    const who = { guild: GUILD, channel: CHANNEL, user: ADMIN_USER, permissions: MANAGER };
    const opened = await discord.interact({ ...who, command: 'news', subcommand: 'subscribe' });
    const modal = opened.callback.data;
    expect(modal.components.map((c: any) => [c.component.custom_id, c.component.required])).toEqual([
      ['topic', true],
      ['digest', false],
      ['tz', false],
      ['min-sources', false],
    ]);
    const r = await discord.submitModal({ ...who, modal, values: { topic: 'adobe-figma', 'min-sources': '2' } });
    expect(r.callback.data.embeds[0].title).toBe(
      'This channel now gets alerts about Adobe / Figma, once 2 outlets report a story.',
    );
    const list = await app.ask(
      { platform: 'discord', team: GUILD, channel: CHANNEL, user: ADMIN_USER, isAdmin: true },
      '/news list',
    );
    expect(JSON.stringify(list.sections)).toContain('adobe-figma (real time, min-sources 2)');
  });
});
