/**
 * What a command that only reads opens (`ask "/news topics"`, `ask "/deal status X"`): the store
 * read-only, so it never contends with a running `start` for the writer and never changes
 * anything; or, before the first run has made a store, an in-memory one seeded from the config
 * (so a fresh clone can ask about its topics) that is gone when the command ends.
 */
import { buildSpecs } from '../config/build-specs.ts';
import type { LoadedConfig } from '../config/load-config.ts';
import { initDealStates } from '../deals/deal-book.ts';
import { openStore, openStoreForReading, type Db } from '../store/open-store.ts';
import { syncSources } from '../store/sources-repo.ts';
import { syncConfigSubscriptions } from '../store/subscriptions-repo.ts';
import { ALL_TEAMS, listAllTopics, listTopicsForTeam, syncConfigTopics } from '../store/topics-repo.ts';

export interface ReadOnlyStore {
  db: Db;
  /** No store existed yet: this one was made in memory from the config. */
  fromConfig: boolean;
  /** The config's topics differ from the store's: the next `start` or `once` applies the file. */
  configChanged: boolean;
}

export async function openReadOnlyStore(loaded: LoadedConfig, now: number): Promise<ReadOnlyStore> {
  const specs = buildSpecs(loaded);
  const db = await openStoreForReading(loaded.config.database);
  if (db) {
    const stored = (await listTopicsForTeam(db, ALL_TEAMS)).filter((t) => t.origin === 'config');
    const fingerprint = (ts: { id: string; query: string }[]) =>
      ts
        .map((t) => `${t.id}\t${t.query}`)
        .sort()
        .join('\n');
    return { db, fromConfig: false, configChanged: fingerprint(stored) !== fingerprint(specs.topics) };
  }
  const memory = await openStore(':memory:');
  await syncSources(memory, 'config', specs.sources, now);
  await syncConfigTopics(memory, specs.topics, now);
  await syncConfigSubscriptions(memory, specs.subscriptions, now);
  await initDealStates(memory, await listAllTopics(memory), now);
  return { db: memory, fromConfig: true, configChanged: false };
}
