import fs from 'node:fs';
import path from 'node:path';
import { stableId } from '../ids.ts';
import type { DealSpec } from '../store/schema.ts';
import type { SourceSpec } from '../store/sources-repo.ts';
import type { SubscriptionSpec } from '../store/subscriptions-repo.ts';
import { ConfigError, type ConfigProblem, type LoadedConfig } from './load-config.ts';
import { explainCron, validCron, validTimezone } from './validate-schedule.ts';

export interface ConfigSpecs {
  sources: SourceSpec[];
  topics: { id: string; name: string; query: string; deal: DealSpec | null }[];
  subscriptions: SubscriptionSpec[];
}

function hostLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Turns the validated config into what the store keeps: sources (including each topic's
 * search feeds, with `{query}` filled in), topics and subscriptions. Checks what the schema
 * cannot: that a URL is http(s) or a path, that a search template has `{query}`.
 */
export function buildSpecs(loaded: LoadedConfig, extraProblems: ConfigProblem[] = []): ConfigSpecs {
  const { config } = loaded;
  const problems = [...loaded.pendingProblems, ...extraProblems];
  const sources: SourceSpec[] = [];
  const seen = new Map<string, string>();
  const add = (spec: SourceSpec, keyPath: (string | number)[]) => {
    const prev = seen.get(spec.url);
    if (prev) return; // the same feed listed twice (e.g. as a source and as a search): poll once
    seen.set(spec.url, spec.id);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec.url)) {
      let ok = false;
      try {
        ok = ['http:', 'https:'].includes(new URL(spec.url).protocol);
      } catch {
        /* reported below */
      }
      if (!ok)
        problems.push(
          loaded.problemAt(keyPath, `"${spec.url}" is not an http(s) URL; give an http(s) URL or a file path`),
        );
    } else {
      // A file source is read relative to the config's folder; a typo there would fail every poll.
      const file = path.resolve(loaded.dir, spec.url);
      try {
        fs.accessSync(file, fs.constants.R_OK);
        if (fs.statSync(file).isDirectory())
          problems.push(loaded.problemAt(keyPath, `${file} is a folder; give a feed file or an http(s) URL`));
      } catch {
        problems.push(
          loaded.problemAt(
            keyPath,
            `${file} does not exist or cannot be read (file sources are relative to the config's folder); give an existing feed file or an http(s) URL`,
          ),
        );
      }
    }
    sources.push(spec);
  };

  // Two sources with one id would be one row in the store: the second silently replacing the first.
  const byId = new Map<string, { index: number; url: string }>();
  config.sources.forEach((s, i) => {
    if (s.id) {
      const first = byId.get(s.id);
      if (first && first.url !== s.url)
        problems.push(
          loaded.problemAt(
            ['sources', i, 'id'],
            `id "${s.id}" is already the id of sources[${first.index}] (${first.url}); give each source its own id`,
          ),
        );
      else byId.set(s.id, { index: i, url: s.url });
    }
    add(
      {
        id: s.id ?? stableId('src_', s.url),
        url: s.url,
        name: s.name ?? hostLabel(s.url),
        origin: 'config',
        topicId: null,
        intervalMs: s.interval ?? config.settings.interval,
        backfill: s.backfill,
      },
      ['sources', i, 'url'],
    );
  });
  config.topics.forEach((t, i) => {
    t.search.forEach((entry, j) => {
      const template = typeof entry === 'string' ? entry : entry.url;
      if (!template.includes('{query}')) {
        problems.push(
          loaded.problemAt(['topics', i, 'search', j], 'a search URL needs {query} where the topic query goes'),
        );
        return;
      }
      const url = template.replaceAll('{query}', encodeURIComponent(t.query));
      const name =
        typeof entry === 'object' && entry.name ? entry.name : `${hostLabel(template)} search: ${t.name ?? t.id}`;
      const interval = (typeof entry === 'object' && entry.interval) || config.settings.interval;
      add(
        { id: stableId('src_', url), url, name, origin: 'config', topicId: t.id, intervalMs: interval, backfill: 0 },
        ['topics', i, 'search', j],
      );
    });
  });
  const subscriptions = config.subscriptions.map((s, i) => {
    const digest =
      s.digest === undefined
        ? null
        : typeof s.digest === 'string'
          ? { cron: s.digest, timezone: config.settings.timezone }
          : { cron: s.digest.cron, timezone: s.digest.timezone ?? config.settings.timezone };
    if (digest && !validCron(digest.cron))
      problems.push(
        loaded.problemAt(
          ['subscriptions', i, 'digest'],
          `${explainCron(digest.cron)}; e.g. "0 9 * * 1-5" is 09:00 on weekdays`,
        ),
      );
    if (digest && !validTimezone(digest.timezone))
      problems.push(
        loaded.problemAt(
          ['subscriptions', i, 'digest'],
          `"${digest.timezone}" is not a time zone; use an IANA name such as Europe/Paris`,
        ),
      );
    return {
      platform: s.platform,
      team: s.team,
      channel: s.channel,
      topicId: s.topic,
      minSources: s.minSources,
      digest,
    };
  });
  if (!validCron(config.settings.tick))
    problems.push(
      loaded.problemAt(
        ['settings', 'tick'],
        `"${config.settings.tick}" is not a cron schedule; the default "*/5 * * * * *" looks for due sources every 5 seconds`,
      ),
    );
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(config.database) && !/^postgres(ql)?:\/\//.test(config.database)) {
    problems.push(
      loaded.problemAt(['database'], 'the store is a SQLite file path (./data/newsbot.db) or a postgres:// URL'),
    );
  }
  if (!validTimezone(config.settings.timezone))
    problems.push(
      loaded.problemAt(
        ['settings', 'timezone'],
        `"${config.settings.timezone}" is not a time zone; use an IANA name such as Europe/Paris`,
      ),
    );
  if (problems.length) throw new ConfigError(problems);
  return {
    sources,
    topics: config.topics.map((t) => ({
      id: t.id,
      name: t.name ?? t.id,
      query: t.query,
      deal: t.deal
        ? { parties: t.deal.parties.map((p) => (typeof p === 'string' ? { name: p, aliases: [] } : p)) }
        : null,
    })),
    subscriptions,
  };
}
