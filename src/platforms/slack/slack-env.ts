import { NewsbotError } from '../../errors.ts';

/** How the Slack app runs, read from the environment (secrets never live in the config file). */
export type SlackEnv =
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl: string | undefined }
  | { mode: 'http'; signingSecret: string; botToken: string; port: number; apiUrl: string | undefined }
  | {
      mode: 'oauth';
      signingSecret: string;
      clientId: string;
      clientSecret: string;
      stateSecret: string;
      secretKey: string;
      port: number;
      apiUrl: string | undefined;
      /** Where Slack sends the installer back to, when not derived from the request. */
      redirectUri: string | undefined;
    };

const fail = (message: string) => new NewsbotError('newsbot/bad-config', message);

/**
 * Reads SLACK_* variables. Returns undefined when none are set (Slack is off); throws a
 * config error naming what is missing when the set is incomplete, so a half-configured app
 * fails at start instead of silently not answering.
 */
export function readSlackEnv(env: NodeJS.ProcessEnv): SlackEnv | undefined {
  const v = (name: string) => env[name]?.trim() || undefined;
  const botToken = v('SLACK_BOT_TOKEN');
  const appToken = v('SLACK_APP_TOKEN');
  const signingSecret = v('SLACK_SIGNING_SECRET');
  const clientId = v('SLACK_CLIENT_ID');
  const clientSecret = v('SLACK_CLIENT_SECRET');
  const apiUrl = v('SLACK_API_URL');
  if (!botToken && !appToken && !signingSecret && !clientId && !clientSecret) return undefined;
  if (apiUrl && !/^https?:\/\//.test(apiUrl)) throw fail(`SLACK_API_URL must be an http(s) URL, not "${apiUrl}"`);
  const apiBase = apiUrl && !apiUrl.endsWith('/') ? `${apiUrl}/` : apiUrl;
  const portText = v('PORT') ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw fail(`PORT must be a port number, not "${portText}"`);

  if (appToken) {
    if (!appToken.startsWith('xapp-'))
      throw fail('SLACK_APP_TOKEN must be an app-level token (xapp-…) with the connections:write scope');
    if (!botToken) throw fail('Socket Mode needs SLACK_BOT_TOKEN (xoxb-…) as well as SLACK_APP_TOKEN');
    if (!botToken.startsWith('xoxb-')) throw fail('SLACK_BOT_TOKEN must be a bot token (xoxb-…)');
    return { mode: 'socket', botToken, appToken, apiUrl: apiBase };
  }
  if (!signingSecret) {
    throw fail(
      'Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) besides the bot token or OAuth client; see README "Slack"',
    );
  }
  if (clientId || clientSecret) {
    if (!clientId || !clientSecret) throw fail('OAuth installs need both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET');
    if (botToken)
      throw fail(
        'Set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID/SLACK_CLIENT_SECRET (OAuth installs), not both',
      );
    const secretKey = v('NEWSBOT_SECRET_KEY');
    if (!secretKey)
      throw fail(
        'OAuth installs need NEWSBOT_SECRET_KEY to encrypt tokens at rest; generate one with: openssl rand -base64 32',
      );
    if (secretKey.length < 32)
      throw fail('NEWSBOT_SECRET_KEY must be at least 32 characters; generate one with: openssl rand -base64 32');
    return {
      mode: 'oauth',
      signingSecret,
      clientId,
      clientSecret,
      stateSecret: v('SLACK_STATE_SECRET') ?? secretKey,
      secretKey,
      port,
      apiUrl: apiBase,
      redirectUri: v('SLACK_REDIRECT_URI'),
    };
  }
  if (!botToken)
    throw fail(
      'HTTP mode needs SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (OAuth installs)',
    );
  if (!botToken.startsWith('xoxb-')) throw fail('SLACK_BOT_TOKEN must be a bot token (xoxb-…)');
  return { mode: 'http', signingSecret, botToken, port, apiUrl: apiBase };
}
