import type { TopicRow } from '../store/schema.ts';

/** A deal is its topic: `team/id`, the key of `deal_states` and `story_topics`. */
export const dealKey = (t: Pick<TopicRow, 'team' | 'id'>) => `${t.team}/${t.id}`;
