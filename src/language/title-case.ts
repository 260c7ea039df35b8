import * as dealWords from './deal-words.ts';

/** Every word a rule of the reader asks for, by its dictionary form or as written. */
const READ = new Set<string>();
for (const set of Object.values(dealWords)) if (set instanceof Set) for (const w of set) READ.add(String(w));
// The small words of a clause, which the rules read by position ("to", "will", "could", "says"),
// and the words of the phrases `resolve-predicate.ts` reads as written ("lines up", "thumbs up",
// "walks away", "on ice", "in limbo", "poison pill", "green light").
const FUNCTION_WORDS =
  `to for of in on at with as after amid over against among from by into up down out off away its their is are was
  were be been has have had not no and or but than says said say could would may might will can should`.split(/\s+/);
for (const w of FUNCTION_WORDS) READ.add(w);
for (const w of `line thumb thumbs move walk call pull give bow drop fall break take snap scoop pick gobble join forces wrap
  set sights throw towel lose near vote urge win stop turn push seal clear hold ice limbo doubt jeopardy risk
  principle poison pill war light green red flag nod track dead plug time wave rope white scheme bet pave comment order force compel require splash fork`.split(
  /\s+/,
))
  READ.add(w);

/** Words of companies' names that the rules also read: "Velmora Global Holdings", "Acme Group". */
const NAME_PART = new Set(
  'holdings holding group bank capital partners equity power services stores brands networks mining investment investments industries systems trust fund board'.split(
    ' ',
  ),
);

/** Whether a lower-case word, or the stem of its inflection, is in `set`. */
function within(set: Set<string>, lower: string): boolean {
  if (set.has(lower)) return true;
  const stem = lower.replace(/(?:ing|ed|es|s|d)$/, '');
  return stem !== lower && [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].some((c) => set.has(c));
}

// (Whole words only: not the "rse" of "Börse".)
const WORD = /(?<!\p{L})\p{L}+/gu;

// The short words title case leaves in lower case ("Gets Green Light from Brussels with Conditions").
const SMALL = new Set([
  'from',
  'with',
  'into',
  'over',
  'than',
  'that',
  'this',
  'upon',
  'onto',
  'amid',
  'after',
  // (Three letters: a short headline's "to Buy AOL for" has few longer words.)
  'the',
  'and',
  'for',
  'but',
  'nor',
  'via',
  'per',
]);

/** An amount's scale or currency as written after its figure: "bln", "billion", "dlrs", "stg", "pct". */
const AMOUNT_UNIT =
  /^(?:billions?|bln|bn|millions?|mln|mn|trillions?|tn|dlrs?|dollars?|euros?|pounds?|stg|yen|yuan|pence|cents?|pct|percent)$/u;

/** Whether a headline capitalizes (nearly) every word of four letters or more but its small words. */
export function isTitleCase(text: string): boolean {
  // (Words of three letters or more: "Verizon to Buy AOL for $4.4 Billion" is title case.)
  // (Not a compound's later part nor a domain's, which title case leaves as they are: "JAB-led",
  // "Jet.com".)
  const words = (text.match(/(?<![\p{L}.-])\p{L}[\p{L}'’]{2,}/gu) ?? []).filter(
    (w) => !SMALL.has(w) && !AMOUNT_UNIT.test(w),
  );
  // (Two such words are enough when both are the reader's: "BT Completes EE Acquisition", whose
  // names are two letters long.)
  const readWords = words.filter((w) => /^\p{Lu}/u.test(w) && within(READ, w.toLowerCase()));
  if (words.length < 3 && !(words.length === 2 && readWords.length === 2)) return false;
  // A word the reader reads, written in lower case, is a sentence's: a short headline of names is
  // not title case for its names ("Elliott Management backs Sempra's bid for Oncor"). (Not a
  // compound's later part, which title case leaves in lower case: "All-stock Deal".)
  // (Nor an amount's unit, which title case often leaves as the wire writes it: "for up to 3.5 bln
  // dlrs", "for US$6.2 billion".)
  const heads = text.match(/(?<![\p{L}-])\p{L}[\p{L}'’]{2,}/gu) ?? [];
  const sentence = (w: string) => !SMALL.has(w) && !AMOUNT_UNIT.test(w) && within(READ, w.replace(/['’]s$/, ''));
  if (heads.some((w) => /^\p{Ll}/u.test(w) && sentence(w))) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.8;
}

/**
 * A headline in title case capitalizes its verbs, and the tagger then reads them as names ("EU
 * Vetoes LSE's Merger with Deutsche Börse", "CSN Tables Rival Offer for Corus"). In such a
 * headline each word the reader's rules ask for is put in lower case, past the first word (the
 * actor, usually: "Block Buys Afterpay"); names and acronyms keep their case. The length never
 * changes, so offsets into the result are offsets into the text.
 */
export function sentenceCased(text: string): string {
  if (!isTitleCase(text)) return text;
  // A word that names companies, after a name's word, is the name's too: "Velmora Global Holdings
  // bags Globex", "Acme Group buys Globex Bank unit".
  let first = true;
  let inName = false;
  // (Or before one, where it opens the name: "takes control of Bank Danamon".)
  return text.replace(WORD, (w, at: number) => {
    const isFirst = first;
    first = false;
    const lower = w.toLowerCase();
    const next = /^\s+(\p{Lu}\p{L}*)/u.exec(text.slice(at + w.length))?.[1];
    const opensName = next !== undefined && !within(READ, next.toLowerCase());
    // (A name's word after a hyphen is the name's too: "Charter-Time Warner Cable"; so is one before
    // a hyphen and a name's word: "Take-Two".)
    const tail = text[at + w.length] === '-' ? /^-(\p{Lu}\p{L}*)/u.exec(text.slice(at + w.length))?.[1] : undefined;
    const hyphenated = (inName && text[at - 1] === '-') || (tail !== undefined && !within(READ, tail.toLowerCase()));
    // (After a preposition, a word before a name's word opens the name, whatever it may read as:
    // "from United Rentals", "for Clear Channel" — "United" is no "unit" inflected.)
    const objectName = opensName && /\b(?:from|of|for|with|by|against|over)\s+$/u.test(text.slice(0, at));
    const keep =
      isFirst ||
      hyphenated ||
      objectName ||
      !/^[A-Z][a-z]+$/.test(w) ||
      !within(READ, lower) ||
      ((inName || opensName) && NAME_PART.has(lower));
    inName = keep && /^\p{Lu}/u.test(w);
    return keep ? w : lower;
  });
}
