/** One normalized entry of one feed, before it is stored (see ARCHITECTURE: Item). */
export interface ParsedItem {
  guid: string | null;
  url: string | null;
  title: string;
  summary: string;
  /** Epoch ms, or null when the feed gave no usable date. */
  publishedAt: number | null;
  /**
   * The outlet that published it, when the feed is an aggregator's that names one per item
   * (Google News, planets); null when the item is the feed's own (its outlet is the source).
   */
  outlet: string | null;
  /** Hash of title and summary: identity of last resort, computed where the item is parsed. */
  hash: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'json';
  title: string | null;
  link: string | null;
  items: ParsedItem[];
  /** Entries dropped because nothing usable was left (no title, summary or link). */
  skipped: number;
}
