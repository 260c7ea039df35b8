import { stableId } from '../ids.ts';
import type { DealSpec } from '../store/schema.ts';
import type { SourceSpec } from '../store/sources-repo.ts';
import type { SubscriptionSpec } from '../store/subscriptions-repo.ts';
import type { LoadedConfig } from './load-config.ts';

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
 * Turns a loaded config (every check passed: see `check-entries.ts`) into what the store
 * keeps: sources (including each topic's search feeds, with `{query}` filled in), topics and
 * subscriptions.
 */
export function buildSpecs(loaded: LoadedConfig): ConfigSpecs {
  const { config } = loaded;
  const sources: SourceSpec[] = [];
  const seen = new Set<string>();
  const add = (spec: SourceSpec) => {
    if (seen.has(spec.url)) return; // the same feed listed as a source and as a search: poll once
    seen.add(spec.url);
    sources.push(spec);
  };
  for (const s of config.sources)
    add({
      id: s.id ?? stableId('src_', s.url),
      url: s.url,
      name: s.name ?? hostLabel(s.url),
      origin: 'config',
      topicId: null,
      intervalMs: s.interval ?? config.settings.interval,
      backfill: s.backfill,
    });
  for (const t of config.topics)
    for (const entry of t.search) {
      const template = typeof entry === 'string' ? entry : entry.url;
      const url = template.replaceAll('{query}', encodeURIComponent(t.query));
      const name =
        typeof entry === 'object' && entry.name ? entry.name : `${hostLabel(template)} search: ${t.name ?? t.id}`;
      const interval = (typeof entry === 'object' && entry.interval) || config.settings.interval;
      add({ id: stableId('src_', url), url, name, origin: 'config', topicId: t.id, intervalMs: interval, backfill: 0 });
    }
  const subscriptions = config.subscriptions.map((s) => ({
    platform: s.platform,
    team: s.team,
    channel: s.channel,
    topicId: s.topic,
    minSources: s.minSources,
    digest:
      s.digest === undefined
        ? null
        : typeof s.digest === 'string'
          ? { cron: s.digest, timezone: config.settings.timezone }
          : { cron: s.digest.cron, timezone: s.digest.timezone ?? config.settings.timezone },
  }));
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
