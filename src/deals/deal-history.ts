import type { Item } from '../ingest/ingest-items.ts';
import type { Db } from '../store/open-store.ts';
import type { TopicRow } from '../store/schema.ts';
import { itemsMentioning } from '../store/items-repo.ts';
import { addStoryTopics } from '../store/stories-repo.ts';
import { dealKey } from './deal-key.ts';
import { isEvidence, parseDealSpec } from './deal.ts';

/** Puts items that are in no story yet into stories (silently): the running grouper's job. */
export type GroupItems = (db: Db, items: Item[]) => Promise<Map<string, string>>;

export const dealHistoryDefaults = {
  /** The most recent reports naming the deal's first party that are read back. */
  limit: 5_000,
} satisfies Record<string, number>;

/**
 * What the store already holds about a deal just followed (`/deal track`, or a deal added to
 * the config): every recorded item that names two of its parties — including the first poll's
 * baseline and items older than `maxAge`, which were recorded but never grouped — is put into
 * a story and the stories are matched to the deal, so its timeline starts from its past
 * instead of from today. Nothing here alerts. Returns how many reports were found.
 */
export async function readDealHistory(
  db: Db,
  topic: TopicRow,
  group: GroupItems,
  now: number,
  opts = dealHistoryDefaults,
): Promise<number> {
  const deal = parseDealSpec(topic.deal);
  if (!deal) return 0;
  // Candidates by the first party's names (any report that is evidence names it), checked exactly below.
  const names = [deal.parties[0]!.name, ...deal.parties[0]!.aliases];
  const rows = await itemsMentioning(db, names, opts.limit);
  const evidence = rows.filter((r) => isEvidence(deal, topic.name, `${r.title}\n${r.summary}`));
  const storyIds = new Set(evidence.flatMap((r) => (r.story_id ? [r.story_id] : [])));
  const ungrouped: Item[] = evidence
    .filter((r) => !r.story_id)
    .map((r) => ({
      id: r.id,
      sourceId: r.source_id,
      sourceName: r.source_name,
      guid: r.guid,
      url: r.link,
      title: r.title,
      summary: r.summary,
      publishedAt: Number(r.published_at),
      firstSeenAt: Number(r.first_seen_at),
    }));
  if (ungrouped.length) for (const id of (await group(db, ungrouped)).values()) storyIds.add(id);
  for (const id of storyIds) await addStoryTopics(db, id, [dealKey(topic)], now);
  return evidence.length;
}
