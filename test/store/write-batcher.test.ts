import { describe, expect, it } from 'vitest';
import { countItems } from '../../src/store/items-repo.ts';
import { WriteBatcher } from '../../src/store/write-batcher.ts';
import { memoryStore } from '../helpers.ts';

const row = (id: string) => ({
  id,
  source_id: 's',
  guid: id,
  link: null,
  hash: id,
  title: id,
  summary: '',
  published_at: 0,
  first_seen_at: 0,
});

describe('group commit', () => {
  it('commits units that arrive together in one transaction, each getting its own result', async () => {
    const db = await memoryStore();
    const batcher = new WriteBatcher(db);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        batcher.write(async (trx) => {
          await trx
            .insertInto('items')
            .values(row(`i${i}`))
            .execute();
          return i;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(await countItems(db)).toBe(50);
    expect(batcher.commits).toBe(1);
  });

  it('a failing unit fails alone: the others in its batch still commit', async () => {
    const db = await memoryStore();
    const batcher = new WriteBatcher(db);
    const outcomes = await Promise.allSettled([
      batcher.write((trx) => trx.insertInto('items').values(row('a')).execute()),
      batcher.write(async (trx) => {
        await trx.insertInto('items').values(row('b')).execute();
        throw new Error('boom');
      }),
      batcher.write((trx) => trx.insertInto('items').values(row('c')).execute()),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const ids = (await db.selectFrom('items').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(ids).toEqual(['a', 'c']); // b's insert was rolled back with its unit
  });
});
