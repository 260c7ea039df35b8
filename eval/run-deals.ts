import { buildTimeline, type DealEvidence } from '../src/deals/deal-timeline.ts';
import type { StageReading } from '../src/deals/classify-stage.ts';
import { readingAbout, type DealSpec } from '../src/deals/deal.ts';
import type { DealBatch, DealSet } from './deal-sets.ts';

export type Reader = (title: string, summary?: string) => StageReading | null;

export interface DealScores {
  reports: number;
  right: number;
  finals: number;
  finalsRight: number;
  noise: number;
  noiseMoves: number;
  misread: string[];
}

/** A labelled deal's parties, each written one or several ways: "Hewlett Packard Enterprise|HPE". */
function dealOf(parties: string[]): DealSpec {
  return {
    parties: parties.map((p) => {
      const [name, ...aliases] = p.split('|');
      return { name: name!, aliases };
    }),
  };
}

/**
 * Report accuracy (each report read alone), final-stage accuracy (each deal's reports and its
 * noise in publication order through the timeline) and noise moves (noise that moved a stage).
 */
export function scoreDeals(set: DealSet, read: Reader): DealScores {
  const s: DealScores = {
    reports: 0,
    right: 0,
    finals: set.deals.length,
    finalsRight: 0,
    noise: 0,
    noiseMoves: 0,
    misread: [],
  };
  for (const d of set.deals) {
    // As the bot reads a deal's stories: a transaction done to someone else is another deal's.
    const deal = dealOf(d.parties);
    const ev: DealEvidence[] = [];
    d.reports.forEach((r, i) => {
      const got = readingAbout(deal, r.title, r.summary, read);
      s.reports++;
      if (got?.stage === r.stage) s.right++;
      else
        s.misread.push(
          `${d.id}: "${r.title}" → ${got?.stage ?? 'nothing'}${got ? ` ("${got.phrase}")` : ''}, labelled ${r.stage}`,
        );
      ev.push({
        id: `${d.id}-${String(i).padStart(3, '0')}`,
        publishedAt: Date.parse(r.date),
        headline: r.title,
        summary: r.summary,
        sources: [],
        reading: got,
      });
    });
    d.noise.forEach((n, i) => {
      s.noise++;
      ev.push({
        id: `noise-${i}`,
        publishedAt: Date.parse(n.date),
        headline: n.title,
        summary: n.summary,
        sources: [],
        reading: readingAbout(deal, n.title, n.summary, read),
      });
    });
    const t = buildTimeline(ev);
    if (t.stage === d.final) s.finalsRight++;
    else s.misread.push(`${d.id}: ends ${t.stage ?? 'nowhere'}, labelled ${d.final}`);
    s.noiseMoves += t.entries.filter((e) => e.moved && e.evidenceId.startsWith('noise-')).length;
  }
  return s;
}

/**
 * A fresh batch, each report read alone for its own deal (as `deal-book.ts` reads a story for a
 * deal): reports read right, and noise items that read as any stage at all (stricter than a
 * move, which a stage already reached would not be).
 */
export function scoreBatch(batch: DealBatch, read: Reader) {
  const s = { right: 0, reports: 0, noiseRead: 0, noise: 0, misread: [] as string[] };
  for (const [a, b, stage, title, summary] of batch.rows) {
    const deal = dealOf([a, b]);
    const got = readingAbout(deal, title, summary, read);
    if (stage === null) {
      s.noise++;
      if (got) {
        s.noiseRead++;
        s.misread.push(`noise "${title}" → ${got.stage} ("${got.phrase}")`);
      }
      continue;
    }
    s.reports++;
    if (got?.stage === stage) s.right++;
    else s.misread.push(`"${title}" → ${got?.stage ?? 'nothing'}${got ? ` ("${got.phrase}")` : ''}, labelled ${stage}`);
  }
  return s;
}
