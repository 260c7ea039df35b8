import { redactUrl } from '../alerts/alert.ts';
import type { Db } from '../store/open-store.ts';
import { listSources } from '../store/sources-repo.ts';
import { parseDuration } from '../config/duration.ts';
import { explainCron, validTimezone } from '../config/validate-schedule.ts';
import { viewOf } from '../stories/story-book.ts';
import type { StoryView } from '../stories/story.ts';
import type { TopicRow } from '../store/schema.ts';
import { latestStories } from '../store/stories-repo.ts';
import { addSubscription, listSubscriptionsForTeam, removeSubscription, setMute } from '../store/subscriptions-repo.ts';
import { findTopicForTeam, listTopicsForTeam, removeTeamTopic, upsertTeamTopic } from '../store/topics-repo.ts';
import { answerError, type Answer, type CommandContext } from './answer.ts';
import { topicIdOf } from './topic-id.ts';
import { resumeChannel } from '../alerts/pause-channel.ts';
import { describeError, isNewsbotError } from '../errors.ts';
import { parseQuery } from '../topics/parse-query.ts';
import { runDealCommand } from './deal-commands.ts';

export interface CommandDeps {
  db: Db;
  clock: () => number;
  /** Time zone of digest schedules given without one. */
  timezone?: string;
  /** Called after a change that the running pipeline must see (a new subscription). */
  onChange?: () => void | Promise<void>;
  /**
   * Fetches a feed a user names (through the SSRF guard), checks that it parses, and adds it
   * as the team's source. Absent where nothing can fetch (then add-source says so).
   */
  addSource?: (team: string, url: string) => Promise<{ id: string; name: string; items: number; known: boolean }>;
  /** Reads what the store holds about a deal just followed into its stories (deals/deal-history.ts). */
  readDealHistory?: (topic: TopicRow) => Promise<unknown>;
}

const NEWS_HELP: [string, string][] = [
  ['/news help', 'this list'],
  ['/news topics', 'the topics this team can subscribe to, with their queries'],
  ['/news latest TOPIC', 'the latest stories about TOPIC, with their sources'],
  [
    '/news subscribe TOPIC [digest "CRON" [tz ZONE]] [min-sources N]',
    'alert this channel about TOPIC: as it happens, or as one digest on a schedule; optionally only once N outlets report a story',
  ],
  ['/news unsubscribe TOPIC', 'stop alerting this channel about TOPIC'],
  ['/news mute TOPIC DURATION', 'silence TOPIC in this channel for a while (e.g. 2h, 1d); /news unmute TOPIC ends it'],
  ['/news list', "this team's subscriptions, channel by channel"],
  ['/news sources', 'the feeds being polled and their health'],
  ['/news watch NAME QUERY', 'add a topic for this team, e.g. /news watch "Adobe Figma" Adobe AND Figma (admins)'],
  ['/news unwatch TOPIC', "remove one of this team's own topics and its subscriptions (admins)"],
  ['/news add-source URL', 'poll another RSS, Atom or JSON feed for this team (admins)'],
  ['/news resume', 'resume alerts in this channel after newsbot was paused here (e.g. once the bot is invited back)'],
  ['/deal help', 'deal tracking: where each watched deal stands, its timeline and key terms'],
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
  if (command === '/deal') return runDealCommand(deps, ctx, sub, args);
  if (command !== '/news') {
    return answerError(
      `Unknown command ${command ?? '(empty)'}.`,
      'Commands start with /news or /deal; try /news help.',
    );
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
      return sources(deps, ctx);
    case 'list':
      return list(deps, ctx);
    case 'subscribe':
      return subscribe(deps, ctx, args);
    case 'unsubscribe':
      return unsubscribe(deps, ctx, args);
    case 'mute':
    case 'unmute':
      return mute(deps, ctx, sub.toLowerCase() === 'mute', args);
    case 'latest':
      return latest(deps, ctx, args);
    case 'watch':
      return watch(deps, ctx, line);
    case 'unwatch':
      return unwatch(deps, ctx, args);
    case 'add-source':
      return addSourceCommand(deps, ctx, args);
    case 'resume':
      return resume(deps, ctx);
    default:
      return answerError(`Unknown subcommand "${sub}".`, 'Try /news help for the list of commands.');
  }
}

async function topics(deps: CommandDeps, ctx: CommandContext): Promise<Answer> {
  const rows = await listTopicsForTeam(deps.db, ctx.team);
  if (!rows.length)
    return {
      ephemeral: true,
      ok: true,
      title: 'No topics yet',
      sections: [{ lines: [{ text: 'Add topics under topics: in the config file.' }] }],
      data: [],
    };
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

async function sources(deps: CommandDeps, ctx: CommandContext): Promise<Answer> {
  const now = deps.clock();
  // Shared feeds and the team's own; feeds another team added are that team's business.
  const rows = (await listSources(deps.db)).filter((s) => s.team === null || s.team === ctx.team);
  const lines = rows.map((s) => {
    const health = s.failing
      ? `FAILING since ${ago(now, s.failing_since)}: ${s.last_error_message}`
      : s.consecutive_failures
        ? `retrying (${s.consecutive_failures} failures: ${s.last_error_message})`
        : s.last_success_at
          ? 'ok'
          : 'not polled yet';
    return {
      text: `${s.name} — ${health}; last success ${ago(now, s.last_success_at)}`,
      url: /^https?:/.test(s.url) ? redactUrl(s.url) : undefined,
    };
  });
  return {
    ephemeral: true,
    ok: true,
    title: `Sources (${rows.length})`,
    sections: [{ lines }],
    data: rows.map((s) => ({
      id: s.id,
      name: s.name,
      url: redactUrl(s.url),
      failing: !!s.failing,
      failures: s.consecutive_failures,
      error: s.last_error_message,
      lastSuccessAt: s.last_success_at,
    })),
  };
}

async function list(deps: CommandDeps, ctx: CommandContext): Promise<Answer> {
  const rows = await listSubscriptionsForTeam(deps.db, ctx.platform, ctx.team);
  if (!rows.length) {
    return {
      ephemeral: true,
      ok: true,
      title: 'No subscriptions in this team',
      sections: [{ lines: [{ text: 'Subscribe this channel with /news subscribe TOPIC (see /news topics).' }] }],
      data: [],
    };
  }
  const byChannel = new Map<string, string[]>();
  const now = deps.clock();
  for (const r of rows) {
    const notes = [
      r.digest_cron ? `digest ${r.digest_cron} ${r.digest_tz ?? 'UTC'}` : 'real time',
      ...(r.min_sources > 1 ? [`min-sources ${r.min_sources}`] : []),
      ...(r.muted_until && r.muted_until > now
        ? [`muted until ${new Date(r.muted_until).toISOString().slice(0, 16).replace('T', ' ')}Z`]
        : []),
      ...(r.paused_reason ? [`paused: ${r.paused_reason}`] : []),
    ];
    const entry = `${r.topic_id} (${notes.join(', ')})`;
    byChannel.set(r.channel, [...(byChannel.get(r.channel) ?? []), entry]);
  }
  return {
    ephemeral: true,
    ok: true,
    title: `Subscriptions (${rows.length})`,
    sections: [...byChannel].map(([channel, topicIds]) => ({
      heading: `#${channel}${channel === ctx.channel ? ' (this channel)' : ''}`,
      lines: topicIds.map((text) => ({ text })),
    })),
    data: rows.map((r) => ({
      channel: r.channel,
      topic: r.topic_id,
      mode: r.digest_cron ? 'digest' : 'realtime',
      digest: r.digest_cron ? { cron: r.digest_cron, timezone: r.digest_tz ?? 'UTC' } : null,
      minSources: r.min_sources,
      mutedUntil: r.muted_until && r.muted_until > now ? r.muted_until : null,
      paused: r.paused_reason,
    })),
  };
}

/** Resolves the topic a command names, or the error answer to give. */
async function topicArg(
  deps: CommandDeps,
  ctx: CommandContext,
  verb: string,
  arg: string | undefined,
): Promise<TopicRow | Answer> {
  const topicId = arg?.toLowerCase();
  if (!topicId) return answerError(`Which topic? Write /news ${verb} TOPIC.`, 'See /news topics for the topic ids.');
  const topic = await findTopicForTeam(deps.db, ctx.team, topicId);
  if (topic) return topic;
  const known = (await listTopicsForTeam(deps.db, ctx.team)).map((t) => t.id);
  return answerError(
    `No topic "${topicId}".`,
    known.length ? `Topics: ${known.join(', ')}.` : 'This team has no topics yet.',
  );
}
const isAnswer = (x: TopicRow | Answer): x is Answer => 'sections' in x;

const SUBSCRIBE_USAGE =
  'Write /news subscribe TOPIC, optionally followed by digest "0 9 * * 1-5" (cron, with tz Europe/Paris) and min-sources 2.';

async function subscribe(deps: CommandDeps, ctx: CommandContext, args: string[]): Promise<Answer> {
  if (!ctx.isAdmin)
    return answerError(
      'Only admins can subscribe channels.',
      'Ask a workspace admin, or an admin listed in the config.',
    );
  const topic = await topicArg(deps, ctx, 'subscribe', args[0]);
  if (isAnswer(topic)) return topic;
  let digest: { cron: string; timezone: string } | null = null;
  let minSources = 1;
  for (let i = 1; i < args.length; i++) {
    const opt = args[i]!.toLowerCase();
    if (opt === 'digest') {
      const cronText = args[++i];
      const wrong = cronText === undefined ? 'digest needs a schedule' : explainCron(cronText);
      if (wrong || cronText === undefined)
        return answerError(
          `Not a schedule: ${wrong}.`,
          'For example digest "0 9 * * 1-5" posts at 09:00 on weekdays.',
          SUBSCRIBE_USAGE,
        );
      digest = { cron: cronText, timezone: deps.timezone ?? 'UTC' };
    } else if (opt === 'tz' && digest) {
      const tz = args[++i];
      if (!tz || !validTimezone(tz))
        return answerError(
          `"${tz ?? ''}" is not a time zone.`,
          'Use an IANA name such as Europe/Paris or America/New_York.',
        );
      digest.timezone = tz;
    } else if (opt === 'min-sources') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 20)
        return answerError(`min-sources needs a whole number from 1 to 20.`, SUBSCRIBE_USAGE);
      minSources = n;
    } else return answerError(`Unknown option "${args[i]}".`, SUBSCRIBE_USAGE);
  }
  const spec = { platform: ctx.platform, team: ctx.team, channel: ctx.channel, topicId: topic.id, minSources, digest };
  const { created } = await addSubscription(deps.db, spec, deps.clock());
  await deps.onChange?.();
  const how = `${digest ? ` as a digest (${digest.cron}, ${digest.timezone})` : ''}${minSources > 1 ? `, once ${minSources} outlets report a story` : ''}`;
  return {
    ephemeral: false,
    ok: true,
    title: created
      ? `This channel now gets alerts about ${topic.name}${how}.`
      : `Updated: this channel gets alerts about ${topic.name}${how || ' as they happen'}.`,
    sections: [],
  };
}

async function unsubscribe(deps: CommandDeps, ctx: CommandContext, args: string[]): Promise<Answer> {
  if (!ctx.isAdmin)
    return answerError(
      'Only admins can unsubscribe channels.',
      'Ask a workspace admin, or an admin listed in the config.',
    );
  const topic = await topicArg(deps, ctx, 'unsubscribe', args[0]);
  if (isAnswer(topic)) return topic;
  const removed = await removeSubscription(deps.db, {
    platform: ctx.platform,
    team: ctx.team,
    channel: ctx.channel,
    topicId: topic.id,
  });
  await deps.onChange?.();
  return {
    ephemeral: false,
    ok: true,
    title: removed
      ? `This channel no longer gets alerts about ${topic.name}.`
      : `This channel was not subscribed to ${topic.name}.`,
    sections: [],
  };
}

async function mute(deps: CommandDeps, ctx: CommandContext, on: boolean, args: string[]): Promise<Answer> {
  const verb = on ? 'mute' : 'unmute';
  const topic = await topicArg(deps, ctx, verb, args[0]);
  if (isAnswer(topic)) return topic;
  let until: number | null = null;
  if (on) {
    const ms = args[1] ? parseDuration(args[1]) : undefined;
    if (!ms || ms < 60_000 || ms > 90 * 86_400_000)
      return answerError('For how long? Write /news mute TOPIC 2h (from 1m to 90d).');
    until = deps.clock() + ms;
  }
  const found = await setMute(
    deps.db,
    { platform: ctx.platform, team: ctx.team, channel: ctx.channel, topicId: topic.id },
    until,
  );
  if (!found)
    return answerError(
      `This channel is not subscribed to ${topic.name}.`,
      `Subscribe first: /news subscribe ${topic.id}.`,
    );
  await deps.onChange?.();
  return {
    ephemeral: false,
    ok: true,
    title: on
      ? `${topic.name} is muted in this channel until ${new Date(until!).toISOString().slice(0, 16).replace('T', ' ')}Z.`
      : `${topic.name} is no longer muted in this channel.`,
    sections: [],
  };
}

async function latest(deps: CommandDeps, ctx: CommandContext, args: string[]): Promise<Answer> {
  const topic = await topicArg(deps, ctx, 'latest', args[0]);
  if (isAnswer(topic)) return topic;
  const rows = await latestStories(deps.db, [`${topic.team}/${topic.id}`], 5);
  if (!rows.length)
    return { ephemeral: true, ok: true, title: `No stories about ${topic.name} yet.`, sections: [], data: [] };
  const views = (await Promise.all(rows.map((r) => viewOf(deps.db, r.id)))).filter((v): v is StoryView => !!v);
  return {
    ephemeral: true,
    ok: true,
    title: `Latest about ${topic.name}`,
    sections: views.map((v) => ({
      heading: v.headline,
      lines: [
        ...v.summary.map((s) => ({ text: `${s.text} ${s.cites.map((n) => `[${n}]`).join('')}` })),
        ...v.sources.map((src) => ({
          text: `[${src.n}] ${src.outlet} — ${src.title}`,
          ...(src.url ? { url: src.url } : {}),
        })),
      ],
    })),
    data: views,
  };
}

const WATCH_USAGE = 'Write /news watch NAME QUERY, e.g. /news watch "Adobe Figma" Adobe AND (Figma OR "design tool").';

async function watch(deps: CommandDeps, ctx: CommandContext, line: string): Promise<Answer> {
  if (!ctx.isAdmin)
    return answerError(
      "Only admins can change this team's topics.",
      'Ask a workspace admin, or an admin listed in the config.',
    );
  // The query keeps its own quotes (phrases), so it is taken from the raw line, not split.
  const m = /^\S+\s+\S+\s+(?:"([^"]+)"|(\S+))\s*([\s\S]*)$/.exec(line.trim());
  const name = (m?.[1] ?? m?.[2] ?? '').trim();
  const query = (m?.[3] ?? '').trim();
  if (!name || !query) return answerError('A topic needs a name and a query.', WATCH_USAGE);
  const id = topicIdOf(name);
  if (!id) return answerError(`"${name}" has no letters or digits to make a topic id from.`, WATCH_USAGE);
  try {
    parseQuery(query);
  } catch (e) {
    if (isNewsbotError(e, 'newsbot/bad-query'))
      return answerError('That query has a mistake.', ...e.message.split('\n'), WATCH_USAGE);
    throw e;
  }
  const { created } = await upsertTeamTopic(deps.db, { team: ctx.team, id, name, query }, deps.clock());
  await deps.onChange?.();
  return {
    ephemeral: false,
    ok: true,
    title: `${created ? 'New topic' : 'Topic updated'}: ${name} (${id}) — ${query}`,
    sections: [{ lines: [{ text: `Alert this channel about it with /news subscribe ${id}.` }] }],
    data: { id, name, query, team: ctx.team },
  };
}

async function unwatch(deps: CommandDeps, ctx: CommandContext, args: string[]): Promise<Answer> {
  if (!ctx.isAdmin)
    return answerError(
      "Only admins can change this team's topics.",
      'Ask a workspace admin, or an admin listed in the config.',
    );
  const id = args[0]?.toLowerCase();
  if (!id) return answerError('Which topic? Write /news unwatch TOPIC.');
  const removed = await removeTeamTopic(deps.db, ctx.team, id);
  if (!removed)
    return answerError(
      `This team has no topic "${id}" of its own.`,
      'Topics from the config file are shared and can only be removed there.',
    );
  await deps.onChange?.();
  return {
    ephemeral: false,
    ok: true,
    title: `Topic ${id} removed, with ${removed.subscriptions} subscription${removed.subscriptions === 1 ? '' : 's'}.`,
    sections: [],
  };
}

async function addSourceCommand(deps: CommandDeps, ctx: CommandContext, args: string[]): Promise<Answer> {
  if (!ctx.isAdmin)
    return answerError('Only admins can add sources.', 'Ask a workspace admin, or an admin listed in the config.');
  const raw = args[0]?.replace(/^<|>$/g, '').split('|')[0]; // Slack wraps links as <url|label>
  if (!raw) return answerError('Which feed? Write /news add-source https://example.com/feed.xml.');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return answerError(
      `"${raw}" is not a URL.`,
      'Give the full address of an RSS, Atom or JSON feed, starting with https://.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return answerError(`Only http and https feeds can be added, not ${url.protocol}`);
  if (!deps.addSource)
    return answerError('Adding sources is not possible here.', 'Add the feed under sources: in the config file.');
  try {
    const added = await deps.addSource(ctx.team, url.href);
    await deps.onChange?.();
    return {
      ephemeral: false,
      ok: true,
      title: added.known
        ? `${added.name} is already polled; its news reaches this team's topics.`
        : `Added ${added.name} (${added.items} items now; new ones will be matched from the next poll).`,
      sections: [],
      data: added,
    };
  } catch (e) {
    const { code, message } = describeError(e);
    return answerError(
      `Could not add ${redactUrl(url.href)}: ${message}`,
      code === 'newsbot/blocked-address'
        ? 'newsbot only fetches feeds on public addresses.'
        : 'Check the address in a browser: it should show a feed (XML or JSON), not a web page.',
    );
  }
}

async function resume(deps: CommandDeps, ctx: CommandContext): Promise<Answer> {
  const { subscriptions, alerts } = await resumeChannel(
    deps.db,
    { platform: ctx.platform, team: ctx.team, channel: ctx.channel },
    deps.clock(),
  );
  if (!subscriptions) return { ephemeral: true, ok: true, title: 'Nothing was paused in this channel.', sections: [] };
  await deps.onChange?.();
  return {
    ephemeral: false,
    ok: true,
    title: `Resumed ${subscriptions} subscription${subscriptions === 1 ? '' : 's'} in this channel${alerts ? `; ${alerts} held alert${alerts === 1 ? '' : 's'} will be posted now` : ''}.`,
    sections: [],
  };
}
