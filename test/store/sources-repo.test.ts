import { describe, expect, it } from 'vitest';
import {
  getSource,
  listSources,
  syncSources,
  updateSourceState,
  type SourceSpec,
} from '../../src/store/sources-repo.ts';
import { memoryStore } from '../helpers.ts';

const spec = (id: string, over: Partial<SourceSpec> = {}): SourceSpec => ({
  id,
  url: `https://${id}.example/feed`,
  name: id,
  origin: 'config',
  topicId: null,
  intervalMs: 300_000,
  backfill: 0,
  ...over,
});

describe('syncing config sources into the store', () => {
  it('adds new sources due now, keeps the polling state of known ones, deactivates removed ones', async () => {
    const db = await memoryStore();
    await syncSources(db, 'config', [spec('a'), spec('b')], 1000);
    await updateSourceState(db, 'a', { etag: '"v1"', baseline_done: 1, next_due_at: 5000 });
    await syncSources(db, 'config', [spec('a', { name: 'A renamed', intervalMs: 600_000 }), spec('c')], 2000);
    expect(await getSource(db, 'a')).toMatchObject({
      name: 'A renamed',
      interval_ms: 600_000,
      etag: '"v1"',
      baseline_done: 1,
      next_due_at: 5000,
      active: 1,
    });
    expect(await getSource(db, 'b')).toMatchObject({ active: 0 });
    expect(await getSource(db, 'c')).toMatchObject({ next_due_at: 2000, active: 1 });
    expect((await listSources(db)).map((s) => s.id).sort()).toEqual(['a', 'c']);
    // Re-adding a removed feed brings back its history (no re-alerting its old items).
    await syncSources(db, 'config', [spec('a'), spec('b'), spec('c')], 3000);
    expect(await getSource(db, 'b')).toMatchObject({ active: 1, created_at: 1000 });
  });
});
