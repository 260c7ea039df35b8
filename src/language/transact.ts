/**
 * What a transaction verb says ("X buys Y", "X to buy Y", "X has bought Y", "Y to be bought by X",
 * "X could buy Y"): its tense and voice, and the guards that tell a company bought from products,
 * an investment in a plant, a unit sold to fund something else. Called by `resolve-predicate.ts`.
 */
import type { Word } from './analyse.ts';
import {
  DEAL_NOUN,
  NEGATION_WORDS,
  OBJECT,
  POSSESSIVE_S,
  RACE,
  SAID,
  SCALE_WORD,
  TABLOID_BUY,
  TENDERED,
  WHOLE,
} from './deal-words.ts';
import {
  find,
  findWord,
  has,
  isPast,
  isThirdPerson,
  lemmaAt,
  lowered,
  minorityStake,
  pairOpens,
  passive,
  reach,
} from './word-reading.ts';
import {
  SELLS,
  pastVerbBefore,
  remedyFor,
  settlementUnder,
  priceAfter,
  officialPresent,
  intoProduct,
  verbBetweenNames,
  boughtProducts,
  investedInCompany,
  purchaseDenied,
} from './predicate-checks.ts';
import type { Resolved } from './stage.ts';

/** Words after which a participle describes a noun: "in combined sales", "the acquired businesses". */
const DESCRIBED_AFTER = new Set(['in', 'of', 'for', 'with', 'on', 'the', 'a', 'an', 'its', 'their', 'his', 'her']);

/** "X buys Y", "X to buy Y", "X has bought Y", "Y to be bought by X", "X could buy Y". */
export function transact(ws: Word[], i: number, verbEnd: number): Resolved | null {
  const w = ws[i]!;
  // The phrase runs to what is bought: "buys Globex", "to acquire chip unit", "to buy cloud
  // security startup Wiz" (the whole compound, not its first word).
  const named = ws.slice(verbEnd + 1, verbEnd + 4).findIndex((x) => x.pos === 'PROPN' || x.pos === 'NOUN');
  let end = named >= 0 ? verbEnd + 1 + named : verbEnd;
  while (named >= 0 && end < verbEnd + 8 && ['PROPN', 'NOUN'].includes(ws[end + 1]?.pos ?? '')) end++;
  // (Past an adverb the infinitive or the modal splits off: "to formally acquire", "will officially merge".)
  const adv = ws[i - 1]?.pos === 'ADV' && /ly$/.test(ws[i - 1]!.lower) && !officialPresent(ws, i) ? 1 : 0;
  const prev = lemmaAt(ws, i - 1 - adv);
  // (And a word of time between the auxiliaries: "would one day be acquired", "will soon be sold".)
  const gap = prev === 'be' ? timeBetween(ws, i - 1 - adv) : 0;
  const prev2 = lemmaAt(ws, i - 2 - adv - gap);
  if (lemmaAt(ws, verbEnd + 1) === 'back') return null; // share buy-backs
  // A participle between a preposition or an article and its noun describes the noun: "$17 billion in
  // combined sales", "the acquired businesses" (no deal done).
  if (isPast(w) && DESCRIBED_AFTER.has(ws[i - 1]?.lower ?? '') && ws[i + 1]?.pos === 'NOUN') return null;
  // A sale on a condition is one only thought of: "Supervalu could break up if sold to Cerberus"
  // (as "if completed" completes nothing).
  if ((prev === 'if' || prev === 'unless') && isPast(w)) return { stage: 'rumored', end, hedge: true };
  // A verb glued by a hyphen to words after it is a compound's: "buy-one-get-three-free sale" (not
  // its particle: "buy-out", "take-over").
  const glued = ws[verbEnd + 1]?.text === '-' && ws[verbEnd + 1]!.at === ws[verbEnd]!.at + ws[verbEnd]!.text.length;
  if (glued && !['out', 'up', 'over', 'in'].includes(ws[verbEnd + 2]?.lower ?? '')) return null;
  // A business sold "to win approval" for a deal is a remedy offered to its regulator: "to sell
  // Otezla to win FTC approval for Celgene deal" is the review, not a sale agreed.
  const remedy = SELLS.has(w.lemma) ? remedyFor(ws, verbEnd + 1) : -1;
  if (remedy >= 0) return { stage: 'regulatory_review', end: remedy };
  // (One sold "under" a regulator's settlement is its remedy, the deal let through: "UnitedHealth to
  // Divest 164 Facilities Under DOJ Merger Settlement".)
  const settled = SELLS.has(w.lemma) ? settlementUnder(ws, verbEnd + 1) : -1;
  // (Read from the settlement, not the sale: what is sold is no party.)
  if (settled >= 0) return { stage: 'approved', start: findWord(ws, verbEnd + 1, settled, 'under'), end: settled };
  // More of something is goods or shares, never a company: "to buy more Globex processors".
  // (Past an article: "agreed to buy an additional $4.2 billion in semiconductor chips".)
  const det = ws[verbEnd + 1]?.pos === 'DET' ? 1 : 0;
  if (['more', 'additional', 'extra'].includes(lemmaAt(ws, verbEnd + 1 + det))) return null;
  // Shares sold or bought as such are a holding traded: "Globex founder sells shares worth $200
  // million". (All of them are the company: "buys all outstanding shares of Globex".)
  if (['share', 'stock'].includes(lemmaAt(ws, verbEnd + 1))) return null;
  if (minorityStake(ws, verbEnd + 1)) return null; // "bought a 9.8 pct stake in Globex": a holding, not the company
  // A holder selling what it has left of a stake leaves: "sold its remaining 4% stake in Globex"
  // (the buyer of the remaining shares makes the company whole; the seller of them only exits).
  if (SELLS.has(w.lemma) && has(ws, verbEnd + 1, verbEnd + 3, WHOLE) && minorityStake(ws, verbEnd + 3)) return null;
  // In the passive the holding comes first: "the buyer of a 9.5 pct stake in Globex sold by Initech".
  if (lemmaAt(ws, verbEnd + 1) === 'by' && isPast(w) && minorityStake(ws, Math.max(0, i - 6))) return null;
  // "has purchased all shares validly tendered": a tender offer's end, the purchase done.
  if (isPast(w) && has(ws, verbEnd + 1, verbEnd + 6, TENDERED))
    return { stage: 'completed', end: find(ws, verbEnd + 1, verbEnd + 6, TENDERED) };
  // A gerund is the complement of something else ("is acquiring" is not), but after "by" it is how
  // the news was made, in the tense of its verb: "stunned rivals by buying Globex for $2.1
  // billion" (not a plan: "hopes to grow by buying rivals").
  if (w.lower.endsWith('ing') && prev === 'by' && ws[verbEnd + 1]?.pos === 'PROPN' && pastVerbBefore(ws, i - 1))
    return { stage: 'agreed', end };
  // (A headline drops the "are" of two companies merging: "Acme and Globex merging to form No. 5
  // airline" is "are merging"; so is a sentence's pair that opens it and merges.)
  const merging = w.lower.endsWith('ing') && ['merge', 'combine'].includes(w.lemma) && pairOpens(ws, i);
  if (w.lower.endsWith('ing') && prev !== 'be' && !merging) return null;
  // (Names count as one word: "Velmora Global Holdings and Brisco-Halden Industries to combine".)
  // (In capitals read in lower case a name is several nouns: "DAI-ICHI KANGYO, FUJI BANK AND INDUSTRIAL
  // BANK OF JAPAN TO MERGE".)
  const back = reach(ws, i, lowered(ws) ? 9 : 5, -1);
  const pair = ws.slice(Math.max(0, back), i).some((x) => x.lower === 'and' || x.text === ',');
  // (A phrasal verb too, its particle between: "Databricks picks up MosaicML".)
  const misread =
    verbBetweenNames(ws, i) ||
    (verbEnd === i + 1 && ws[i - 1]?.pos === 'PROPN' && ws[verbEnd + 1]?.pos === 'PROPN' && w.lower.endsWith('s'));
  // A company merging its own businesses reorganizes itself: "merges its Globex and Initech
  // divisions", "to merge two business units". (Two parties merging theirs merge: "Acme and Globex
  // to combine their businesses".)
  const own =
    ['its', 'their'].includes(ws[verbEnd + 1]?.lower ?? '') ||
    (ws[verbEnd + 1]?.pos === 'NUM' && ws.slice(verbEnd + 2, verbEnd + 5).some((x) => OBJECT.has(x.lemma)));
  if (['merge', 'combine'].includes(w.lemma) && own && !pair && findWord(ws, verbEnd + 2, verbEnd + 8, 'with') < 0)
    return null;
  // Merging something "into its" own is integrating a product: "merges Globex app into its main platform";
  // so is merging into one product: "HBO Max and Discovery+ to merge into one streaming service" (two
  // companies merge into one company, group or bank).
  const into = findWord(ws, verbEnd + 1, verbEnd + 6, 'into');
  if (['merge', 'combine'].includes(w.lemma) && into >= 0 && ['its', 'their'].includes(ws[into + 1]?.lower ?? ''))
    return null;
  if (['merge', 'combine'].includes(w.lemma) && into >= 0 && intoProduct(ws, into)) return null;
  if (w.pos === 'NOUN' && w.lemma !== 'buy' && !misread && !(pair && ['merge', 'combine'].includes(w.lower)))
    return null;
  // The tabloid verbs take the company at once ("swallows rival Globex"), not "swallows losses on Globex contract".
  // (Nor a count after it: "bagged 23 medals". "Nab" is read only with a price after its object, "IBM nabs
  // Apptio for $4.6B": in ECB+ it is an arrest, "nabbed 23 Somali pirates", and a baseball signing, "Red
  // Sox will nab Teixeira", and either moved grouping.)
  // ("Snag" likewise, a problem as a noun and often a verb of goods: "Salesforce snags ExactTarget
  // for $2.5B" is a purchase, "snags a deal on chips" none.)
  if ((w.lemma === 'nab' || w.lemma === 'snag') && !priceAfter(ws, verbEnd + 1, verbEnd + 6)) return null;
  if (
    TABLOID_BUY.has(w.lemma) &&
    (ws[verbEnd + 1]?.pos === 'NUM' ||
      (!lowered(ws) && !ws.slice(verbEnd + 1, verbEnd + 3).some((x) => x.pos === 'PROPN')))
  )
    return null;
  // Products bought from the company, not the company: "buys Globex chips for new phone", "will buy
  // chips from Globex"; and what is the company's, not the company: "invests in Globex's new factory".
  if (boughtProducts(ws, verbEnd + 1)) return null;
  if (w.lemma === 'invest' && !investedInCompany(ws, verbEnd + 1)) return null;
  // An investment said in place of a purchase is no deal: "Trump says Nippon Steel will invest in
  // U.S. Steel, not buy it" ("rather than buy", "instead of buying" likewise).
  if (w.lemma === 'invest' && purchaseDenied(ws, verbEnd + 1)) return null;
  // Something is bought: a company (a name), or a business of one. "The game sold record numbers" is not a deal.
  // (Six words, a compound's hyphens not counted: "the domestic video-based entertainment business".)
  const object = ws.slice(
    verbEnd + 1,
    verbEnd + 7 + ws.slice(verbEnd + 1, verbEnd + 9).filter((x) => x.text === '-').length,
  );
  // "ACME, GLOBEX MERGE", "Acme and Globex to combine": two parties, no object.
  // (Not "HP and EDS combined would be…": a participle with no object is no announcement.)
  const together = (['merge', 'merges', 'combine', 'combines'].includes(w.lower) && pair) || merging;
  if (
    !together &&
    !object.some(
      (x) =>
        x.pos === 'PROPN' ||
        OBJECT.has(x.lemma) ||
        DEAL_NOUN.has(x.lemma) ||
        /^[$€£¥]$/.test(x.text) ||
        SCALE_WORD.has(x.lower) || // "for 35 bln dlrs"
        (lowered(ws) && x.pos === 'NOUN'),
    ) &&
    !(prev === 'be' || lemmaAt(ws, verbEnd + 1) === 'by')
  )
    return null;
  // Reported speech puts "will" in the past: "Acme said it would buy Globex", "said on Monday it
  // would acquire" is the company announcing it. (Not another's forecast: "analysts said Acme would".)
  if (prev === 'would' && ['it', 'they', 'we'].includes(ws[i - 2]?.lower ?? '') && has(ws, i - 7, i - 2, SAID))
    return { stage: 'agreed', end, hedge: false, form: 'infinitive' };
  // ("should buy": someone's advice, a deal at most talked of.)
  if (
    ['could', 'may', 'might', 'would', 'should'].includes(prev) ||
    (prev === 'be' && ['could', 'may', 'might'].includes(prev2))
  )
    return { stage: 'rumored', end, hedge: true };
  if (prev === 'be' && prev2 === 'to') return { stage: 'agreed', end }; // "to be acquired by"
  // The future passive is the deal to come: "Globex will be acquired by Acme for $30 a share" (a
  // lead's plainest statement of an agreement); "would be" is that in reported speech ("said
  // Globex would be sold to Acme") and otherwise a deal only talked of.
  if (prev === 'be' && ['will', 'shall'].includes(prev2)) return { stage: 'agreed', end };
  if (prev === 'be' && prev2 === 'would')
    return has(ws, i - 9, i - 2, SAID)
      ? { stage: 'agreed', end, hedge: false }
      : { stage: 'rumored', end, hedge: true };
  if (ws[i - 1]?.lower === 'being') return { stage: 'agreed', end }; // "being bought by": under way, not done
  // "hired Goldman Sachs to help sell its unit": a sale sought, not yet agreed.
  if (prev === 'help' || (prev === 'to' && prev2 === 'help'))
    return { stage: 'rumored', end, hedge: true, form: 'intent' };
  // A race to buy is a contest still open: "in race to acquire Globex's India business", "joins
  // battle to buy Globex" (one won is read at "wins").
  if (prev === 'to' && RACE.has(prev2)) return { stage: 'negotiating', start: i - 2, end };
  // A sale someone could not be persuaded to make is an offer turned down: "even $23 billion didn't
  // convince the founders of Wiz to sell to Alphabet", "failed to persuade Globex to sell".
  if (prev === 'to' && unpersuaded(ws, i - 1)) return { stage: 'at_risk', end };
  // Its owner's plans to do it name the deal the news is about: "Synopsys' plans to buy Ansys for $35B
  // falls on UK regulatory radar" (read at what befalls them, or in the first sentence).
  if (
    lemmaAt(ws, i - 1) === 'to' &&
    ws[i - 2]?.lemma === 'plan' &&
    ws[i - 2]!.pos === 'NOUN' &&
    POSSESSIVE_S.has(ws[i - 3]?.lower ?? '')
  )
    return null;
  if (prev === 'to' || prev === 'will') return { stage: 'agreed', end, form: 'infinitive' };
  if ((prev === 'be' || merging) && w.lower.endsWith('ing')) return { stage: 'agreed', end };
  if (
    isPast(w) &&
    (prev === 'have' || prev === 'be' || prev2 === 'have' || prev === 'it' || prev === 'now' || w.pos === 'VERB')
  ) {
    // A headline's bare passive ("Globex acquired by Acme in $5bn deal") is as compressed as its
    // present tense: done, unless the first sentence says it is only agreed ("said it would buy").
    // (Its price may come first: "Royal Mail bought for £3.57 billion by Czech billionaire's EP Group".)
    const byAt = ['for', 'in'].includes(lemmaAt(ws, verbEnd + 1)) ? findWord(ws, verbEnd + 2, verbEnd + 8, 'by') : -1;
    const priced = byAt > 0 && ws.slice(verbEnd + 2, byAt).some((x) => x.pos === 'NUM' || /^[$€£¥]/u.test(x.text));
    const barePassive =
      (lemmaAt(ws, verbEnd + 1) === 'by' || priced) && !['have', 'be', 'it', 'now'].includes(prev) && prev2 !== 'have';
    return { stage: 'completed', end, ...(barePassive ? { form: 'present' as const } : {}) };
  }
  if (isThirdPerson(w) || w.lower === 'merge' || w.lower === 'buy' || w.lower === 'combine')
    return { stage: 'agreed', end, ...(isThirdPerson(w) ? { form: 'present' as const } : {}) };
  return null;
}

/** Verbs of bringing someone round to a deal: "convince X to sell". */
const PERSUADE = new Set(['convince', 'persuade', 'tempt', 'entice', 'lure', 'coax']);

/** Whether the "to" at `to` follows a persuasion denied or failed: "didn't convince the founders to", "failed to persuade Globex to". */
function unpersuaded(ws: Word[], to: number): boolean {
  for (let k = to - 1; k >= Math.max(0, to - 8); k--) {
    if (/^[.;,]$/u.test(ws[k]!.text)) return false;
    if (!PERSUADE.has(ws[k]!.lemma)) continue;
    const before = ws.slice(Math.max(0, k - 3), k).map((x) => x.lower);
    return before.some((x) => NEGATION_WORDS.has(x) || ['failed', 'fail', 'fails', 'unable'].includes(x));
  }
  return false;
}

/** Words of time just before index `j` (an auxiliary), to be read past: "one day", "soon", "eventually". */
function timeBetween(ws: Word[], j: number): number {
  if (ws[j - 1]?.lower === 'day' && ['one', 'some'].includes(ws[j - 2]?.lower ?? '')) return 2;
  const w = ws[j - 1];
  return w && (TIME_ADVERB.has(w.lower) || (w.pos === 'ADV' && /ly$/u.test(w.lower))) ? 1 : 0;
}
const TIME_ADVERB = new Set(['soon', 'also', 'then', 'now', 'still', 'someday', 'eventually', 'ultimately', 'finally']);
