import fs from 'node:fs';
import path from 'node:path';

/** One labelled report: the real event it reports, when it was published, what it says. */
export interface LabelledItem {
  id: string;
  event: string;
  title: string;
  summary: string;
  publishedAt: number;
}

export interface GroupingSet {
  name: string;
  /** What the figures on this set mean: training, development or held out. */
  role: string;
  items: LabelledItem[];
}

const root = path.resolve(import.meta.dirname, '..');

/** A set kept as `{ items: [{ event, at, title, summary }] }`, its items numbered `prefix-i`. */
function datedItems(file: string, prefix: string): LabelledItem[] {
  const f = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as {
    items: { event: string; at: string; title: string; summary: string }[];
  };
  return f.items.map((it, i) => ({
    id: `${prefix}-${i}`,
    event: it.event,
    title: it.title,
    summary: it.summary,
    publishedAt: Date.parse(it.at),
  }));
}

/** Our own labelled set (test/fixtures/story-events.json): tuned on, so training figures. */
export function projectStorySet(): GroupingSet {
  return {
    name: 'newsbot story-events',
    role: 'own set, tuned on',
    items: datedItems('test/fixtures/story-events.json', 'se'),
  };
}

/**
 * One sender's template about different deals beside outlets' reports of them
 * (eval/sets/templates.json): law firms' investor alerts, each filled with one deal's names.
 */
export function templateSet(): GroupingSet {
  return {
    name: "press-release templates (four law firms' alerts about six deals, beside two outlets' reports of each)",
    role: 'own set, tuned on',
    items: datedItems('eval/sets/templates.json', 'tp'),
  };
}

/**
 * One event framed as different outlets frame it (eval/sets/framings.json, our own paraphrases of
 * real events): the framings of an event arrive over three hours, and each should join one story.
 */
export function framingSet(
  part: 'dev' | 'heldout' = 'dev',
): GroupingSet & { framings: { event: string; titles: string[] }[] } {
  const file = part === 'dev' ? 'eval/sets/framings.json' : 'eval/sets/framings-heldout.json';
  const f = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as {
    events: [string, string, [string, string][]][];
  };
  const items: LabelledItem[] = f.events.flatMap(([event, at, framings]) =>
    framings.map(([title, summary], k) => ({
      id: `fr-${event}-${k}`,
      event,
      title,
      summary,
      publishedAt: Date.parse(at) + k * 40 * 60_000,
    })),
  );
  return {
    name: `framings${part === 'heldout' ? ', held out' : ''} (one event as five kinds of outlets frame it)`,
    role:
      part === 'dev'
        ? 'own set, tuned on (first reads: recall 0.913 and 12 of 15 events one development; 8 more written later, 0.813 and 5 of 8)'
        : 'own set, never tuned on',
    items,
    framings: f.events.map(([event, , framings]) => ({ event, titles: framings.map(([t]) => t) })),
  };
}

/** Where ECB+ is: next to the project in the workspace, or NEWSBOT_ECBPLUS. Never copied in. */
export function ecbPlusPath(): string | undefined {
  return [
    process.env.NEWSBOT_ECBPLUS,
    path.resolve(root, '../shared/corpora/ecbplus/ecbplus-events.json'),
    '/work/shared/corpora/ecbplus/ecbplus-events.json',
  ].find((p): p is string => !!p && fs.existsSync(p));
}

/** A small deterministic generator, so every run places the documents the same way. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * ECB+ (Cybulska and Vossen 2014, CC BY 3.0): 982 documents in 43 topics, each topic holding
 * two different real events of the same kind. The corpus has no dates, so each topic gets a
 * day of its own and both of its events are placed at random times within that day: the
 * grouper must tell "AMD buys ATI" from "AMD buys SeaMicro" by what they say, not by when.
 * Documents arrive shuffled (seeded), as polls of many outlets would bring them. A single-pass
 * grouper's figures depend on that order (by ±0.02 F1 here), so `npm run eval` reports the mean
 * over `PLACEMENTS` seeds, never one lucky order.
 */
export function ecbPlusSet(seed = PLACEMENTS[0]!, file = ecbPlusPath()): GroupingSet | undefined {
  return ecbPlus(file, 'one day', seed);
}

/** The seeds of the placements ECB+ figures are averaged over. */
export const PLACEMENTS = [20141, 1, 2, 3, 4, 5, 6, 7];

/**
 * ECB+ placed as a news day is: the first event of every topic within the same two days, the
 * second events ten days later. Each window holds 43 concurrent events of different kinds
 * (an earthquake, an acquisition, an arrest…), and a topic's two look-alike events never meet.
 * What it measures is mostly recall: whether differently worded reports of one real event,
 * from different outlets, join one story — without letting the day's other events in.
 */
export function ecbPlusApartSet(seed = PLACEMENTS[0]!, file = ecbPlusPath()): GroupingSet | undefined {
  return ecbPlus(file, 'apart', seed);
}

function ecbPlus(file: string | undefined, placing: 'one day' | 'apart', seed: number): GroupingSet | undefined {
  if (!file) return undefined;
  const f = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    items: { event: string; topic: number; doc: string; title: string; text: string }[];
  };
  const rand = mulberry32(seed);
  const day = 86_400_000;
  const base = Date.parse('2026-01-01T00:00:00Z');
  // A topic's events in order of first appearance: the first goes to the first window.
  const eventsOf = new Map<number, string[]>();
  for (const it of f.items) {
    const seen = eventsOf.get(it.topic) ?? [];
    if (!seen.includes(it.event)) seen.push(it.event);
    eventsOf.set(it.topic, seen);
  }
  const items = f.items.map((it) => ({
    id: `ecb-${it.doc}`,
    event: it.event,
    title: it.title,
    summary: it.text,
    publishedAt:
      placing === 'one day'
        ? base + it.topic * day + Math.floor(rand() * day)
        : base + eventsOf.get(it.topic)!.indexOf(it.event) * 10 * day + Math.floor(rand() * 2 * day),
  }));
  return placing === 'one day'
    ? { name: 'ECB+ (982 docs, 43 topics × 2 events)', role: 'development set', items }
    : { name: 'ECB+, events apart (43 events a window)', role: 'development set', items };
}

const SMALL_WORDS = new Set('a an the of in to for on and or but at by with from as is'.split(' '));
const titleCase = (t: string) =>
  t
    .split(' ')
    .map((w, i) =>
      i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ');

/**
 * The same set with headlines as other outlets write them: every second one in title case
 * ("Microsoft Agrees to Buy Activision"), every fourth in capitals (wire copy). The words are
 * the same, so grouping should barely notice.
 */
export function withOutletCasing(set: GroupingSet): GroupingSet {
  return {
    ...set,
    name: `${set.name}, headlines in title case or capitals`,
    items: set.items.map((it, i) => ({
      ...it,
      title: i % 4 === 3 ? it.title.toUpperCase() : i % 2 === 1 ? titleCase(it.title) : it.title,
    })),
  };
}

const OUTLETS = [
  'Reuters',
  'CNBC',
  'Bloomberg',
  'The Wall Street Journal',
  'Financial Times',
  'Yahoo Finance',
  'BBC News',
];
const KICKERS = ['UPDATE 2-', 'EXCLUSIVE-', 'BREAKING: ', 'Exclusive: ', 'RPT-', 'Analysis: '];

/**
 * The same set with headlines as aggregators and wires deliver them: each followed by its outlet
 * ("… - Reuters", "… | Financial Times", "… — CNBC"), every second one after a wire slug or a
 * kicker ("UPDATE 2-", "BREAKING: "). Neither is part of the event, so grouping should not notice.
 */
export function withOutletSuffix(set: GroupingSet): GroupingSet {
  const dashes = [' - ', ' | ', ' — '];
  return {
    ...set,
    name: `${set.name}, headlines with their outlet after them and a slug before`,
    items: set.items.map((it, i) => ({
      ...it,
      title: `${i % 2 ? KICKERS[(i >> 1) % KICKERS.length] : ''}${it.title}${dashes[i % dashes.length]}${OUTLETS[(i * 3 + (i >> 2)) % OUTLETS.length]}`,
    })),
  };
}
