/**
 * The platform-neutral alert (ARCHITECTURE: Alert). Everything a platform needs to render a
 * message, and nothing of any platform's shapes: Slack, Discord and the console each turn
 * this into their own format, escaping feed text for themselves.
 */
export interface AlertSource {
  /** Citation number, 1-based, in the order the outlets were first seen. */
  n: number;
  outlet: string;
  title: string;
  url: string | null;
  publishedAt: number;
}

export interface SummarySentence {
  text: string;
  /** Citation numbers of every source that supports this sentence. */
  cites: number[];
}

export interface StoryView {
  id: string;
  headline: string;
  summary: SummarySentence[];
  sources: AlertSource[];
  firstReportedBy: string;
}

export interface TopicRef {
  id: string;
  name: string;
}

export type Alert =
  | { kind: 'story'; id: string; topics: TopicRef[]; story: StoryView; createdAt: number }
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
