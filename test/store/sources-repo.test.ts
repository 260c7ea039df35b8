import { describe, expect, it } from 'vitest';
import {
  getSource,
  listSources,
  syncSources,
  updateSourceState,
  type SourceSpec,
} from '../../src/store/sources-repo.ts';
import { syncConfigSubscriptions } from '../../src/store/subscriptions-repo.ts';
import { syncConfigTopics } from '../../src/store/topics-repo.ts';
import { memoryStore } from '../helpers.ts';
import { postgresStore, postgresUnavailable } from './stores.ts';

const pgSkip = await postgresUnavailable();

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

describe.skipIf(pgSkip)('syncing the config on Postgres, where a cluster starts several processes at once', () => {
  // Processes started together each sync the config: an upsert settles a clash on its own key, not
  // one on another unique column (a source's URL, a subscription's channel and topic) that another
  // process's uncommitted insert holds — that clash exited a process of the cluster test. Each sync
  // takes the cluster's config lock, so they run one after another.
  it('waits for the config lock another process holds, then syncs', async () => {
    const store = await postgresStore(4);
    try {
      const { default: pg } = await import('pg');
      const other = new pg.Client({ connectionString: store.url });
      await other.connect();
      await other.query('begin');
      await other.query('select pg_advisory_xact_lock(7262002)');
      const done: string[] = [];
      const syncs = [
        syncSources(store.db, 'config', [spec('a')], 1000).then(() => done.push('sources')),
        syncConfigTopics(store.db, [{ id: 'deals', name: 'deals', query: 'merger' }], 1000).then(() =>
          done.push('topics'),
        ),
        syncConfigSubscriptions(store.db, [], 1000).then(() => done.push('subscriptions')),
      ];
      await new Promise((r) => setTimeout(r, 300));
      expect(done).toEqual([]);
      await other.query('commit');
      await other.end();
      await Promise.all(syncs);
      expect(done.sort()).toEqual(['sources', 'subscriptions', 'topics']);
      expect(await getSource(store.db, 'a')).toMatchObject({ active: 1 });
    } finally {
      await store.drop();
    }
  });
});
