import type { Reader } from './run-deals.ts';
import type { DealReport, DealSet } from './deal-sets.ts';

/**
 * The same report as another outlet would print it: only the form changes, never what it says,
 * so a reader that reads the grammar keeps its reading. A rule written to fit one set's casing,
 * outlet or company names shows up here as a reading lost (after CheckList's invariance tests,
 * Ribeiro et al. 2020).
 */
export interface Rewording {
  name: string;
  reword(report: DealReport, parties: string[]): { title: string; summary: string };
}

const SMALL = new Set('a an the of in to for on and or but at by with from as is'.split(' '));
const titleCase = (t: string) =>
  t
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');

// Names no rule has seen, two words and one, so a rule that knows a company by name shows.
const STAND_INS = ['Velmora Holdings', 'Brisco', 'Quantrix Systems', 'Ardent'];
// And long ones, as real names run ("Hewlett Packard Enterprise", "Cleveland-Cliffs"): a rule
// that counts words to reach a deal must count a name as one.
const LONG_STAND_INS = [
  'Velmora Global Holdings',
  'Brisco-Halden Industries',
  'Quantrix Systems Group',
  'Ardent Capital Partners',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each party, and its first word alone where it is a word of its own ("Activision" for "Activision Blizzard"). */
function renamed(text: string, parties: string[], standIns = STAND_INS): string {
  let out = text;
  // (A party may be written several ways: "Hewlett Packard Enterprise|HPE".)
  parties.forEach((written, k) => {
    const to = standIns[k % standIns.length]!;
    const aliases = written.split('|');
    const first = aliases[0]!.split(' ')[0]!;
    for (const name of first.length > 3 && first !== aliases[0] ? [...aliases, first] : aliases)
      out = out.replace(new RegExp(`(?<![\\p{L}-])${escape(name)}(?![\\p{L}])`, 'giu'), (m) =>
        m === m.toUpperCase() ? to.toUpperCase() : to,
      );
  });
  return out;
}

// Amounts as other desks write them: "$4.2 billion" → "4.2 bln dlrs" (wire), "$4.2bn" (trade
// press), "US$4.2 billion" (Asian and Australian press).
const AMOUNT = /\$(\d+(?:[.,]\d+)?)\s?(billion|bn|million|mln|m)\b/gi;
const SCALE: Record<string, [string, string]> = {
  billion: ['bln', 'bn'],
  bn: ['bln', 'bn'],
  million: ['mln', 'm'],
  mln: ['mln', 'm'],
  m: ['mln', 'm'],
};
const amountsAs = (style: 'wire' | 'trade' | 'us$') => (text: string) =>
  text.replace(AMOUNT, (_m, n: string, scale: string) => {
    const [wire, short] = SCALE[scale.toLowerCase()]!;
    if (style === 'wire') return `${n} ${wire} dlrs`;
    if (style === 'trade') return `$${n}${short}`;
    return `US$${n} ${wire === 'bln' ? 'billion' : 'million'}`;
  });

// British spelling of the words deal news uses.
const BRITISH: [RegExp, string][] = [
  [/\b(favo)r/g, '$1ur'],
  [/\b(authori|finali|recogni|organi|reali|summari)z/g, '$1s'],
  [/\bdefense\b/g, 'defence'],
  [/\blicense\b/g, 'licence'],
  [/\bprogram\b/g, 'programme'],
];
const british = (text: string) => BRITISH.reduce((t, [re, to]) => t.replace(re, to), text);

export const REWORDINGS: Rewording[] = [
  { name: 'headline in title case', reword: (r) => ({ title: titleCase(r.title), summary: r.summary }) },
  { name: 'headline in capitals', reword: (r) => ({ title: r.title.toUpperCase(), summary: r.summary }) },
  { name: 'outlet after the headline', reword: (r) => ({ title: `${r.title} - Reuters`, summary: r.summary }) },
  { name: 'wire slug before it', reword: (r) => ({ title: `UPDATE 2-${r.title}`, summary: r.summary }) },
  {
    name: 'dateline before the first sentence',
    reword: (r) => ({ title: r.title, summary: r.summary && `NEW YORK, March 3 (Reuters) - ${r.summary}` }),
  },
  {
    name: 'amounts as the wire writes them',
    reword: (r) => ({ title: amountsAs('wire')(r.title), summary: amountsAs('wire')(r.summary) }),
  },
  {
    name: 'amounts as the trade press does',
    reword: (r) => ({ title: amountsAs('trade')(r.title), summary: amountsAs('trade')(r.summary) }),
  },
  {
    name: 'amounts in US$',
    reword: (r) => ({ title: amountsAs('us$')(r.title), summary: amountsAs('us$')(r.summary) }),
  },
  { name: 'British spelling', reword: (r) => ({ title: british(r.title), summary: british(r.summary) }) },
  {
    name: 'parties renamed',
    reword: (r, parties) => ({ title: renamed(r.title, parties), summary: renamed(r.summary, parties) }),
  },
  {
    name: 'parties renamed, long names',
    reword: (r, parties) => ({
      title: renamed(r.title, parties, LONG_STAND_INS),
      summary: renamed(r.summary, parties, LONG_STAND_INS),
    }),
  },
];

export interface RewordingScore {
  name: string;
  /** Reports the reader reads right as written. */
  read: number;
  /** Of those, reworded and still read the same. */
  kept: number;
  lost: string[];
}

/** For each rewording, how many of the reports read right as written keep their reading. */
export function scoreRewordings(sets: DealSet[], read: Reader, rewordings = REWORDINGS): RewordingScore[] {
  const right = sets.flatMap((set) =>
    set.deals.flatMap((d) =>
      d.reports.filter((r) => read(r.title, r.summary)?.stage === r.stage).map((r) => ({ r, parties: d.parties })),
    ),
  );
  return rewordings.map((w) => {
    const lost: string[] = [];
    for (const { r, parties } of right) {
      const { title, summary } = w.reword(r, parties);
      const got = read(title, summary)?.stage;
      if (got !== r.stage) lost.push(`"${title}" → ${got ?? 'nothing'}, labelled ${r.stage}`);
    }
    return { name: w.name, read: right.length, kept: right.length - lost.length, lost };
  });
}
