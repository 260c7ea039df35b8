import { parseFeed as parseXmlFeed } from '@rowanmanning/feed-parser';
import { NewsbotError } from '../errors.ts';
import { cleanUrl, htmlToText } from './clean-text.ts';
import type { ParsedFeed, ParsedItem } from './item.ts';

/**
 * Turns a document into items. The XML parser (@rowanmanning/feed-parser: RSS 0.9x/1.0/2.0,
 * Atom 0.3/1.0) is called afresh for every document and keeps no state between calls; JSON
 * Feed 1.x is read here. One bad entry is repaired or skipped, never the whole feed, and a
 * document that is not a feed is a coded error, never an exception from a library.
 */
export function parseFeed(body: string, feedUrl?: string): ParsedFeed {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (!text) throw new NewsbotError('newsbot/not-a-feed', 'the document is empty', { url: feedUrl });
  if (text.startsWith('{')) return parseJsonFeed(text, feedUrl);
  if (/^(<!--[^]*?-->\s*)*<!doctype html|^(<!--[^]*?-->\s*)*<html[\s>]/i.test(text.slice(0, 2000))) {
    throw new NewsbotError('newsbot/not-a-feed', 'this is a web page, not a feed; use the address of its RSS or Atom link', { url: feedUrl });
  }
  let feed;
  try {
    feed = parseXmlFeed(text);
  } catch (e) {
    throw new NewsbotError('newsbot/not-a-feed', `not an RSS, Atom or JSON feed (${(e as Error).message.split('\n')[0]})`, { url: feedUrl }, { cause: e });
  }
  const base = feedUrl && /^https?:/.test(feedUrl) ? feedUrl : undefined;
  const items: ParsedItem[] = [];
  let skipped = 0;
  for (const raw of feed.items) {
    try {
      const item = normalize(
        {
          guid: raw.id,
          url: raw.url,
          title: raw.title,
          summary: raw.description ?? raw.content,
          date: raw.published ?? raw.updated,
        },
        base ?? cleanUrl(feed.url) ?? undefined,
      );
      if (item) items.push(item);
      else skipped++;
    } catch {
      skipped++; // a library getter threw on this entry alone
    }
  }
  return { format: feed.meta.type === 'atom' ? 'atom' : 'rss', title: htmlToText(feed.title) || null, link: cleanUrl(feed.url, base), items, skipped };
}

interface RawEntry {
  guid: unknown;
  url: unknown;
  title: unknown;
  summary: unknown;
  date: unknown;
}

function toDate(v: unknown): number | null {
  if (v == null) return null;
  const t = v instanceof Date ? v.getTime() : typeof v === 'string' || typeof v === 'number' ? new Date(v).getTime() : NaN;
  // Years before 1990 or a year ahead are typos or placeholders, not publication dates.
  if (!Number.isFinite(t) || t < 631_152_000_000 || t > Date.now() + 366 * 86_400_000) return null;
  return t;
}

function normalize(e: RawEntry, base: string | undefined): ParsedItem | null {
  const url = cleanUrl(e.url, base);
  let title = htmlToText(e.title, 500);
  const summary = htmlToText(e.summary);
  if (!title && !summary && !url) return null;
  if (!title) title = summary ? summary.slice(0, 120) : url!;
  const guid = typeof e.guid === 'string' ? e.guid.trim().slice(0, 2000) || null : typeof e.guid === 'number' ? String(e.guid) : null;
  return { guid, url, title, summary, publishedAt: toDate(e.date) };
}

function parseJsonFeed(text: string, feedUrl?: string): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new NewsbotError('newsbot/not-a-feed', `invalid JSON (${(e as Error).message})`, { url: feedUrl });
  }
  const d = doc as Record<string, unknown>;
  if (!d || typeof d !== 'object' || typeof d.version !== 'string' || !/jsonfeed\.org\/version\/1/.test(d.version)) {
    throw new NewsbotError('newsbot/not-a-feed', 'JSON without a JSON Feed version (https://jsonfeed.org/version/1.1)', { url: feedUrl });
  }
  const base = feedUrl && /^https?:/.test(feedUrl) ? feedUrl : (cleanUrl(d.home_page_url) ?? undefined);
  const items: ParsedItem[] = [];
  let skipped = 0;
  for (const raw of Array.isArray(d.items) ? d.items : []) {
    if (!raw || typeof raw !== 'object') {
      skipped++;
      continue;
    }
    const r = raw as Record<string, unknown>;
    const item = normalize(
      {
        guid: r.id,
        url: r.url ?? r.external_url,
        title: r.title,
        summary: r.summary ?? r.content_text ?? r.content_html,
        date: r.date_published ?? r.date_modified,
      },
      base,
    );
    if (item) items.push(item);
    else skipped++;
  }
  return { format: 'json', title: typeof d.title === 'string' ? htmlToText(d.title) : null, link: cleanUrl(d.home_page_url), items, skipped };
}
