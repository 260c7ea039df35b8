import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { PipelineContext, PollOutcome } from '../../src/pipeline/poll-source.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { StoreWatch, storePause } from '../../src/scheduler/store-watch.ts';
import { openStore } from '../../src/store/open-store.ts';
import { getSource } from '../../src/store/sources-repo.ts';
import { storeFault } from '../../src/store/store-fault.ts';
import { FakeFeedServer, rss } from '../fakes/feed-server.ts';
import { addSource, captureLog, FakeClock, testPipeline, waitFor } from '../helpers.ts';

const err = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('storage failures, named', () => {
  it.each([
    { error: err('SQLITE_FULL', 'database or disk is full'), kind: 'full', fatal: false, says: 'its disk is full' },
    {
      error: err('SQLITE_READONLY', 'attempt to write a readonly database'),
      kind: 'read-only',
      fatal: false,
      says: 'read-only',
    },
    {
      error: err('SQLITE_CANTOPEN', 'unable to open database file'),
      kind: 'unwritable-folder',
      fatal: true,
      says: 'not writable',
    },
    { error: err('SQLITE_CORRUPT', 'database disk image is malformed'), kind: 'corrupt', fatal: true, says: 'backup' },
    { error: err('SQLITE_NOTADB', 'file is not a database'), kind: 'corrupt', fatal: true, says: 'damaged' },
    {
      error: err('42P01', 'relation "topics" does not exist'),
      kind: 'schema-lost',
      fatal: true,
      says: 'lost its tables',
    },
    { error: err('3D000', 'database "newsbot" does not exist'), kind: 'schema-lost', fatal: true, says: 'restarts it' },
    {
      error: err('SQLITE_ERROR', 'no such table: sources'),
      kind: 'schema-lost',
      fatal: true,
      says: 'creates the tables again',
    },
  ])('$error.code → $kind', ({ error, kind, fatal, says }) => {
    const fault = storeFault(error, '/srv/newsbot/data/newsbot.db')!;
    expect(fault).toMatchObject({ kind, fatal });
    expect(fault.message).toContain('/srv/newsbot/data/newsbot.db');
    expect(fault.message).toContain(says);
  });

  it('a feed error or a network blip is not a storage failure', () => {
    expect(storeFault(err('newsbot/fetch-timeout', 'timed out'), 'x')).toBeUndefined();
    expect(storeFault(err('ECONNRESET', 'socket hang up'), 'x')).toBeUndefined();
    expect(storeFault(undefined, 'x')).toBeUndefined();
  });

  it('polling pauses 5 s, then twice as long each time, up to 5 minutes', () => {
    expect([1, 2, 3, 4, 10, 50].map((n) => storePause(n))).toEqual([5_000, 10_000, 20_000, 40_000, 300_000, 300_000]);
  });

  it('a zero-length store file is refused, not taken for a new store', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-empty-')), 'newsbot.db');
    fs.writeFileSync(file, '');
    await expect(openStore(file)).rejects.toMatchObject({
      code: 'newsbot/store-unusable',
      message: expect.stringContaining(`${file} is an empty file (0 bytes)`),
    });
    expect(fs.statSync(file).size).toBe(0);
  });

  it('a file that is not a database is named as damaged, with its path', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-bad-')), 'newsbot.db');
    fs.writeFileSync(file, 'this is not SQLite, just some text that fills more than a header would '.repeat(20));
    await expect(openStore(file)).rejects.toMatchObject({
      code: 'newsbot/store-unusable',
      message: expect.stringMatching(new RegExp(`the store ${file} is damaged .*restore the file from a backup`)),
    });
  });
});

describe('a full disk, on a real SQLite store', () => {
  it('names the cause (not "cannot rollback"), pauses polling with backoff instead of re-fetching every tick, and resumes by itself', async () => {
    const server = await new FakeFeedServer().start();
    const items = Array.from({ length: 40 }, (_, i) => ({
      guid: `a${i}`,
      title: `Story ${i}`,
      link: `https://a.example/${i}`,
      description: `Report ${i}: ${'words '.repeat(400)}`,
    }));
    server.route('/feed.xml', { body: rss(items) });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-full-')), 'newsbot.db');
    const db = await openStore(file);
    const clock = new FakeClock();
    const source = await addSource(db, { id: 'feed', url: server.url('/feed.xml') }, clock.now);
    // SQLite's own limit on the file's size: writes fail with SQLITE_FULL, as on a full disk.
    const pages = (await sql<{ page_count: number }>`pragma page_count`.execute(db)).rows[0]!.page_count;
    await sql.raw(`pragma max_page_count = ${pages}`).execute(db);
    const { log, lines } = captureLog();
    // The shared test pipeline, logging where this test reads it.
    const ctx: PipelineContext = { ...(await testPipeline(db, clock)).ctx, log };
    const watch = new StoreWatch(file, log, clock.fn);
    const done: PollOutcome[] = [];
    const scheduler = new Scheduler(
      db,
      ctx,
      { concurrency: 4, perHostConcurrency: 4, hostOverrides: {}, tick: '* * * * *' },
      (o) => done.push(o),
      log,
      watch,
    );
    // Waits for what a poll's outcome leaves behind, not for a fixed time (the suite runs loaded).
    const settleFailure = async () => {
      const before = watch.failuresInARow;
      await waitFor(() => watch.failuresInARow > before, 10_000);
    };
    expect(await scheduler.tick()).toBe(1);
    await settleFailure();
    const logged = lines.join('');
    expect(logged).toContain(`the store ${file} cannot grow: its disk is full`);
    expect(logged).not.toContain('cannot rollback');
    // Paused: ticks within the pause fetch nothing.
    expect(watch.mayPoll()).toBe(false);
    clock.advance(4_000);
    expect(await scheduler.tick()).toBe(0);
    clock.advance(1_000);
    expect(await scheduler.tick()).toBe(1); // the pause is over: one try
    await settleFailure();
    clock.advance(5_000);
    expect(await scheduler.tick()).toBe(0); // failed again: twice as long now
    expect(server.requests).toHaveLength(2);
    expect(lines.filter((l) => l.includes('its disk is full'))).toHaveLength(1); // once per episode
    // Space is freed: the next try records the poll, and the log says it is over.
    await sql.raw('pragma max_page_count = 1073741823').execute(db);
    clock.advance(5_000);
    expect(await scheduler.tick()).toBe(1);
    await waitFor(() => done.length === 1, 10_000);
    expect((await getSource(db, source.id))!.last_success_at).toBe(clock.now);
    expect(lines.join('')).toContain('the store writes again; polling resumes');
    await scheduler.stop();
    await ctx.fetcher.close();
    await server.stop();
    await db.destroy();
  });
});
