/** `/news …`: topics, subscriptions, sources and the team's own setup, one declaration each. */
import { redactUrl } from '../alerts/alert.ts';
import type { Db } from '../store/open-store.ts';
import { listSources } from '../store/sources-repo.ts';
import { parseDuration } from '../config/duration.ts';
import { explainCron, validTimezone } from '../config/validate-schedule.ts';
import { closestWord } from '../language/closest-word.ts';
import { viewOf } from '../stories/story-book.ts';
import { composeContext } from '../stories/story-context.ts';
import { dealView } from '../deals/deal-book.ts';
import { dealContext } from '../deals/deal-context.ts';
import type { StoryView } from '../stories/story.ts';
import type { ChatChangeRow, TopicRow } from '../store/schema.ts';
import { latestStories } from '../store/stories-repo.ts';
import { noteChatChange, listChatChanges, describeSettingsKey } from '../store/chat-changes-repo.ts';
import {
  addSubscription,
  describeSettings,
  findSubscription,
  listSubscriptionsForTeam,
  removeSubscription,
  setMute,
} from '../store/subscriptions-repo.ts';
import { findTopicForTeam, listTopicsForTeam, removeTeamTopic, upsertTeamTopic } from '../store/topics-repo.ts';
import { answerError, type Answer, type CommandContext } from './answer.ts';
import type { OptionSpec, SubcommandSpec, Values } from './declare.ts';
import { topicIdOf } from './topic-id.ts';
import { resumeChannel } from '../alerts/pause-channel.ts';
import { describeError, isNewsbotError } from '../errors.ts';
import { parseQuery } from '../topics/parse-query.ts';

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

const topicOption = (description = 'topic id (see /news topics)'): OptionSpec => ({
  name: 'topic',
  type: 'topic',
  placeholder: 'TOPIC',
  description,
  required: true,
});

/** The `/news` subcommands, in the order `/news help` lists them. */
export const NEWS_COMMANDS: SubcommandSpec<CommandDeps>[] = [
  {
    command: 'news',
    name: 'topics',
    help: 'the topics this team can subscribe to, with their queries',
    summary: 'topics this server can subscribe to',
    options: [],
    run: (deps, ctx) => topics(deps, ctx),
  },
  {
    command: 'news',
    name: 'latest',
    help: 'the five latest stories about a topic, with cited summaries and numbered sources',
    summary: 'the latest stories about a topic',
    options: [topicOption()],
    run: latest,
  },
  {
    command: 'news',
    name: 'context',
    help: "what led to a topic's latest story: up to three dated sentences from earlier reports (a deal's earlier stage changes, else earlier stories about the same actors), each citing its source — the section alerts carry",
    summary: "what led to a topic's latest story",
    options: [topicOption()],
    run: context,
  },
  {
    command: 'news',
    name: 'subscribe',
    writes: true,
    form: true,
    help: 'alert this channel about a topic: as it happens, or as one digest on a schedule (`digest "0 9 * * 1-5" tz Europe/Paris`); with `min-sources 2`, only once two outlets report a story. Subscribing again changes the options',
    summary: 'alert this channel about a topic',
    admin: 'subscribe channels',
    options: [
      topicOption(),
      {
        name: 'digest',
        type: 'text',
        keyword: 'digest',
        placeholder: '"CRON"',
        description: 'cron schedule for one digest instead, e.g. 0 9 * * 1-5',
        maxLength: 100,
      },
      {
        name: 'tz',
        type: 'text',
        keyword: 'tz',
        placeholder: 'ZONE',
        after: 'digest',
        description: 'time zone of the digest, e.g. Europe/Paris',
        maxLength: 64,
      },
      {
        name: 'min-sources',
        type: 'integer',
        keyword: 'min-sources',
        placeholder: 'N',
        description: 'alert once this many outlets report a story',
        min: 1,
        max: 20,
      },
    ],
    run: subscribe,
  },
  {
    command: 'news',
    name: 'unsubscribe',
    writes: true,
    help: 'stop alerting this channel about a topic',
    summary: 'stop alerting this channel about a topic',
    admin: 'unsubscribe channels',
    options: [topicOption()],
    run: unsubscribe,
  },
  {
    command: 'news',
    name: 'mute',
    writes: true,
    help: 'silence a topic in this channel for a while (`2h`, `1d`: 1m to 90d)',
    summary: 'silence a topic in this channel for a while',
    options: [
      topicOption(),
      {
        name: 'duration',
        type: 'text',
        placeholder: 'DURATION',
        description: 'e.g. 2h, 1d (1m to 90d)',
        required: true,
        ask: 'For how long?',
        maxLength: 20,
      },
    ],
    run: (deps, ctx, v) => mute(deps, ctx, true, v),
  },
  {
    command: 'news',
    name: 'unmute',
    writes: true,
    help: 'end a mute',
    summary: 'end a mute',
    options: [topicOption()],
    run: (deps, ctx, v) => mute(deps, ctx, false, v),
  },
  {
    command: 'news',
    name: 'list',
    help: "the team's subscriptions, channel by channel, with their mode, min-sources, mute and pause",
    summary: "this server's subscriptions",
    options: [],
    run: (deps, ctx) => list(deps, ctx),
  },
  {
    command: 'news',
    name: 'sources',
    help: 'every feed with its health: ok, retrying (with the error) or failing since when',
    summary: 'the feeds being polled and their health',
    options: [],
    run: (deps, ctx) => sources(deps, ctx),
  },
  {
    command: 'news',
    name: 'watch',
    writes: true,
    form: true,
    help: 'add a topic of this team\'s own: `/news watch "Adobe Figma" Adobe AND Figma` (admins). Watching the same name again changes its query; a mistake in the query is shown with a caret',
    summary: 'add a topic of this server',
    admin: "change this team's topics",
    options: [
      {
        name: 'name',
        type: 'text',
        placeholder: 'NAME',
        description: 'e.g. Adobe Figma',
        required: true,
        maxLength: 60,
      },
      {
        name: 'query',
        type: 'text',
        placeholder: 'QUERY',
        rest: true,
        description: 'e.g. Adobe AND Figma',
        required: true,
        maxLength: 500,
      },
    ],
    run: watch,
  },
  {
    command: 'news',
    name: 'unwatch',
    writes: true,
    help: "remove one of the team's own topics and its subscriptions (admins)",
    summary: "remove one of this server's own topics",
    admin: "change this team's topics",
    options: [topicOption("one of this server's own topics")],
    run: unwatch,
  },
  {
    command: 'news',
    name: 'add-source',
    writes: true,
    help: 'poll another RSS, Atom or JSON feed (admins). It is fetched once, through the SSRF guard, and must parse as a feed; it is listed in `/news sources` of the team that added it',
    summary: 'poll another RSS, Atom or JSON feed',
    admin: 'add sources',
    options: [
      {
        name: 'url',
        type: 'text',
        placeholder: 'URL',
        description: 'https://…',
        required: true,
        ask: 'Which feed?',
        maxLength: 2000,
      },
    ],
    run: addSourceCommand,
  },
  {
    command: 'news',
    name: 'resume',
    writes: true,
    help: 'resume a channel newsbot paused because the platform refused it (the bot was removed, the channel archived); alerts held meanwhile, up to a day old, are posted then',
    summary: 'resume alerts in this channel after newsbot was paused here',
    options: [],
    run: (deps, ctx) => resume(deps, ctx),
  },
];

const SUBSCRIBE_USAGE =
  'Write /news subscribe TOPIC, optionally followed by digest "0 9 * * 1-5" (cron, with tz Europe/Paris) and min-sources 2.';

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
        ? `retrying (${s.consecutive_failures} ${s.consecutive_failures === 1 ? 'failure' : 'failures'}: ${s.last_error_message})`
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
  const changes = new Map(
    (await listChatChanges(deps.db, { platform: ctx.platform, team: ctx.team })).map((c) => [c.subscription_id, c]),
  );
  const changeNote = (c: ChatChangeRow) =>
    `${c.action === 'removed' ? 'unsubscribed' : 'changed'} from chat by ${c.changed_by} on ${new Date(c.changed_at).toISOString().slice(0, 10)}; the config says ${describeSettingsKey(c.config_settings)}`;
  const fromChat = (c: ChatChangeRow | undefined) =>
    c ? { by: c.changed_by, at: c.changed_at, config: describeSettingsKey(c.config_settings) } : null;
  const removedFromChat = [...changes.values()].filter((c) => c.action === 'removed');
  if (!rows.length && !removedFromChat.length) {
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
    const change = changes.get(r.id);
    const notes = [
      describeSettings(r),
      ...(r.muted_until && r.muted_until > now
        ? [`muted until ${new Date(r.muted_until).toISOString().slice(0, 16).replace('T', ' ')}Z`]
        : []),
      ...(r.paused_reason ? [`paused: ${r.paused_reason}`] : []),
      ...(change ? [changeNote(change)] : []),
    ];
    const entry = `${r.topic_id} (${notes.join(', ')})`;
    byChannel.set(r.channel, [...(byChannel.get(r.channel) ?? []), entry]);
  }
  return {
    ephemeral: true,
    ok: true,
    title: `Subscriptions (${rows.length})`,
    sections: [
      ...[...byChannel].map(([channel, topicIds]) => ({
        heading: `#${channel}${channel === ctx.channel ? ' (this channel)' : ''}`,
        lines: topicIds.map((text) => ({ text })),
      })),
      ...(removedFromChat.length
        ? [
            {
              heading: 'Listed in the config, unsubscribed from chat',
              lines: removedFromChat.map((c) => ({ text: `#${c.channel}: ${c.topic_id} (${changeNote(c)})` })),
            },
          ]
        : []),
    ],
    data: [
      ...rows.map((r) => ({
        channel: r.channel,
        topic: r.topic_id,
        mode: r.digest_cron ? 'digest' : 'realtime',
        digest: r.digest_cron ? { cron: r.digest_cron, timezone: r.digest_tz ?? 'UTC' } : null,
        minSources: r.min_sources,
        mutedUntil: r.muted_until && r.muted_until > now ? r.muted_until : null,
        paused: r.paused_reason,
        changedFromChat: fromChat(changes.get(r.id)),
      })),
      // A config entry unsubscribed from chat: not a subscription now, listed so it can be found.
      ...removedFromChat.map((c) => ({
        channel: c.channel,
        topic: c.topic_id,
        unsubscribedFromChat: fromChat(c),
      })),
    ],
  };
}

/** Resolves the topic a command names, or the error answer to give. */
async function topicArg(deps: CommandDeps, ctx: CommandContext, id: string): Promise<TopicRow | Answer> {
  const topicId = id.toLowerCase();
  const topic = await findTopicForTeam(deps.db, ctx.team, topicId);
  if (topic) return topic;
  const known = (await listTopicsForTeam(deps.db, ctx.team)).map((t) => t.id);
  const near = closestWord(topicId, known);
  return answerError(
    `No topic "${topicId}".${near ? ` Did you mean ${near}?` : ''}`,
    known.length ? `Topics: ${known.join(', ')}.` : 'This team has no topics yet.',
  );
}
const isAnswer = (x: TopicRow | Answer): x is Answer => 'sections' in x;
const text = (v: Values, k: string) => (v[k] === undefined ? undefined : String(v[k]));

async function subscribe(deps: CommandDeps, ctx: CommandContext, v: Values): Promise<Answer> {
  const topic = await topicArg(deps, ctx, String(v.topic));
  if (isAnswer(topic)) return topic;
  let digest: { cron: string; timezone: string } | null = null;
  const cronText = text(v, 'digest');
  if (cronText !== undefined) {
    const wrong = explainCron(cronText);
    if (wrong)
      return answerError(
        `Not a schedule: ${wrong}.`,
        'For example digest "0 9 * * 1-5" posts at 09:00 on weekdays.',
        SUBSCRIBE_USAGE,
      );
    const tz = text(v, 'tz') ?? deps.timezone ?? 'UTC';
    if (!validTimezone(tz))
      return answerError(`"${tz}" is not a time zone.`, 'Use an IANA name such as Europe/Paris or America/New_York.');
    digest = { cron: cronText, timezone: tz };
  }
  const minSources = (v['min-sources'] as number | undefined) ?? 1;
  const spec = { platform: ctx.platform, team: ctx.team, channel: ctx.channel, topicId: topic.id, minSources, digest };
  const now = deps.clock();
  const { created, overridesConfig } = await deps.db.transaction().execute(async (trx) => {
    const before = await findSubscription(trx, spec);
    const { created, row } = await addSubscription(trx, spec, now);
    return { created, overridesConfig: await noteChatChange(trx, spec, before, row, ctx.user, now) };
  });
  await deps.onChange?.();
  const how = `${digest ? ` as a digest (${digest.cron}, ${digest.timezone})` : ''}${minSources > 1 ? `, once ${minSources} outlets report a story` : ''}`;
  return {
    ephemeral: false,
    ok: true,
    title: created
      ? `This channel now gets alerts about ${topic.name}${how}.`
      : `Updated: this channel gets alerts about ${topic.name}${how || ' as they happen'}.`,
    sections: overridesConfig ? [{ lines: [{ text: CONFIG_ENTRY_NOTE }] }] : [],
  };
}

/** Told whenever a change from chat differs from what the config file says for that entry. */
const CONFIG_ENTRY_NOTE =
  'The config file also lists this subscription: this change is kept over it until that entry is edited in the file (check-config and /news list show it).';

async function unsubscribe(deps: CommandDeps, ctx: CommandContext, v: Values): Promise<Answer> {
  const topic = await topicArg(deps, ctx, String(v.topic));
  if (isAnswer(topic)) return topic;
  const ref = { platform: ctx.platform, team: ctx.team, channel: ctx.channel, topicId: topic.id };
  const { removed, overridesConfig } = await deps.db.transaction().execute(async (trx) => {
    const before = await findSubscription(trx, ref);
    if (!before) return { removed: false, overridesConfig: false };
    await removeSubscription(trx, ref);
    return {
      removed: true,
      overridesConfig: await noteChatChange(trx, ref, before, undefined, ctx.user, deps.clock()),
    };
  });
  await deps.onChange?.();
  return {
    ephemeral: false,
    ok: true,
    title: removed
      ? `This channel no longer gets alerts about ${topic.name}.`
      : `This channel was not subscribed to ${topic.name}.`,
    sections: overridesConfig ? [{ lines: [{ text: CONFIG_ENTRY_NOTE }] }] : [],
  };
}

async function mute(deps: CommandDeps, ctx: CommandContext, on: boolean, v: Values): Promise<Answer> {
  const topic = await topicArg(deps, ctx, String(v.topic));
  if (isAnswer(topic)) return topic;
  let until: number | null = null;
  if (on) {
    const ms = parseDuration(String(v.duration));
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

async function latest(deps: CommandDeps, ctx: CommandContext, v: Values): Promise<Answer> {
  const topic = await topicArg(deps, ctx, String(v.topic));
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
        { text: `story ${v.id}` },
      ],
    })),
    data: views,
  };
}

async function context(deps: CommandDeps, ctx: CommandContext, v: Values): Promise<Answer> {
  const topic = await topicArg(deps, ctx, String(v.topic));
  if (isAnswer(topic)) return topic;
  // The latest story, and enough earlier ones to find three that began before it.
  const rows = await latestStories(deps.db, [`${topic.team}/${topic.id}`], 12);
  const views = (await Promise.all(rows.map((r) => viewOf(deps.db, r.id)))).filter((x): x is StoryView => !!x);
  const [story, ...earlier] = views;
  if (!story)
    return { ephemeral: true, ok: true, title: `No stories about ${topic.name} yet.`, sections: [], data: null };
  // The same section an alert about this story carries: a deal's earlier stage changes, or
  // earlier stories about the same actors.
  const deal = topic.deal ? await dealView(deps.db, topic) : undefined;
  const found = deal ? dealContext(deal, story) : composeContext(story, earlier);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    ephemeral: true,
    ok: true,
    title: `Context: ${story.headline}`,
    sections: found.sentences.length
      ? [
          {
            heading: 'Context',
            lines: found.sentences.map((c) => ({
              text: `${day(c.date)} — ${c.text} ${c.cites.map((n) => `[${n}]`).join('')}`,
            })),
          },
          {
            heading: 'Sources',
            lines: found.sources.map((src) => ({
              text: `[${src.n}] ${src.outlet} — ${src.title} (${day(src.publishedAt)})`,
              ...(src.url ? { url: src.url } : {}),
            })),
          },
        ]
      : [{ lines: [{ text: `No earlier coverage of ${topic.name} in the store before this story.` }] }],
    data: {
      story: story.id,
      context: found.sentences.map((c) => ({ text: c.text, date: new Date(c.date).toISOString(), cites: c.cites })),
      sources: found.sources,
    },
  };
}

const WATCH_USAGE = 'Write /news watch NAME QUERY, e.g. /news watch "Adobe Figma" Adobe AND (Figma OR "design tool").';

async function watch(deps: CommandDeps, ctx: CommandContext, v: Values): Promise<Answer> {
  const name = String(v.name).trim();
  // The query keeps its own quotes (phrases): the declaration takes it as the rest of the line.
  const query = String(v.query).trim();
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

async function unwatch(deps: CommandDeps, ctx: CommandContext, v: Values): Promise<Answer> {
  const id = String(v.topic).toLowerCase();
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

async function addSourceCommand(deps: CommandDeps, ctx: CommandContext, v: Values): Promise<Answer> {
  const raw = String(v.url).trim().replace(/^<|>$/g, '').split('|')[0]!; // Slack wraps links as <url|label>
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
