import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNewsbot as run, scratch } from '../run-newsbot.ts';

/**
 * The config seeds subscriptions; what a team changes from chat is kept, and wins, until the
 * config's entry itself changes. Each step is a whole process, as a person runs them.
 */
describe('chat changes to config entries stick', () => {
  it('a chat change survives restarts and read-only commands, is shown, and gives way when the file changes the entry', async () => {
    const dir = scratch();
    const config = path.join(dir, 'config/newsbot.yaml');
    const list = async () =>
      JSON.parse((await run(['ask', '/news list', '--json'], dir)).stdout) as Record<string, unknown>[];
    const entry = (rows: Record<string, unknown>[], topic: string) => rows.find((r) => r.topic === topic);

    expect((await run(['once'], dir)).code).toBe(0);
    const changed = await run(['ask', '/news subscribe adobe-figma min-sources 3'], dir);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toContain(
      'Updated: this channel gets alerts about Adobe / Figma, once 3 outlets report a story.',
    );
    // The reply says the change outlives the file's entry, and where it shows.
    expect(changed.stdout).toContain('The config file also lists this subscription: this change is kept over it');
    const removed = await run(['ask', '/news unsubscribe microsoft-openai'], dir);
    expect(removed.stdout).toContain('no longer gets alerts about Microsoft / OpenAI');

    // A read-only command, then a whole poll that syncs the config: both changes are still there.
    await run(['ask', '/news topics'], dir);
    expect((await run(['once'], dir)).code).toBe(0);
    let rows = await list();
    expect(entry(rows, 'adobe-figma')).toMatchObject({
      minSources: 3,
      changedFromChat: { by: 'cli', config: 'real time' },
    });
    expect(entry(rows, 'microsoft-openai')).toMatchObject({ unsubscribedFromChat: { by: 'cli' } });
    const text = (await run(['ask', '/news list'], dir)).stdout;
    expect(text).toMatch(
      /adobe-figma \(real time, min-sources 3, changed from chat by cli on \d{4}-\d\d-\d\d; the config says real time\)/,
    );
    expect(text).toContain('Listed in the config, unsubscribed from chat');

    // check-config names each changed entry at its line in the file.
    const check = await run(['check-config'], dir);
    expect(check.code).toBe(0);
    const lines = fs.readFileSync(config, 'utf8').split('\n');
    const lineOf = (topic: string) => lines.findIndex((l) => l.includes(`topic: ${topic} }`)) + 1;
    expect(check.stdout).toContain('Changed from chat (kept over the file until its entry is edited there):');
    expect(check.stdout).toMatch(
      new RegExp(
        `config/newsbot\\.yaml:${lineOf('adobe-figma')}: subscriptions\\[1\\] console default #general adobe-figma: real time, min-sources 3 by cli on [\\d-]+; the file said real time\\n`,
      ),
    );
    expect(check.stdout).toMatch(
      new RegExp(
        `config/newsbot\\.yaml:${lineOf('microsoft-openai')}: subscriptions\\[0\\] .* microsoft-openai: unsubscribed by cli`,
      ),
    );

    // The file changes the adobe-figma entry: the file wins from the next start; the other stays off.
    fs.writeFileSync(
      config,
      fs.readFileSync(config, 'utf8').replace('topic: adobe-figma }', 'topic: adobe-figma, minSources: 2 }'),
    );
    expect((await run(['check-config'], dir)).stdout).toContain(
      'the file has changed this entry since: the next start applies the file',
    );
    expect((await run(['once'], dir)).code).toBe(0);
    rows = await list();
    expect(entry(rows, 'adobe-figma')).toMatchObject({ minSources: 2, changedFromChat: null });
    expect(entry(rows, 'microsoft-openai')).toMatchObject({ unsubscribedFromChat: { by: 'cli' } });

    // Subscribing again as the file has it makes the entry the config's again.
    await run(['ask', '/news subscribe microsoft-openai'], dir);
    expect((await run(['once'], dir)).code).toBe(0);
    rows = await list();
    expect(entry(rows, 'microsoft-openai')).toMatchObject({ mode: 'realtime', changedFromChat: null });
    expect(rows.filter((r) => r.unsubscribedFromChat)).toEqual([]);
    expect((await run(['check-config'], dir)).stdout).not.toContain('Changed from chat');
  }, 120_000);
});
