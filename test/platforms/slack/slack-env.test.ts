import { describe, expect, it } from 'vitest';
import { readSlackEnv } from '../../../src/platforms/slack/slack-env.ts';
import { parseSlackTeamKey, slackTeamKey } from '../../../src/platforms/slack/team-key.ts';
import { DbInstallationStore } from '../../../src/platforms/slack/installation-store.ts';
import { SecretBox } from '../../../src/store/secret-box.ts';
import { memoryStore } from '../../helpers.ts';

describe('reading the Slack settings from the environment', () => {
  it('picks the mode from the variables that are set', () => {
    expect(readSlackEnv({})).toBeUndefined();
    expect(readSlackEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toEqual({
      mode: 'socket',
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
      apiUrl: undefined,
    });
    expect(
      readSlackEnv({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 's',
        PORT: '8080',
        SLACK_API_URL: 'http://127.0.0.1:9/api',
      }),
    ).toEqual({ mode: 'http', botToken: 'xoxb-1', signingSecret: 's', port: 8080, apiUrl: 'http://127.0.0.1:9/api/' });
    expect(
      readSlackEnv({
        SLACK_CLIENT_ID: 'id',
        SLACK_CLIENT_SECRET: 'cs',
        SLACK_SIGNING_SECRET: 's',
        NEWSBOT_SECRET_KEY: 'k'.repeat(32),
      }),
    ).toMatchObject({ mode: 'oauth', port: 3000, stateSecret: 'k'.repeat(32) });
  });

  it('says what is missing or wrong', () => {
    const err = (env: Record<string, string>) => {
      try {
        readSlackEnv(env);
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(err({ SLACK_APP_TOKEN: 'xapp-1' })).toContain('Socket Mode needs SLACK_BOT_TOKEN');
    expect(err({ SLACK_APP_TOKEN: 'xoxb-1', SLACK_BOT_TOKEN: 'xoxb-1' })).toContain(
      'SLACK_APP_TOKEN must be an app-level token (xapp-…)',
    );
    expect(err({ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_SIGNING_SECRET: 's' })).toContain(
      'SLACK_BOT_TOKEN must be a bot token (xoxb-…)',
    );
    expect(err({ SLACK_CLIENT_ID: 'id', SLACK_SIGNING_SECRET: 's' })).toContain(
      'both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET',
    );
    expect(err({ SLACK_CLIENT_ID: 'id', SLACK_CLIENT_SECRET: 'cs', SLACK_SIGNING_SECRET: 's' })).toContain(
      'NEWSBOT_SECRET_KEY',
    );
    expect(
      err({ SLACK_CLIENT_ID: 'id', SLACK_CLIENT_SECRET: 'cs', SLACK_SIGNING_SECRET: 's', NEWSBOT_SECRET_KEY: 'short' }),
    ).toContain('at least 32 characters');
    expect(err({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: 'http' })).toContain(
      'PORT must be a port number',
    );
  });
});

describe('Slack installations at rest', () => {
  it('seals tokens so they neither read in the store nor open under another key or row', () => {
    const box = new SecretBox('a'.repeat(32));
    const sealed = box.seal('xoxb-secret', 'T1');
    expect(sealed).not.toContain('xoxb');
    expect(box.open(sealed, 'T1')).toBe('xoxb-secret');
    expect(() => box.open(sealed, 'T2')).toThrow('does not open');
    expect(() => new SecretBox('b'.repeat(32)).open(sealed, 'T1')).toThrow('does not open');
    expect(() => new SecretBox('short')).toThrow('at least 32 characters');
  });

  it("finds a workspace's own installation, else its org-wide one (Enterprise Grid)", async () => {
    const db = await memoryStore();
    const store = new DbInstallationStore(db, new SecretBox('a'.repeat(32)), () => 0);
    await store.storeInstallation({
      team: { id: 'T1' },
      enterprise: undefined,
      bot: { token: 'xoxb-t1', scopes: [], id: 'B1', userId: 'UB1' },
      user: { id: 'U', token: undefined, scopes: undefined },
      isEnterpriseInstall: false,
    } as never);
    await store.storeInstallation({
      team: undefined,
      enterprise: { id: 'E1' },
      bot: { token: 'xoxb-e1', scopes: [], id: 'B2', userId: 'UB2' },
      user: { id: 'U', token: undefined, scopes: undefined },
      isEnterpriseInstall: true,
    } as never);
    expect(await store.botToken('T1')).toBe('xoxb-t1');
    expect(await store.botToken(slackTeamKey({ enterpriseId: 'E1', teamId: 'T7' }))).toBe('xoxb-e1');
    expect(await store.botToken('T9')).toBeUndefined();
    expect(parseSlackTeamKey('E1/T7')).toEqual({ enterpriseId: 'E1', teamId: 'T7' });
    await store.deleteInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(await store.botToken('T1')).toBeUndefined();
  });
});

describe('the Slack app manifests', () => {
  it('ask for exactly the scopes, commands and events the code uses', async () => {
    const { parse } = await import('yaml');
    const fs = await import('node:fs');
    const { SLACK_SCOPES } = await import('../../../src/platforms/slack/slack-app.ts');
    for (const file of ['slack/manifest.socket.yaml', 'slack/manifest.http.yaml']) {
      const m = parse(fs.readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'));
      expect(m.oauth_config.scopes.bot).toEqual(SLACK_SCOPES);
      expect(m.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/news', '/deal']);
      expect(m.settings.event_subscriptions.bot_events).toEqual([
        'app_uninstalled',
        'tokens_revoked',
        'message_metadata_posted',
        'app_home_opened',
      ]);
      // The buttons, the forms and the App Home need these on.
      expect(m.settings.interactivity.is_enabled).toBe(true);
      expect(m.features.app_home.home_tab_enabled).toBe(true);
    }
  });
});
