import type { Item } from '../ingest/ingest-items.ts';
import type { Db } from '../store/open-store.ts';
import type { TopicRow } from '../store/schema.ts';
import { itemsMentioning } from '../store/items-repo.ts';
import { addStoryTopics } from '../store/stories-repo.ts';
import { dealKey } from './deal-key.ts';
import { detectStageChanges } from './deal-book.ts';
import { isEvidence, parseDealSpec, type DealSpec } from './deal.ts';

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
      outlet: r.outlet ?? r.source_name,
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

/**
 * A poll's items that are recorded but not alerted — the first poll's baseline, items older
 * than `maxAge` — and are evidence about a followed deal go into stories matched to the deal,
 * silently, and the deal's recorded stage catches up with them. So a deal's past is known
 * before today's news about it is alerted, whatever order the sources are polled in: its stage
 * moves from where its past left it, and its alerts have a context section. Returns how many
 * items were evidence.
 */
export async function groupPastEvidence(
  db: Db,
  items: Item[],
  dealTopics: TopicRow[],
  group: GroupItems,
  now: number,
): Promise<number> {
  const deals = dealTopics.flatMap((topic) => {
    const deal = parseDealSpec(topic.deal);
    if (!deal) return [];
    // A cheap look for the first party's names before the exact, whole-word check.
    const first = [deal.parties[0]!.name, ...deal.parties[0]!.aliases].map((n) => n.toLowerCase());
    return [{ topic, deal, first }];
  });
  if (!deals.length || !items.length) return 0;
  const evidenceOf = new Map<string, { topic: TopicRow; deal: DealSpec }[]>();
  for (const item of items) {
    const text = `${item.title}\n${item.summary}`;
    const lower = text.toLowerCase();
    const about = deals.filter((d) => d.first.some((n) => lower.includes(n)) && isEvidence(d.deal, d.topic.name, text));
    if (about.length) evidenceOf.set(item.id, about);
  }
  if (!evidenceOf.size) return 0;
  const storyOf = await group(
    db,
    items.filter((i) => evidenceOf.has(i.id)),
  );
  const touched = new Map<string, TopicRow>();
  for (const [itemId, about] of evidenceOf) {
    const storyId = storyOf.get(itemId);
    if (!storyId) continue;
    await addStoryTopics(
      db,
      storyId,
      about.map((d) => dealKey(d.topic)),
      now,
    );
    for (const d of about) touched.set(dealKey(d.topic), d.topic);
  }
  // No story of this poll's news is among these, so nothing is returned to alert: the stage is recorded.
  await detectStageChanges(db, [...touched.values()], new Set(), now);
  return evidenceOf.size;
}
