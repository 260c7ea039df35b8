import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/sources/parse-feed.ts';
import { cleanUrl, htmlToText } from '../../src/sources/clean-text.ts';

describe('parsing feeds into items', () => {
  it('reads RSS 2.0, with HTML stripped, entities decoded and whitespace folded', () => {
    const feed = parseFeed(
      `<rss version="2.0"><channel><title>T</title><link>https://news.example/</link>
       <item><title>Adobe &amp; Figma &lt;b&gt;call off&lt;/b&gt;   deal</title><link>/2023/adobe-figma?utm_source=rss&amp;id=7#top</link>
       <guid>g-1</guid><pubDate>Mon, 18 Dec 2023 11:30:00 GMT</pubDate>
       <description><![CDATA[<p>Adobe will pay a <b>$1 billion</b> fee.</p><script>alert(1)</script><p>Caf&eacute; &#8212; done</p>]]></description></item>
       </channel></rss>`,
      'https://news.example/feed.xml',
    );
    expect(feed.format).toBe('rss');
    expect(feed.items).toEqual([
      {
        guid: 'g-1',
        url: 'https://news.example/2023/adobe-figma?id=7',
        title: 'Adobe & Figma call off deal',
        summary: 'Adobe will pay a $1 billion fee. Café — done',
        publishedAt: Date.UTC(2023, 11, 18, 11, 30),
        hash: expect.stringMatching(/^[0-9a-f]{32}$/),
        outlet: null,
      },
    ]);
  });

  it("reads the outlet an aggregator's item comes from: RSS <source>, Atom <source><title>", () => {
    // As Google News sends a search: many outlets in one feed, each item naming its own.
    const google = parseFeed(
      `<rss version="2.0"><channel><title>"Cisco Splunk" - Google News</title><link>https://news.google.com/</link>
       <item><title>Cisco to buy Splunk for $28 billion - Reuters</title><link>https://news.google.com/rss/articles/CBMiA?oc=5</link>
       <guid isPermaLink="false">CBMiA</guid><pubDate>Thu, 21 Sep 2023 11:00:00 GMT</pubDate>
       <description>&lt;a href="https://news.google.com/rss/articles/CBMiA?oc=5"&gt;Cisco to buy Splunk for $28 billion&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Reuters&lt;/font&gt;</description>
       <source url="https://www.reuters.com">Reuters</source></item>
       <item><title>Cisco snaps up Splunk - theverge.com</title><link>https://news.google.com/rss/articles/CBMiB</link>
       <source url="https://www.theverge.com">  The  &lt;b&gt;Verge&lt;/b&gt; </source></item>
       <item><title>Named by its address</title><link>https://a.example/3</link><source>https://www.ft.com/companies</source></item>
       <item><title>An outlet's own item</title><link>https://a.example/4</link></item>
       </channel></rss>`,
    );
    expect(google.items.map((i) => i.outlet)).toEqual(['Reuters', 'The Verge', 'ft.com', null]);
    // A planet's Atom entry: the source's title is the outlet, never the entry's title.
    const planet = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Planet</title>
       <entry><id>urn:1</id><title>Entry one</title><link href="https://a.example/1"/>
         <source><id>urn:blog</id><link href="https://blog.example/"/><author><name>Ann</name></author><title type="html">Ann&amp;#39;s &lt;i&gt;Blog&lt;/i&gt;</title><updated>2024-01-01T00:00:00Z</updated></source></entry>
       <entry><title>Entry two</title><link href="https://a.example/2"/><source><title/></source></entry>
       </feed>`,
    );
    expect(planet.items.map((i) => [i.title, i.url, i.outlet])).toEqual([
      ['Entry one', 'https://a.example/1', "Ann's Blog"],
      ['Entry two', 'https://a.example/2', null],
    ]);
  });

  it('reads RSS 1.0 (RDF), RSS 0.91, Atom 1.0, Atom 0.3 and JSON Feed', () => {
    const rdf = parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>R</title></channel><item rdf:about="https://a.example/1"><title>One</title><link>https://a.example/1</link></item></rdf:RDF>`,
    );
    const rss091 = parseFeed(
      `<rss version="0.91"><channel><title>Old</title><item><title>Two</title><link>https://a.example/2</link><description>d</description></item></channel></rss>`,
    );
    const atom1 = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:3</id><title type="html">Three &lt;i&gt;now&lt;/i&gt;</title><link rel="alternate" href="https://a.example/3"/><updated>2024-05-01T10:00:00Z</updated><summary>s</summary></entry></feed>`,
    );
    const atom03 = parseFeed(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>A03</title><entry><id>urn:4</id><title>Four</title><link rel="alternate" type="text/html" href="https://a.example/4"/><issued>2004-01-01T00:00:00Z</issued></entry></feed>`,
    );
    const json = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [
          { id: 5, url: 'https://a.example/5', content_text: 'Five things', date_published: '2024-05-01T10:00:00Z' },
        ],
      }),
    );
    expect(rdf.items[0]).toMatchObject({ title: 'One', url: 'https://a.example/1' });
    expect(rss091.items[0]).toMatchObject({ title: 'Two', summary: 'd' });
    expect(atom1).toMatchObject({
      format: 'atom',
      items: [{ guid: 'urn:3', title: 'Three now', url: 'https://a.example/3', publishedAt: Date.UTC(2024, 4, 1, 10) }],
    });
    expect(atom03.items[0]).toMatchObject({ guid: 'urn:4', title: 'Four', url: 'https://a.example/4' });
    expect(json).toMatchObject({
      format: 'json',
      items: [{ guid: '5', title: 'Five things', summary: 'Five things' }],
    });
  });

  it('repairs or skips a bad item, never the whole feed', () => {
    const feed = parseFeed(`<rss version="2.0"><channel><title>T</title>
      <item><title>Good</title><link>https://a.example/good</link><pubDate>not a date</pubDate></item>
      <item><title><b>object</b> title</title><link>javascript:alert(1)</link></item>
      <item></item>
      <item><description>Only a description, no title or guid.</description></item>
    </channel></rss>`);
    expect(feed.items.map((i) => [i.title, i.url, i.publishedAt])).toEqual([
      ['Good', 'https://a.example/good', null],
      ['object title', null, null],
      ['Only a description, no title or guid.', null, null],
    ]);
    expect(feed.skipped).toBe(1);
  });

  it('a web page or garbage is a coded error, not an exception from a library', () => {
    expect(() => parseFeed('<!DOCTYPE html><html><body>hi</body></html>')).toThrow(
      expect.objectContaining({ code: 'newsbot/not-a-feed', message: expect.stringContaining('web page') }),
    );
    expect(() => parseFeed('')).toThrow(expect.objectContaining({ code: 'newsbot/not-a-feed' }));
    expect(() => parseFeed('{"not": "a feed"}')).toThrow(expect.objectContaining({ code: 'newsbot/not-a-feed' }));
    expect(() => parseFeed('{broken json')).toThrow(expect.objectContaining({ code: 'newsbot/not-a-feed' }));
    expect(() => parseFeed('just some words')).toThrow(expect.objectContaining({ code: 'newsbot/not-a-feed' }));
  });

  it('does not expand entity bombs', () => {
    const lol = [
      '<!ENTITY l0 "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`),
    ].join('');
    const feed = parseFeed(
      `<?xml version="1.0"?><!DOCTYPE r [${lol}]><rss version="2.0"><channel><title>B</title><item><title>&l9;</title><link>https://a.example/</link></item></channel></rss>`,
    );
    expect(feed.items.every((i) => i.title.length < 10_000)).toBe(true);
  });

  it('drops tracking parameters and fragments from links, keeping real query parameters', () => {
    expect(cleanUrl('https://a.example/x?utm_source=a&utm_medium=b&fbclid=1&gclid=2&id=9#frag')).toBe(
      'https://a.example/x?id=9',
    );
    expect(cleanUrl('../y', 'https://a.example/feeds/rss.xml')).toBe('https://a.example/y');
    expect(cleanUrl('mailto:a@b.c')).toBeNull();
  });

  it('turns doubly escaped HTML into text', () => {
    expect(htmlToText('&lt;p&gt;Hello &amp;amp; &lt;a href="x"&gt;world&lt;/a&gt;&lt;/p&gt;')).toBe(
      'Hello &amp; world',
    );
    expect(htmlToText('a<br>b<p>c</p>')).toBe('a b c');
  });

  it('a JSON Feed whose items is not a list is not a feed (coded), not an empty one', () => {
    expect(() =>
      parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'X', items: { a: 1 } })),
    ).toThrow(
      expect.objectContaining({
        code: 'newsbot/not-a-feed',
        message: expect.stringContaining('"items" is not a list'),
      }),
    );
  });
});
