/**
 * npm run bench -- --cli: what a person waits for at the prompt, each command a whole process
 * (start-up, config, store, answer, exit), median of seven runs, on a scratch copy of the
 * bundled config. Targets (issue "The top of the house"): --help < 0.3 s, ask < 0.6 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timed } from './timed.ts';

const RUNS = 7;

export function runCliBench(bin: string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-cli-bench-'));
  fs.cpSync(path.join(import.meta.dirname, '..', 'config'), path.join(dir, 'config'), { recursive: true });
  const env = { ...process.env, NEWSBOT_CONFIG: '', DATABASE_URL: '', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' };
  const cases: { label: string; argv: string[]; target: number }[] = [
    { label: 'newsbot --help', argv: ['--help'], target: 300 },
    { label: 'newsbot check-config', argv: ['check-config'], target: 600 },
    { label: 'newsbot ask "/news topics"', argv: ['ask', '/news topics'], target: 600 },
    {
      label: 'newsbot ask "/deal status microsoft-openai"',
      argv: ['ask', '/deal status microsoft-openai'],
      target: 600,
    },
  ];
  console.log(`newsbot CLI bench on ${os.cpus().length} CPUs, Node ${process.version}: median of ${RUNS} runs each\n`);
  for (const c of cases) {
    const runs = Array.from({ length: RUNS }, () => timed([process.execPath, bin, ...c.argv], { cwd: dir, env }));
    const failed = runs.find((r) => r.code !== 0);
    if (failed) {
      console.log(`${c.label.padEnd(46)} failed (exit ${failed.code}): ${failed.stderr.trim().split('\n')[0]}`);
      continue;
    }
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b)[RUNS >> 1]!;
    const rss = Math.max(...runs.map((r) => r.rss));
    console.log(
      `${c.label.padEnd(46)} ${(ms / 1000).toFixed(2)} s  peak RSS ${(rss / 1024 / 1024).toFixed(0)} MB  (target < ${(c.target / 1000).toFixed(1)} s: ${ms < c.target ? 'met' : 'NOT met'})`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
