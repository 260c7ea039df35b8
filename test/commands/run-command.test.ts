import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/answer.ts';
import { runCommand, splitWords } from '../../src/commands/run-command.ts';
import { syncConfigTopics } from '../../src/store/topics-repo.ts';
import { addSource, FakeClock, memoryStore } from '../helpers.ts';

const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({ platform: 'console', team: 'acme', channel: 'general', user: 'u1', isAdmin: true, ...over });

async function setup() {
  const db = await memoryStore();
  const clock = new FakeClock();
  await syncConfigTopics(db, [{ id: 'microsoft-openai', name: 'Microsoft / OpenAI', query: 'Microsoft AND OpenAI' }], clock.now);
  return { deps: { db, clock: clock.fn }, db, clock };
}

describe('slash commands', () => {
  it('/news help lists the commands', async () => {
    const { deps } = await setup();
    const a = await runCommand(deps, ctx(), '/news help');
    expect(a.ok).toBe(true);
    expect(a.sections[0]!.lines.map((l) => l.text.split(' — ')[0])).toEqual([
      '/news help',
      '/news topics',
      '/news latest TOPIC',
      '/news subscribe TOPIC [digest "CRON" [tz ZONE]] [min-sources N]',
      '/news unsubscribe TOPIC',
      '/news mute TOPIC DURATION',
      '/news list',
      '/news sources',
    ]);
  });

  it('/news topics shows the catalogue with queries', async () => {
    const { deps } = await setup();
    expect((await runCommand(deps, ctx(), '/news topics')).data).toEqual([{ id: 'microsoft-openai', name: 'Microsoft / OpenAI', query: 'Microsoft AND OpenAI' }]);
  });

  it('/news subscribe then /news list, and each team sees only its own subscriptions', async () => {
    const { deps } = await setup();
    const sub = await runCommand(deps, ctx(), '/news subscribe microsoft-openai');
    expect(sub).toMatchObject({ ok: true, title: 'This channel now gets alerts about Microsoft / OpenAI.' });
    expect((await runCommand(deps, ctx(), '/news subscribe microsoft-openai')).title).toBe('Updated: this channel gets alerts about Microsoft / OpenAI as they happen.');
    expect((await runCommand(deps, ctx(), '/news list')).data).toEqual([
      { channel: 'general', topic: 'microsoft-openai', mode: 'realtime', digest: null, minSources: 1, mutedUntil: null, paused: null },
    ]);
    expect((await runCommand(deps, ctx({ team: 'other-team' }), '/news list')).data).toEqual([]);
    expect((await runCommand(deps, ctx(), '/news unsubscribe microsoft-openai')).title).toContain('no longer');
    expect((await runCommand(deps, ctx(), '/news list')).data).toEqual([]);
  });

  it('mistakes get an ephemeral error that says how to do it right', async () => {
    const { deps } = await setup();
    expect(await runCommand(deps, ctx(), '/news subscribe')).toMatchObject({ ok: false, ephemeral: true, title: 'Which topic? Write /news subscribe TOPIC.' });
    expect(await runCommand(deps, ctx(), '/news subscribe nope')).toMatchObject({ ok: false, title: 'No topic "nope".', sections: [{ lines: [{ text: 'Topics: microsoft-openai.' }] }] });
    expect(await runCommand(deps, ctx({ isAdmin: false }), '/news subscribe microsoft-openai')).toMatchObject({ ok: false, title: 'Only admins can subscribe channels.' });
    expect(await runCommand(deps, ctx(), '/news frobnicate')).toMatchObject({ ok: false, title: 'Unknown subcommand "frobnicate".' });
    expect(await runCommand(deps, ctx(), '/deal status microsoft-openai')).toMatchObject({ ok: false, title: 'Deal tracking is not available yet.' });
  });

  it('/news sources shows each feed’s health', async () => {
    const { deps, db, clock } = await setup();
    await addSource(db, { url: 'https://wire.example/feed', name: 'Wire' }, clock.now);
    const a = await runCommand(deps, ctx(), '/news sources');
    expect(a.sections[0]!.lines).toEqual([{ text: 'Wire — not polled yet; last success never', url: 'https://wire.example/feed' }]);
  });

  it('keeps quoted phrases together', () => {
    expect(splitWords('/news watch deal "Adobe AND Figma"')).toEqual(['/news', 'watch', 'deal', 'Adobe AND Figma']);
  });
});
