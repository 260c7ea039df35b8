import type { Item } from '../src/ingest/ingest-items.ts';
import { createLogger } from '../src/log.ts';
import { openStore, type Db } from '../src/store/open-store.ts';
import type { SourceRow } from '../src/store/schema.ts';
import { getSource, upsertSource, type SourceSpec } from '../src/store/sources-repo.ts';
import { Writable } from 'node:stream';

/** A fresh in-memory store with migrations applied. */
export const memoryStore = (): Promise<Db> => openStore(':memory:');

/** A logger whose lines are kept for assertions instead of printed. */
export function captureLog() {
  const lines: string[] = [];
  const dest = new Writable({
    write(chunk, _e, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { log: createLogger({ level: 'debug', format: 'json', dest: dest as never }), lines };
}

/** A clock tests move by hand. */
export class FakeClock {
  constructor(public now = Date.UTC(2025, 5, 20, 12)) {}
  readonly fn = () => this.now;
  advance(ms: number) {
    this.now += ms;
  }
}

export async function addSource(db: Db, spec: Partial<SourceSpec> & { url: string }, now: number): Promise<SourceRow> {
  const full: SourceSpec = { id: spec.id ?? `src-${spec.url.replace(/\W+/g, '-')}`.slice(0, 60), name: 'Test Outlet', origin: 'config', topicId: null, intervalMs: 300_000, backfill: 0, ...spec };
  await upsertSource(db, full, now);
  return (await getSource(db, full.id))!;
}

export function item(partial: Partial<Item> = {}): Item {
  return { id: 'itm_1', sourceId: 's', sourceName: 'Outlet', guid: 'g', url: 'https://a.example/1', title: 'Title', summary: '', publishedAt: 0, firstSeenAt: 0, ...partial };
}
