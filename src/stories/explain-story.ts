import type { Db } from '../store/open-store.ts';
import { foldedInto, getStory, storyJoins, storyMembers } from '../store/stories-repo.ts';
import { numberSources } from './compose-story.ts';
import { toMember } from './story-book.ts';
import type { JoinReason } from './group-stories.ts';

export interface StoryExplanation {
  id: string;
  /** The id asked for, when that story was folded into this one (and the report that showed them one). */
  foldedFrom?: { story: string; by: string };
  headline: string;
  outlets: number;
  items: { n: number; outlet: string; title: string; publishedAt: number; started: boolean; reason: JoinReason }[];
}

/** Why each item of a story is in it: what `newsbot explain-story ID` prints. */
export async function explainStory(db: Db, asked: string): Promise<StoryExplanation | undefined> {
  // A story folded into another is explained as the one it became, if that one still exists.
  let story = await getStory(db, asked);
  const folded = story ? undefined : await foldedInto(db, asked);
  if (folded) story = await getStory(db, folded.into);
  if (!story) return undefined;
  const storyId = story.id;
  const joins = new Map((await storyJoins(db, storyId)).map((j) => [j.item_id, j]));
  const members = await storyMembers(db, [storyId]);
  const { sourceOf } = numberSources(members.map(toMember));
  return {
    id: story.id,
    ...(folded ? { foldedFrom: { story: asked, by: folded.by } } : {}),
    headline: story.headline,
    outlets: story.revision,
    items: members.map((m) => {
      const j = joins.get(m.item_id)!;
      return {
        n: sourceOf.get(m.item_id)!,
        outlet: m.outlet,
        title: m.title,
        publishedAt: Number(m.published_at),
        started: j.created_story === 1,
        reason: JSON.parse(j.reason) as JoinReason,
      };
    }),
  };
}

export function formatStoryExplanation(e: StoryExplanation): string {
  const lines = [`${e.id}: ${e.headline} (${e.outlets} outlet${e.outlets === 1 ? '' : 's'})`];
  if (e.foldedFrom) {
    const by = e.items.find((it) => it.reason.merged?.some((m) => m.story === e.foldedFrom!.story));
    lines.unshift(
      `${e.foldedFrom.story} is now part of ${e.id}: ${by ? `report [${by.n}] showed` : 'a later report showed'} the two stories to be one event`,
    );
  }
  for (const it of e.items) {
    const terms = it.reason.shared.map((s) => `${s.term} ${s.weight}`).join(', ');
    const label = (d: string) => d.replace(/_/g, ' ');
    const other = it.reason.otherDevelopment;
    const actors = it.reason.otherActors;
    const template = it.reason.otherTemplate;
    const why = it.started
      ? `started the story${other ? ` (a new development: ${label(it.reason.development ?? '?')}, where ${other.story} reports ${label(other.development)}, similarity ${other.score})` : actors ? ` (other actors: ${actors.story} has similar words, ${actors.score}, but the two share only ${actors.nameShare} of their names by rarity)` : template ? ` (another event in the same template: ${template.story} has similar words, ${template.score}, but a headline there fills the same template with other names)` : it.reason.nearest ? ` (closest other story ${it.reason.nearest} at ${it.reason.score} < ${it.reason.threshold})` : ''}`
      : `joined: similarity ${it.reason.score} ≥ ${it.reason.threshold}${it.reason.sameDevelopmentBonus ? ` (words ${Math.round((it.reason.score - it.reason.sameDevelopmentBonus) * 1000) / 1000} + ${it.reason.sameDevelopmentBonus}: the same development by the same actors${it.reason.actorShare !== undefined ? `, ${it.reason.actorShare} of the headlines' names shared` : ''})` : ''}${terms ? `; shared terms: ${terms}` : ''}${it.reason.nameShare !== undefined ? `; names shared ${it.reason.nameShare}` : ''}${it.reason.development ? `; development: ${label(it.reason.development)}` : ''}`;
    const merged = (it.reason.merged ?? [])
      .map(
        (m) => `; showed ${m.story} to be the same event (stories' similarity ${m.similarity}), folded into ${m.into}`,
      )
      .join('');
    lines.push(`  [${it.n}] ${it.outlet} — ${it.title}\n      ${why}${merged}`);
  }
  return lines.join('\n');
}
