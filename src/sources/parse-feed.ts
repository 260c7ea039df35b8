import { NewsbotError } from '../errors.ts';
import { cleanUrl, htmlToText } from './clean-text.ts';
import type { ParsedFeed, ParsedItem } from './item.ts';
import { parseXmlFeed } from './parse-xml-feed.ts';
import { sha256Hex } from '../ids.ts';

export function contentHash(title: string, summary: string): string {
  return sha256Hex(`${title}\n${summary}`).slice(0, 32);
}

/**
 * Turns a document into items: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through `parseXmlFeed`
 * (a fresh SAX parser per document, no state kept between calls), JSON Feed 1.x here. One bad entry is repaired or skipped, never the whole feed, and a
 * document that is not a feed is a coded error, never an exception from a library.
 */
export function parseFeed(body: string, feedUrl?: string): ParsedFeed {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (!text) throw new NewsbotError('newsbot/not-a-feed', 'the document is empty', { url: feedUrl });
  if (text.startsWith('{')) return parseJsonFeed(text, feedUrl);
  if (/^(<!--[^]*?-->\s*)*<!doctype html|^(<!--[^]*?-->\s*)*<html[\s>]/i.test(text.slice(0, 2000))) {
    throw new NewsbotError(
      'newsbot/not-a-feed',
      'this is a web page, not a feed; use the address of its RSS or Atom link',
      { url: feedUrl },
    );
  }
  const feed = parseXmlFeed(text, feedUrl);
  const base = feedUrl && /^https?:/.test(feedUrl) ? feedUrl : (cleanUrl(feed.link) ?? undefined);
  const items: ParsedItem[] = [];
  let skipped = 0;
  for (const raw of feed.entries) {
    const item = normalize(
      { guid: raw.guid, url: raw.link, title: raw.title, summary: raw.summary, date: raw.date, outlet: raw.outlet },
      base,
    );
    if (item) items.push(item);
    else skipped++;
  }
  return {
    format: feed.format,
    title: htmlToText(feed.title) || null,
    link: cleanUrl(feed.link, base),
    items,
    skipped,
  };
}

interface RawEntry {
  guid: unknown;
  url: unknown;
  title: unknown;
  summary: unknown;
  date: unknown;
  outlet?: unknown;
}

/** RFC 822 (RSS) and ISO 8601 / W3CDTF (Atom, Dublin Core), including common sloppiness. */
export function parseDate(v: unknown): number | null {
  if (v == null) return null;
  let t = v instanceof Date ? v.getTime() : typeof v === 'number' ? v : NaN;
  if (typeof v === 'string') {
    const s = v.trim();
    t = Date.parse(s);
    // "2025-06-19T14:05:00+0100" (no colon in the offset) and "2025-06-19 14:05:00Z".
    if (Number.isNaN(t))
      t = Date.parse(s.replace(/^(\d{4}-\d\d-\d\d)[ T]/, '$1T').replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
    // "Thu, 19 Jun 2025 14:05:00 CEST": drop a zone name Date.parse does not know, read as UTC.
    if (Number.isNaN(t)) t = Date.parse(s.replace(/\s+[A-Z]{3,5}$/, ' GMT'));
  }
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
  const guid =
    typeof e.guid === 'string'
      ? e.guid.trim().slice(0, 2000) || null
      : typeof e.guid === 'number'
        ? String(e.guid)
        : null;
  return {
    guid,
    url,
    title,
    summary,
    publishedAt: parseDate(e.date),
    hash: contentHash(title, summary),
    outlet: outletName(e.outlet),
  };
}

/**
 * An aggregator's name for the outlet of an item, as alerts cite it. Some feeds give the
 * outlet's address instead of its name: its host then (without "www.") is the name.
 */
export function outletName(raw: unknown): string | null {
  const text = htmlToText(raw, 100);
  if (!/^https?:\/\//i.test(text)) return text || null;
  const url = cleanUrl(text);
  return url ? new URL(url).hostname.replace(/^www\./, '') : null;
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
    throw new NewsbotError(
      'newsbot/not-a-feed',
      'JSON without a JSON Feed version (https://jsonfeed.org/version/1.1)',
      { url: feedUrl },
    );
  }
  const base = feedUrl && /^https?:/.test(feedUrl) ? feedUrl : (cleanUrl(d.home_page_url) ?? undefined);
  const items: ParsedItem[] = [];
  let skipped = 0;
  // A JSON Feed must list its items; without a list there is nothing a reader could show.
  if (!Array.isArray(d.items))
    throw new NewsbotError('newsbot/not-a-feed', 'JSON Feed whose "items" is not a list', { url: feedUrl });
  for (const raw of d.items) {
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
  return {
    format: 'json',
    title: typeof d.title === 'string' ? htmlToText(d.title) : null,
    link: cleanUrl(d.home_page_url),
    items,
    skipped,
  };
}
