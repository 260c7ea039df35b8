/** One normalized entry of one feed, before it is stored (see ARCHITECTURE: Item). */
export interface ParsedItem {
  guid: string | null;
  url: string | null;
  title: string;
  summary: string;
  /** Epoch ms, or null when the feed gave no usable date. */
  publishedAt: number | null;
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
