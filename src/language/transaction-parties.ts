/**
 * Who a deal reading is about: what its transaction is done to and who does it, read from the words
 * around the predicate `read-stage.ts` found. `deals/deal.ts` keeps a reading for a deal only when
 * these name its parties ("Corvane to acquire Brandtek, a Pellix competitor" is no Corvane / Pellix
 * news).
 */
import type { Word } from './analyse.ts';
import type { ReadParties } from './stage.ts';
import {
  REJECT,
  CLAUSE_END,
  CLAUSE_OF_TIME,
  COMPLETE,
  DEAL_NOUN,
  OBJECT,
  OFFER,
  OFFER_VERB,
  PART_SOLD,
  REGULATOR,
  SCALE_WORD,
  SPAN_OF_TIME,
  TAKEOVER_WORD,
  CONTROL,
  TRANSACT,
  POSSESSIVE_S,
  BACKING,
  TALK,
  END,
  GOVERNMENT,
  TOPS,
  NEGATION_WORDS,
  DESCRIBES_FIRM,
} from './deal-words.ts';
import { chosenBuyer, hyphenPairAfter, partnerSwitch, RAISE } from './predicate-checks.ts';
import { has, isPast, isThirdPerson, lemmaAt, lowered, regulatorIn } from './word-reading.ts';

/** Where a reading's words stand: its first and last word. */
interface Span {
  start: number;
  end: number;
  /** The stage read there, where the caller knows it. */
  stage?: string;
}

/** Stages a regulator, a court or holders give: the verb before them names no buyer. */
const GIVEN = new Set(['regulatory_review', 'approved', 'blocked']);

/** The buying side's verbs: what they act on is the company bought, and who does it the buyer. */
const BUYS = new Set(['acquire', 'buy', 'purchase', 'absorb', 'swallow', 'bag', 'nab', 'snag']);
/** The selling side's verbs: what they act on may be the seller's own business; the buyer stands after "to". */
const SELLS = new Set(['sell', 'divest', 'offload']);
const MERGER = new Set(['merger', 'combination', 'amalgamation']);
/** A share of what is sold: "part of its stake", "half of its stake". */
const SHARE_OF = new Set([
  'part',
  'portion',
  'half',
  'rest',
  'remainder',
  'some',
  'most',
  'bulk',
  'piece',
  'chunk',
  'slice',
]);
/** A price's words in wire copy: "1.7", "$", "dlr", "stg", "pct". */
const PRICE_WORD = /^(?:[$€£¥]|\d[\d.,]*|dlrs?|stg|yen|pct|usd)$/u;
/** A deal named by its target before it: "Globex deal", "Anglo American sale talks". */
const NAMED_DEAL = new Set(['deal', 'talk', 'talks']);
/** The verbs of two sides agreeing: "agree merger", "seal tie-up". */
const AGREE_VERB = new Set(['agree', 'seal', 'sign', 'strike', 'clinch']);
/** An agreement named as a noun: "reaches deal to acquire", "signs agreement to buy". */
const AGREEMENT_NOUN = new Set(['deal', 'agreement', 'pact', 'accord']);
/** A kind of company, in capitals, that is no company's name: "SPAC", "REIT". */
const COMPANY_KIND = /^(?:spacs?|reits?|bdcs?)$/iu;
/** A company's words for itself or its counterpart: "buyout of company", "of target". */
const ITSELF = new Set(['company', 'firm', 'group', 'target', 'rival', 'business', 'concern', 'bank']);
/** Who is sought for what is sold: "seeks buyer for boat unit". */
const BUYER = new Set(['buyer', 'purchaser', 'suitor', 'bidder']);

/**
 * Who a reading's transaction is done to, and by whom, as written (only a phrase that holds a name
 * counts: "buys the company", "said it would buy" name no one). What is bought: what a buying verb
 * acts on ("to acquire Brandtek, a Pellix competitor"), what a takeover noun is "of" ("completes
 * acquisition of Activision"), what a bid is "for". The buyer: the name that owns the offer or the
 * purchase ("accepts Keswick's sweetened offer"), else the name just before a buying verb ("Corvane
 * rival Brandtek buys Pellix") or before the verb that makes the bid or completes the purchase
 * ("Keswick makes rival bid for Stennis"). A seller's verb names neither: what is sold may be the
 * seller's own business, and the buyer stands after "to".
 */
export function partiesOf(ws: Word[], found: Span, from: number, to: number, text: string): ReadParties {
  const span = (r: [number, number] | undefined) => r && text.slice(ws[r[0]]!.at, ws[r[1]]!.at + ws[r[1]]!.text.length);
  // (An agreement to be bought names its buyer after the passive: "agreed to be acquired by Nippon Steel".)
  const passiveAfter = ws[found.end]?.lower === 'to' && ws[found.end + 1]?.lemma === 'be' ? 1 : 0;
  const last = Math.min(found.end + 1 + passiveAfter, to - 1);
  const contest = contestOutcome(ws, found, from, to, span);
  if (contest) return contest;
  // A sale made to win a regulator's approval is a remedy: its buyer and what it sells are no party
  // of the deal reviewed, which is the one the approval is "for" ("to sell Otezla to Amgen to win
  // FTC approval for Celgene deal", "as they seek antitrust clearance for their planned merger").
  // (So is one made to settle a regulator's case, the deal approved: "agreed to divest three fuel
  // stations in Alabama to settle Federal Trade Commission charges that its proposed acquisition of
  // Jet-Pep Inc would violate federal antitrust law" — what is approved is named after "of".)
  const remedy = found.stage === 'regulatory_review' || found.stage === 'approved';
  if (remedy && ws.slice(found.start, found.end).some((x) => SELLS.has(x.lemma))) {
    const of = ws.findIndex(
      (x, k) => k > found.end && k < to && TAKEOVER_WORD.has(x.lemma) && ws[k + 1]?.lower === 'of',
    );
    const reviewed =
      ws[found.end + 1]?.lower === 'for'
        ? objectAt(ws, found.end + 2, to)
        : of > 0 && found.stage === 'approved'
          ? objectAt(ws, of + 2, to)
          : undefined;
    return reviewed ? { object: span(reviewed)! } : {};
  }
  // A regulator's or a court's word on a pair named with a hyphen is on that pair, whatever the
  // conditions after it say: "DOJ clears Danone-WhiteWave with Stonyfield sale".
  const pair =
    GIVEN.has(found.stage ?? '') && hyphenPairAfter(ws, found.start) ? pairSpan(ws, found.start + 1) : undefined;
  if (pair) return { object: span(pair)! };
  // A bidder declining to match a rival is the one that leaves: "AT&T declines to match Verizon".
  if (['decline', 'refuse'].includes(ws[found.start]!.lemma) && lemmaAt(ws, found.start + 2) === 'match') {
    const leaving = buyerBefore(ws, found.start, from);
    return leaving ? { subject: span(leaving)! } : {};
  }
  const agreedBuyer = agreedTo(ws, found.start, to);
  if (agreedBuyer) {
    const agreeing = buyerBefore(ws, found.start, from);
    return { subject: span(agreedBuyer)!, ...(agreeing ? { object: span(agreeing)! } : {}) };
  }
  // A buyer chosen by name is the buyer; a rival named is passed over.
  const chosen = chosenBuyer(ws, found.start);
  if (chosen) return { subject: span(chosen.chosen)!, ...(chosen.over ? { passedOver: span(chosen.over)! } : {}) };
  // A partner switched: the new one is the buyer, the old one lost its deal.
  const partner = END.has(ws[found.start]!.lemma) ? partnerSwitch(ws, found.start) : undefined;
  if (partner) return { subject: span(partner.next)!, loser: span(partner.old)! };
  const after = rivalAfter(ws, found.end + 1, to, span, found.stage === 'agreed');
  const topped = after.loser || after.passedOver ? undefined : rivalTopped(ws, from, found.start, to, span);
  const { loser } = after;
  const passedOver = after.passedOver ?? topped?.passedOver;
  // Backing switched to a bid passes over whichever deal had it, named or not: "Morrisons switches
  // backing to CD&R's £7bn offer" puts Fortress's at risk.
  // (The phrase may start at the switch: "switches recommendation to EA".)
  const b = lemmaAt(ws, found.start) === 'switch' ? found.start + 1 : found.start;
  const switched =
    (BACKING.has(ws[b]!.lemma) || BACKING.has(ws[b]!.lower)) &&
    lemmaAt(ws, b - 1) === 'switch' &&
    lemmaAt(ws, b + 1) === 'to';
  let objectFrom = -1;
  let verb = -1;
  let named: [number, number] | undefined;
  // Talks "to buy" name what they would buy: "Alphabet in talks to buy Wiz for $23 billion".
  // (So does an offer or a deal "to buy": "makes all-cash offer to buy Spirit Airlines", "reaches deal
  // to acquire Spirit Airlines".)
  const talks =
    (TALK.has(ws[found.end]!.lemma) ||
      ((OFFER.has(ws[found.end]!.lemma) || AGREEMENT_NOUN.has(ws[found.end]!.lemma)) &&
        ws[found.end]!.pos === 'NOUN')) &&
    ws[found.end + 1]?.lower === 'to' &&
    BUYS.has(lemmaAt(ws, found.end + 2));
  if (talks) [objectFrom, verb] = [found.end + 3, found.end + 2];
  const talkedWith = talksPartner(ws, found, to);
  if (talkedWith) {
    const holder = span(ownerOf(ws, found.start, found.end, from));
    return { ...(holder ? { subject: holder } : {}), object: span(talkedWith)!, talksWith: true };
  }
  // Two companies that agree a merger named as a noun are the ones merging: "Fiat Chrysler and
  // Peugeot agree merger to create Stellantis" (as "… agree to merge").
  // (So are two that end one: "Spirit, Frontier end merger, paving way for JetBlue deal" ends no deal
  // of JetBlue's.)
  if (
    (AGREE_VERB.has(ws[found.start]!.lemma) || END.has(ws[found.start]!.lemma)) &&
    ws.slice(found.start + 1, found.end + 1).some((x) => MERGER.has(x.lemma)) &&
    !ws.slice(found.start + 1, found.end + 1).some((x) => x.pos === 'PROPN')
  ) {
    const pair = pairNames(ws, from, found.start);
    if (pair) return { subject: span(pair[0])!, object: span(pair[1])!, pair: true };
  }
  // Two companies named before talks of a merger are the ones talking of merging: "Kirin, Suntory
  // said to discuss merger", "Acme and Globex in merger talks" (no news of Kirin's deal for Lion Nathan).
  if (
    found.stage === 'negotiating' &&
    ws.slice(found.start, Math.min(to, found.end + 3)).some((x) => MERGER.has(x.lemma) || x.lemma === 'merge')
  ) {
    const pair = pairNames(ws, from, found.start);
    if (pair) return { subject: span(pair[0])!, object: span(pair[1])!, pair: true };
  }
  for (let j = found.start; j <= last && !talks; j++) {
    const w = ws[j]!;
    // A suitor's interest in a company by name is in that company, and the suitor's: "TransDigm
    // circles Meggitt", "Acme eyes Globex".
    // An offer verb's price comes before what it is "for": "EDF offers $4.5 billion for half of
    // Constellation's nuclear unit" (the bidder before the verb).
    if (j === found.start && OFFER.has(w.lemma) && w.pos === 'VERB') {
      let k = j + 1;
      while (
        k < Math.min(to, j + 7) &&
        (['NUM', 'SYM', 'ADJ', 'DET'].includes(ws[k]!.pos) || SCALE_WORD.has(ws[k]!.lower))
      )
        k++;
      if (k > j + 1 && ws[k]?.lower === 'for') {
        [objectFrom, verb] = [k + 1, j];
        break;
      }
    }
    // (Or offers the company itself something, named first: "JetBlue is now offering Spirit Airlines a
    // $350 million breakup fee".)
    if (j === found.start && OFFER.has(w.lemma) && w.pos === 'VERB' && ws[j + 1]?.pos === 'PROPN') {
      [named, verb] = [nameRun(ws, j + 1, to), j];
      break;
    }
    // A company rejected by name is the one whose bid is rejected: "Unity rejects AppLovin, sticks with
    // ironSource merger" (no news of Unity / ironSource at "rejects").
    // (The company alone, not its bid, which names its buyer: "rejects Corvane's offer".)
    const rejected = j === found.start && REJECT.has(w.lemma) && w.pos === 'VERB' ? nameRun(ws, j + 1, to) : undefined;
    const alone =
      rejected &&
      (!ws[rejected[1] + 1] ||
        [',', ';'].includes(ws[rejected[1] + 1]!.text) ||
        CLAUSE_END.test(ws[rejected[1] + 1]!.text));
    if (rejected && alone) {
      [objectFrom, verb] = [j + 1, j];
      break;
    }
    // (The tagger may read the verb as a noun between two names: "TransDigm circles Meggitt".)
    const verbLike = w.pos === 'VERB' || (w.pos === 'NOUN' && ws[j - 1]?.pos === 'PROPN' && /s$/.test(w.lower));
    if (j === found.start && found.stage === 'rumored' && verbLike && ws[j + 1]?.pos === 'PROPN') {
      [objectFrom, verb] = [j + 1, j];
      break;
    }
    // Who is sued is the other side of the dispute: "Western Digital sues Toshiba over chip unit sale"
    // is a quarrel with Toshiba (a regulator or a government sued is the deal's own fight).
    if (j === found.start && w.lemma === 'sue' && w.pos === 'VERB') {
      const sued = nameRun(ws, j + 1, to);
      const publicBody = regulatorIn(ws, j + 1, j + 4) || has(ws, j + 1, j + 4, GOVERNMENT);
      return sued && !publicBody ? { object: span(sued)! } : {};
    }
    // An investment ended is the investor's with the company named before it: "Unisplendour scraps
    // $3.8 billion Western Digital investment". (Not a sale or a deal ended, whose subject may be
    // the seller, no party: "SoftBank scraps Arm sale to Nvidia".)
    if (j > found.start && w.lemma === 'investment' && END.has(ws[found.start]!.lemma)) {
      const investedIn = capitalsBefore(ws, j - 1, found.start + 1);
      const investor = buyerBefore(ws, found.start, from);
      if (investedIn && investor) return { object: span(investedIn)!, subject: span(investor)! };
    }
    if (w.pos === 'VERB' && TRANSACT.has(w.lemma)) {
      if (SELLS.has(w.lemma)) return saleAt(ws, j, to, span);
      if (w.lemma === 'merge') {
        // The other side of a merger stands after "with": "to merge with Globex", and also where
        // what merges is the subject's own ("AT&T to spin off WarnerMedia, merge it with Discovery").
        const with_ = mergedWith(ws, j, to);
        // Two companies that merge name both sides: "Martin Marietta and Lockheed to merge" is theirs
        // alone (no news of either's deal with a third).
        if (with_ < 0) {
          const pair = pairNames(ws, from, j);
          return pair ? { subject: span(pair[0])!, object: span(pair[1])!, pair: true } : {};
        }
        // Two companies named on both sides of "with" are the ones merging, whoever merges them: "Tata
        // Group to merge Vistara with Air India" (the owner is no buyer of either).
        const first = objectAt(ws, j + 1, with_);
        const second = objectAt(ws, with_ + 1, to);
        if (first && second) return { object: span([first[0], second[1]])! };
        [objectFrom, verb] = [with_ + 1, j];
        break;
      }
      // What is invested in is the company: "Nvidia invests $5 billion in Intel", "Apollo to invest in KDP".
      if (w.lemma === 'invest') {
        const inAt = ws.findIndex((x, k) => k > j && k < Math.min(to, j + 7) && x.lower === 'in');
        if (inAt < 0) return {};
        [objectFrom, verb] = [inAt + 1, j];
        break;
      }
      if (!BUYS.has(w.lemma)) return {};
      if (ws[j + 1]?.lower === 'by') {
        // The passive: what is bought stands before the verb, the buyer after "by" ("Globex
        // acquired by Acme in $5bn deal", "Twinkies maker swallowed by Jif owner").
        const bought = span(buyerBefore(ws, j, from));
        const buyer = span(agentAt(ws, j + 2, to));
        return { ...(buyer ? { subject: buyer } : {}), ...(bought ? { object: bought } : {}) };
      }
      if (ws[j + 1]?.lower === 'from' && isPast(w)) {
        // The passive with its seller: what is bought stands before the verb, the seller after
        // "from", the buyer after a "by" further on ("AirTrunk will be acquired from Macquarie",
        // "Globex bought from Initech by Acme").
        const bought = span(buyerBefore(ws, j, from));
        let by = j + 2;
        while (by < to && ws[by]!.lower !== 'by' && ws[by]!.text !== ',' && !CLAUSE_END.test(ws[by]!.text)) by++;
        const buyer = ws[by]?.lower === 'by' ? span(agentAt(ws, by + 1, to)) : undefined;
        return { ...(buyer ? { subject: buyer } : {}), ...(bought ? { object: bought } : {}) };
      }
      if (isPast(w) && lemmaAt(ws, j - 1) === 'be') {
        // The passive without its buyer: what is bought stands before it, and nothing after it is a
        // party ("Electronic Arts will reportedly be acquired for $50B").
        const bought = span(buyerBefore(ws, j, from));
        return bought ? { object: bought } : {};
      }
      if (w.lemma === 'buy' && ws[j + 1]?.lower === 'of') {
        // "Buy" as a noun: "completes buy of Globex".
        [objectFrom, verb] = [j + 2, j];
        break;
      }
      if (
        w.lemma === 'buy' &&
        ws[j - 1]?.pos === 'PROPN' &&
        j > found.start &&
        !OBJECT_STARTS.has(ws[j + 1]?.pos ?? '')
      ) {
        // "Buy" as a noun the tagger read as a verb, after what is bought: "closes Horizon buy after
        // FTC settlement", "waves through IBM's HashiCorp buy" (the buyer owns it).
        const bought = nameBefore(ws, j - 1, from);
        const owner = POSSESSIVE_S.has(ws[bought[0] - 1]?.lower ?? '')
          ? nameBefore(ws, bought[0] - 2, from)
          : undefined;
        const buyer = owner && ws[owner[1]]?.pos === 'PROPN' ? span(owner) : undefined;
        return { ...(buyer ? { subject: buyer } : {}), object: span(bought)! };
      }
      [objectFrom, verb] = [j + 1, j];
      break;
    }
    // A sale of a thing, named before it in lower case where case tells names: "report of spectrum
    // sale talks", "completes tower sale", "in asset sale talks with Globex" (to whom: after "with"
    // or "to").
    const saleOfThing = w.lemma === 'sale' ? j : NAMED_DEAL.has(w.lemma) && ws[j - 1]?.lemma === 'sale' ? j - 1 : -1;
    if (saleOfThing > from) {
      let first = saleOfThing;
      while (
        first - 1 > from &&
        ['NOUN', 'ADJ'].includes(ws[first - 1]!.pos) &&
        ws[first - 1]!.text === ws[first - 1]!.lower &&
        !TAKEOVER_WORD.has(ws[first - 1]!.lemma)
      )
        first--;
      // (Not a name's: "agree Ratcliffe stake sale".)
      if (first < saleOfThing && ws[saleOfThing - 1]!.pos === 'NOUN' && ws[first - 1]?.pos !== 'PROPN') {
        const buyer = ['with', 'to'].includes(ws[j + 1]?.lower ?? '') ? span(objectAt(ws, j + 2, to)) : undefined;
        return { object: span([first, saleOfThing - 1])!, sale: true, ...(buyer ? { subject: buyer } : {}) };
      }
    }
    // A sale named by what is sold, to a buyer after "to": "ends Pringles sale to Diamond".
    if (w.lemma === 'sale' && ws[j + 1]?.lower === 'to' && ws[j + 2]?.pos === 'PROPN') {
      const sold = capitalsBefore(ws, j - 1, from);
      const buyer = nameRun(ws, j + 2, to);
      if (sold && buyer) return { object: span(sold)!, subject: span(buyer)!, sale: true };
    }
    // A sale "of" a part of the seller's business, to a buyer or none: "completes sale of steelmaking
    // coal business to Peabody".
    if (w.lemma === 'sale' && ws[j + 1]?.lower === 'of') {
      const part = partSoldAt(ws, j + 1, to);
      if (part) {
        const toAt = ws[part[1] + 1]?.lower === 'to' ? part[1] + 1 : -1;
        const buyer = toAt > 0 ? span(objectAt(ws, toAt + 1, to)) : undefined;
        return { object: span(part)!, sale: true, ...(buyer ? { subject: buyer } : {}) };
      }
    }
    // What a takeover noun or a deal names just before it is what is bought: "completes Tourmaline
    // acquisition", "walks away from Anglo American sale talks",
    // "closes One Medical acquisition", "completes Weights & Biases acquisition" (not a merger's:
    // "Acme-Globex merger" names both sides; nor a price: "agrees $36B takeover").
    if ((TAKEOVER_WORD.has(w.lemma) || NAMED_DEAL.has(w.lemma)) && ws[j + 1]?.lower !== 'of') {
      // (A merger named by one side is with that side: "ends Meredith merger"; not one a pair
      // completes, nor one a word of place describes: "Orange and MasMovil complete Spanish merger".)
      const pairs = MERGER.has(w.lemma) && (pairBefore(ws, from, found.start) || ws[j - 1]?.pos !== 'PROPN');
      let bought = pairs ? undefined : capitalsBefore(ws, j - 1, from);
      // (Deals in the plural may name two: "completes Bright House and Time Warner Cable deals".)
      // (Or a comma: "closes Time Warner Cable, Bright House deals".)
      // (One acquisition of names listed with a comma too: "completes Ambuja, ACC acquisition".)
      const listed = !!bought && ws[bought[0] - 1]?.text === ',';
      if (bought && (/s$/.test(w.lower) || listed) && ['and', '&', ','].includes(ws[bought[0] - 1]?.lower ?? '')) {
        const first = capitalsBefore(ws, bought[0] - 2, from);
        if (first) bought = [first[0], bought[1]];
      }
      // (Not another deal a clause of time or cause names: "clears AOL-Time Warner after EMI deal dropped".)
      const aside =
        bought && ws.slice(found.start, bought[0]).some((x) => x.lower === 'as' || CLAUSE_OF_TIME.has(x.lower));
      if (bought && !aside && ws[bought[0] - 1]?.text !== '-') {
        named = bought;
        break;
      }
    }
    // A buyer sought for a part of the business sells that part: "seeks buyer for boat unit".
    if (BUYER.has(w.lemma) && ws[j + 1]?.lower === 'for') {
      const part = partSoldAt(ws, j + 1, to);
      if (part) return { object: span(part)!, sale: true };
    }
    // A bid ended, named by its target before it, is for that target: "Barrick drops Newmont bid"
    // (the bidder before the verb: `makerVerb`).
    if (j === found.end && j > found.start + 1 && endedBid(ws, found)) {
      const target = capitalsBefore(ws, j - 1, found.start + 1);
      if (target) {
        named = target;
        break;
      }
    }
    // (Or after it: "CACI drops pursuit of CSRA".)
    if (j === found.end && PURSUIT.has(w.lemma) && ws[j + 1]?.lower === 'of' && endedBid(ws, found)) {
      objectFrom = j + 2;
      break;
    }
    // (Control of a company is of it: "seizes control of Globex", "seeks the rest of Globex".)
    const heads =
      ((TAKEOVER_WORD.has(w.lemma) || CONTROL.has(w.lemma)) && ws[j + 1]?.lower === 'of') ||
      (OFFER.has(w.lemma) && ws[j + 1]?.lower === 'for');
    if (heads) {
      objectFrom = j + 2;
      // (Whoever takes control does it with the verb before: "Lloyds seizes control of …".)
      if (CONTROL.has(w.lemma) && j > found.start && ws[found.start]!.pos === 'VERB') verb = found.start;
      break;
    }
  }
  if (verb < 0) verb = makerVerb(ws, found, from);
  let object = objectFrom >= 0 ? span(objectAt(ws, objectFrom, to)) : span(named);
  // A kind of company written as an acronym names none: "completes SPAC merger" (not "Altimeter SPAC").
  if (object && COMPANY_KIND.test(object.trim())) object = undefined;
  // Things counted, named or not, are what is bought: "buy 325 from Dollar Tree divestiture" (not a
  // price: "buy for $5 billion").
  // (A number that begins a name is the name's: "7-Eleven".)
  if (
    !object &&
    objectFrom >= 0 &&
    ws[objectFrom]?.pos === 'NUM' &&
    ws[objectFrom - 1]?.pos !== 'SYM' &&
    ws[objectFrom + 1]?.text !== '-'
  ) {
    let end = objectFrom;
    while (ws[end + 1] && ['NUM', 'ADJ', 'NOUN'].includes(ws[end + 1]!.pos)) end++;
    object = span([objectFrom, end]);
  }
  // A buyout a company backs "of" a thing in lower case is someone's purchase of that thing, which
  // the backer finances or holds: "Alchemy Partners backs buyout of football club" (a target's own
  // board backs its buyout by a buyer, not "of" anything).
  // (Not the company itself described: "buyout of the company", "of its chipmaker", "of company".)
  if (!object && objectFrom >= 0 && ['back', 'support', 'endorse'].includes(ws[found.start]!.lemma)) {
    let end = objectFrom;
    while (ws[end] && ['NOUN', 'ADJ'].includes(ws[end]!.pos) && ws[end]!.text === ws[end]!.lower) end++;
    if (end > objectFrom && !lowered(ws) && !ITSELF.has(ws[end - 1]!.lemma)) object = span([objectFrom, end - 1]);
  }
  // A merger "of" two things names both sides, which may be the parties' units: "Reliance and
  // Disney complete merger of Viacom18 and Star India". Only what is bought is an object.
  // (So does any merger "of" a pair's own: "Reliance, Disney complete merger of Indian media assets".)
  if (
    object &&
    MERGER.has(ws[objectFrom - 2]?.lemma ?? '') &&
    (/ and |&/.test(object) || pairBefore(ws, from, found.start))
  )
    object = undefined;
  // (A regulator that closes its review is no buyer: "FTC closes review of Zillow-Trulia deal".)
  // (Nor does the one a review's verb follows: "EU tells Spain to lift conditions on E.ON bid".)
  // (Talks "to buy" are held by the name before the talks: "Facebook said to be in talks to buy Waze".)
  const maker =
    verb >= 0 && !GIVEN.has(found.stage ?? '')
      ? talks && !TALK.has(ws[found.end]!.lemma)
        ? (offeredBy(ws, found, from) ?? buyerBefore(ws, verb, from))
        : (buyerBefore(ws, verb, from) ?? (talks ? offeredBy(ws, found, from) : undefined))
      : undefined;
  const regulator = maker && REGULATOR.has(ws[maker[1]]!.lower);
  // (Backing switched to a company by name is switched to its bid: "switches support to Yageo".)
  const backedNow = switched && ws[b + 2]?.pos === 'PROPN' ? nameRun(ws, b + 2, to) : undefined;
  // An end said in a participle after a comma is done by the clause's subject: "Merck sells Schering
  // stake to Bayer, ending takeover battle" (Merck's fight is over).
  const ending =
    ws[found.start - 1]?.text === ',' && /ing$/u.test(ws[found.start]!.lower) && END.has(ws[found.start]!.lemma);
  const firstVerb = ending ? ws.findIndex((x, k) => k >= from && k < found.start - 1 && x.pos === 'VERB') : -1;
  const ender = firstVerb > from ? buyerBefore(ws, firstVerb, from) : undefined;
  const subject =
    span(ownerOf(ws, found.start, last, from) ?? backedNow ?? (regulator ? undefined : (maker ?? ender))) ??
    topped?.winner;
  return {
    ...(subject ? { subject } : {}),
    ...(object ? { object } : {}),
    ...(loser ? { loser } : {}),
    ...(passedOver ? { passedOver } : {}),
    ...(switched ? { switched: true as const } : {}),
  };
}

/**
 * The two names before a verb, joined by a comma, "and" or "&" ("Martin Marietta and Lockheed to
 * merge"); in capitals read in lower case, the words on either side of "and" up to the verb's
 * infinitive or modal ("MARTIN MARIETTA AND LOCKHEED TO MERGE").
 */
function pairNames(ws: Word[], from: number, verb: number): [[number, number], [number, number]] | undefined {
  const caseless = lowered(ws);
  const cap = (x: Word | undefined) => !!x && (caseless ? !['DET', 'PRON'].includes(x.pos) : /^\p{Lu}/u.test(x.text));
  let end = verb - 1;
  // (Or hedged: "Kirin, Suntory said to discuss merger".)
  while (end > from && ['to', 'will', 'would', 'agree', 'plan', 'be', 'say'].includes(ws[end]!.lemma)) end--;
  // (A name's hyphen is the name's: "Daimler-Benz and Chrysler to merge".)
  const inName = (i: number) => cap(ws[i]) || (ws[i]?.text === '-' && cap(ws[i - 1]) && cap(ws[i + 1]));
  for (let k = from + 1; k < end; k++) {
    if (![',', 'and', '&'].includes(ws[k]!.lower) || !cap(ws[k - 1]) || !cap(ws[k + 1])) continue;
    let a = k - 1;
    while (a - 1 >= from && inName(a - 1) && ws[a - 1]!.text !== ',') a--;
    let b = k + 1;
    while (b + 1 <= end && inName(b + 1) && ws[b + 1]!.lower !== 'and') b++;
    return b === end
      ? [
          [a, k - 1],
          [k + 1, b],
        ]
      : undefined;
  }
  return undefined;
}

/** Two names before the verb, joined by a comma, "and" or "&": "Reliance, Disney complete…", "Acme and Globex agree…". */
function pairBefore(ws: Word[], from: number, verb: number): boolean {
  const cap = (x: Word | undefined) => !!x && /^\p{Lu}/u.test(x.text);
  for (let k = from + 1; k < verb - 1; k++)
    if ([',', 'and', '&'].includes(ws[k]!.lower) && cap(ws[k - 1]) && cap(ws[k + 1])) return true;
  return false;
}

/** The run of capitalized words ending at `end`, whatever the tagger made of them ("Just Eat", "Weights & Biases"), or undefined. */
function capitalsBefore(ws: Word[], end: number, from: number): [number, number] | undefined {
  // (A name may begin in lower case with a capital inside: "ironSource", "eBay".)
  const cap = (x: Word | undefined) => !!x && /^\p{Ll}*\p{Lu}/u.test(x.text) && !DEAL_NOUN.has(x.lower);
  if (end < from || !cap(ws[end])) return undefined;
  let first = end;
  // (Past "&" and an owner's "'s" inside a name: "Weights & Biases", "People's United".)
  // (And a sign glued inside a name: "E*Trade".)
  const glued = (k: number) =>
    /^[*+!]$/.test(ws[k]!.text) &&
    ws[k - 1]!.at + ws[k - 1]!.text.length === ws[k]!.at &&
    ws[k]!.at + 1 === ws[k + 1]?.at;
  // (And "of" inside a name: "Bank of America deal".)
  const joins = (k: number) =>
    ws[k]!.text === '&' || POSSESSIVE_S.has(ws[k]!.lower) || glued(k) || (ws[k]!.text === 'of' && k > from);
  while (first - 1 >= from && (cap(ws[first - 1]) || (first - 2 >= 0 && joins(first - 1) && cap(ws[first - 2]))))
    first--;
  // (Nor the capital of a headline's first word that names nothing: "With Corvane deal dead, …",
  // "After Globex deal collapse".)
  while (first < end && ['ADP', 'SCONJ', 'DET', 'PRON'].includes(ws[first]!.pos) && ws[first]!.text !== '&') first++;
  // (Not a scale glued to a number: the "B" of "$36B takeover".)
  const before = ws[first - 1];
  if (before?.pos === 'NUM' && before.at + before.text.length === ws[first]!.at) return undefined;
  return [first, end];
}

/** Words that end a name where case tells none: a preposition, a verb of leaving, a deal word. */
const NOT_NAME = new Set([
  'with',
  'for',
  'to',
  'as',
  'after',
  'over',
  'in',
  'on',
  'by',
  'and',
  'quit',
  'withdraw',
  'exit',
  'bow',
  'drop',
  'pull',
  'walk',
  'decline',
  'refuse',
]);

/**
 * The run of capitalized words from `k` (a name, with its hyphens: "Cleveland-Cliffs"), or undefined.
 * (In capitals read in lower case, the run of words up to a preposition, a verb of leaving, a
 * deal word or a stop: "REJECTING WELLS", "AS UNION PACIFIC QUITS".)
 */
function nameRun(ws: Word[], k: number, to: number): [number, number] | undefined {
  const caseless = lowered(ws);
  const cap = (x: Word | undefined) =>
    !!x &&
    !DEAL_NOUN.has(x.lower) &&
    (caseless
      ? !NOT_NAME.has(x.lemma) &&
        !NOT_NAME.has(x.lower) &&
        !['PUNCT', 'DET', 'PRON', 'AUX', 'PART', 'SCONJ', 'CCONJ', 'ADP'].includes(x.pos)
      : /^\p{Lu}/u.test(x.text));
  if (k >= to || !cap(ws[k])) return undefined;
  let end = k;
  while (end + 1 < to && (cap(ws[end + 1]) || (ws[end + 1]!.text === '-' && cap(ws[end + 2])))) end++;
  // A name that describes the next one is not it: "in talks with Bain-backed ABC Technologies".
  const described = ws[end + 1]?.text === '-' && DESCRIBES_FIRM.test(ws[end + 2]?.lower ?? '');
  return (described && nameRun(ws, end + 3, to)) || [k, end];
}

/**
 * A contest won, where the reading is the winner's: "Nvidia beats Intel to Mellanox", "Comcast beats
 * Fox in auction for Sky" — the winner is the buyer, the prize what is bought, and the one beaten
 * the `loser`, whose pursuit it ends (read for its deal in `deals/deal.ts`).
 */
function contestOutcome(
  ws: Word[],
  found: Span,
  from: number,
  to: number,
  span: (r: [number, number] | undefined) => string | undefined,
): { object?: string; subject?: string; loser?: string } | undefined {
  const b = ws.findIndex((x, k) => k >= found.start && k <= found.end && x.lemma === 'beat');
  if (b < 0 || ws[b]!.lower === 'beaten' || ws[b - 1]?.lemma === 'be') return undefined;
  const beaten = nameRun(ws, b + 1, to);
  if (!beaten) return undefined;
  let k = beaten[1] + 1;
  while (k < to && k <= found.end + 1 && !['to', 'for'].includes(ws[k]!.lower)) k++;
  const prize = ['to', 'for'].includes(ws[k]?.lower ?? '') ? nameRun(ws, k + 1, to) : undefined;
  const winner = buyerBefore(ws, b, from);
  return {
    ...(winner ? { subject: span(winner)! } : {}),
    ...(prize ? { object: span(prize)! } : {}),
    loser: span(beaten)!,
  };
}

/**
 * A rival topped before the news's bid, with the bidder that topped it: "Advent tops KKR with
 * £4.4bn counterbid for Spectris" (KKR's deal is at risk; Advent's bid is the news).
 */
function rivalTopped(
  ws: Word[],
  from: number,
  start: number,
  to: number,
  span: (r: [number, number] | undefined) => string | undefined,
): { passedOver: string; winner?: string } | undefined {
  // (The topping verb may be the news's own: "Rio Tinto trumps Alcoa with $38 billion Alcan deal".)
  for (let k = from; k <= start; k++) {
    if (!TOPS.has(ws[k]!.lemma)) continue;
    const name = nameRun(ws, k + 1, k === start ? to : start);
    if (!name) return undefined;
    const winner = capitalsBefore(ws, k - 1, from);
    return { passedOver: span(name)!, ...(winner ? { winner: span(winner)! } : {}) };
  }
  return undefined;
}

/** What a suitor dropped or a rival beaten after the news does: "…, dumping Brandtek", "…, beating Fortress". */
const DROPPED = new Set(['dump', 'ditch', 'jilt', 'drop', 'abandon', 'beat', 'defeat', 'outbid']);
/** A suitor turned down after the news, as a target rejects a bid: "…, spurning Qwest" (a risk to its deal). */
const SPURNED = new Set(['spurn', 'snub', 'rebuff', 'reject', 'shun']);

/**
 * A rival the rest of the sentence says lost (`loser`: dropped, "…, dumping Brandtek", or gone
 * after the news, "Pfizer wins Metsera after Novo Nordisk bows out") or passed over
 * (`passedOver`: "Fox accepts Disney's sweetened offer over Comcast bid" — its bidder may still
 * raise it: a risk to its deal, not the end).
 */
function rivalAfter(
  ws: Word[],
  from: number,
  to: number,
  span: (r: [number, number] | undefined) => string | undefined,
  agreed = false,
): { loser?: string; passedOver?: string } {
  for (let k = from; k < to; k++) {
    const w = ws[k]!;
    // (The tagger may read the participle as a noun, its lemma the word: "…, beating Fortress".)
    const participle = ws[k + 1]?.lower ?? '';
    if (
      w.text === ',' &&
      /ing$/.test(participle) &&
      (DROPPED.has(ws[k + 1]!.lemma) || DROPPED.has(participle.slice(0, -3)))
    ) {
      const name = nameRun(ws, k + 2, to);
      return name ? { loser: span(name)! } : {};
    }
    // (A rival's bid or deal topped after the news is passed over: "…offer for Metsera, topping
    // Pfizer's earlier agreement" — it may still match it. Not where the news calls its own a rival
    // bid, which the timeline reads as such: "CSN tables rival offer for Corus, topping Tata".)
    const rivalled = ws.slice(0, k).some((x) => x.lemma === 'rival' || /^counter-?(?:bid|offer)/u.test(x.lower));
    if (
      w.text === ',' &&
      /ing$/.test(participle) &&
      !rivalled &&
      (TOPS.has(ws[k + 1]!.lemma) || TOPS.has(participle.slice(0, -3)))
    ) {
      const name = nameRun(ws, k + 2, to);
      if (name) return { passedOver: span(name)! };
    }
    if (w.text === ',' && /ing$/.test(ws[k + 1]?.lower ?? '') && SPURNED.has(ws[k + 1]!.lemma)) {
      const name = nameRun(ws, k + 2, to);
      return name ? { passedOver: span(name)! } : {};
    }
    // A rival fended off is passed over: "AGREES TO DEBARTOLO BUYOUT TO FEND OFF CAMPEAU".
    // (Only by an agreement: a buyout weighed to fend one off is still a plan.)
    if (['fend', 'ward', 'fight'].includes(w.lemma) && ws[k + 1]?.lower === 'off' && k > from && agreed) {
      const fended = nameRun(ws, k + 2, to);
      if (fended) return { passedOver: span(fended)! };
    }
    // (Not the particle of "take over": "in talks to take over Daewoo Shipbuilding".)
    const particle0 = w.lower === 'over' && ws[k - 1]?.lemma === 'take';
    const name = ['after', 'as', 'over'].includes(w.lower) && !particle0 ? nameRun(ws, k + 1, to) : undefined;
    if (!name) continue;
    const v = ws[name[1] + 1];
    if (w.lower === 'over') {
      // (Talks "over" a bid are about it: "Santander confirms talks over Abbey National bid".)
      if (TALK.has(ws[k - 1]?.lemma ?? '')) continue;
      // (Past what describes the bid: "over GardaWorld's hostile bid".)
      let b = POSSESSIVE_S.has(v?.lower ?? '') ? name[1] + 2 : name[1] + 1;
      while (ws[b] && ['ADJ', 'NUM', 'SYM'].includes(ws[b]!.pos) && b < to - 1) b++;
      const bid = ws[b];
      // (Or its owner alone, the bid understood: "backs KKR's £4.1bn offer over Advent's".)
      const elided = POSSESSIVE_S.has(v?.lower ?? '') && (!bid || name[1] + 2 >= to || CLAUSE_END.test(bid.text));
      // (Or the rival alone where its name ends the clause: "backs Thales's higher offer over Atos".)
      const alone = !v || name[1] + 1 >= to || v.text === ',' || CLAUSE_END.test(v.text) || v.pos === 'ADP';
      if (OFFER.has(bid?.lemma ?? '') || elided || alone) return { passedOver: span(name)! };
      continue;
    }
    const particle = ws[name[1] + 2]?.lower ?? '';
    const left =
      (!!v && ['bow', 'drop', 'pull', 'walk', 'back'].includes(v.lemma) && ['out', 'away'].includes(particle)) ||
      (!!v && ['withdraw', 'exit', 'quit'].includes(v.lemma)) ||
      // ("… as QVC declines to raise bid": it leaves the contest.)
      (!!v &&
        ['decline', 'refuse'].includes(v.lemma) &&
        particle === 'to' &&
        ['raise', 'match', 'improve', 'increase', 'top', 'sweeten'].includes(ws[name[1] + 3]?.lemma ?? ''));
    if (left) return { loser: span(name)! };
  }
  return {};
}

/** Where "with" follows a merging verb within its clause (past what merges: "merge it with"), or -1. */
function mergedWith(ws: Word[], verb: number, to: number): number {
  for (let k = verb + 1; k < Math.min(to, verb + 6); k++) {
    const x = ws[k]!;
    if (x.lower === 'with') return k;
    if (x.text === ',' || CLAUSE_END.test(x.text) || ['VERB', 'AUX', 'SCONJ'].includes(x.pos)) break;
  }
  return -1;
}

/**
 * A sale: what is sold (up to "to") and the buyer named after "to" ("sells processor IP business
 * to GlobalFoundries"). Read only where a buyer is named: a sale to no one named says nothing of
 * who the deal is with. (An infinitive after "to" is no buyer: "sells unit to fund expansion".)
 */
function saleAt(
  ws: Word[],
  verb: number,
  to: number,
  span: (r: [number, number] | undefined) => string | undefined,
): { object?: string; subject?: string; sale?: true } {
  let k = verb + 1;
  while (k < to && ws[k]!.lower !== 'to' && !CLAUSE_END.test(ws[k]!.text) && ws[k]!.text !== ',') k++;
  // (Past the name of what is sold, set off by commas: "sell its cargo handling business, Telair Cargo
  // Group, to TransDigm".)
  if (ws[k]?.text === ',') {
    const named = nameRun(ws, k + 1, to);
    if (named && ws[named[1] + 1]?.text === ',' && ws[named[1] + 2]?.lower === 'to') k = named[1] + 2;
  }
  if (ws[k]?.lower !== 'to') {
    // Things counted are assets, not a company: "to sell six mines after Newcrest purchase" sells
    // no party, whoever buys. (A price is no count: "sells Globex for $4 billion".)
    if (ws[verb + 1]?.pos !== 'NUM') return ownPartSold(ws, verb, to, span, k);
    let end = verb + 1;
    while (ws[end + 1] && ['NUM', 'ADJ', 'NOUN'].includes(ws[end + 1]!.pos)) end++;
    return end > verb + 1 ? { object: span([verb + 1, end]), sale: true } : {};
  }
  const buyer = span(objectAt(ws, k + 1, to));
  if (!buyer) return ownPartSold(ws, verb, to, span, k);
  const object = span(objectAt(ws, verb + 1, k));
  return { subject: buyer, sale: true, ...(object ? { object } : {}) };
}

/**
 * A part of the seller's own business sold to no one named: what is sold, when its last word is
 * such a part ("to sell Duracell unit", "sells aerospace business", "sells its stake in Globex").
 * It is another deal than any of the seller's own, unless what is sold names a party.
 */
function ownPartSold(
  ws: Word[],
  verb: number,
  to: number,
  span: (r: [number, number] | undefined) => string | undefined,
  end = to,
): { object?: string; sale?: true } {
  const sold = partSoldAt(ws, verb, to);
  if (sold) return { object: span(sold), sale: true };
  // Or what it names, sold to no one named: "sells Haynesville acreage to private buyer" is no
  // news of Southwestern's own deal; "Kraft to sell Duracell" is news of Duracell's.
  const named = span(objectAt(ws, verb + 1, end));
  return named ? { object: named, sale: true } : {};
}

/** What a selling verb at `verb` sells, when it is a part of a business (its head in `PART_SOLD`), past "in"/"of" and a name. */
function partSoldAt(ws: Word[], verb: number, to: number): [number, number] | undefined {
  let head = -1;
  for (let k = verb + 1; k < Math.min(to, verb + 8); k++) {
    const x = ws[k]!;
    // (A share of it is of it: "sells part of its Cencora stake", "half of its stake".)
    if (x.lower === 'of' && head >= 0 && SHARE_OF.has(ws[head]!.lemma)) continue;
    // (A gerund before a noun describes it: "steelmaking coal business".)
    // (Nor a word the tagger takes for a verb between a describing word and the part: "global
    // connect business".)
    const describing =
      x.pos === 'VERB' &&
      ((/ing$/.test(x.lower) && ['NOUN', 'PROPN'].includes(ws[k + 1]?.pos ?? '')) ||
        (k > verb + 1 && ['ADJ', 'NOUN'].includes(ws[k - 1]!.pos) && PART_SOLD.has(ws[k + 1]?.lemma ?? '')));
    if (x.text === ',' || CLAUSE_END.test(x.text) || ['VERB', 'AUX', 'SCONJ', 'CCONJ', 'ADP', 'PART'].includes(x.pos))
      if (!POSSESSIVE_S.has(x.lower) && !describing) break;
    head = k;
  }
  if (head < 0 || !PART_SOLD.has(ws[head]!.lemma)) return undefined;
  // (Whose stake or unit it is may follow: "its stake in Globex", "the chip unit of Globex".)
  let end = head;
  if (['in', 'of'].includes(ws[head + 1]?.lower ?? '')) {
    let k = head + 2;
    while (k < to && ['PROPN', 'NOUN', 'ADJ', 'DET'].includes(ws[k]!.pos)) k++;
    if (k > head + 2) end = k - 1;
  }
  return [verb + 1, end];
}

/**
 * Who a reading is about where case tells no names (capitals, title case), as words for
 * `deals/deal.ts` to compare with a deal's parties: a sale's buyer after "to" and a part of the
 * seller's business sold ("GENCORP UNIT TO SELL WOR-TV TO MCA", "KRAFT TO SELL DURACELL UNIT"), and
 * what is bought, what a takeover is "of" and what a bid is "for" ("CHRYSLER TO ACQUIRE
 * LAMBORGHINI", "HANSON COMPLETES PURCHASE OF SCM"), unless it is described rather than named
 * ("ACQUIRES FIRE EQUIPMENT MAKER", "BUYS THE COMPANY"): without case, a description's last word tells it.
 */
export function caselessPartiesOf(
  ws: Word[],
  found: Span,
  to: number,
  text: string,
): { object?: string; subject?: string; sale?: true; pair?: true; loser?: string; passedOver?: string } {
  // Rivals as in mixed case, their names read as words in capitals: "…, REJECTING WELLS", "NORTHROP
  // TOPS MARTIN MARIETTA WITH 2.04 BLN DLR GRUMMAN BID". (In title case the words the reader reads
  // are in lower case before the tagger sees them, so the capitalized runs left are names, as in
  // mixed case: "Comcast Beats Fox in Auction for Sky".)
  const span = (r: [number, number] | undefined) => r && text.slice(ws[r[0]]!.at, ws[r[1]]!.at + ws[r[1]]!.text.length);
  const contest = contestOutcome(ws, found, 0, to, span);
  if (contest) return contest;
  const chosen = chosenBuyer(ws, found.start);
  if (chosen) return { subject: span(chosen.chosen)!, ...(chosen.over ? { passedOver: span(chosen.over)! } : {}) };
  const after = rivalAfter(ws, found.end + 1, to, span, found.stage === 'agreed');
  const topped = !after.loser && !after.passedOver ? rivalTopped(ws, 0, found.start, to, span) : undefined;
  const passedOver = after.passedOver ?? topped?.passedOver;
  return {
    ...caselessObjects(ws, found, to, text),
    ...(after.loser ? { loser: after.loser } : {}),
    ...(passedOver ? { passedOver } : {}),
  };
}

function caselessObjects(
  ws: Word[],
  found: Span,
  to: number,
  text: string,
): { object?: string; subject?: string; sale?: true; pair?: true; talksWith?: true } {
  const sale = saleOf(ws, found, to, text);
  if (sale.sale) return sale;
  const talkedWith = talksPartner(ws, found, to);
  if (talkedWith)
    return {
      object: text.slice(ws[talkedWith[0]]!.at, ws[talkedWith[1]]!.at + ws[talkedWith[1]]!.text.length),
      talksWith: true,
    };
  // A deal stuck with is named by the words before its noun: "STICKS WITH AHP DEAL".
  if (ws[found.start]!.lemma === 'stick' && ws[found.start + 1]?.lower === 'with') {
    let d = found.start + 2;
    while (d <= found.end && !DEAL_NOUN.has(ws[d]!.lemma)) d++;
    if (d <= found.end && d > found.start + 2)
      return { object: text.slice(ws[found.start + 2]!.at, ws[d - 1]!.at + ws[d - 1]!.text.length) };
  }
  const agreedBuyer = agreedTo(ws, found.start, to);
  if (agreedBuyer) {
    const cutOf = (r: [number, number]) => text.slice(ws[r[0]]!.at, ws[r[1]]!.at + ws[r[1]]!.text.length);
    return { subject: cutOf(agreedBuyer), ...(found.start > 0 ? { object: cutOf([0, found.start - 1]) } : {}) };
  }
  // (An agreement to be bought reads on to its verb: "AGREES TO BE ACQUIRED BY COMCAST".)
  const passiveAfter = ws[found.end]?.lower === 'to' && ws[found.end + 1]?.lemma === 'be' ? 1 : 0;
  const last = Math.min(found.end + 1 + passiveAfter, to - 1);
  let from = -1;
  const cut = (r: [number, number]) => text.slice(ws[r[0]]!.at, ws[r[1]]!.at + ws[r[1]]!.text.length);
  for (let j = found.start; j <= last && from < 0; j++) {
    const w = ws[j]!;
    const next = ws[j + 1]?.lower;
    if (w.lemma === 'merge' || w.lemma === 'combine') {
      // The other side of a merger after "with" ("AGREES TO MERGE WITH FIRST BANK SYSTEM"), or the
      // pair before the verb ("MARTIN MARIETTA AND LOCKHEED TO MERGE").
      const with_ = mergedWith(ws, j, to);
      if (with_ >= 0) {
        from = with_ + 1;
        continue;
      }
      const pair = pairNames(ws, 0, j);
      return pair ? { subject: cut(pair[0]), object: cut(pair[1]), pair: true } : {};
    }
    if (BUYS.has(w.lemma) && next !== 'of') {
      // (The passive names what is bought before the verb: "AMERICAN MOTORS TO BE ACQUIRED BY CHRYSLER";
      // its buyer after "by", read as words: "QVC AGREES TO BE ACQUIRED BY COMCAST AND LIBERTY" is
      // no news of QVC's own bid for Paramount.)
      if (next === 'by' && lowered(ws)) {
        const buyer = nameRun(ws, j + 2, to);
        let k = 0;
        while (
          k < j &&
          !['VERB', 'AUX', 'PART'].includes(ws[k]!.pos) &&
          !['to', 'agree', 'will'].includes(ws[k]!.lemma)
        )
          k++;
        return {
          ...(buyer ? { subject: cut(buyer) } : {}),
          ...(k > 0 ? { object: cut([0, k - 1]) } : {}),
        };
      }
      if (next === 'by' || next === 'from' || (j > 0 && ws[j - 1]!.lemma === 'be')) return {};
      from = j + 1;
    } else if ((TAKEOVER_WORD.has(w.lemma) || BUYS.has(w.lemma)) && next === 'of') {
      // (A sale "of" a part of the seller's business is the seller's own: "COMPLETES SALE OF JACOBSEN UNIT".)
      if (w.lemma === 'sale') {
        const part = partSoldAt(ws, j + 1, to);
        if (part)
          return { object: text.slice(ws[part[0]]!.at, ws[part[1]]!.at + ws[part[1]]!.text.length), sale: true };
      }
      from = j + 2;
    } else if (OFFER.has(w.lemma) && next === 'for') from = j + 2;
    else if (BUYER.has(w.lemma) && next === 'for') {
      const part = partSoldAt(ws, j + 1, to);
      if (part) return { object: text.slice(ws[part[0]]!.at, ws[part[1]]!.at + ws[part[1]]!.text.length), sale: true };
    } else if (COMPLETE.has(w.lemma)) {
      // What a completed purchase names before its noun: "KKR COMPLETES SEAMAN FURNITURE PURCHASE",
      // "HANSON COMPLETES 1.7 BILLION DLR KIDDE PURCHASE" (past a price).
      let k = j + 1;
      while (
        k < to &&
        (PRICE_WORD.test(ws[k]!.lower) || SCALE_WORD.has(ws[k]!.lower) || ['DET', 'PRON'].includes(ws[k]!.pos))
      )
        k++;
      let noun = k;
      while (
        noun < Math.min(to, k + 5) &&
        !TAKEOVER_WORD.has(ws[noun]!.lemma) &&
        !['ADP', 'PUNCT', 'VERB'].includes(ws[noun]!.pos)
      )
        noun++;
      const bought = noun > k && TAKEOVER_WORD.has(ws[noun]?.lemma ?? '') && !MERGER.has(ws[noun]!.lemma);
      if (bought && !OBJECT.has(ws[noun - 1]!.lemma))
        return { object: text.slice(ws[k]!.at, ws[noun - 1]!.at + ws[noun - 1]!.text.length) };
    }
  }
  if (from < 0) return {};
  // What is bought runs to a preposition other than "of", a conjunction or the clause's end.
  let end = from - 1;
  for (let k = from; k < to; k++) {
    const x = ws[k]!;
    const stop =
      (x.pos === 'ADP' && x.lower !== 'of') ||
      ['SCONJ', 'CCONJ', 'AUX'].includes(x.pos) ||
      (x.pos === 'PART' && !POSSESSIVE_S.has(x.lower)) ||
      (x.pos === 'PUNCT' && x.text !== '-' && x.text !== '&') ||
      CLAUSE_END.test(x.text);
    if (stop) break;
    end = k;
  }
  let first = from;
  while (first <= end && ['DET', 'PRON', 'NUM', 'SYM'].includes(ws[first]!.pos)) first++;
  if (first > end) return {};
  // A description's last word before any "of" is what it is: "fire equipment maker", "the company", "a stake".
  let head = first;
  while (head < end && ws[head + 1]!.lower !== 'of') head++;
  if (OBJECT.has(ws[head]!.lemma) || OBJECT.has(ws[head]!.lower.replace(/s$/, ''))) return {};
  return { object: text.slice(ws[first]!.at, ws[end]!.at + ws[end]!.text.length) };
}

/** A sale read where case tells no names: its buyer after "to", or a part of the seller's business sold. */
function saleOf(ws: Word[], found: Span, to: number, text: string): { object?: string; subject?: string; sale?: true } {
  const span = (r: [number, number] | undefined) => r && text.slice(ws[r[0]]!.at, ws[r[1]]!.at + ws[r[1]]!.text.length);
  const last = Math.min(found.end + 1, to - 1);
  let verb = -1;
  for (let j = found.start; j <= last && verb < 0; j++) if (SELLS.has(ws[j]!.lemma)) verb = j;
  if (verb < 0) return {};
  let k = verb + 1;
  while (k < to && ws[k]!.lower !== 'to' && !CLAUSE_END.test(ws[k]!.text) && ws[k]!.text !== ',') k++;
  // (An infinitive after "to" is no buyer: "TO SELL UNIT TO FUND EXPANSION"; a name the tagger reads
  // as an inflected verb is: "TO MARKS AND SPENCER".)
  const after = ws[k + 1];
  const infinitive = !!after && ['VERB', 'AUX'].includes(after.pos) && after.lower === after.lemma;
  if (ws[k]?.lower === 'to' && after && !infinitive && !['PART', 'PRON', 'DET'].includes(after.pos)) {
    let end = k + 1;
    while (end + 1 < to && !['ADP', 'SCONJ', 'PUNCT'].includes(ws[end + 1]!.pos) && !CLAUSE_END.test(ws[end + 1]!.text))
      end++;
    const sold = k > verb + 1 ? span([verb + 1, k - 1]) : undefined;
    return { subject: span([k + 1, end])!, sale: true, ...(sold ? { object: sold } : {}) };
  }
  const part = ownPartSold(ws, verb, to, span);
  if (part.sale) return part;
  // What is sold, as words, unless a description ("THE COMPANY", "ITSELF"): "CAMPEAU TO SELL BROOKS
  // BROTHERS TO FORD" sells no party of a Campeau / Federated deal, whoever "Ford" is.
  let first = verb + 1;
  while (first < k && ['DET', 'PRON', 'NUM', 'SYM'].includes(ws[first]!.pos)) first++;
  const head = ws[k - 1];
  if (first > k - 1 || !head || OBJECT.has(head.lemma) || OBJECT.has(head.lower.replace(/s$/, ''))) return {};
  return { object: span([first, k - 1])!, sale: true };
}

/** What may begin a verb's object: a buying verb followed by anything else ("buy after", "buy.") is a noun. */
const OBJECT_STARTS = new Set(['PROPN', 'NOUN', 'DET', 'NUM', 'ADJ', 'SYM', 'PRON']);

/** Who does what a passive says, after "by": up to a preposition ("by Acme in $5bn deal" is Acme). */
function agentAt(ws: Word[], k: number, to: number): [number, number] | undefined {
  const r = objectAt(ws, k, to);
  if (!r) return investorDescribed(ws, k, to);
  let end = k;
  while (end < r[1] && !(ws[end + 1]!.pos === 'ADP' && ws[end + 1]!.lower !== 'of')) end++;
  return hasName(ws, k, end) ? [k, end] : undefined;
}

/**
 * A buyer described, not named, of the kinds that buy companies with pooled money: "by private
 * equity group", "by a buyout firm", "by investors". Where case tells names it names no company, so
 * no party of a deal: "Zendesk agrees to be bought by private equity group" is no news of the
 * Zendesk / Momentive deal it had ended.
 */
function investorDescribed(ws: Word[], k: number, to: number): [number, number] | undefined {
  if (lowered(ws)) return undefined;
  let end = k - 1;
  for (let j = k; j < Math.min(to, k + 5) && ['DET', 'ADJ', 'NOUN'].includes(ws[j]!.pos); j++) end = j;
  return end >= k && ws.slice(k, end + 1).some((x) => INVESTOR_KIND.has(x.lemma)) ? [k, end] : undefined;
}
const INVESTOR_KIND = new Set(['equity', 'buyout', 'investor', 'fund']);

/**
 * An agreement "to" a buyer's offer or to a buyout "by" it, at the agreeing verb `i`: the buyer,
 * and the one agreeing is what is bought ("Pellix agrees to Brandtek's $2.6 billion offer",
 * "AMERICAN STANDARD AGREES TO 2.5 BLN DLR BUYOUT BY KELSO"). Undefined where the buyer is not
 * said so: "agrees to Globex takeover" may be Globex's, or the subject's own ("Takeda agrees to
 * $62bn Shire takeover").
 */
function agreedTo(ws: Word[], i: number, to: number): [number, number] | undefined {
  if (!['agree', 'consent', 'accede'].includes(ws[i]!.lemma) || ws[i + 1]?.lower !== 'to') return undefined;
  let t = -1;
  for (let k = i + 2; k < Math.min(to, i + 10); k++) {
    const x = ws[k]!;
    if (OFFER.has(x.lemma) || TAKEOVER_WORD.has(x.lemma)) {
      t = k;
      break;
    }
    if (x.text === ',' || CLAUSE_END.test(x.text) || ['VERB', 'AUX'].includes(x.pos)) return undefined;
  }
  if (t < 0) return undefined;
  if (ws[t + 1]?.lower === 'by') {
    // (Past a country's "'s": "takeover by India's Tata Steel".)
    const agent = nameRun(ws, t + 2, to);
    const owned = agent && POSSESSIVE_S.has(ws[agent[1] + 1]?.lower ?? '') ? nameRun(ws, agent[1] + 2, to) : undefined;
    return owned ? [agent![0], owned[1]] : agent;
  }
  const s = ws.findIndex((x, k) => k > i + 2 && k < t && POSSESSIVE_S.has(x.lower));
  return s > 0 ? nameRun(ws, i + 2, s) : undefined;
}

/**
 * Talks "with" a company are the deal with it: "Irving Bank in merger talks with Banca Commerciale
 * Italiana" is no news of Bank of New York's deal for Irving (but for a risk to it: `deals/deal.ts`).
 * (Not a sale's talks, which say what is sold: "in asset sale talks with Globex"; nor talks that end
 * or are to end, which may be news of a rival's deal: "demands Wachovia stop talks with Wells Fargo".)
 */
function talksPartner(ws: Word[], found: Span, to: number): [number, number] | undefined {
  const talks =
    found.stage === 'negotiating' &&
    TALK.has(ws[found.end]!.lemma) &&
    ws[found.end + 1]?.lower === 'with' &&
    ws[found.end - 1]?.lemma !== 'sale';
  if (!talks) return undefined;
  const run = nameRun(ws, found.end + 2, to);
  // A one-word name that only says where the other side is from, before what kind of firm it is, is
  // not it: "with European private equity firm PAI Partners", "with US rival Acme".
  // (Or where it is listed or based: "with Aim-listed online travel group Travelzest".)
  const describes = (k: number) => ws[k]?.text === '-' && DESCRIBES_FIRM.test(ws[k + 1]?.lower ?? '');
  if (run && run[0] === run[1]) {
    const after = describes(run[1] + 1) ? run[1] + 3 : run[1] + 1;
    let k = after;
    while (k < Math.min(to, after + 4) && ['ADJ', 'NOUN'].includes(ws[k]!.pos) && /^\p{Ll}/u.test(ws[k]!.text)) k++;
    // (Or what it is to the other: "with US rival Acme".)
    const kind = ws[k - 1]!.pos === 'NOUN' || ['rival', 'peer'].includes(ws[k - 1]!.lower);
    const named = k > after && kind ? nameRun(ws, k, to) : undefined;
    if (named) return named;
  }
  return run;
}

/** The run of names ending at `end`: "Horizon" of "Horizon buy". */
function nameBefore(ws: Word[], end: number, from: number): [number, number] {
  let first = end;
  while (first - 1 >= from && ws[first - 1]!.pos === 'PROPN') first--;
  return [first, end];
}

// (A capitalized deal word is no name: "Deal done: EQT completes Dechra takeover".)
const hasName = (ws: Word[], a: number, b: number) =>
  ws.slice(a, b + 1).some((x) => x.pos === 'PROPN' && /^\p{Lu}/u.test(x.text) && !DEAL_NOUN.has(x.lower));

/**
 * What is bought, from `k`: to the end of the clause's object, past "of" and prices ("takeover of
 * Call of Duty maker Activision", "Activision for $69bn"), up to a comma, a verb or a new clause;
 * none when it is the parties' own ("merge their UK businesses").
 */
function objectAt(ws: Word[], k: number, to: number): [number, number] | undefined {
  if (ws[k]?.pos === 'PRON') return undefined;
  let end = -1;
  for (let j = k; j < to; j++) {
    const x = ws[j]!;
    // (Past where or whose it is, a compound that describes it: "Canada-based graphics chips maker ATI".)
    if (ws[j - 1]?.text === '-' && DESCRIBES_FIRM.test(x.lower)) continue;
    // (Or after an adverb: "German privately held company the Wirtgen Group", "publicly traded".)
    // (Or after who owns it: "private equity owned Telx Group".)
    const describer = ws[j - 1]?.pos === 'ADV' || (ws[j - 1]?.pos === 'NOUN' && ws[j + 1]?.pos === 'PROPN');
    if (x.pos === 'VERB' && /(?:held|owned|traded|listed|backed)$/u.test(x.lower) && describer) continue;
    // (Or what the company makes, an -ing word before its kind and its name: "German walling systems
    // maker Xella".)
    if (x.pos === 'VERB' && /ing$/u.test(x.lower) && j > k) {
      let m = j + 1;
      while (m < Math.min(to, j + 4) && ws[m]!.pos === 'NOUN') m++;
      if (m > j + 1 && OBJECT.has(ws[m - 1]!.lemma) && ws[m]?.pos === 'PROPN') continue;
    }
    // (A capital glued by a hyphen is the name's, whatever the tagger makes of it: "Cheez-It".)
    const glued = ws[j - 1]?.text === '-' && ws[j - 1]!.at + 1 === x.at && /^\p{Lu}/u.test(x.text);
    if (glued && x.pos === 'PRON') {
      end = j;
      continue;
    }
    if (x.text === ',' || CLAUSE_END.test(x.text) || ['VERB', 'AUX', 'SCONJ', 'PRON'].includes(x.pos)) break;
    if (x.pos === 'PART' && !POSSESSIVE_S.has(x.lower)) break;
    // (Nor what a bracket adds after it, a ticker or a base: "Spirit Airlines (NK, Fort Lauderdale …)".)
    if (j > k && x.text === '(') break;
    // (Nor its seller or its buyer: "acquisition of the procurement software company from Vista",
    // "takeover of Globex by Acme".)
    // (Nor what it is bought through: "to buy GMS through SRS unit".)
    if (j > k && ['from', 'by', 'through', 'via'].includes(x.lower)) break;
    // (Nor what happened around it: "to buy Medivation for $14B after Allergan deal collapse".)
    if (j > k && CLAUSE_OF_TIME.has(x.lower)) break;
    // (Nor what it is part of, written in lower case: "to sell 18 branches to Northwest as part of
    // KeyCorp deal" — not Norway's "AS".)
    if (j > k && x.text === 'as') break;
    // (A time after it is no part of it: "to acquire Brisco days after Google poached its CEO".)
    if (SPAN_OF_TIME.has(x.lemma) && ['after', 'before', 'since', 'ago'].includes(ws[j + 1]?.lower ?? '')) break;
    end = j;
  }
  // (Not a conjunction, preposition or article it ends on: "buy Pioneer but keeps…".)
  while (end > k && ['CCONJ', 'ADP', 'DET'].includes(ws[end]!.pos)) end--;
  return end >= k && hasName(ws, k, end) ? [k, end] : undefined;
}

/** The name that owns an offer or a purchase in the phrase: "Corvane's higher offer", "Acme's $5bn takeover bid". */
export function ownerOf(ws: Word[], start: number, last: number, from: number): [number, number] | undefined {
  for (let j = start; j <= last; j++) {
    // (Talks too, which their holder owns as a bidder its bid: "Google's ongoing acquisition
    // discussions with Groupon".)
    const talks = TALK.has(ws[j]!.lemma) && ws[j]!.pos === 'NOUN';
    if (!OFFER.has(ws[j]!.lemma) && !TAKEOVER_WORD.has(ws[j]!.lemma) && !talks) continue;
    // (Past what describes it: "$5bn takeover", "sweetened", "higher".)
    const describing = (x: Word) =>
      ['ADJ', 'NUM', 'SYM', 'NOUN'].includes(x.pos) || (x.pos === 'VERB' && /(?:ed|en)$/.test(x.lower));
    let p = j - 1;
    while (p > from && describing(ws[p]!) && !POSSESSIVE_S.has(ws[p]!.lower)) p--;
    if (!POSSESSIVE_S.has(ws[p]?.lower ?? '') || ws[p - 1]?.pos !== 'PROPN') return undefined;
    let first = p - 1;
    while (first - 1 >= from && ws[first - 1]!.pos === 'PROPN') first--;
    // (A name with "of" in it is the whole name: "Banc of California's merger with PacWest".)
    while (first - 2 >= from && ws[first - 1]!.text === 'of' && ws[first - 2]!.pos === 'PROPN') {
      first -= 2;
      while (first - 1 >= from && ws[first - 1]!.pos === 'PROPN') first--;
    }
    return hasName(ws, first, p - 1) ? [first, p - 1] : undefined;
  }
  return undefined;
}

/** The names joined by a hyphen from `k`: "Danone-WhiteWave", "Charter-Time Warner Cable". */
function pairSpan(ws: Word[], k: number): [number, number] {
  let end = k;
  while (
    ws[end + 1] &&
    (ws[end + 1]!.pos === 'PROPN' || ws[end + 1]!.text === '-' || (lowered(ws) && ws[end + 1]!.pos === 'NOUN'))
  )
    end++;
  return [k, end];
}

/** A suitor's pursuit by name, which it may drop as it drops a bid: "drops pursuit of CSRA". */
const PURSUIT = new Set(['pursuit', 'approach']);

/** A bid ended by the verb that begins the phrase: "drops Newmont bid", "withdraws its offer". */
function endedBid(ws: Word[], found: Span): boolean {
  const verb = ws[found.start]!;
  // (After a name the tagger may read the verb as a plural noun: "Barrick drops".)
  const verbLike = verb.pos === 'VERB' || (ws[found.start - 1]?.pos === 'PROPN' && /s$/.test(verb.lower));
  const bid = ws[found.end]?.lemma ?? '';
  return verbLike && END.has(verb.lemma) && (OFFER.has(bid) || PURSUIT.has(bid));
}

/** The verb that makes the bid or completes the purchase, before the phrase's words ("makes rival $7.5 billion bid"), or -1. */
function makerVerb(ws: Word[], found: Span, from: number): number {
  let d = found.start;
  // (Past what describes the bid, a compound written with a hyphen or a noun in lower case among
  // them: "makes all-cash offer", "makes $3.6 billion cash bid".)
  // (And past the bidder's own "its": "has once again improved its offer".)
  const describes = (k: number) =>
    ['ADJ', 'NUM', 'SYM', 'DET'].includes(ws[k]!.pos) ||
    (k === found.start - 1 && ['its', 'their'].includes(ws[k]!.lower)) ||
    (ws[k]!.text === '-' && ws[k - 1]!.at + ws[k - 1]!.text.length === ws[k]!.at) ||
    (ws[k]!.pos === 'NOUN' && ws[k]!.text === ws[k]!.lower && !OFFER.has(ws[k]!.lemma) && !verbAfterName(k));
  // (The tagger may read the verb after a name as a noun: "Paramount launches $108bn hostile bid".)
  const verbAfterName = (k: number) =>
    ws[k]!.pos === 'NOUN' && isThirdPerson(ws[k]!) && OFFER_VERB.has(ws[k]!.lemma) && ws[k - 1]?.pos === 'PROPN';
  while (d > from && d > found.start - 6 && describes(d - 1)) d--;
  for (const at of [found.start, d - 1]) {
    const w = ws[at];
    if ((w?.pos === 'VERB' || (!!w && verbAfterName(at))) && (OFFER_VERB.has(w!.lemma) || COMPLETE.has(w!.lemma)))
      return at;
  }
  // (And the one that ends its own bid: "Barrick drops Newmont bid", "drops bid for Newmont".)
  if (endedBid(ws, found)) return found.start;
  // (And the one that will not raise its own: "Smith & Nephew says it will not raise Centerpulse offer".)
  const refused = NEGATION_WORDS.has(ws[found.start]!.lower) || ws[found.start]!.lower === 'wo';
  const phrase = ws.slice(found.start, found.end + 1);
  if (refused && phrase.some((x) => RAISE.has(x.lemma)) && phrase.some((x) => OFFER.has(x.lemma))) return found.start;
  // (And the one that leaves: "TransDigm walks away", "Brandtek pulls out of Pellix race".)
  const leaving = ws[found.start];
  if (
    leaving?.pos === 'VERB' &&
    ['walk', 'pull', 'bow', 'back'].includes(leaving.lemma) &&
    ['away', 'out'].includes(ws[found.start + 1]?.lower ?? '')
  )
    return found.start;
  return -1;
}

/** Who holds talks or makes an offer "to buy": the name before them, or before the verb that makes the offer. */
function offeredBy(ws: Word[], found: Span, from: number): [number, number] | undefined {
  const made = makerVerb(ws, found, from);
  return buyerBefore(ws, found.start, from) ?? (made >= 0 ? buyerBefore(ws, made, from) : undefined);
}

/**
 * The buyer before its verb: back past "to", "agrees to", "will", "is set to", to the phrase of
 * names before them, and of it the last name with its owner before "'s" ("Corvane rival Brandtek"
 * is Brandtek, "Alphabet's Google" both).
 */
/** The small words inside names of Romance and Dutch or German families: "Monte dei Paschi", "Louis Dreyfus van …". */
const NAME_PARTICLE = new Set([
  'de',
  'dei',
  'del',
  'della',
  'delle',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'des',
  'van',
  'von',
  'der',
  'den',
  'y',
]);

function buyerBefore(ws: Word[], verb: number, from: number): [number, number] | undefined {
  let j = verb - 1;
  const between = (x: Word) => ['PART', 'AUX', 'ADV'].includes(x.pos) || (x.pos === 'VERB' && !TRANSACT.has(x.lemma));
  while (j >= from && between(ws[j]!)) j--;
  // (Past what a bracket adds after the name, a ticker or a base: "JetBlue Airways (B6, New York JFK)
  // has once again improved its offer".)
  if (ws[j]?.text === ')') {
    let open = j - 1;
    while (open > from && ws[open]!.text !== '(' && j - open < 12) open--;
    if (ws[open]?.text === '(' && ws[open - 1]?.pos === 'PROPN') j = open - 1;
  }
  // (Past the company's "it" after its saying: "Smith & Nephew says it will not raise …".)
  if (ws[j]?.lower === 'it' && ws[j - 1]?.lemma === 'say') {
    j -= 2;
    while (j >= from && between(ws[j]!)) j--;
  }
  // (A relative clause's buyer is the name it follows: "revealed as Amgen Inc., which will buy the
  // Dublin-based company".)
  // (The clause begins at the comma; the name before it is read from where it stands.)
  const relative =
    ['which', 'who'].includes(ws[j]?.lower ?? '') && ws[j - 1]?.text === ',' && ws[j - 2]?.pos === 'PROPN';
  if (relative) {
    j -= 2;
    from = Math.max(0, j - 6);
  }
  const end = j;
  const inName = (x: Word) =>
    ['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET'].includes(x.pos) || ["'s", '’s', '-', '&'].includes(x.text);
  while (j >= from && inName(ws[j]!)) j--;
  // (A place after a noun's preposition only says where the subject is: "its subsidiary in South
  // Africa has completed the acquisition" names no buyer.)
  if (
    ws[j]?.pos === 'ADP' &&
    ws[j]!.lower !== 'of' &&
    ws[j - 1]?.pos === 'NOUN' &&
    ws[j - 1]!.text === ws[j - 1]!.lower
  )
    return undefined;
  let head = end;
  while (head > j && ws[head]!.pos !== 'PROPN') head--;
  let first = head;
  // (A capitalized word before a name is the name's too, however tagged: "Home Depot", "General Motors".)
  // (Whatever the model made of it: "Just Eat Takeaway" is "Just"/ADV, "Eat"/VERB, "Takeaway".)
  const nameWord = (x: Word) =>
    x.pos === 'PROPN' ||
    ["'s", '’s', '-', '&'].includes(x.text) ||
    (/^\p{Lu}/u.test(x.text) && ['NOUN', 'ADJ', 'ADV', 'VERB'].includes(x.pos));
  // (Nor a word the tokenizer split off it, written with no space: "3G Capital" is "3", "G", "Capital".)
  const gluedTo = (k: number) =>
    /^[\p{L}\p{N}]+$/u.test(ws[k]!.text) && ws[k]!.at + ws[k]!.text.length === ws[k + 1]!.at;
  // (Nor a name's word after a hyphen, in lower case: "Dai-ichi Life"; not a participle's, which
  // describes the name: "State-backed JIC", "Elliott-led group".)
  const afterHyphen = (k: number) =>
    ws[k - 1]?.text === '-' &&
    ws[k - 1]!.at + 1 === ws[k]!.at &&
    /^\p{Lu}/u.test(ws[k - 2]?.text ?? '') &&
    !/ed$/u.test(ws[k]!.lower);
  while (first - 1 >= from && (nameWord(ws[first - 1]!) || gluedTo(first - 1) || afterHyphen(first - 1))) first--;
  // (A name with "of" inside it is one name: "Bank of America", "Bank of New York"; so is one with a
  // particle: "Monte dei Paschi", "Banco de Sabadell".)
  while (
    first - 2 >= from &&
    (ws[first - 1]!.lower === 'of' || NAME_PARTICLE.has(ws[first - 1]!.text)) &&
    /^\p{Lu}/u.test(ws[first - 2]!.text) &&
    nameWord(ws[first - 2]!)
  ) {
    first -= 2;
    while (first - 1 >= from && nameWord(ws[first - 1]!)) first--;
  }
  // (Buyers joined by "and" buy together: "Valeant and Ackman make $46 billion bid for Allergan"; so
  // do buyers listed with a comma at the clause's start: "Bain, Huawei to buy 3Com".)
  // (Three or more: "Advent, Cinven, RAG consortium to buy Thyssenkrupp elevator unit".)
  const listed = (k: number) =>
    ws[k]!.text === ',' &&
    ws.slice(from, k).every((x) => x.pos === 'PROPN' || x.text === '-' || x.text === '&' || x.text === ',');
  while (
    first - 2 >= from &&
    (['and', '&'].includes(ws[first - 1]!.lower) || listed(first - 1)) &&
    ws[first - 2]!.pos === 'PROPN'
  ) {
    first -= 2;
    while (first - 1 >= from && nameWord(ws[first - 1]!)) first--;
  }
  // (A name described as another's parent or owner is of that group, both names: "Google parent
  // Alphabet", as "Alphabet's Google".)
  if (first - 2 >= from && ['parent', 'owner'].includes(ws[first - 1]!.lemma) && ws[first - 2]!.pos === 'PROPN') {
    first -= 2;
    while (first - 1 >= from && nameWord(ws[first - 1]!)) first--;
  }
  // (Nouns right after the name and before the verb are the buyer's too: a brand written in lower
  // case, "SK hynix completes…", or a unit, "Acme's cloud unit buys…".)
  let last = head;
  // (And a hyphen's word glued to the name: "Dai-ichi completes…".)
  const hyphenGlued = (k: number) => ws[k]!.text === '-' && ws[k - 1]!.at + ws[k - 1]!.text.length === ws[k]!.at;
  while (last < end && (ws[last + 1]!.pos === 'NOUN' || hyphenGlued(last + 1) || afterHyphen(last + 1))) last++;
  // (A name inside what describes an unnamed company is no buyer: "the Westlake Village online
  // advertising company announced…" is where the company is.)
  // (A company, not a part of one: "the Initech cloud unit" is Initech's.)
  const company = OBJECT.has(ws[end]?.lemma ?? '') && !PART_SOLD.has(ws[end]?.lemma ?? '');
  const described = last < end && ['the', 'a', 'an'].includes(ws[first - 1]?.lower ?? '') && company;
  if (described) return undefined;
  return head > j && hasName(ws, first, head) ? [first, last === end ? end : head] : undefined;
}
