import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { NewsbotError, type ErrorCode } from '../errors.ts';
import type { ParsedFeed } from './item.ts';
import { parseFeed } from './parse-feed.ts';

/** Compiled (dist/), the worker is a JavaScript file beside this one; from the sources, tsx loads the TypeScript. */
const COMPILED = import.meta.url.endsWith('.js');
const WORKER_BOOTSTRAP = COMPILED
  ? `import(${JSON.stringify(new URL('./parse-worker.js', import.meta.url).href)}).catch((e) => { console.error(e); process.exit(1); });`
  : `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./parse-worker.ts', import.meta.url).href)}); })
  .catch((e) => { console.error(e); process.exit(1); });`;

export type ParseFn = (body: string, url?: string) => Promise<ParsedFeed>;

/** Parsing in the calling thread: for small setups and tools. */
export const parseInline: ParseFn = async (body, url) => parseFeed(body, url);

export const parsePoolDefaults = {
  /** Parsing is the CPU-heavy part of a poll; leave one core to fetching and the store. */
  workers: Math.max(1, Math.min(4, os.availableParallelism() - 1)),
  /** A document that takes longer than this is abandoned and its worker replaced. */
  timeoutMs: 10_000,
} satisfies Record<string, number>;

interface Pending {
  resolve: (feed: ParsedFeed) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
  worker: PoolWorker;
}

interface PoolWorker {
  thread: Worker;
  busy: number;
}

/**
 * Feeds are parsed in worker threads so that a poll of thousands of feeds uses every core
 * and the main thread stays free for sockets and the store. A worker that takes too long on
 * one document (a pathological input) is terminated and replaced: a feed can fail, the bot
 * cannot hang.
 */
export class ParsePool {
  private readonly workers: PoolWorker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closed = false;

  /**
   * Workers start when there is something to parse, one more whenever all are busy, up to
   * `workers`: a poll where every feed answers "not modified" never pays for them, and they do
   * not compete with the start-up for the cores.
   */
  constructor(private readonly opts: { workers: number; timeoutMs: number } = parsePoolDefaults) {}

  private spawn(): PoolWorker {
    // The worker is TypeScript too: it registers tsx, as bin/newsbot does, then loads it.
    // A parser needs little memory; a modest heap makes it collect garbage early instead of
    // growing (a 10 MiB document still fits). Running out fails that document, not the bot.
    const thread = new Worker(WORKER_BOOTSTRAP, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
    });
    const w: PoolWorker = { thread, busy: 0 };
    thread.unref();
    thread.on(
      'message',
      (msg: { id: number; ok: boolean; feed?: ParsedFeed; error?: { code: string; message: string } }) => {
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        clearTimeout(p.timer);
        w.busy--;
        if (msg.ok) p.resolve(msg.feed!);
        else p.reject(new NewsbotError(msg.error!.code as ErrorCode, msg.error!.message));
      },
    );
    thread.on('error', (e) => this.replace(w, e));
    thread.on('exit', (code) => {
      if (!this.closed) this.replace(w, new Error(`parser worker exited with code ${code}`));
    });
    return w;
  }

  /** Fails the worker's pending parses and puts a fresh worker in its place. */
  private replace(w: PoolWorker, cause: Error) {
    const i = this.workers.indexOf(w);
    if (i < 0) return;
    for (const [id, p] of this.pending) {
      if (p.worker !== w) continue;
      this.pending.delete(id);
      clearTimeout(p.timer);
      p.reject(new NewsbotError('newsbot/not-a-feed', `the parser failed on this document (${cause.message})`));
    }
    void w.thread.terminate();
    if (!this.closed) this.workers[i] = this.spawn();
  }

  parse: ParseFn = (body, url) => {
    if (this.closed) return Promise.reject(new Error('parse pool is closed'));
    if (this.workers.length < this.opts.workers && this.workers.every((x) => x.busy > 0))
      this.workers.push(this.spawn());
    const w = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    return new Promise<ParsedFeed>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.replace(w, new Error(`no result within ${this.opts.timeoutMs / 1000}s`));
      }, this.opts.timeoutMs);
      this.pending.set(id, { resolve, reject, timer, worker: w });
      w.busy++;
      w.thread.postMessage({ id, body, url });
    });
  };

  /** Threads started so far (they start on demand). */
  get threads(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.thread.terminate()));
  }
}
