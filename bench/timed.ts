import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Runs one command under /usr/bin/time: its wall time and peak RSS, as a user would see them. */
export function timed(
  argv: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv },
): { ms: number; rss: number; code: number | null; stderr: string } {
  const out = path.join(opts.cwd, `time-${process.pid}-${Date.now()}.txt`);
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', out, ...argv], {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: 600_000,
  });
  const ms = performance.now() - t0;
  const rss = Number(fs.readFileSync(out, 'utf8').trim().split('\n').pop()) * 1024;
  fs.rmSync(out, { force: true });
  return { ms, rss, code: r.status, stderr: r.stderr };
}
