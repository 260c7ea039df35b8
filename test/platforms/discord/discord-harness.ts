import { registerCommands, startDiscord, type DiscordPlatform } from '../../../src/platforms/discord/discord-app.ts';
import { FakeDiscord, type FakeDiscordOptions } from '../../fakes/discord-server.ts';
import { startLoopbackNewsbot, type LoopbackNewsbot } from '../loopback-newsbot.ts';

export interface DiscordHarness extends LoopbackNewsbot {
  discord: FakeDiscord;
  platform: DiscordPlatform;
}

/** The loopback newsbot with the real discord.js Client against the fake Discord. */
export async function startDiscordHarness(
  opts: { discord?: FakeDiscordOptions; deal?: boolean; admins?: string[]; guilds?: Record<string, string[]> } = {},
): Promise<DiscordHarness> {
  const base = await startLoopbackNewsbot({
    prefix: 'newsbot-discord-',
    deal: opts.deal,
    topics: ['  - { id: adobe-figma, name: Adobe / Figma, query: Adobe AND Figma }'],
  });
  const { app, log } = base;
  const discord = await new FakeDiscord(opts.discord).start();
  for (const [guild, channels] of Object.entries(opts.guilds ?? { '200000000000000001': ['300000000000000001'] }))
    discord.addGuild(
      guild,
      channels.map((id) => ({ id })),
    );
  const env = { token: discord.token, applicationId: discord.applicationId, apiUrl: discord.apiUrl };
  // Registered as `newsbot discord register` does, so the fake sends only what they declare.
  await registerCommands(env);
  const platform = await startDiscord({
    env,
    db: app.db,
    log: log.log,
    ask: app.ask,
    admins: opts.admins,
  });
  app.senders.set('discord', platform.sender);
  return {
    ...base,
    discord,
    platform,
    async close() {
      await platform.stop();
      await base.close();
      await discord.close();
    },
  };
}
