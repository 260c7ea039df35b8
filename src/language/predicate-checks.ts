/**
 * The small questions `resolve-predicate.ts` and `transact.ts` ask of the words around a deal
 * predicate: whether a bid was offered, an approval given, what was bought a product, a price
 * revised, a remedy made, a rival's board or the holders the ones who reject — each a pure
 * function of the words, named for what it asks.
 */
import type { Word } from './analyse.ts';
import {
  ACCEPT,
  ASSET,
  BUYER_ROLE,
  POSSESSIVE_S,
  MARKET_MOVE,
  CHOOSE,
  APPROVAL_GIVEN,
  APPROVAL_STATED,
  APPROVAL_NOUN,
  BLOCK,
  CLAUSE_END,
  COMMERCIAL,
  CONTROL,
  DEAL_NOUN,
  SPAN_OF_TIME,
  HOLDERS,
  OBJECT,
  OFFER,
  OWN_ACTION,
  PRODUCT,
  PRICE_HEAD,
  REMEDY,
  SCALE_WORD,
  STAKE,
  SUE,
  TABLOID_BUY,
  TAKEOVER_WORD,
  TRANSACT,
  WHOLE,
  URGE,
  EXPOSED,
  DESCRIBES_FIRM,
} from './deal-words.ts';
import {
  amountWord,
  find,
  findWord,
  has,
  isPast,
  isThirdPerson,
  lemmaAt,
  lowered,
  reach,
  regulatorIn,
  shareAt,
  stateNameAt,
} from './word-reading.ts';
/** What a company does to one partner for another: "drops", "ditches", "dumps", "jilts", "abandons". */
const SWITCHED = new Set(['drop', 'ditch', 'dump', 'jilt', 'abandon']);

/**
 * A deal dropped "for" another company, at the ending verb `i`: a partner switched ("American
 * General drops Prudential deal for AIG"). The old partner's name, the new one's, and where the
 * phrase ends; undefined for any other shape (a bid dropped "for" its target: "drops bid for Globex").
 */
export function partnerSwitch(
  ws: Word[],
  i: number,
): { old: [number, number]; next: [number, number]; end: number } | undefined {
  // (Only the verbs of leaving one for another: a deal "terminated … for Oncor" is the deal for Oncor.)
  if (!SWITCHED.has(ws[i]!.lemma)) return undefined;
  const k = find(ws, i + 1, reach(ws, i, 5, 1) + 1, DEAL_NOUN);
  if (k < 0 || OFFER.has(ws[k]!.lemma) || ws[k - 1]?.pos !== 'PROPN' || lemmaAt(ws, k + 1) !== 'for') return undefined;
  if (ws[k + 2]?.pos !== 'PROPN') return undefined;
  let a = k - 1;
  while (a - 1 > i && ws[a - 1]!.pos === 'PROPN') a--;
  let b = k + 2;
  while (ws[b + 1]?.pos === 'PROPN') b++;
  return { old: [a, k - 1], next: [k + 2, b], end: b };
}

/**
 * A buyer chosen or backed by name, at the verb `i`: "picks Nippon Steel over Cleveland-Cliffs",
 * "backs Minebea Mitsumi as white knight against Yageo", "picks Acme as buyer for its chip unit".
 * The one chosen, the one passed over if named ("over"/"against"), and where the phrase ends;
 * undefined unless the name is followed by its role as the buyer ("as white knight") or by a
 * rival passed over in a clause about a bid ("over Cleveland-Cliffs" after a choice of buyers).
 * (A preferred bidder is still in talks: read at "preferred".)
 */
export function chosenBuyer(
  ws: Word[],
  i: number,
): { chosen: [number, number]; over?: [number, number]; end: number } | undefined {
  if (!CHOOSE.has(ws[i]!.lemma) && !(ACCEPT.has(ws[i]!.lemma) && ws[i]!.lemma === 'back')) return undefined;
  // (In capitals read in lower case a name is nouns: "BACKS MINEBEA MITSUMI AS WHITE KNIGHT".)
  const caseless = lowered(ws);
  const named = (x: Word | undefined) =>
    !!x && (x.pos === 'PROPN' || (caseless && ['NOUN', 'ADJ'].includes(x.pos) && !BUYER_ROLE.has(x.lemma)));
  const run = (k: number): [number, number] | undefined => {
    if (!named(ws[k])) return undefined;
    let b = k;
    // (Past a hyphen or an owner's "'s": "Altice's Numericable".)
    while (
      named(ws[b + 1]) ||
      ((ws[b + 1]?.text === '-' || POSSESSIVE_S.has(ws[b + 1]?.lower ?? '')) && named(ws[b + 2]))
    )
      b++;
    return [k, b];
  };
  // (Or its bid, priced: "backs £2.2bn Guinness bid as white knight against Argyll".)
  let first = i + 1;
  while (ws[first] && amountWord(ws[first]!)) first++;
  const chosen = run(first);
  if (!chosen) return undefined;
  let k = chosen[1] + 1;
  if (OFFER.has(ws[k]?.lemma ?? '') && ws[k]!.pos === 'NOUN') k++;
  else if (first > i + 1) return undefined;
  // (Past an adverb: "picks Steve Cohen again as Mets buyer".)
  while (ws[k]?.pos === 'ADV' && ws[k]!.lower !== 'as') k++;
  let role = -1;
  if (ws[k]?.lower === 'as') {
    let r = k + 1;
    // (Or what it buys, named before the role: "as Mets buyer", "as Globex's buyer".)
    const before = (x: Word) => ['ADJ', 'DET'].includes(x.pos) || named(x) || POSSESSIVE_S.has(x.lower);
    while (ws[r] && before(ws[r]!) && ws[r]!.lower !== 'preferred' && !BUYER_ROLE.has(ws[r]!.lemma)) r++;
    if (!BUYER_ROLE.has(ws[r]?.lemma ?? '')) return undefined;
    role = r;
    k = r + 1;
  }
  const rival = ['over', 'against'].includes(ws[k]?.lower ?? '') ? run(k + 1) : undefined;
  // (Only with the rival or the role: "picks Smith as CEO" and "picks Acme" choose no buyer.)
  if (role < 0 && (!rival || !CHOOSE.has(ws[i]!.lemma))) return undefined;
  return { chosen, ...(rival ? { over: rival } : {}), end: rival ? rival[1] : role };
}

/** Where "vulnerable to", "ripe for" stands within four words before a bid or offer at `i`, or -1. */
export function exposedTo(ws: Word[], i: number): number {
  for (let k = i - 2; k >= Math.max(0, i - 5); k--)
    if (EXPOSED.has(lemmaAt(ws, k)) && ['to', 'for'].includes(lemmaAt(ws, k + 1))) return k;
  return -1;
}

/** What a bid to stop a deal came to: won, lost, failed. */
export const BID_OUTCOME = new Set(['win', 'lose', 'fail']);

/** What did not happen: "fails to win approval", "failure to secure clearance". */
export const FAILED = new Set(['fail', 'failure']);

/** The verbs of the selling side. */
export const SELLS = new Set(['sell', 'divest', 'offload']);

/** Whether the object from `from` is a company's own action: a buyback, a dividend, a budget. */
export function ownAction(ws: Word[], from: number): boolean {
  let k = from;
  while (ws[k] && (['DET', 'ADJ', 'SYM', 'PRON'].includes(ws[k]!.pos) || amountWord(ws[k]!))) k++;
  return !!ws[k] && OWN_ACTION.has(ws[k]!.lemma);
}

/** More than half stated as "over 50%", "more than 50 pct" (a majority either way). */
export function overHalf(ws: Word[], from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < Math.min(ws.length, to); j++)
    if (shareAt(ws, j) === 50 && ['over', 'than', 'above'].includes(lemmaAt(ws, j - 1))) return true;
  return false;
}

/**
 * Whether what the verb "offer" at `i` offers is a bid: a purchase ("to buy Globex", "to merge"),
 * a price ("$21 a share", "58 dlrs a share", "a 30% premium", "$5 billion" with nothing else
 * bought), the holders paid ("offers Globex shareholders $40"), a company ("for Globex"), or a
 * deal by name ("offered a sweetened deal").
 */
export function bidOffered(ws: Word[], i: number): boolean {
  const next = ws[i + 1];
  if (!next) return false;
  // (Or to make one: "offers to make multibillion-dollar investment in Intel", "offered to make a bid".)
  if (next.lower === 'to')
    return (
      TRANSACT.has(lemmaAt(ws, i + 2)) ||
      ['pay', 'take'].includes(lemmaAt(ws, i + 2)) ||
      (lemmaAt(ws, i + 2) === 'make' && (has(ws, i + 3, i + 7, DEAL_NOUN) || has(ws, i + 3, i + 7, OFFER)))
    );
  if (next.lower === 'for') return ws[i + 2]?.pos === 'PROPN' || lowered(ws);
  if (has(ws, i + 1, i + 4, HOLDERS)) return true;
  // The object's head: the first noun past determiners, adjectives and the amount.
  let k = i + 1;
  let priced = false;
  for (; k < Math.min(ws.length, i + 8); k++) {
    const x = ws[k]!;
    if (amountWord(x)) priced = true;
    else if (!['DET', 'ADJ', 'PRON', 'PUNCT', 'SYM', 'ADV'].includes(x.pos) && x.lower !== 'a') break;
  }
  const head = ws[k];
  // (A price, then what it buys: "offers $2.7bn to buy out Turquoise Hill minorities".)
  if (priced && head?.lower === 'to' && (TRANSACT.has(lemmaAt(ws, k + 1)) || lemmaAt(ws, k + 1) === 'take'))
    return true;
  if (!head || CLAUSE_END.test(head.text) || ['ADP', 'VERB', 'CCONJ'].includes(head.pos)) return priced; // "offered $21", "offers 58 dlrs for"
  // (Concessions offered are read below, as remedies for a regulator.)
  const bidLike = [PRICE_HEAD, OFFER, DEAL_NOUN, TAKEOVER_WORD, REMEDY].some((set) => set.has(head.lemma));
  if (bidLike) return true;
  // A company offered money or terms: "offers Globex $5 billion" (not "offer the BlackBerry Curve").
  // (Money, not any figure: "offer the Globex Phone 12 to customers" is a product.)
  return (
    head.pos === 'PROPN' &&
    ws.slice(k + 1, k + 6).some((x) => /^[$€£¥]$/.test(x.text) || SCALE_WORD.has(x.lower) || PRICE_HEAD.has(x.lemma))
  );
}

/**
 * A bid that carries the news, priced, after "with" or "in": "woos Globex with £3bn offer",
 * "pounces on Globex in £2bn swoop", "returns with sweetened $5 bln bid".
 */
export function carried(ws: Word[], i: number): number {
  let priced = false;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const x = ws[k]!;
    if (x.lower === 'with' || x.lower === 'in') return priced ? k : -1;
    // (The tagger may keep a figure and its scale in one word: "£3bn".)
    if (amountWord(x) || /^[$€£¥]?\d/.test(x.text)) priced = true;
    else if (!['ADJ', 'DET', 'SYM'].includes(x.pos) && !/^(m|b)$/i.test(x.text)) return -1;
  }
  return -1;
}

/**
 * Where a share price moves on the bid at `i`, or -1: "Blackmores share price rockets 22% on $1.9
 * billion takeover bid", "Globex shares jump after Acme's offer" (the bid is the news).
 */
export function marketMovedOn(ws: Word[], i: number): number {
  // (The bid ends what the price moves on: "soar on Acme bid speculation" moves on a rumour.)
  if (ws[i + 1]?.pos === 'NOUN') return -1;
  let k = i - 1;
  const describing = (x: Word) =>
    ['ADJ', 'DET', 'SYM', 'NUM', 'PROPN'].includes(x.pos) ||
    POSSESSIVE_S.has(x.lower) ||
    amountWord(x) ||
    TAKEOVER_WORD.has(x.lemma) ||
    // (A bid named before an approach: "jumps on bid approach".)
    OFFER.has(x.lemma);
  while (k > Math.max(0, i - 8) && describing(ws[k]!)) k--;
  if (!['on', 'after', 'following'].includes(ws[k]?.lower ?? '')) return -1;
  for (let m = k - 1; m >= Math.max(0, k - 5); m--) {
    const x = ws[m]!;
    // (The tagger may read the verb after "shares" as a noun: "E-Tek shares rise on…".)
    const afterShares = ['share', 'stock'].includes(ws[m - 1]?.lemma ?? '');
    if (MARKET_MOVE.has(x.lemma) && (x.pos === 'VERB' || isThirdPerson(x) || afterShares)) return m;
    if (!['NUM', 'SYM', 'ADV', 'ADP', 'DET', 'ADJ'].includes(x.pos) && x.text !== '%') return -1;
  }
  return -1;
}

/** A verb in the past before `at` in its clause, itself no infinitive: "Acme stunned rivals by". */
export function pastVerbBefore(ws: Word[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    const x = ws[k]!;
    if (CLAUSE_END.test(x.text)) return false;
    if (x.pos === 'VERB' && isPast(x)) return lemmaAt(ws, k - 1) !== 'to' && lemmaAt(ws, k - 1) !== 'have';
  }
  return false;
}

/**
 * Whether a verb stands between `k` and the next deal word: the deal is then that verb's ("rules on
 * tax inversions threaten Pfizer-Allergan deal" rule on no deal).
 */
export function verbBeforeDeal(ws: Word[], k: number): boolean {
  const deal = find(ws, k, reach(ws, k, 6, 1) + 1, DEAL_NOUN);
  return deal >= 0 && ws.slice(k, deal).some((x) => x.pos === 'VERB');
}

/** The run of names from `k`: its first and last word. */
export function nameAfter(ws: Word[], k: number): [number, number] {
  let end = k;
  while (ws[end + 1]?.pos === 'PROPN') end++;
  return [k, end];
}

/** Where the approval is that a sale from `k` is made "to win" ("to win FTC approval for Celgene deal"), or -1. */
export function remedyFor(ws: Word[], k: number): number {
  // (Within the clause, past the buyer's "to": "will sell some of their assets to Ardagh Group in a
  // deal worth $3.42 billion, as they seek antitrust clearance", "in a bid to win regulatory approval".)
  let stop = Math.min(ws.length, k + 24);
  const end = ws.slice(k, stop).findIndex((x) => CLAUSE_END.test(x.text));
  if (end >= 0) stop = k + end;
  for (let to = findWord(ws, k, stop, 'to'); to >= 0; to = findWord(ws, to + 1, stop, 'to')) {
    const approval = APPROVAL_GIVEN.has(lemmaAt(ws, to + 1)) ? find(ws, to + 2, to + 6, APPROVAL_NOUN) : -1;
    if (approval >= 0) return approval;
    // (Or "to close" the deal, whose regulator the sale is for: "Tempur Sealy to Sell Over 100 Stores
    // to Close $4B Mattress Deal".)
    const closed = ['close', 'complete'].includes(lemmaAt(ws, to + 1)) ? find(ws, to + 2, to + 8, DEAL_NOUN) : -1;
    if (closed >= 0 && ws.slice(to + 2, closed).every((x) => x.pos !== 'VERB')) return closed;
  }
  // (Or sought "as" it is sold: "as they seek antitrust clearance for their planned merger".)
  const as = findWord(ws, k, stop, 'as');
  const seek = as >= 0 ? find(ws, as + 1, as + 4, SOUGHT) : -1;
  return seek >= 0 ? find(ws, seek + 1, seek + 5, APPROVAL_NOUN) : -1;
}
/**
 * Where the regulator's settlement is that a sale from `k` is made "under" ("to Divest 164 Facilities
 * Under DOJ Merger Settlement"), or -1: the sale is its remedy, the settlement the deal let through.
 */
export function settlementUnder(ws: Word[], k: number): number {
  const under = findWord(ws, k, Math.min(ws.length, k + 8), 'under');
  if (under < 0) return -1;
  const settled = ws
    .slice(under + 1, under + 6)
    .findIndex((x) => ['settlement', 'decree', 'judgment', 'judgement'].includes(x.lemma));
  const at = under + 1 + settled;
  return settled >= 0 && regulatorIn(ws, under + 1, at) ? at : -1;
}
/** What a party does about an approval it has not yet: "seek antitrust clearance". */
const SOUGHT = new Set(['seek', 'need', 'pursue', 'await']);

/** Holders, or someone urged, who turn a deal down: a vote to come, not a regulator's veto. */
export function urgedOrHolders(ws: Word[], i: number): boolean {
  if (has(ws, Math.max(0, i - 4), i, HOLDERS)) return true;
  return (
    lemmaAt(ws, i - 1) === 'to' &&
    (has(ws, Math.max(0, i - 6), i - 1, URGE) || has(ws, Math.max(0, i - 6), i - 1, ACCEPT))
  );
}

/** A company's own board before the verb ("Holcim board rejects Lafarge merger"), not a public body's. */
export function partyBoard(ws: Word[], i: number): boolean {
  const board = findWord(ws, Math.max(0, i - 3), i, 'board');
  return board > 0 && ws[board - 1]!.pos === 'PROPN' && !regulatorIn(ws, Math.max(0, board - 4), board + 1);
}

/** What revises a deal's price: "lower deal price by $350 million", "cuts takeover price to $6.50". */
export const PRICE_CUT = new Set(['cut', 'lower', 'reduce', 'slash', 'trim']);
export function priceRevised(ws: Word[], i: number, agreed = false): number {
  if (!PRICE_CUT.has(ws[i]!.lemma)) return -1;
  for (let k = i + 1; k < Math.min(ws.length, i + 6); k++) {
    // (Or the offer itself cut to or by a sum: "cuts Link offer to $4.81 a share".)
    const sum = ['SYM', 'NUM'].includes(ws[k + 2]?.pos ?? '');
    if (OFFER.has(ws[k]!.lemma) && ['to', 'by'].includes(ws[k + 1]?.lower ?? '') && sum) return k;
    if (ws[k]!.lower !== 'price') continue;
    const before = ws[k - 1]!;
    // (Agreed to, the price is the deal's own: "agree to lower price of $5.3 billion", "the price".)
    if (agreed && (k === i + 1 || (k === i + 2 && before.pos === 'DET'))) return k;
    // (A deal's price, not a name's: "cuts iPhone price" is a product's, and "cuts Rite Aid price" reads the same.)
    const ofDeal = DEAL_NOUN.has(before.lemma) || TAKEOVER_WORD.has(before.lemma) || OFFER.has(before.lemma);
    return ofDeal ? k : -1;
  }
  return -1;
}

/** What a party seeks that puts an agreed deal in doubt: "seeks discount on Yahoo deal". */
export const PRICE_DOUBT = new Set(['discount', 'reduction', 'renegotiation']);

/** What a bidder does to its own offer in a contest: "raise", "increase", "sweeten", "match". */
export const RAISE = new Set(['raise', 'increase', 'improve', 'sweeten', 'lift', 'boost', 'top', 'match']);

/** A state's own voice, not a regulator's or a court's (read by `regulatorIn`): "the government rejects…". */
export const GOVERNMENT_ONLY = new Set(['government', 'administration', 'minister', 'ministry', 'cabinet']);

/** The time a party is given to do something: "gives Yahoo three weeks to accept". */
export const DEADLINE_GIVEN = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'hour',
  'hours',
  'deadline',
  'ultimatum',
]);

/** What one asks of another, not does: "demands Wachovia stop talks". */
export const DEMAND = new Set(['demand', 'urge', 'ask', 'tell', 'want', 'order']);

/** A yes/no question's first word: "Can Acme still close…?". */
export const QUESTION_MODAL = new Set(['can', 'could', 'will', 'would']);

/** What two companies do together rather than one to the other. */
export const MERGER_WORD = new Set(['merger', 'amalgamation']);

/** Whom a company talks to about a deal that is not the other side: "discussions with advisers". */
export const ADVISERS = new Set([
  'adviser',
  'advisor',
  'advisers',
  'advisors',
  'banker',
  'bankers',
  'lender',
  'lenders',
  'bank',
  'banks',
  'consultant',
  'consultants',
  'lawyer',
  'lawyers',
]);

/** A contest a bidder wins: "beats Fox in auction for Sky". */
export const AUCTION = new Set(['auction', 'race', 'contest', 'battle', 'fight', 'bidding']);

/** What may be signed that is a takeover: "inks $2bn Globex buy". */
export const SIGNED_TAKEOVER = new Set([...TAKEOVER_WORD, 'buy']);

/** A price stated from `a` to `b`: "for $4.6B", "for 2.1 bln dlrs", "in a $5 billion deal". */
export function priceAfter(ws: Word[], a: number, b: number): boolean {
  for (let k = a; k < Math.min(b, ws.length - 1); k++)
    if (
      ['for', 'in'].includes(ws[k]!.lower) &&
      ws.slice(k + 1, k + 4).some((x) => /^[$€£¥]$/.test(x.text) || SCALE_WORD.has(x.lower))
    )
      return true;
  return false;
}

/**
 * An approval (a noun: "nod", "clearance", "green light") that has been given: the nearest verb
 * before it gets or gives it ("wins EU clearance", "gives the Acme-Globex deal the green light"),
 * or it is the news of a verbless headline ("CCI nod for Acme-Globex merger", "final approval").
 * One awaited is none: "awaits the green light", "seeks clearance", "awaits final approval".
 */
export function approvalGiven(ws: Word[], i: number, back: number): boolean {
  // (One a share price moves on has been given: "E-Tek shares rise on JDS Uniphase merger approval".)
  if (marketMovedOn(ws, i) >= 0) return true;
  let k = i - 1;
  let participle = false;
  for (; k >= Math.max(0, i - back) && !CLAUSE_END.test(ws[k]!.text); k--) {
    if (APPROVAL_GIVEN.has(ws[k]!.lemma)) return true;
    // (A regulator announcing its approval gives it: "Federal Reserve Board announces approval of
    // application by Capital One"; a company's announcing one may only await it.)
    if (ws[k]!.lemma === 'announce' && regulatorIn(ws, Math.max(0, k - 6), k)) return true;
    // (Or confirming it: "China has confirmed its approval of Bunge Global SA's takeover of rival Viterra".)
    const confirmer = Math.max(0, k - 6);
    if (
      ws[k]!.lemma === 'confirm' &&
      (regulatorIn(ws, confirmer, k) || ws.slice(confirmer, k).some((_, n) => stateNameAt(ws, confirmer + n)))
    )
      return true;
    // (A participle before the noun describes it: "received all required regulatory approvals".)
    const modifier = /(?:ed|ing)$/.test(ws[k]!.lower) && ['ADJ', 'NOUN', 'PROPN'].includes(ws[k + 1]!.pos);
    if ((ws[k]!.pos === 'VERB' && !modifier) || ws[k]!.pos === 'AUX') return false;
    participle ||= ws[k]!.pos === 'VERB';
  }
  if (has(ws, i - 2, i, APPROVAL_STATED)) return true;
  // Given, in a participle after it: "FIRB approval received for BHP's OZ Minerals scheme",
  // "regulatory approval obtained for…" (not "approval sought for…").
  const after = ws[i + 1];
  if (after && after.pos === 'VERB' && isPast(after) && APPROVAL_GIVEN.has(after.lemma) && lemmaAt(ws, i + 2) === 'for')
    return true;
  const verbless = !participle && (k < 0 || CLAUSE_END.test(ws[k]!.text));
  const end = i + (ws[i]!.lemma === 'green' ? 2 : 1);
  return verbless && ['for', 'to'].includes(lemmaAt(ws, end)) && !ws.slice(end, end + 10).some((x) => x.pos === 'VERB');
}

/**
 * A deal or an agreement, at `j`, to trade goods or to do something other than a deal: "an existing
 * deal to buy chips manufactured at GlobalFoundries' plant", "a $16.5B deal to produce chips".
 */
export function dealForGoods(ws: Word[], j: number): boolean {
  if (lemmaAt(ws, j + 1) !== 'to') return false;
  return toDoSomethingElse(ws, j) || (TRANSACT.has(lemmaAt(ws, j + 2)) && boughtProducts(ws, j + 3));
}

/**
 * A bid, talks or an approval "to" do what is neither a deal nor a challenge to one: "bid to host
 * the Olympics", "in talks to resolve billing dispute", "approval to market a drug".
 */
export function toDoSomethingElse(ws: Word[], i: number): boolean {
  // (A hyphenated verb, one word or three to the tagger, is its last part: "talks to co-finance a film".)
  const joined = ws[i + 2]?.text.includes('-') ? ws[i + 2]!.lower.split('-').pop()! : null;
  const split = ws[i + 3]?.text === '-' && ws[i + 4]?.pos === 'VERB' ? ws[i + 4]!.lemma : null;
  const part = joined ?? split;
  if (part && lemmaAt(ws, i + 1) === 'to')
    return !TRANSACT.has(part) && !['acquire', 'buy', 'merge', 'invest'].includes(part);
  const v = ws[i + 2];
  // (Or about doing it: "in talks about rebuilding efforts after the storm" is no deal talk; "talks
  // about buying Globex", "talks on merging" are.)
  const gerund = ['about', 'on'].includes(lemmaAt(ws, i + 1)) && !!v && v.pos === 'VERB' && v.lower.endsWith('ing');
  if ((lemmaAt(ws, i + 1) !== 'to' && !gerund) || !v || v.pos !== 'VERB') return false;
  if (goesPublicByMerger(ws, i + 2)) return false; // "in talks to go public through Churchill Capital SPAC"
  // To win what is the company's but no business of it: "bid to win Globex's customers".
  if (['win', 'gain', 'secure'].includes(v.lemma)) return boughtProducts(ws, i + 3);
  // To make one is a deal still: "offers to make multibillion-dollar investment in Intel".
  if (v.lemma === 'make') return !(has(ws, i + 3, i + 7, DEAL_NOUN) || has(ws, i + 3, i + 7, OFFER));
  // (The press's buying verbs are buying: "in talks to snap up Postmates", "to swallow Globex".)
  const phrasalBuy = ['snap', 'scoop', 'gobble', 'pick'].includes(v.lemma) && lemmaAt(ws, i + 3) === 'up';
  return !(
    TRANSACT.has(v.lemma) ||
    TABLOID_BUY.has(v.lemma) ||
    phrasalBuy ||
    BLOCK.has(v.lemma) ||
    SUE.has(v.lemma) ||
    ['take', 'be', 'acquire', 'merge', 'combine', 'buy', 'pick', 'create', 'form', 'join'].includes(v.lemma) ||
    // (A bid "to value" the company at a price is the bid's price: "raised its initial bid to value the
    // power generator at about A$466.7 million".)
    v.lemma === 'value'
  );
}

/** A verb in the headline's present made "officially" or "formally": "officially acquires", "formally takes over". */
export const officialPresent = (ws: Word[], i: number) =>
  ['officially', 'formally'].includes(ws[i - 1]?.lower ?? '') &&
  // (Or the plural's present, after two parties: "Advocate Aurora and Atrium Health officially combine".)
  (isThirdPerson(ws[i]!) ||
    (ws[i]!.lower === ws[i]!.lemma &&
      !['to', 'will', 'would', 'could', 'may', 'might', 'should'].includes(lemmaAt(ws, i - 2))));

/** What a merger "into one …" makes, at `into`, is a product, not a company: "into one streaming service". */
export function intoProduct(ws: Word[], into: number): boolean {
  for (let k = into + 1; k < Math.min(ws.length, into + 6); k++) {
    const x = ws[k]!;
    if (x.pos === 'NOUN') {
      // (The head is the last noun of the phrase: "one streaming service", "a single app".)
      if (ws[k + 1]?.pos === 'NOUN') continue;
      return PRODUCT.has(x.lemma);
    }
    if (!['DET', 'NUM', 'ADJ', 'VERB'].includes(x.pos)) return false;
  }
  return false;
}

/** "go public via/through" a merger or a SPAC, at `i`: a listing that is a merger. */
export function goesPublicByMerger(ws: Word[], i: number): boolean {
  if (ws[i]?.lemma !== 'go' || lemmaAt(ws, i + 1) !== 'public') return false;
  const via = ['via', 'through', 'thru', 'in'].includes(lemmaAt(ws, i + 2)) ? i + 2 : -1;
  return via >= 0 && ws.slice(via + 1, via + 8).some((x) => DEAL_NOUN.has(x.lemma) || /(?:^|\s)spacs?$/i.test(x.text));
}

/** A headline verb between two names, read by the tagger as a plural noun: "Acme bags Globex". */
export function verbBetweenNames(ws: Word[], i: number): boolean {
  const w = ws[i]!;
  if (w.pos !== 'NOUN' || !w.lower.endsWith('s')) return false;
  if (ws[i - 1]?.pos === 'PROPN' && ws[i + 1]?.pos === 'PROPN') return true;
  // (In capitals read in lower case the names are nouns: a headline's second word, "ACME BAGS GLOBEX".)
  return lowered(ws) && i === 1 && ws[0]!.pos === 'NOUN' && ws[2]?.pos === 'NOUN';
}

/**
 * An approval of something other than a deal: of a product ("FDA approval for Globex-developed
 * drug"), or leave to sell one or to do anything else ("approval to sell Globex-made insulin").
 */
export function approvalOfOther(ws: Word[], i: number): boolean {
  const next = lemmaAt(ws, i + 1);
  if (next === 'for') return !approvedDeal(ws, i + 2);
  // Who gave it may stand between: "received approval from the central bank to operate as a bank".
  if (next === 'from') {
    const to = findWord(ws, i + 2, i + 8, 'to');
    if (to >= 0 && ws.slice(i + 2, to).every((x) => !['VERB', 'AUX'].includes(x.pos) && !CLAUSE_END.test(x.text)))
      return toDoSomethingElse(ws, to - 1);
  }
  return toDoSomethingElse(ws, i) || (next === 'to' && boughtProducts(ws, i + 3));
}

/**
 * What an approval "for" or "to" is of, from `from`: a deal ("for its Globex purchase", "to the
 * Acme-Globex merger") or a company by name ("for Globex"), not a product ("for Globex-developed
 * drug", "to Globex's new phone").
 */
export function approvedDeal(ws: Word[], from: number): boolean {
  let last: Word | undefined;
  for (let k = from; k < Math.min(ws.length, from + 8); k++) {
    const x = ws[k]!;
    // (After a noun "buy" is one, whatever the tagger says: "Fed approval for bank buy".)
    const noun = x.pos !== 'VERB' || (k > from && ['NOUN', 'PROPN'].includes(ws[k - 1]!.pos));
    if (noun && (DEAL_NOUN.has(x.lemma) || TAKEOVER_WORD.has(x.lemma))) return true;
    // An approval "to buy Globex" is the deal's: "gets green light to buy Discover".
    if (k === from && lemmaAt(ws, k - 1) === 'to' && x.pos === 'VERB' && TRANSACT.has(x.lemma)) return true;
    // (A name the tagger reads as a verb is still a name: "green light for Discover deal".)
    const name = x.pos === 'VERB' && /^\p{Lu}/u.test(x.text) && !lowered(ws);
    // (Nor is a participle that describes the deal: "approval for HPE's planned $14 billion acquisition".)
    const described =
      x.pos === 'VERB' && /ed$/u.test(x.lower) && ['NOUN', 'ADJ', 'NUM', 'SYM'].includes(ws[k + 1]?.pos ?? '');
    if (CLAUSE_END.test(x.text) || (x.pos === 'ADP' && k > from) || (x.pos === 'VERB' && !name && !described)) break;
    last = x;
  }
  return last?.pos === 'PROPN';
}

/** Whether the words name a takeover: its noun ("merger", "takeover") or a transaction verb ("to buy"). */
export function takeoverNamed(ws: Word[], from: number, to: number): boolean {
  return ws
    .slice(Math.max(0, from), Math.min(ws.length, to))
    .some((x) => TAKEOVER_WORD.has(x.lemma) || x.lemma === 'buyout' || (TRANSACT.has(x.lemma) && x.pos === 'VERB'));
}

/** Commercial dealings the word before an agreement names: "cloud deal", "supply agreement". */
export function commercial(ws: Word[], agreement: number): boolean {
  return COMMERCIAL.has(lemmaAt(ws, agreement - 1)) || COMMERCIAL.has(lemmaAt(ws, agreement - 2));
}

/** What a merger does, told after it: "deal creating a chip giant", "valuing Globex at $5bn", "giving Acme control". */
const MERGER_DOES = new Set([
  'create',
  'form',
  'combine',
  'unite',
  'value',
  'make',
  'give',
  'hand',
  'bring',
  'take',
  'end',
  'merge',
  'join',
  'put',
]);

/**
 * A deal told by what it does, when that is no takeover: "Microsoft, OpenAI strike deal lifting
 * fundraising restrictions for ChatGPT creator" (not "deal creating a chip giant", "deal valuing
 * Globex at $5bn", "deal giving Acme control of Globex", nor one whose clause names a takeover).
 */
export function doingSomethingElse(ws: Word[], agreement: number): boolean {
  const v = ws[agreement + 1];
  // (The tagger may read the participle after a noun as one: "deal lifting restrictions".)
  if (!v || !['VERB', 'NOUN'].includes(v.pos) || !/\p{L}{3}ing$/u.test(v.lower)) return false;
  if (TRANSACT.has(v.lemma) || TABLOID_BUY.has(v.lemma) || MERGER_DOES.has(v.lemma)) return false;
  for (let k = agreement + 2; k < Math.min(ws.length, agreement + 12); k++) {
    const x = ws[k]!;
    if (CLAUSE_END.test(x.text) || x.text === ',') break;
    if (TAKEOVER_WORD.has(x.lemma) || CONTROL.has(x.lemma)) return false;
    // (What it does it does to a company's: "deal lifting restrictions" ends at its preposition.)
    if (x.pos === 'ADP') break;
    if (x.pos === 'PROPN' || DEAL_NOUN.has(x.lemma)) return false;
  }
  return true;
}

/**
 * An agreement whose relative clause says it is a partnership's: "have finalized a landmark agreement
 * that cements their long-term partnership" (no takeover, though a stake may come with it).
 */
export function partnershipPact(ws: Word[], agreement: number): boolean {
  if (!['that', 'which'].includes(lemmaAt(ws, agreement + 1))) return false;
  for (let k = agreement + 2; k < Math.min(ws.length, agreement + 9); k++) {
    if (CLAUSE_END.test(ws[k]!.text) || ws[k]!.text === ',') return false;
    if (TAKEOVER_WORD.has(ws[k]!.lemma)) return false;
    if (PARTNERSHIP.has(ws[k]!.lemma)) return true;
  }
  return false;
}
const PARTNERSHIP = new Set(['partnership', 'alliance', 'collaboration', 'cooperation', 'relationship']);

/**
 * What follows a transaction verb is products of the company, not the company: a name and a plural
 * noun no set knows as a business ("Globex chips"), or such a noun before "from" and the name.
 */
/** Plural words that end firms' names: "Lehman Brothers", "Apollo Partners", "Kohlberg & Associates". */
const FIRM_TAIL = new Set(['brother', 'partner', 'associate']);

export function boughtProducts(ws: Word[], from: number): boolean {
  const business = (x: Word | undefined) =>
    !!x &&
    (OBJECT.has(x.lemma) ||
      DEAL_NOUN.has(x.lemma) ||
      STAKE.has(x.lemma) ||
      CONTROL.has(x.lemma) ||
      WHOLE.has(x.lemma) ||
      // (A company's sites are its business, not goods: "to buy two hospitals from Community Health".)
      ASSET.has(x.lemma) ||
      // (Nor are the plural words that end firms' names, however cased: "KOREA'S WOOWA BROTHERS".)
      FIRM_TAIL.has(x.lemma) ||
      // (Nor parts "of" a company: "to buy parts of failed Signature Bank"; parts "from" one are goods.)
      // (Or a portion of its assets: "to sell a portion of its New Mexico assets".)
      (['part', 'portion'].includes(x.lemma) && ws[ws.indexOf(x) + 1]?.lower === 'of'));
  // (Money is no goods: "to invest 1 bln dlrs in OpenAI".)
  const products = (x: Word | undefined) =>
    !!x &&
    x.pos === 'NOUN' &&
    x.lower.endsWith('s') &&
    !business(x) &&
    !PRICE_HEAD.has(x.lemma) &&
    !PRICE_HEAD.has(x.lower) &&
    // (Nor is time: "to acquire Brisco days after …".)
    !SPAN_OF_TIME.has(x.lemma);
  let j = from;
  // ("its products", "12 million phones", "more phones than Globex"; but "51 pct of Globex" is a share.)
  // (An amount's words are the amount: "1 bln dlrs in OpenAI".)
  let priced = false;
  // (A participle before a noun describes it: "40 used locomotives", "refurbished trucks".)
  const describes = (x: Word) =>
    x.pos === 'VERB' && /(?:ed|ing)$/.test(x.lower) && ['NOUN', 'ADJ'].includes(ws[j + 1]?.pos ?? '');
  while (ws[j] && (['DET', 'ADJ', 'PRON'].includes(ws[j]!.pos) || amountWord(ws[j]!) || describes(ws[j]!))) {
    if (shareAt(ws, j) !== undefined) return false;
    priced ||= amountWord(ws[j]!);
    j++;
  }
  // What an amount is "of" is what is bought: "sold 50 mln dlrs of Globex Inc notes".
  if (priced && ws[j]?.lower === 'of') j++;
  // (In lower-cased capitals a name is any word before "'s": "buys globex's used trucks".)
  if (ws[j]?.pos === 'PROPN' || (lowered(ws) && ws[j + 1]?.lower === "'s")) {
    while (ws[j + 1]?.pos === 'PROPN') j++;
    // What is the company's, not the company or one of its businesses: "take over Globex's Dublin
    // office lease" ("Globex's chip unit", "Globex's U.S. assets" are businesses of it).
    if (ws[j + 1]?.lower === "'s") {
      const phrase: Word[] = [];
      for (let k = j + 2; k < Math.min(ws.length, j + 7); k++) {
        // (A participle before a noun describes it: "Globex's used equipment".)
        const modifier = /(?:ed|ing)$/.test(ws[k]!.lower) && ['NOUN', 'ADJ'].includes(ws[k + 1]?.pos ?? '');
        if (ws[k]!.pos === 'ADP' || (ws[k]!.pos === 'VERB' && !modifier) || CLAUSE_END.test(ws[k]!.text)) break;
        phrase.push(ws[k]!);
      }
      // (In capitals read in lower case a name after it looks like nouns: "INTEL TO BUY ISRAEL'S
      // TOWER SEMICONDUCTOR". There only goods in the plural say it: "BUYS GLOBEX'S USED TRUCKS".)
      const last = phrase.filter((x) => x.pos === 'NOUN').at(-1);
      if (lowered(ws)) return !phrase.some(business) && products(last);
      return !phrase.some(business) && !!last;
    }
    // ("Globex-made trucks", "Globex-built engines": the name makes them.)
    // (What the name made, built or developed is a product, one or many: "Globex-made insulin".)
    // (Not where or whose a company is: "Austin-based job search engine Indeed.com", "London-listed".)
    const describesFirm = DESCRIBES_FIRM.test(ws[j + 2]?.lower ?? '');
    if (ws[j + 1]?.text === '-' && ws[j + 2] && ws[j + 2]!.pos !== 'NOUN' && !describesFirm)
      return ws[j + 3]?.pos === 'NOUN' && !business(ws[j + 3]);
    return products(ws[j + 1]) && !business(ws[j + 2]);
  }
  // A common noun first, read in a text that still has names: what is bought is that thing, unless
  // its phrase names a business ("chip unit") or runs into a name ("fintech start-up Plaid"): "buys
  // ads on Globex network", "bought advertising time on Globex's network", "sells phones".
  // (In capitals read in lower case the name is a noun, its product still hyphenated: "BUYS
  // GLOBEX-BRANDED OFFICE".)
  // (A participle, not a name's second part: "BRISCO-HALDEN INDUSTRIES".)
  const part = ws[j + 2];
  const made =
    !!part &&
    /(?:ed|made|built)$/.test(part.lower) &&
    (part.lemma !== part.lower || ['ADJ', 'VERB'].includes(part.pos));
  if (lowered(ws) && ws[j + 1]?.text === '-' && made && ws[j + 3]?.pos === 'NOUN') return !OBJECT.has(ws[j + 3]!.lemma);
  if (lowered(ws) || ws[j]?.pos !== 'NOUN') return false;
  for (let k = j; k < Math.min(ws.length, j + 6); k++) {
    const x = ws[k]!;
    if (business(x)) return false;
    if (x.pos === 'PROPN') return false; // the name the phrase ran into
    // (A capitalized word inside a sentence is a name's, however tagged: "prime broker Hidden Road".)
    if (/^\p{Lu}/u.test(x.text) && k > 0 && ws[k + 1]?.pos === 'PROPN') return false;
    // A preposition ends the phrase ("ads on Globex network"), unless it is a compound's ("start-up").
    if (
      (x.pos === 'ADP' && ws[k - 1]?.text !== '-') ||
      CLAUSE_END.test(x.text) ||
      // (Nor a compound's verb either side of its hyphen: "self-driving startup Zoox".)
      (x.pos === 'VERB' && ws[k + 1]?.text !== '-' && ws[k - 1]?.text !== '-')
    )
      return true;
  }
  return true;
}

/** An investment "in" a company (a name), and not in one of its things ("in Globex's new factory"). */
export function investedInCompany(ws: Word[], from: number): boolean {
  const k = ws.slice(from, from + 6).findIndex((x) => x.lemma === 'in');
  if (k < 0) return true; // "invests $10 billion": what in is said elsewhere
  let j = from + k + 1;
  if (ws[j]?.pos !== 'PROPN' && !lowered(ws)) return false;
  while (ws[j + 1]?.pos === 'PROPN') j++;
  // A name that only says where or whose a thing is names no company: "in Canadian EV supply
  // chain", "in Texas chip plants" (but "in OpenAI rival Anthropic" is a company still).
  const after = ws[j + 1];
  if (after?.pos === 'NOUN' && /^\p{Ll}/u.test(after.text) && !ws.slice(j + 2, j + 5).some((x) => x.pos === 'PROPN'))
    return false;
  if (ws[j + 1]?.lower !== "'s") return true;
  // Its business or a stake in it is the company's still; anything else is only its.
  return ws.slice(j + 2, j + 5).some((x) => OBJECT.has(x.lemma) || STAKE.has(x.lemma));
}

/** A purchase denied after `from` in the clause: ", not buy it", "rather than buy", "instead of acquiring". */
export function purchaseDenied(ws: Word[], from: number): boolean {
  for (let k = from; k < Math.min(ws.length, from + 10); k++) {
    if (CLAUSE_END.test(ws[k]!.text)) return false;
    const buys = (at: number) => ['acquire', 'buy', 'purchase', 'take'].includes(lemmaAt(ws, at));
    if (ws[k]!.lower === 'not' && ws[k - 1]?.text === ',' && buys(k + 1)) return true;
    if (ws[k]!.lower === 'rather' && lemmaAt(ws, k + 1) === 'than' && buys(k + 2)) return true;
    if (ws[k]!.lower === 'instead' && lemmaAt(ws, k + 1) === 'of' && buys(k + 2)) return true;
  }
  return false;
}

/** Two names joined by a hyphen just before `i`, nothing before them: a deal named by its parties ("Cisco-Splunk clears…"). */
export function hyphenPairBefore(ws: Word[], i: number): boolean {
  return (
    ws[i - 1]?.pos === 'PROPN' &&
    ws[i - 2]?.text === '-' &&
    ws[i - 3]?.pos === 'PROPN' &&
    (i - 3 === 0 || CLAUSE_END.test(ws[i - 4]!.text) || ws[i - 4]!.text === ',')
  );
}

/**
 * Where holders stand before the verb at `i`, or -1: within three words ("BG Group shareholders
 * back…"), or named for their companies ("Shareholders of Suncor, Petro-Canada back merger").
 */
export function holdersAt(ws: Word[], i: number): number {
  const near = find(ws, i - 3, i, HOLDERS);
  if (near >= 0) return near;
  let k = i - 1;
  // (Past the verb's auxiliary and adverb: "Shareholders in P&O Princess have overwhelmingly backed…".)
  while (k > 0 && ['AUX', 'ADV'].includes(ws[k]!.pos)) k--;
  const verb = k;
  // (In capitals read in lower case the names are nouns.)
  const named = (x: Word) => x.pos === 'PROPN' || (lowered(ws) && x.pos === 'NOUN' && !HOLDERS.has(x.lemma));
  // (And what describes the company before its name: "Shareholders in the UK cruise operator P&O Princess".)
  const describing = (x: Word) => ['DET', 'ADJ', 'NOUN'].includes(x.pos) && !HOLDERS.has(x.lemma);
  while (k > 0 && i - k < 12 && (named(ws[k]!) || describing(ws[k]!) || [',', '-', '&', 'and'].includes(ws[k]!.lower)))
    k--;
  const among = ws[k]?.lower === 'of' || ws[k]?.lower === 'in';
  const company = ws.slice(k + 1, verb + 1).some(named);
  if (k < verb && among && company && HOLDERS.has(lemmaAt(ws, k - 1))) return k - 1;
  // (Or named after the word, holders by name: "Xerox shareholders Carl Icahn and Darwin Deason
  // strongly criticised…".)
  let m = verb;
  while (m > 0 && verb - m < 8 && (ws[m]!.pos === 'PROPN' || ['and', '&', ','].includes(ws[m]!.lower))) m--;
  return m < verb && ws[m + 1]?.pos === 'PROPN' && HOLDERS.has(ws[m]?.lower ?? '') ? m : -1;
}

/**
 * Two names joined by a hyphen just after `i`, and nothing after them but a clause's end or a
 * preposition: the pair a regulator clears ("DOJ approves Charter-Time Warner Cable with
 * conditions", "FTC clears Zillow-Trulia"). (In capitals read in lower case the names are nouns.)
 */
export function hyphenPairAfter(ws: Word[], i: number): boolean {
  // (In capitals read in lower case a name's word may be an adjective too: "NORTHROP-ORBITAL ATK".)
  const named = (x: Word | undefined) =>
    !!x && (x.pos === 'PROPN' || (lowered(ws) && (x.pos === 'NOUN' || (x.pos === 'ADJ' && ws[i + 1] !== x))));
  let k = i + 1;
  if (!named(ws[k])) return false;
  while (named(ws[k + 1])) k++;
  // (Or a pair the reader has made one name of: "Charter-Time Warner Cable".)
  const joined = ws.slice(i + 1, k + 1).some((x) => /[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(x.text));
  if (!joined) {
    if (ws[k + 1]?.text !== '-' || !named(ws[k + 2])) return false;
    k += 2;
    while (named(ws[k + 1])) k++;
  }
  const after = ws[k + 1];
  return !after || CLAUSE_END.test(after.text) || after.text === ',' || after.pos === 'ADP';
}

/**
 * The word at `i` glued by a hyphen to a common word before it: the tail of a compound modifier,
 * no verb of its own ("makes last-ditch offer to salvage…"). (Not a name's: "Acme-Globex".)
 */
export function modifierTail(ws: Word[], i: number): boolean {
  const hyphen = ws[i - 1];
  const head = ws[i - 2];
  return (
    hyphen?.text === '-' &&
    !!head &&
    head.pos !== 'PROPN' &&
    head.at + head.text.length === hyphen.at &&
    hyphen.at + 1 === ws[i]!.at
  );
}

/** Two names just before `i`, joined by a comma or "and": "Spirit, Frontier part ways". */
export function pairBefore(ws: Word[], i: number): boolean {
  let k = i - 1;
  if (ws[k]?.pos !== 'PROPN') return false;
  while (ws[k - 1]?.pos === 'PROPN') k--;
  const joiner = ws[k - 1];
  return (
    !!joiner && (joiner.text === ',' || joiner.lower === 'and' || joiner.text === '&') && ws[k - 2]?.pos === 'PROPN'
  );
}

/**
 * A firm's name just before a verb, past its auxiliaries: partners joined by "&" or a firm's
 * suffix ("Kahn Swick & Foti Investigating …", "Halper Sadeh LLC Investigates …"). (An agency's
 * acronym is no firm: "STB to review … merger application".)
 */
export function firmSubject(ws: Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(ws[k]!.pos)) k--;
  for (let j = k; j >= Math.max(0, k - 5); j--) {
    const x = ws[j]!;
    // (A name of several words may be one word here: "Halper Sadeh LLC".)
    if (/(?:^|\s)&(?:\s|$)|(?:^|\s)(?:LLC|LLP|PLLC|P\.?C\.?|Law|Firm|Associates)$/.test(x.text)) return true;
    if (x.pos !== 'PROPN' && x.text !== ',') return false;
  }
  return false;
}
