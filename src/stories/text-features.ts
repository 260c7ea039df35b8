import { headlineOf, summaryOf } from '../language/outlet-furniture.ts';
import { words } from '../topics/tokenize.ts';

/**
 * What a news text is about, as weighted terms: content words (stop words dropped, lightly
 * stemmed so "negotiations" meets "negotiation"), amounts ("$32 billion" → one term, since a
 * figure is among the most telling details of a story) and capitalized names. Title words
 * count double: a headline states the event.
 */
const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your
  said says say saying according reported reports report reportedly people familiar matter told new news week month year years today yesterday monday tuesday wednesday thursday friday saturday sunday
  company companies firm inc corp co ltd plc group percent per cent mr ms one two three first last may might expected including`.split(
    /\s+/,
  ),
);

/** A light stemmer: enough for plurals and common verb endings in headlines. */
export function stem(w: string): string {
  if (w.length <= 4 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 5) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

const AMOUNT =
  /([$€£¥])\s?(\d+(?:[.,]\d+)*)\s*(billion|million|trillion|bln|mln|bn|mn|m|b|tn|trn|t)?\b|(\d+(?:[.,]\d+)*)\s*(billion|million|trillion|bln|mln)\b\s*(?:dollars|dlrs?|euros|pounds|stg|sterling|yen)?/gi;
// Wire copy writes "4.2 bln dlrs" and "420 mln stg"; trade press "$4.2bn" and "$420m".
const SCALE: Record<string, string> = {
  billion: 'b',
  bln: 'b',
  bn: 'b',
  b: 'b',
  million: 'm',
  mln: 'm',
  mn: 'm',
  m: 'm',
  trillion: 't',
  tn: 't',
  trn: 't',
  t: 't',
};

/** "$68.7 billion", "$69bn" and "68.7 billion dollars" become comparable terms. */
export function amounts(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const num = (m[2] ?? m[4] ?? '').replace(/,/g, '');
    const scale = SCALE[(m[3] ?? m[5] ?? '').toLowerCase()] ?? '';
    const value = Number(num);
    if (!Number.isFinite(value)) continue;
    // Round so "$68.7 billion" and "$69 billion" (the same deal, rounded) meet.
    out.push(`#${scale ? Math.round(value) : num}${scale}`);
  }
  return out;
}

export interface TermWeights {
  /** term → raw weight before rarity (tf with field boosts). */
  tf: Map<string, number>;
  /** The terms (as in `tf`) that are names: companies, people, products, places. */
  names: Set<string>;
  /** The names its headline gives: the actors of what it reports. */
  titleNames: Set<string>;
  /** Its headline's terms in order (for `filledDifferently`: one template, other names). */
  titleTerms: string[];
}

/**
 * A figure is one word: "1,200" and "1200" meet, and "5.9" is "5d9" rather than the words "5"
 * and "9" (which every figure of the day shares). Amounts are read from the text as written.
 */
function figures(text: string): string {
  if (!NUMERIC.test(text)) return text;
  return text.replace(THOUSANDS, '$1').replace(DECIMAL, '$1d$2');
}
const NUMERIC = /\d[.,]\d/;
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;
const DECIMAL = /(\d)\.(\d)/g;

export function termsOf(title: string, summary: string, nameBoost = 1.5): TermWeights {
  title = headlineOf(title);
  summary = summaryOf(summary, title);
  const tf = new Map<string, number>();
  const names = new Set<string>();
  const add = (term: string, w: number) => tf.set(term, (tf.get(term) ?? 0) + w);
  // A capitalized word is a name when it is not where any word would be capitalized (the start
  // of the text), or when the item also writes it capitalized elsewhere; ALL-CAPS words are names.
  const titleWords = words(figures(title));
  const summaryWords = words(figures(summary));
  const midCaps = new Set<string>();
  // A headline in title case ("Microsoft Agrees to Buy Activision", as many US outlets write
  // them) or in capitals capitalizes every word: there the summary says which are names, and
  // a short all-capitals word among title-cased ones is an acronym (IBM, FTC).
  const content = titleWords.filter((w) => !STOP.has(w.toLowerCase()) && /^\p{L}/u.test(w));
  const casedTitle = content.length >= 3 && content.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * content.length;
  const capitalsTitle = casedTitle && content.every((w) => w === w.toUpperCase());
  for (const ws of casedTitle ? [summaryWords] : [titleWords, summaryWords])
    ws.forEach((w, i) => i > 0 && /^\p{Lu}/u.test(w) && midCaps.add(w.toLowerCase()));
  // A first word is usually the actor ("Cisco to buy Splunk", "Splunk shareholders will…"): a
  // name, unless the item also writes it in lower case ("Regulators …" / "… the regulators").
  const lowerSeen = new Set<string>();
  for (const ws of [titleWords, summaryWords]) for (const w of ws) if (/^\p{Ll}/u.test(w)) lowerSeen.add(w);
  for (const ws of [titleWords, summaryWords]) {
    const first = ws[0]?.toLowerCase();
    if (first && /^\p{Lu}\p{Ll}/u.test(ws[0]!) && !lowerSeen.has(first) && !STOP.has(first)) midCaps.add(first);
  }
  const titleTerms: string[] = [];
  const field = (ws: string[], text: string, boost: number) => {
    ws.forEach((w, i) => {
      const lower = w.toLowerCase();
      if (STOP.has(lower) || (lower.length < 2 && !/\d/.test(lower))) return;
      const acronym = w === w.toUpperCase() && !/\d/.test(w);
      const isName =
        w.length > 1 &&
        /^\p{Lu}/u.test(w) &&
        (casedTitle && ws === titleWords
          ? midCaps.has(lower) || (acronym && w.length <= 5 && !capitalsTitle)
          : i > 0 || midCaps.has(lower) || acronym);
      const term = stem(lower);
      if (ws === titleWords) titleTerms.push(term);
      if (isName) names.add(term);
      add(term, boost * (isName ? nameBoost : 1));
    });
    for (const a of amounts(text)) add(a, boost * 1.5);
  };
  field(titleWords, title, 2);
  const titleNames = new Set(names);
  field(summaryWords, summary, 1);
  // Sub-linear term frequency: repeating a word is weaker evidence than a new one.
  for (const [t, v] of tf) tf.set(t, 1 + Math.log(v));
  return { tf, names, titleNames, titleTerms };
}

/**
 * Every capitalized word of a text (stemmed, lower-cased, stop words left out), the first word
 * included: in a headline it is usually the actor ("Microsoft weighs …"). Looser than the names
 * of `termsOf`, for asking whether two reports are about the same actors.
 */
export function capitalizedTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.length < 2 || !/^\p{Lu}/u.test(w)) continue;
    const lower = w.toLowerCase();
    if (!STOP.has(lower)) out.add(stem(lower));
  }
  return out;
}
