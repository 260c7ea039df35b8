import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNewsbotError } from '../../src/errors.ts';
import { decodeBody } from '../../src/sources/decode-body.ts';
import { parseFeed } from '../../src/sources/parse-feed.ts';

// Next to the project in the workspace; NEWSBOT_CORPUS points elsewhere.
const CORPUS = [
  process.env.NEWSBOT_CORPUS,
  path.resolve(import.meta.dirname, '../../../shared/corpora'),
  '/work/shared/corpora',
].find((p): p is string => !!p && fs.existsSync(p));
if (!CORPUS)
  console.log('corpus test skipped: no ../shared/corpora next to the project (set NEWSBOT_CORPUS to run it)');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(xml|json|rss|atom|rdf)$/i.test(e.name) ? [p] : [];
  });
}

describe.runIf(!!CORPUS)('the real-world test corpus (feedparser and W3C validator suites)', () => {
  it('parses or rejects with a coded error every file, never crashing or hanging', () => {
    const all = files(CORPUS!);
    let parsed = 0;
    let rejected = 0;
    let items = 0;
    let slowest = { file: '', ms: 0 };
    const codes = new Map<string, number>();
    for (const file of all) {
      const t = performance.now();
      try {
        const feed = parseFeed(decodeBody(fs.readFileSync(file)), 'https://corpus.example/feed.xml');
        parsed++;
        items += feed.items.length;
        for (const i of feed.items) {
          expect(typeof i.title).toBe('string');
          expect(i.url === null || /^https?:\/\//.test(i.url)).toBe(true);
        }
      } catch (e) {
        if (!isNewsbotError(e))
          throw new Error(`${path.relative(CORPUS!, file)} threw an uncoded error: ${(e as Error).message}`);
        rejected++;
        codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
      }
      const ms = performance.now() - t;
      if (ms > slowest.ms) slowest = { file: path.relative(CORPUS!, file), ms };
    }
    console.log(
      `corpus: ${all.length} files, ${parsed} parsed (${items} items), ${rejected} rejected (${[...codes].map(([c, n]) => `${c}: ${n}`).join(', ')}); slowest ${slowest.file} ${slowest.ms.toFixed(1)} ms`,
    );
    expect(all.length).toBeGreaterThan(4000);
    expect(parsed + rejected).toBe(all.length);
    expect(parsed).toBeGreaterThan(3500);
  });
});
