import type { StorySource, StoryView, SummarySentence } from '../stories/story.ts';
import type { StoryContext } from '../stories/story-context.ts';
import type { DealTerm } from '../deals/extract-terms.ts';
import type { Stage } from '../deals/stages.ts';

/**
 * The platform-neutral alert (ARCHITECTURE: Alert). Everything a platform needs to render a
 * message, and nothing of any platform's shapes: Slack, Discord and the console each turn
 * this into their own format, escaping feed text for themselves.
 */
export type { StorySource as AlertSource, StoryView, SummarySentence, StoryContext };

export interface TopicRef {
  id: string;
  name: string;
}

/**
 * The earlier story a new story is the next development of (same actors, another
 * development: an agreement, then a probe into it), as this channel was told about it.
 * Platforms thread the new alert under the earlier one where they can, and say what changed.
 */
export interface Follows {
  storyId: string;
  headline: string;
  /** The developments, as the grouper read them ("agreed", "regulatory_review", "talks"). */
  from: string;
  to: string | null;
}

export type Alert =
  /** A story a channel has not been told about yet; every source is new to it. */
  | {
      kind: 'story';
      id: string;
      topic: TopicRef;
      story: StoryView;
      revision: number;
      changes: { newSources: number[] };
      follows?: Follows;
      /** What led here: earlier coverage of the topic, cited after the story's own sources. */
      context?: StoryContext;
      createdAt: number;
    }
  /** New outlets joined a story the channel was told about: belongs under the original alert. */
  | {
      kind: 'story-update';
      id: string;
      topic: TopicRef;
      story: StoryView;
      revision: number;
      changes: { newSources: number[] };
      /** Outbox id of the original alert; platforms reply in its thread. */
      replyTo: string;
      createdAt: number;
    }
  /**
   * A watched deal moved to another stage, with the story that says so. It is the thread
   * root for that story: later outlets reporting the change come as story-updates under it.
   */
  | {
      kind: 'deal-stage';
      id: string;
      topic: TopicRef;
      from: Stage | null;
      to: Stage;
      since: number;
      /** The phrase that decided the stage, and the citation numbers of the outlets stating it. */
      why: { phrase: string; hedged: boolean; sources: number[] };
      story: StoryView;
      revision: number;
      terms: DealTerm[];
      follows?: Follows;
      /** The deal's earlier stage changes, cited after the story's own sources. */
      context?: StoryContext;
      createdAt: number;
    }
  /** Stories collected for a digest subscription, grouped by topic. */
  | {
      kind: 'digest';
      id: string;
      period: { from: number; to: number };
      topics: { topic: TopicRef; stories: StoryView[] }[];
      createdAt: number;
    }
  | {
      kind: 'source-failing' | 'source-recovered';
      id: string;
      source: { id: string; name: string; url: string };
      reason: string | null;
      since: number;
      createdAt: number;
    };

/** One alert addressed to one channel: what the delivery worker hands a platform. */
export interface Delivery {
  outboxId: string;
  platform: string;
  team: string;
  channel: string;
  alert: Alert;
  attempt: number;
  /** For an update: the original alert and the platform's id for it (to thread under). */
  replyTo?: { outboxId: string; messageId: string | null };
}

/**
 * Where a platform puts an alert: a story update, or the stage change a story caused after
 * its alert went out, in the thread of its original only; the next development of a story the
 * channel heard of in that story's thread and in the channel too (it is news in its own
 * right). Platforms without threads ignore `threadUnder`.
 */
export function placement(d: Delivery): { threadUnder?: string; alsoInChannel: boolean } {
  const under = d.replyTo?.messageId ?? undefined;
  if (!under) return { alsoInChannel: true };
  if (d.alert.kind === 'story-update') return { threadUnder: under, alsoInChannel: false };
  if ((d.alert.kind === 'story' || d.alert.kind === 'deal-stage') && d.alert.follows)
    return { threadUnder: under, alsoInChannel: true };
  // The stage change a story caused after its alert went out: that story's thread, not a second post.
  if (d.alert.kind === 'deal-stage') return { threadUnder: under, alsoInChannel: false };
  return { alsoInChannel: true };
}

/** Credentials never belong in a message or a log: drops the user and password of a URL. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = '';
      u.password = '';
    }
    return u.href;
  } catch {
    return url;
  }
}
