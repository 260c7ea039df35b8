import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Every scratch directory the tests make (stores, configs, whole-process runs) goes under one
 * directory of this run, removed at the end: a test run leaves nothing behind in /tmp. Set
 * before the test processes start, so they and the newsbot processes they spawn inherit it.
 */
export default function setup(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-test-run-'));
  process.env.TMPDIR = dir;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
