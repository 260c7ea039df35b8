import { redactUrl } from '../alerts/alert.ts';
import type { Db } from '../store/open-store.ts';
import { listSources } from '../store/sources-repo.ts';
import { addSubscription, listSubscriptionsForTeam, removeSubscription } from '../store/subscriptions-repo.ts';
import { findTopicForTeam, listTopicsForTeam } from '../store/topics-repo.ts';
import { answerError, type Answer, type CommandContext } from './answer.ts';

export interface CommandDeps {
  db: Db;
  clock: () => number;
  /** Called after a change that the running pipeline must see (a new subscription). */
  onChange?: () => void | Promise<void>;
}

const NEWS_HELP: [string, string][] = [
  ['/news help', 'this list'],
  ['/news topics', 'the topics this team can subscribe to, with their queries'],
  ['/news subscribe TOPIC', 'alert this channel about TOPIC'],
  ['/news unsubscribe TOPIC', 'stop alerting this channel about TOPIC'],
  ['/news list', "this team's subscriptions, channel by channel"],
  ['/news sources', 'the feeds being polled and their health'],
];

/** Splits a command line into words, keeping "quoted phrases" together. */
export function splitWords(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push(m[1] ?? m[2]!);
  return out;
}

/**
 * Parses and answers `/news …` and `/deal …` for every platform. The team in the context
 * decides what is visible: a team sees the shared catalogue and its own data only.
 */
export async function runCommand(deps: CommandDeps, ctx: CommandContext, line: string): Promise<Answer> {
  const [command, sub = 'help', ...args] = splitWords(line.trim());
  if (command === '/deal') {
    return answerError('Deal tracking is not available yet.', 'Watch deals as topics for now: /news topics, then /news subscribe TOPIC.');
  }
  if (command !== '/news') {
    return answerError(`Unknown command ${command ?? '(empty)'}.`, 'Commands start with /news or /deal; try /news help.');
  }
  switch (sub.toLowerCase()) {
    case 'help':
      return {
        ephemeral: true,
        ok: true,
        title: 'newsbot commands',
        sections: [{ lines: NEWS_HELP.map(([cmd, what]) => ({ text: `${cmd} — ${what}` })) }],
        data: NEWS_HELP.map(([command, description]) => ({ command, description })),
      };
    case 'topics':
      return topics(deps, ctx);
    case 'sources':
      return sources(deps);
    case 'list':
      return list(deps, ctx);
    case 'subscribe':
    case 'unsubscribe':
      return subscribe(deps, ctx, sub.toLowerCase() === 'subscribe', args);
    default:
      return answerError(`Unknown subcommand "${sub}".`, 'Try /news help for the list of commands.');
  }
}

async function topics(deps: CommandDeps, ctx: CommandContext): Promise<Answer> {
  const rows = await listTopicsForTeam(deps.db, ctx.team);
  if (!rows.length) return { ephemeral: true, ok: true, title: 'No topics yet', sections: [{ lines: [{ text: 'Add topics under topics: in the config file.' }] }], data: [] };
  return {
    ephemeral: true,
    ok: true,
    title: `Topics (${rows.length})`,
    sections: [{ lines: rows.map((t) => ({ text: `${t.id} — ${t.name}: ${t.query}` })) }],
    data: rows.map((t) => ({ id: t.id, name: t.name, query: t.query })),
  };
}

function ago(now: number, t: number | null): string {
  if (t == null) return 'never';
  const s = Math.max(0, Math.round((now - t) / 1000));
  if (s < 90) return `${s}s ago`;
  if (s < 5400) return `${Math.round(s / 60)}m ago`;
  if (s < 172_800) return `${Math.round(s / 3600)}h ago`;
  return `${Math.round(s / 86_400)}d ago`;
}

async function sources(deps: CommandDeps): Promise<Answer> {
  const now = deps.clock();
  const rows = await listSources(deps.db);
  const lines = rows.map((s) => {
    const health = s.failing ? `FAILING since ${ago(now, s.failing_since)}: ${s.last_error_message}` : s.consecutive_failures ? `retrying (${s.consecutive_failures} failures: ${s.last_error_message})` : s.last_success_at ? 'ok' : 'not polled yet';
    return { text: `${s.name} — ${health}; last success ${ago(now, s.last_success_at)}`, url: /^https?:/.test(s.url) ? redactUrl(s.url) : undefined };
  });
  return {
    ephemeral: true,
    ok: true,
    title: `Sources (${rows.length})`,
    sections: [{ lines }],
    data: rows.map((s) => ({ id: s.id, name: s.name, url: redactUrl(s.url), failing: !!s.failing, failures: s.consecutive_failures, error: s.last_error_message, lastSuccessAt: s.last_success_at })),
  };
}

async function list(deps: CommandDeps, ctx: CommandContext): Promise<Answer> {
  const rows = await listSubscriptionsForTeam(deps.db, ctx.platform, ctx.team);
  if (!rows.length) {
    return { ephemeral: true, ok: true, title: 'No subscriptions in this team', sections: [{ lines: [{ text: 'Subscribe this channel with /news subscribe TOPIC (see /news topics).' }] }], data: [] };
  }
  const byChannel = new Map<string, string[]>();
  for (const r of rows) {
    const entry = `${r.topic_id}${r.paused_reason ? ` (paused: ${r.paused_reason})` : ''}`;
    byChannel.set(r.channel, [...(byChannel.get(r.channel) ?? []), entry]);
  }
  return {
    ephemeral: true,
    ok: true,
    title: `Subscriptions (${rows.length})`,
    sections: [...byChannel].map(([channel, topicIds]) => ({ heading: `#${channel}${channel === ctx.channel ? ' (this channel)' : ''}`, lines: topicIds.map((text) => ({ text })) })),
    data: rows.map((r) => ({ channel: r.channel, topic: r.topic_id, paused: r.paused_reason })),
  };
}

async function subscribe(deps: CommandDeps, ctx: CommandContext, on: boolean, args: string[]): Promise<Answer> {
  const verb = on ? 'subscribe' : 'unsubscribe';
  const topicId = args[0]?.toLowerCase();
  if (!topicId) return answerError(`Which topic? Write /news ${verb} TOPIC.`, 'See /news topics for the topic ids.');
  if (!ctx.isAdmin) return answerError(`Only admins can ${verb} channels.`, 'Ask a workspace admin, or an admin listed in the config.');
  const topic = await findTopicForTeam(deps.db, ctx.team, topicId);
  if (!topic) {
    const known = (await listTopicsForTeam(deps.db, ctx.team)).map((t) => t.id);
    return answerError(`No topic "${topicId}".`, known.length ? `Topics: ${known.join(', ')}.` : 'This team has no topics yet.');
  }
  const spec = { platform: ctx.platform, team: ctx.team, channel: ctx.channel, topicId: topic.id, mode: 'realtime' };
  if (on) {
    const { created } = await addSubscription(deps.db, spec, deps.clock());
    await deps.onChange?.();
    return { ephemeral: false, ok: true, title: created ? `This channel now gets alerts about ${topic.name}.` : `This channel already gets alerts about ${topic.name}.`, sections: [] };
  }
  const removed = await removeSubscription(deps.db, spec);
  await deps.onChange?.();
  return { ephemeral: false, ok: true, title: removed ? `This channel no longer gets alerts about ${topic.name}.` : `This channel was not subscribed to ${topic.name}.`, sections: [] };
}
