/**
 * `npm run eval`: quality figures on labelled sets, newsbot beside a plain baseline in one run.
 * Grouping: pairwise precision / recall / F1 and BCubed F1. Deals: see run-deals.ts.
 */
import {
  ecbPlusApartSet,
  ecbPlusSet,
  framingSet,
  PLACEMENTS,
  projectStorySet,
  templateSet,
  type GroupingSet,
} from './grouping-sets.ts';
import { evalPlacements, oneDevelopment } from './run-grouping.ts';

const pct = (x: number) => x.toFixed(3);
if (!ecbPlusSet()) console.log('ECB+ skipped: no ../shared/corpora/ecbplus next to the project (set NEWSBOT_ECBPLUS)');
const placed = (make: (seed: number) => GroupingSet | undefined) =>
  ecbPlusSet() ? PLACEMENTS.map((seed) => make(seed)!) : undefined;
const framings = [framingSet('dev'), framingSet('heldout')];
const sets = [
  [projectStorySet()],
  [framings[0]!],
  [framings[1]!],
  [templateSet()],
  placed(ecbPlusSet),
  placed(ecbPlusApartSet),
].filter((s) => s !== undefined);
console.log('\nStory grouping (pairwise precision / recall / F1, BCubed F1, stories made for the labelled events)');
for (const placements of sets) {
  const r = evalPlacements(placements);
  const many = r.placements > 1 ? `, mean of ${r.placements} arrival orders` : '';
  console.log(`  ${r.set.name} — ${r.set.role}${many}`);
  for (const [who, s] of [
    ['newsbot', r.newsbot],
    ['TF-IDF baseline', r.baseline],
  ] as const) {
    console.log(
      `    ${who.padEnd(16)} P ${pct(s.pairwise.precision)}  R ${pct(s.pairwise.recall)}  F1 ${pct(s.pairwise.f1)}  BCubed F1 ${pct(s.bcubed.f1)}  ${s.stories} stories / ${s.events} events`,
    );
  }
  if (r.placements > 1) console.log(`    newsbot F1 across the orders: ${pct(r.f1Range[0])}–${pct(r.f1Range[1])}`);
  console.log(
    `    newsbot grouped ${r.set.items.length} items in ${r.ms.toFixed(0)} ms (${Math.round(r.set.items.length / (r.ms / 1000))} items/s)`,
  );
  const framed = framings.find((f) => f === r.set);
  if (framed) {
    const split = oneDevelopment(framed);
    console.log(
      `    framings of one event read as one development (or none): ${framed.framings.length - split.length}/${framed.framings.length} events`,
    );
    if (process.argv.includes('--verbose')) for (const line of split) console.log(`      ${line}`);
  }
}

// ── Deal stages ──────────────────────────────────────────────────────────────────────────
const { classifyStage } = await import('../src/deals/classify-stage.ts');
const { classifyStageByPhrases } = await import('./baselines/phrase-stage.ts');
const { projectDealSet, dealReportSet, dealTimelineSets } = await import('./deal-sets.ts');
const { scoreDeals } = await import('./run-deals.ts');
const verbose = process.argv.includes('--verbose');
console.log('\nDeal stages (reports read right, deals ending at the right stage, noise items that moved a stage)');
const timelines = dealTimelineSets();
for (const set of [projectDealSet(), dealReportSet('dev'), dealReportSet('heldout'), ...timelines]) {
  console.log(`  ${set.name} — ${set.role}`);
  const f = timelines.find((t) => t === set)?.firstRead;
  if (f) {
    console.log(
      `    newsbot, first read reports ${`${f.right}/${f.reports}`.padEnd(8)} ${((f.right / f.reports) * 100).toFixed(1).padStart(5)}%   final stages ${`${f.finalsRight}/${f.finals}`.padEnd(6)} ${((f.finalsRight / f.finals) * 100).toFixed(0).padStart(3)}%   noise moves ${f.noiseMoves}/${f.noise}`,
    );
  }
  for (const [who, read] of [
    ['newsbot', classifyStage],
    ['phrase lists (v1)', classifyStageByPhrases],
  ] as const) {
    const s = scoreDeals(set, read);
    console.log(
      `    ${who.padEnd(18)} reports ${`${s.right}/${s.reports}`.padEnd(8)} ${((s.right / s.reports) * 100).toFixed(1).padStart(5)}%   final stages ${`${s.finalsRight}/${s.finals}`.padEnd(6)} ${((s.finalsRight / s.finals) * 100).toFixed(0).padStart(3)}%   noise moves ${s.noiseMoves}/${s.noise}`,
    );
    if (verbose && who === 'newsbot' && s.misread.length) console.log(`      ${s.misread.join('\n      ')}`);
  }
}

// ── Fresh batches ────────────────────────────────────────────────────────────────────────
const { dealBatches } = await import('./deal-sets.ts');
const { scoreBatch } = await import('./run-deals.ts');
console.log(
  '\nDeal stages, fresh batches (each read once before any rule was written for it — the figure for unseen text — and now)',
);
for (const b of dealBatches()) {
  const s = scoreBatch(b, classifyStage);
  const f = b.firstRead;
  console.log(
    `  ${b.name}\n    first read ${f.right}/${f.reports} reports, ${f.noiseRead}/${f.noise} noise read as a stage;  now ${s.right}/${s.reports}, ${s.noiseRead}/${s.noise}`,
  );
  if (verbose && s.misread.length) console.log(`      ${s.misread.join('\n      ')}`);
}

// ── Real reports: ECB+'s acquisition documents ──────────────────────────────────────────────
const { ecbPlusDealBatch } = await import('./deal-sets.ts');
const ecbDeals = ecbPlusDealBatch();
if (ecbDeals) {
  console.log(
    `\nDeal stages, real reports nobody here wrote: ${ecbDeals.name} (development text since its first read)`,
  );
  const f = ecbDeals.firstRead;
  console.log(
    `    newsbot, first read reports ${f.right}/${f.reports}, ${f.noiseRead}/${f.noise} noise read as a stage`,
  );
  for (const [who, read] of [
    ['newsbot', classifyStage],
    ['phrase lists (v1)', classifyStageByPhrases],
  ] as const) {
    const s = scoreBatch(ecbDeals, read);
    console.log(
      `    ${who.padEnd(18)} reports ${`${s.right}/${s.reports}`.padEnd(8)} ${((s.right / s.reports) * 100).toFixed(1).padStart(5)}%   ${s.noiseRead}/${s.noise} noise read as a stage`,
    );
    if (verbose && who === 'newsbot' && s.misread.length) console.log(`      ${s.misread.join('\n      ')}`);
  }
}

// ── Deal stages, reworded ────────────────────────────────────────────────────────────────
const { scoreRewordings } = await import('./rewordings.ts');
console.log(
  '\nDeal stages, reworded (of the reports read right as written, those read the same when only the form changes)',
);
for (const s of scoreRewordings([projectDealSet(), dealReportSet('dev'), dealReportSet('heldout')], classifyStage)) {
  console.log(`  ${s.name.padEnd(36)} ${`${s.kept}/${s.read}`.padEnd(9)} ${((s.kept / s.read) * 100).toFixed(1)}%`);
  if (verbose && s.lost.length) console.log(`      ${s.lost.join('\n      ')}`);
}
console.log(
  '\nDeal stages, reworded: the fresh timeline sets (development text once read; more writers, more forms to lose)',
);
for (const s of scoreRewordings(timelines, classifyStage)) {
  console.log(`  ${s.name.padEnd(36)} ${`${s.kept}/${s.read}`.padEnd(11)} ${((s.kept / s.read) * 100).toFixed(1)}%`);
  if (verbose && s.lost.length) console.log(`      ${s.lost.join('\n      ')}`);
}
// A text the reader throws on is read as nothing (so one text cannot fail a poll); here that would
// pass for a misread, so the run says how many there were and fails when there were any.
const { readerFailures } = await import('../src/language/read-stage.ts');
console.log(
  `\nReader failures in this run: ${readerFailures.count}${readerFailures.count ? ` (last: ${readerFailures.lastError})` : ''}`,
);
if (readerFailures.count) process.exitCode = 1;
console.log(verbose ? '' : '\n(--verbose lists every misread report)');
