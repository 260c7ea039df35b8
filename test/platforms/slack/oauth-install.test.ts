import { afterEach, describe, expect, it } from 'vitest';
import { msOpenAiStory, startHarness, type Harness } from './slack-harness.ts';
import { waitFor } from '../../helpers.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Walks the OAuth install as a browser would: /slack/install, Slack's consent, the callback. */
async function install(base: string, code: string): Promise<Response> {
  const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const authorizeUrl = new URL(start.headers.get('location')!);
  expect(authorizeUrl.searchParams.get('scope')).toContain('chat:write');
  const state = authorizeUrl.searchParams.get('state')!;
  const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
  return fetch(`${base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
    redirect: 'manual',
  });
}

describe('Slack OAuth installs into many workspaces', () => {
  it('keeps each installation encrypted in the store, posts with its token, and pauses on uninstall until reinstalled', async () => {
    h = await startHarness({ mode: 'oauth' });
    const { slack, platform, app, feeds } = h;
    const base = `http://127.0.0.1:${platform.port}`;
    const done = await install(base, slack.oauthCode('T5'));
    expect(done.status).toBe(200);

    const rows = await app.db.selectFrom('slack_installations').selectAll().execute();
    expect(rows.map((r) => r.id)).toEqual(['T5']);
    expect(rows[0]!.data).not.toContain('xoxb-');
    expect(rows[0]!.data).toMatch(/^v1\./);

    slack.addChannel('C5', 'T5');
    slack.addUser('U5', 'T5', { admin: true });
    await h.poll();
    const payload = slack.commandPayload({
      team: 'T5',
      channel: 'C5',
      user: 'U5',
      command: '/news',
      text: 'subscribe microsoft-openai',
    });
    expect((await slack.postCommand(`${base}/slack/events`, 'test-signing-secret', payload)).status).toBe(200);
    expect((await slack.waitForResponses(payload.response_url!, 1))[0].text).toBe(
      'This channel now gets alerts about Microsoft / OpenAI.',
    );

    const story = msOpenAiStory(1, new Date());
    feeds.wire!.push(story.wire);
    await h.poll();
    const [alert] = await slack.waitForMessages('C5', 1);
    expect(alert!.team).toBe('T5');

    // Uninstalled: the installation is gone and the team's subscriptions say why they stopped.
    expect(
      (await slack.postEvent(`${base}/slack/events`, 'test-signing-secret', 'T5', { type: 'app_uninstalled' })).status,
    ).toBe(200);
    await waitFor(async () => (await app.db.selectFrom('slack_installations').selectAll().execute()).length === 0);
    const list = await app.ask(
      { platform: 'slack', team: 'T5', channel: 'C5', user: 'U5', isAdmin: true },
      '/news list',
    );
    expect(list.sections[0]!.lines[0]!.text).toContain(
      'paused: the app was uninstalled from this workspace; reinstall it to resume',
    );

    // Reinstalled: subscriptions resume by themselves.
    expect((await install(base, slack.oauthCode('T5'))).status).toBe(200);
    const again = await app.ask(
      { platform: 'slack', team: 'T5', channel: 'C5', user: 'U5', isAdmin: true },
      '/news list',
    );
    expect(again.sections[0]!.lines[0]!.text).not.toContain('paused');
  });

  it('refuses a callback whose state was not issued by this app', async () => {
    h = await startHarness({ mode: 'oauth' });
    const res = await fetch(
      `http://127.0.0.1:${h.platform.port}/slack/oauth_redirect?code=${h.slack.oauthCode('T6')}&state=forged`,
      { redirect: 'manual' },
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await h.app.db.selectFrom('slack_installations').selectAll().execute()).toEqual([]);
  });
});
