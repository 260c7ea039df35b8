import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load-config.ts';
import { addSourcesToConfigText, parseOpml, toOpml } from '../../src/config/opml.ts';

const FEEDLY_EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Feedly subscriptions</title></head>
  <body>
    <outline text="Business" title="Business">
      <outline type="rss" text="Reuters Business" title="Reuters Business" xmlUrl="https://reuters.example/business.rss" htmlUrl="https://reuters.example"/>
      <outline type="rss" text="Deals &amp; M&amp;A" xmlUrl="https://deals.example/feed"/>
    </outline>
    <outline type="rss" text="Tech" xmlUrl="https://tech.example/atom.xml"/>
    <outline type="rss" text="Local" xmlUrl="file:///etc/passwd"/>
  </body>
</opml>`;

describe('moving feed lists between readers as OPML', () => {
  it('reads feeds from nested folders', () => {
    expect(parseOpml(FEEDLY_EXPORT)).toEqual([
      { url: 'https://reuters.example/business.rss', name: 'Reuters Business' },
      { url: 'https://deals.example/feed', name: 'Deals & M&A' },
      { url: 'https://tech.example/atom.xml', name: 'Tech' },
      { url: 'file:///etc/passwd', name: 'Local' },
    ]);
  });

  it('adds new http(s) feeds to the config, keeping its comments, skipping duplicates', () => {
    const config =
      '# my config\nsources:\n  - url: https://tech.example/atom.xml # already here\n    name: Tech\ntopics: []\n';
    const result = addSourcesToConfigText(config, parseOpml(FEEDLY_EXPORT));
    expect(result.added.map((f) => f.url)).toEqual([
      'https://reuters.example/business.rss',
      'https://deals.example/feed',
    ]);
    expect(result.skipped.map((s) => s.why)).toEqual(['already in the config', 'not an http(s) URL']);
    expect(result.text).toContain('# my config');
    expect(result.text).toContain('# already here');
    const reloaded = parseConfigText(result.text, 'c.yaml');
    expect(reloaded.config.sources.map((s) => s.name)).toEqual(['Tech', 'Reuters Business', 'Deals & M&A']);
  });

  it('keeps the file byte for byte outside the lines it adds (comment alignment, one-line maps)', () => {
    const config = [
      'database: ./data/newsbot.db          # aligned',
      'settings:',
      '  interval: 5m                       # comments stay aligned',
      'sources:',
      '  - { url: https://tech.example/atom.xml, name: Tech }   # one-line map',
      '  - url: https://wire.example/rss',
      '    name: Wire                       # trailing comment',
      '',
      '# topics follow',
      'topics:',
      '  - { id: msft, query: Microsoft }',
      '',
    ].join('\n');
    const result = addSourcesToConfigText(config, [{ url: 'https://deals.example/feed', name: 'Deals: M&A' }]);
    const before = config.split('\n');
    const after = result.text.split('\n');
    // The only difference: two lines inserted after the last source.
    expect(after).toEqual([
      ...before.slice(0, 7),
      '  - url: https://deals.example/feed',
      '    name: "Deals: M&A"',
      ...before.slice(7),
    ]);
    expect(parseConfigText(result.text, 'c.yaml').config.sources.map((x) => x.name)).toEqual([
      'Tech',
      'Wire',
      'Deals: M&A',
    ]);
  });

  it('treats URLs that differ only in host case, a trailing slash or a default port as one feed', () => {
    const config = 'sources:\n  - url: https://techcrunch.com/feed/\n';
    const result = addSourcesToConfigText(config, [
      { url: 'https://TechCrunch.com/feed', name: 'TC' },
      { url: 'https://techcrunch.com:443/feed', name: 'TC again' },
      { url: 'http://techcrunch.com/feed', name: 'TC over http' },
    ]);
    expect(result.skipped.map((x) => x.feed.name)).toEqual(['TC', 'TC again']);
    expect(result.added.map((x) => x.name)).toEqual(['TC over http']);
  });

  it('refuses malformed OPML with the line of the error, importing nothing', () => {
    const broken =
      '<opml version="2.0">\n<body>\n<outline text="A" xmlUrl="https://a.example/feed">\n<outline text="B" xmlUrl="https://b.example/feed"/>\n</body>\n</opml>';
    expect(() => parseOpml(broken)).toThrow(
      /not a well-formed OPML file: line \d+, column \d+: .*nothing was imported/,
    );
  });

  it('starts a sources list when the config has none', () => {
    const result = addSourcesToConfigText('topics: []\n', [{ url: 'https://a.example/feed', name: 'A' }]);
    expect(result.text).toBe('topics: []\nsources:\n  - url: https://a.example/feed\n    name: A\n');
  });

  it('exports OPML that reads back the same', () => {
    const feeds = [{ url: 'https://a.example/feed?x=1&y=2', name: 'A <&> "B"' }];
    expect(parseOpml(toOpml(feeds))).toEqual(feeds);
  });

  it('rejects a file that is not OPML', () => {
    expect(() => parseOpml('<rss></rss>')).toThrow(expect.objectContaining({ code: 'newsbot/bad-opml' }));
  });
});
