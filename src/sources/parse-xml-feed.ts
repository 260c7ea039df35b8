import { Parser } from 'htmlparser2';
import { NewsbotError } from '../errors.ts';

/**
 * RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 in one pass over SAX events (htmlparser2 in XML mode).
 * Why not a feed library: this is the hot loop of every poll, and walking events directly is
 * about three times faster than building a tree first (see `npm run bench`); htmlparser2
 * also never throws on malformed markup and does not expand DTD entities, so a hostile
 * document can neither crash nor balloon it.
 *
 * Only an entry's own children are read: an Atom `<source>` or a `<media:group>` nested in
 * an entry has titles and links of its own that are not the entry's (of a `<source>`, only its
 * title is read, as the entry's outlet).
 */
export interface RawEntry {
  guid: string | null;
  link: string | null;
  title: string;
  summary: string;
  date: string | null;
  /**
   * The outlet an aggregator took the entry from: RSS `<source url="…">Reuters</source>`, Atom
   * `<source><title>…</title></source>`. Google News and planet feeds carry many outlets in one feed.
   */
  outlet: string | null;
}

export interface RawFeed {
  format: 'rss' | 'atom';
  title: string;
  link: string | null;
  entries: RawEntry[];
}

const ROOTS: Record<string, 'rss' | 'atom'> = {
  rss: 'rss',
  'rdf:rdf': 'rss',
  rdf: 'rss',
  channel: 'rss',
  feed: 'atom',
};
const SUMMARY_ORDER = ['description', 'summary', 'dc:description', 'content:encoded', 'content', 'media:description'];
const DATE_ORDER = [
  'pubdate',
  'published',
  'issued',
  'dc:date',
  'created',
  'dc:created',
  'updated',
  'modified',
  'dcterms:modified',
  'lastbuilddate',
];
/** Namespaces whose elements are the feed's own, whatever prefix a document binds them to. */
const FEED_NAMESPACES = new Set([
  'http://www.w3.org/2005/atom',
  'http://purl.org/atom/ns#',
  'http://backend.userland.com/rss2',
  'http://backend.userland.com/rss',
  'http://purl.org/rss/1.0/',
  'http://my.netscape.com/rdf/simple/0.9/',
]);
const FIELDS = new Set([
  'title',
  'link',
  'guid',
  'id',
  'feedburner:origlink',
  'atom:link',
  ...SUMMARY_ORDER,
  ...DATE_ORDER,
]);

interface Entry {
  fields: Map<string, string>;
  links: { href: string; rel: string; type: string }[];
  about: string | null;
}

function resolve(href: string, base: string | null): string {
  if (!base) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

export function parseXmlFeed(text: string, feedUrl?: string): RawFeed {
  let format: 'rss' | 'atom' | null = null;
  let rootSeen = false;
  let depth = 0;
  const bases: (string | null)[] = [feedUrl && /^https?:/i.test(feedUrl) ? feedUrl : null];
  let entryDepth = -1; // depth of the open <item>/<entry>, or -1
  let entry: Entry | null = null;
  let field: { name: string; depth: number; text: string } | null = null;
  let sourceDepth = -1; // depth of the open entry <source>, or -1
  const feedFields = new Map<string, string>();
  const feedLinks: { href: string; rel: string }[] = [];
  let channelDepth = -1;
  const entries: Entry[] = [];
  const ownPrefixes = new Set<string>();

  const parser = new Parser(
    {
      onopentag(rawName, attrs) {
        depth++;
        for (const key in attrs) {
          if (key.startsWith('xmlns:') && FEED_NAMESPACES.has(attrs[key]!.trim().toLowerCase()))
            ownPrefixes.add(`${key.slice(6).toLowerCase()}:`);
        }
        let name = rawName.toLowerCase();
        const colon = name.indexOf(':');
        if (colon > 0 && ownPrefixes.has(name.slice(0, colon + 1))) name = name.slice(colon + 1);
        const base = attrs['xml:base'] ? resolve(attrs['xml:base'], bases.at(-1) ?? null) : (bases.at(-1) ?? null);
        bases.push(base);
        if (!rootSeen) {
          rootSeen = true;
          format = ROOTS[name] ?? null;

          if (name === 'feed' || name === 'channel') channelDepth = depth;
          return;
        }
        if (!format) return; // not a feed: nothing more to collect
        if (entry && sourceDepth > 0 && depth === sourceDepth + 1) {
          // An Atom <source> has children: its text is not a name, its <title> is.
          if (field?.name === 'source') field = null;
          if (!field && name === 'title') field = { name: 'source:title', depth, text: '' };
          return;
        }
        if (field) {
          field.text += ' '; // markup inside a field (Atom xhtml) separates words
          return;
        }
        if (name === 'channel' && channelDepth < 0) {
          channelDepth = depth;
          return;
        }
        if (!entry && (name === 'item' || name === 'entry')) {
          entry = { fields: new Map(), links: [], about: attrs['rdf:about'] ?? null };
          entryDepth = depth;
          return;
        }
        const parentIsEntry = entry && depth === entryDepth + 1;
        const parentIsChannel = !entry && depth === channelDepth + 1;
        if (!parentIsEntry && !parentIsChannel) return;
        if ((name === 'link' || name === 'atom:link') && attrs.href) {
          const link = {
            href: resolve(attrs.href.trim(), base),
            rel: (attrs.rel ?? 'alternate').toLowerCase(),
            type: (attrs.type ?? '').toLowerCase(),
          };
          if (entry) entry.links.push(link);
          else feedLinks.push(link);
          return;
        }
        if (name === 'source' && entry) {
          // RSS names the outlet as the element's text; Atom nests a feed's metadata (above).
          sourceDepth = depth;
          field = { name, depth, text: '' };
          return;
        }
        if (FIELDS.has(name)) {
          field = { name, depth, text: '' };
          const permalink = attrs.isPermaLink ?? attrs.ispermalink ?? attrs.ISPERMALINK;
          if (name === 'guid' && entry && permalink?.toLowerCase() === 'false') entry.fields.set('guid:notlink', '1');
        }
      },
      ontext(t) {
        if (field) field.text += t;
      },
      onclosetag() {
        if (field && depth === field.depth) {
          const target = entry ? entry.fields : feedFields;
          if (!target.has(field.name)) target.set(field.name, field.text);
          if (field.name === 'link' && entry)
            entry.links.push({ href: resolve(field.text.trim(), bases.at(-1) ?? null), rel: 'text', type: '' });
          if (field.name === 'link' && !entry) feedLinks.push({ href: field.text.trim(), rel: 'text' });
          field = null;
        } else if (entry && depth === entryDepth) {
          entries.push(entry);
          entry = null;
          entryDepth = -1;
        }
        if (depth === sourceDepth) sourceDepth = -1;
        bases.pop();
        depth--;
      },
    },
    {
      xmlMode: true,
      decodeEntities: true,
      recognizeCDATA: true,
      recognizeSelfClosing: true,
      lowerCaseAttributeNames: false,
    },
  );
  parser.write(text);
  parser.end();
  if (!format) {
    throw new NewsbotError(
      'newsbot/not-a-feed',
      rootSeen
        ? 'not an RSS, Atom or JSON feed (unexpected root element)'
        : 'not an RSS, Atom or JSON feed (no XML elements)',
      { url: feedUrl },
    );
  }

  const pickLink = (links: { href: string; rel: string; type: string }[]): string | null => {
    const usable = links.filter((l) => l.href && (l.rel === 'alternate' || l.rel === 'text'));
    return (
      (usable.find((l) => l.rel === 'text') ?? usable.find((l) => l.type === 'text/html' || l.type === '') ?? usable[0])
        ?.href ?? null
    );
  };
  const first = (fields: Map<string, string>, order: string[]) => {
    for (const k of order) {
      const v = fields.get(k);
      if (v && v.trim()) return v;
    }
    return null;
  };

  return {
    format: format === 'atom' ? 'atom' : 'rss',
    title: feedFields.get('title') ?? '',
    link: pickLink(feedLinks.map((l) => ({ ...l, type: '' }))),
    entries: (entries as Entry[]).map((e) => {
      const guid = (e.fields.get('guid') ?? e.fields.get('id') ?? e.about ?? '').trim() || null;
      let link = e.fields.get('feedburner:origlink')?.trim() || pickLink(e.links);
      // An RSS guid is a permalink unless it says otherwise.
      if (!link && guid && !e.fields.has('guid:notlink') && /^https?:\/\//i.test(guid) && e.fields.has('guid'))
        link = guid;
      return {
        guid,
        link,
        title: e.fields.get('title') ?? '',
        summary: first(e.fields, SUMMARY_ORDER) ?? '',
        date: first(e.fields, DATE_ORDER)?.trim() ?? null,
        outlet: (e.fields.get('source:title') ?? e.fields.get('source'))?.trim() || null,
      };
    }),
  };
}
