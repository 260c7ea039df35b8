/** A story as everything downstream sees it (ARCHITECTURE: Story). */
export interface StorySource {
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
  sources: StorySource[];
  firstReportedBy: string;
}

/** One item of a story, as composition needs it. */
export interface StoryMember {
  itemId: string;
  outlet: string;
  title: string;
  summary: string;
  url: string | null;
  publishedAt: number;
  firstSeenAt: number;
}
