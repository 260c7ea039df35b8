import * as dealWords from './deal-words.ts';

/** Every word a rule of the reader asks for, by its dictionary form or as written. */
const READ = new Set<string>();
for (const set of Object.values(dealWords)) if (set instanceof Set) for (const w of set) READ.add(String(w));
// The small words of a clause, which the rules read by position ("to", "will", "could", "says"),
// and the words of the phrases `resolve-predicate.ts` reads as written ("lines up", "thumbs up",
// "walks away", "on ice", "in limbo", "poison pill", "green light").
for (const w of `to for of in on at with as after amid over from by into up down out off away its their is are was
  were be been has have had not no and or but than says said say could would may might will can should
  line thumb thumbs move walk call pull give bow drop fall break take snap scoop pick gobble join forces wrap
  set sights throw towel lose near vote urge win stop turn push seal clear hold ice limbo doubt jeopardy risk
  principle poison pill war light green red flag nod track dead plug time`.split(/\s+/))
  READ.add(w);

/** Whether a lower-case word, or the stem of its inflection, is one the rules read. */
function read(lower: string): boolean {
  if (READ.has(lower)) return true;
  const stem = lower.replace(/(?:ing|ed|es|s|d)$/, '');
  return stem !== lower && [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].some((c) => READ.has(c));
}

// (Whole words only: not the "rse" of "Börse".)
const WORD = /(?<!\p{L})\p{L}+/gu;

/**
 * A headline in title case capitalizes its verbs, and the tagger then reads them as names ("EU
 * Vetoes LSE's Merger with Deutsche Börse", "CSN Tables Rival Offer for Corus"). In such a
 * headline each word the reader's rules ask for is put in lower case, past the first word (the
 * actor, usually: "Block Buys Afterpay"); names and acronyms keep their case. The length never
 * changes, so offsets into the result are offsets into the text.
 */
export function sentenceCased(text: string): string {
  const words = text.match(/(?<!\p{L})\p{L}[\p{L}'’]{3,}/gu) ?? [];
  if (words.length < 3) return text;
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalized / words.length < 0.8) return text;
  let first = true;
  return text.replace(WORD, (w) => {
    const isFirst = first;
    first = false;
    if (isFirst || !/^[A-Z][a-z]+$/.test(w)) return w;
    return read(w.toLowerCase()) ? w.toLowerCase() : w;
  });
}
