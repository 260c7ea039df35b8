/**
 * npm run soak [-- --minutes 10]: newsbot under SIGKILLs, Slack faults and a full disk while
 * items are published; prints published, alerted, lost, duplicated and the peak memory, and
 * exits 1 if anything was lost or posted twice. `npm test` runs a one-minute version.
 */
import { parseArgs } from 'node:util';
import { runSoak } from './soak.ts';

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '10' }, 'kill-every': { type: 'string', default: '30' } },
});
const minutes = Number(values.minutes);
if (!(minutes > 0)) {
  console.error('npm run soak -- --minutes N: N must be a positive number of minutes');
  process.exit(2);
}
console.log(`newsbot soak: ${minutes} min of publishing, a SIGKILL about every ${values['kill-every']} s\n`);
const report = await runSoak({
  publishMs: minutes * 60_000,
  killEveryMs: Number(values['kill-every']) * 1000,
  log: (line) => console.log(line),
});
for (const p of report.problems.slice(0, 20)) console.log(`  ${p}`);
if (report.lost || report.duplicated) console.log(`\nlast lines of the bot's log:\n${report.tail}`);
process.exit(report.lost || report.duplicated ? 1 : 0);
