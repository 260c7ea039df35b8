import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isMap, isSeq, parseDocument, stringify, YAMLSeq } from 'yaml';
import { NewsbotError } from '../errors.ts';

export interface OpmlFeed {
  url: string;
  name: string;
}

/** Feed readers export their subscriptions as OPML outlines with an `xmlUrl`, nested in folders. */
export function parseOpml(text: string): OpmlFeed[] {
  // A parser that recovers from broken XML would import half a file as if it were whole.
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new NewsbotError(
      'newsbot/bad-opml',
      `not a well-formed OPML file: line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}; nothing was imported`,
    );
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
 * The form under which two feed URLs are the same feed: the host's case, a default port and a
 * trailing slash do not make another feed (https://TechCrunch.com/feed = https://techcrunch.com/feed/).
 */
export function feedUrlKey(url: string): string {
  try {
    const u = new URL(url);
    const pathname = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
    return `${u.protocol}//${u.host}${pathname}${u.search}`;
  } catch {
    return url;
  }
}

/**
 * Adds feeds to the config file's `sources:` list. The file is edited, not re-serialised: the
 * new entries are inserted as lines after the last source, in its indentation, and every other
 * byte stays as it was (comments, alignment, one-line maps). Only http(s) feeds are taken; ones
 * already listed (by `feedUrlKey`) are skipped.
 */
export function addSourcesToConfigText(
  configText: string,
  feeds: OpmlFeed[],
): { text: string; added: OpmlFeed[]; skipped: { feed: OpmlFeed; why: string }[] } {
  const doc = parseDocument(configText);
  const seq = doc.get('sources', true);
  const items = isSeq(seq) ? (seq as YAMLSeq).items : [];
  const existing = new Set(items.map((n) => (isMap(n) ? feedUrlKey(String(n.get('url'))) : '')));
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
    else if (existing.has(feedUrlKey(f.url))) skipped.push({ feed: f, why: 'already in the config' });
    else {
      existing.add(feedUrlKey(f.url));
      added.push(f);
    }
  }
  if (!added.length) return { text: configText, added, skipped };
  const scalar = (v: string) => stringify(v).trimEnd();
  const entry = (indent: string, f: OpmlFeed) =>
    `${indent}- url: ${scalar(f.url)}\n${indent}  name: ${scalar(f.name)}\n`;
  const first = items[0] as { range?: [number, number, number] } | undefined;
  const last = items.at(-1) as { range?: [number, number, number] } | undefined;
  if (isSeq(seq) && !(seq as YAMLSeq).flow && first?.range && last?.range) {
    const lineStart = configText.lastIndexOf('\n', first.range[0] - 1) + 1;
    const prefix = configText.slice(lineStart, first.range[0]);
    const indent = prefix.slice(0, prefix.lastIndexOf('-'));
    const lineEnd = configText.indexOf('\n', Math.max(last.range[1] - 1, 0));
    const at = lineEnd < 0 ? configText.length : lineEnd + 1;
    const before = configText.slice(0, at) + (lineEnd < 0 ? '\n' : '');
    const text = before + added.map((f) => entry(indent, f)).join('') + configText.slice(at);
    // Sure of the edit, or not made: the result must read back with exactly these sources.
    const check = parseDocument(text).get('sources');
    if (isSeq(check) && check.items.length === items.length + added.length && /^\s*$/.test(indent))
      return { text, added, skipped };
  }
  if (!doc.has('sources') || doc.get('sources') === null) {
    // No list yet: one is appended (a `sources:` key with nothing under it is replaced in place).
    const text = /^sources:[ \t]*(#.*)?$/m.test(configText)
      ? configText.replace(
          /^sources:[ \t]*(#.*)?$/m,
          (line) =>
            `${line}\n${added
              .map((f) => entry('  ', f))
              .join('')
              .trimEnd()}`,
        )
      : `${configText}${configText.endsWith('\n') || !configText ? '' : '\n'}sources:\n${added.map((f) => entry('  ', f)).join('')}`;
    return { text, added, skipped };
  }
  // A flow list (`sources: [...]`): edited through the document, which re-serialises it.
  for (const f of added) (doc.get('sources') as YAMLSeq).add(doc.createNode({ url: f.url, name: f.name }));
  return { text: doc.toString(), added, skipped };
}
