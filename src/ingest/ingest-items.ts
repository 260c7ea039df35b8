import { stableId } from '../ids.ts';
import type { ParsedFeed, ParsedItem } from '../sources/item.ts';
import type { Db } from '../store/open-store.ts';
import { datedKey, findKnownKeys, insertItems } from '../store/items-repo.ts';
import type { ItemRow, SourceRow } from '../store/schema.ts';
import { chooseIdentity, identityKey, type IdentityMode } from './identity.ts';

/** An item as the rest of the pipeline sees it (ARCHITECTURE: Item). */
export interface Item {
  id: string;
  sourceId: string;
  /** Who published it: the outlet an aggregator's feed names for it, else the source's name. */
  outlet: string;
  guid: string | null;
  url: string | null;
  title: string;
  summary: string;
  publishedAt: number;
  firstSeenAt: number;
}

export interface IngestResult {
  identity: IdentityMode;
  /** Items never seen before, now stored. */
  recorded: Item[];
  /** Of those, the ones to alert on: not the first-poll baseline, not older than maxAge. */
  alertable: Item[];
  /** Why a recorded item is not alertable, counted, for logs and tests. */
  held: { baseline: number; tooOld: number };
}

export interface IngestOptions {
  now: number;
  maxAgeMs: number;
}

/**
 * Records a fetched document's items and decides which are new. An item is new once:
 * re-dating, re-ordering or re-fetching it finds its key again. When a feed's guids change
 * under stable links, the source switches to link identity instead of alerting everything
 * again. Runs inside the caller's transaction so items and their alerts land together.
 */
export async function ingestItems(
  db: Db,
  source: SourceRow,
  feed: ParsedFeed,
  opts: IngestOptions,
): Promise<IngestResult> {
  let mode = chooseIdentity(feed.items, feed.link, (source.identity as IdentityMode | null) ?? null);
  const hashes = feed.items.map((i) => i.hash);
  // A source's first successful poll records its first items in the same unit of work that
  // sets baseline_done, so before it there is nothing to look up.
  const known = source.baseline_done
    ? await findKnownKeys(db, source.id, {
        guids: feed.items.flatMap((i) => (i.guid ? [i.guid] : [])),
        links: feed.items.flatMap((i) => (i.url ? [i.url] : [])),
        hashes,
      })
    : emptyKeys();

  const seenInDoc = new Set<string>();
  const fresh: { item: ParsedItem; hash: string; key: string }[] = [];
  feed.items.forEach((item, i) => {
    const hash = hashes[i]!;
    const key = identityKey(item, mode, hash);
    if (seenInDoc.has(key)) return;
    seenInDoc.add(key);
    if (isKnown(item, hash, key, known)) return;
    if (mode === 'guid' && item.url && known.links.has(item.url)) {
      // Same article, new guid: this feed's guids are not stable. Trust links from now on.
      mode = 'link';
      return;
    }
    // Republished under a new guid and link but word for word the same: not news.
    if (item.summary.length >= 40 && known.hashes.has(hash)) return;
    fresh.push({ item, hash, key });
  });
  // Guid and link both churn (every poll, in some feeds) and the summary is too short to
  // compare: the same title at the same publication time from the same outlet is the same item.
  // Looked up only for items no other key knows, so a steady feed costs no extra query.
  const dated = (x: { item: ParsedItem }) =>
    x.item.publishedAt != null && x.item.title ? datedKey(x.item.title, Math.min(x.item.publishedAt, opts.now)) : null;
  if (source.baseline_done && fresh.some(dated)) {
    const { dated: seen } = await findKnownKeys(db, source.id, {
      guids: [],
      links: [],
      hashes: [],
      titles: fresh.flatMap((x) => (dated(x) ? [x.item.title] : [])),
    });
    if (seen.size) fresh.splice(0, fresh.length, ...fresh.filter((x) => !seen.has(dated(x) ?? '')));
  }

  const rows: ItemRow[] = fresh.map(({ item, hash, key }) => ({
    // Prefixed by the source, so one poll's inserts share b-tree pages instead of landing
    // all over the index (measurably faster on SQLite).
    id: `${source.id}/${stableId('', key).slice(0, 16)}`,
    source_id: source.id,
    guid: item.guid,
    link: item.url,
    hash,
    title: item.title,
    summary: item.summary,
    published_at: Math.min(item.publishedAt ?? opts.now, opts.now),
    first_seen_at: opts.now,
    outlet: item.outlet,
  }));
  await insertItems(db, rows);
  const recorded: Item[] = rows.map((r) => ({
    id: r.id,
    sourceId: r.source_id,
    outlet: r.outlet ?? source.name,
    guid: r.guid,
    url: r.link,
    title: r.title,
    summary: r.summary,
    publishedAt: r.published_at,
    firstSeenAt: r.first_seen_at,
  }));

  const held = { baseline: 0, tooOld: 0 };
  let alertable: Item[];
  if (!source.baseline_done) {
    // First poll: everything is history, except the `backfill` newest the user asked for.
    alertable = [...recorded].sort((a, b) => b.publishedAt - a.publishedAt).slice(0, source.backfill);
    held.baseline = recorded.length - alertable.length;
  } else {
    alertable = recorded.filter((i) => i.publishedAt >= opts.now - opts.maxAgeMs);
    held.tooOld = recorded.length - alertable.length;
  }
  return { identity: mode, recorded, alertable, held };
}

const emptyKeys = () => ({
  guids: new Set<string>(),
  links: new Set<string>(),
  hashes: new Set<string>(),
  dated: new Set<string>(),
});

function isKnown(
  item: ParsedItem,
  hash: string,
  key: string,
  known: Awaited<ReturnType<typeof findKnownKeys>>,
): boolean {
  if (key.startsWith('g:')) return known.guids.has(item.guid!);
  if (key.startsWith('l:')) return known.links.has(item.url!);
  return known.hashes.has(hash);
}
