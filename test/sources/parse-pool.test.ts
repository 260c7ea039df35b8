import { afterAll, describe, expect, it } from 'vitest';
import { ParsePool } from '../../src/sources/parse-pool.ts';

const pool = new ParsePool({ workers: 1, timeoutMs: 10_000 });
afterAll(() => pool.close());

describe('parsing in worker threads', () => {
  it('returns the same items as parsing in place, and coded errors for non-feeds', async () => {
    const feed = await pool.parse(
      '<rss version="2.0"><channel><item><title>Hello &amp; welcome</title><link>/a</link></item></channel></rss>',
      'https://x.example/feed',
    );
    expect(feed.items).toEqual([expect.objectContaining({ title: 'Hello & welcome', url: 'https://x.example/a' })]);
    await expect(pool.parse('<html><body>no</body></html>')).rejects.toMatchObject({ code: 'newsbot/not-a-feed' });
  });

  it('handles a document at the 10 MiB cap within the worker’s heap limit', async () => {
    let xml = '<rss version="2.0"><channel><title>big</title>';
    const d = `&lt;p&gt;${'word '.repeat(380)}&lt;/p&gt;`;
    for (let i = 0; xml.length < 9.8 * 1024 * 1024; i++)
      xml += `<item><title>Item ${i}</title><link>https://x.example/${i}</link><guid>${i}</guid><description>${d}</description></item>`;
    const feed = await pool.parse(`${xml}</channel></rss>`);
    expect(feed.items.length).toBeGreaterThan(5000);
  });

  it('starts threads only when there is something to parse, one more while all are busy, up to its size', async () => {
    const lazy = new ParsePool({ workers: 2, timeoutMs: 10_000 });
    expect(lazy.threads).toBe(0); // a poll of "not modified" answers never pays for them
    const doc = '<rss><channel><item><title>a</title></item></channel></rss>';
    await Promise.all([lazy.parse(doc), lazy.parse(doc), lazy.parse(doc)]);
    expect(lazy.threads).toBe(2);
    await lazy.parse(doc);
    expect(lazy.threads).toBe(2);
    await lazy.close();
  });

  it('replaces a worker that takes too long, failing only that document', async () => {
    const impatient = new ParsePool({ workers: 1, timeoutMs: 1 });
    const big = `<rss version="2.0"><channel>${'<item><title>t</title><description>d</description></item>'.repeat(200_000)}</channel></rss>`;
    await expect(impatient.parse(big)).rejects.toMatchObject({
      code: 'newsbot/not-a-feed',
      message: expect.stringContaining('no result within'),
    });
    await impatient.close();
    // The pool used by everyone else is unaffected.
    expect(
      (await pool.parse('<rss><channel><item><title>still here</title></item></channel></rss>')).items,
    ).toHaveLength(1);
  });
});
