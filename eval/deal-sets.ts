import fs from 'node:fs';
import path from 'node:path';
import type { Stage } from '../src/deals/stages.ts';
import { ecbPlusPath } from './grouping-sets.ts';

export interface DealReport {
  date: string;
  stage: Stage;
  title: string;
  summary: string;
}
export interface LabelledDeal {
  id: string;
  /** The companies the deal is between, as the reports name them. */
  parties: string[];
  final: Stage;
  reports: DealReport[];
  noise: { date: string; title: string; summary: string }[];
}
export interface DealSet {
  name: string;
  role: string;
  deals: LabelledDeal[];
}

const root = path.resolve(import.meta.dirname, '..');
const read = (p: string) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8'));

/** test/fixtures/deal-events.json: the set the first phrase rules were written against. */
export function projectDealSet(): DealSet {
  const f = read('test/fixtures/deal-events.json') as {
    deals: { id: string; parties: string[]; final: Stage; events: DealReport[] }[];
    noise: { deal: string; date: string; title: string; summary: string }[];
  };
  return {
    name: 'deal-events (63 reports, 16 deals)',
    role: 'own set, tuned on',
    deals: f.deals.map((d) => ({
      id: d.id,
      parties: d.parties,
      final: d.final,
      reports: d.events.map((e) => ({ ...e, summary: e.summary ?? '' })),
      noise: f.noise.filter((n) => n.deal === d.id),
    })),
  };
}

/** eval/sets/deal-reports.json, one split: 'dev' may be tuned on, 'heldout' never. */
export function dealReportSet(split: 'dev' | 'heldout'): DealSet {
  const f = read('eval/sets/deal-reports.json') as {
    deals: { id: string; parties: string[]; final: Stage; split: string; events: [string, Stage, string, string?][] }[];
    noise: [string, string, string][];
  };
  const deals = f.deals.filter((d) => d.split === split);
  return {
    name: `deal-reports ${split} (${deals.reduce((n, d) => n + d.events.length, 0)} reports, ${deals.length} deals)`,
    role: split === 'dev' ? 'own set, tuned on' : 'own set, never tuned on',
    deals: deals.map((d) => ({
      id: d.id,
      parties: d.parties,
      final: d.final,
      reports: d.events.map(([date, stage, title, summary]) => ({ date, stage, title, summary: summary ?? '' })),
      noise: f.noise.filter((n) => n[0] === d.id).map(([, date, title]) => ({ date, title, summary: '' })),
    })),
  };
}

/** What a set read the first time, before any rule was written for it. */
export interface FirstRead {
  right: number;
  reports: number;
  finalsRight: number;
  finals: number;
  noiseMoves: number;
  noise: number;
}

/**
 * eval/sets/deal-timelines.json: sets of fresh timelines of real deals, each report with its stage
 * and each deal with its final one, each set read once before any rule was written for it (the
 * figure for unseen text, final stages included), development text since.
 */
export function dealTimelineSets(): (DealSet & { firstRead: FirstRead })[] {
  const f = read('eval/sets/deal-timelines.json') as {
    sets: {
      name: string;
      firstRead: FirstRead;
      deals: { id: string; parties: string[]; final: Stage; events: [string, Stage, string, string?][] }[];
      noise: [string, string, string][];
    }[];
  };
  return f.sets.map((t) => ({
    name: `deal ${t.name} (${t.deals.reduce((n, d) => n + d.events.length, 0)} reports, ${t.deals.length} deals)`,
    role: 'own set, written after every rule of its day; development text since its first read',
    firstRead: t.firstRead,
    deals: t.deals.map((d) => ({
      id: d.id,
      parties: d.parties,
      final: d.final,
      reports: d.events.map(([date, stage, title, summary]) => ({ date, stage, title, summary: summary ?? '' })),
      noise: t.noise.filter((n) => n[0] === d.id).map(([, date, title]) => ({ date, title, summary: '' })),
    })),
  }));
}

/** One fresh batch (eval/sets/deal-batches.json): reports each read alone, for the deal named beside it. */
export interface DealBatch {
  name: string;
  /** What the reader made of it the first time, before any rule was written for it. */
  firstRead: { right: number; reports: number; noiseRead: number; noise: number };
  /** A label changed since the first read, and why. */
  note?: string;
  /** [party, party, stage or null for noise, headline, first sentence]; a party may be written several ways ("HPE|Hewlett Packard Enterprise"). */
  rows: [string, string, Stage | null, string, string][];
}

/** The fresh batches: each written before the reader saw it, development text since its first read. */
export function dealBatches(): DealBatch[] {
  return (read('eval/sets/deal-batches.json') as { batches: DealBatch[] }).batches;
}

/**
 * The ECB+ documents that report an acquisition, labelled with the stage each reports
 * (eval/sets/ecbplus-deal-stages.json holds the labels by document; the text is read from the
 * corpus at run time, never copied here): real news by many outlets, the one deal set here that
 * nobody on the project wrote. A batch as `scoreBatch` reads one: each document for its deal,
 * its first sentence as the headline and the next three as the summary. Undefined without ECB+.
 */
export function ecbPlusDealBatch(file = ecbPlusPath()): DealBatch | undefined {
  if (!file) return undefined;
  const labels = read('eval/sets/ecbplus-deal-stages.json') as {
    firstRead: DealBatch['firstRead'];
    deals: Record<string, string[]>;
    docs: [string, string, Stage | null][];
  };
  const corpus = JSON.parse(fs.readFileSync(file, 'utf8')) as { items: { doc: string; title: string; text: string }[] };
  const byDoc = new Map(corpus.items.map((it) => [it.doc, it]));
  return {
    name: `ECB+ acquisition documents (${labels.docs.length} real reports of 4 deals by many outlets, 2006-2012)`,
    firstRead: labels.firstRead,
    rows: labels.docs.map(([doc, deal, stage]) => {
      const it = byDoc.get(doc);
      if (!it) throw new Error(`newsbot/eval-set: ECB+ has no document ${doc} (is ${file} the corpus?)`);
      const [a, b] = labels.deals[deal]!;
      return [a!, b!, stage, it.title, it.text];
    }),
  };
}
