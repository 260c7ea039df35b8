import { NewsbotError } from '../../errors.ts';

export interface DiscordEnv {
  token: string;
  applicationId: string;
  /** REST base URL without the version (DISCORD_API_URL; tests and proxies). */
  apiUrl: string | undefined;
}

/** Reads DISCORD_* variables: undefined when none is set, a config error when half are. */
export function readDiscordEnv(env: NodeJS.ProcessEnv): DiscordEnv | undefined {
  const v = (name: string) => env[name]?.trim() || undefined;
  const token = v('DISCORD_TOKEN');
  const applicationId = v('DISCORD_APPLICATION_ID');
  const apiUrl = v('DISCORD_API_URL');
  if (!token && !applicationId) return undefined;
  if (!token)
    throw new NewsbotError(
      'newsbot/bad-config',
      'DISCORD_APPLICATION_ID is set but DISCORD_TOKEN is not: copy the bot token from the Developer Portal (Bot → Reset Token)',
    );
  if (!applicationId)
    throw new NewsbotError(
      'newsbot/bad-config',
      'DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is not: copy the Application ID from the Developer Portal (General Information)',
    );
  if (!/^\d{15,22}$/.test(applicationId))
    throw new NewsbotError(
      'newsbot/bad-config',
      `DISCORD_APPLICATION_ID must be the numeric application id, not "${applicationId}"`,
    );
  if (apiUrl && !/^https?:\/\//.test(apiUrl))
    throw new NewsbotError('newsbot/bad-config', `DISCORD_API_URL must be an http(s) URL, not "${apiUrl}"`);
  return { token, applicationId, apiUrl: apiUrl?.replace(/\/+$/, '') };
}
