import type { Item } from '../ingest/ingest-items.ts';
import type { Db } from '../store/open-store.ts';
import {
  insertStoryItem,
  joinedSince,
  lockGrouping,
  mergeStoryInto,
  toldStories,
  recentStoryIds,
  storyMembers,
  upsertStory,
  getStory,
  type MemberRow,
} from '../store/stories-repo.ts';
import { composeStory } from './compose-story.ts';
import { StoryGrouper, groupingDefaults, type GroupDecision } from './group-stories.ts';
import type { StoryMember, StoryView } from './story.ts';

export interface StoryChange {
  storyId: string;
  created: boolean;
  /** Outlets before and after this poll: a story's revision is its number of outlets. */
  previousRevision: number;
  revision: number;
  view: StoryView;
  /** A new story that is the next development of an earlier one (the grouper kept it apart). */
  follows?: { storyId: string; from: string; to: string | null };
}

export const toMember = (r: MemberRow): StoryMember => ({
  itemId: r.item_id,
  outlet: r.outlet,
  title: r.title,
  summary: r.summary,
  url: r.url,
  publishedAt: Number(r.published_at),
  firstSeenAt: Number(r.first_seen_at),
});

/**
 * The stories of the running bot: the in-memory grouper (rebuilt from the store at start)
 * plus the rows that record each decision. Grouping the same item twice (a group-commit
 * batch re-run after a failure) returns the first decision, so memory and store agree.
 */
export class StoryBook {
  readonly grouper: StoryGrouper;
  private readonly decided = new Map<string, GroupDecision>();

  /** Up to when other processes' grouping decisions have been read (shared stores only). */
  private syncedTo = 0;

  /**
   * @param shared the store is shared by several processes (Postgres): grouping then takes a
   *   cluster-wide lock inside the poll's transaction and first reads what the others decided,
   *   so two outlets of one event polled by two processes still make one story.
   */
  constructor(
    opts: Partial<typeof groupingDefaults> = {},
    private readonly shared = false,
  ) {
    this.grouper = new StoryGrouper(opts);
  }

  /** Adds the items other processes grouped since the last look. */
  async catchUp(db: Db): Promise<number> {
    const rows = await joinedSince(db, this.syncedTo - 60_000);
    let added = 0;
    for (const r of rows) {
      this.syncedTo = Math.max(this.syncedTo, Number(r.joined_at));
      const known = this.decided.get(r.item_id);
      if (known) {
        // Moved since we saw it: another process folded the story we hold it in into another.
        const mine = this.grouper.resolve(known.storyId);
        if (mine !== r.story_id) this.grouper.fold(mine, r.story_id);
        continue;
      }
      this.grouper.restore(r.story_id, [
        { id: r.item_id, title: r.title, summary: r.summary, publishedAt: Number(r.published_at) },
      ]);
      this.decided.set(r.item_id, {
        itemId: r.item_id,
        storyId: r.story_id,
        created: false,
        reason: { score: 1, threshold: 0, shared: [] },
      });
      added++;
    }
    return added;
  }

  /** Loads the stories still open to new items. */
  async restore(db: Db, now: number): Promise<number> {
    this.syncedTo = now;
    const ids = await recentStoryIds(db, now - this.grouper.opts.windowMs);
    const members = await storyMembers(db, ids);
    const byStory = new Map<string, MemberRow[]>();
    for (const m of members) byStory.set(m.story_id, [...(byStory.get(m.story_id) ?? []), m]);
    for (const id of ids) {
      const rows = byStory.get(id) ?? [];
      this.grouper.restore(
        id,
        rows.map((r) => ({ id: r.item_id, title: r.title, summary: r.summary, publishedAt: Number(r.published_at) })),
      );
      for (const r of rows)
        this.decided.set(r.item_id, {
          itemId: r.item_id,
          storyId: id,
          created: false,
          reason: { score: 1, threshold: 0, shared: [] },
        });
    }
    return ids.length;
  }

  /**
   * Puts new items into stories (in publication order), records why, and returns every story
   * that changed with its newly composed view.
   */
  async assign(db: Db, items: Item[], now: number): Promise<{ changes: StoryChange[]; storyOf: Map<string, string> }> {
    if (this.shared) {
      // One grouper at a time across the cluster, holding the lock until this unit commits.
      await lockGrouping(db);
      await this.catchUp(db);
    }
    const storyOf = new Map<string, string>();
    const touched = new Map<string, boolean>();
    const follows = new Map<string, NonNullable<StoryChange['follows']>>();
    const ordered = [...items].sort((a, b) => a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : 1));
    for (const item of ordered) {
      let d = this.decided.get(item.id);
      if (!d) {
        d = this.grouper.add({ id: item.id, title: item.title, summary: item.summary, publishedAt: item.publishedAt });
        if (d.bridges) {
          // Two stories this item shows to be one event become one, unless both have been told
          // to someone (then each keeps its own; a told story is never renamed under a channel).
          const told = await toldStories(db, [d.storyId, ...d.bridges.map((b) => b.story)]);
          d = this.grouper.applyBridges(d, (id) => !told.has(id));
        }
        this.decided.set(item.id, d);
      }
      // Applied again when a failed batch is re-run: the moves are idempotent.
      for (const m of d.reason.merged ?? []) await mergeStoryInto(db, m.story, m.into, now);
      await insertStoryItem(db, {
        item_id: item.id,
        story_id: this.grouper.resolve(d.storyId),
        joined_at: now,
        created_story: d.created ? 1 : 0,
        score: d.reason.score,
        reason: JSON.stringify(d.reason),
      });
      storyOf.set(item.id, d.storyId);
      const other = d.reason.otherDevelopment;
      if (d.created && other)
        follows.set(d.storyId, { storyId: other.story, from: other.development, to: d.reason.development ?? null });
      touched.set(d.storyId, (touched.get(d.storyId) ?? false) || d.created);
    }
    // A story an item of this batch joined may have been folded into another by a later item.
    for (const [id, story] of storyOf) storyOf.set(id, this.grouper.resolve(story));
    for (const [id, created] of [...touched]) {
      const into = this.grouper.resolve(id);
      if (into === id) continue;
      touched.delete(id);
      touched.set(into, (touched.get(into) ?? false) || created);
      const next = follows.get(id);
      follows.delete(id);
      if (next && !follows.has(into)) follows.set(into, next);
    }
    const members = await storyMembers(db, [...touched.keys()]);
    const changes: StoryChange[] = [];
    for (const [storyId, created] of touched) {
      const mine = members.filter((m) => m.story_id === storyId).map(toMember);
      const view = composeStory(storyId, mine);
      const before = await getStory(db, storyId);
      const revision = view.sources.length;
      await upsertStory(db, {
        id: storyId,
        headline: view.headline,
        revision,
        first_published_at: Math.min(...mine.map((m) => m.publishedAt)),
        last_published_at: Math.max(...mine.map((m) => m.publishedAt)),
        created_at: before?.created_at ?? now,
        updated_at: now,
      });
      const next = follows.get(storyId);
      changes.push({
        storyId,
        created: created && !before,
        previousRevision: before?.revision ?? 0,
        revision,
        view,
        ...(next ? { follows: next } : {}),
      });
    }
    return { changes, storyOf };
  }

  /** Forgets stories no new item can join; run now and then. */
  prune(now: number): void {
    this.grouper.prune(now);
    if (this.decided.size > 200_000) this.decided.clear(); // only re-runs of a recent batch need it
  }
}

/** A story's current view, composed from the store (for commands and digests). */
export async function viewOf(db: Db, storyId: string): Promise<StoryView | undefined> {
  const rows = await storyMembers(db, [storyId]);
  return rows.length ? composeStory(storyId, rows.map(toMember)) : undefined;
}
