import type { Answer, CommandContext } from './answer.ts';
import type { CommandRequest } from './run-command.ts';

type Ask = (ctx: CommandContext, request: CommandRequest) => Promise<Answer>;

interface SourceHealth {
  name: string;
  url: string;
  failing: boolean;
  failures: number;
  error: string | null;
  lastSuccessAt: number | null;
}

/**
 * What a team's home in the app shows (Slack's App Home): its subscriptions by channel, its
 * deals with their stages, and the sources that are failing or retrying — the answers of
 * `/news list`, `/deal list` and `/news sources`, for the person looking (so each team sees
 * only its own, as with the commands).
 */
export async function appHome(ask: Ask, ctx: CommandContext): Promise<Answer> {
  const [subscriptions, deals, sources] = await Promise.all([
    ask(ctx, '/news list'),
    ask(ctx, '/deal list'),
    ask(ctx, '/news sources'),
  ]);
  const unwell = ((sources.data as SourceHealth[] | undefined) ?? []).filter((s) => s.failing || s.failures > 0);
  return {
    ephemeral: true,
    ok: true,
    title: 'newsbot',
    sections: [
      { heading: subscriptions.title, lines: [] },
      ...subscriptions.sections,
      { heading: deals.title, lines: [] },
      ...deals.sections,
      {
        heading: unwell.length ? `Sources failing or retrying (${unwell.length})` : 'Sources: all healthy',
        lines: unwell.map((s) => ({
          text: `${s.name} — ${s.failing ? 'FAILING' : `retrying (${s.failures} ${s.failures === 1 ? 'failure' : 'failures'})`}: ${s.error ?? 'unknown error'}`,
          ...(/^https?:/.test(s.url) ? { url: s.url } : {}),
        })),
      },
    ],
    data: { subscriptions: subscriptions.data, deals: deals.data, failingSources: unwell },
  };
}
