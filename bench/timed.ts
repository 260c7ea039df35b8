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

/**
 * Builds dist/ when a source file is newer, as `npm install` would have: bin/newsbot runs the
 * TypeScript sources through tsx otherwise (about a second slower to start), and a whole-process
 * figure would time that instead of what a user runs. Says so when it builds.
 */
export function ensureBuilt(root: string): void {
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...fs
        .readdirSync(dir, { withFileTypes: true })
        .map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs)),
    );
  let built = 0;
  try {
    built = fs.statSync(path.join(root, 'dist', 'main.js')).mtimeMs;
  } catch {}
  if (built && built >= newest(path.join(root, 'src'))) return;
  console.log(
    `(${built ? 'src/ changed since dist/ was built' : 'no dist/ build'}: building it first, as npm install does)`,
  );
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('building dist/ failed; run npm run build to see why');
}
