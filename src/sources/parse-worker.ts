import { parentPort } from 'node:worker_threads';
import { describeError } from '../errors.ts';
import { parseFeed } from './parse-feed.ts';

/** Runs in a worker thread: parse requests in, items or a coded error out. */
parentPort!.on('message', (msg: { id: number; body: string; url?: string }) => {
  try {
    parentPort!.postMessage({ id: msg.id, ok: true, feed: parseFeed(msg.body, msg.url) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, ok: false, error: describeError(e) });
  }
});
