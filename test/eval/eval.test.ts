import { describe, expect, it } from 'vitest';
import { classifyStage } from '../../src/deals/classify-stage.ts';
import {
  dealBatches,
  dealReportSet,
  dealTimelineSets,
  ecbPlusDealBatch,
  projectDealSet,
} from '../../eval/deal-sets.ts';
import { classifyStageByPhrases } from '../../eval/baselines/phrase-stage.ts';
import {
  ecbPlusApartSet,
  ecbPlusSet,
  framingSet,
  PLACEMENTS,
  projectStorySet,
  templateSet,
  withOutletCasing,
  withOutletSuffix,
  type GroupingSet,
} from '../../eval/grouping-sets.ts';
import { scoreBatch, scoreDeals } from '../../eval/run-deals.ts';
import { scoreRewordings } from '../../eval/rewordings.ts';
import { evalGroupingSet, evalPlacements, oneDevelopment } from '../../eval/run-grouping.ts';

const f = (x: number) => x.toFixed(3);

describe('npm run eval: the figures it prints hold the bars the project promises', () => {
  it('groups our labelled stories with pairwise precision ≥ 0.9 and F1 ≥ 0.9, no worse than the TF-IDF baseline', () => {
    const r = evalGroupingSet(projectStorySet());
    console.log(
      `story-events: newsbot P ${f(r.newsbot.pairwise.precision)} R ${f(r.newsbot.pairwise.recall)} F1 ${f(r.newsbot.pairwise.f1)}; baseline F1 ${f(r.baseline.pairwise.f1)}`,
    );
    expect(r.newsbot.pairwise.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.newsbot.pairwise.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.newsbot.pairwise.f1).toBeGreaterThanOrEqual(r.baseline.pairwise.f1);
  });

  it('groups one event framed as five kinds of outlets frame it into one story, each read as one development (our framing set)', () => {
    const set = framingSet();
    const r = evalGroupingSet(set);
    console.log(
      `framings: newsbot P ${f(r.newsbot.pairwise.precision)} R ${f(r.newsbot.pairwise.recall)}; baseline F1 ${f(r.baseline.pairwise.f1)}`,
    );
    expect(r.newsbot.pairwise.precision).toBeGreaterThanOrEqual(0.98);
    expect(r.newsbot.pairwise.recall).toBeGreaterThanOrEqual(0.95);
    expect(oneDevelopment(set)).toEqual([]);
  });

  it('on the held-out framing set (never tuned on) lets no other event in and keeps most framings together', () => {
    // Measured when it was written (2026-12-06, the second held-out set: the first became development
    // text when rules were written for it): P 1.000, R 0.956, 9 of 9 events one development. A floor
    // below that, not a goal: the figure that counts is the one npm run eval prints.
    const r = evalGroupingSet(framingSet('heldout'));
    console.log(`framings held out: newsbot P ${f(r.newsbot.pairwise.precision)} R ${f(r.newsbot.pairwise.recall)}`);
    expect(r.newsbot.pairwise.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.newsbot.pairwise.recall).toBeGreaterThanOrEqual(0.85);
    expect(r.newsbot.pairwise.f1).toBeGreaterThan(r.baseline.pairwise.f1);
  });

  const ecb = ecbPlusSet();
  if (!ecb) console.log('ECB+ part skipped: no ../shared/corpora/ecbplus next to the project (set NEWSBOT_ECBPLUS)');
  const placed = (make: (seed: number) => GroupingSet | undefined, seeds = PLACEMENTS) =>
    seeds.map((seed) => make(seed)!);
  it.runIf(!!ecb)(
    'beats the TF-IDF baseline on ECB+, averaged over its arrival orders (a development set: the bar is the measured mean less a margin, not the 0.9 goal)',
    () => {
      const r = evalPlacements(placed(ecbPlusSet));
      console.log(
        `ECB+ (mean of ${r.placements} orders): newsbot P ${f(r.newsbot.pairwise.precision)} R ${f(r.newsbot.pairwise.recall)} F1 ${f(r.newsbot.pairwise.f1)} (${f(r.f1Range[0])}–${f(r.f1Range[1])}); baseline F1 ${f(r.baseline.pairwise.f1)}`,
      );
      expect(r.newsbot.pairwise.f1).toBeGreaterThan(r.baseline.pairwise.f1 + 0.03);
      expect(r.newsbot.pairwise.f1).toBeGreaterThanOrEqual(0.78);
    },
    // (Eight orders of 982 documents, each grouped by newsbot and by the baseline: about 20 s alone,
    // 38 s once on this 2-core machine while other work ran. A figure measured, not a time: the
    // default 30 s limit would fail it on load alone.)
    120_000,
  );

  it.runIf(!!ecb)(
    'on ECB+ with its events apart, as a news day is, joins differently worded reports of one event and lets no other event in (development set)',
    () => {
      const r = evalPlacements(placed(ecbPlusApartSet), { baseline: false });
      console.log(
        `ECB+ apart (mean of ${r.placements} orders): newsbot P ${f(r.newsbot.pairwise.precision)} R ${f(r.newsbot.pairwise.recall)} F1 ${f(r.newsbot.pairwise.f1)}`,
      );
      expect(r.newsbot.pairwise.precision).toBeGreaterThanOrEqual(0.98);
      expect(r.newsbot.pairwise.recall).toBeGreaterThanOrEqual(0.85);
    },
  );

  it("never puts one sender's template about two deals in one story (law firms' investor alerts)", () => {
    const r = evalGroupingSet(templateSet(), { baseline: false });
    expect(r.newsbot.pairwise.precision).toBe(1);
    expect(r.newsbot.pairwise.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('headlines with their outlet after them and a slug or kicker before (as aggregators and wires deliver them) group as they do without', () => {
    for (const set of [projectStorySet(), framingSet('dev'), framingSet('heldout')]) {
      const plain = evalGroupingSet(set, { baseline: false }).newsbot.pairwise;
      const suffixed = evalGroupingSet(withOutletSuffix(set), { baseline: false }).newsbot.pairwise;
      console.log(
        `${set.name}: P/R ${f(plain.precision)}/${f(plain.recall)} as written, ${f(suffixed.precision)}/${f(suffixed.recall)} with an outlet after each headline and a slug before every second`,
      );
      // Read as names, outlets took precision 0.947 → 0.900 on our story set and recall 0.965 → 0.878 on
      // the framings; slugs and kickers took recall 0.956 → 0.878 on the held-out framings.
      expect(suffixed.precision).toBeGreaterThanOrEqual(plain.precision - 0.005);
      expect(suffixed.recall).toBeGreaterThanOrEqual(plain.recall - 0.005);
    }
  });

  it.runIf(!!ecb)(
    'headlines in title case or capitals (as many outlets write them) group almost as well: every word capitalized does not make every word a name',
    () => {
      // Three orders, each plain and re-cased. Counting every capitalized word as a name cost
      // 2–5 points of recall here.
      const seeds = PLACEMENTS.slice(0, 3);
      const plain = evalPlacements(placed(ecbPlusApartSet, seeds), { baseline: false });
      const cased = evalPlacements(
        placed((seed) => withOutletCasing(ecbPlusApartSet(seed)!), seeds),
        { baseline: false },
      );
      console.log(
        `ECB+ apart: recall ${f(plain.newsbot.pairwise.recall)} as written, ${f(cased.newsbot.pairwise.recall)} with headlines in title case or capitals`,
      );
      expect(cased.newsbot.pairwise.precision).toBeGreaterThanOrEqual(0.98);
      expect(cased.newsbot.pairwise.recall).toBeGreaterThan(plain.newsbot.pairwise.recall - 0.015);
    },
  );

  it.each([
    { name: 'deal-events', set: projectDealSet() },
    { name: 'deal-reports dev', set: dealReportSet('dev') },
    { name: 'deal-reports held out', set: dealReportSet('heldout') },
  ])(
    '$name: nine reports in ten read right, final stages right (19 in 20; dev 33 of 35), no noise item moves a stage',
    ({ name, set }) => {
      const s = scoreDeals(set, classifyStage);
      console.log(
        `${name}: ${s.right}/${s.reports} reports, ${s.finalsRight}/${s.finals} final stages, ${s.noiseMoves}/${s.noise} noise moves${s.misread.length ? `\n  ${s.misread.join('\n  ')}` : ''}`,
      );
      expect(s.reports).toBeGreaterThan(0);
      expect(s.right / s.reports).toBeGreaterThanOrEqual(0.9);
      expect(s.finalsRight / s.finals).toBeGreaterThanOrEqual(name === 'deal-reports dev' ? 0.94 : 0.95);
      expect(s.noiseMoves).toBe(0);
    },
  );

  it('reads each set of fresh deal timelines at least as well as at its first read, final stages included', () => {
    const sets = dealTimelineSets();
    expect(sets.length).toBeGreaterThanOrEqual(2);
    for (const set of sets) {
      const s = scoreDeals(set, classifyStage);
      const f = set.firstRead;
      console.log(
        `${set.name}: ${s.right}/${s.reports} reports (first read ${f.right}/${f.reports}), ${s.finalsRight}/${s.finals} final stages (first ${f.finalsRight}/${f.finals}), ${s.noiseMoves}/${s.noise} noise moves${s.misread.length ? `\n  ${s.misread.join('\n  ')}` : ''}`,
      );
      expect(s.reports).toBe(f.reports);
      expect(s.right).toBeGreaterThanOrEqual(f.right);
      expect(s.finalsRight).toBeGreaterThanOrEqual(f.finalsRight);
      expect(s.noiseMoves).toBe(0);
    }
  });

  it('reads the fresh batches as well as after their first read: no noise read as a stage, four reports in five right', () => {
    for (const b of dealBatches()) {
      const s = scoreBatch(b, classifyStage);
      console.log(
        `${b.name}: ${s.right}/${s.reports} reports, ${s.noiseRead}/${s.noise} noise read${s.misread.length ? `\n  ${s.misread.join('\n  ')}` : ''}`,
      );
      expect(s.reports).toBeGreaterThan(0);
      expect(s.right / s.reports).toBeGreaterThanOrEqual(0.8);
      expect(s.noiseRead).toBe(0);
      // A batch only gains from rules written after its first read.
      expect(s.right).toBeGreaterThanOrEqual(b.firstRead.right);
    }
  });

  it.runIf(!!ecb)(
    "reads ECB+'s acquisition documents, real reports by many outlets, at least as well as when they were labelled, none of its noise as a stage",
    () => {
      const b = ecbPlusDealBatch()!;
      const s = scoreBatch(b, classifyStage);
      const phrases = scoreBatch(b, classifyStageByPhrases);
      console.log(
        `${b.name}: ${s.right}/${s.reports} reports (first read ${b.firstRead.right}; phrase lists ${phrases.right}), ${s.noiseRead}/${s.noise} noise read${s.misread.length ? `\n  ${s.misread.join('\n  ')}` : ''}`,
      );
      expect(s.reports).toBe(42);
      expect(s.right).toBeGreaterThanOrEqual(b.firstRead.right);
      expect(s.right).toBeGreaterThan(phrases.right);
      expect(s.noiseRead).toBe(0);
    },
  );

  it('the larger deal set has the size the issue asks for: 300 reports of 60 deals, a part held out', () => {
    const dev = dealReportSet('dev');
    const held = dealReportSet('heldout');
    const reports = [...dev.deals, ...held.deals].reduce((n, d) => n + d.reports.length, 0);
    expect(reports).toBeGreaterThanOrEqual(300);
    expect(dev.deals.length + held.deals.length).toBeGreaterThanOrEqual(60);
    expect(held.deals.length).toBeGreaterThanOrEqual(20);
  });

  it("keeps a deal report's reading when only its form changes: casing, outlet, slug, dateline, the parties' names", () => {
    const scores = scoreRewordings([projectDealSet(), dealReportSet('dev'), dealReportSet('heldout')], classifyStage);
    for (const s of scores) {
      console.log(`reworded, ${s.name}: ${s.kept}/${s.read}${s.lost.length ? `\n  ${s.lost.join('\n  ')}` : ''}`);
      // A reading lost is a rule that knew one set's form, not the grammar; a few may go (measured: 0–2 of 368).
      // (A share would hide a regression of one form: six title-case readings lost once passed 98 %.)
      expect(s.read - s.kept).toBeLessThanOrEqual(2);
    }
    expect(scores.map((s) => s.name)).toContain('parties renamed');
  });

  it("keeps the fresh timeline sets' readings when only their form changes, within a few of what was measured", () => {
    // Measured on 2026-12-06 (sixth session) over the forty-eight sets, 1,499 reports read right
    // as written: readings lost per form. A bar a little above each, as counts (a share let six
    // title-case readings go unnoticed once); a session that adds sets may raise a bar only by
    // what its new sets lose at their first reading, and says so. (2026-12-07, seventy sets, 2,044
    // reports: title case 12 lost, capitals 25, outlet 1, renamed 2 and 7, the rest 0 — under the
    // same bars; the new sets' own first-read losses were mostly mended. That day's second
    // session, 146 sets, 2,835 reports: title case 13, capitals 23, outlet 1, renamed 2 and 8 —
    // the same bars again. 2026-12-07, ninth session, 166 sets, 3,010 reports: title case 14 — one
    // more, at a new set's first reading (set 166's Baidu / YY Live, whose first sentence's
    // "video-based entertainment business" the reader misses, so a title-case headline is no longer
    // confirmed by it) — capitals 24, outlet 1, renamed 2 and 8. With 186 sets, 3,172 reports: title
    // case 15, the new one set 183's "JD Sports Swoops on Finish Line in $558m Deal", whose party's
    // name is two words the reader reads, "finish" and "line", that title case cannot tell from them.
    // At the session's end, 213 sets, 3,359 reports: title case 14 (Baidu's mended), capitals 23,
    // outlet 1, renamed 2 and 8.)
    const lostAtMost: Record<string, number> = {
      'headline in title case': 15,
      'headline in capitals': 25,
      'outlet after the headline': 4,
      'wire slug before it': 3,
      'dateline before the first sentence': 3,
      'amounts as the wire writes them': 4,
      'amounts as the trade press does': 3,
      'amounts in US$': 4,
      'British spelling': 3,
      'parties renamed': 5,
      'parties renamed, long names': 8,
    };
    const scores = scoreRewordings(dealTimelineSets(), classifyStage);
    expect(scores.map((s) => s.name).sort()).toEqual(Object.keys(lostAtMost).sort());
    for (const s of scores) {
      console.log(
        `reworded timelines, ${s.name}: ${s.kept}/${s.read}${s.lost.length ? `\n  ${s.lost.join('\n  ')}` : ''}`,
      );
      expect(s.read - s.kept).toBeLessThanOrEqual(lostAtMost[s.name]!);
    }
  });
});
