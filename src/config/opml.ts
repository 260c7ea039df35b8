import { XMLParser } from 'fast-xml-parser';
import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { NewsbotError } from '../errors.ts';

export interface OpmlFeed {
  url: string;
  name: string;
}

/** Feed readers export their subscriptions as OPML outlines with an `xmlUrl`, nested in folders. */
export function parseOpml(text: string): OpmlFeed[] {
  let doc: Record<string, unknown>;
  try {
    doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      processEntities: true,
      htmlEntities: true,
    }).parse(text);
  } catch (e) {
    throw new NewsbotError('newsbot/bad-opml', `not an OPML file: ${(e as Error).message.split('\n')[0]}`);
  }
  const opml = doc?.opml as Record<string, unknown> | undefined;
  if (!opml || typeof opml !== 'object')
    throw new NewsbotError('newsbot/bad-opml', 'not an OPML file: no <opml> element');
  const feeds: OpmlFeed[] = [];
  const walk = (node: unknown) => {
    for (const o of Array.isArray(node) ? node : node ? [node] : []) {
      if (!o || typeof o !== 'object') continue;
      const outline = o as Record<string, unknown>;
      const url = outline.xmlUrl ?? outline.xmlurl;
      if (typeof url === 'string' && url.trim()) {
        const name = [outline.title, outline.text].find((v): v is string => typeof v === 'string' && v.trim() !== '');
        feeds.push({ url: url.trim(), name: name?.trim() ?? url.trim() });
      }
      walk(outline.outline);
    }
  };
  walk((opml.body as Record<string, unknown> | undefined)?.outline);
  return feeds;
}

const xmlEscape = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export function toOpml(feeds: OpmlFeed[], title = 'newsbot sources', now = new Date()): string {
  const lines = feeds.map(
    (f) =>
      `    <outline type="rss" text="${xmlEscape(f.name)}" title="${xmlEscape(f.name)}" xmlUrl="${xmlEscape(f.url)}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>${xmlEscape(title)}</title>
    <dateCreated>${now.toUTCString()}</dateCreated>
  </head>
  <body>
${lines.join('\n')}
  </body>
</opml>
`;
}

/**
 * Adds feeds to the config file's `sources:` list, keeping its comments and layout. Only
 * http(s) feeds are taken; ones already listed are skipped. Returns the new text and counts.
 */
export function addSourcesToConfigText(
  configText: string,
  feeds: OpmlFeed[],
): { text: string; added: OpmlFeed[]; skipped: { feed: OpmlFeed; why: string }[] } {
  const doc = parseDocument(configText);
  let seq = doc.get('sources');
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('sources', seq);
  }
  const existing = new Set((seq as YAMLSeq).items.map((n) => (isMap(n) ? String(n.get('url')) : '')));
  const added: OpmlFeed[] = [];
  const skipped: { feed: OpmlFeed; why: string }[] = [];
  for (const f of feeds) {
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(f.url).protocol);
    } catch {
      /* not a URL */
    }
    if (!ok) skipped.push({ feed: f, why: 'not an http(s) URL' });
    else if (existing.has(f.url)) skipped.push({ feed: f, why: 'already in the config' });
    else {
      existing.add(f.url);
      (seq as YAMLSeq).add(doc.createNode({ url: f.url, name: f.name }));
      added.push(f);
    }
  }
  return { text: doc.toString(), added, skipped };
}
