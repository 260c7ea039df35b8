import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQueries, validateConfig } from '../../src/app.ts';
import fs from 'node:fs';
import { ConfigError, parseConfigText, positionedParse, quickParse } from '../../src/config/load-config.ts';

function problems(yaml: string): string[] {
  try {
    validateConfig(parseConfigText(yaml, 'newsbot.yaml', {}, [checkQueries]));
  } catch (e) {
    if (e instanceof ConfigError) return e.message.split('\n');
    throw e;
  }
  return [];
}

describe('loading the config', () => {
  it('fills in defaults for a minimal config', () => {
    const { config } = parseConfigText('topics:\n  - { id: msft, query: Microsoft }\n', 'newsbot.yaml');
    expect(config.database).toBe(path.resolve('data/newsbot.db')); // relative to the config's folder
    expect(config.settings).toMatchObject({
      allowPrivateNetworks: false,
      concurrency: 32,
      perHostConcurrency: 4,
      interval: 300_000,
      maxInterval: 3_600_000,
      maxAge: 3 * 86_400_000,
    });
    expect(config.topics[0]).toMatchObject({ id: 'msft', search: [] });
  });

  it('every duration has a unit and a range: a bare number, an overflowing timer and an absurd interval are errors', () => {
    const lines = problems(
      [
        'settings:', //                                1
        '  timeout: 30000', //                         2
        '  connectTimeout: 30d', //                    3
        '  interval: 99999999999999999999999d', //     4
        '  storyHold: 2s', //                          5
        'topics:',
        '  - { id: msft, query: Microsoft }',
      ].join('\n'),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /newsbot\.yaml:2:\d+: settings\.timeout: timeout needs a unit, such as 30000ms or 30000s: a bare number could be either/,
        ),
        expect.stringMatching(
          /newsbot\.yaml:3:\d+: settings\.connectTimeout: connectTimeout must be between 100ms and 2m \(got 30d\)/,
        ),
        expect.stringMatching(/newsbot\.yaml:4:\d+: settings\.interval: interval must be between 1m and 7d/),
      ]),
    );
    expect(lines.some((l) => l.includes('storyHold'))).toBe(false);
  });

  it('an alias bomb (billion laughs) is a config problem with its place, not an internal error', () => {
    const bomb = [
      'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
      'topics:',
      '  - { id: x, query: x }',
    ].join('\n');
    expect(problems(bomb)).toEqual([
      expect.stringMatching(/^newsbot\.yaml:2:\d+: .*the aliases \(\*name\) here expand into too many values/),
    ]);
  });

  it('a file source that does not exist is named with the path it was looked for at', () => {
    const lines = problems(
      ['sources:', '  - { url: ./feeds/nope.xml, name: Local }', 'topics:', '  - { id: msft, query: Microsoft }'].join(
        '\n',
      ),
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /newsbot\.yaml:2:\d+: sources\[0\]\.url: .*feeds\/nope\.xml does not exist or cannot be read \(file sources are relative to the config's folder\)/,
      ),
    ]);
  });

  it('two sources with the same id are an error naming both, not one silently dropped', () => {
    const lines = problems(
      [
        'sources:',
        '  - { id: wire, url: https://a.example/feed }',
        '  - { id: wire, url: https://b.example/feed }',
        'topics:',
        '  - { id: msft, query: Microsoft }',
      ].join('\n'),
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /newsbot\.yaml:3:\d+: sources\[1\]\.id: id "wire" is already the id of sources\[0\] \(https:\/\/a\.example\/feed\); give each source its own id/,
      ),
    ]);
  });

  it('reports every problem at once, each with file, line, key path and what is wrong', () => {
    const lines = problems(
      [
        'settings:', //                       1
        '  intervall: 5m', //                 2
        '  concurrency: lots', //             3
        'sources:', //                        4
        '  - url: https://a.example/feed', // 5
        '    interval: 5 minutes', //         6
        '  - url: ftp://b.example/feed', //   7
        'topics:', //                         8
        '  - id: Microsoft OpenAI', //        9
        '    query: Microsoft AND OpenAI', // 10
      ].join('\n'),
    );
    expect(lines).toEqual([
      expect.stringMatching(/^newsbot\.yaml:2:\d+: settings: unknown key "intervall"$/),
      'newsbot.yaml:3:16: settings.concurrency: must be a number, not "lots"',
      expect.stringMatching(
        /^newsbot\.yaml:6:\d+: sources\[0\]\.interval: "5 minutes" is not a duration; write it like 90s, 5m, 1h or 3d$/,
      ),
      'newsbot.yaml:7:10: sources[1].url: "ftp://b.example/feed" is not an http(s) URL; give an http(s) URL or a file path',
      expect.stringMatching(/^newsbot\.yaml:9:\d+: topics\[0\]\.id: use lowercase letters/),
    ]);
  });

  it('reports problems found after the schema: URLs, queries, unknown topics', () => {
    const lines = problems(
      [
        'sources:',
        '  - url: ftp://b.example/feed',
        'topics:',
        '  - id: deal',
        '    query: (Adobe OR Figma',
        '    search: ["https://news.example/rss?q=Adobe"]',
        'subscriptions:',
        '  - { platform: console, channel: general, topic: nope }',
      ].join('\n'),
    );
    expect(lines.join('\n')).toContain('newsbot.yaml:8:');
    expect(lines.join('\n')).toContain('no topic "nope"');
  });

  it('reports a bad query with its line and position, and a bad source URL', () => {
    const text = problems(
      [
        'sources:',
        '  - url: ftp://b.example/feed',
        'topics:',
        '  - id: deal',
        '    query: (Adobe OR Figma',
        '    search: ["https://news.example/rss?q=Adobe"]',
      ].join('\n'),
    ).join('\n');
    expect(text).toMatch(/newsbot\.yaml:2:\d+: sources\[0\]\.url: "ftp:\/\/b\.example\/feed" is not an http\(s\) URL/);
    expect(text).toMatch(
      /newsbot\.yaml:5:\d+: topics\[0\]\.query: this "\(" at position 1 is never closed at position 16/,
    );
    expect(text).toMatch(/newsbot\.yaml:6:\d+: topics\[0\]\.search\[0\]: a search URL needs \{query\}/);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problems('topics:\n  - id: a\n   query: [unclosed\n')[0]).toMatch(/^newsbot\.yaml:\d+:\d+: /);
  });

  it('points an unclosed { or [ at the line that opened it, not where the parser gave up', () => {
    const text =
      'sources:\n  - { url: https://a.example/feed, name: A\n  - url: https://b.example/feed\n    name: B\ntopics: []\n';
    expect(problems(text)).toEqual([
      'newsbot.yaml:2:5: this "{" is never closed: end the entry with "}" on the same line, or write it as an indented block',
    ]);
    // A flow map over several lines is fine; a problem after it is not blamed on it.
    expect(problems('sources:\n  - { url: https://a.example/feed,\n      name: A }\ntopics: []\n')).toEqual([]);
  });

  it('the fast parser reads the same values as the positioning one, and leaves anchors and bad syntax to it', () => {
    const texts = [
      fs.readFileSync(path.join(import.meta.dirname, '../../config/newsbot.yaml'), 'utf8'),
      'settings: { concurrency: 8, interval: 90s, allowPrivateNetworks: ["10.0.0.0/8"] }\nsources:\n  - url: https://a.example/feed?x=1&y=2\n    name: "A & B"\ntopics:\n  - id: t\n    query: \'"agrees to buy" OR AT&T\'\nsubscriptions:\n  - { platform: console, channel: c, topic: t, digest: "0 9 * * 1-5", minSources: 2 }\n',
      'database: ~\nsettings:\n  maxBytes: 0x100000\n  timezone: Europe/Paris\n',
      '',
      '# only a comment\n',
    ];
    for (const text of texts) expect(quickParse(text)).toEqual(positionedParse(text, 'x.yaml').raw);
    // Anchors, aliases and tags go to the parser that bounds their expansion; so do syntax errors.
    expect(quickParse('a: &x [1]\nb: *x\n')).toBeUndefined();
    expect(quickParse('a: !!str 1\n')).toBeUndefined();
    expect(quickParse('a: 1\na: 2\n')).toBeUndefined();
    expect(quickParse('a: [1\n')).toBeUndefined();
  });

  it('YAML syntax errors are told in words, at the place to edit, once per line', () => {
    const cases: [string, string][] = [
      // A key indented one space short: the parser says "Sequence item without - indicator".
      [
        'sources:\n  - url: https://a.example/feed\n   name: b\n',
        'newsbot.yaml:3:4: "name" is at column 4, but "url" on line 2 is at column 5: line up the keys of one entry',
      ],
      // A list item indented under its neighbour: three parser errors on one line become one.
      [
        'sources:\n- url: https://a.example/feed\n  name: A\n  - url: https://b.example/feed\n',
        'newsbot.yaml:4:3: this list item\'s "-" is at column 3, but the item on line 2 has its "-" at column 1: line the "-" of one list up',
      ],
      // The parser gives up at the end of the file; the quote was opened on line 2.
      [
        'sources:\n  - url: "https://a.example/feed\n    name: b\ntopics: []\n',
        'newsbot.yaml:2:10: this double quote is never closed: end the value with "',
      ],
      [
        'sources:\n  - url: https://a.example/feed\n    url: https://b.example/feed\n',
        'newsbot.yaml:3:5: "url" is given twice in one entry: keep one (a new entry starts with "- ")',
      ],
      [
        'topics:\n  - id: x\n    query: [Microsoft] AND OpenAI\n',
        'newsbot.yaml:3:24: a value that starts with "[" is read as a list: quote the whole value ("[Microsoft] AND OpenAI")',
      ],
    ];
    for (const [text, message] of cases) expect(problems(text)).toEqual([message]);
    // Quotes that close, and '' inside single quotes, are not mistaken for an open quote.
    expect(problems('topics:\n  - id: x\n    query: \'it\'\'s "fine"\'\n    name: "A \\" B"\n')).toEqual([]);
  });

  it('reads subscription options: min-sources and a digest schedule, checking cron and time zone', () => {
    const specs = validateConfig(
      parseConfigText(
        'settings: { timezone: Europe/Paris }\ntopics:\n  - { id: t, query: a }\nsubscriptions:\n  - { platform: console, channel: c, topic: t, minSources: 2, digest: "0 9 * * 1-5" }\n  - { platform: console, channel: d, topic: t, digest: { cron: "0 18 * * *", timezone: America/New_York } }\n',
        'newsbot.yaml',
      ),
    );
    expect(specs.subscriptions).toEqual([
      {
        platform: 'console',
        team: 'default',
        channel: 'c',
        topicId: 't',
        minSources: 2,
        digest: { cron: '0 9 * * 1-5', timezone: 'Europe/Paris' },
      },
      {
        platform: 'console',
        team: 'default',
        channel: 'd',
        topicId: 't',
        minSources: 1,
        digest: { cron: '0 18 * * *', timezone: 'America/New_York' },
      },
    ]);
    const bad = problems(
      'topics:\n  - { id: t, query: a }\nsubscriptions:\n  - { platform: console, channel: c, topic: t, digest: "at nine" }\n  - { platform: console, channel: c, topic: t, digest: { cron: "0 9 * * *", timezone: Mars/Base } }\n',
    );
    expect(bad.join('\n')).toMatch(/newsbot\.yaml:4:\d+: subscriptions\[0\]\.digest: "at nine" has 2 of the 5 fields/);
    expect(bad.join('\n')).toMatch(/newsbot\.yaml:5:\d+: subscriptions\[1\]\.digest: "Mars\/Base" is not a time zone/);
  });

  it('reports what would otherwise fail only at start: a bad tick schedule, a database URL of another kind', () => {
    const text = problems('database: mysql://bot@127.0.0.1/news\nsettings:\n  tick: every 5s\n').join('\n');
    expect(text).toMatch(
      /newsbot\.yaml:1:\d+: database: the store is a SQLite file path \(\.\/data\/newsbot\.db\) or a postgres:\/\/ URL/,
    );
    expect(problems('database: postgres://bot@127.0.0.1/news\n')).toEqual([]);
    expect(text).toMatch(/newsbot\.yaml:3:\d+: settings\.tick: "every 5s" is not a cron schedule/);
  });

  it('DATABASE_URL from the environment overrides database:', () => {
    const { config } = parseConfigText('database: ./x.db\n', 'newsbot.yaml', { DATABASE_URL: '/tmp/other.db' });
    expect(config.database).toBe('/tmp/other.db');
  });

  it('fills {query} into a topic search URL, encoded', () => {
    const specs = validateConfig(
      parseConfigText(
        'topics:\n  - id: deal\n    query: Adobe AND "Figma deal"\n    search: ["https://news.example/rss?q={query}&hl=en"]\n',
        'newsbot.yaml',
      ),
    );
    expect(specs.sources).toEqual([
      expect.objectContaining({
        url: 'https://news.example/rss?q=Adobe%20AND%20%22Figma%20deal%22&hl=en',
        topicId: 'deal',
        name: 'news.example search: deal',
      }),
    ]);
  });
});
