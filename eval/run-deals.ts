import { buildTimeline, type DealEvidence } from '../src/deals/deal-timeline.ts';
import type { StageReading } from '../src/deals/classify-stage.ts';
import { aboutDeal, type DealSpec } from '../src/deals/deal.ts';
import type { DealSet } from './deal-sets.ts';

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
    // (A party written several ways: "Hewlett Packard Enterprise|HPE".)
    const deal: DealSpec = {
      parties: d.parties.map((p) => {
        const [name, ...aliases] = p.split('|');
        return { name: name!, aliases };
      }),
    };
    const about = (r: StageReading | null, text: string) => (r && aboutDeal(deal, r, text) ? r : null);
    const ev: DealEvidence[] = [];
    d.reports.forEach((r, i) => {
      const got = about(read(r.title, r.summary), `${r.title} ${r.summary}`);
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
        reading: about(read(n.title, n.summary), `${n.title} ${n.summary}`),
      });
    });
    const t = buildTimeline(ev);
    if (t.stage === d.final) s.finalsRight++;
    else s.misread.push(`${d.id}: ends ${t.stage ?? 'nowhere'}, labelled ${d.final}`);
    s.noiseMoves += t.entries.filter((e) => e.moved && e.evidenceId.startsWith('noise-')).length;
  }
  return s;
}
