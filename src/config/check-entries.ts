import fs from 'node:fs';
import path from 'node:path';
import { closestWord } from '../language/closest-word.ts';
import type { ConfigProblem, ProblemAt } from './config-problem.ts';
import { feedUrlKey } from './opml.ts';
import { explainCron, validTimezone } from './validate-schedule.ts';

/**
 * The checks beyond the shape of each value: URLs and files, references between sections,
 * schedules and time zones, platform ids. They read the raw document, not the schema's
 * output, so they run even when the schema fails elsewhere: a person sees every problem of
 * the file in one run instead of in rounds. Each check looks only at values of the type it
 * expects; a value of the wrong type is the schema's to report.
 */
export interface EntryCheckContext {
  problemAt: ProblemAt;
  /** The config file's folder, which file sources are relative to. */
  dir: string;
}

type Raw = Record<string, unknown>;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Raw => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const hasScheme = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** One feed location: an http(s) URL, or a readable feed file relative to the config's folder. */
function checkFeedLocation(url: string, keyPath: (string | number)[], ctx: EntryCheckContext): ConfigProblem[] {
  if (hasScheme(url)) {
    let protocol = '';
    try {
      protocol = new URL(url).protocol;
    } catch {
      /* reported below */
    }
    return ['http:', 'https:'].includes(protocol)
      ? []
      : [ctx.problemAt(keyPath, `"${url}" is not an http(s) URL; give an http(s) URL or a file path`)];
  }
  const file = path.resolve(ctx.dir, url);
  try {
    fs.accessSync(file, fs.constants.R_OK);
    return fs.statSync(file).isDirectory()
      ? [ctx.problemAt(keyPath, `${file} is a folder; give a feed file or an http(s) URL`)]
      : [];
  } catch {
    return [
      ctx.problemAt(
        keyPath,
        `${file} does not exist or cannot be read (file sources are relative to the config's folder); give an existing feed file or an http(s) URL`,
      ),
    ];
  }
}

function checkSources(raw: Raw, ctx: EntryCheckContext): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const byUrl = new Map<string, number>();
  const byId = new Map<string, { index: number; url: string }>();
  list(raw.sources).forEach((entry, i) => {
    const s = obj(entry);
    const url = str(s.url);
    if (url) {
      problems.push(...checkFeedLocation(url, ['sources', i, 'url'], ctx));
      // The same feed twice, even spelt with another host case or a trailing slash, polls twice.
      const key = hasScheme(url) ? feedUrlKey(url) : path.resolve(ctx.dir, url);
      const prev = byUrl.get(key);
      if (prev !== undefined)
        problems.push(ctx.problemAt(['sources', i, 'url'], `same feed as sources[${prev}]; list each feed once`));
      else byUrl.set(key, i);
    }
    // Two sources with one id would be one row in the store: the second silently replacing the first.
    const id = str(s.id);
    if (id) {
      const first = byId.get(id);
      if (first && first.url !== url)
        problems.push(
          ctx.problemAt(
            ['sources', i, 'id'],
            `id "${id}" is already the id of sources[${first.index}] (${first.url}); give each source its own id`,
          ),
        );
      else byId.set(id, { index: i, url: url ?? '' });
    }
  });
  return problems;
}

function checkTopics(raw: Raw, ctx: EntryCheckContext): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const ids = new Set<string>();
  list(raw.topics).forEach((entry, i) => {
    const t = obj(entry);
    const id = str(t.id);
    if (id && ids.has(id)) problems.push(ctx.problemAt(['topics', i, 'id'], `topic id "${id}" is used twice`));
    if (id) ids.add(id);
    list(t.search).forEach((s, j) => {
      const template = str(s) ?? str(obj(s).url);
      if (template === undefined) return;
      if (!template.includes('{query}'))
        problems.push(
          ctx.problemAt(['topics', i, 'search', j], 'a search URL needs {query} where the topic query goes'),
        );
      else problems.push(...checkFeedLocation(template.replaceAll('{query}', 'q'), ['topics', i, 'search', j], ctx));
    });
  });
  return problems;
}

/**
 * The forms each platform gives its ids in. Slack: a workspace is `T…` (with its org on
 * Enterprise Grid, `E…/T…`), a channel `C…` (public), `G…` (private) or `D…` (direct); a name
 * such as "#general" is not stable (channels are renamed) and is not an id. Discord: servers
 * and channels are snowflakes, 17 to 20 digits.
 */
const PLATFORM_IDS: Record<string, { team: RegExp; channel: RegExp; teamHint: string; channelHint: string }> = {
  slack: {
    team: /^(E[A-Z0-9]+\/)?T[A-Z0-9]+$/,
    channel: /^[CGD][A-Z0-9]+$/,
    teamHint: 'the workspace id, such as T0123ABCD (Slack: workspace menu → Settings → the URL, or auth.test)',
    channelHint: 'the channel id, such as C0123ABCD (Slack: the channel name → About → the ID at the bottom)',
  },
  discord: {
    team: /^\d{17,20}$/,
    channel: /^\d{17,20}$/,
    teamHint: 'the server id, 17–20 digits (Discord: Developer Mode on, right-click the server → Copy Server ID)',
    channelHint: 'the channel id, 17–20 digits (Discord: Developer Mode on, right-click the channel → Copy Channel ID)',
  },
};

function checkSubscriptions(raw: Raw, ctx: EntryCheckContext): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const topicIds = list(raw.topics)
    .map((t) => str(obj(t).id))
    .filter((id): id is string => !!id);
  list(raw.subscriptions).forEach((entry, i) => {
    const s = obj(entry);
    const topic = str(s.topic);
    if (topic && !topicIds.includes(topic)) {
      const near = closestWord(topic, topicIds);
      problems.push(
        ctx.problemAt(
          ['subscriptions', i, 'topic'],
          `no topic "${topic}"${near ? `; did you mean ${near}?` : ''} (topics: ${topicIds.join(', ') || 'none defined'})`,
        ),
      );
    }
    const ids = PLATFORM_IDS[str(s.platform) ?? ''];
    if (ids) {
      const team = s.team === undefined ? undefined : String(s.team);
      if (team === undefined)
        problems.push(
          ctx.problemAt(['subscriptions', i], `a ${String(s.platform)} subscription needs team: ${ids.teamHint}`),
        );
      else if (!ids.team.test(team))
        problems.push(ctx.problemAt(['subscriptions', i, 'team'], `"${team}" is not ${ids.teamHint}`));
      const channel = s.channel === undefined ? undefined : String(s.channel);
      if (channel !== undefined && !ids.channel.test(channel))
        problems.push(ctx.problemAt(['subscriptions', i, 'channel'], `"${channel}" is not ${ids.channelHint}`));
    }
    const digest = s.digest;
    const cron = str(digest) ?? str(obj(digest).cron);
    if (cron !== undefined) {
      const wrong = explainCron(cron);
      if (wrong)
        problems.push(
          ctx.problemAt(['subscriptions', i, 'digest'], `${wrong}; e.g. "0 9 * * 1-5" is 09:00 on weekdays`),
        );
      // Without a time zone of its own a digest uses settings.timezone, which is checked there.
      const tz = str(obj(digest).timezone);
      if (tz !== undefined && !validTimezone(tz))
        problems.push(
          ctx.problemAt(
            ['subscriptions', i, 'digest'],
            `"${tz}" is not a time zone; use an IANA name such as Europe/Paris`,
          ),
        );
    }
  });
  return problems;
}

function checkSettings(raw: Raw, ctx: EntryCheckContext): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const settings = obj(raw.settings);
  const tick = str(settings.tick);
  if (tick !== undefined && explainCron(tick))
    problems.push(
      ctx.problemAt(
        ['settings', 'tick'],
        `"${tick}" is not a cron schedule; the default "*/5 * * * * *" looks for due sources every 5 seconds`,
      ),
    );
  const tz = str(settings.timezone);
  if (tz !== undefined && !validTimezone(tz))
    problems.push(
      ctx.problemAt(['settings', 'timezone'], `"${tz}" is not a time zone; use an IANA name such as Europe/Paris`),
    );
  const database = str(raw.database);
  if (database && hasScheme(database) && !/^postgres(ql)?:\/\//.test(database))
    problems.push(
      ctx.problemAt(['database'], 'the store is a SQLite file path (./data/newsbot.db) or a postgres:// URL'),
    );
  return problems;
}

/** Every check of this file, in the order of the file's sections. */
export function checkEntries(raw: Raw, ctx: EntryCheckContext): ConfigProblem[] {
  return [
    ...checkSettings(raw, ctx),
    ...checkSources(raw, ctx),
    ...checkTopics(raw, ctx),
    ...checkSubscriptions(raw, ctx),
  ];
}
