/**
 * What one deal predicate says, read with the grammar around it (`resolve`): the heart of the
 * stage reader, one rule per construction, each with the wording that called for it. The
 * transaction verbs' own reading is `transact.ts`; the small questions the rules ask of the words
 * around them, `predicate-checks.ts`.
 */
import type { Word } from './analyse.ts';
import {
  ACCEPT,
  ACCEPTABLE,
  CLAUSE_OF_TIME,
  CHOOSE,
  INTERVENE,
  MINISTER,
  PILL_DOWN,
  DEFENCE,
  RULING,
  BORN,
  UNDO,
  ARBITER,
  AGREE,
  AGREEMENT_NOUN,
  ALLIANCE,
  ANNOUNCED,
  ANNOUNCED_PURCHASE,
  APPROVAL_NOUN,
  APPROVE,
  AWAITED,
  BLOCK,
  BREAKUP,
  CALLED_OFF,
  BECOMES,
  CLAUSE_END,
  COMPLETE,
  CONCERN_MODAL,
  CONFIRM,
  CONTEST,
  CONTROL,
  STAKE,
  MAJORITY,
  CONTRACT_KIND,
  COUNTERPARTY,
  COURT_FIGHT,
  LEXICON,
  MARKET_MOVE,
  DEADLINE,
  DEAL_NOUN,
  ANNOUNCED_DEAL,
  ENDED_DEAL,
  DECISION,
  DELAYED,
  END,
  FILING,
  FAVOUR,
  FUTURE,
  FUTURE_WHEN,
  HARM,
  HARMED,
  HEARING,
  HOLDERS,
  INFORMATION,
  INTEREST_RECEIVED,
  HOSTILE,
  CLEARED_BY_NOT,
  INADEQUATE,
  LEFT_CONTEST,
  LIFTED,
  MAKE,
  MARKET_TALK,
  NOT_NEWS,
  NOT_YET,
  OBSTACLE,
  OFFER,
  OVERRULED,
  PERIOD_OVER,
  PRIVATE,
  PRODUCT_REGULATOR,
  YIELD,
  DEAL_PAPERS,
  MERGER_FILING,
  SCHEDULED,
  RATING_MOVE,
  PURCHASE_OUTCOME,
  RACE,
  RECEIVED,
  PROBE,
  PROBE_OPENED,
  RAISED,
  RAISED_BY,
  REFERRED_TO,
  REFUSED,
  REGULATED,
  REJECT,
  REJECTABLE,
  REMEDY,
  REQUEST,
  REVIVE,
  RISK,
  TOPS,
  BACKING,
  NOMINEES,
  OBJECT,
  POSSESSIVE_S,
  WEEKDAY,
  SALVAGE,
  RUMOUR,
  SCALE_WORD,
  SECURITIES,
  SELLER_SEEKS,
  SETTLED_WITH,
  SET_TERMS,
  SIGHTS,
  STRATEGIC,
  SUBORDINATOR,
  SUCCEED,
  SUE,
  TAKEOVER_WORD,
  TALK,
  TALKED_ABOUT,
  TALKED_OF,
  TALKS_FAIL,
  TENDERED,
  TOWEL,
  TRANSACT,
  NEGATION_WORDS,
  WEIGHS,
  WHOLE_OWNED,
  URGE,
  TARGETED,
  PERMIT,
  GOVERNMENT,
  FINANCING,
  FINANCING_TROUBLE,
  CONDITION,
  FELL_SHORT,
  OBSTACLE_MET,
  HOLDERS_AGAINST,
  OBSTACLE_REMOVED,
  SETTLE_CASE,
  THRESHOLD_MET,
} from './deal-words.ts';
import {
  amountWord,
  companyBoard,
  contestFor,
  dealAfter,
  dealBefore,
  find,
  findWord,
  has,
  isPast,
  isThirdPerson,
  lemmaAt,
  lowered,
  nameAt,
  publicBodyIn,
  majorityIn,
  minorityStake,
  nearing,
  offerVerbBefore,
  pairAfter,
  pairOpens,
  passive,
  POSSESSIVE,
  reach,
  pastAsides,
  regulatorIn,
  sentenceOpens,
  shareAt,
  stateNameAt,
} from './word-reading.ts';
import {
  exposedTo,
  BID_OUTCOME,
  FAILED,
  SELLS,
  ownAction,
  overHalf,
  bidOffered,
  carried,
  dealForGoods,
  marketMovedOn,
  verbBeforeDeal,
  nameAfter,
  remedyFor,
  urgedOrHolders,
  partyBoard,
  priceRevised,
  PRICE_DOUBT,
  GOVERNMENT_ONLY,
  DEADLINE_GIVEN,
  DEMAND,
  QUESTION_MODAL,
  MERGER_WORD,
  ADVISERS,
  AUCTION,
  SIGNED_TAKEOVER,
  priceAfter,
  approvalGiven,
  toDoSomethingElse,
  doingSomethingElse,
  partnershipPact,
  officialPresent,
  goesPublicByMerger,
  verbBetweenNames,
  approvalOfOther,
  approvedDeal,
  takeoverNamed,
  commercial,
  boughtProducts,
  hyphenPairBefore,
  modifierTail,
  partnerSwitch,
  chosenBuyer,
  hyphenPairAfter,
  holdersAt,
  pairBefore,
  firmSubject,
} from './predicate-checks.ts';
import { transact } from './transact.ts';
import { ownerOf } from './transaction-parties.ts';
import type { Resolved } from './stage.ts';

/** A rescue of a company named before it, which is a deal for it: "FTX rescue", "bank bailout". */
const RESCUE = new Set(['rescue', 'bailout', 'lifeline']);
/** A white knight looked for, not yet found: "seeks white knight". */
const SEEK_WORDS = new Set(['seek', 'search', 'hunt', 'look', 'court', 'need']);

/** What a regulator has a party do again to a deal's papers: "revise merger filing". */
const REFILE = new Set(['revise', 'amend', 'refile', 're-file', 'resubmit', 'correct', 'supplement']);

/** What holders say of a deal they would see fail: "criticised the plan to sell itself". */
const CRITICISE = new Set(['criticise', 'criticize', 'slam', 'blast', 'attack', 'condemn']);

/**
 * A pact, at `j`, to buy a stated minority stake or more of a holding: a holding bought, as one
 * agreed ("inks pact to acquire 26 pc stake in AMPSolar"). (Stated: an owner's stake may be control, "signs deal to buy
 * Vivendi's Maroc Telecom stake".)
 */
function stakePact(ws: Word[], j: number): boolean {
  // (Or more of a holding: "to buy additional 34,249 equity shares".)
  const stated =
    [0, 1, 2].some((k) => (shareAt(ws, j + 3 + k) ?? 50) < 50) ||
    ['more', 'additional', 'further'].includes(lemmaAt(ws, j + 3));
  return lemmaAt(ws, j + 1) === 'to' && TRANSACT.has(lemmaAt(ws, j + 2)) && stated && minorityStake(ws, j + 3);
}

/** A deal "for" a measured quantity, goods bought by the unit: "a deal for 6 gigawatts of AI computing power". */
function dealForQuantity(ws: Word[], j: number): boolean {
  const unit = ws[j + 3];
  return (
    lemmaAt(ws, j + 1) === 'for' &&
    ws[j + 2]?.pos === 'NUM' &&
    !!unit &&
    unit.pos === 'NOUN' &&
    !SCALE_WORD.has(unit.lower) &&
    !STAKE.has(unit.lemma) &&
    lemmaAt(ws, j + 4) === 'of'
  );
}

/**
 * A deal whose point, said after it in its sentence, is a minority stake: "strikes $6B AMD deal, could
 * take 10% stake in chipmaker".
 */
function stakeSaidAfter(ws: Word[], j: number): boolean {
  for (let k = j + 1; k < Math.min(ws.length, j + 10); k++) {
    if (CLAUSE_END.test(ws[k]!.text)) return false;
    // (A deal "for" a stake is one struck for it, as the project counts a stake bought: "strikes deal
    // for 14.6% Vodafone stake" is agreed.)
    if (['take', 'get', 'gain', 'acquire'].includes(ws[k]!.lemma) && minorityStake(ws, k + 1)) return true;
  }
  return false;
}

/**
 * Talks, at `t`, about a minority stake, which are no deal talks: "in talks about buying a stake in
 * rival KMW", "in preliminary talks to sell a minority stake to SoftBank".
 */
function stakeTalks(ws: Word[], t: number): boolean {
  return (
    ['to', 'about', 'over', 'on'].includes(lemmaAt(ws, t + 1)) &&
    TRANSACT.has(lemmaAt(ws, t + 2)) &&
    (minorityStake(ws, t + 3) || countedThings(ws, t + 3))
  );
}

/**
 * Things counted, not a company: "more than 400 stores", "three plants" (talks to sell them are a
 * sale of assets, as a stake's are a holding's: "in talks to sell more than 400 stores to C&S as
 * part of their proposed merger").
 */
function countedThings(ws: Word[], k: number): boolean {
  while (
    ['more', 'than', 'over', 'about', 'nearly', 'almost', 'around', 'some', 'up', 'to'].includes(ws[k]?.lower ?? '')
  )
    k++;
  if (ws[k]?.pos !== 'NUM' || /^[$€£¥]/u.test(ws[k - 1]?.text ?? '')) return false;
  const noun = [k + 1, k + 2].find((j) => ws[j]?.pos === 'NOUN');
  return (
    noun !== undefined && /s$/u.test(ws[noun]!.lower) && !['percent', 'shares', 'stocks'].includes(ws[noun]!.lower)
  );
}

/** A company's directors, whose vote agrees a deal (holders' approves it). */
const DIRECTORS = new Set(['director', 'directors', 'trustee', 'trustees']);

/** Where a buyer stands that is still bidding: "trying to buy", "in the lead to acquire". */
const STILL_BIDDING = new Set(['try', 'attempt', 'lead', 'frontrunner', 'favourite', 'favorite']);

/** Who recommends a vote rather than casting it: "recommends that shareholders vote in favour". */
const VOTE_URGED = new Set(['recommend', 'urge', 'advise', 'encourage', 'ask']);
/** The head of a public body's name, read as one word, that `publicBodyIn`'s sets do not hold already:
 * "Surface Transportation Board", "Competition Bureau". */
const PUBLIC_BODY_HEAD = new Set(['board', 'bureau', 'office', 'council']);
/** What keeps a party from closing its deal: "hold off on closing", "barred from completing". */
const HELD_OFF = new Set(['hold', 'refrain', 'bar', 'stop', 'prevent', 'block', 'delay', 'pause', 'enjoin']);
/** What a court does with a block it orders: "to impose a preliminary block", "to grant an injunction". */
const IMPOSED = new Set(['impose', 'grant', 'issue', 'order']);
/** What a regulator asks a court to do to a deal short of blocking it: "request to pause Microsoft deal". */
const HELD_UP = new Set(['pause', 'halt', 'delay', 'suspend', 'stop', 'freeze']);
/** A court's decision, which a higher court upholds: "upheld a district court's ruling". */
const RULING_WORD = new Set([...RULING, 'decision', 'approval']);
/** What a deal does to the review it comes under: "faces EU probe", "draws scrutiny", "triggers an inquiry". */
/** "in a $24.6 billion deal", "in a deal worth $2bn" within the clause after `from`. */
export function pricedDealAfter(ws: Word[], from: number): boolean {
  for (let k = from; k < Math.min(ws.length, from + 10); k++) {
    const x = ws[k]!;
    // (A suffix's full stop ends no clause: "Albertsons Cos. in a $24.6 billion deal".)
    const suffixDot = x.text === '.' && /^\p{Ll}/u.test(ws[k + 1]?.text ?? '');
    if ((CLAUSE_END.test(x.text) && !suffixDot) || x.text === ',') return false;
    if (x.lower !== 'in' || !['a', 'an'].includes(ws[k + 1]?.lower ?? '')) continue;
    const noun = find(ws, k + 2, k + 7, DEAL_NOUN);
    if (noun < 0) return false;
    const priced = ws.slice(k + 2, noun).some((y) => y.pos === 'NUM' || /^[$€£¥]/u.test(y.text));
    // ("valued" as written: the tagger's lemma is "value".)
    return priced || ['worth', 'valued'].includes(ws[noun + 1]?.lower ?? '');
  }
  return false;
}
/** What a bidder does to support it has not yet: "drum up support", "seeks support", "rallies support". */
const SUPPORT_SOUGHT = new Set(['drum', 'seek', 'rally', 'garner', 'gather', 'build', 'court', 'canvass', 'lobby']);
/** What asks a public body for its approval: "files petition with NCLT for approval", "seeking sanction". */
const APPLIED_FOR = new Set(['petition', 'application', 'apply', 'seek', 'request']);
/** A court's proceedings, which a stay or a halt may stop without stopping the deal. */
const LEGAL_ACTION = new Set([
  'proceeding',
  'proceedings',
  'trial',
  'lawsuit',
  'litigation',
  'case',
  'hearing',
  'suit',
]);
const PROBE_FACED = new Set(['face', 'draw', 'trigger', 'attract', 'spark', 'prompt', 'undergo']);
/** A finite verb in `[from, to)` before the clause ends: what a subject does ("… faces", "… wins"). */
function finiteAfter(ws: Word[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(ws.length, to); k++) {
    const x = ws[k]!;
    if (CLAUSE_END.test(x.text) || x.text === ',') return false;
    if (x.pos === 'VERB' && lemmaAt(ws, k - 1) !== 'to' && (isThirdPerson(x) || isPast(x))) return true;
  }
  return false;
}

/** A change the parties agree to their deal: "agreed to a delay and price reduction for its merger". */
const AMENDMENT = new Set(['reduction', 'amendment', 'revision', 'change', 'extension', 'delay']);
/** An attempt to stop a deal, which its parties may defeat: "defeat effort to block merger". */
const BLOCK_EFFORT = new Set(['effort', 'attempt', 'bid', 'push', 'move', 'drive', 'challenge']);
/** What parties do to an effort against their deal that beats it. */
const DEFEATS = new Set(['defeat', 'beat', 'survive', 'overcome', 'fend', 'repel']);
/** What is done to a court asked for an injunction: "was asked to issue an injunction", "requested an injunction". */
const INJUNCTION_SOUGHT = new Set(['ask', 'request', 'petition', 'motion', 'apply']);

/** A buyer's step towards a deal, which holders back: "move to buy", "plan to acquire". */
const MOVE_TO = new Set(['move', 'plan', 'decision', 'attempt']);

/** What a regulator brings against a deal that terms agreed can settle: a suit, a challenge, charges. */
const CASE_BROUGHT = new Set([...SUE, 'charge', 'charges', 'complaint', 'allegation']);

/** What a company reviews when it weighs a deal of its own: its options, its alternatives. */
const OPTIONS = new Set(['option', 'options', 'alternative', 'alternatives']);

/** What a party does about a block it expects: "sees takeover being blocked", "fears deal blocked". */
const FORESEE = new Set(['see', 'expect', 'fear', 'foresee', 'predict']);

/** What a board withdraws from a bid it had backed: its backing, or its directors' acceptance. */
const WITHDRAWN_BACKING = new Set([...BACKING, 'acceptance']);

/** A deal's terms, as parties settle on them: "on lower $36 a share price", "on new terms". */
const DEAL_TERMS = new Set(['price', 'term', 'terms']);

/**
 * Decides what the predicate at `i` says, reading the words around it. Returns the stage and
 * how far the phrase runs, or null when the word is not about a deal here ("ends the year",
 * "clears the backlog").
 */
export function resolve(ws: Word[], i: number): Resolved | null {
  const w = ws[i]!;
  const l = w.lemma;
  const next = lemmaAt(ws, i + 1);
  for (const rules of RULES) {
    const r = rules(ws, i, w, l, next);
    if (r !== undefined) return r;
  }
  return null;
}

/**
 * A run of `resolve`'s rules, in order: a reading, or null when a rule decides that the word is
 * no deal's here, or undefined when none decides and the next run is asked. The rules are one
 * list, the first that decides wins; they are cut into runs of a few hundred lines because V8
 * optimises no function past 60 KB of bytecode: `resolve` written as one function was 150 KB,
 * ran interpreted for every word of every headline, and was the larger part of the reader's
 * time, itself half of grouping's (`npm run bench`). Each run is named for its main rules; a new
 * rule goes where its order requires (test/function-size.test.ts keeps the runs short).
 */
type Rules = (ws: Word[], i: number, w: Word, l: string, next: string) => Resolved | null | undefined;

/** Where the deal noun closest after `i` (within `n` words) stands, or `i` when there is none. */
function objectEnd(ws: Word[], i: number, n = 6): number {
  const j = find(ws, i + 1, i + 1 + n, DEAL_NOUN);
  return j >= 0 ? j : i;
}

/** Rules (1): white knights, sums bet or splashed out, phrasal verbs ("call off", "walk away", "take over"), contests won and lost, a takeover noun. */
const readPhrasalsAndContests: Rules = (ws, i, w, l, next) => {
  // A white knight's offer is the one the target invited: "Bayer emerges as white knight with
  // €16.3bn offer for Schering" (agreed; a knight sought is read at "seek").
  if (OFFER.has(l)) {
    const knight = ws
      .slice(Math.max(0, i - 6), i)
      .findIndex((x, k, a) => x.lower === 'white' && a[k + 1]?.lemma === 'knight');
    if (knight >= 0 && !has(ws, Math.max(0, i - 8), i, SEEK_WORDS))
      return { stage: 'agreed', start: Math.max(0, i - 6) + knight, end: i };
  }
  // A purchase named by the day it was made is one announced that day: "continued the trend with
  // today's acquisition of EYP Mission Critical Facilities" (agreed; its completion is read at
  // "complete").
  if (
    TAKEOVER_WORD.has(l) &&
    l !== 'sale' &&
    POSSESSIVE_S.has(ws[i - 1]?.lower ?? '') &&
    (WEEKDAY.has(ws[i - 2]?.lower ?? '') || ['today', 'yesterday'].includes(ws[i - 2]?.lower ?? '')) &&
    next === 'of' &&
    nameAt(ws, i + 2)
  )
    return { stage: 'agreed', start: i - 2, end: i + 2 };
  // A purchase a buyer does something "with", named by its target, is the deal announced: "Sanofi
  // Expands Cancer Treatment Offerings with $9.5 Billion Blueprint Acquisition", "bolsters portfolio
  // with $5bn Globex acquisition" (not talks "with" someone, nor a cost of one: "struggles with Globex
  // acquisition costs").
  if (TAKEOVER_WORD.has(l) && l !== 'sale' && w.pos !== 'VERB') {
    const by = findWord(ws, Math.max(0, i - 8), i, 'with');
    const between = by >= 0 ? ws.slice(by + 1, i) : [];
    const phrase = between.every(
      (x) =>
        ['DET', 'NUM', 'SYM', 'ADJ', 'PROPN'].includes(x.pos) ||
        x.text === '-' ||
        POSSESSIVE_S.has(x.lower) ||
        SCALE_WORD.has(x.lower),
    );
    const named = between.some((x) => x.pos === 'PROPN') || (next === 'of' && nameAt(ws, i + 2));
    const did = ws.slice(Math.max(0, by - 6), by).some((x) => x.pos === 'VERB' || isThirdPerson(x));
    const talks = has(ws, Math.max(0, by - 3), by, TALK);
    if (by >= 0 && phrase && named && did && !talks && ws[i + 1]?.pos !== 'NOUN')
      return { stage: 'agreed', start: by, end: next === 'of' ? objectEnd(ws, i, 6) : i };
  }
  // A sum bet on a company, in a takeover the clause names, is the price agreed: "Gilead bets $11B on
  // Pharmasset's hep C drugs in buyout". (A bet on a market is none: "bets $1B on AI chips".)
  // (The tagger may read "bets" after a name as a noun.)
  if ((l === 'bet' || w.lower === 'bets') && (w.pos === 'VERB' || nameAt(ws, i - 1)) && ws[i + 1]?.pos === 'SYM') {
    const on = findWord(ws, i + 2, i + 6, 'on');
    const end = ws.slice(i + 1).findIndex((x) => CLAUSE_END.test(x.text));
    const to = end < 0 ? ws.length : i + 1 + end;
    const takeover = ws.findIndex((x, k) => k > on && k < to && (TAKEOVER_WORD.has(x.lemma) || x.lemma === 'buyout'));
    if (on > 0 && nameAt(ws, on + 1) && takeover > 0) return { stage: 'agreed', end: takeover };
  }
  // (So is a sum splashed, shelled or forked out on a company: "Restaurant Group splashes out £559m on
  // Wagamama" — on a name, not on "new stores".)
  const spent = ['splash', 'shell', 'fork'].includes(l) && next === 'out' && ws[i + 2]?.pos === 'SYM';
  if (spent) {
    const on = ws.findIndex((x, k) => k > i + 2 && k < i + 8 && (x.lower === 'on' || x.lower === 'for'));
    if (on > 0 && nameAt(ws, on + 1)) return { stage: 'agreed', end: on + 1 };
  }
  // Phrasal verbs first: "call off", "walk away", "pull out", "take over", "snap up", "wrap up", "break down", "fall apart".
  if (
    (l === 'call' && next === 'off') ||
    (l === 'walk' && next === 'away') ||
    (l === 'pull' && (next === 'out' || next === 'the' || next === 'plug')) ||
    (l === 'give' && next === 'up') ||
    (l === 'back' && (next === 'out' || next === 'away')) || // "backs away from $44B deal"
    (l === 'bow' && next === 'out') ||
    (l === 'drop' && next === 'out' && lemmaAt(ws, i + 2) === 'of') || // "drops out of Globex auction"
    (l === 'fall' && (next === 'apart' || next === 'through' || next === 'thru')) // the tagger's lemma of "through"
  ) {
    if (l === 'pull' && next === 'the' && lemmaAt(ws, i + 2) !== 'plug') return null;
    // Leave given, not taken: "judge rules Energy Transfer can walk away from Williams deal" puts the
    // deal in doubt ("could call off" likewise).
    const allowed = ['can', 'could', 'may', 'might'].includes(lemmaAt(ws, i - 1));
    // (In capitals read in lower case the company is a noun: "CAN WALK AWAY FROM UNITED RENTALS".)
    const fromCompany =
      ws[i + 3]?.pos === 'PROPN' ||
      (lowered(ws) && lemmaAt(ws, i + 2) === 'from' && ['NOUN', 'ADJ', 'VERB'].includes(ws[i + 3]?.pos ?? ''));
    if (allowed && (dealAfter(ws, i + 1, 8) || fromCompany))
      return { stage: 'at_risk', start: i - 1, end: Math.max(objectEnd(ws, i, 9), i + 1), hedge: true };
    // ("gives up its lead" is no deal; "gives up fight for ITT" gives up a contest for a company.)
    const race = find(ws, i + 2, i + 5, RACE);
    const raceFor = race >= 0 && lemmaAt(ws, race + 1) === 'for' && (ws[race + 2]?.pos === 'PROPN' || lowered(ws));
    if (l === 'give' && !dealAfter(ws, i + 1, 6) && !raceFor) return null;
    // What is called off is its object: "calls off IPO after agreeing to sale to Globex" ends the
    // listing, not the sale. (Its deal may stand past the parties or a price: "calls off $5bn Globex merger".)
    if (l === 'call' && !passive(ws, i + 1, true) && lemmaAt(ws, i - 1) !== 'be') {
      const phrase: Word[] = [];
      for (let k = i + 2; k < Math.min(ws.length, reach(ws, i + 1, 9, 1) + 1); k++) {
        // (A hyphen joins a name or a compound: "Brisco-Halden Industries deal".)
        if (['ADP', 'VERB', 'CCONJ', 'SCONJ'].includes(ws[k]!.pos) || (ws[k]!.pos === 'PUNCT' && ws[k]!.text !== '-'))
          break;
        phrase.push(ws[k]!);
      }
      const deal = (x: Word) => DEAL_NOUN.has(x.lemma) || TALK.has(x.lemma) || TAKEOVER_WORD.has(x.lemma);
      if (phrase.length && !phrase.some(deal)) return null;
    }
    // A company that walks away, and says no more, leaves its deal: "Silicon Motion to pursue
    // arbitration after MaxLinear walks away". (Only a name's, at the clause's end: not "walks away
    // with $50 million", nor "fans walk away"; nor is a deal past the comma the one it leaves:
    // "TransDigm walks away, clearing path for Parker's Meggitt deal".)
    const bare = (x: Word | undefined) => !x || CLAUSE_END.test(x.text) || x.text === ',';
    // (In capitals read in lower case the name is a noun: "AFTER MAXLINEAR WALKS AWAY".)
    const leaver = nameAt(ws, i - 1);
    if (l === 'walk' && next === 'away' && bare(ws[i + 2]))
      return leaver && w.pos === 'VERB' ? { stage: 'terminated', end: i + 1 } : null;
    // In the passive ("merger of A and B called off") the deal is the subject, further back.
    const passiveUse = isPast(w) && (lemmaAt(ws, i - 1) === 'be' || passive(ws, i + 1, true));
    if (l === 'fall' ? dealBefore(ws, i, 6) : dealAfter(ws, i + 1, 8) || dealBefore(ws, i, passiveUse ? 8 : 4))
      return { stage: 'terminated', end: l === 'fall' ? i + 1 : Math.max(objectEnd(ws, i, 9), i + 1) };
    // "walks away from Globex, citing regulatory hurdles": from the company itself, its deal is over
    // (not "from Globex partnership": a thing of the company's).
    // (In capitals read in lower case the company is one noun: "WALKS AWAY FROM GLOBEX AFTER".)
    // (Or anything last: "BAIN WALKS AWAY FROM CHEMRING", the name tagged a verb.)
    const company =
      ws[i + 3]?.pos === 'PROPN' ||
      (lowered(ws) && (ws[i + 3]?.pos === 'NOUN' || (!!ws[i + 3] && /^\p{L}+$/u.test(ws[i + 3]!.text) && !ws[i + 4])));
    if ((l === 'walk' || l === 'pull' || l === 'back') && lemmaAt(ws, i + 2) === 'from' && company) {
      let k = i + 3;
      while (ws[k + 1]?.pos === 'PROPN' || (ws[k + 1]?.text === '-' && ws[k + 2]?.pos === 'PROPN')) k++;
      const after = ws[k + 1];
      // (Anything but a common noun after the name ends it: "from Grubhub as rival … swoops in".)
      // (Nor an owner's 's: "from Globex's stadium project" is a thing of the company's.)
      // (A rescue of the company is a deal for it: "walks away from FTX rescue".)
      if (!after || CLAUSE_END.test(after.text) || (after.pos !== 'NOUN' && after.pos !== 'PART'))
        return { stage: 'terminated', end: k };
      if (RESCUE.has(after.lemma)) return { stage: 'terminated', end: k + 1 };
    }
    // "bows out of Globex race", "pulls out of the contest for Globex": a bidder leaves the contest.
    // (In capitals read in lower case the company is a noun: "GIVES UP FIGHT FOR ITT".)
    const contest = contestFor(ws, i + 2);
    if (contest < 0 && raceFor) return { stage: 'terminated', end: race };
    return contest >= 0 ? { stage: 'terminated', end: contest } : null;
  }
  // "Acme walks from Globex talks over valuation gap": away, said without the adverb.
  // (The deal is what it walks from, not later: "walks from the stage after talk".)
  if (l === 'walk' && next === 'from' && w.pos === 'VERB') {
    // (A hyphen joins a name: "walks from Brisco-Halden Industries talks".)
    const to = Math.min(ws.length, reach(ws, i + 1, 4, 1) + 1);
    let k = i + 2;
    while (k < to && (ws[k]!.text === '-' || !['ADP', 'VERB', 'PUNCT'].includes(ws[k]!.pos))) k++;
    if (dealAfter(ws, i + 1, k - i - 1)) return { stage: 'terminated', end: k - 1 };
  }
  // "in battle for Globex", "leads the race for Globex": a contest still open; one left is over
  // ("quits the race for Globex"; one won is read at "wins"). (Not for what is the company's:
  // "battle for Globex's customers".)
  if (
    RACE.has(l) &&
    w.pos !== 'VERB' &&
    next === 'for' &&
    (ws[i + 2]?.pos === 'PROPN' || lowered(ws)) &&
    !boughtProducts(ws, i + 2)
  ) {
    const left = find(ws, Math.max(0, i - 3), i, LEFT_CONTEST);
    return left >= 0 ? { stage: 'terminated', start: left, end: i + 2 } : { stage: 'negotiating', end: i + 2 };
  }
  // "could make a move for Globex", "makes move on Globex": a suitor's approach.
  if (
    l === 'move' &&
    w.pos !== 'VERB' &&
    (next === 'for' || next === 'on') &&
    (ws[i + 2]?.pos === 'PROPN' || lowered(ws))
  )
    if (has(ws, Math.max(0, i - 3), i, MAKE))
      return { stage: 'rumored', start: find(ws, i - 3, i, MAKE), end: i + 2, hedge: true };
  // "lines up £3bn swoop on Globex": a bid being prepared.
  if (l === 'line' && next === 'up' && has(ws, i + 2, i + 7, OFFER))
    return { stage: 'rumored', end: find(ws, i + 2, i + 7, OFFER), hedge: true, form: 'intent' };
  // "received acceptances for more than 90% of Globex shares": the offer has won control.
  if (l === 'acceptance' && (majorityIn(ws, i + 1, i + 6) || majorityIn(ws, i - 3, i)))
    return { stage: 'completed', end: i, tendered: true };
  if (l === 'break' && next === 'down') return dealBefore(ws, i, 4) ? { stage: 'at_risk', end: i + 1 } : null;
  // "broke off talks with Globex"; in the passive the talks come first: "talks with Globex had been broken off".
  if (l === 'break' && next === 'off')
    return dealAfter(ws, i + 1) || (isPast(w) && dealBefore(ws, i, 6))
      ? { stage: 'terminated', end: Math.max(i + 1, objectEnd(ws, i, 8)) }
      : null;
  // Taking over "from" someone or "as" something is a succession: "to take over from Matt Smith",
  // "takes over as chief executive".
  if (l === 'take' && next === 'over' && ['from', 'as', 'for'].includes(lemmaAt(ws, i + 2)) && ws[i + 3]?.pos !== 'SYM')
    return null;
  if (
    (l === 'take' && next === 'over') ||
    (l === 'snap' && next === 'up') ||
    (l === 'scoop' && next === 'up') ||
    (l === 'pick' && next === 'up') ||
    (l === 'gobble' && next === 'up')
  ) {
    // (Made "officially" in the headline's present, one done: "Hanwha officially takes over DSME".)
    const r = transact(ws, i, i + 1);
    return r?.stage === 'agreed' && officialPresent(ws, i) ? { ...r, stage: 'completed', start: i - 1 } : r;
  }
  // "Origin investors knock back sweetened bid": knocked back is turned down, not backed.
  // (Past an owner and a price: "knocks back Newmont's $17 billion proposal".)
  const knocked =
    l === 'knock' && next === 'back' ? find(ws, i + 2, Math.max(i + 6, reach(ws, i + 1, 4, 1) + 1), REJECTABLE) : -1;
  if (knocked >= 0) return { stage: 'at_risk', end: knocked };
  // "sizing up tilt at Spirax", "sizes up Globex": a suitor weighing a move.
  if (
    (l === 'size' || l === 'sizing') &&
    next === 'up' &&
    (ws[i + 2]?.pos === 'PROPN' || has(ws, i + 2, i + 5, OFFER) || dealAfter(ws, i + 1, 4))
  )
    return { stage: 'rumored', end: Math.max(i + 1, find(ws, i + 2, i + 5, OFFER)), hedge: true, form: 'intent' };
  // "shakes hands on $3bn Domain sell-down": agreed.
  if (l === 'shake' && next === 'hand' && lemmaAt(ws, i + 2) === 'on' && dealAfter(ws, i + 2, 6))
    return { stage: 'agreed', end: objectEnd(ws, i, 8) };
  // "Acme and Globex to join forces in $10bn merger": a merger, read with the verb's tense.
  if (l === 'join' && (next === 'force' || next === 'forces') && dealAfter(ws, i + 1, 6)) return transact(ws, i, i + 1);
  // "Acme pulls Globex offer", "calls time on Globex pursuit": the bidder walks away.
  if (l === 'pull' && next !== 'in' && has(ws, i + 1, i + 4, OFFER))
    return { stage: 'terminated', end: find(ws, i + 1, i + 4, OFFER) };
  if (l === 'call' && next === 'time' && lemmaAt(ws, i + 2) === 'on' && dealAfter(ws, i + 2, 5))
    return { stage: 'terminated', end: objectEnd(ws, i, 7) };
  // "Regulators raise red flags over Acme-Globex deal": concerns.
  if (
    l === 'flag' &&
    lemmaAt(ws, i - 1) === 'red' &&
    RAISED_BY.has(lemmaAt(ws, i - 2)) &&
    regulatorIn(ws, Math.max(0, i - 6), i - 2) &&
    (dealAfter(ws, i, 6) || pairAfter(ws, i + 2))
  )
    return { stage: 'regulatory_review', start: i - 2, end: i };
  if (l === 'wrap' && next === 'up') {
    if (!dealAfter(ws, i + 1)) return null;
    // (One still to come is a closing foreseen, as "expects to complete": "expects to wrap up its
    // planned $4.7 billion purchase of Spirit AeroSystems before the end of the year".)
    const ahead = lemmaAt(ws, i - 1) === 'to' || CONCERN_MODAL.has(ws[i - 1]?.lower ?? '');
    return { stage: ahead ? 'agreed' : 'completed', end: objectEnd(ws, i, 8) };
  }
  // The trade press's "wraps" alone, with the purchase as its object: "Pfizer wraps $10B Metsera takeover".
  if (l === 'wrap' && (w.pos === 'VERB' || isThirdPerson(w) || lowered(ws))) {
    const to = reach(ws, i, 5, 1) + 1;
    const bought = find(ws, i + 1, to, TAKEOVER_WORD);
    // (Or a deal named by its target: "Salesforce wraps ExactTarget deal".)
    const named = findWord(ws, i + 1, to, 'deal');
    const k = bought >= 0 ? bought : named > i + 1 && nameAt(ws, named - 1) ? named : findWord(ws, i + 1, to, 'buy');
    // (A "buy" after a name is the noun, however tagged: "wraps $28 bln Splunk buy".)
    return k >= 0 && (ws[k]!.pos !== 'VERB' || ws[k - 1]?.pos === 'PROPN') ? { stage: 'completed', end: k } : null;
  }
  // "explores strategic options", "is reviewing strategic alternatives", "launches a strategic review": a sale weighed.
  if (l === 'strategic' && STRATEGIC.has(lemmaAt(ws, i + 1)) && has(ws, Math.max(0, i - 3), i, WEIGHS))
    return {
      stage: 'rumored',
      start: find(ws, Math.max(0, i - 3), i, WEIGHS),
      end: i + 1,
      hedge: true,
      form: 'intent',
    };
  // "Acme sets its sights on Globex": interest.
  if (l === 'set' && find(ws, i + 1, i + 3, SIGHTS) >= 0 && ws.slice(i + 2, i + 6).some((x) => x.pos === 'PROPN'))
    return { stage: 'rumored', end: find(ws, i + 1, i + 3, SIGHTS), hedge: true };
  // "throws in the towel on Globex": gives up.
  if (l === 'throw' && next === 'in' && find(ws, i + 2, i + 5, TOWEL) >= 0)
    return { stage: 'terminated', end: find(ws, i + 2, i + 5, TOWEL) };
  // "concedes defeat in Distillers battle": a bidder that gives up a contest for a company or a deal.
  if (l === 'concede' && next === 'defeat') {
    const over = find(ws, i + 2, i + 7, CONTEST);
    const k = over >= 0 ? over : find(ws, i + 2, i + 7, DEAL_NOUN);
    if (k >= 0 && (ws.slice(i + 2, k).some((x) => x.pos === 'PROPN') || lowered(ws) || DEAL_NOUN.has(ws[k]!.lemma)))
      return { stage: 'terminated', end: k };
  }
  // "loses court fight over Globex deal", "loses its appeal against the block": the court has the last word.
  // (A regulator or a government that loses it has failed to stop the deal: "Justice Department loses
  // appeal to bust up AT&T-Time Warner merger".)
  // (So has anyone whose fight was against the deal: "Exxon Mobil lost arbitration challenge against
  // Chevron's $55 billion Hess acquisition".)
  if (l === 'lose' && has(ws, i + 1, i + 4, COURT_FIGHT) && dealAfter(ws, i, 8)) {
    const against = findWord(ws, i + 1, i + 6, 'against');
    const stopper =
      regulatorIn(ws, Math.max(0, i - 4), i) ||
      has(ws, Math.max(0, i - 4), i, GOVERNMENT) ||
      (against >= 0 && dealAfter(ws, against, 6));
    const fought = against >= 0 ? find(ws, against + 1, against + 9, DEAL_NOUN) : -1;
    return { stage: stopper ? 'approved' : 'blocked', end: Math.max(fought, objectEnd(ws, i, 8)) };
  }
  // A court that upholds a deal, or the ruling that let it through, lets it stand: "Appeals court
  // upholds AT&T-Time Warner merger", "upheld a district court's ruling that AT&T's acquisition of Time
  // Warner is legal" (one that upholds a block blocks it, read at the block).
  if (l === 'uphold' && (w.pos === 'VERB' || isThirdPerson(w)) && !has(ws, i + 1, i + 6, BLOCK)) {
    const ruling = find(ws, i + 1, i + 7, RULING_WORD);
    if (dealAfter(ws, i, 6) || (ruling >= 0 && dealAfter(ws, ruling, 8)))
      return { stage: 'approved', end: Math.max(ruling, objectEnd(ws, i, 8)) };
  }
  // A party that defeats the government in a fight over its deal has it let through: "AT&T defeats
  // U.S. in merger fight to buy Time Warner".
  if (['defeat', 'beat'].includes(l) && (w.pos === 'VERB' || isThirdPerson(w))) {
    const state = publicBodyIn(ws, i + 1, i + 3) || stateNameAt(ws, i + 1) || stateNameAt(ws, i + 2);
    const fight = lemmaAt(ws, i + 2) === 'in' || lemmaAt(ws, i + 3) === 'in' ? find(ws, i + 2, i + 7, CONTEST) : -1;
    if (state && fight >= 0 && ws[fight]!.lemma !== 'deal')
      return { stage: 'approved', end: Math.max(fight, objectEnd(ws, i, 9)) };
  }
  // A court that denies a regulator's bid to block a deal lets it through: "Judge denies FTC bid to
  // block Meta's acquisition of Within" (as "rejects FTC request to block", read at "reject").
  // (Or refuses it, a request to pause the deal as much as to block it: "US court refuses FTC request to
  // pause Microsoft deal for Activision".)
  if ((l === 'deny' || l === 'refuse') && (w.pos === 'VERB' || isThirdPerson(w))) {
    const asked = find(ws, i + 1, i + 5, REQUEST);
    // (A court denies it, or the bid is a regulator's: not a company denying it tried to block one.)
    const whose = regulatorIn(ws, i + 1, Math.max(i + 1, asked + 1)) || has(ws, Math.max(0, i - 3), i, GOVERNMENT);
    const stopped = BLOCK.has(lemmaAt(ws, asked + 2)) || HELD_UP.has(lemmaAt(ws, asked + 2));
    if (whose && asked >= 0 && lemmaAt(ws, asked + 1) === 'to' && stopped && dealAfter(ws, asked + 2, 8))
      return { stage: 'approved', end: Math.max(asked + 2, objectEnd(ws, i, 10)) };
    // (A court that denies an injunction itself, no request named: "Judge Corley denies preliminary
    // injunction in big win for Xbox".)
    const injunction = findWord(ws, i + 1, i + 4, 'injunction');
    // (A judge named is one word with the name: "Judge Corley".)
    const judge = ws.slice(Math.max(0, i - 4), i).some((x) => /^judge\s/iu.test(x.text));
    // (Against something, only a deal: "denies request for injunction against Acme strike" is none.)
    const against = ['against', 'over', 'on', 'to'].includes(lemmaAt(ws, injunction + 1));
    if (
      l === 'deny' &&
      injunction >= 0 &&
      (judge || has(ws, Math.max(0, i - 4), i, GOVERNMENT)) &&
      (!against || dealAfter(ws, injunction, 8))
    )
      return { stage: 'approved', end: injunction };
  }
  // A regulator that closes or ends its review of a deal lets it through: "FTC closes review of
  // Zillow-Trulia deal without action" (one that closes a deal's review by suing is read at "sue").
  if (
    ['close', 'end', 'conclude', 'complete'].includes(l) &&
    (w.pos === 'VERB' || (w.lower.endsWith('s') && ws[i - 1]?.pos === 'PROPN')) &&
    has(ws, i + 1, i + 5, PROBE) &&
    regulatorIn(ws, Math.max(0, i - 5), i) &&
    (dealAfter(ws, i, 8) || ws.slice(i + 1, i + 8).some((_, k) => pairAfter(ws, i + 1 + k)))
  )
    return { stage: 'approved', end: Math.max(find(ws, i + 1, i + 4, PROBE), objectEnd(ws, i, 8)) };
  // Terms amended or revised are the agreement changed, still agreed: "Worldline and Ingenico amend
  // terms of merger after pandemic hit", "revise merger agreement", "restructure deal as all-stock
  // merger of equals".
  if (
    ['amend', 'revise', 'restructure', 'rework', 'recast'].includes(l) &&
    w.pos === 'VERB' &&
    (has(ws, i + 1, i + 4, SET_TERMS) || lemmaAt(ws, i + 1) === 'deal') &&
    dealAfter(ws, i, 5)
  )
    return { stage: 'agreed', end: objectEnd(ws, i, 5) };
  // (The terms named by the other party: "Viacom revises Blockbuster terms as its stock falls".)
  const namedTerms = nameAt(ws, i + 1) && ws[i + 2]?.lemma === 'term' && ws[i + 2]!.lower === 'terms';
  if (['amend', 'revise', 'rework'].includes(l) && (w.pos === 'VERB' || isThirdPerson(w)) && namedTerms)
    return { stage: 'agreed', end: i + 2 };
  // An ultimatum to accept is pressure, not acceptance: "Microsoft gives Yahoo three weeks to accept
  // offer or face proxy fight".
  if (ACCEPT.has(l) && lemmaAt(ws, i - 1) === 'to' && has(ws, Math.max(0, i - 4), i - 1, DEADLINE_GIVEN))
    return {
      stage: 'at_risk',
      start: find(ws, Math.max(0, i - 4), i - 1, DEADLINE_GIVEN),
      end: Math.max(i, objectEnd(ws, i, 4)),
      hedge: true,
    };
  // A takeover that fails has lapsed: "Thermo Fisher's takeover of Qiagen fails as acceptances fall
  // short" (not one that fails to do something: "merger fails to win approval" is read at "win").
  if (TAKEOVER_WORD.has(l) && w.pos === 'NOUN') {
    const fails = ws.slice(i + 1, i + 6).findIndex((x) => x.lemma === 'fail' && x.pos === 'VERB');
    const at = i + 1 + fails;
    if (fails >= 0 && lemmaAt(ws, at + 1) !== 'to' && !has(ws, i + 1, at, DEAL_NOUN) && !has(ws, i + 1, at, TALK))
      return { stage: 'terminated', end: at };
  }
  return undefined;
};

/** Rules (2): prices cut, control taken, "nears", votes, filings, objections, "say yes / no", going private. */
const readPricesVotesAndFilings: Rules = (ws, i, w, l, next) => {
  // A deal's price cut is the deal amended, still agreed: "Walgreens cuts takeover price to as little
  // as $6.50 a share" (a bid raised is read as talks, at "raise").
  // (After a name the tagger reads the verb as a plural noun: "Walgreens cuts".)
  // (In capitals read in lower case the name is a noun: "SAFRAN CUTS ZODIAC OFFER PRICE".)
  const nameBefore = nameAt(ws, i - 1);
  const repriced = w.pos === 'VERB' || (nameBefore && w.lower.endsWith('s')) ? priceRevised(ws, i) : -1;
  // (A cut asked of the other side is a demand to renegotiate, the deal in doubt: "Apollo had asked
  // Cooper to cut its offer price".)
  const askedCut = repriced >= 0 && lemmaAt(ws, i - 1) === 'to' ? find(ws, Math.max(0, i - 8), i - 1, DEMAND) : -1;
  if (askedCut >= 0) return { stage: 'at_risk', start: askedCut, end: repriced, hedge: true };
  if (repriced >= 0) return { stage: 'agreed', end: repriced };
  // A renegotiation wondered about or attempted puts the agreed terms in doubt: "Can Elon Musk
  // renegotiate a lower price for his Twitter deal?", "will try to renegotiate the deal".
  if (l === 'renegotiate' && w.pos === 'VERB' && dealAfter(ws, i, 9)) {
    // (The question may follow a label: "Explainer: Can Elon Musk renegotiate…?".)
    const question = has(ws, i - 4, i, QUESTION_MODAL) && ws.some((x) => x.text === '?');
    const asked = question || ['might', 'may', 'could'].includes(lemmaAt(ws, i - 1));
    const tried =
      lemmaAt(ws, i - 1) === 'to' && ['try', 'seek', 'want', 'push', 'attempt'].includes(lemmaAt(ws, i - 2));
    if (asked || tried) return { stage: 'at_risk', start: tried ? i - 2 : i, end: objectEnd(ws, i, 9), hedge: true };
  }
  // A deal said to break the law is the case against it: "FTC says the merger violates antitrust law"
  // (its review); a court's finding that it does, its block. (Found not to — "ruled that the merger
  // doesn't violate antitrust law" — it is let through: read with the negation, as a challenge.)
  const law = l === 'violate' && w.pos === 'VERB' ? findWord(ws, i + 1, i + 5, 'law') : -1;
  if (law >= 0 && dealBefore(ws, i, 10)) {
    const court = findWord(ws, 0, i, 'judge') >= 0 || findWord(ws, 0, i, 'court') >= 0 || has(ws, 0, i, RULING);
    return { stage: court ? 'blocked' : 'regulatory_review', end: law };
  }
  // A buyer seeking a discount puts the deal in doubt: "Verizon seeks discount on Yahoo deal".
  if (['seek', 'want', 'demand', 'push'].includes(l) && has(ws, i + 1, i + 4, PRICE_DOUBT) && dealAfter(ws, i, 7))
    return { stage: 'at_risk', end: objectEnd(ws, i, 7) };
  // A majority stake taken is control, read as a purchase in the verb's tense: "Boeing to take 80%
  // stake in Embraer commercial jets", "to take a majority stake in Globex" (a minority one is a holding).
  if (l === 'take' && w.pos === 'VERB') {
    const stake = find(ws, i + 1, i + 5, STAKE);
    if (stake >= 0 && lemmaAt(ws, stake + 1) === 'in') {
      const share = ws
        .slice(i + 1, stake)
        .map((_, k) => shareAt(ws, i + 1 + k))
        .find((x) => x !== undefined);
      if (has(ws, i + 1, stake, MAJORITY) || (share !== undefined && share > 50)) {
        const r = transact(ws, i, stake);
        if (r) return { ...r, end: Math.max(r.end, stake + 2) };
      }
    }
  }
  // Control of a company taken is its takeover, in the verb's tense: "agrees to take control of NBC
  // Universal from GE" (not of a thing: "takes control of football operations").
  // (Full, complete or total control likewise: "to take full control of Hulu".)
  // (Or majority control: "Fortum takes majority control of Uniper".)
  const whole = ['full', 'complete', 'total', 'sole', 'majority'].includes(next) ? 1 : 0;
  // (In title case a name's first word may be tagged a noun, "Sun Art Retail"; in capitals read in
  // lower case every name is.)
  const controlled = ws[i + 3 + whole];
  // (Or a description its name follows: "has taken control of the microblogging site, Twitter".)
  const controlAt = i + 3 + whole;
  const described =
    controlled?.pos === 'DET' &&
    [1, 2, 3, 4].some(
      (n) =>
        ws[controlAt + n]?.text === ',' &&
        ws[controlAt + n + 1]?.pos === 'PROPN' &&
        // (Its modifiers as the tagger reads them: "microblogging" may be a verb.)
        ws
          .slice(controlAt + 1, controlAt + n)
          .every((x) => x.pos === 'NOUN' || x.pos === 'ADJ' || /ing$/u.test(x.lower)),
    );
  const company =
    described ||
    controlled?.pos === 'PROPN' ||
    (!!controlled && ['NOUN', 'ADJ'].includes(controlled.pos) && (/^\p{Lu}/u.test(controlled.text) || lowered(ws)));
  if (
    l === 'take' &&
    w.pos === 'VERB' &&
    lemmaAt(ws, i + 1 + whole) === 'control' &&
    lemmaAt(ws, i + 2 + whole) === 'of' &&
    company
  ) {
    // (Its present is the news of control taken: "Elon Musk takes control of Twitter, fires top executives".)
    const r = transact(ws, i, i + 2 + whole);
    // (Still a headline's present, which a first sentence that says the deal is only agreed outranks:
    // "British American Tobacco takes control of Reynolds American" over "…agreed to pay … for control".)
    if (r?.form === 'present') return { stage: 'completed', end: Math.max(r.end, i + 3 + whole), form: 'present' };
    if (r) return { ...r, end: Math.max(r.end, i + 3 + whole) };
  }
  // "to take Darktrace private": a buyout, read with the verb's tense like "to buy Darktrace".
  if (l === 'take' && w.pos === 'VERB' && next !== 'over') {
    // (In the passive nothing stands between: "to be taken private by Mubadala".)
    // (Nor in a headline's bare participle: "Dell taken private in $24.4B deal".)
    const passive = lemmaAt(ws, i - 1) === 'be' || (w.lower === 'taken' && PRIVATE.has(next));
    const priv = find(ws, passive ? i + 1 : i + 2, i + 5, PRIVATE);
    // After what is taken, and ending the phrase: not "takes private jet".
    const after = ws[priv + 1];
    const r = priv >= 0 && !(after && (after.pos === 'NOUN' || after.pos === 'PROPN')) ? transact(ws, i, i) : null;
    // (The bare participle is a headline's present, which a first sentence that says only agreed
    // outranks, as "swallowed by": "Dell taken private…" over "…is going private".)
    if (r && passive && lemmaAt(ws, i - 1) !== 'be') return { ...r, end: Math.max(r.end, priv), form: 'present' };
    if (r) return { ...r, end: Math.max(r.end, priv) };
  }
  // A company going private has agreed to its buyout: "Dell is going private" (as "is taken private").
  // (Its headline present is done, as control taken: "Walgreens goes private as Sycamore completes
  // $10 billion buyout"; a first sentence that says only agreed outranks it.)
  if (l === 'go' && w.pos === 'VERB' && PRIVATE.has(next)) {
    if (w.lower === 'goes') return { stage: 'completed', end: i + 1, form: 'present' };
    const r = transact(ws, i, i + 1);
    if (r) return { ...r, end: Math.max(r.end, i + 1) };
  }
  // "Cisco nears deal for Splunk": not yet agreed.
  // (After "to" it is the verb however the tagger reads it: "KKR Said to Near Deal for Globex Unit".)
  // (An amount may stand before the deal: "nears $4 bln deal for Globex", "nears roughly $10 billion deal".)
  if (l === 'near') {
    const money = (x: Word | undefined) => /^[$€£¥]$/.test(x?.text ?? '') || x?.pos === 'NUM';
    const amount = money(ws[i + 1]) || (ws[i + 1]?.pos === 'ADV' && money(ws[i + 2]));
    // (After a pair of names that opens the headline the tagger reads it as a preposition: "Paramount
    // and Skydance near merger deal".)
    const pairNears = pairOpens(ws, i);
    if ((w.pos === 'VERB' || lemmaAt(ws, i - 1) === 'to' || pairNears) && dealAfter(ws, i, amount ? 6 : 3))
      return { stage: 'negotiating', end: objectEnd(ws, i, 3) };
  }
  // "stockholders vote in favour of the deal", "holders vote for merger": approved (a board's vote: agreed).
  // (Past an adverb: "voted overwhelmingly in favour of the company's sale to Acme".)
  if (l === 'vote') {
    const v = ws[i + 1]?.pos === 'ADV' ? i + 1 : i;
    const inFavour = lemmaAt(ws, v + 1) === 'for' || (lemmaAt(ws, v + 1) === 'in' && FAVOUR.has(lemmaAt(ws, v + 2)));
    // (A vote in favour recommended or urged is to come: "recommends unanimously that Morrisons
    // shareholders vote in favour of the deal" is the board's backing, an agreement.)
    const urged = find(ws, Math.max(0, i - 7), i, VOTE_URGED);
    if (inFavour && dealAfter(ws, v, 7))
      return {
        stage: companyBoard(ws, i - 4, i) || urged >= 0 ? 'agreed' : 'approved',
        ...(urged >= 0 ? { start: urged } : {}),
        end: Math.max(v + 2, find(ws, v + 1, v + 8, DEAL_NOUN)),
      };
  }
  // "shareholders voted against the proposed merger": voted down, it ends.
  // ("holders vote down Globex merger": the same.)
  const against = next === 'against' || (next === 'down' && dealAfter(ws, i + 1, 6));
  if (l === 'vote' && against && dealAfter(ws, i + 1, 6) && has(ws, i - 8, i, HOLDERS)) {
    // ("would vote against": a threat to the vote, not its result.)
    const threat = ['would', 'will', 'could', 'may', 'to'].includes(lemmaAt(ws, i - 1));
    return { stage: threat ? 'at_risk' : 'terminated', start: find(ws, i - 8, i, HOLDERS), end: objectEnd(ws, i, 7) };
  }
  // One holder's vote against, named rather than called a holder, is a risk to the vote, not its
  // result: "AustralianSuper says it will vote against Brookfield's Origin takeover".
  // (An aside in brackets is no word between: "would vote against the British food delivery company's
  // proposed 9 billion pound ($11 billion) merger with Takeaway.com".)
  const voted = l === 'vote' && against ? find(ws, i + 2, pastAsides(ws, i + 2, 14), DEAL_NOUN) : -1;
  if (l === 'vote' && w.pos === 'VERB' && against && (dealAfter(ws, i + 1, 6) || voted >= 0))
    return { stage: 'at_risk', end: Math.max(objectEnd(ws, i, 7), voted) };
  // "holders to vote on Globex merger", "will vote April 22 on its merger": a deal agreed, its vote to come.
  const on = findWord(ws, i + 1, i + 5, 'on');
  if (l === 'vote' && w.pos === 'VERB' && on >= 0 && dealAfter(ws, on, 6))
    return { stage: 'agreed', end: objectEnd(ws, i, 9) };
  // "MERGER VOTE SET FOR APRIL": a vote on the deal scheduled. ("sets date for shareholder vote on
  // Globex deal", "shareholder vote on Globex deal set for May": the same.)
  if (l === 'vote' && w.pos !== 'VERB' && dealBefore(ws, i, 2) && ['set', 'schedule', 'slate', 'call'].includes(next))
    return { stage: 'agreed', end: i + 1 };
  if (
    l === 'vote' &&
    w.pos !== 'VERB' &&
    next === 'on' &&
    dealAfter(ws, i + 1, 5) &&
    // (Or one the holders head for: "Hess shareholders head for crucial vote on acquisition proposal by Chevron".)
    (has(ws, Math.max(0, i - 5), i, SCHEDULED) || has(ws, i + 2, i + 9, SCHEDULED) || headedFor(ws, i))
  )
    return { stage: 'agreed', end: objectEnd(ws, i, 6) };
  // Holders who balk at a deal put it at risk: "investors balk at Kimberly-Clark deal terms".
  if (l === 'balk' && next === 'at' && dealAfter(ws, i + 1, 6)) return { stage: 'at_risk', end: objectEnd(ws, i, 7) };
  // What clouds a deal puts it at risk: "Exxon dispute clouds Chevron deal" (the verb only: "Google Cloud" is a name).
  // (Read as a noun before a name: "Exxon dispute clouds Chevron deal".)
  // (In capitals read in lower case no name says it: "SEC RULING CLOUDS FIRST BANK FIRST INTERSTATE MERGER".)
  if (
    l === 'cloud' &&
    w.lower === 'clouds' &&
    (w.pos === 'VERB' || ws[i + 1]?.pos === 'PROPN' || lowered(ws)) &&
    dealAfter(ws, i, 5)
  )
    return { stage: 'at_risk', end: objectEnd(ws, i, 5) };
  // A deal's papers filed: a registration or proxy for a merger is one agreed, its vote to come
  // ("files S-4 registration for Globex merger"); a merger-control filing starts a review ("makes
  // HSR filing for Globex acquisition").
  if ((l === 'file' || l === 'filing') && dealAfter(ws, i, 7)) {
    const k = ws
      .slice(Math.max(0, i - 2), i + 4)
      .findIndex((x) => MERGER_FILING.has(x.lower) || DEAL_PAPERS.has(x.lower));
    const word = k >= 0 ? ws[Math.max(0, i - 2) + k]!.lower : '';
    if (MERGER_FILING.has(word)) return { stage: 'regulatory_review', end: Math.max(i, objectEnd(ws, i, 7)) };
    if (DEAL_PAPERS.has(word)) return { stage: 'agreed', end: Math.max(i, objectEnd(ws, i, 7)) };
  }
  // "urged shareholders not to tender their shares": the target fights the bid.
  if (l === 'urge' && has(ws, i + 1, i + 3, HOLDERS) && lemmaAt(ws, i + 3) === 'not' && lemmaAt(ws, i + 5) === 'tender')
    return { stage: 'at_risk', end: i + 5 };
  // A regulator that will decide on a deal, or appeals the ruling that let it through, is reviewing it:
  // "EU regulators to decide on Cisco-Splunk by Sept 1", "FTC appeals ruling that let Microsoft buy Activision".
  if (
    // (Or its decision named as a noun: "EU sets deadline for decision on MMC-JLT deal".)
    ((['decide', 'rule', 'decision', 'ruling'].includes(l) &&
      next === 'on' &&
      ((dealAfter(ws, i, 6) && !verbBeforeDeal(ws, i + 2)) || pairAfter(ws, i + 2))) ||
      // (A court of appeals is a court, no appeal made: "Appeals court upholds AT&T-Time Warner merger".)
      (l === 'appeal' &&
        (w.pos === 'VERB' || w.lower === 'appeals' || w.lower === 'appealed') &&
        !['court', 'courts', 'panel', 'judge', 'judges'].includes(ws[i + 1]?.lower ?? ''))) &&
    // (The regulator may set the date first: "EU sets deadline of Feb. 14 to decide on Acme-Globex deal".)
    regulatorIn(ws, Math.max(0, i - (lemmaAt(ws, i - 1) === 'to' && l === 'decide' ? 10 : 5)), i)
  )
    return { stage: 'regulatory_review', end: Math.max(i + 1, objectEnd(ws, i, 6)) };
  // "Amazon's iRobot deal faces EU objections": the EU's formal step before a ruling. (Its
  // Australian counterpart is a "statement of issues": "ACCC releases statement of issues on the bid".)
  const statement = lemmaAt(ws, i - 2) === 'statement' && lemmaAt(ws, i - 1) === 'of';
  // (Or sent over one, or filed as a complaint: "EU sends Adobe objections over Figma deal",
  // "Adobe faces EU antitrust complaint over Figma bid".)
  const over = ['over', 'to', 'against', 'on', 'regarding'].includes(next) && dealAfter(ws, i + 1, 6);
  const objection = l === 'objection' || w.lower === 'objections' || (l === 'complaint' && over);
  if (
    (objection || (l === 'issue' && statement)) &&
    (regulatorIn(ws, Math.max(0, i - 3), i) || statement) &&
    (dealBefore(ws, i, 6) || ((statement || over) && dealAfter(ws, i, 6)))
  )
    return {
      stage: 'regulatory_review',
      ...(statement ? { start: i - 2 } : {}),
      end: Math.max(i, statement && !dealBefore(ws, i, 6) ? objectEnd(ws, i, 6) : i),
    };
  // A regulator that warns a party over its deal states its concerns: "EU regulators set to warn Amazon over iRobot deal".
  if (
    l === 'warn' &&
    regulatorIn(ws, Math.max(0, i - 6), i) &&
    lemmaAt(ws, i + 2) === 'over' &&
    dealAfter(ws, i + 2, 6)
  )
    return { stage: 'regulatory_review', end: objectEnd(ws, i, 8) };
  // "kicks the tires on Pied Piper": interest, not yet an offer.
  if (
    l === 'kick' &&
    next === 'the' &&
    ['tire', 'tyre'].includes(lemmaAt(ws, i + 2)) &&
    lemmaAt(ws, i + 3) === 'on' &&
    (ws[i + 4]?.pos === 'PROPN' || lowered(ws) || dealAfter(ws, i + 3, 4))
  )
    return { stage: 'rumored', end: i + 4, hedge: true };
  // Two parties that "part ways" end their deal: "Spirit, Frontier part ways as JetBlue wins".
  // (Only a pair: "Acme parts ways with its CEO" ends no deal.)
  if (l === 'part' && next === 'way' && pairBefore(ws, i)) return { stage: 'terminated', end: i + 1 };
  // A green light given ("gets the green light", "EU green light for Globex deal"), not one awaited ("awaits the green light").
  if (l === 'green' && next === 'light')
    return approvalGiven(ws, i, 8) && (!['for', 'to'].includes(lemmaAt(ws, i + 2)) || approvedDeal(ws, i + 3))
      ? { stage: 'approved', end: Math.max(i + 1, objectEnd(ws, i, 8)) }
      : null;
  // "waves through the deal", "deal waved through by regulators": cleared.
  // ("nods through" likewise: "EU nods through Orange-MasMovil merger after spectrum sale".)
  if (
    (l === 'wave' || l === 'nod') &&
    (next === 'through' || next === 'thru') &&
    (dealAfter(ws, i + 1, 6) || dealBefore(ws, i, 6))
  )
    return { stage: 'approved', end: Math.max(i + 1, objectEnd(ws, i, 7)) };
  // Holders saying yes or no to a deal vote on it: "Globex shareholders say yes to Acme" (approved),
  // "… say no to Acme merger" (ended).
  // Regulators saying no forbid it: "… as regulators say no".
  if (l === 'say' && (next === 'yes' || next === 'no')) {
    const holders = has(ws, i - 3, i, HOLDERS) && lemmaAt(ws, i + 2) === 'to';
    const regulator = regulatorIn(ws, Math.max(0, i - 3), i);
    const start = holders ? find(ws, i - 3, i, HOLDERS) : i - 1;
    if (holders || regulator)
      return next === 'yes'
        ? { stage: 'approved', start, end: i + 1 }
        : { stage: regulator && !holders ? 'blocked' : 'terminated', start, end: i + 1 };
    // A company saying yes to another agrees its deal: "Globex finally says yes to Acme".
    if (next === 'yes' && lemmaAt(ws, i + 2) === 'to' && ws[i + 3]?.pos === 'PROPN')
      return { stage: 'agreed', end: i + 3 };
  }
  // A deal that hits or faces an antitrust obstacle is under review: "deal hits antitrust wall in Washington"
  // (a regulator's by name too: "HPE-Juniper deal hits DOJ roadblock").
  if (
    (l === 'antitrust' || l === 'regulatory' || l === 'competition' || regulatorIn(ws, i, i + 1)) &&
    OBSTACLE.has(next) &&
    has(ws, i - 3, i, OBSTACLE_MET) &&
    (dealBefore(ws, i, 6) || dealAfter(ws, i + 1, 5))
  )
    return { stage: 'regulatory_review', end: i + 1 };
  // Control gained is the purchase done: "gains control of Globex after shareholders accept offer".
  if (
    ['gain', 'take', 'win', 'secure', 'assume', 'seize'].includes(l) &&
    next === 'control' &&
    lemmaAt(ws, i + 2) === 'of' &&
    (ws[i + 3]?.pos === 'PROPN' || lowered(ws)) &&
    !NOT_YET.has(lemmaAt(ws, i - 1))
  )
    return { stage: 'completed', end: i + 3 };
  // Half or more of the shares secured is control won: "secures over 50% of Globex shares in tender
  // offer", "wins 62% of Globex". (To come, it is the bid: "seeks to secure 51%".)
  if (
    ['gain', 'win', 'secure', 'obtain', 'acquire'].includes(l) &&
    w.pos === 'VERB' &&
    !NOT_YET.has(lemmaAt(ws, i - 1)) &&
    (majorityIn(ws, i + 1, i + 4) || overHalf(ws, i + 1, i + 4))
  )
    return { stage: 'completed', end: Math.min(ws.length - 1, i + 3) };
  // Shares "taken up" in a tender are bought: more than half of them is control won ("Suncor takes
  // up more than 73% of Canadian Oil Sands shares").
  if (
    l === 'take' &&
    next === 'up' &&
    w.pos === 'VERB' &&
    !NOT_YET.has(lemmaAt(ws, i - 1)) &&
    (majorityIn(ws, i + 2, i + 6) || overHalf(ws, i + 2, i + 6))
  )
    return { stage: 'completed', end: Math.min(ws.length - 1, i + 5) };
  // "eyes full control of Globex", "eyes control": a suitor's interest in the rest.
  // (The tagger reads "eyes" as a noun at a clause's start: "raises stake to 45%, eyes full control".)
  if (l === 'eye' && has(ws, i + 1, i + 3, CONTROL) && !lowered(ws) && (w.pos === 'VERB' || ws[i - 1]?.text === ','))
    return { stage: 'rumored', end: find(ws, i + 1, i + 3, CONTROL), hedge: true, form: 'intent' };
  // "to make Globex a wholly owned subsidiary": a takeover, in the verb's tense.
  if (l === 'make' && (ws[i + 1]?.pos === 'PROPN' || lowered(ws))) {
    const k = findWord(ws, i + 2, i + 7, 'subsidiary');
    const prev = lemmaAt(ws, i - 1);
    if (k >= 0 && has(ws, i + 2, k, WHOLE_OWNED))
      return { stage: isPast(w) && prev !== 'to' && prev !== 'will' ? 'completed' : 'agreed', end: k };
  }
  // "investors give thumbs-up to Acme takeover": an approval given (a board's: the deal agreed).
  if (l === 'thumb' && (next === 'up' || (next === '-' && lemmaAt(ws, i + 2) === 'up'))) {
    const up = next === 'up' ? i + 1 : i + 2;
    if (!approvalGiven(ws, i, 6) || !(dealAfter(ws, up, 6) || dealBefore(ws, i, 5))) return null;
    return { stage: companyBoard(ws, i - 5, i) ? 'agreed' : 'approved', end: Math.max(up, objectEnd(ws, i, 9)) };
  }
  // The thumbs down from a regulator forbids the deal; from its holders, ends it.
  if (l === 'thumb' && next === 'down' && (dealBefore(ws, i, 6) || dealAfter(ws, i + 1, 6))) {
    const by = Math.min(ws.length, i + 6);
    if (regulatorIn(ws, Math.max(0, i - 6), by)) return { stage: 'blocked', end: i + 1 };
    if (has(ws, Math.max(0, i - 6), by, HOLDERS)) return { stage: 'terminated', end: i + 1 };
  }
  // Parties that settle their fight over a deal, on new terms, go ahead with it: "LVMH, Tiffany
  // settle dispute with lower price of $131.50 a share". (Not a fight over anything else: "settle
  // patent dispute" names no deal and no price.)
  if (
    l === 'settle' &&
    ['dispute', 'feud', 'row', 'fight', 'spat', 'battle', 'standoff'].includes(next) &&
    (dealAfter(ws, i + 1, 8) ||
      ws.slice(i + 2, i + 9).some((x) => ['price', 'term', 'terms'].includes(x.lemma) || /^[$€£¥]$/.test(x.text)))
  )
    return { stage: 'agreed', end: i + 1 };
  // Or settle "with" the other side "on" a deal's new price or terms: "Clear Channel, buyers settle
  // with banks on lower $36 a share price". (A price, not a sum: "settles with SEC for $10 million"
  // is a fine.)
  if (l === 'settle' && w.pos === 'VERB' && next === 'with') {
    const on = ws.slice(i + 2, i + 7).findIndex((x) => x.lower === 'on');
    const terms = on >= 0 ? find(ws, i + 3 + on, i + 12, DEAL_TERMS) : -1;
    if (terms >= 0) return { stage: 'agreed', end: terms };
  }
  // Going public by merging with a listed shell is a merger: "to go public via $40 billion merger with
  // Altimeter SPAC" (agreed); "goes public through SPAC deal" (done). (Not an IPO: no merger, no deal.)
  if (goesPublicByMerger(ws, i)) {
    const ahead = ['to', 'will'].includes(lemmaAt(ws, i - 1));
    return { stage: ahead ? 'agreed' : 'completed', end: Math.max(i + 1, objectEnd(ws, i, 10)) };
  }
  // Going private in a deal with a buyer is the buyer's buyout: "Skechers to go private in $9.4B deal
  // with 3G Capital" (agreed), "went private in a deal with…" (done). (A present "goes private as…"
  // is read from what follows it.)
  if (l === 'go' && next === 'private' && (dealAfter(ws, i + 1, 6) || findWord(ws, i + 2, i + 4, 'with') >= 0)) {
    if (['to', 'will'].includes(lemmaAt(ws, i - 1)))
      return { stage: 'agreed', end: Math.max(i + 1, objectEnd(ws, i, 8)) };
    if (isPast(w) || w.lower === 'went') return { stage: 'completed', end: Math.max(i + 1, objectEnd(ws, i, 8)) };
  }
  // A deal that goes through is done ("as Globex deal goes through"); one that will, agreed.
  if (l === 'go' && (next === 'through' || next === 'thru') && dealBefore(ws, i, 4)) {
    const ahead = ['to', 'will', 'would', 'should', 'could', 'may', 'might'].includes(lemmaAt(ws, i - 1));
    if (!ahead) return { stage: 'completed', end: i + 1 };
  }
  return undefined;
};

/** Rules (3): criticism and opposition, a deal back from the dead, sale processes, second requests, defences, "in talks", letters of intent. */
const readOppositionAndTalks: Rules = (ws, i, w, l, next) => {
  // Market talk that a deal will come is a rumour, whatever it says of the deal: "Following media
  // speculation that it is the subject of a takeover bid from Oberthur". (Not talk set aside:
  // "despite speculation that…", nor denied, read elsewhere.)
  if (
    MARKET_TALK.has(l) &&
    w.pos === 'NOUN' &&
    next === 'that' &&
    findWord(ws, Math.max(0, i - 3), i, 'despite') < 0 &&
    (dealAfter(ws, i + 1, 10) || has(ws, i + 1, i + 10, OFFER))
  ) {
    const end = Math.max(find(ws, i + 1, i + 10, OFFER), objectEnd(ws, i, 10));
    return { stage: 'rumored', end, hedge: true };
  }
  // Market talk of a deal is a rumour: "shares soar on bid speculation", "rumours of a merger".
  if (MARKET_TALK.has(l) && (TALKED_OF.has(lemmaAt(ws, i - 1)) || (next === 'of' && dealAfter(ws, i + 1, 3))))
    return {
      stage: 'rumored',
      start: TALKED_OF.has(lemmaAt(ws, i - 1)) ? i - 1 : i,
      end: Math.max(i, objectEnd(ws, i, 4)),
      hedge: true,
    };
  // Holders revolting over a deal put it at risk: "shareholders revolt over Globex bid", "faces investor
  // revolt over merger", "faces shareholder backlash over Bobcat-Robotics merger ratio"; so does their
  // opposition a deal meets: "Acme-Globex merger faces shareholder opposition".
  if (HOLDERS_AGAINST.has(l) && has(ws, i - 3, i, HOLDERS)) {
    const start = find(ws, i - 3, i, HOLDERS);
    if (dealAfter(ws, i, 6)) return { stage: 'at_risk', start, end: objectEnd(ws, i, 6) };
    if (has(ws, start - 2, start, OBSTACLE_MET) && dealBefore(ws, start - 1, 6))
      return { stage: 'at_risk', start, end: i };
  }
  // Holders who criticise a deal or the plan for it put it at risk: "Xerox shareholders Carl Icahn
  // and Darwin Deason strongly criticised the printer maker's plan to sell itself to Fujifilm".
  if (CRITICISE.has(l) && w.pos === 'VERB' && holdersAt(ws, i) >= 0 && dealAfter(ws, i, 10))
    return { stage: 'at_risk', start: holdersAt(ws, i), end: objectEnd(ws, i, 10) };
  // A deal said to undervalue a party is turned away, as an offer is: "Fujifilm deal dramatically
  // undervalues Xerox, say Icahn and Deason".
  if ((TAKEOVER_WORD.has(l) || l === 'deal' || l === 'transaction') && w.pos === 'NOUN') {
    const judged = find(ws, i + 1, i + 3, INADEQUATE);
    if (judged >= 0 && ws[judged]!.pos === 'VERB') return { stage: 'at_risk', end: judged };
  }
  // Opposition to a deal voiced by anyone else is a risk to it too: "Dan Loeb voices opposition to
  // United Technologies-Raytheon deal" (a regulator's is its review).
  // (A government's own, as its "opposes", is politics, a risk: "German Government Reaffirms Opposition
  // to UniCredit's Commerzbank Takeover Bid".)
  if (['opposition', 'resistance', 'pushback'].includes(l) && next === 'to' && dealAfter(ws, i + 1, 6)) {
    const by = Math.max(0, i - 6);
    const bodies = ws.slice(by, i).flatMap((_, k) => (regulatorIn(ws, by + k, by + k + 1) ? [by + k] : []));
    const statesOwn = bodies.length > 0 && bodies.every((k) => GOVERNMENT_ONLY.has(ws[k]!.lemma));
    return { stage: bodies.length > 0 && !statesOwn ? 'regulatory_review' : 'at_risk', end: objectEnd(ws, i, 7) };
  }
  // (Or met by the deal, from whoever it names: "the merger of the two chains faced reported resistance
  // from US antitrust regulators", "merger faces regulatory pushback".)
  if (['opposition', 'resistance', 'pushback', 'veto'].includes(l) && w.pos === 'NOUN') {
    const met = ws
      .slice(Math.max(0, i - 3), i)
      .findIndex((x) => ['face', 'meet', 'encounter'].includes(x.lemma) && (x.pos === 'VERB' || isThirdPerson(x)));
    const verb = Math.max(0, i - 3) + met;
    if (met >= 0 && dealBefore(ws, verb, 8)) {
      const fromRegulator =
        next === 'from'
          ? regulatorIn(ws, i + 2, i + 7)
          : regulatorIn(ws, verb + 1, i) || findWord(ws, verb + 1, i, 'regulatory') >= 0;
      return { stage: fromRegulator ? 'regulatory_review' : 'at_risk', start: verb, end: i };
    }
  }
  // A company delisted after its deal has been bought ("Globex delisted after Acme deal"); one to be
  // delisted says when, read elsewhere ("will be delisted after Acme completes its buyout").
  if (l === 'delist' && isPast(w) && !has(ws, i - 3, i, FUTURE) && lemmaAt(ws, i - 2) !== 'to' && dealAfter(ws, i, 8))
    return { stage: 'completed', end: objectEnd(ws, i, 8) };
  // What a company has become is the deal done: "Globex is now part of Acme", "becomes a wholly owned
  // subsidiary of Acme"; what it is to become, a deal agreed ("will become part of Acme").
  if (BECOMES.has(l) && next === 'of' && (ws[i + 2]?.pos === 'PROPN' || lowered(ws))) {
    const become = findWord(ws, i - 4, i, 'become');
    // ("Now" past an adverb and an article: "is now officially a part of Dick's Sporting Goods".)
    const now = findWord(ws, i - 4, i, 'now');
    const nowPart = now >= 0 && ws.slice(now + 1, i).every((x) => x.pos === 'ADV' || x.pos === 'DET');
    if (become >= 0) {
      const ahead = ['to', 'will', 'would', 'shall'].includes(lemmaAt(ws, become - 1));
      return { stage: ahead ? 'agreed' : 'completed', start: become, end: i + 2 };
    }
    if (nowPart && lemmaAt(ws, now - 1) === 'be') return { stage: 'completed', start: now - 1, end: i + 2 };
  }
  // "the deal is dead", "on the rocks", "on the ropes", "hangs in the balance": a deal ended or in trouble.
  // ("back from the dead": revived, its talks again.)
  if (l === 'dead' && lemmaAt(ws, i - 1) === 'the' && lemmaAt(ws, i - 2) === 'from' && dealBefore(ws, i, 6))
    return { stage: 'negotiating', start: i - 3, end: i };
  if (l === 'dead' && dealBefore(ws, i, 6)) return { stage: 'terminated', start: i - 1, end: i };
  if (
    ((l === 'on' && next === 'the' && ['rock', 'rope'].includes(lemmaAt(ws, i + 2))) ||
      (l === 'in' && next === 'the' && lemmaAt(ws, i + 2) === 'balance')) &&
    dealBefore(ws, i, 8)
  )
    return { stage: 'at_risk', end: i + 2 };
  // "looking at a possible acquisition of a U.S. bank", "potential merger": weighed, not yet made.
  // (Talks about one are talks, read at "talks": "is in potential sale talks with a few suitors".)
  if (
    (l === 'possible' || l === 'potential') &&
    (DEAL_NOUN.has(next) || SELLER_SEEKS.has(next)) &&
    next !== 'buy' &&
    !TALK.has(lemmaAt(ws, i + 2))
  )
    return { stage: 'rumored', end: i + 1, hedge: true };
  // "Acme's bid for Globex ruled out by regulator": the regulator forbids it.
  if (
    l === 'rule' &&
    next === 'out' &&
    lemmaAt(ws, i + 2) === 'by' &&
    regulatorIn(ws, i + 3, i + 7) &&
    dealBefore(ws, i, 8)
  )
    return { stage: 'blocked', end: i + 1 };
  // "the scheme of arrangement became effective", "the merger becomes effective", "comes into
  // effect", "takes effect": done. (One that will is still to close: "to take effect in July".)
  const effect =
    l === 'become' && next === 'effective'
      ? i + 1
      : l === 'come' && next === 'into' && lemmaAt(ws, i + 2) === 'effect'
        ? i + 2
        : l === 'take' && next === 'effect'
          ? i + 1
          : -1;
  if (effect >= 0 && dealBefore(ws, i, 8))
    return ['to', 'will'].includes(lemmaAt(ws, i - 1))
      ? { stage: 'agreed', end: effect }
      : { stage: 'completed', end: effect };
  // One effective as of a day past, or at once, is done: "The acquisition is effective as of yesterday
  // (1 July), with Direct Line's shares expected to be delisted", "the merger is effective immediately".
  const asOf = next === 'as' && lemmaAt(ws, i + 2) === 'of' ? i + 3 : next === 'immediately' ? i + 1 : -1;
  if (
    l === 'effective' &&
    asOf > 0 &&
    ['yesterday', 'today', 'now', 'immediately'].includes(lemmaAt(ws, asOf)) &&
    lemmaAt(ws, i - 1) === 'be' &&
    !['to', 'will', 'would', 'shall'].includes(lemmaAt(ws, i - 2)) &&
    dealBefore(ws, i, 8)
  )
    return { stage: 'completed', end: asOf };
  // One "effective" on a date to come, or to be, is set to close: "HDFC-HDFC Bank merger effective on
  // July 1", "merger to be effective July 1" (agreed; its becoming so is read above).
  if (
    l === 'effective' &&
    !['become', 'come'].includes(lemmaAt(ws, i - 1)) &&
    (['from', 'on', 'as', 'by'].includes(next) ||
      (lemmaAt(ws, i - 1) === 'be' && ['to', 'will', 'would', 'shall'].includes(lemmaAt(ws, i - 2)))) &&
    dealBefore(ws, i, 8)
  )
    return { stage: 'agreed', end: i };
  // "emerges as frontrunner for Globex", "the leading contender to buy Globex": still bidding.
  // (For a company, or to buy one: "the leading contender to become surgeon general" is no bid.)
  if (
    ['frontrunner', 'contender', 'front-runner'].includes(l) &&
    ((next === 'for' && ws[i + 2]?.pos === 'PROPN') || (next === 'to' && TRANSACT.has(lemmaAt(ws, i + 2))))
  )
    return { stage: 'negotiating', end: i };
  // "launched a formal sale process", "invited bids": a seller looking for a buyer.
  if (l === 'process' && lemmaAt(ws, i - 1) === 'sale') return { stage: 'rumored', start: i - 1, end: i, hedge: true };
  if (l === 'invite' && has(ws, i + 1, i + 3, OFFER))
    return { stage: 'rumored', end: find(ws, i + 1, i + 3, OFFER), hedge: true };
  // "merger mooted": floated, not yet talks.
  if (l === 'moot' && (dealBefore(ws, i, 4) || dealAfter(ws, i, 4))) return { stage: 'rumored', end: i, hedge: true };
  // Tabloid: "Vodafone eyes Three", "circles Three": a company watched as a target.
  // (The tagger often reads "eyes" as a noun; a name on both sides says it is the verb.)
  // The company itself is what is eyed, not its products ("eyes OpenAI's models" is no bid).
  // ("is eyeing Globex", "said to be eyeing Globex": the progressive after "be".)
  if (
    (l === 'eye' || l === 'circle') &&
    (ws[i - 1]?.pos === 'PROPN' || lowered(ws) || (lemmaAt(ws, i - 1) === 'be' && w.lower.endsWith('ing'))) &&
    nameAt(ws, i + 1)
  ) {
    const after = ws[i + 2];
    if (
      !after ||
      CLAUSE_END.test(after.text) ||
      ['as', 'amid', 'after', 'in', 'for', ','].includes(after.lower) ||
      DEAL_NOUN.has(after.lemma)
    )
      return { stage: 'rumored', end: i + 1, hedge: true };
  }
  if (l === 'sign' && next === 'off') return { stage: 'approved', end: i + 1 };
  if (l === 'second' && next === 'request') return { stage: 'regulatory_review', end: i + 1 };
  // (Capitalised as the term it is, which the tagger reads as one name: "FTC issues Second Request on…".)
  if (w.pos === 'PROPN' && /^second\s+request$/iu.test(w.text)) return { stage: 'regulatory_review', end: i };
  // A regulator's request for more information is the US "second request": a review.
  // (The tagger may read a regulator's "requests" as a plural noun, or in title case as a name: "FTC
  // Requests More Information on $6.4B IBM Planned Acquisition of HashiCorp".)
  const requests =
    (l === 'request' || w.lower === 'requests') && (w.pos === 'VERB' || regulatorIn(ws, Math.max(0, i - 3), i));
  if (requests && INFORMATION.has(lemmaAt(ws, i + 2))) return { stage: 'regulatory_review', end: i + 2 };
  // "The FTC has asked Amazon for more information about its acquisition of iRobot", "JUSTICE
  // DEPARTMENT ASKS FOR MORE DATA ON ACME MERGER": the same request.
  // ("JUSTICE DEPARTMENT SEEKS DATA ON ACME MERGER": sought, the same.)
  if ((l === 'ask' || l === 'seek') && regulatorIn(ws, Math.max(0, i - 6), i) && has(ws, i + 1, i + 6, INFORMATION))
    return { stage: 'regulatory_review', end: find(ws, i + 1, i + 6, INFORMATION) };
  // The request named as a noun, as the company that got it writes it: "received a request for
  // additional information from the Justice Department regarding its proposed merger".
  if (
    l === 'request' &&
    w.pos === 'NOUN' &&
    next === 'for' &&
    has(ws, i + 2, i + 4, INFORMATION) &&
    (regulatorIn(ws, i + 3, i + 12) || dealAfter(ws, i + 3, 12))
  )
    return { stage: 'regulatory_review', end: find(ws, i + 2, i + 4, INFORMATION) };
  // (Or the regulator's request named by its regulator, "over" or "on" the deal: "Wyndham receives FTC
  // request over Choice acquisition bid".)
  if (
    l === 'request' &&
    w.pos === 'NOUN' &&
    regulatorIn(ws, Math.max(0, i - 2), i) &&
    ['over', 'on', 'about', 'regarding'].includes(next) &&
    dealAfter(ws, i + 1, 6)
  )
    return { stage: 'regulatory_review', start: i - 1, end: Math.max(i, objectEnd(ws, i, 7)) };
  // The Hart-Scott-Rodino waiting period expiring (or ended early) is a clearance.
  // (The tagger may read "waiting" as the verb "wait": "Antitrust waiting period expires on…".)
  if ((l === 'waiting' || w.lower === 'waiting') && next === 'period') {
    const j = find(ws, i + 2, i + 24, PERIOD_OVER);
    return j >= 0 ? { stage: 'approved', end: j } : null;
  }
  if (
    (l === 'termination' || l === 'expiration' || l === 'expiry') &&
    next === 'of' &&
    ws.slice(i + 2, i + 5).some((x) => x.lower === 'waiting')
  )
    return { stage: 'approved', end: i + 4 };
  if (
    (l === 'on' && (next === 'hold' || next === 'ice')) ||
    (l === 'at' && next === 'risk') ||
    (l === 'in' && (next === 'doubt' || next === 'jeopardy' || next === 'limbo')) ||
    // (Or thrown there: "bid … was plunged into uncertainty", "thrown into doubt".)
    (l === 'into' && ['doubt', 'uncertainty', 'jeopardy', 'limbo', 'turmoil', 'disarray'].includes(next)) ||
    // (Under threat, unless from a regulator named after it, whose concerns are its review: "Globex
    // deal under threat as CMA raises concerns".)
    (l === 'under' && next === 'threat' && !regulatorIn(ws, i + 2, i + 8))
  )
    // (A deal thrown there is the subject of its passive, further back: "Musgrave's €57 million bid
    // for the Londis symbol group in Britain was plunged into uncertainty".)
    return dealBefore(ws, i, l === 'into' ? 11 : 8) || dealAfter(ws, i + 1, 4)
      ? { stage: 'at_risk', end: i + 1 }
      : null;
  if (l === 'in' && next === 'principle') return { stage: 'agreed', end: i + 1 };
  // A defence raised against a bid named puts it at risk: "Minnesota enacts antitakeover law aimed at
  // Dart bid for Dayton Hudson", "Globex erects takeover defences against Acme's offer". (Not a
  // defence ministry's, nor one no bid is near.)
  if (DEFENCE.has(l) && (l.includes('takeover') || lemmaAt(ws, i - 1) === 'takeover')) {
    const down = find(ws, Math.max(0, i - 4), i, PILL_DOWN);
    // (The bid is another word than the defence's own "takeover".)
    const own = l.includes('takeover') ? i : i - 1;
    if (down < 0 && (dealAfter(ws, i, 8) || dealBefore(ws, own, 6)))
      return { stage: 'at_risk', start: own, end: Math.max(i, objectEnd(ws, i, 8)) };
  }
  // A deal a court or a tribunal stays is on hold, at risk: "Singapore arbitrator stays Future-Reliance
  // deal on Amazon's plea". (Not a company that stays: "stays committed to Globex deal".)
  if (
    l === 'stay' &&
    w.pos === 'VERB' &&
    (has(ws, Math.max(0, i - 4), i, RULING) ||
      has(ws, Math.max(0, i - 4), i, GOVERNMENT) ||
      has(ws, Math.max(0, i - 4), i, ARBITER)) &&
    find(ws, i + 1, i + 6, DEAL_NOUN) >= 0
  )
    return { stage: 'at_risk', end: find(ws, i + 1, i + 6, DEAL_NOUN) };
  // A company among the bidders for another is in the contest for it: "CVS among bidders for Signify
  // Health as auction heats up".
  // (In capitals read in lower case the company is a noun.)
  if (
    (l === 'bidder' || l === 'suitor') &&
    // (Past an adjective: "among final bidders for First Republic".)
    (lemmaAt(ws, i - 1) === 'among' || (lemmaAt(ws, i - 2) === 'among' && ws[i - 1]?.pos === 'ADJ')) &&
    next === 'for' &&
    // (In title case the name may be tagged a word: "for First Republic".)
    (ws[i + 2]?.pos === 'PROPN' ||
      (/^\p{Lu}/u.test(ws[i + 2]?.text ?? '') && ['NOUN', 'ADJ'].includes(ws[i + 2]!.pos)) ||
      (lowered(ws) && ['NOUN', 'ADJ'].includes(ws[i + 2]?.pos ?? '')))
  )
    return { stage: 'negotiating', start: i - 1, end: i + 2 };
  // A deal stuck with is still agreed: "Unity rejects AppLovin, sticks with ironSource merger".
  // (The tagger reads "sticks" as a noun: "Unity sticks with…".)
  if (l === 'stick' && next === 'with' && (w.pos === 'VERB' || w.lower === 'sticks') && dealAfter(ws, i + 1, 5))
    return { stage: 'agreed', end: Math.max(i + 1, objectEnd(ws, i, 6)) };
  // A merged company born is the merger done: "Ladbrokes Coral is born as bookmakers seal merger",
  // "Novartis born as Ciba-Sandoz merger completed". (Only with a deal said: not "a star is born".)
  if (BORN.has(w.lower) && (dealAfter(ws, i, 8) || dealBefore(ws, i, 6)))
    return { stage: 'completed', start: lemmaAt(ws, i - 1) === 'be' ? i - 1 : i, end: i };
  // A takeover defence: the target fights the bid. (One taken down leaves the bid standing, still a
  // bid: "court orders Interco to redeem poison pill", "Globex drops its poison pill".)
  if (l === 'poison' && next === 'pill') {
    const down = find(ws, Math.max(0, i - 4), i, PILL_DOWN);
    return down >= 0 ? { stage: 'negotiating', start: down, end: i + 1 } : { stage: 'at_risk', end: i + 1 };
  }
  // Wire shorthand: "ACME IN BUYOUT PACT", "Acme in $4 bln deal to buy Globex" (agreed), "ACME MERGER OFF" (ended).
  if (l === 'in' && i > 0 && ['PROPN', 'NOUN'].includes(ws[i - 1]!.pos) && next !== 'the') {
    const j = find(ws, i + 1, i + 5, AGREEMENT_NOUN);
    // Only a takeover's pact: "in cloud deal with Globex" is a contract, not a merger.
    const takeover = j >= 0 && (has(ws, i + 1, j + 4, TAKEOVER_WORD) || has(ws, j + 1, j + 4, TRANSACT));
    if (takeover && !has(ws, i + 1, j + 2, TALK)) return { stage: 'agreed', end: j };
  }
  if (l === 'off' && (CALLED_OFF.has(lemmaAt(ws, i - 1)) || (lemmaAt(ws, i - 1) === 'be' && dealBefore(ws, i - 1, 3))))
    return { stage: 'terminated', start: i - 1, end: i };
  // "puts itself up for sale", "unit up for sale": a seller looking for a buyer.
  if (l === 'up' && next === 'for' && lemmaAt(ws, i + 2) === 'sale')
    return { stage: 'rumored', end: i + 2, hedge: true, form: 'intent' };
  if (l === 'letter' && next === 'of' && lemmaAt(ws, i + 2) === 'intent') return { stage: 'agreed', end: i + 2 };
  // A standstill: the would-be bidder agrees to buy no more shares for years. Its pursuit is over.
  if (l === 'standstill') return { stage: 'terminated', end: i };
  // "Acme's acquisition of Globex remains on schedule to close", "deal on track": agreed, closing to come.
  if (l === 'on' && ['track', 'schedule', 'course'].includes(next) && dealBefore(ws, i, 8))
    return { stage: 'agreed', end: i + 1 };
  // (Talks to do something else are none: "in talks to resolve billing dispute".)
  if ((l === 'in' || l === 'hold') && TALK.has(next))
    return toDoSomethingElse(ws, i + 1) || stakeTalks(ws, i + 1) ? null : { stage: 'negotiating', end: i + 1 };
  if (l === 'in' && TALKED_OF.has(next) && TALK.has(lemmaAt(ws, i + 2))) return { stage: 'negotiating', end: i + 2 };

  if (w.pos === 'ADP' || w.pos === 'DET' || w.pos === 'PRON') return null;
  return undefined;
};

/** Rules (4): rumour verbs ("weighs", "explores"), talks revived, talk nouns, rejections. */
const readRumoursAndRejections: Rules = (ws, i, w, l, next) => {
  // A deal that needs remedies is one a regulator is weighing: "says Axalta merger is 'complementary'
  // but may require concessions", "the deal could need divestitures".
  if ((l === 'require' || l === 'need') && has(ws, i + 1, i + 3, REMEDY) && dealBefore(ws, i, 8))
    return { stage: 'regulatory_review', end: find(ws, i + 1, i + 3, REMEDY), hedge: true };
  // "is looking to buy Globex", "looking for a buyer": a governor like "plans to", "seeks".
  if (RUMOUR.has(l) || (l === 'look' && (next === 'to' || next === 'for'))) {
    // What two companies signed an understanding to explore or study they are negotiating: "have
    // signed a memorandum of understanding (MOU) to explore the possibility of merging" (talks, not
    // a company weighing a deal alone).
    if (SIGNED_TO_TALK.has(l) && signedTo(ws, i) && (dealAfter(ws, i, 8) || has(ws, i + 1, i + 8, TRANSACT)))
      return { stage: 'negotiating', end: Math.max(i, objectEnd(ws, i, 8)) };
    // A regulator that seeks something of a deal is reviewing it, not bidding for it: "Justice
    // Department seeks changes in Baker-Hughes merger", "FTC seeks more information on
    // Amazon-iRobot deal", "EU seeks concessions from Microsoft over Activision"; of no named
    // deal it says nothing about one ("seeks comments on new merger guidelines"). (Seeking to
    // block or sue it is read below, as a step towards that.)
    // (Or wants it: "Italy's audit court wants more clarification before approving the sale".)
    // (Or eyes it: "UK Regulator Eyes Synopsys-Ansys Merger" is its scrutiny, no suitor's interest.)
    if (
      (((l === 'seek' || l === 'eye') && regulatorIn(ws, Math.max(0, i - 5), i)) ||
        (l === 'want' && publicBodyIn(ws, Math.max(0, i - 5), i))) &&
      !has(ws, i + 1, i + 4, BLOCK) &&
      !has(ws, i + 1, i + 4, SUE)
    ) {
      // (Wire copy read in lower case has no names left; a pair joined by a hyphen still names the deal.)
      const named = ws
        .slice(i + 1, i + 10)
        .some((x, k) => x.pos === 'PROPN' || (lowered(ws) && x.pos === 'NOUN' && ws[i + 2 + k]?.text === '-'));
      const deal = dealAfter(ws, i, 10) || ws.slice(i + 1, i + 10).some((_, k) => pairAfter(ws, i + 1 + k));
      return has(ws, i + 1, i + 4, REMEDY) || (deal && named)
        ? { stage: 'regulatory_review', end: Math.max(find(ws, i + 1, i + 4, REMEDY), objectEnd(ws, i, 10)) }
        : null;
    }
    // A deal its owner has planned, named so, is the deal named, no plan told: "Hewlett Packard
    // Enterprise's planned $14 billion acquisition of Juniper Networks faces a legal challenge" (read
    // at what it faces), as "its proposed merger" below.
    const owner = POSSESSIVE_S.has(ws[i - 1]?.lower ?? '') || ['its', 'their', 'the'].includes(ws[i - 1]?.lower ?? '');
    if (l === 'plan' && w.lower === 'planned' && owner && has(ws, i + 1, reach(ws, i, 4, 1) + 1, DEAL_NOUN))
      return null;
    // (So are its plans to do it, owned: "Synopsys' plans to buy Ansys for $35B falls on UK regulatory
    // radar" names the deal the news is about.)
    const owned = POSSESSIVE_S.has(ws[i - 1]?.lower ?? '') && w.pos === 'NOUN';
    if (l === 'plan' && owned && next === 'to' && TRANSACT.has(lemmaAt(ws, i + 2))) return null;
    // A governor: its complement says what is being weighed. Weighing an end is a deal at risk.
    // (A plan that a participle follows is what happened to it, no plan to do it: "merger plan
    // blocked by federal judge" is the block.)
    if (w.pos === 'NOUN' && ws[i + 1] && isPast(ws[i + 1]!) && passive(ws, i + 1)) return null;
    // "has attracted interest from Acme", "received interest from": a suitor's interest, received.
    const received = l === 'interest' && next === 'from' ? find(ws, i - 3, i, INTEREST_RECEIVED) : -1;
    if (received >= 0) return { stage: 'rumored', start: received, end: i + 2, hedge: true };
    if (
      l === 'interest' &&
      !(next === 'in' || lemmaAt(ws, i - 1) === 'takeover' || lemmaAt(ws, i - 1) === 'acquisition')
    )
      return null;
    // Interest that has cooled or waned is the suitor drawing back: "Qualcomm's interest in acquiring
    // Intel has cooled", "Qualcomm takeover interest for Intel has cooled" (read at its verb).
    if (l === 'interest') {
      const k = ws.findIndex((x, j) => j > i && j < i + 12 && FADED.has(x.lemma) && x.pos === 'VERB');
      const clause = k > 0 && !ws.slice(i + 1, k).some((x) => CLAUSE_END.test(x.text) || x.text === ',');
      if (clause) return { stage: 'at_risk', start: i, end: k };
    }
    // Weighing an offer received from a bidder: the offer is on the table ("to evaluate an
    // unsolicited offer from Acme", "is studying a merger proposal from Globex").
    for (let j = i + 1; j < Math.min(ws.length, i + 7) && !SUBORDINATOR.has(ws[j]!.lemma); j++)
      if (OFFER.has(ws[j]!.lemma) && ws[j]!.lemma !== 'approach' && lemmaAt(ws, j + 1) === 'from')
        return { stage: 'negotiating', start: i, end: j + 1 };
    for (let j = i + 1; j < Math.min(ws.length, i + 7); j++) {
      const c = ws[j]!.lemma;
      // What is weighed ends where a new clause starts: "considers legal options after Globex walks away".
      if (SUBORDINATOR.has(c)) break;
      // (An end of a deal: "looking to exit, sound out buyers" is holders selling out, no deal ending.)
      if (END.has(c) && !dealAfter(ws, j, 8) && !dealBefore(ws, i, 6)) break;
      if (
        END.has(c) ||
        (c === 'walk' && lemmaAt(ws, j + 1) === 'away') ||
        (c === 'pull' && lemmaAt(ws, j + 1) === 'out') ||
        // ("seeks to break up Meredith deal": a rival's aim to end it.)
        (c === 'break' && lemmaAt(ws, j + 1) === 'up' && dealAfter(ws, j + 1, 5))
      )
        return { stage: 'at_risk', start: j, end: Math.max(j, objectEnd(ws, i, 8)), hedge: true };
      if (SUE.has(c) || (c === 'antitrust' && lemmaAt(ws, j + 1) !== 'concern'))
        return { stage: 'regulatory_review', start: j, end: Math.max(j, find(ws, j + 1, j + 5, BLOCK)), hedge: true };
      // (A block sought by no public body is a fight against the deal, no review: "Calif. Consumers
      // Seek To Stop 'Deeply Flawed' T-Mobile Deal".)
      if (BLOCK.has(c))
        return {
          stage: publicBodyIn(ws, 0, i) || regulatorIn(ws, 0, i) ? 'regulatory_review' : 'at_risk',
          start: j,
          end: objectEnd(ws, i, 8),
          hedge: true,
        };
      if (TALK.has(c)) return { stage: 'negotiating', start: j, end: j, hedge: true };
      // Control of a company, not of costs: a name follows ("seeks control of Globex", "the rest of Standard Oil").
      const ofCompany =
        lemmaAt(ws, j + 1) === 'of' &&
        ws.slice(j + 2, j + 4).some((x) => x.pos === 'PROPN' || (lowered(ws) && x.pos !== 'DET' && x.pos !== 'PRON'));
      // ("weighing a move for Globex": the British bid.)
      if (c === 'move' && lemmaAt(ws, j + 1) === 'for' && (ws[j + 2]?.pos === 'PROPN' || lowered(ws)))
        return { stage: 'rumored', end: j + 2, hedge: true, form: 'intent' };
      if (SELLER_SEEKS.has(c) || (CONTROL.has(c) && ofCompany))
        return { stage: 'rumored', end: j, hedge: true, form: 'intent' };
      // Seeking approval for a merger it has: "will seek shareholder approval for its merger with Globex".
      // (A regulator's approval sought is its review beginning: "seeks EU approval for Globex merger".)
      if (l === 'seek' && AWAITED.has(c) && has(ws, j + 1, j + 6, TALKED_ABOUT))
        return {
          stage: regulatorIn(ws, i + 1, j) ? 'regulatory_review' : 'agreed',
          start: i,
          end: find(ws, j + 1, j + 6, TALKED_ABOUT),
        };
      // (Or "to" do it: "Boeing seeks EU approval to buy back Spirit AeroSystems".)
      if (l === 'seek' && AWAITED.has(c) && lemmaAt(ws, j + 1) === 'to' && TRANSACT.has(lemmaAt(ws, j + 2)))
        return { stage: regulatorIn(ws, i + 1, j) ? 'regulatory_review' : 'agreed', start: i, end: j + 2 };
      // (A deal noun that only modifies the next one is not what is weighed: "investors weigh Globex deal costs".)
      // (Not the verb: "seeking to buy airports operator BAA".)
      const modifier =
        DEAL_NOUN.has(c) &&
        ws[j]!.pos !== 'VERB' &&
        lemmaAt(ws, j - 1) !== 'to' &&
        ws[j + 1]?.pos === 'NOUN' &&
        !DEAL_NOUN.has(ws[j + 1]!.lemma) &&
        !TALK.has(ws[j + 1]!.lemma) &&
        !OFFER.has(ws[j + 1]!.lemma);
      if (modifier) continue;
      // (Talks named by their deal are talks, as "talks" alone are: "wants another extension to
      // takeover talks with Anglo American".)
      if (DEAL_NOUN.has(c) && TALK.has(lemmaAt(ws, j + 1)) && ws[j]!.pos !== 'VERB')
        return { stage: 'negotiating', start: j, end: j + 1, hedge: true };
      if (
        TRANSACT.has(c) ||
        DEAL_NOUN.has(c) ||
        c === 'offer' ||
        c === 'bid' ||
        (c === 'take' && lemmaAt(ws, j + 1) === 'over') ||
        // ("considering taking Toyota Industries private": a buyout weighed.)
        (c === 'take' && find(ws, j + 2, j + 5, PRIVATE) >= 0)
      )
        // (Selling a part of a holding is no deal: "plans to sell part of its stake in Cencora";
        // nor is a holding's sale: "weighs sale of Globex stake".)
        return (TRANSACT.has(c) || (DEAL_NOUN.has(c) && lemmaAt(ws, j + 1) === 'of')) && minorityStake(ws, j + 1)
          ? null
          : // (A plan told as a deal with its price is the deal: "plans to buy Albertsons Cos. in a
            // $24.6 billion deal".)
            l === 'plan' && TRANSACT.has(c) && pricedDealAfter(ws, j + 1)
            ? { stage: 'agreed', start: i, end: j }
            : { stage: 'rumored', end: j, hedge: true, form: 'intent' };
    }
    // Pursuing a company is a suitor's interest ("is no longer pursuing Globex": read with "no longer").
    if (l === 'pursue' && ws[i + 1]?.pos === 'PROPN')
      return { stage: 'rumored', end: i + 1, hedge: true, form: 'intent' };
    // "fields takeover interest from Acme": interest in a takeover, with nothing after it.
    if (l === 'interest' && (lemmaAt(ws, i - 1) === 'takeover' || lemmaAt(ws, i - 1) === 'acquisition'))
      return { stage: 'rumored', start: i - 1, end: i, hedge: true };
    return null;
  }
  if (REVIVE.has(l)) {
    // (A regulator reopens its own case or review, no talks: "FTC reopens case on Exxon-Pioneer merger
    // after setting aside final consent order" — read at what it does to the case.)
    const caseReopened =
      ws.slice(i + 1, i + 3).some((x) => CASE_WORD.has(x.lemma) || PROBE.has(x.lemma)) &&
      regulatorIn(ws, Math.max(0, i - 3), i);
    if (caseReopened) return null;
    // (Not a deal past "as" or a clause of time: "branches reopen as Flagstar after deal closes".)
    const revived = has(ws, i + 1, i + 5, TALK) || dealAfter(ws, i, 4);
    const aside = ws.slice(i + 1, objectEnd(ws, i, 5)).some((x) => x.lower === 'as' || CLAUSE_OF_TIME.has(x.lower));
    // (Speculation renewed is still speculation: "jump on renewed takeover speculation".)
    const talkRenewed = has(ws, i + 1, i + 4, MARKET_TALK);
    if (revived && !aside && !talkRenewed) return { stage: 'negotiating', end: objectEnd(ws, i, 5) };
  }
  if (TALK.has(l)) {
    if (l === 'talk' && w.pos === 'VERB' && next !== 'to' && next !== 'with') return null;
    // Talking to someone is an interview unless a deal is what is talked of: "Talking to People
    // magazine, her representative confirmed…" ("is talking to Globex about a merger" is talks).
    // (So is discussing something: "Spencer discussed the gaming division's plans".)
    if ((l === 'talk' || l === 'discuss') && w.pos === 'VERB' && !dealAfter(ws, i, 10) && !dealBefore(ws, i, 5))
      return null;
    // Talks to do something else are no deal talks: "in talks to resolve billing dispute" (merger
    // talks are, whatever they are to do: "in merger talks to create drug giant").
    if (!TALKED_OF.has(lemmaAt(ws, i - 1)) && toDoSomethingElse(ws, i)) return null;
    if (stakeTalks(ws, i)) return null;
    // Talks with one's own advisers or lenders are a deal explored or financed, not negotiated:
    // "has held early discussions with advisers" (read from the rest: "said to explore bid").
    if (next === 'with' && ADVISERS.has(lemmaAt(ws, i + 2 + (ws[i + 2]?.pos === 'PRON' ? 1 : 0)))) return null;
    // "shares jump on takeover talk", "talk of a merger": talk in the singular is what the market
    // says, not negotiations; of anything else ("earnings talk") it says nothing of a deal.
    if (w.lower === 'talk' && w.pos !== 'VERB') {
      // (Talk that dies down is a rumour fading: "nosedive as takeover talk subsides".)
      const fading = TALKED_OF.has(lemmaAt(ws, i - 1)) ? find(ws, i + 1, i + 3, RISK) : -1;
      if (fading >= 0) return { stage: 'at_risk', start: i - 1, end: fading, hedge: true };
      if (TALKED_OF.has(lemmaAt(ws, i - 1))) return { stage: 'rumored', start: i - 1, end: i, hedge: true };
      return next === 'of' && dealAfter(ws, i + 1, 3)
        ? { stage: 'rumored', end: objectEnd(ws, i, 4), hedge: true }
        : null;
    }
    // (Past the parties when they come first: "Talks between Acme and Globex have stalled over price";
    // past what the talks are about: "Salesforce's talks to buy Informatica collapse over price" —
    // within the clause.)
    const about = ['between', 'to', 'with', 'on', 'over', 'for'].includes(next);
    const comma = ws.findIndex((x, k) => k > i && (x.text === ',' || CLAUSE_END.test(x.text)));
    const upTo = (n: number) => Math.min(i + n, comma < 0 ? ws.length : comma);
    const r = find(ws, i + 1, about ? upTo(8) : i + 5, RISK);
    if (r >= 0 || (lemmaAt(ws, i + 1) === 'break' && lemmaAt(ws, i + 2) === 'down'))
      return { stage: 'at_risk', end: r >= 0 ? r : i + 2 };
    const failed = find(ws, i + 1, about ? upTo(8) : i + 4, TALKS_FAIL);
    // (Talks near collapse are at risk, not over: "Acme-Globex talks near collapse".)
    if (failed >= 0 && lemmaAt(ws, failed - 1) === 'near') return { stage: 'at_risk', end: failed };
    if (failed >= 0) return { stage: 'terminated', end: failed };
    // (Or fall apart or through: "Acme, Globex talks fall apart".)
    const fell = findWord(ws, i + 1, about ? upTo(8) : i + 4, 'fall');
    if (fell >= 0 && ['apart', 'through', 'thru'].includes(lemmaAt(ws, fell + 1)))
      return { stage: 'terminated', end: fell + 1 };
    // (Parties described at length take more words: "Takeover talks between Leicester-based Express
    // Dairies and Danish cooperative giant Arla have ended abruptly" — the verb still theirs.)
    const late = next === 'between' ? find(ws, i + 9, upTo(16), TALKS_FAIL) : -1;
    if (late >= 0 && ws[late]!.pos === 'VERB') return { stage: 'terminated', end: late };
    // Talks that founder fail ("bid talks founder"; not "talks with Tesla founder Elon Musk").
    if (lemmaAt(ws, i + 1) === 'founder' && ws[i + 2]?.pos !== 'PROPN') return { stage: 'terminated', end: i + 1 };
    return { stage: 'negotiating', end: i };
  }
  // (Or says no to it: "Banco BPM says no to UniCredit hostile offer".)
  const saysNo = l === 'say' && next === 'no' && lemmaAt(ws, i + 2) === 'to';
  if (REJECT.has(l) || ((l === 'turn' || l === 'shoot') && next === 'down') || saysNo) {
    const j = i + (saysNo ? 2 : l === 'turn' || l === 'shoot' ? 1 : 0);
    // A rejection written as a noun "from" the company that gave it, after the price turned down, is
    // the bid turned away: "Google's $23 Billion Snub From Wiz" (the bidder's offer, priced).
    if (w.pos !== 'VERB' && next === 'from' && nameAt(ws, i + 2)) {
      const price = ws.slice(Math.max(0, i - 4), i).findIndex((x) => /^[$€£¥]$/u.test(x.text));
      if (price >= 0) return { stage: 'at_risk', start: Math.max(0, i - 4) + price, end: i + 2 };
    }
    // A rebuff in a participle that opens the sentence is why its subject does what it says next:
    // "Rebuffed by Globex, Acme goes hostile with tender offer" is the bid (read after the comma).
    if (i === 0 && isPast(w) && next === 'by') {
      const comma = ws.findIndex((x, k) => k > i && k < i + 8 && x.text === ',');
      if (comma > 0 && ws[comma + 1]?.pos === 'PROPN') return null;
    }
    // A rival snubbed to approve a deal is the deal approved: "Amcom shareholders snub TPG to approve
    // Vocus merger" (read at the approval).
    const purpose = findWord(ws, j + 2, j + 6, 'to');
    const rival = purpose > j + 1 && ws.slice(j + 1, purpose).every((x) => x.pos === 'PROPN');
    if (rival && (APPROVE.has(lemmaAt(ws, purpose + 1)) || ACCEPT.has(lemmaAt(ws, purpose + 1))))
      return resolve(ws, purpose + 1);
    // Rejecting a lawsuit clears a deal; rejecting an offer puts it at risk; rejecting reports denies them.
    const overruled = find(ws, j + 1, j + 7, OVERRULED);
    if (overruled >= 0) return { stage: 'approved', end: overruled };
    // In the passive the rejected thing comes first: "Acme's bid for Globex rejected by board",
    // "lawsuit against the merger rejected by judge".
    if (passive(ws, i)) {
      if (find(ws, Math.max(0, i - 6), i, OVERRULED) >= 0) return { stage: 'approved', end: i };
      const rejected = find(ws, Math.max(0, i - 6), i, REJECTABLE);
      if (rejected >= 0 && toDoSomethingElse(ws, rejected)) return null;
      if (rejected >= 0) return { stage: 'at_risk', end: i };
    }
    // (A report "reported" before an offer describes it: "rejected a reported $6 billion takeover approach".)
    if (ws.slice(j + 1, j + 7).some((x) => NOT_NEWS.has(x.lemma) && x.pos !== 'VERB')) return null;
    // Workers or their union turning down an offer turn down pay, not a takeover: "AirTran pilots
    // reject contract offer" (as "wage offer", "contract offer" by anyone).
    const labour = (x: Word) => COUNTERPARTY.has(x.lemma) || COUNTERPARTY.has(x.lower);
    const pay = find(ws, j + 1, j + 4, OFFER);
    if (ws.slice(Math.max(0, i - 3), i).some(labour) || (pay > 0 && CONTRACT_KIND.has(lemmaAt(ws, pay - 1))))
      return null;
    // A rejection urged on a regulator is a call on it, which reviews the deal: "Senators urge FCC to
    // reject Sirius-XM merger" (as a block urged: "urge FTC to block").
    const urged = find(ws, Math.max(0, i - 5), i, URGE);
    if (urged >= 0 && lemmaAt(ws, i - 1) === 'to' && regulatorIn(ws, urged + 1, i - 1) && dealAfter(ws, i, 8))
      return { stage: 'regulatory_review', start: urged, end: Math.max(i, objectEnd(ws, i, 8)), hedge: true };
    // Shareholders voting a merger down end it: "ACME SHAREHOLDERS REJECT MERGER". (An offer they
    // turn down may still be raised: read below as a deal at risk.)
    // (A takeover turned down in the vote is over too: "investors reject Acme takeover in shareholder vote";
    // its owner and price may stand between: "holders reject Acme's $9 billion takeover".)
    const voted = find(ws, j + 1, j + 10, TAKEOVER_WORD);
    const inVote = findWord(ws, voted + 1, voted + 5, 'vote') >= 0;
    // (Holders turn a takeover down in the vote, a bid or an offer by not tendering: "holders reject
    // Acme takeover" is over, "holders reject Acme takeover offer" may be raised.)
    const offered = has(ws, j + 1, voted, REJECTABLE) || OFFER.has(lemmaAt(ws, voted + 1));
    if (voted >= 0 && has(ws, i - 3, i, HOLDERS) && (inVote || !offered))
      return { stage: 'terminated', start: find(ws, i - 3, i, HOLDERS), end: voted };
    // A regulator turning down the deal itself forbids it: "ICC rejects Santa Fe-Southern Pacific merger".
    const regulated = find(ws, j + 1, j + 9, REGULATED);
    // (Its filing turned down is sent back to be filed again, no block: "rejects UP-NS merger
    // application as incomplete".)
    const filing = find(ws, j + 1, reach(ws, j, 6, 1) + 1, FILING);
    if (regulated >= 0 && filing >= 0 && regulatorIn(ws, Math.max(0, i - 6), i))
      return { stage: 'at_risk', end: filing };
    if (regulated >= 0 && regulatorIn(ws, Math.max(0, i - 6), i)) return { stage: 'blocked', end: regulated };
    // A suitor rebuffed by name, and no more said, has its bid turned down: "Warner-Lambert rebuffs
    // Pfizer", "UNITY REJECTS APPLOVIN, STICKS WITH IRONSOURCE MERGER" (in capitals read in lower case
    // the name is a noun).
    const suitorWord = (x: Word | undefined) =>
      !!x && (x.pos === 'PROPN' || (lowered(ws) && x.pos === 'NOUN' && !LEXICON.has(x.lemma)) || x.text === '-');
    let named = j + 1;
    while (suitorWord(ws[named])) named++;
    const ends = !ws[named] || ws[named]!.text === ',' || CLAUSE_END.test(ws[named]!.text);
    if (named > j + 1 && ends && (w.pos === 'VERB' || (/s$/.test(w.lower) && i > 0)))
      return { stage: 'at_risk', end: named - 1 };
    // ("rejects Vodafone's sweetened £16bn offer"; a hyphenated bidder and its apostrophe take four
    // words: "rejects Cleveland-Cliffs' $7.3 billion buyout offer".)
    const rejected = find(ws, j + 1, pastAsides(ws, j + 1, 10), REJECTABLE);
    // A government that rejects a bid forbids it: "Canada rejects BHP's $39 billion bid for Potash"
    // (a target or its holders turning one down only put it at risk).
    // (An approach is only interest, nothing yet to forbid: "Berlin rejects UniCredit approach" is a risk.)
    const vetoed = rejected >= 0 && !['approach', 'overture', 'advance'].includes(ws[rejected]!.lemma);
    if (vetoed && (stateNameAt(ws, i - 1) || has(ws, Math.max(0, i - 2), i, GOVERNMENT_ONLY)))
      return { stage: 'blocked', end: rejected };
    if (rejected >= 0) return { stage: 'at_risk', end: rejected };
    // A hostile bidder's nominees turned down are its proxy fight lost: "Gannett shareholders reject
    // MNG's board nominees".
    const nominees = find(ws, j + 1, j + 6, NOMINEES);
    if (nominees >= 0 && ws.slice(j + 1, nominees).some((x) => x.pos === 'PROPN'))
      return { stage: 'at_risk', end: nominees };
    // A bidder itself turned down, by name, is its approach turned down: "Warner-Lambert rebuffs
    // Pfizer, sticks with AHP deal" (a risk to Pfizer's bid, not a block of anything).
    const clause = ws.findIndex((x, k) => k > j && (x.text === ',' || CLAUSE_END.test(x.text)));
    const upTo = clause < 0 ? ws.length : clause;
    // (Where the headline is about a deal: a deal word, or a price a share: "BEA rebuffs Oracle,
    // says it is worth $21 a share".)
    const perShare = ws.some(
      (x, k) => x.lemma === 'share' && ['a', 'per'].includes(ws[k - 1]?.lower ?? '') && ws[k - 2]?.pos === 'NUM',
    );
    if (ws[j + 1]?.pos === 'PROPN' && upTo - j <= 3 && (has(ws, 0, ws.length, DEAL_NOUN) || perShare))
      return { stage: 'at_risk', end: upTo - 1 };
    // A deal turned down by whoever can forbid it is blocked; by anyone else (holders urged to vote
    // it down, a party) it is at risk: "ISS urges Rite Aid shareholders to reject Albertsons deal".
    // (In its own clause: "rebuffs Pfizer, sticks with AHP deal" turns no deal down.)
    // (Nor is a company that turns down a deal offered to it one that can forbid it: "Unilever Has
    // Rejected A Giant Merger Deal With Kraft-Heinz" — only a public body, or a state named, blocks.)
    // (A body's name read as one word keeps its head: "Surface Transportation Board rejects…".)
    const bodyNamed = ws.slice(Math.max(0, i - 6), i).some((x) => x.pos === 'PROPN' && PUBLIC_BODY_HEAD.has(x.lemma));
    const forbidder =
      publicBodyIn(ws, Math.max(0, i - 6), i) ||
      bodyNamed ||
      stateNameAt(ws, i - 1) ||
      !ws.slice(0, i).some((x) => x.pos === 'PROPN');
    if (has(ws, j + 1, Math.min(j + 7, upTo), DEAL_NOUN))
      return urgedOrHolders(ws, i) || partyBoard(ws, i) || !forbidder
        ? { stage: 'at_risk', end: objectEnd(ws, i, 7) }
        : { stage: 'blocked', end: objectEnd(ws, i, 7) };
    return null;
  }
  // A non-binding "indication of interest" is a proposal: "received a non-binding indication of interest from Acme to acquire…".
  if (l === 'indication' && next === 'of' && lemmaAt(ws, i + 2) === 'interest')
    return { stage: 'negotiating', start: lemmaAt(ws, i - 1) === 'non-binding' ? i - 1 : i, end: i + 2 };
  // A contest won or lost: "Nvidia beats Intel to Mellanox" (the winner's deal), "Acme beaten to
  // Globex by rival Initech" (the loser's pursuit over).
  // (In capitals read in lower case the rival is a noun: "NVIDIA BEATS INTEL TO MELLANOX".)
  if (l === 'beat' && (ws[i + 1]?.pos === 'PROPN' || next === 'to' || lowered(ws))) {
    const to = findWord(ws, i + 1, i + 4, 'to');
    // (Not an infinitive after it: "COLTS BEAT CHIEFS 20-13 TO CLINCH PLAYOFF BERTH".)
    if (to >= 0 && (ws[to + 1]?.pos === 'PROPN' || (lowered(ws) && ws[to + 1]?.pos !== 'VERB')))
      // (The passive: "beaten to", "was beat to", or an agent after: "… by rival Initech".)
      return w.lower === 'beaten' || lemmaAt(ws, i - 1) === 'be' || findWord(ws, to + 2, to + 6, 'by') >= 0
        ? { stage: 'terminated', end: to + 1 }
        : { stage: 'agreed', end: to + 1 };
    // The same won in an auction or a race: "Comcast beats Fox in auction for Sky".
    const race = lemmaAt(ws, i + 2) === 'in' || lemmaAt(ws, i + 3) === 'in' ? find(ws, i + 2, i + 6, AUCTION) : -1;
    const capital = (x: Word | undefined) => !!x && /^\p{Lu}/u.test(x.text);
    if (ws[i + 1]?.pos === 'PROPN' && race >= 0 && lemmaAt(ws, race + 1) === 'for' && capital(ws[race + 2]))
      return { stage: 'agreed', end: race + 2 };
  }

  // A regulator's finding on a deal is a step of its review, provisional or not: "CMA provisionally
  // rules Fox's Sky takeover not in public interest", "FTC finds merger would harm competition".
  // (Its decision to forbid is read at "block", "prohibit", "veto".)
  if (
    ['rule', 'find', 'conclude'].includes(l) &&
    w.pos === 'VERB' &&
    next !== 'in' &&
    regulatorIn(ws, Math.max(0, i - 3), i) &&
    dealAfter(ws, i, 6)
  )
    return { stage: 'regulatory_review', end: Math.max(i, objectEnd(ws, i, 6)) };
  // A court's or a regulator's ruling that a side may do the deal lets it through: "High Court rules
  // Liverpool board can sell club to NESV", "ruled that the chairman had the right to sell the club".
  // (The tagger may read the verb after a court as a noun: "High Court rules …".)
  if (l === 'rule' && (w.pos === 'VERB' || lemmaAt(ws, i - 1) === 'court') && publicBodyIn(ws, Math.max(0, i - 4), i)) {
    const allowed = permittedDeal(ws, i + 1, Math.min(ws.length, i + 10));
    if (allowed >= 0) return { stage: 'approved', end: allowed };
  }
  // A company a regulator or a court orders sold is the deal forbidden, done or not: "Competition
  // watchdog orders JD Sports to sell Footasylum". (Parts ordered sold are remedies, no party sold:
  // what is sold decides for which deal, in `deals/deal.ts`.)
  // (A state by name too: "UK orders Meta to sell Giphy".)
  if (
    ['order', 'force', 'compel', 'require'].includes(l) &&
    // (Or its decision doing so, named further back: "EU's Vestager will issue separate decision
    // ordering Illumina to divest Grail".)
    (publicBodyIn(ws, Math.max(0, i - (lemmaAt(ws, i - 1) === 'decision' ? 8 : 4)), i) || stateNameAt(ws, i - 1))
  ) {
    const to = findWord(ws, i + 2, i + 6, 'to');
    if (to > 0 && nameAt(ws, i + 1) && ['sell', 'divest', 'unwind'].includes(lemmaAt(ws, to + 1)) && nameAt(ws, to + 2))
      return { stage: 'blocked', end: to + 2 };
  }
  // A regulator that orders or asks a party to revise or refile the deal's papers is reviewing it:
  // "Korea's FSS orders Doosan to revise Bobcat-Robotics merger filing".
  if (
    ['order', 'ask', 'require', 'tell', 'demand', 'request', 'instruct'].includes(l) &&
    regulatorIn(ws, Math.max(0, i - 4), i)
  ) {
    const to = findWord(ws, i + 1, i + 6, 'to');
    if (to > 0 && REFILE.has(lemmaAt(ws, to + 1)) && dealAfter(ws, to + 1, 6))
      return { stage: 'regulatory_review', end: Math.max(to + 1, objectEnd(ws, i, to - i + 7)) };
  }
  // An appeal won against a regulator's ruling on the deal lets it through: "JD Sports wins appeal
  // against CMA ruling on Footasylum".
  if (l === 'win' && next === 'appeal' && lemmaAt(ws, i + 2) === 'against' && publicBodyIn(ws, i + 3, i + 6))
    return { stage: 'approved', end: i + 1 };
  return undefined;
};

/** Rules (5): a company lost or a buyer chosen, exclusivity, conditions, acceptances, consent orders. */
const readChoicesAndConditions: Rules = (ws, i, w, l, next) => {
  // A company lost to a rival ends the loser's pursuit: "Sanofi loses Medivation to Pfizer".
  // (In capitals read in lower case the companies are nouns.)
  const named = (x: Word | undefined) => !!x && (x.pos === 'PROPN' || (lowered(ws) && x.pos === 'NOUN'));
  if (l === 'lose' && w.pos === 'VERB' && named(ws[i + 1])) {
    let k = i + 1;
    while (named(ws[k + 1]) || ws[k + 1]?.text === '-') k++;
    if (ws[k + 1]?.lower === 'to' && named(ws[k + 2])) return { stage: 'terminated', end: k + 2 };
  }
  // A court ruling for one side of a regulator's challenge: "Judge rules in favor of Acme in FTC
  // merger challenge" (let through), "… in favour of the FTC" (blocked).
  if (l === 'rule' && next === 'in' && FAVOUR.has(lemmaAt(ws, i + 2)) && lemmaAt(ws, i + 3) === 'of') {
    const challenged = has(ws, i + 4, i + 12, SUE) || dealAfter(ws, i + 4, 8);
    if (challenged)
      return {
        stage: regulatorIn(ws, i + 4, i + 6) ? 'blocked' : 'approved',
        end: Math.max(i + 4, objectEnd(ws, i, 10)),
      };
  }
  // A government intervening in a deal starts its review: "Culture secretary intervenes in RedBird
  // IMI's Telegraph bid", "issues intervention notice on Acme-Globex deal". (Not anyone else's
  // intervening: "Acme CEO intervenes in pay dispute".)
  if (INTERVENE.has(l)) {
    const state =
      regulatorIn(ws, Math.max(0, i - 4), i) ||
      has(ws, i - 4, i, GOVERNMENT) ||
      has(ws, i - 4, i, MINISTER) ||
      stateNameAt(ws, i - 1);
    return state && (dealAfter(ws, i, 8) || dealBefore(ws, i, 6))
      ? { stage: 'regulatory_review', end: Math.max(i, objectEnd(ws, i, 8)) }
      : null;
  }
  // A buyer chosen or backed by name, as the buyer or over a rival, is the deal agreed: "U.S. Steel
  // picks Nippon Steel over Cleveland-Cliffs", "Shibaura backs Minebea Mitsumi as white knight".
  const chosen = CHOOSE.has(l) || l === 'back' ? chosenBuyer(ws, i) : undefined;
  if (chosen) return { stage: 'agreed', end: chosen.end };
  // A preferred bidder is the one the seller negotiates with: "Globex picks Acme as preferred bidder".
  if (l === 'preferred' && (next === 'bidder' || next === 'buyer')) return { stage: 'negotiating', end: i + 1 };
  // Money raised to fund a named company's purchase: the deal is made ("raises $200m to fund Globex acquisition").
  if ((l === 'fund' || l === 'finance') && lemmaAt(ws, i - 1) === 'to') {
    const deal = find(ws, i + 1, i + 5, TAKEOVER_WORD);
    if (deal >= 0 && ws.slice(i + 1, deal).some((x) => x.pos === 'PROPN')) return { stage: 'agreed', end: deal };
  }
  // Exclusivity and due diligence are the last of the talks: "extends exclusivity period with Globex",
  // "grants Globex due diligence access".
  // (Not an exclusivity deal: "signs exclusivity deal for streaming rights" is a contract.)
  const exclusive =
    l === 'exclusivity' &&
    (['period', 'with'].includes(next) || ['enter', 'extend', 'grant'].includes(lemmaAt(ws, i - 1)));
  if (
    (exclusive || (l === 'diligence' && lemmaAt(ws, i - 1) === 'due')) &&
    (ws.some((x) => x.pos === 'PROPN') || lowered(ws))
  )
    return { stage: 'negotiating', start: l === 'diligence' ? i - 1 : i, end: i };
  // So are books opened to a suitor, the press's word for it: "Ramsay opens books to KKR-led group".
  if (l === 'open' && lemmaAt(ws, i + 1) === 'book' && lemmaAt(ws, i + 2) === 'to' && ws[i + 3]?.pos === 'PROPN')
    return { stage: 'negotiating', end: i + 1 };
  // A sale a regulator requires for a deal is a remedy, part of its review: "FTC requires Kinder
  // Morgan to sell pipelines for El Paso deal".
  if (['require', 'order', 'force'].includes(l) && w.pos === 'VERB' && regulatorIn(ws, Math.max(0, i - 4), i)) {
    const sale = find(ws, i + 1, i + 6, SELLS);
    // (One it requires "to resolve" its concerns settles them, the deal let through on it: "US FTC will
    // require Synopsys, Ansys to divest certain assets to resolve merger concerns".)
    const eased = sale >= 0 ? find(ws, sale + 1, sale + 8, CONCERN_EASED) : -1;
    // (Not one it may require: "EU could require Acme to sell assets to address concerns" is its review.)
    const concern = eased > 0 ? findWord(ws, eased + 1, eased + 4, 'concern') : -1;
    const settles =
      concern > 0 &&
      lemmaAt(ws, eased - 1) === 'to' &&
      !['could', 'may', 'might', 'would'].includes(lemmaAt(ws, i - 1));
    if (sale >= 0 && lemmaAt(ws, sale - 1) === 'to' && dealAfter(ws, sale, 8))
      return settles
        ? { stage: 'approved', end: concern }
        : { stage: 'regulatory_review', end: Math.max(sale, objectEnd(ws, i, 10)) };
  }
  // Conditions a regulator or a government sets on a deal are part of its review: "Spain imposes 19
  // conditions on E.ON's bid for Endesa", "EU tells Spain to lift conditions on E.ON bid".
  if (l === 'condition' && w.pos === 'NOUN' && next === 'on' && dealAfter(ws, i + 1, 6)) {
    const publicBody =
      regulatorIn(ws, 0, i) || has(ws, 0, i, GOVERNMENT) || ws.slice(0, i).some((_, k) => stateNameAt(ws, k));
    if (publicBody) return { stage: 'regulatory_review', end: objectEnd(ws, i, 7) };
  }
  // The trade press's "pacts for control of", "pacts to buy": an agreement (its "pacts with BBC on
  // content" is a contract, no takeover).
  if (l === 'pact' && (w.pos === 'VERB' || w.lower === 'pacts') && ws[i - 1]?.pos === 'PROPN') {
    const control = next === 'for' && CONTROL.has(lemmaAt(ws, i + 2));
    const buying = next === 'to' && TRANSACT.has(lemmaAt(ws, i + 2));
    if (control || buying) return { stage: 'agreed', end: i + 2 };
  }
  // Holders holding out for more put the deal at risk: "Tandberg shareholders holding out for higher
  // Cisco offer".
  if (l === 'hold' && next === 'out' && lemmaAt(ws, i + 2) === 'for' && find(ws, i + 3, i + 7, OFFER) >= 0)
    return { stage: 'at_risk', end: find(ws, i + 3, i + 7, OFFER) };
  // A bidder that declines to match a rival lets the target go: "AT&T declines to match Verizon,
  // clearing way for Straight Path deal".
  if (
    ['decline', 'refuse'].includes(l) &&
    next === 'to' &&
    lemmaAt(ws, i + 2) === 'match' &&
    ws[i + 3]?.pos === 'PROPN'
  )
    return { stage: 'terminated', end: i + 3 };
  // A regulator that declines or withholds clearance forbids the deal: "Commerce Commission declines
  // clearance for Acme's Globex bid".
  if (
    ['decline', 'refuse', 'deny', 'withhold'].includes(l) &&
    has(ws, i + 1, i + 3, APPROVAL_NOUN) &&
    regulatorIn(ws, Math.max(0, i - 6), i)
  )
    return { stage: 'blocked', end: Math.max(find(ws, i + 1, i + 3, APPROVAL_NOUN), objectEnd(ws, i, 8)) };
  // A regulator objecting to a deal, or accepting its filing, is reviewing it: "Cofece objects to
  // Acme's purchase of Globex", "SAMR accepts Acme's Globex merger filing".
  if (l === 'object' && next === 'to' && regulatorIn(ws, Math.max(0, i - 6), i) && dealAfter(ws, i + 1, 6))
    return { stage: 'regulatory_review', end: objectEnd(ws, i, 7) };
  // (Past the parties' names, however long: "to accept the revised Union Pacific Railroad-Norfolk
  // Southern Railway merger application"; and a regulator named further back, before its decision
  // to: "The Surface Transportation Board (STB) today announced a unanimous decision to accept".)
  const filedTo = ACCEPT.has(l) ? reach(ws, i, 7, 1) + 1 : -1;
  if (
    ACCEPT.has(l) &&
    has(ws, i + 1, filedTo, FILING) &&
    (regulatorIn(ws, Math.max(0, i - 6), i) ||
      (lemmaAt(ws, i - 1) === 'to' && regulatorIn(ws, Math.max(0, i - 12), i))) &&
    (dealAfter(ws, i, 7) || ws.slice(i + 1, filedTo).some((_, k) => pairAfter(ws, i + 1 + k)))
  )
    return { stage: 'regulatory_review', end: find(ws, i + 1, filedTo, FILING) };
  // A deal's filing a regulator finds incomplete is sent back, to be filed again: a risk to the
  // deal's timetable, no block ("finding that the merger application submitted by Union Pacific
  // and Norfolk Southern is incomplete").
  if (
    ['incomplete', 'deficient'].includes(l) &&
    has(ws, Math.max(0, i - 14), i, FILING) &&
    regulatorIn(ws, 0, i) &&
    dealBefore(ws, find(ws, Math.max(0, i - 14), i, FILING) + 1, 4)
  )
    return { stage: 'at_risk', start: find(ws, Math.max(0, i - 14), i, FILING), end: i };
  // A settlement of a regulator's challenge to a deal, or its final judgment, named as such, lets the
  // deal through: "Court OKs DOJ settlement in UnitedHealth-Amedisys case", "announces proposed
  // settlement to resolve challenge to UnitedHealth's acquisition of Amedisys", "DOJ files proposed
  // final judgment on Amedisys-UnitedHealth merger", "to Divest 164 Facilities Under DOJ Merger
  // Settlement" (read where no verb before it has read the deal).
  const judgment = (l === 'judgment' || l === 'judgement') && lemmaAt(ws, i - 1) === 'final';
  if ((l === 'settlement' || judgment) && w.pos !== 'VERB') {
    const byRegulator = regulatorIn(ws, Math.max(0, i - 6), Math.min(ws.length, i + 6));
    const ofDeal =
      dealAfter(ws, i, 10) || dealBefore(ws, i, 6) || ws.slice(i + 1, i + 5).some((_, k) => pairAfter(ws, i + 1 + k));
    if (byRegulator && ofDeal) return { stage: 'approved', end: Math.max(i, objectEnd(ws, i, 10)) };
  }
  // A consent order or decree settles a regulator's case with the parties: "FTC accepts consent order in Acme/Globex deal".
  // (Or one the merging pair agree to, no deal named: "Omnicom Group and Interpublic Group (IPG) on
  // Friday agreed to a finalized consent order from the Federal Trade Commission".)
  if (l === 'consent' && (next === 'order' || next === 'decree')) {
    const agreedBy = ws.slice(Math.max(0, i - 6), i).findIndex((x) => ['agree', 'sign'].includes(x.lemma));
    const agreedAt = Math.max(0, i - 6) + agreedBy;
    // (Past a day between: "… on Friday agreed to".)
    const dayBefore = lemmaAt(ws, agreedAt - 2) === 'on' && WEEKDAY.has(ws[agreedAt - 1]?.lower ?? '');
    const byPair = agreedBy >= 0 && pairOpens(ws, dayBefore ? agreedAt - 2 : agreedAt);
    if (dealAfter(ws, i + 1, 8) || dealBefore(ws, i, 6) || byPair)
      return {
        stage: 'approved',
        start: ACCEPT.has(lemmaAt(ws, i - 1)) ? i - 1 : i,
        end: Math.max(i + 1, objectEnd(ws, i, 9)),
      };
  }
  if (ACCEPT.has(l) && lemmaAt(ws, i + 1) === 'consent') return null; // read at "consent"
  // (Nor is a recommended offer, when the text goes on to declare it unconditional: "Recommended Offer
  // for Bandt plc ("Bandt") Offer declared unconditional in all respects" is read at "unconditional".)
  if (ACCEPT.has(l) && OFFER.has(next) && findWord(ws, i + 2, Math.min(ws.length, i + 16), 'unconditional') >= 0)
    return null;
  // Holders who voted to accept an offer approved it, whoever they are called: "Farmers who own
  // shares in Australia's Mackay Sugar have voted to accept a takeover offer from Nordzucker".
  // (Not a board, which agrees: "Globex board voted to accept Acme offer".)
  if (
    ACCEPT.has(l) &&
    lemmaAt(ws, i - 1) === 'to' &&
    lemmaAt(ws, i - 2) === 'vote' &&
    isPast(ws[i - 2]!) &&
    findWord(ws, Math.max(0, i - 6), i, 'board') < 0 &&
    !has(ws, Math.max(0, i - 6), i, DIRECTORS)
  ) {
    const offer = find(ws, i + 1, pastAsides(ws, i + 1, 8), DEAL_NOUN);
    if (offer >= 0) return { stage: 'approved', start: i - 2, end: offer };
  }
  // A block recommended is one asked of whoever decides: "Finland's competition authority has
  // recommended blocking Mehilainen's purchase of rival Pihlajalinna" (a regulator's: its review).
  if (l === 'recommend' && BLOCK.has(next) && dealAfter(ws, i + 1, 10))
    return {
      stage: regulatorIn(ws, Math.max(0, i - 6), i) ? 'regulatory_review' : 'at_risk',
      end: Math.max(i + 1, objectEnd(ws, i, 10)),
    };
  // A target that gives in to an offer accepts it: "Mannesmann caves in to Vodafone's sweetened
  // offer", "bows to", "succumbs to", "gives in to".
  // (After a name the tagger may read the verb as a plural noun: "Mannesmann caves in to".)
  if (YIELD.has(l) && (w.pos === 'VERB' || (ws[i - 1]?.pos === 'PROPN' && (next === 'in' || next === 'to')))) {
    const to = next === 'in' ? i + 2 : i + 1;
    const offer = lemmaAt(ws, to) === 'to' ? find(ws, to + 1, reach(ws, to, 6, 1) + 1, ACCEPTABLE) : -1;
    if (offer >= 0 && (l !== 'give' || next === 'in') && (l !== 'cave' || next === 'in'))
      return { stage: 'agreed', end: offer };
  }
  // A target fending a bidder off fights the bid: "turns to Severstal as white knight to fend off Mittal".
  if (
    ['fend', 'fight', 'ward'].includes(l) &&
    next === 'off' &&
    (ws[i + 2]?.pos === 'PROPN' || dealAfter(ws, i + 1, 4))
  )
    return { stage: 'at_risk', end: Math.max(i + 1, objectEnd(ws, i, 5)) };
  if (ACCEPT.has(l)) {
    // A compound's tail backs nothing: "Hedge-fund-backed MNG makes hostile bid".
    if (modifierTail(ws, i)) return null;
    // Support a bidder seeks is none given: "flies to South Africa to drum up support for takeover
    // of rival Anglo American" (its bid still open).
    // (The verb, not a noun of the same spelling: "EU court backs Commission's decision…".)
    const sought = ws
      .slice(Math.max(0, i - 3), i)
      .some((x) => SUPPORT_SOUGHT.has(x.lemma) && (x.pos === 'VERB' || x.lower === 'drum'));
    if (w.pos === 'NOUN' && sought && dealAfter(ws, i, 6))
      return { stage: 'negotiating', end: Math.max(i, objectEnd(ws, i, 8)), hedge: true };
    // A proxy adviser's backing is advice to holders: a bid it backs is still only a bid ("Proxy
    // adviser ISS backs Acme's bid for Globex"); an agreed deal it backs stays agreed (read below).
    const bid = find(ws, i + 1, i + 6, OFFER);
    if (findWord(ws, i - 4, i, 'proxy') >= 0 && bid >= 0 && find(ws, i + 1, bid - 1, TAKEOVER_WORD) < 0)
      return { stage: 'negotiating', end: bid };
    // What is recommended is what its complement says: "recommends shareholders reject Acme's
    // offer", "recommends Globex holders vote against Acme deal" (a vote urged, so a risk).
    const rejecting = find(ws, i + 1, i + 4, REJECT);
    if (rejecting >= 0 && ws[rejecting]!.pos === 'VERB') return resolve(ws, rejecting);
    const vote = findWord(ws, i + 1, i + 5, 'vote');
    if (
      l === 'recommend' &&
      vote >= 0 &&
      ['against', 'down'].includes(lemmaAt(ws, vote + 1)) &&
      dealAfter(ws, vote + 1, 6)
    )
      return { stage: 'at_risk', end: objectEnd(ws, i, 9) };
    // "CMA accepts remedies", "has accepted undertakings from Acme": the regulator's concerns are met.
    if (l === 'accept' && has(ws, i + 1, i + 4, REMEDY) && regulatorIn(ws, Math.max(0, i - 6), i))
      return { stage: 'approved', end: find(ws, i + 1, i + 4, REMEDY) };
    // The tagger reads "backs" before a name or an amount as a noun: "Morrisons backs £7bn CD&R offer".
    // After "shareholders (of X)" it is the verb too: "BG Group shareholders back Shell takeover".
    if (l === 'back' && w.pos !== 'VERB' && !(w.lower === 'backs' || w.lower === 'backed') && holdersAt(ws, i) < 0)
      return null;
    // "accepted all shares tendered", "accepted for payment": the tender offer is done.
    if (l === 'accept' && (has(ws, i + 1, i + 6, TENDERED) || (next === 'for' && lemmaAt(ws, i + 2) === 'payment')))
      return { stage: 'completed', end: Math.max(find(ws, i + 1, i + 6, TENDERED), i + 2) };
    // "backed that up with an eight-year offer": to back up is to support a claim, not a deal.
    if (l === 'back' && findWord(ws, i + 1, i + 3, 'up') >= 0) return null;
    // (A sale backed is the deal too: "Nokia shareholders back sale of phone unit to Microsoft"; not a
    // sale of securities, a financing: "investors back share sale".)
    const saleAt = findWord(ws, i + 1, reach(ws, i, 4, 1) + 1, 'sale');
    const saleBacked = saleAt >= 0 && !SECURITIES.has(lemmaAt(ws, saleAt - 1)) ? saleAt : -1;
    const j = saleBacked >= 0 ? saleBacked : find(ws, i + 1, reach(ws, i, 7, 1) + 1, ACCEPTABLE);
    // Holders who back a buyer's "move" or "plan" to buy approve its deal: "Louisiana-Pacific Corp's
    // investors backed the building products maker's move to buy Canada-based peer Ainsworth".
    const move = find(ws, i + 1, reach(ws, i, 7, 1) + 1, MOVE_TO);
    if (move >= 0 && lemmaAt(ws, move + 1) === 'to' && TRANSACT.has(lemmaAt(ws, move + 2)) && holdersAt(ws, i) >= 0)
      return { stage: 'approved', start: holdersAt(ws, i), end: move + 2 };
    // What is backed may be an act on the deal, an infinitive before it: "court backs Commission's
    // decision to block Acme-Globex deal" is the block upheld.
    const act = j >= 0 ? ws.slice(i + 2, j).findIndex((x, k) => x.pos === 'VERB' && ws[i + 1 + k]!.lower === 'to') : -1;
    if (act >= 0) return resolve(ws, i + 2 + act);
    // "minded to recommend a firm offer" (the UK code's words for a board still talking): not yet agreed.
    // (So are a board "willing" or "prepared" to recommend one: "Shire said it was willing to recommend a
    // sweetened $64 billion offer from Takeda".)
    if (j >= 0 && ['minded', 'willing', 'prepared'].includes(lemmaAt(ws, i - 2)))
      return { stage: 'negotiating', start: i - 2, end: j };
    // "BG Group shareholders back Shell takeover": the holders' vote approves a deal already agreed.
    if (j >= 0 && holdersAt(ws, i) >= 0) return { stage: 'approved', start: holdersAt(ws, i), end: j };
    // "FCC chairman backs T-Mobile-Sprint tie-up": a regulator's backing is its approval, as its "approves" is.
    if (j >= 0 && regulatorIn(ws, Math.max(0, i - 6), i)) return { stage: 'approved', end: j };
    return j >= 0 ? { stage: 'agreed', end: j } : null;
  }
  if (l === 'win' || l === 'clinch') {
    // What one fails to win is not won: read at its noun ("fails to win shareholder approval").
    if (has(ws, i - 3, i, FAILED)) return null;
    // (Or its support, endorsement or recommendation: "wins Placer Dome's support".)
    const noun = find(ws, i + 1, i + 8, APPROVAL_NOUN);
    const approval = noun >= 0 ? noun : find(ws, i + 1, i + 6, BACKING);
    if (approval >= 0 && (approvalOfOther(ws, approval) || has(ws, i + 1, approval, PRODUCT_REGULATOR))) return null;
    // (Nor what a company's own thing wins, named in lower case after its owner where case tells
    // names: "Ablynx's caplacizumab wins EU approval" is a drug's.)
    if (approval >= 0 && companysThing(ws, i)) return null;
    // (A board's backing won is the deal agreed: "KKR … wins board backing"; holders' and
    // regulators' approval, approved. So is a company's own, by name: "wins Placer Dome's support".)
    const companys =
      POSSESSIVE_S.has(ws[approval - 1]?.lower ?? '') &&
      nameAt(ws, approval - 2) &&
      !regulatorIn(ws, i + 1, approval) &&
      holdersAt(ws, approval) < 0;
    if (approval >= 0)
      return { stage: lemmaAt(ws, approval - 1) === 'board' || companys ? 'agreed' : 'approved', end: approval };
    // A company clinched or won is a deal won: "CoStar clinches Domain after raising bid" (a bid's
    // contest over), "VIACOM WINS PARAMOUNT AS QVC DECLINES TO RAISE BID".
    // (The company itself, not a thing of it: "clinches Globex contract" is a sale of goods.)
    if (
      (l === 'clinch' || l === 'win') &&
      w.pos === 'VERB' &&
      // (In capitals read in lower case a name is a noun no rule reads: not "WINS SUIT OVER GLOBEX BID".)
      (ws[i + 1]?.pos === 'PROPN' ||
        (lowered(ws) &&
          ['NOUN', 'ADJ'].includes(ws[i + 1]?.pos ?? '') &&
          !LEXICON.has(ws[i + 1]!.lemma) &&
          !DEAL_NOUN.has(ws[i + 1]!.lemma) &&
          !COURT_FIGHT.has(ws[i + 1]!.lemma))) &&
      !(ws[i + 2]?.pos === 'NOUN' && !DEAL_NOUN.has(ws[i + 2]!.lemma)) &&
      // (With a bid or a price in the clause: "Chargers Clinch Playoff Berth" is a season's.)
      // (Or a deal another lost: "Hanson wins Imperial as United Biscuits merger collapses".)
      (has(ws, i + 2, i + 10, OFFER) ||
        priceAfter(ws, i + 2, i + 8) ||
        DEAL_NOUN.has(lemmaAt(ws, i + 2)) ||
        (lemmaAt(ws, i + 2) === 'as' && has(ws, i + 3, i + 10, DEAL_NOUN)))
    )
      return { stage: 'agreed', end: i + 1 };
    // A company won with a bid is a contest won: "Verizon wins Straight Path with $3.1 billion bid".
    if (l === 'win' && w.pos === 'VERB' && ws[i + 1]?.pos === 'PROPN') {
      const withAt = findWord(ws, i + 2, reach(ws, i, 3, 1) + 1, 'with');
      if (withAt >= 0 && find(ws, withAt + 1, reach(ws, withAt, 5, 1) + 1, OFFER) >= 0)
        return { stage: 'agreed', end: find(ws, withAt + 1, reach(ws, withAt, 5, 1) + 1, OFFER) };
    }
    // "wins court battle with FTC over Globex deal": the challenge failed.
    // (Or a case won that lets the deal close, told after a comma: "won its arbitration case against
    // ExxonMobil, enabling it to close its acquisition of Hess".)
    const enabling = find(ws, i + 4, i + 9, ENABLING);
    if (
      l === 'win' &&
      has(ws, i + 1, i + 4, COURT_FIGHT) &&
      (dealAfter(ws, i, 9) || (enabling >= 0 && dealAfter(ws, enabling, 8)))
    )
      return { stage: 'approved', end: enabling >= 0 ? Math.max(enabling, objectEnd(ws, i, 16)) : objectEnd(ws, i, 9) };
    // A bid won for a company is its auction won: "Tata Sons wins bid for Air India" (not a bid for a
    // thing of the company's, "wins bid for Globex contract", nor one to do something else).
    const bid =
      lemmaAt(ws, i + 1) === 'bid' ? i + 1 : ws[i + 1]?.pos === 'DET' && lemmaAt(ws, i + 2) === 'bid' ? i + 2 : -1;
    if (l === 'win' && bid >= 0 && lemmaAt(ws, bid + 1) === 'for' && ws[bid + 2]?.pos === 'PROPN') {
      const [, name] = nameAfter(ws, bid + 2);
      const thing = ws[name + 1]?.pos === 'NOUN' && !DEAL_NOUN.has(ws[name + 1]!.lemma);
      if (!thing) return { stage: 'agreed', end: name };
    }
    // A contest won is a deal only when it is for a company or a deal: "wins battle for Globex",
    // "wins bidding war", "wins auction for Globex unit" (not "won the fight in six rounds").
    const contest = find(ws, i + 1, i + 8, CONTEST);
    const forDeal =
      contest >= 0 &&
      (!RACE.has(ws[contest]!.lemma) ||
        (lemmaAt(ws, contest + 1) === 'for' &&
          (ws[contest + 2]?.pos === 'PROPN' || lowered(ws) || dealAfter(ws, contest + 1, 4))) ||
        dealAfter(ws, contest, 3) ||
        lemmaAt(ws, contest + 1) === 'to');
    // (Won with half or more of the shares behind it, the bidder has control: "wins battle for GKN
    // with 52% of shareholders' backing".)
    if (forDeal && majorityIn(ws, contest + 1, contest + 9)) return { stage: 'completed', end: objectEnd(ws, i, 9) };
    return forDeal ? { stage: 'agreed', end: objectEnd(ws, i, 7) } : null;
  }
  return undefined;
};

/** Rules (6): agreement verbs, regulators pushing back, deadlines delayed, terms extended. */
const readAgreements: Rules = (ws, i, w, l, next) => {
  if (AGREE.has(l)) {
    // A strike "over" or "against" something is workers' walkout, no deal struck: "Samsung Techwin
    // workers strike over sale".
    if (l === 'strike' && ['over', 'against'].includes(next)) return null;
    // In the passive the terms of a sale or a takeover come first: "terms for the club's sale have
    // been agreed with the consortium".
    const termsOf = l === 'agree' && isPast(w) && lemmaAt(ws, i - 1) === 'be' ? findWord(ws, i - 9, i, 'terms') : -1;
    if (termsOf >= 0 && has(ws, termsOf + 1, i, TAKEOVER_WORD)) return { stage: 'agreed', start: termsOf, end: i };
    // An agreement "on" anything but a deal is the terms of a relationship: "Microsoft and OpenAI
    // sign new agreement on AGI clause and revenue share".
    const pact = ws.slice(i + 1, i + 4).findIndex((x) => x.lemma === 'agreement' || x.lemma === 'pact');
    if (pact >= 0 && lemmaAt(ws, i + 2 + pact) === 'on' && !dealAfter(ws, i + 2 + pact, 3)) return null;
    // A settlement reached with a regulator over the deal clears it: "HPE, DOJ reach settlement over
    // Juniper deal". One with anyone else settles a suit, not the deal: "reaches settlement with
    // Globex shareholders over merger suit".
    const settled = settlementAt(ws, i);
    if (settled !== undefined && l !== 'announce' && l !== 'unveil') return settled;
    // An agreement with a regulator is the review's, not the deal's: "HPE, Juniper agree to extend
    // timing agreement with DOJ over merger review" (read on, at "review").
    const withAt = findWord(ws, i + 1, i + 7, 'with');
    if (withAt >= 0 && regulatorIn(ws, withAt + 1, withAt + 3) && !has(ws, i + 1, withAt, TRANSACT)) return null;
    // "agreed not to buy more Globex shares for ten years": a standstill, the pursuit given up.
    if (l === 'agree' && next === 'not')
      return ['buy', 'acquire', 'purchase'].includes(lemmaAt(ws, i + 3)) ? { stage: 'terminated', end: i + 3 } : null;
    // Talks entered into are talks: "has entered into exclusive discussions with PAI Partners about a
    // potential sale" (read at the talks).
    // (Past a hyphened compound that describes them: "enter into open-ended discussions".)
    if (l === 'enter' && next === 'into' && find(ws, i + 2, reach(ws, i + 1, 3, 1) + 1, TALK) >= 0) return null;
    // (What is entered into in the passive is the subject: "This First Supplemental Indenture … is entered
    // into among CyberArk, Palo Alto Networks and U.S. Bank" enters into no deal.)
    if (l === 'enter' && next === 'into' && lemmaAt(ws, i - 1) === 'be') {
      const named = ws
        .slice(sentenceOpens(ws, i), i)
        .some((x) => DEAL_NOUN.has(x.lemma) || AGREEMENT_NOUN.has(x.lemma));
      if (!named) return null;
    }
    // (So is an exclusivity deed or agreement, a process deed's last stage of talks: "has entered into a
    // process and exclusivity deed with XRG, following a $30 billion all-cash takeover offer".)
    const exclusivity = l === 'enter' && next === 'into' ? findWord(ws, i + 2, i + 7, 'exclusivity') : -1;
    if (exclusivity > 0 && !has(ws, i + 2, exclusivity, TAKEOVER_WORD))
      return { stage: 'negotiating', end: exclusivity };
    // A deal agreed to buy a minority stake is a holding bought, no takeover: "agreed a deal with Total to
    // acquire a stake in the French energy giant's two oil and gas blocks".
    const stakeDeal = l === 'agree' ? findWord(ws, i + 1, i + 8, 'to') : -1;
    if (stakeDeal > i + 1 && TRANSACT.has(lemmaAt(ws, stakeDeal + 1)) && minorityStake(ws, stakeDeal + 2)) return null;
    if (l === 'agree' || (l === 'enter' && next === 'into')) {
      // "agree to terminate" ends a deal; "agree to buy", "agree to be bought", "agree terms", "agree a merger" make one.
      const k = find(ws, i + 1, i + 6, END);
      // (Past an adverb: "agreed to mutually terminate their merger agreement".)
      const to = ws[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
      if (k >= 0 && lemmaAt(ws, to) === 'to') return { stage: 'terminated', end: Math.max(k, objectEnd(ws, i, 7)) };
      // ("agree on interoperability standards": what is agreed on is no deal.)
      // ("agreed on the main terms of a merger": what is agreed on may stand further off.)
      if (
        l === 'agree' &&
        (next === 'with' || next === 'that' || next === 'on') &&
        !dealAfter(ws, i + 1, next === 'on' ? 8 : 5)
      )
        return null;
      if (next === 'in' && lemmaAt(ws, i + 2) === 'principle') return { stage: 'agreed', end: i + 2 };
      // "agreed to extend the deadline for completing their merger": a closing put off.
      const later = find(ws, i + 1, i + 4, DELAYED);
      if (later >= 0 && has(ws, later + 1, later + 4, DEADLINE) && dealAfter(ws, later, 8))
        return {
          stage: 'at_risk',
          start: later,
          end: Math.max(find(ws, later + 1, later + 4, DEADLINE), objectEnd(ws, i, 10)),
        };
      // Terms agreed to settle a regulator's case clear the deal: "agree to divest assets to settle DOJ merger challenge".
      // (Or its charges: "agreed to divest three fuel stations in Alabama to settle Federal Trade
      // Commission charges that its proposed acquisition of Jet-Pep Inc would violate federal antitrust law".)
      const settle = find(ws, i + 1, i + 10, SETTLE_CASE);
      // (Only a case against a deal: "to settle FTC lawsuit over Prime sign-ups" settles no merger.)
      const suit = settle >= 0 ? find(ws, settle + 1, settle + 6, CASE_BROUGHT) : -1;
      const againstDeal =
        suit >= 0 && (dealAfter(ws, suit, 10) || has(ws, settle + 1, suit, DEAL_NOUN) || dealBefore(ws, i, 8));
      if (suit >= 0 && againstDeal && regulatorIn(ws, settle + 1, suit + 1)) return { stage: 'approved', end: suit };
      // "agreed to V": the agreement is what V says ("agreed to sell its unit", "agreed to recommend the
      // offer"); to license a technology or to pay an invoice is no deal of this kind.
      const complement = ws[i + 2];
      // (To merge or combine needs no object: the parties said it before "agreed".)
      const together = complement && ['merge', 'combine'].includes(complement.lemma);
      // (An infinitive is the verb's own form: "agrees to sweetened bid" is a participle before the bid agreed to.)
      const infinitive = complement?.pos === 'VERB' && complement.lower === complement.lemma;
      if (l === 'agree' && next === 'to' && infinitive && complement.lemma !== 'be' && !together) {
        // (A price revised by agreement is the deal amended, still agreed: "agree to lower deal price".)
        const revised = priceRevised(ws, i + 2, true);
        if (revised >= 0) return { stage: 'agreed', end: revised };
        const r = resolve(ws, i + 2);
        return r
          ? { stage: r.stage, start: i, end: Math.max(r.end, i + 2), ...(r.hedge ? { hedge: true } : {}) }
          : null;
      }
      // Agreeing to or on nothing a deal names is no deal: "Interior and commerce departments agree",
      // "agreed to a six year deal with the Philadelphia 76ers" (a contract: read as one).
      // (Nor "agrees to be taken private": a passive infinitive is the agreement to be bought.)
      // (Changes agreed to a deal name it further off: "agreed to a delay and price reduction for
      // its planned merger with Walgreens" — the deal amended, still agreed.)
      const agreedTo =
        dealAfter(ws, i, has(ws, i + 1, i + 6, AMENDMENT) ? 11 : 8) ||
        dealBefore(ws, i, 6) ||
        has(ws, i + 1, i + 6, AGREEMENT_NOUN) ||
        (next === 'to' && lemmaAt(ws, i + 2) === 'be');
      if (l === 'agree' && !agreedTo) return null;
      return { stage: 'agreed', end: Math.max(objectEnd(ws, i, 6), i + 1) };
    }
    // An announcement still to come is a deal being finalised: "could announce Globex deal as soon as
    // Monday", "to announce merger as early as this week".
    if (l === 'announce' || l === 'unveil') {
      // A deal's close or end announced is the deal done or over: "announced the close of its US$85
      // billion merger with media and entertainment conglomerate Time Warner Inc."
      const outcome = find(ws, i + 1, i + 4, PURCHASE_OUTCOME);
      if (outcome >= 0 && lemmaAt(ws, outcome + 1) === 'of' && dealAfter(ws, outcome + 1, 8)) {
        const done = ['completion', 'closing', 'close'].includes(ws[outcome]!.lemma);
        return { stage: done ? 'completed' : 'terminated', end: Math.max(outcome, objectEnd(ws, i, 9)) };
      }
      // A purchase announced is one agreed, as press releases say it: "announced the acquisition
      // of Globex". (Its completion announced is read at "completion".)
      const k = find(ws, i + 1, i + 5, ANNOUNCED_PURCHASE);
      // (Not shares bought: "announced the purchase of 2 million Globex shares".)
      const shares = ws[k + 2]?.pos === 'NUM' || /^[$€£¥]$/.test(ws[k + 2]?.text ?? '');
      // (Nor one it says it has completed: "announces it has completed acquisition of Time Warner",
      // read at "complete".)
      // (Or its target named before it: "Kimberly-Clark announces $48.7bn Kenvue acquisition".)
      // (Not one the sentence goes on to call done: "announces Globex acquisition is complete".)
      const kk = k >= 0 ? k : find(ws, i + 1, reach(ws, i, 4, 1) + 1, ANNOUNCED_PURCHASE);
      // (Or named with an owner's "'s", as the company announcing names whom it buys: "After Announcing
      // $18 Billion JDE Peet's Acquisition".)
      const owned = POSSESSIVE_S.has(ws[kk - 1]?.lower ?? '') ? 1 : 0;
      const targetBefore =
        kk - 1 - owned > i && ws[kk - 1 - owned]?.pos === 'PROPN' && !lowered(ws) && !has(ws, kk + 1, kk + 4, COMPLETE);
      if (k < 0 && targetBefore) return { stage: 'agreed', end: kk };
      if (
        k >= 0 &&
        (lemmaAt(ws, k + 1) === 'of' || targetBefore) &&
        !shares &&
        !has(ws, i + 1, k, PURCHASE_OUTCOME) &&
        !has(ws, i + 1, k, COMPLETE)
      )
        return { stage: 'agreed', end: k };
      // In the passive what is announced comes first: "after Capital One deal announced" (one to be
      // announced is still being finalised: "deal could be announced Monday").
      const announced = find(ws, Math.max(0, i - 4), i, ANNOUNCED_DEAL);
      if (announced >= 0 && passive(ws, i)) {
        const coming =
          lemmaAt(ws, i - 1) === 'be' && ['to', 'could', 'may', 'might', 'will', 'would'].includes(lemmaAt(ws, i - 2));
        return coming
          ? { stage: 'negotiating', start: announced, end: i, hedge: true }
          : { stage: 'agreed', start: announced, end: i };
      }
      // (A price and a compound count as one word: "announced a definitive $23.7 billion take-private
      // agreement for Walgreens Boots Alliance".)
      const k2 = find(ws, i + 1, Math.max(i + 7, reach(ws, i, 6, 1) + 1), ANNOUNCED);
      if (k2 < 0) return null;
      // (Nor here: "announced it has completed its merger with Comerica" is read at "completed".)
      if (has(ws, i + 1, k2, COMPLETE)) return null;
      // (What a body announces it will do to the deal is read at its own verb: "announced that it
      // would allow the merger", "announces it will block the deal".)
      if (
        ws
          .slice(i + 1, k2)
          .some((x) => x.pos === 'VERB' && (PERMIT.has(x.lemma) || APPROVE.has(x.lemma) || BLOCK.has(x.lemma)))
      )
        return null;
      // (What is announced of it may follow as a participle: "After Announcing $24 Billion Merger With
      // Albertsons Terminated" announces the end.)
      const ended = ws.slice(k2 + 1, k2 + 6).findIndex((x) => END.has(x.lemma) && isPast(x));
      if (ended >= 0 && (k2 + 1 + ended === ws.length - 1 || CLAUSE_END.test(ws[k2 + 2 + ended]?.text ?? '')))
        return { stage: 'terminated', end: k2 + 1 + ended };
      // (A deal to trade goods or do something else is no takeover: "announces a $16.5B deal to produce chips".)
      if (dealForGoods(ws, k2)) return null;
      // (Nor a commercial one, or one told by what it does that is no takeover: "announced a sweeping
      // restructuring deal that frees the ChatGPT maker", "announced a deal lifting restrictions".)
      if (commercial(ws, k2) || doingSomethingElse(ws, k2) || partnershipPact(ws, k2)) return null;
      // Talks announced are talks, read at "talks": "announces merger talks with Globex", "announced
      // talks on a merger".
      if (has(ws, i + 1, k2 + 2, TALK)) return null;
      const ahead = ['to', 'could', 'may', 'might', 'will', 'would'].includes(lemmaAt(ws, i - 1));
      return { stage: ahead ? 'negotiating' : 'agreed', end: objectEnd(ws, i, 7), ...(ahead ? { hedge: true } : {}) };
    }
    // A purchase sealed is done: "seals Globex purchase, ending 18-month saga" (a deal sealed is
    // agreed: "seals deal to buy Globex").
    // (A merger sealed is agreed: mergers are announced, not bought: "Seven and SCA seal merger of equals".)
    const sealed = find(ws, i + 1, i + 5, TAKEOVER_WORD);
    if (l === 'seal' && sealed >= 0 && !has(ws, i + 1, i + 5, AGREEMENT_NOUN))
      return ['to', 'will'].includes(lemmaAt(ws, i - 1)) || MERGER_WORD.has(ws[sealed]!.lemma)
        ? { stage: 'agreed', end: find(ws, i + 1, i + 5, TAKEOVER_WORD) }
        : { stage: 'completed', end: find(ws, i + 1, i + 5, TAKEOVER_WORD) };
    // "sign / strike / reach / seal / ink a deal": an agreement. (A deal named commercial, "cloud deal",
    // "supply agreement", is none; "signs deal with Globex", unnamed, still reads as one.)
    // (A price and a compound count as one word: "inks $2.65 billion all-stock Postmates deal".)
    const j = find(ws, i + 1, Math.max(i + 6, reach(ws, i, 5, 1) + 1), AGREEMENT_NOUN);
    // A commercial agreement between the two is no takeover: "signs cloud deal with Globex".
    if (j >= 0 && commercial(ws, j)) return null;
    // A standstill signed is the would-be bidder's pursuit given up: "SIGNS STANDSTILL PACT WITH GLOBEX".
    if (j >= 0 && lemmaAt(ws, j - 1) === 'standstill') return { stage: 'terminated', end: j };
    // A deal "with" a partner that names no takeover is of any kind: "signs deal with Globex",
    // "reaches agreement with creditors". ("signs merger deal with Globex", "deal with Globex to
    // buy its unit", "agreement with Globex on a $4bn takeover" say which.)
    if (j >= 0 && lemmaAt(ws, j + 1) === 'with' && !takeoverNamed(ws, i + 1, j + 10)) return null;
    // An agreement "to" do what is no deal is a contract: "signed an agreement to share data
    // centre space" ("an agreement to buy Globex", "to merge" is one).
    if (j >= 0 && toDoSomethingElse(ws, j)) return null;
    // (Or told by what it does, when that is no takeover: "strike deal lifting fundraising restrictions
    // for ChatGPT creator".)
    if (j >= 0 && (doingSomethingElse(ws, j) || partnershipPact(ws, j))) return null;
    if (j >= 0 && stakePact(ws, j)) return null;
    // (Nor one for a measured quantity, or whose point, said after it, is a minority stake: "inks
    // multibillion-dollar deal for 6 gigawatts of AI computing power", "strikes $6B AMD deal, could
    // take 10% stake in chipmaker".)
    if (j >= 0 && (dealForQuantity(ws, j) || stakeSaidAfter(ws, j))) return null;
    if (j >= 0) return { stage: 'agreed', end: j };
    // A takeover signed, inked, struck or clinched is agreed: "ink A$24 billion AirTrunk buy",
    // "signs Globex takeover".
    const signed = ['sign', 'ink', 'strike', 'clinch'].includes(l) ? find(ws, i + 1, i + 8, SIGNED_TAKEOVER) : -1;
    // (Not a word that only describes the noun after it: "sign power purchase agreement" is a contract.)
    const describes = ['NOUN', 'PROPN'].includes(ws[signed + 1]?.pos ?? '');
    // (An understanding signed to explore or discuss the takeover is the talks: "sign memorandum of
    // understanding to explore merger".)
    const toTalk =
      signed >= 0
        ? ws.slice(i + 1, signed).findIndex((x, k, a) => x.lower === 'to' && SIGNED_TO_TALK.has(a[k + 1]?.lemma ?? ''))
        : -1;
    if (toTalk >= 0) return { stage: 'negotiating', end: signed };
    if (
      signed >= 0 &&
      !describes &&
      (ws[signed]!.lemma !== 'buy' || ws[signed]!.pos !== 'VERB' || signed === ws.length - 1)
    )
      return { stage: 'agreed', end: signed };
    return null;
  }
  // "makes another acquisition", "makes $2 bln purchase of Globex": a purchase agreed, in the verb's
  // tense. (Not one that names another thing: "makes acquisition offer" is the offer.)
  // (One purchase: "makes acquisitions a priority" is a policy.)
  if (l === 'make' && w.pos === 'VERB') {
    const k = find(ws, i + 1, i + 5, ANNOUNCED_PURCHASE);
    const plain = ws
      .slice(i + 1, k)
      .every((x) => ['DET', 'ADJ', 'NUM', 'SYM'].includes(x.pos) || SCALE_WORD.has(x.lower) || x.lower === 'its');
    const one = k >= 0 && ws[k]!.lower === ws[k]!.lemma;
    if (one && plain && !['NOUN', 'PROPN'].includes(ws[k + 1]?.pos ?? '')) {
      const prev = lemmaAt(ws, i - 1);
      if (['could', 'may', 'might', 'would', 'should'].includes(prev)) return { stage: 'rumored', end: k, hedge: true };
      return { stage: isPast(w) && prev !== 'to' ? 'completed' : 'agreed', end: k };
    }
  }
  // "ACME AND GLOBEX SET MERGER TERMS", "ACME SETS MERGER" (an agreement announced); "set to" is a forecast.
  if (l === 'set' && w.pos === 'VERB' && next !== 'to') {
    const j = find(ws, i + 1, i + 5, SET_TERMS);
    if (j >= 0) return { stage: 'agreed', end: j };
  }
  // "push back deal closing to June": a delay.
  // (A regulator pushing back its own decision is still reviewing: "pushed back its decision on … to March".)
  if (l === 'push' && next === 'back' && has(ws, i + 2, i + 5, DECISION) && regulatorIn(ws, Math.max(0, i - 6), i))
    return { stage: 'regulatory_review', end: find(ws, i + 2, i + 5, DECISION) };
  if (l === 'push' && next === 'back' && dealAfter(ws, i + 1, 4)) return { stage: 'at_risk', end: objectEnd(ws, i, 5) };
  // "in bidding war with Initech for Globex": competing offers.
  if (w.lower === 'bidding' && next === 'war') return { stage: 'negotiating', end: i + 1 };
  // "Acme bid for Globex goes unconditional", "declares offer wholly unconditional": the takeover is secured.
  // ("goes unconditional on Globex bid": the offer after it.)
  if (
    l === 'unconditional' &&
    (has(ws, Math.max(0, i - 6), i, OFFER) || (next === 'on' && has(ws, i + 2, reach(ws, i + 1, 3, 1) + 1, OFFER)))
  )
    return { stage: 'completed', end: i };
  // "moves to compulsory acquisition" of the last shares (Australian and British law): the bidder
  // holds enough to buy out the rest.
  if (l === 'acquisition' && lemmaAt(ws, i - 1) === 'compulsory') return { stage: 'completed', start: i - 1, end: i };
  // A buyer's due diligence or exclusivity extended, finished or on track is the talks going on: "Santos
  // extends due diligence deadline for XRG's $18.7 billion acquisition proposal", "on track to finish
  // due diligence for Santos takeover" (no deal at risk, none agreed or completed).
  if ((l === 'extend' || COMPLETE.has(l) || (l === 'on' && next === 'track')) && diligenceAt(ws, i + 1, i + 6) >= 0)
    return { stage: 'negotiating', end: diligenceAt(ws, i + 1, i + 6) };
  // "Acme and Globex extend merger deadline": the closing put off. (An offer's deadline extended is
  // the offer still open: "extends its offer deadline", read at "offer".)
  // (Or the deal named after "for": "extended the termination date for their proposed $8 billion
  // combination".)
  const deadlineAt = DELAYED.has(l) ? find(ws, i + 1, i + 4, DEADLINE) : -1;
  let deadlineEnd = deadlineAt;
  while (deadlineEnd >= 0 && DEADLINE.has(lemmaAt(ws, deadlineEnd + 1))) deadlineEnd++;
  // (Or to complete it: "extended the deadline to complete their $9 billion proposed merger".)
  const forDeal =
    deadlineAt >= 0 &&
    (lemmaAt(ws, deadlineEnd + 1) === 'for' ||
      (lemmaAt(ws, deadlineEnd + 1) === 'to' && COMPLETE.has(lemmaAt(ws, deadlineEnd + 2)))) &&
    dealAfter(ws, deadlineEnd + 1, 7);
  if (
    DELAYED.has(l) &&
    (w.pos === 'VERB' || isThirdPerson(w)) &&
    deadlineAt >= 0 &&
    (dealAfter(ws, i, 3) || forDeal) &&
    !has(ws, i + 1, deadlineAt, OFFER)
  )
    return { stage: 'at_risk', end: forDeal ? Math.max(deadlineEnd, objectEnd(ws, i, 9)) : deadlineAt };
  // (In the passive the deadline comes first: "Rogers-Shaw deal deadline extended".)
  if (DELAYED.has(l) && passive(ws, i)) {
    const deadline = find(ws, Math.max(0, i - 2), i, DEADLINE);
    const of = lemmaAt(ws, deadline - 1);
    if (deadline > 0 && DEAL_NOUN.has(of) && !OFFER.has(of)) return { stage: 'at_risk', start: deadline - 1, end: i };
  }
  // A deal confirmed is a deal announced: "Apple confirms $3 billion Beats deal" (talks confirmed are
  // talks, read at "talks"; a commercial deal none: "confirms cloud deal").
  if (CONFIRM.has(l) && w.pos === 'VERB') {
    const j = find(ws, i + 1, Math.max(i + 5, reach(ws, i, 5, 1) + 1), AGREEMENT_NOUN);
    // What is confirmed of the deal is its news, a participle after it: "after confirming DuPont
    // deal terminated".
    if (j >= 0 && ws[j + 1] && isPast(ws[j + 1]!) && (END.has(lemmaAt(ws, j + 1)) || COMPLETE.has(lemmaAt(ws, j + 1))))
      return resolve(ws, j + 1);
    if (
      j >= 0 &&
      !TALK.has(lemmaAt(ws, j + 1)) &&
      !commercial(ws, j) &&
      // (Or named after it: "Stripe confirms $1.1 billion deal for Bridge".)
      (ws.slice(i + 1, j).some((x) => x.pos === 'PROPN') ||
        (lemmaAt(ws, j + 1) === 'for' && ws[j + 2]?.pos === 'PROPN' && !boughtProducts(ws, j + 2)))
    )
      return { stage: 'agreed', end: j + (lemmaAt(ws, j + 1) === 'for' ? 2 : 0) };
    // (Or the sale or takeover itself, to or by a name: "after Blues confirm £4.25bn sale to Todd
    // Boehly" — not its talks or an approach, read at those.)
    const k = find(ws, i + 1, i + 5, TAKEOVER_WORD);
    const toName = k >= 0 && ['to', 'by'].includes(lemmaAt(ws, k + 1)) && nameAt(ws, k + 2);
    if (toName && !has(ws, i + 1, k, OFFER) && !has(ws, i + 1, k, TALK)) return { stage: 'agreed', end: k + 2 };
  }
  if (l === 'extend' || l === 'renew' || l === 'expand') {
    const j = find(ws, i + 1, i + 5, ALLIANCE);
    // A regulator's deadline extended is its review going on: "EU extends deadline for Bayer-Monsanto
    // decision".
    const deadline = find(ws, i + 1, i + 3, DEADLINE);
    if (
      l === 'extend' &&
      deadline >= 0 &&
      regulatorIn(ws, Math.max(0, i - 4), i) &&
      (dealAfter(ws, deadline, 6) ||
        ws.slice(deadline + 1, deadline + 6).some((_, k) => pairAfter(ws, deadline + 1 + k)))
    )
      return { stage: 'regulatory_review', end: Math.max(deadline, objectEnd(ws, i, 7)) };
    // A review extended goes on: "SAMR extends review of Taniguchi deal" (not the deal extended).
    const probe = find(ws, i + 1, i + 3, PROBE);
    if (l === 'extend' && probe >= 0 && (j < 0 || probe < j))
      return dealAfter(ws, probe, 6) || regulatorIn(ws, Math.max(0, i - 4), i)
        ? { stage: 'regulatory_review', end: Math.max(probe, objectEnd(ws, i, 6)) }
        : null;
    if (j >= 0 && commercial(ws, j)) return null; // "extend their supply agreement"
    if (j >= 0 && dealForGoods(ws, j)) return null; // "expanded an existing deal to buy chips"
    // An agreement with a regulator is its review's: "extend timing agreement with DOJ over merger review".
    if (j >= 0 && lemmaAt(ws, j + 1) === 'with' && regulatorIn(ws, j + 2, j + 4))
      return { stage: 'regulatory_review', end: j + 2 };
    // (Nor an agreement a common noun or a product names, other than a takeover: "extend Solaris
    // support agreement".)
    const kind = ws[j - 1];
    if (
      j > i + 1 &&
      kind &&
      ['NOUN', 'PROPN'].includes(kind.pos) &&
      !TAKEOVER_WORD.has(kind.lemma) &&
      !DEAL_NOUN.has(kind.lemma)
    )
      return null;
    if (j >= 0) return { stage: 'agreed', end: j };
  }
  if (l === 'agreement' || l === 'pact') {
    const prev = ws.slice(Math.max(0, i - 3), i).map((x) => x.lemma);
    if (commercial(ws, i)) return null;
    // "an agreement to acquire Globex", "to be acquired"; not "an agreement to use Globex's cloud services".
    const toDeal = next === 'to' && (TRANSACT.has(lemmaAt(ws, i + 2)) || lemmaAt(ws, i + 2) === 'be');
    if (toDeal && stakePact(ws, i)) return null;
    // The agreement a phrase names as the one in force is no news of it: "consistent with the
    // requirements of the merger agreement", "under the merger agreement".
    const named = lemmaAt(ws, i - 2) === 'the' && ws[i - 3]?.pos === 'ADP' && TAKEOVER_WORD.has(lemmaAt(ws, i - 1));
    if (named && !toDeal) return null;
    // (Any takeover's: "shares surge on Cisco's $28 billion acquisition agreement".)
    if (
      prev.includes('definitive') ||
      TAKEOVER_WORD.has(lemmaAt(ws, i - 1)) ||
      prev.includes('merger') ||
      toDeal ||
      next === 'in'
    )
      return { stage: 'agreed', end: i };
    return null;
  }
  // A settlement finalised or secured is one reached: "has finalized a settlement agreement with the
  // Justice Department, potentially allowing its … acquisition of Juniper Networks to proceed" (no
  // deal completed), "secures settlement for $14 billion acquisition of Juniper Networks".
  if ((COMPLETE.has(l) || SECURED.has(l)) && w.pos === 'VERB') {
    const settled = settlementAt(ws, i);
    if (settled !== undefined) return settled;
  }
  return undefined;
};

/** Rules (7): completions, proceeding, ownership, offers raised, backing switched. */
const readCompletionsAndRaises: Rules = (ws, i, w, l, next) => {
  if (COMPLETE.has(l)) {
    // A review concluded is a regulator's, not the deal's closing: "has cleared Google and Wiz after it
    // concluded its antitrust review of the deal" (the review ended, the deal let through, where a
    // public body is named before it; otherwise it says nothing of the deal's closing).
    const reviewed = w.pos === 'VERB' ? find(ws, i + 1, i + 4, PROBE) : -1;
    if (reviewed >= 0 && ws[reviewed]!.pos === 'NOUN') {
      if (!regulatorIn(ws, 0, i) || !(dealAfter(ws, reviewed, 8) || dealBefore(ws, i, 8))) return null;
      return { stage: 'approved', end: Math.max(reviewed, objectEnd(ws, i, 9)) };
    }
    // An order a regulator finalises is its approval made final, no closing: "FTC Finalizes Consent
    // Order in Boeing/Spirit Acquisition", "FTC finalises Boeing-Spirit consent order" (anyone else's
    // order completed is no deal's closing either).
    // (Past a deal named before it, "Boeing-Spirit consent order"; not past the deal's own noun.)
    const order = ws.slice(i + 1, i + 7).findIndex((x) => ORDER_MADE.has(x.lemma));
    if (order >= 0 && !has(ws, i + 1, i + 1 + order, DEAL_NOUN)) {
      const at = i + 1 + order;
      return regulatorIn(ws, 0, i) && (dealAfter(ws, at, 8) || dealBefore(ws, at, 6))
        ? { stage: 'approved', end: Math.max(at, objectEnd(ws, i, 9)) }
        : null;
    }
    // An agreement finalised is one signed, no deal closed; one being finalised is about to be; one
    // to do what is no takeover is a contract: "is reportedly finalizing an agreement to pay Google
    // approximately $1 billion annually".
    const pact =
      w.pos === 'VERB'
        ? ws.slice(i + 1, i + 4).findIndex((x) => ['agreement', 'pact', 'accord'].includes(x.lemma))
        : -1;
    if (pact >= 0) {
      const at = i + 1 + pact;
      if (toDoSomethingElse(ws, at) || partnershipPact(ws, at)) return null;
      if (w.lower.endsWith('ing') && lemmaAt(ws, i - 1) === 'be') return { stage: 'negotiating', end: at, hedge: true };
      if (lemmaAt(ws, at + 1) === 'to' && ws[at + 2]?.pos === 'VERB') return { stage: 'agreed', end: at };
      // (An agreement finalised is signed, whatever follows: "has finalized an agreement with Globex",
      // "have finalized their merger agreement" — no closing.)
      if (isPast(w) || isThirdPerson(w)) return { stage: 'agreed', end: at };
    }
    // A completion worked or prepared for is one to come: "working towards completing all the
    // necessary formalities for the completion of the proposed merger" (agreed, not yet closed).
    const aim = lemmaAt(ws, i - 1) === 'the' ? i - 2 : i - 1;
    if (w.pos === 'NOUN' && ['for', 'towards', 'toward'].includes(lemmaAt(ws, aim)) && dealAfter(ws, i, 6))
      return { stage: 'agreed', start: aim, end: Math.max(i, objectEnd(ws, i, 6)) };
    // A closing date is a deadline, no closing: "the first closing date of the Offer".
    if ((l === 'close' || w.lower === 'closing') && lemmaAt(ws, i + 1) === 'date') return null;
    // A closing held off is none: "asked the court to order Microsoft to temporarily hold off on
    // closing its $69 billion purchase".
    if (w.lower.endsWith('ing') && ['on', 'from'].includes(lemmaAt(ws, i - 1)) && has(ws, i - 5, i - 1, HELD_OFF))
      return null;
    // A completion on a condition is none: "in an all-stock deal that, if completed, would create the
    // world's largest food delivery company" (nor "once completed", "when completed").
    if (['if', 'once', 'when', 'unless', 'until'].includes(lemmaAt(ws, i - 1)) && isPast(w)) return null;
    // (Nor one "upon" which something will be: "WBA will become a private company upon completion of
    // the transaction, which is expected to close in the fourth quarter".)
    if (lemmaAt(ws, i - 1) === 'upon' && w.pos === 'NOUN') return null;
    // A company a regulator closes is shut, no deal closed: "Regulators closed Colonial Bank on
    // Friday and sold its deposits to BB&T" (the sale is the deal, read elsewhere).
    if (l === 'close' && ws[i + 1]?.pos === 'PROPN' && regulatorIn(ws, Math.max(0, i - 3), i)) return null;
    // A surface's "finish" finishes nothing: "a titanium-colored finish with chrome highlights".
    if (l === 'finish' && w.pos !== 'VERB') return null;
    // A trial's "closing arguments" close nothing.
    if (l === 'close' && ['argument', 'statement', 'remark'].includes(next)) return null;
    // Nor do a company's sites or brands it closes: "Omnicom will close historic agencies and cut 4,000
    // jobs after buying rival company" (a noun phrase with no deal in it, ended by a clause's edge).
    // (Not in capitals, whose names read as nouns: "CHARTER CLOSES TIME WARNER CABLE, BRIGHT HOUSE DEALS".)
    const asVerb = w.pos === 'VERB' || (ws[i - 1]?.pos === 'AUX' && CONCERN_MODAL.has(ws[i - 1]!.lower));
    if ((l === 'close' || l === 'shut') && asVerb && !lowered(ws)) {
      let k = i + 1;
      while (k < ws.length && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(ws[k]!.pos) && !DEAL_NOUN.has(ws[k]!.lemma)) k++;
      const head = ws[k - 1];
      const edge = !ws[k] || ['and', ',', 'after', 'following', 'as', 'in', 'to', 'amid'].includes(ws[k]!.lower);
      if (k > i + 1 && head?.pos === 'NOUN' && edge && !TRANSACT.has(head.lemma)) return null;
    }
    // A holding's purchase completed is a holding, not the company: "completes purchase of 27.7%
    // stake in Manchester United" (a majority one is control: read elsewhere).
    // (Stated below half: another holder's stake bought whole may be control, "acquisition of
    // Holcim's stake in Ambuja".)
    const bought = find(ws, i + 1, i + 5, DEAL_NOUN);
    const share = bought >= 0 && lemmaAt(ws, bought + 1) === 'of' ? shareAt(ws, bought + 2) : undefined;
    if (share !== undefined && share < 50 && minorityStake(ws, bought + 2)) return null;
    if (nearing(ws, i)) return { stage: 'negotiating', end: i + 1, hedge: true };
    // A closing to come "following" a regulator's approval tells the approval given: "Alaska could
    // close Hawaiian purchase on 18 September following DOT approval", "expects to close its merger …
    // following the US Department of Transportation (DoT) approving the transaction". ("Following
    // regulatory approvals", no regulator named, is the deal's conditions.)
    // (Or by the end of a year first: "expects to complete its proposed $4.7 billion acquisition of
    // Spirit AeroSystems by the end of the year, following conditional approval from the U.S. Federal
    // Trade Commission" — the regulator named after its approval, "from" it.)
    const since = isPast(w) ? -1 : findWord(ws, i + 1, i + 20, 'following');
    const given = since > 0 ? ws.slice(since + 1, since + 12).findIndex((x) => APPROVE.has(x.lemma)) : -1;
    const by =
      given >= 0 &&
      (regulatorIn(ws, since + 1, since + 1 + given) ||
        (['from', 'by'].includes(lemmaAt(ws, since + 2 + given)) &&
          regulatorIn(ws, since + 3 + given, since + 10 + given)));
    if (by && (dealAfter(ws, i, 8) || dealBefore(ws, i, 6)))
      return { stage: 'approved', start: since, end: since + 1 + given };
    // A closing still to come is a deal agreed: "deal expected to close in the first quarter",
    // "Acme to complete Globex purchase on Friday"; one pushed back or given more time is at risk.
    const deadline = find(ws, Math.max(0, i - 3), i, DEADLINE);
    if (deadline >= 0 && ['extend', 'push', 'miss'].includes(lemmaAt(ws, deadline - 1)))
      return { stage: 'at_risk', start: deadline - 1, end: Math.max(i, objectEnd(ws, i, 6)) };
    // "unable to complete the Globex deal": a party's word that it cannot, not yet an end.
    if (
      lemmaAt(ws, i - 1) === 'to' &&
      ['unable', 'fail', 'unwilling'].includes(lemmaAt(ws, i - 2)) &&
      dealAfter(ws, i, 8)
    )
      return { stage: 'at_risk', start: i - 2, end: objectEnd(ws, i, 8) };
    // A closing a side "can" make is let, not made: a regulator's word lets the deal through ("the
    // FTC announced that Synopsys can complete its $35 billion acquisition of Ansys subject to the
    // divestiture of certain assets"); anyone else's is a closing to come. (A question is a doubt: below.)
    const can =
      ws[i - 1]?.lower === 'can' ? i - 1 : ws[i - 1]?.pos === 'ADV' && ws[i - 2]?.lower === 'can' ? i - 2 : -1;
    if (can > 0 && ws.at(-1)?.text !== '?' && (dealAfter(ws, i, 8) || dealBefore(ws, i, 6)))
      return regulatorIn(ws, 0, can)
        ? { stage: 'approved', start: can, end: Math.max(i, objectEnd(ws, i, 8)) }
        : { stage: 'agreed', end: Math.max(i, objectEnd(ws, i, 8)) };
    // (Or a modal's: "Alaska could close Hawaiian purchase on 18 September".)
    if (
      (lemmaAt(ws, i - 1) === 'to' || CONCERN_MODAL.has(ws[i - 1]?.lower ?? '')) &&
      (dealAfter(ws, i, 8) || dealBefore(ws, i, 6))
    )
      return { stage: 'agreed', end: Math.max(i, objectEnd(ws, i, 8)) };
    // (Its passive too: "Chelsea sale to be completed by Monday", "is expected to be completed".)
    const toBe = ['to', 'will', 'would', 'should', 'could', 'may'].includes(lemmaAt(ws, i - 2));
    if (lemmaAt(ws, i - 1) === 'be' && toBe && isPast(w) && (dealAfter(ws, i, 8) || dealBefore(ws, i, 6)))
      return { stage: 'agreed', start: i - 2, end: i };
    // (Or an infinitive's second verb after "and", in the first one's mood: "seeking to accelerate
    // auction process and finalize sale by November" is a sale sought.)
    const to = lemmaAt(ws, i - 1) === 'and' ? findWord(ws, Math.max(0, i - 7), i - 1, 'to') : -1;
    if (to > 0 && ws[to + 1]?.pos === 'VERB' && dealAfter(ws, i, 6))
      return RUMOUR.has(lemmaAt(ws, to - 1))
        ? { stage: 'rumored', start: to - 1, end: Math.max(i, objectEnd(ws, i, 6)), hedge: true }
        : { stage: 'agreed', end: Math.max(i, objectEnd(ws, i, 6)) };
    // (The tagger reads "close" after a pair of names as an adjective: "Bunge, Viterra close merger".)
    // (Or before what it closes: "still close its U.S. Steel deal".)
    const closes = ['its', 'their', 'the', 'his', 'her'].includes(next) && dealAfter(ws, i + 1, 6);
    // (Or after buyers listed with a comma or "and", before the deal named by its target: "KKR, TPG
    // close TXU buyout" — a plural subject, so no adjective; not "close to a deal".)
    const listedBefore = ws.slice(Math.max(0, i - 4), i - 1).some((x) => x.text === ',' || x.lower === 'and');
    // (In capitals read in lower case the name is a noun: "KKR, TPG CLOSE TXU BUYOUT".)
    const nameBefore = nameAt(ws, i - 1);
    const pairCloses = nameBefore && listedBefore && next !== 'to' && dealAfter(ws, i, 4);
    // (After a modal it is the verb: "Alaska could close Hawaiian purchase".)
    if (
      l === 'close' &&
      w.pos === 'ADJ' &&
      !(ws[i - 1]?.pos === 'AUX' && CONCERN_MODAL.has(ws[i - 1]!.lower) && dealAfter(ws, i, 4)) &&
      !(ws[i - 1]?.pos === 'PROPN' && TALKED_ABOUT.has(next)) &&
      !closes &&
      !pairCloses
    )
      return null;
    // A question whether a deal can still close is a doubt over it: "Can Acme still close its
    // Globex deal after the order?" (and "Will Acme complete…?").
    if (
      QUESTION_MODAL.has(ws[0]?.lower ?? '') &&
      ws.at(-1)?.text === '?' &&
      (dealAfter(ws, i, 8) || dealBefore(ws, i, 6))
    )
      return { stage: 'at_risk', start: 0, end: Math.max(i, objectEnd(ws, i, 8)), hedge: true };
    // "Globex will be delisted after Acme completes its buyout": a closing still to come.
    // ("… after it completed the acquisition" is done: the past says so.)
    // (A headline's infinitive is its future too: "Acme to keep Globex brand after merger closes".)
    const when = find(ws, i - 4, i, FUTURE_WHEN);
    const ahead =
      has(ws, 0, i, FUTURE) ||
      ws.slice(0, Math.max(0, when)).some((x, k) => x.lower === 'to' && ws[k + 1]?.pos === 'VERB');
    if (!isPast(w) && when >= 0 && ahead && (dealAfter(ws, i, 8) || dealBefore(ws, i, 3)))
      return { stage: 'agreed', end: Math.max(i, objectEnd(ws, i, 8)) };
    if (dealAfter(ws, i, 8)) return { stage: 'completed', end: objectEnd(ws, i, 8) };
    // A joint venture two companies complete merges their businesses: "Hutchison and VimpelCom
    // complete Wind Tre joint venture" (one only planned or agreed is read as its verb says).
    const venture = findWord(ws, i + 1, i + 7, 'venture');
    // (In capitals read in lower case the pair are nouns joined by "and".)
    const pair = pairBefore(ws, i) || (lowered(ws) && ws.slice(0, i).some((x) => x.lower === 'and'));
    if (venture > 0 && lemmaAt(ws, venture - 1) === 'joint' && pair && !isPast(w))
      return { stage: 'completed', end: venture };
    // "completes integration of Porsche's sports car business": what was bought is taken in.
    // (Or "with" it, as the Japanese press calls a merger a business integration: "completes
    // integration with Showa Shell".)
    // (In capitals read in lower case the company is a noun.)
    const integrated = ws[i + 3]?.pos === 'PROPN' || (lowered(ws) && ['NOUN', 'ADJ'].includes(ws[i + 3]?.pos ?? ''));
    if (lemmaAt(ws, i + 1) === 'integration' && ['of', 'with'].includes(lemmaAt(ws, i + 2)) && integrated)
      return { stage: 'completed', end: i + 1 };
    // (Or named before it: "CANADIAN NATIONAL COMPLETES ILLINOIS CENTRAL INTEGRATION".)
    const integration = findWord(ws, i + 2, i + 6, 'integration');
    const namedBefore =
      integration > 0 &&
      ws.slice(i + 1, integration).every((x) => x.pos === 'PROPN' || (lowered(ws) && ['NOUN', 'ADJ'].includes(x.pos)));
    if (namedBefore && ws.slice(i + 1, integration).some((x) => x.pos === 'PROPN' || lowered(ws)))
      return { stage: 'completed', end: integration };
    // "completes disposal of Globex business" (not a deal noun alone: bomb and waste disposal are not).
    if (lemmaAt(ws, i + 1) === 'disposal' && lemmaAt(ws, i + 2) === 'of') return { stage: 'completed', end: i + 1 };
    // "MAXXAM UNIT COMPLETES TENDER FOR PACIFIC LUMBER": a tender offer completed is the purchase done.
    const tender = findWord(ws, i + 1, i + 4, 'tender');
    if (tender >= 0) return { stage: 'completed', end: tender };
    if (isPast(w) && dealBefore(ws, i, passive(ws, i) ? 8 : 4)) return { stage: 'completed', end: i };
    // "Acme's acquisition of Globex is now complete"; "after the deal closes" (a headline's present is its past).
    // (Said of it after "is", its buyer described at length: "Chelsea's sale to a consortium led by
    // American businessman Todd Boehly is officially complete".)
    const isComplete = w.pos === 'ADJ' && (lemmaAt(ws, i - 1) === 'be' || lemmaAt(ws, i - 2) === 'be');
    if ((w.pos === 'ADJ' || isThirdPerson(w)) && l !== 'finish' && dealBefore(ws, i, isComplete ? 12 : 8))
      return { stage: 'completed', end: i };
    return null;
  }
  // A break-up fee paid is the deal ended ("pays $500 million breakup fee to Globex"); one agreed
  // to, or to be paid if the deal fails, is a term of the deal.
  if (l === 'fee' && has(ws, i - 3, i, BREAKUP)) {
    const pay = findWord(ws, i - 8, i, 'pay');
    const ahead = ['to', 'will', 'would', 'could', 'may', 'must', 'might'].includes(lemmaAt(ws, pay - 1));
    if (pay >= 0 && !ahead && !has(ws, i + 1, i + 8, CONDITION)) return { stage: 'terminated', start: pay, end: i };
  }
  // What a deal would do "if" it goes ahead is a warning about it, not the deal going ahead: "Tens of
  // millions of mobile phone users could end up paying more if the merger between Vodafone and Three
  // goes ahead, the competition watchdog has warned" — a regulator's is its review, anyone else's nothing.
  if ((l === 'go' && next === 'ahead') || l === 'proceed') {
    const cond = ws.slice(Math.max(0, i - 10), i).findIndex((x) => x.lower === 'if');
    const at = Math.max(0, i - 10) + cond;
    const modal = cond >= 0 ? find(ws, Math.max(0, at - 10), at, CONCERN_MODAL) : -1;
    // (The modal is the warning's, no hedge on the news: it opens the phrase.)
    if (modal >= 0 && dealAfter(ws, at, i - at))
      return regulatorIn(ws, 0, ws.length) ? { stage: 'regulatory_review', start: modal, end: i } : null;
    // A deal a regulator says may go ahead is let through: "The CMA has decided Vodafone's merger with
    // Three should be allowed to proceed", "the watchdog said the merger can go ahead".
    const allowedAt =
      lemmaAt(ws, i - 1) === 'to' && PERMIT.has(lemmaAt(ws, i - 2)) && lemmaAt(ws, i - 3) === 'be'
        ? i - 3
        : ws[i - 1]?.lower === 'can'
          ? i - 1
          : -1;
    if (allowedAt > 0 && dealBefore(ws, allowedAt, 6) && regulatorIn(ws, 0, allowedAt))
      return { stage: 'approved', start: allowedAt, end: i };
  }
  // A deal that proceeds goes on as agreed: "deal to proceed", "will proceed with the Globex deal".
  // (One that will not proceed is ended: read with the negation.)
  if (l === 'proceed' && (dealBefore(ws, i, 3) || (next === 'with' && dealAfter(ws, i + 1, 5)))) {
    // (A party unwilling to, as one unable to complete, puts it in doubt: "unwilling to proceed with
    // the Globex deal".)
    if (lemmaAt(ws, i - 1) === 'to' && ['unable', 'unwilling', 'reluctant'].includes(lemmaAt(ws, i - 2)))
      return { stage: 'at_risk', start: i - 2, end: Math.max(i, next === 'with' ? objectEnd(ws, i, 6) : i) };
    // (A bid proceeded with is still a bid: "BBVA to proceed with Sabadell bid despite government condition".)
    const bid = next === 'with' && has(ws, i + 2, Math.max(objectEnd(ws, i, 8), reach(ws, i + 1, 5, 1)) + 1, OFFER);
    return { stage: bid ? 'negotiating' : 'agreed', end: Math.max(i, next === 'with' ? objectEnd(ws, i, 6) : i) };
  }
  // "push ahead with merger despite opposition", "press ahead with the Globex deal": the same.
  // (Or "on": "press on with Argos bid" — a bid pressed on with is still a bid.)
  if (
    ['push', 'press', 'forge', 'go', 'move'].includes(l) &&
    (next === 'ahead' || (next === 'on' && l === 'press')) &&
    lemmaAt(ws, i + 2) === 'with' &&
    dealAfter(ws, i + 2, 5)
  )
    return {
      stage: has(ws, i + 3, Math.max(objectEnd(ws, i, 8), reach(ws, i + 2, 5, 1)) + 1, OFFER)
        ? 'negotiating'
        : 'agreed',
      end: objectEnd(ws, i, 8),
    };
  // An offer's acceptance threshold reached is control won: "reaches minimum acceptance threshold for Globex offer".
  if (l === 'threshold' && lemmaAt(ws, i - 1) === 'acceptance') {
    const reached = find(ws, i - 5, i, THRESHOLD_MET);
    if (reached >= 0 && !has(ws, reached - 3, reached, FELL_SHORT))
      return { stage: 'completed', start: reached, end: i, tendered: true };
    if (reached >= 0)
      return {
        stage: 'terminated',
        start: find(ws, reached - 3, reached, FELL_SHORT),
        end: i,
      };
  }
  // "Acme now owns Globex": the purchase is done.
  // (And "now owns all of Hulu".)
  // (In capitals read in lower case the name is a noun: "SIRIUS XM NOW OWNS PANDORA".)
  if (l === 'own' && lemmaAt(ws, i - 1) === 'now' && lemmaAt(ws, i + 1) === 'all' && lemmaAt(ws, i + 2) === 'of')
    if (nameAt(ws, i + 3)) return { stage: 'completed', start: i - 1, end: i + 3 };
  // (Not shares or a stake, a noun in capitals too: "NOW OWNS SHARES OF GLOBEX".)
  const owned = lemmaAt(ws, i + 1);
  if (l === 'own' && lemmaAt(ws, i - 1) === 'now' && nameAt(ws, i + 1) && !STAKE.has(owned) && owned !== 'share')
    return { stage: 'completed', start: i - 1, end: i + 1 };
  // "DIXONS SAYS IT NOW HOLDS 56 PCT OF CYCLOPS": control of the company is the purchase done. (Not a
  // holding described on the way to other news: "Acme, which holds 56 pct of Globex, offers for the rest".)
  if (
    (l === 'own' || l === 'hold') &&
    w.pos === 'VERB' &&
    majorityIn(ws, i + 1, i + 4) &&
    !['which', 'that', 'who', 'already'].includes(lemmaAt(ws, i - 1))
  )
    return { stage: 'completed', end: i + 3 };
  // A stake raised past half is control won: "taking its total stake to 64.71%", "lifts stake in
  // Globex to 56 pct" (raised to less is a holding: no stage).
  if (['raise', 'lift', 'take', 'increase', 'boost'].includes(l) && w.pos === 'VERB') {
    const stake = ws.slice(i + 1, i + 5).findIndex((x) => x.lemma === 'stake' || x.lemma === 'holding');
    const to = stake >= 0 ? findWord(ws, i + 2 + stake, i + 7 + stake, 'to') : -1;
    if (to >= 0 && majorityIn(ws, to + 1, to + 3) && !NOT_YET.has(lemmaAt(ws, i - 1)))
      return { stage: 'completed', end: Math.min(ws.length - 1, to + 2) };
  }
  // On the verge or the brink of a deal is nearing one, as "nears" is: "is reportedly on the verge of
  // acquiring Metsera", "on the brink of a deal to buy Globex".
  if (
    ['verge', 'brink', 'cusp'].includes(l) &&
    lemmaAt(ws, i - 1) === 'the' &&
    lemmaAt(ws, i - 2) === 'on' &&
    next === 'of'
  ) {
    const gerund = TRANSACT.has(lemmaAt(ws, i + 2)) && /ing$/u.test(ws[i + 2]?.lower ?? '');
    if (gerund || dealAfter(ws, i + 1, 4))
      return { stage: 'negotiating', start: i - 2, end: Math.max(i + 2, objectEnd(ws, i, 6)) };
  }
  // A rival topped "with" a bid is a bid, with a deal a deal agreed: "Advent tops KKR with £4.4bn
  // counterbid for Spectris", "Rio Tinto trumps Alcoa with $38 billion Alcan deal" (the rival's
  // own deal is read by the parties: passed over). (In capitals the rival is a noun: "APA TRUMPS
  // BROOKFIELD WITH RIVAL AUSNET BID".)
  if (TOPS.has(l) && nameAt(ws, i + 1)) {
    const withAt = findWord(ws, i + 2, reach(ws, i, 3, 1) + 1, 'with');
    const k = withAt >= 0 ? find(ws, withAt + 1, reach(ws, withAt, 5, 1) + 1, DEAL_NOUN) : -1;
    if (k >= 0 && OFFER.has(ws[k]!.lemma)) return { stage: 'negotiating', end: k };
    if (k >= 0 && (AGREEMENT_NOUN.has(ws[k]!.lemma) || TAKEOVER_WORD.has(ws[k]!.lemma)))
      return { stage: 'agreed', end: k };
    // (Or "in" the contest for the company, its bid named there: "Novo Nordisk outbids Pfizer in
    // Metsera acquisition bid".)
    const inAt = findWord(ws, i + 2, reach(ws, i, 3, 1) + 1, 'in');
    const contest = inAt >= 0 ? find(ws, inAt + 1, reach(ws, inAt, 5, 1) + 1, DEAL_NOUN) : -1;
    if (contest >= 0 && (OFFER.has(ws[contest]!.lemma) || TAKEOVER_WORD.has(ws[contest]!.lemma)))
      return { stage: 'negotiating', end: contest };
  }
  // Backing switched to a company by name is that company's deal agreed: "Codemasters board switches
  // recommendation to EA" (the deal that had it is passed over: `partiesOf`).
  // (In capitals read in lower case the name is a noun: "SWITCHES RECOMMENDATION TO EA".)
  const switchedTo = nameAt(ws, i + 2);
  if (BACKING.has(w.lower) && lemmaAt(ws, i - 1) === 'switch' && next === 'to' && switchedTo)
    return { stage: 'agreed', start: i - 1, end: i + 2 };
  // Backing withdrawn leaves the bid standing without it: "ABN Amro withdraws backing for Barclays
  // offer", "board withdraws its recommendation of Globex deal", "pulls support for merger".
  // (Or its directors' acceptance: "have withdrawn their acceptance of a takeover bid from Thorndale".)
  const backing = END.has(l) || l === 'pull' ? find(ws, i + 1, i + 4, WITHDRAWN_BACKING) : -1;
  if (backing >= 0 && !has(ws, i + 1, backing, DEAL_NOUN) && (dealAfter(ws, backing, 6) || dealBefore(ws, i, 5)))
    return { stage: 'at_risk', end: Math.max(backing, objectEnd(ws, i, 8)) };
  return undefined;
};

/** Rules (8): endings ("terminates", "drops"), hearings, harm foreseen, concerns eased. */
const readEndingsAndConcerns: Rules = (ws, i, w, l, next) => {
  if (END.has(l)) {
    // A compound's tail ends nothing: "makes last-ditch offer to salvage Globex deal".
    if (modifierTail(ws, i)) return null;
    // Nor does a phrasal verb's: "customers could end up paying more if the merger goes ahead".
    if (l === 'end' && next === 'up') return null;
    // An understanding signed to discuss a deal, scrapped, ends the talks: "wants to scrap their
    // memorandum of understanding (MOU) to discuss a possible merger".
    const mou = ws.slice(i + 1, i + 4).findIndex((x) => x.lemma === 'memorandum' || x.lower === 'mou');
    if (mou >= 0) {
      const to = ws
        .slice(i + 2 + mou, i + 14)
        .findIndex((x, k, a) => x.lower === 'to' && SIGNED_TO_TALK.has(a[k + 1]?.lemma ?? ''));
      const at = i + 2 + mou + to;
      if (to >= 0 && (dealAfter(ws, at + 1, 6) || has(ws, at + 2, at + 8, TRANSACT)))
        return { stage: 'terminated', end: at + 1 };
    }
    // A share price that drops by a percentage ends nothing: "Globex drops 10% as UK blocks Acme deal"
    // ("drops $117 billion bid" does).
    const percent = ['%', 'percent', 'pct', 'per', 'pc'].includes(ws[i + 2]?.lower ?? '');
    if (MARKET_MOVE.has(l) && ws[i + 1]?.pos === 'NUM' && percent) return null;
    // (Nor does a share price that drops: "Sigma share price drops after shareholders vote on Chemist
    // Warehouse merger".)
    if (MARKET_MOVE.has(l) && ['share', 'shares', 'stock', 'price'].includes(ws[i - 1]?.lower ?? '')) return null;
    // An end demanded of another is pressure on the deal, not its end: "AppLovin makes bid for Unity,
    // asks it to drop ironSource deal" (as "demands Wachovia stop talks").
    const askedBy = lemmaAt(ws, i - 1) === 'to' ? find(ws, Math.max(0, i - 4), i - 1, DEMAND) : -1;
    if (askedBy >= 0 && dealAfter(ws, i, 6))
      return { stage: 'at_risk', start: askedBy, end: Math.max(i, objectEnd(ws, i, 6)), hedge: true };
    // (Or demanded in the passive of the deal itself: "demands Goldcorp deal be dropped".)
    const demandedOf = lemmaAt(ws, i - 1) === 'be' && isPast(w) ? find(ws, Math.max(0, i - 8), i - 1, DEMAND) : -1;
    if (demandedOf >= 0 && dealAfter(ws, demandedOf, i - demandedOf - 1))
      return { stage: 'at_risk', start: demandedOf, end: i, hedge: true };
    // A deal dropped for another partner is a switch, the news the new partner's deal: "American
    // General drops Prudential deal for AIG" (the old partner's deal is read as lost: `partiesOf`).
    const switched = partnerSwitch(ws, i);
    if (switched && (w.pos === 'VERB' || isThirdPerson(w))) return { stage: 'agreed', end: switched.end };
    // "rescinds its block on the merger" lifts the block (read at "block"); it ends no deal.
    if ((l === 'rescind' || l === 'revoke') && has(ws, i + 1, i + 4, BLOCK)) return null;
    // "FTC drops challenge to Acme-Globex merger": the regulator lets it through.
    if (has(ws, i + 1, i + 4, SUE) && regulatorIn(ws, Math.max(0, i - 5), i))
      return { stage: 'approved', end: Math.max(find(ws, i + 1, i + 4, SUE), objectEnd(ws, i, 8)) };
    // A contest ended for a company is the pursuit over: "Livedoor ends fight for Nippon Broadcasting
    // in settlement with Fuji TV" (the tagger may read "ends" as a noun there).
    // (In capitals read in lower case the names are nouns: "LIVEDOOR ENDS FIGHT FOR NIPPON BROADCASTING".)
    const caps = lowered(ws);
    const inCaps = find(ws, i + 1, i + 3, CONTEST);
    const fight = caps
      ? inCaps >= 0 && ws[inCaps]!.lemma !== 'deal' && lemmaAt(ws, inCaps + 1) === 'for'
        ? inCaps
        : -1
      : contestFor(ws, i + 1);
    const ender = ws[i - 1]?.pos === 'PROPN' || (caps && ws[i - 1]?.pos === 'NOUN');
    if (fight >= 0 && fight <= i + 2 && lemmaAt(ws, i - 1) !== 'to' && ender)
      return { stage: 'terminated', end: fight };
    // The tagger reads "end" in lower-cased wire copy as a noun ("plaid end merger agreement"); a deal word right after it says it is the verb.
    // (Between a name and a deal named by its target it is the verb too: "Hafts end Safeway bid".)
    const betweenNames = ws[i - 1]?.pos === 'PROPN' && ws[i + 1]?.pos === 'PROPN' && dealAfter(ws, i, 3);
    // (Or a noun phrase that ends in a deal word: "Choice, Wyndham hotel chains end rocky $8 billion
    // hostile takeover deal".)
    const dealAt = find(ws, i + 1, i + 9, DEAL_NOUN);
    const dealPhrase =
      dealAt > i + 1 &&
      ws[i - 1]?.pos === 'NOUN' &&
      ws.slice(i + 1, dealAt).every((x) => ['ADJ', 'NUM', 'SYM', 'NOUN', 'PROPN'].includes(x.pos));
    if (
      l === 'end' &&
      (next === 'of' ||
        (w.pos === 'NOUN' &&
          lemmaAt(ws, i - 1) !== 'to' &&
          !DEAL_NOUN.has(next) &&
          next !== 'merger' &&
          !betweenNames &&
          !dealPhrase))
    )
      return null;
    // What ends "without" a bid is something else: "go-shop period ends without rival bid".
    if (next === 'without') return null;
    // A filing withdrawn is the deal's review in trouble, not the deal ended: "AT&T withdraws FCC
    // application for T-Mobile deal" (parties often refile).
    const filing = find(ws, i + 1, i + 4, FILING);
    // (A deal word right before it only says whose filing it is: "withdraws merger filing with FTC".)
    if (
      filing >= 0 &&
      !has(ws, i + 1, filing - 1, DEAL_NOUN) &&
      (dealAfter(ws, filing, 6) || DEAL_NOUN.has(lemmaAt(ws, filing - 1)) || regulatorIn(ws, i + 1, filing + 4))
    )
      return { stage: 'at_risk', end: Math.max(filing, objectEnd(ws, i, 8)) };
    // An owner exiting a company "in a sale to" a buyer sells it (a private-equity exit): "Vista
    // exits Jaggaer in sale to Thoma Bravo" is a sale in the verb's tense, not a deal abandoned.
    const soldIn =
      l === 'exit' ? ws.slice(i + 1, i + 6).findIndex((x) => ['in', 'via', 'through'].includes(x.lower)) : -1;
    if (soldIn >= 0) {
      const k = i + 2 + soldIn + (ws[i + 2 + soldIn]?.pos === 'DET' ? 1 : 0);
      if (lemmaAt(ws, k) === 'sale' && lemmaAt(ws, k + 1) === 'to')
        return isPast(w) ? { stage: 'completed', end: k } : { stage: 'agreed', end: k, form: 'present' };
    }
    // A participle after a comma says what the news ended, after it: "seals Globex purchase, ending
    // 18-month saga" (the purchase before it is not what ended).
    if (w.lower.endsWith('ing') && ws[i - 1]?.text === ',' && !dealAfter(ws, i, 6)) return null;
    // "the collapse of the Acme-Globex deal": the noun, the deal after it.
    if (l === 'collapse' && w.pos !== 'VERB' && next === 'of' && dealAfter(ws, i + 1, 6))
      return { stage: 'terminated', end: objectEnd(ws, i, 7) };
    // (A deal that ends something else is the subject, not what ends: "DirecTV, Tegna agreement ends
    // blackout", "Paramount, Skydance merger deal ends Redstone era" — a name's era, no deal after.)
    const endsOther =
      l === 'end' &&
      isThirdPerson(w) &&
      (['NOUN', 'DET', 'ADJ'].includes(ws[i + 1]?.pos ?? '') ||
        (ws[i + 1]?.pos === 'PROPN' && ws[i + 2]?.pos === 'NOUN')) &&
      !dealAfter(ws, i, 6);
    if (endsOther) return null;
    if (
      l === 'collapse' ||
      l === 'lapse' ||
      l === 'unravel' ||
      // (The press's: "Informatica Deal Deflates", "Globex deal fizzles".)
      l === 'fizzle' ||
      l === 'deflate' ||
      (l === 'end' && w.pos === 'VERB' && !dealAfter(ws, i, 6))
    )
      // (A collapse neared or faced stands further from its deal: "Honda's merger with rival automaker
      // Nissan is nearing collapse".)
      return dealBefore(ws, i, ['near', 'face', 'risk'].includes(lemmaAt(ws, i - 1)) ? 9 : 5)
        ? { stage: 'terminated', end: i }
        : null;
    // Terms a public body had put on a deal, or its challenge to it, dropped or set aside let the deal
    // through: "FTC drops restrictions on Chevron-Hess merger" (no deal ended).
    const lifted = find(ws, i + 1, i + 4, LIFTED_TERMS);
    const byBody = publicBodyIn(ws, Math.max(0, i - 4), i) || stateNameAt(ws, i - 1);
    if (lifted >= 0 && byBody && dealAfter(ws, lifted, 6)) return { stage: 'approved', end: objectEnd(ws, i, 9) };
    // (A bidder's own conditions dropped leave its bid standing: "Acme drops conditions on Globex bid".)
    if (lifted >= 0 && lemmaAt(ws, lifted + 1) === 'on' && dealAfter(ws, lifted, 6)) return null;
    // A regulator or a court that kills a deal forbids it: "Regulators kill Acme-Globex deal".
    // (A country that kills one is its government: "Britain kills Acme's $69bn Globex deal".)
    // (The tagger may read the press's verb as a plural noun: "Regulator torpedoes Acme's takeover".)
    const forbidden =
      (w.pos === 'VERB' || isThirdPerson(w)) &&
      !passive(ws, i) &&
      (regulatorIn(ws, i - 1, i) || stateNameAt(ws, i - 1));
    if (dealAfter(ws, i, 8)) return { stage: forbidden ? 'blocked' : 'terminated', end: objectEnd(ws, i, 8) };
    // In the passive, a regulator or a court after "by" forbids it: "Acme-Globex mega-merger torpedoed by
    // competition watchdog" (as "killed by regulators").
    const byRegulator =
      lemmaAt(ws, i + 1) === 'by' && (regulatorIn(ws, i + 2, i + 5) || has(ws, i + 2, i + 5, GOVERNMENT));
    if (isPast(w) && dealBefore(ws, i, passive(ws, i) ? 8 : 4))
      return { stage: byRegulator ? 'blocked' : 'terminated', end: byRegulator ? i + 1 : i };
    // "has withdrawn from the contest for Globex"
    if (l === 'withdraw' && next === 'from' && contestFor(ws, i + 2) >= 0)
      return { stage: 'terminated', end: contestFor(ws, i + 2) };
    return null;
  }
  // Legal action against a deal is a suit over it: a public body's is its review, anyone else's a
  // risk to the deal ("US takes legal action against HPE's Juniper acquisition").
  if (l === 'action' && lemmaAt(ws, i - 1) === 'legal' && next === 'against' && dealAfter(ws, i + 1, 6)) {
    const byState =
      publicBodyIn(ws, Math.max(0, i - 6), i) ||
      ws.slice(Math.max(0, i - 6), i).some((_, k) => stateNameAt(ws, Math.max(0, i - 6) + k));
    return { stage: byState ? 'regulatory_review' : 'at_risk', start: i - 1, end: objectEnd(ws, i, 8) };
  }
  if (SUE.has(l)) {
    // (A challenge the deal faces stands after it: "Acme's planned $14 billion acquisition of Globex
    // faces a legal challenge from the US Department of Justice".)
    const faced = l === 'challenge' && w.pos === 'NOUN' ? find(ws, Math.max(0, i - 3), i, PROBE_FACED) : -1;
    if (faced >= 0 && dealBefore(ws, faced, 8)) return { stage: 'regulatory_review', start: faced, end: i };
    if ((l === 'challenge' || l === 'oppose') && !dealAfter(ws, i, 6)) return null;
    // ("State attorneys general join DOJ suit against Acme merger": the suit is joined, whose it is before it.)
    const joined = lemmaAt(ws, i - 2) === 'join' || lemmaAt(ws, i - 1) === 'join';
    if (
      l === 'suit' &&
      !['file', 'bring', 'launch'].includes(lemmaAt(ws, i - 1)) &&
      !joined &&
      !has(ws, i + 1, i + 6, BLOCK)
    )
      return null;
    // A suit about something else between the same two companies is no deal news: "Acme sues Globex
    // over patent infringement". (One about the deal names it or what it would stop.)
    // (A suit to block something else is no deal's: "environmentalists sued to block the rules".)
    const block = find(ws, i + 1, i + 7, BLOCK);
    // A suit over a deal already dead is no risk to it: the deal is said to be over ("sued by
    // holders over collapsed deal", "sues Acme over its failed merger").
    const over = find(ws, i + 1, i + 10, DEAL_NOUN);
    if (over > 0 && ENDED_DEAL.has(ws[over - 1]!.lower)) return { stage: 'terminated', start: over - 1, end: over };
    if (
      !dealAfter(ws, i, 9) &&
      !dealBefore(ws, i, 6) &&
      !(block >= 0 && (ws[block + 1]?.pos === 'PROPN' || lowered(ws)))
    )
      return null;
    return { stage: 'regulatory_review', end: Math.max(find(ws, i + 1, i + 5, BLOCK), i) };
  }
  // A hearing a regulator, a court or lawmakers hold on a deal is part of its review: "Transportation
  // Department to hold hearings on USAir-Piedmont deal", "Senators grill Comcast over NBC Universal
  // deal at antitrust hearing".
  // (After "to", "at" or an article the tagger may read it as a verb: "send … merger to hearing".)
  const asNoun = w.pos === 'NOUN' || ['to', 'at', 'a', 'the', 'for'].includes(lemmaAt(ws, i - 1));
  // (Whose lemma the tagger may give as "hear": "to hearing" read as a verb.)
  if ((HEARING.has(l) || HEARING.has(w.lower.replace(/s$/, ''))) && asNoun && ws[i + 1]?.pos !== 'DET') {
    const publicBody = (x: Word) => GOVERNMENT.has(x.lemma) || GOVERNMENT.has(x.lower.replace(/s$/, ''));
    const held = regulatorIn(ws, Math.max(0, i - 10), i) || ws.slice(Math.max(0, i - 10), i).some(publicBody);
    if (held && (dealAfter(ws, i, 8) || dealBefore(ws, i, 8)))
      return { stage: 'regulatory_review', end: Math.max(i, objectEnd(ws, i, 8)) };
    return null;
  }
  // A regulator that looks into a deal probes it: "UK watchdog looks into Google's Waze acquisition".
  if (l === 'look' && next === 'into' && regulatorIn(ws, Math.max(0, i - 5), i) && dealAfter(ws, i + 1, 7))
    return { stage: 'regulatory_review', end: objectEnd(ws, i, 8) };
  if (PROBE.has(l)) {
    if (next === 'strategic') return null;
    // A review passed or cleared is the deal let through, as a hurdle is: "Alaska Airlines and
    // Hawaiian Airlines' Merger Passes DOJ Review".
    // (Or its parties, the tagger reading the verb after them as an adjective: "Omnicom and Interpublic
    // clear FTC antitrust review".)
    const passed = w.pos === 'NOUN' ? find(ws, Math.max(0, i - 4), i, REVIEW_PASSED) : -1;
    const byDeal =
      passed >= 0 &&
      (((ws[passed]!.pos === 'VERB' || isThirdPerson(ws[passed]!)) && dealBefore(ws, passed, 8)) ||
        pairOpens(ws, passed));
    if (byDeal) return { stage: 'approved', start: passed, end: i };
    // A company's own review of its options is a deal weighed, not a regulator's review: "hired a debt
    // restructuring adviser to review potential options for combining its business with Neiman Marcus".
    const options = find(ws, i + 1, i + 4, OPTIONS);
    if (options >= 0 && !regulatorIn(ws, Math.max(0, i - 6), i))
      return dealAfter(ws, options, 6) ||
        /ing$/u.test(lemmaAt(ws, options + 2)) ||
        ws[options + 2]?.lower.endsWith('ing')
        ? { stage: 'rumored', end: options, hedge: true }
        : null;
    // A probe no regulator holds, the subject of what it does to the deal, is not the news: "Diamond
    // Foods accounting probe puts Pringles deal in doubt" (read at "in doubt").
    if (
      w.pos === 'NOUN' &&
      (ws[i + 1]?.pos === 'VERB' || isThirdPerson(ws[i + 1] ?? w)) &&
      ws[i + 1]?.pos !== 'ADP' &&
      !regulatorIn(ws, 0, ws.length) &&
      !stateNameAt(ws, i - 1) &&
      // (A probe named by the deal is its review: "Acme-Globex probe widens", "merger probe".)
      !DEAL_NOUN.has(lemmaAt(ws, i - 1)) &&
      ws[i - 2]?.text !== '-'
    )
      return null;
    // A rating agency's review is of a rating: "places Globex on review for upgrade following Acme deal".
    if (next === 'for' && RATING_MOVE.has(lemmaAt(ws, i + 2))) return null; // "reviewing strategic alternatives" is the company's own (below)
    // A law firm "investigating" the price of a sale for shareholders reviews nothing ("Halper
    // Sadeh LLC Investigates HashiCorp's Sale to IBM"): only a regulator's probe is a review.
    const byRegulator = regulatorIn(ws, Math.max(0, i - 6), i) || stateNameAt(ws, i - 1);
    if (!byRegulator && firmSubject(ws, i)) return null;
    // A deal referred to a regulator is under its review: "Culture secretary refers Fox-Sky deal to
    // competition watchdog" (as one referred for a probe: "refers deal for in-depth probe").
    const referredTo = findWord(ws, i + 1, i + 9, 'to');
    // (In the passive the deal comes first: "Safeway bids referred to Competition Commission".)
    const referred = dealAfter(ws, i, 6) || (isPast(w) && dealBefore(ws, i, 4));
    // (Or to the government that decides it: "referred BBVA's takeover bid for Banco Sabadell to the
    // Council of Ministers".)
    const decider = (k: number) =>
      regulatorIn(ws, k, k + 3) ||
      has(ws, k, k + 3, GOVERNMENT_ONLY) ||
      ws.slice(k, k + 3).some((x) => x.pos === 'PROPN' && PUBLIC_BODY_HEAD.has(x.lemma));
    if (l === 'refer' && referredTo >= 0 && decider(referredTo + 1) && referred)
      return { stage: 'regulatory_review', end: referredTo + 3 };
    if (l === 'refer')
      return has(ws, i + 1, i + 10, PROBE) || has(ws, i + 1, i + 10, REFERRED_TO)
        ? { stage: 'regulatory_review', end: find(ws, i + 1, i + 10, PROBE) }
        : null;
    // Inquiries a company says it received are buyers' interest, not a regulator's: "received inquiries about a sale".
    if (
      l === 'inquiry' &&
      ['receive', 'get', 'field'].includes(lemmaAt(ws, i - 1)) &&
      !regulatorIn(ws, i + 1, Math.min(ws.length, i + 5))
    )
      return { stage: 'rumored', start: i - 1, end: i, hedge: true };
    // "European Commission extends deadline for Acme-Globex review": a regulator's review of the pair.
    if (pairAfter(ws, i - 3) && regulatorIn(ws, Math.max(0, i - 8), i - 3))
      return { stage: 'regulatory_review', end: i };
    // A probe into something done around a deal is of that conduct, not a review of the deal:
    // "investigation into trading activity surrounding the $4.9 billion acquisition of PokerStars".
    const into = next === 'into' ? ws.slice(i + 2, i + 5).findIndex((x) => x.pos === 'NOUN') : -1;
    const conduct = into >= 0 && !DEAL_NOUN.has(lemmaAt(ws, i + 2 + into)) && !TALK.has(lemmaAt(ws, i + 2 + into));
    // (By the word as written: a "tie-up" is a deal.)
    if (conduct && ws.slice(i + 3 + into, i + 7 + into).some((x) => AROUND_DEAL.has(x.lower))) return null;
    const opened = has(ws, i - 4, i, PROBE_OPENED);
    // A probe opened into a deal, or the merger-control kind ("in-depth", "phase 2"); not one into
    // the same companies' conduct ("opened an investigation into data sharing between Acme and Globex").
    const ofDeal =
      dealAfter(ws, i, 10) ||
      dealBefore(ws, i, 6) ||
      has(ws, i - 4, i, REFERRED_TO) ||
      ws.slice(i + 1, i + 8).some((_, k) => pairAfter(ws, i + 1 + k));
    // (A regulator's verb reaches a deal further off: "DOJ examining Google's $32 billion Wiz purchase".)
    // (The tagger reads a headline's "probes" after a regulator as a noun: "UK watchdog probes Microsoft's…".)
    const asVerb =
      w.pos === 'VERB' ||
      (w.lower.endsWith('s') && ws[i + 1]?.pos === 'PROPN' && regulatorIn(ws, Math.max(0, i - 2), i));
    if ((opened && ofDeal) || dealAfter(ws, i, asVerb && byRegulator ? 11 : 6))
      return { stage: 'regulatory_review', end: Math.max(i, objectEnd(ws, i, 9)) };
    // (Or one a regulator gives the deal, named between: "regulators will give its proposed purchase of
    // the popular photo-sharing app maker Instagram a lengthy investigation".)
    const given = w.pos === 'NOUN' ? findWord(ws, Math.max(0, i - 16), i, 'give') : -1;
    if (given >= 0 && regulatorIn(ws, Math.max(0, given - 4), given) && has(ws, given + 1, i, DEAL_NOUN))
      return { stage: 'regulatory_review', start: given, end: i };
    // (Or one the deal faces or draws: "Corvane-Pellix deal faces EU probe", "…'s deal to acquire
    // Pellix draws antitrust scrutiny".)
    const faced = find(ws, Math.max(0, i - 3), i, PROBE_FACED);
    if (faced >= 0 && (ws[faced]!.pos === 'VERB' || isThirdPerson(ws[faced]!)) && dealBefore(ws, faced, 8))
      return { stage: 'regulatory_review', start: faced, end: i };
    // (Or a review named by a deal its parties name, the compound ending there: "FTC considers
    // political content clause in Omnicom-Interpublic merger review" — not "merger review rules".)
    const namedDeal = DEAL_NOUN.has(lemmaAt(ws, i - 1)) && ws[i - 2]?.pos === 'PROPN';
    if (w.pos === 'NOUN' && namedDeal && ws[i + 1]?.pos !== 'NOUN' && ws[i + 1]?.pos !== 'PROPN')
      return { stage: 'regulatory_review', start: i - 2, end: i };
    return null;
  }
  if (HARM.has(l) && CONCERN_MODAL.has(lemmaAt(ws, i - 1))) {
    if (l === 'raise' && !has(ws, i + 1, i + 3, RAISED)) return null;
    const j = find(ws, i + 1, i + 6, HARMED);
    // The modal belongs to the concern ("could harm competition" is what a regulator says), not a hedge on the news.
    // A rival's or a critic's saying so is no review: "Acme's chief executive said the merger would hurt competition".
    if (!regulatorIn(ws, Math.max(0, i - 12), Math.min(ws.length, i + 12))) return null;
    return j >= 0 ? { stage: 'regulatory_review', start: i - 1, end: j } : null;
  }
  // Concerns a regulator resolves, allays or eases are the deal let through: "FTC Resolves Antitrust
  // Concerns on Exxon's Buy of Pioneer" (not an offer to: "offers to resolve EU concerns").
  const eased = l === 'concern' ? find(ws, Math.max(0, i - 3), i, CONCERN_EASED) : -1;
  if (
    eased >= 0 &&
    lemmaAt(ws, eased - 1) !== 'to' &&
    (ws[eased]!.pos === 'VERB' || isThirdPerson(ws[eased]!) || /^\p{Lu}/u.test(ws[eased]!.text)) &&
    (dealAfter(ws, i, 8) || dealBefore(ws, eased, 6))
  )
    // (A regulator's own resolution lets it through; a party addressing them offers its remedies.)
    return {
      stage: regulatorIn(ws, Math.max(0, eased - 4), eased) ? 'approved' : 'regulatory_review',
      start: eased,
      end: Math.max(i, objectEnd(ws, i, 8)),
    };
  if (l === 'concern' && ['competition', 'antitrust', 'competitive', 'serious'].includes(lemmaAt(ws, i - 1)))
    return { stage: 'regulatory_review', end: i };
  // "as CMA raises concerns": a regulator's concerns about the deal the headline names.
  if (
    l === 'concern' &&
    RAISED_BY.has(lemmaAt(ws, i - 1)) &&
    regulatorIn(ws, Math.max(0, i - 5), i - 1) &&
    (dealBefore(ws, i, 8) || dealAfter(ws, i, 6))
  )
    return { stage: 'regulatory_review', start: i - 1, end: i };
  // Talks stopped are talks ended, not a deal forbidden ("Acme stops talks with Globex"); stopping
  // them demanded of another is pressure on a deal ("Citigroup demands Wachovia stop talks with
  // Wells Fargo"): a risk.
  if ((l === 'stop' || l === 'halt') && has(ws, i + 1, i + 3, TALK)) {
    const demanded = has(ws, Math.max(0, i - 4), i, DEMAND);
    return demanded
      ? {
          stage: 'at_risk',
          start: find(ws, Math.max(0, i - 4), i, DEMAND),
          end: find(ws, i + 1, i + 3, TALK),
          hedge: true,
        }
      : { stage: 'terminated', end: find(ws, i + 1, i + 3, TALK) };
  }
  // A stumbling block is an obstacle, no block: "FTC ruling is latest stumbling block for Hess and
  // Chevron's troubled $53 billion merger" (read as "hurdle").
  if (l === 'block' && ws[i - 1]?.lower === 'stumbling')
    return dealAfter(ws, i, 10) || dealBefore(ws, i, 5)
      ? { stage: 'at_risk', start: i - 1, end: Math.max(i, objectEnd(ws, i, 10)) }
      : null;
  return undefined;
};

/** Rules (9): blocks and their challenges, rivals faced, salvage. */
const readBlocksAndRescues: Rules = (ws, i, w, l, next) => {
  if (BLOCK.has(l)) {
    // A company of that name before its own verb is the actor: "Block buys Afterpay in $29 billion deal".
    if (i === 0 && /^[A-Z]/.test(w.text) && ws[1]?.pos === 'VERB' && isThirdPerson(ws[1]!)) return null;
    // (So is a name of several words that ends in it, and one after "&" in any case: "H&R Block to buy
    // TaxAct maker", "H&R BLOCK TO BUY TAXACT".)
    if (/\s/u.test(w.text) || ws[i - 1]?.text.includes('&')) return null;
    // A block a party defeats is the deal let through: "Tempur Sealy and Mattress Firm Defeat FTC
    // Preliminary Injunction in $5 Billion Deal" (as a suit rejected).
    const beaten = w.pos !== 'VERB' ? find(ws, Math.max(0, i - 4), i, DEFEATS) : -1;
    // (Its plural subject's verb, which a title-cased headline's tagger may take for a name.)
    const plural = beaten > 0 && findWord(ws, Math.max(0, beaten - 5), beaten, 'and') >= 0;
    if (beaten >= 0 && (ws[beaten]!.pos === 'VERB' || isThirdPerson(ws[beaten]!) || plural))
      return dealAfter(ws, i, 8) || dealBefore(ws, beaten, 6)
        ? { stage: 'approved', start: beaten, end: Math.max(i, objectEnd(ws, i, 8)) }
        : null;
    // A block asked of a party is pressure on its deal, no block: "the German government asks Orcel to
    // halt Commerzbank acquisition" (as an end demanded: "asks it to drop ironSource deal").
    const askedToStop = lemmaAt(ws, i - 1) === 'to' ? find(ws, Math.max(0, i - 5), i - 1, DEMAND) : -1;
    // (Not a regulator asked to block it, whose block is still to come: "Senators urge FTC to block …".)
    const askedRegulator = askedToStop >= 0 && regulatorIn(ws, askedToStop + 1, i - 1);
    if (
      askedToStop >= 0 &&
      !askedRegulator &&
      w.pos === 'VERB' &&
      (dealAfter(ws, i, 6) || dealBefore(ws, askedToStop, 5))
    )
      return { stage: 'at_risk', start: askedToStop, end: Math.max(i, objectEnd(ws, i, 6)), hedge: true };
    // A ban is of a takeover named as one ("EU Bans Illumina's $8B Acquisition Of Grail"), not of
    // dealings ("Trump signs order banning TikTok transactions").
    if (l === 'ban' && !has(ws, i + 1, i + 8, TAKEOVER_WORD)) return null;
    // What is halted may be the lawsuit over the deal, not the deal: "moves to halt legal proceedings
    // in Twitter dispute amid renewed deal negotiations", "Judge halts Twitter-Musk case".
    const halted = ws.slice(i + 1, i + 6).findIndex((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
    if (halted >= 0 && w.pos === 'VERB') {
      const k = i + 1 + halted;
      const nouns = ws.slice(k, k + 4).filter((x) => x.pos === 'NOUN');
      if (nouns.length && LEGAL_ACTION.has(nouns[0]!.lemma) && !DEAL_NOUN.has(nouns[0]!.lemma)) return null;
    }
    // A block a party foresees is none yet: "Lookers sees Global Auto takeover being blocked" (by its
    // holders: a risk; by a regulator: its review, as any block expected).
    const foreseen = find(ws, Math.max(0, i - 6), i, FORESEE);
    if (foreseen >= 0 && ws[foreseen]!.pos === 'VERB' && passive(ws, i) && dealBefore(ws, i, 5))
      return {
        stage: regulatorIn(ws, 0, ws.length) ? 'regulatory_review' : 'at_risk',
        start: foreseen,
        end: i,
        hedge: true,
      };
    // A block let or not let is none done: "urged an Illinois federal judge not to let the Federal
    // Trade Commission block their planned $27.8 billion merger" (the regulator's challenge, argued).
    const let_ = ws.slice(Math.max(0, i - 5), i).findIndex((x) => x.lemma === 'let' && x.pos === 'VERB');
    if (let_ >= 0 && (dealAfter(ws, i, 8) || dealBefore(ws, i, 4)))
      return {
        stage: regulatorIn(ws, Math.max(0, i - 5), i) ? 'regulatory_review' : 'at_risk',
        start: Math.max(0, i - 5) + let_,
        end: Math.max(i, objectEnd(ws, i, 8)),
        hedge: true,
      };
    // A block urged is not a block: "Senators urge FTC to block Acme-Globex merger" (a call on the
    // regulator, which reviews it).
    if (has(ws, i - 5, i, URGE) && lemmaAt(ws, i - 1) === 'to')
      return {
        stage: 'regulatory_review',
        start: find(ws, i - 5, i, URGE),
        end: Math.max(i, objectEnd(ws, i, 8)),
        hedge: true,
      };
    // A block still to come is the regulator's review: a headline's infinitive after the regulator
    // ("FTC to block Acme-Globex merger, sources say") or a move towards it ("moves to block", "set
    // to block"). (A block decided, voted or used is one: "decides to block", "uses golden power to veto".)
    const ahead = [
      'move',
      'set',
      'poised',
      'expect',
      'expected',
      'likely',
      'plan',
      'threaten',
      'prepare',
      // ("US regulators aim to block Capri takeover".)
      'aim',
      'vow',
      'pledge',
      'promise',
      // ("is trying to block a takeover by Rogers": an attempt is a move.)
      'try',
      'attempt',
    ];
    if (
      lemmaAt(ws, i - 1) === 'to' &&
      (ahead.includes(lemmaAt(ws, i - 2)) || (regulatorIn(ws, i - 2, i - 1) && ws[i - 2]!.pos !== 'VERB')) &&
      (dealAfter(ws, i, 8) || dealBefore(ws, i, 4))
    )
      // (A move by anyone else, no regulator, court or government named, is a fight against the
      // deal, no review: "Hicks and Gillett move to block Liverpool sale". A vow or a threat to
      // block is a politician's as often, named alone: "Trump vows to block Nippon Steel's purchase".)
      return {
        stage:
          ['move', 'try', 'attempt'].includes(lemmaAt(ws, i - 2)) && !publicBodyIn(ws, 0, ws.length)
            ? 'at_risk'
            : 'regulatory_review',
        end: Math.max(i, objectEnd(ws, i, 8)),
      };
    // An effort to block a deal that its parties defeat or survive lets it through: "United,
    // Continental defeat effort to block merger".
    const effort = lemmaAt(ws, i - 1) === 'to' ? find(ws, i - 3, i - 1, BLOCK_EFFORT) : -1;
    const defeated = effort >= 0 ? find(ws, effort - 3, effort, DEFEATS) : -1;
    if (defeated >= 0 && (dealAfter(ws, i, 8) || dealBefore(ws, defeated, 5)))
      return { stage: 'approved', start: defeated, end: Math.max(i, objectEnd(ws, i, 8)) };
    // One asked of a court is sought, not granted: "Judge Seeborg was asked to issue an injunction
    // blocking the United/Continental merger" (by a regulator, its review; by anyone else, a fight).
    const asked = l === 'injunction' ? find(ws, i - 5, i, INJUNCTION_SOUGHT) : -1;
    if (asked >= 0 && !has(ws, i - 8, i, REFUSED))
      return {
        stage: regulatorIn(ws, 0, asked) ? 'regulatory_review' : 'at_risk',
        start: asked,
        end: Math.max(i, objectEnd(ws, i, 8)),
        hedge: true,
      };
    // Barring a company from selling or buying products is no deal blocked: "Court blocks Globex
    // from selling Acme-branded goods" ("blocks Acme from buying Globex" is).
    const from = findWord(ws, i + 1, i + 5, 'from');
    if (from >= 0 && TRANSACT.has(lemmaAt(ws, from + 1)) && boughtProducts(ws, from + 2)) return null;
    // A block deal or trade is a bulk sale of shares on an exchange: "promoters sell 5% stake via block deal";
    // a trading halt stops the shares, not a deal: "enters trading halt pending takeover announcement".
    if (l === 'block' && (next === 'deal' || next === 'trade')) return null;
    if (l === 'halt' && (lemmaAt(ws, i - 1) === 'trading' || next === 'trading')) return null;
    if (l === 'stop' && !dealAfter(ws, i, 5)) return null;
    // "has stopped buying parts from Globex": purchases ended, not a deal blocked.
    if (l === 'stop' && ws[i + 1]?.lower.endsWith('ing')) return null;
    // "stops short of a bid": it did not make one.
    if (l === 'stop' && next === 'short') return null;
    // A block quashed, overturned or lifted is a deal let through: "Court of Appeal quashes block on the merger".
    const lifted = find(ws, i - 3, i, LIFTED);
    if (lifted >= 0 && (dealAfter(ws, i, 8) || dealBefore(ws, lifted, 5)))
      return { stage: 'approved', start: lifted, end: Math.max(i, objectEnd(ws, i, 8)) };
    // "A federal judge denied the FTC's request for a preliminary injunction": the court let it through.
    const refused = find(ws, i - 8, i, REFUSED);
    // ("affirms denial of injunction": the refusal named as a noun.)
    if (l === 'injunction' && lemmaAt(ws, i - 1) === 'of' && lemmaAt(ws, i - 2) === 'denial')
      return { stage: 'approved', start: i - 2, end: i };
    if (l === 'injunction' && refused >= 0 && has(ws, refused + 1, i, REQUEST))
      return { stage: 'approved', start: refused, end: i };
    // (Or refuses to impose or grant one: "A California federal judge refused Tuesday to impose a
    // preliminary block on Microsoft's $68.7 billion merger".)
    const imposed = refused >= 0 ? find(ws, refused + 1, i, IMPOSED) : -1;
    if (imposed >= 0 && lemmaAt(ws, imposed - 1) === 'to' && w.pos === 'NOUN')
      return { stage: 'approved', start: refused, end: Math.max(i, objectEnd(ws, i, 8)) };
    // A bid a company thwarts, no regulator, court or government named, is its defence: a risk to
    // the bid ("Safeway turns to Kohlberg to thwart Dart bid").
    const defended = l === 'thwart' && !publicBodyIn(ws, 0, ws.length) && has(ws, i + 1, i + 5, OFFER);
    if (defended) return { stage: 'at_risk', end: Math.max(i, find(ws, i + 1, i + 5, OFFER)) };
    // (In the passive the deal is its subject, further back: "Amazon purchase of iRobot could be
    // blocked by EU".)
    if (l === 'injunction' || dealAfter(ws, i, 8) || (isPast(w) && dealBefore(ws, i, passive(ws, i) ? 8 : 4)))
      return { stage: 'blocked', end: Math.max(i, objectEnd(ws, i, 8)) };
    return null;
  }
  // Holders who adopt the merger agreement approve the deal, as US proxy filings say it: "Capri
  // Holdings shareholders adopt merger agreement with Tapestry".
  if (l === 'adopt' && w.pos === 'VERB' && has(ws, Math.max(0, i - 3), i, HOLDERS) && dealAfter(ws, i, 4))
    return { stage: 'approved', end: objectEnd(ws, i, 6) };
  if (APPROVE.has(l)) {
    // An approval to come after something else is none yet: "wants more clarification from the
    // government before approving the sale of Autostrade" (a public body's: its review).
    if (['before', 'pending'].includes(lemmaAt(ws, i - 1)) && w.lower.endsWith('ing'))
      return publicBodyIn(ws, 0, i) && dealAfter(ws, i, 6)
        ? { stage: 'regulatory_review', end: objectEnd(ws, i, 6) }
        : null;
    // A company's own action approved is no deal's approval: "approves $2 billion buyback after
    // Globex stake sale".
    if (w.pos === 'VERB' && ownAction(ws, i + 1)) return null;
    // A drug or product regulator approves products, never deals: "won FDA approval for Ayvakit".
    if (has(ws, Math.max(0, i - 3), i, PRODUCT_REGULATOR)) return null;
    if (l === 'clear' && next === 'hurdle') return { stage: 'approved', end: i + 1 };
    // An approval given provisionally is a finding of the review, as a provisional ruling is (see
    // "rule" above): "The CMA has provisionally approved the merger between Vodafone and Three".
    if (
      ['provisionally', 'provisional'].includes(ws[i - 1]?.lower ?? '') &&
      (dealAfter(ws, i, 6) || dealBefore(ws, i - 1, 5))
    )
      return { stage: 'regulatory_review', start: i - 1, end: Math.max(i, objectEnd(ws, i, 6)) };
    // The way cleared for a deal is its approval only when a regulator, a court, a government or
    // holders clear it ("Court ruling clears way for Acme-Globex deal"); anyone else clearing it lets
    // the deal stand as agreed ("Enel and Acciona clear way for Endesa takeover", "TransDigm walks
    // away, clearing path for Parker's Meggitt deal").
    const way = ['way', 'path'].includes(next)
      ? i + 1
      : next === 'the' && ['way', 'path'].includes(lemmaAt(ws, i + 2))
        ? i + 2
        : -1;
    if (l === 'clear' && way > 0 && dealAfter(ws, way, 8)) {
      const before = ws[i - 1]?.text === ',' ? 0 : Math.max(0, i - 5);
      // (A ruling clears it as a court would: "Arbitration panel sides with Hess, clearing way for
      // Chevron deal", "Chevron wins arbitration over Exxon, clearing path for Hess deal".)
      const gives =
        regulatorIn(ws, before, i) ||
        has(ws, before, i, GOVERNMENT) ||
        has(ws, before, i, HOLDERS) ||
        has(ws, before, i, RULING) ||
        stateNameAt(ws, i - 1);
      // (A bid the way is cleared for is still a bid: "Pepsi paves way for Carlsberg's £3 billion
      // takeover tilt for Britvic".)
      // (Its noun may follow the takeover's: "takeover tilt", "takeover bid".)
      const bid = has(ws, way + 1, Math.max(way, objectEnd(ws, i, 10)) + 2, OFFER);
      return { stage: gives ? 'approved' : bid ? 'negotiating' : 'agreed', end: Math.max(way, objectEnd(ws, i, 10)) };
    }
    // So is a deal "cleared" by what a company did in the clause before, with no way said: "Barrick
    // drops Newmont bid in Nevada joint venture pact, clearing Goldcorp deal" (an obstacle gone).
    // (The clause may be read alone, its subject left before it: `readingAbout` reads a headline's
    // next clause so.)
    if (l === 'clear' && w.lower === 'clearing' && (i === 0 || ws[i - 1]?.text === ',') && dealAfter(ws, i, 6)) {
      const gives =
        regulatorIn(ws, 0, i) || has(ws, 0, i, GOVERNMENT) || has(ws, 0, i, HOLDERS) || has(ws, 0, i, RULING);
      if (!gives) return { stage: 'agreed', end: objectEnd(ws, i, 6) };
    }
    // A deal named by its two parties clears a hurdle: "Cisco-Splunk clears EU antitrust hurdle".
    const hurdle = findWord(ws, i + 1, i + 5, 'hurdle');
    if (l === 'clear' && w.pos === 'VERB' && hurdle >= 0 && hyphenPairBefore(ws, i))
      return { stage: 'approved', start: i - 3, end: hurdle };
    // An approval that is awaited is not one: "subject to regulatory approval", "pending clearance", "seeks approval".
    // (A court's or tribunal's "sanction" of a scheme is its approval: "seeking sanction of the tribunal".)
    const awaitable =
      ['approval', 'clearance', 'nod', 'blessing', 'go-ahead'].includes(l) || (l === 'sanction' && w.pos === 'NOUN');
    // One applied or petitioned for is the review begun: "HDFC Bank files petition with NCLT for
    // approval of merger with HDFC Ltd".
    const applied = ws.slice(Math.max(0, i - 6), i).findIndex((x) => APPLIED_FOR.has(x.lemma));
    if (awaitable && applied >= 0 && (dealAfter(ws, i, 6) || dealBefore(ws, i, 6)))
      return { stage: 'regulatory_review', start: Math.max(0, i - 6) + applied, end: Math.max(i, objectEnd(ws, i, 8)) };
    // An approval that was sought and not won puts the deal at risk: "privatisation fails to win
    // minority approval", "failed to secure regulatory approval for the merger".
    const failed = find(ws, i - 5, i, FAILED);
    if (awaitable && failed >= 0 && (dealBefore(ws, failed, 6) || dealAfter(ws, i, 6)))
      return { stage: 'at_risk', start: failed, end: i };
    // An approval set aside or overturned puts the deal at risk again: "Federal Court sets aside
    // approval of Tabcorp-Tatts merger after ACCC appeal".
    // (Or challenged, in a court or before the regulator: "Airdata has challenged the EU's approval of
    // Telefonica Deutschland's acquisition of E-Plus".)
    const undone = ws
      .slice(Math.max(0, i - 4), i)
      .findIndex(
        (x, k, a) =>
          UNDO.has(x.lemma) ||
          (x.lemma === 'set' && a[k + 1]?.lower === 'aside') ||
          (['challenge', 'appeal', 'contest'].includes(x.lemma) && x.pos === 'VERB'),
      );
    if (awaitable && undone >= 0 && (dealAfter(ws, i, 6) || dealBefore(ws, i, 6)))
      return { stage: 'at_risk', start: Math.max(0, i - 4) + undone, end: Math.max(i, objectEnd(ws, i, 6)) };
    // A deal that waits on a regulator's approval, and nothing else said, is under its review:
    // "Omnicom-Publicis merger still awaits China approval" (not "subject to", which only tells the
    // terms of a deal announced).
    const waits = ws
      .slice(Math.max(0, i - 4), i)
      .findIndex((x, k, a) => x.lemma === 'await' || (x.lemma === 'wait' && a[k + 1]?.lower === 'for'));
    const byState =
      regulatorIn(ws, Math.max(0, i - 3), i) || stateNameAt(ws, i - 1) || lemmaAt(ws, i - 1) === 'regulatory';
    if (awaitable && waits >= 0 && byState && dealBefore(ws, Math.max(0, i - 4) + waits, 6))
      return { stage: 'regulatory_review', start: Math.max(0, i - 4) + waits, end: i };
    if (awaitable && !approvalGiven(ws, i, 6)) return null;
    // (Nor one a company's own thing wins: "Ablynx's caplacizumab wins EU approval".)
    const winner = ws
      .slice(Math.max(0, i - 6), i)
      .findIndex((x) => ['win', 'get', 'receive', 'secure'].includes(x.lemma));
    if (awaitable && winner >= 0 && companysThing(ws, Math.max(0, i - 6) + winner)) return null;
    // An approval for a product is none of a deal: "wins FDA approval for Globex-developed drug".
    if (awaitable && approvalOfOther(ws, i)) return null;
    // (Or a regulator settling its own suit: "DOJ settles lawsuit over Acme-Globex merger".)
    if (
      l === 'settle' &&
      !has(ws, i + 1, i + 5, SETTLED_WITH) &&
      !(has(ws, i + 1, i + 4, SUE) && (regulatorIn(ws, Math.max(0, i - 5), i) || regulatorIn(ws, i + 1, i + 4))) &&
      // (Or a regulator among those who settle over the deal: "UnitedHealth, DOJ settle over Amedisys deal".)
      !(next === 'over' && regulatorIn(ws, Math.max(0, i - 4), i) && dealAfter(ws, i + 1, 6))
    )
      return null;
    // (A settlement of something else is no clearance: "settle an FTC investigation into its advertising".)
    if (l === 'settle' && !dealAfter(ws, i, 10) && !dealBefore(ws, i, 6)) return null;
    // (A regulator's verb may name the deal by its pair alone: "DOJ approves Charter-Time Warner Cable
    // with conditions".)
    const pairCleared = w.pos === 'VERB' && hyphenPairAfter(ws, i) && regulatorIn(ws, Math.max(0, i - 4), i);
    // (In the passive the deal is its subject, further back: "its long-delayed merger with T-Mobile is
    // about to be approved".)
    const approvedDeal = dealBefore(ws, i, w.pos === 'VERB' && isPast(w) && lemmaAt(ws, i - 1) === 'be' ? 10 : 5);
    if (dealAfter(ws, i, 8) || approvedDeal || awaitable || l === 'settle' || pairCleared)
      // A board approves the deal it signs; shareholders and regulators approve one agreed.
      // (Its backing as a noun too: "wins board backing", "gets board approval".)
      // (Or the board that gives it: "said on Wednesday its board has given in-principle approval for
      // its merger with Sony Pictures Networks India".)
      return {
        stage:
          (companyBoard(ws, i - 4, i) && (w.pos === 'VERB' || lemmaAt(ws, i - 1) === 'board')) || boardGave(ws, i)
            ? 'agreed'
            : 'approved',
        end: Math.max(i, objectEnd(ws, i, 8)),
      };
    return null;
  }
  // A company interested in another's business is a suitor: "Kloeckner & Co remains interested in
  // Thyssenkrupp's materials trading division".
  if (
    w.lower === 'interested' &&
    next === 'in' &&
    nameAt(ws, i + 2) &&
    (POSSESSIVE_S.has(ws[i + 3]?.lower ?? '') || dealAfter(ws, i + 1, 5))
  )
    return { stage: 'rumored', end: i + 2, hedge: true };
  // A company open to the idea of a deal is weighing one: "Executives of Deutsche Bank and Commerzbank
  // are increasingly open to the idea of a merger".
  if (l === 'open' && next === 'to' && w.pos === 'ADJ') {
    const k = find(ws, i + 2, i + 7, DEAL_NOUN);
    if (
      k >= 0 &&
      !OFFER.has(ws[k]!.lemma) &&
      ws.slice(i + 2, k).every((x) => ['DET', 'NOUN', 'ADP', 'ADJ'].includes(x.pos))
    )
      return { stage: 'rumored', end: k, hedge: true };
  }
  // An approach a company "has had" from a suitor is one received: "Amer Sports has had a 4.6 billion
  // euros ($5.3 billion) takeover approach from China's Anta Sports".
  if (l === 'approach' && w.pos === 'NOUN' && lemmaAt(ws, i + 1) === 'from') {
    const had = ws.slice(Math.max(0, i - 12), i).findIndex((x) => x.lower === 'had');
    if (had >= 0 && !ws.slice(Math.max(0, i - 12) + had + 1, i).some((x) => x.pos === 'VERB'))
      return { stage: 'rumored', start: Math.max(0, i - 12) + had, end: i };
  }
  // A bid that faces a rival's is contested, at risk: "Musgrave €57m bid for Londis faces rival BFG
  // offer" (the rival's own bid is read for its deal).
  if (l === 'face' && next === 'rival') {
    const rivalOffer = find(ws, i + 2, reach(ws, i + 1, 3, 1) + 1, OFFER);
    if (rivalOffer >= 0 && dealBefore(ws, i, 8)) return { stage: 'at_risk', end: rivalOffer };
  }
  // A "superior proposal", in a merger agreement's words, is a rival's offer better than the deal
  // agreed: "said that a sweetened bid from a group of former executives could lead to a superior
  // proposal" puts the agreed deal at risk.
  // (Not where the offer that may be superior is named by its bidder, whose deal it is: "CIRCOR Board
  // Determines Arcline Proposal Could … Lead to Superior Proposal" is Arcline's bid.)
  if (l === 'superior' && OFFER.has(next)) {
    // (Its owner before what describes it: "Microsemi Corp's $2.2 billion unsolicited offer".)
    const owned = ws
      .slice(0, i)
      .some((x, k) => OFFER.has(x.lemma) && (nameAt(ws, k - 1) || ownerOf(ws, k, k, 0) !== undefined));
    if (!owned) return { stage: 'at_risk', end: i + 1 };
  }
  // A deal another offer may be superior to is at risk (a merger agreement's words for a rival
  // proposal its target may take): "Atmel says Microchip offer could be superior to Dialog deal".
  if (l === 'superior' && next === 'to') {
    const k = find(ws, i + 2, reach(ws, i + 1, 4, 1) + 1, DEAL_NOUN);
    if (k >= 0 && !OFFER.has(ws[k]!.lemma)) return { stage: 'at_risk', end: k };
  }
  // Efforts to save a deal say it is in trouble: "won't offer more concessions to save Honeywell
  // deal", "scramble to salvage merger". (Only a deal as what is saved: "deal to rescue Globex"
  // rescues a company, by a deal.)
  if (SALVAGE.has(l) && w.pos === 'VERB') {
    let k = i + 1;
    while (
      ws[k] &&
      (['DET', 'PROPN', 'NUM', 'ADJ', 'SYM'].includes(ws[k]!.pos) ||
        POSSESSIVE_S.has(ws[k]!.lower) ||
        ws[k]!.text === '-')
    )
      k++;
    if (ws[k]?.pos === 'NOUN' && DEAL_NOUN.has(ws[k]!.lemma)) return { stage: 'at_risk', end: k };
  }
  // "Snag" between two names is the trade press's verb of buying, its price after it (`transact`):
  // "Salesforce snags ExactTarget for $2.5B" (a snag a deal hits is a risk, below).
  // (In capitals read in lower case the names are nouns.)
  if (l === 'snag' && nameAt(ws, i - 1) && nameAt(ws, i + 1)) {
    const bought = transact(ws, i, i);
    if (bought) return bought;
  }
  if (RISK.has(l)) {
    if (l === 'risk' && w.pos !== 'VERB') return null;
    // (A blow is dealt "to" something: "in blow to Acme's Globex deal"; not "blows past".)
    if (l === 'blow' && (w.pos === 'VERB' || next !== 'to')) return null;
    // A block threatened is read at the block, as one still to come: "EU threatens to block
    // Boeing-McDonnell merger" is the review, not the deal in doubt.
    if (l === 'threaten' && next === 'to' && BLOCK.has(lemmaAt(ws, i + 2))) return null;
    // An obstacle removed is the way cleared: "removes last hurdle to Globex deal", "overcomes final
    // hurdle in Globex takeover". (What removes a regulator's is the regulator's approval.)
    if (OBSTACLE.has(l) && has(ws, i - 6, i, OBSTACLE_REMOVED) && (dealAfter(ws, i, 6) || dealBefore(ws, i, 8)))
      return { stage: 'approved', start: find(ws, i - 6, i, OBSTACLE_REMOVED), end: Math.max(i, objectEnd(ws, i, 6)) };
    // A suitor's interest that wanes or cools: "Acme's interest in Globex has waned".
    const interest = findWord(ws, i - 6, i, 'interest');
    if (interest >= 0 && lemmaAt(ws, interest + 1) === 'in' && ws[interest + 2]?.pos === 'PROPN')
      return { stage: 'at_risk', start: interest, end: i };
    // "Regulator's decision on Acme-Globex deal delayed to March": the review goes on.
    if (has(ws, i - 6, i, DECISION) && regulatorIn(ws, Math.max(0, i - 8), i))
      return { stage: 'regulatory_review', start: find(ws, i - 6, i, DECISION), end: i };
    // ("China's antitrust regulator delays decision on Acme-Globex deal": the same, in the active.)
    if (has(ws, i + 1, i + 3, DECISION) && regulatorIn(ws, Math.max(0, i - 6), i))
      return { stage: 'regulatory_review', end: Math.max(find(ws, i + 1, i + 3, DECISION), objectEnd(ws, i, 8)) };
    // (So is its inquiry, delayed or a delay sought by a party: "seeking to delay an investigation into
    // its proposed merger with Asda".)
    const inquiry = DELAYED.has(l) ? find(ws, i + 1, i + 4, PROBE) : -1;
    if (inquiry >= 0 && ws[inquiry]!.pos === 'NOUN' && (dealAfter(ws, inquiry, 6) || dealBefore(ws, i, 5)))
      return { stage: 'regulatory_review', end: Math.max(inquiry, objectEnd(ws, i, 8)) };
    // A vote on the deal put off: "has postponed a shareholder vote on whether to accept a £1.4 billion
    // takeover offer from Temenos".
    const vote = DELAYED.has(l) ? findWord(ws, i + 1, i + 5, 'vote') : -1;
    if (vote > 0 && (dealAfter(ws, vote, 10) || has(ws, vote + 1, reach(ws, vote, 10, 1) + 1, OFFER)))
      return { stage: 'at_risk', end: vote };
    // (Not a deal only named past a clause of time, behind what is delayed: "delays vendor payments
    // after Neiman merger".)
    const time = find(ws, i + 1, i + 7, CLAUSE_OF_TIME);
    const dealNoun = find(ws, i + 1, i + 7, DEAL_NOUN);
    const afterTime = time >= 0 && dealNoun > time && !has(ws, i + 1, time, DEAL_NOUN);
    // (An obstacle reaches past the path it is put in: "a new obstacle into the path of BBVA's €11bn
    // hostile bid".)
    const risked = (dealAfter(ws, i, OBSTACLE.has(l) ? 10 : 6) && !afterTime) || dealBefore(ws, i, 5);
    // Doubt a regulator casts on a deal is its concern, the review's: "CMA casts doubt on Adobe's
    // Figma acquisition" (as "could harm competition").
    if (risked && l === 'doubt' && w.pos !== 'VERB' && regulatorIn(ws, Math.max(0, i - 8), i - 1))
      return { stage: 'regulatory_review', end: Math.max(i, objectEnd(ws, i, 6)) };
    if (risked) return { stage: 'at_risk', end: Math.max(i, objectEnd(ws, i, 6)) };
    return null;
  }
  return undefined;
};

/** Rules (10): financing, permits, bids to block, transaction verbs (`transact`). */
const readFinancingAndTransactions: Rules = (ws, i, w, l, next) => {
  // A deal whose money is in trouble is at risk: "buyout group has financing problems", "was
  // unable to obtain the financing needed to complete the transaction". (Money found is no stage.)
  if (FINANCING.has(l)) {
    const trouble = find(ws, i - 4, i, FINANCING_TROUBLE);
    const after = find(ws, i + 1, i + 3, FINANCING_TROUBLE);
    if ((trouble < 0 && after < 0) || !(dealBefore(ws, i, 6) || dealAfter(ws, i, 8))) return null;
    return { stage: 'at_risk', start: trouble >= 0 ? trouble : i, end: Math.max(i, after) };
  }
  // A company named as a likely object of a deal no one has proposed: "could become a takeover
  // target", "seen as a target for a bid", "vulnerable to a bid" — talk of a deal, not one.
  // (Not a "price target" or a "sales target".)
  if (TARGETED.has(l)) {
    if (w.pos === 'VERB') return null;
    // (Of a takeover, not of sales: "misses sales target".)
    const takeover = (x: Word | undefined) =>
      !!x && x.lemma !== 'sale' && (TAKEOVER_WORD.has(x.lemma) || OFFER.has(x.lemma));
    const before = takeover(ws[i - 1]);
    const k = ['for', 'of'].includes(next) ? (ws[i + 2]?.pos === 'DET' ? i + 3 : i + 2) : -1;
    const after = k > 0 && takeover(ws[k]);
    if (before) return { stage: 'rumored', start: i - 1, end: i, hedge: true };
    if (after) return { stage: 'rumored', end: k, hedge: true };
    return null;
  }
  if (OFFER.has(l) && w.pos !== 'VERB' && exposedTo(ws, i) >= 0)
    return { stage: 'rumored', start: exposedTo(ws, i), end: i, hedge: true };
  // A regulator or a court that lets a company buy, or lets a deal proceed, approves it: "FTC lets
  // Exxon buy Pioneer", "EU allows Acme to buy Globex", "court lets the merger proceed". (Anyone
  // else letting is no approval: "Acme lets staff buy shares".)
  if (PERMIT.has(l) && w.pos === 'VERB') {
    // (A participle after a comma has its subject further back: "Judge rules against DOJ, allowing
    // Sabre-Farelogix deal".)
    // (And one that reports its own decision further back, "it" standing for it: "The U.S. Federal
    // Communications Commission (FCC) announced Thursday that it would allow …".)
    const itAt = ['it', 'they'].includes(ws[i - 1]?.lower ?? '')
      ? i - 1
      : ['it', 'they'].includes(ws[i - 2]?.lower ?? '')
        ? i - 2
        : -1;
    const before = ws[i - 1]?.text === ',' ? 0 : Math.max(0, itAt > 0 ? itAt - 12 : i - 4);
    const state =
      regulatorIn(ws, before, i) ||
      has(ws, before, i, GOVERNMENT) ||
      ws.slice(before, i).some((_, k) => stateNameAt(ws, before + k));
    const k = ws.slice(i + 1, i + 7).findIndex(
      (x, n) =>
        (x.pos === 'VERB' && TRANSACT.has(x.lemma)) ||
        x.lemma === 'proceed' ||
        // (A phrasal purchase too: "Italy to allow UniCredit to take over Banco BPM with conditions".)
        (x.lemma === 'take' && lemmaAt(ws, i + 2 + n) === 'over'),
    );
    // (Or the deal itself allowed: "court allows Sabre-Farelogix deal".)
    // (Past its price in words: "an 8 billion dollar merger".)
    const priced = ws.slice(i + 1, i + 4).some((x) => x.pos === 'NUM' || /^[$€£¥]$/u.test(x.text));
    const deal = find(ws, i + 1, reach(ws, i, priced ? 5 : 3, 1) + 1, DEAL_NOUN);
    if (state && k < 0 && deal >= 0 && !OFFER.has(ws[deal]!.lemma) && lemmaAt(ws, deal + 1) !== 'to')
      return { stage: 'approved', end: deal };
    if (!state || k < 0) return null;
    const verb = i + 1 + k;
    if (ws[verb]!.lemma === 'proceed' && !dealAfter(ws, verb, 5) && !dealBefore(ws, verb, 5)) return null;
    return { stage: 'approved', end: Math.max(verb, find(ws, verb + 1, verb + 5, DEAL_NOUN)) };
  }
  // A bid to do something else is no takeover bid: "Globex bid to host Olympics rejected".
  if (OFFER.has(l) && toDoSomethingElse(ws, i)) return null;
  // An offer for a company's debt is no takeover: "files tender offer for CyberArk 0.00% Convertible
  // 2030 Notes" (a repurchase its noteholders may take up).
  // (Or the holders of it: "a tender offer permitting holders of CyberArk's Convertible Senior Notes
  // to require repurchase".)
  if (OFFER.has(l)) {
    const debt = ws.findIndex((x, k) => k > i && k < i + 12 && DEBT.has(x.lemma));
    if (
      debt > 0 &&
      !ws.slice(i + 1, debt).some((x) => CLAUSE_END.test(x.text) || x.text === ',' || TAKEOVER_WORD.has(x.lemma))
    )
      return null;
  }
  // A bid to stop a deal is a challenge to it: a regulator's is its review ("FTC's bid to stop
  // Acme-Globex deal"), a party's puts it at risk ("Globex's bid to block Acme's offer").
  // Its outcome decides: won, the deal is blocked ("wins bid to stop Acme's Globex purchase");
  // lost or failed, it is let through ("loses bid to block Acme's takeover of Globex").
  if (l === 'bid' && next === 'to' && (BLOCK.has(lemmaAt(ws, i + 2)) || SUE.has(lemmaAt(ws, i + 2)))) {
    const outcome = find(ws, i - 3, i, BID_OUTCOME);
    if (outcome >= 0)
      return {
        stage: ws[outcome]!.lemma === 'win' ? 'blocked' : 'approved',
        start: outcome,
        end: Math.max(i + 2, objectEnd(ws, i, 8)),
      };
    return {
      stage: regulatorIn(ws, Math.max(0, i - 4), i) ? 'regulatory_review' : 'at_risk',
      end: Math.max(i + 2, objectEnd(ws, i, 8)),
    };
  }
  // "in Proposed Sale of Globex to Acme", "the proposed merger": the participle describes the deal
  // (a pending one), it proposes nothing; the clause's own verb says what happened.
  if (
    l === 'propose' &&
    w.lower.endsWith('ed') &&
    DEAL_NOUN.has(next) &&
    ['DET', 'ADP', 'ADJ', 'PRON'].includes(ws[i - 1]?.pos ?? '')
  )
    return null;
  if (OFFER.has(l)) {
    const prev = lemmaAt(ws, i - 1);
    // An offer that goes on to be declared unconditional is read there, complete: "Recommended Offer
    // for Bandt plc ("Bandt") Offer declared unconditional in all respects".
    if (findWord(ws, i + 1, Math.min(ws.length, i + 15), 'unconditional') >= 0) return null;
    // A bid named before "approach" only says what kind of approach: "confirms bid approach".
    if (l !== 'approach' && w.pos !== 'VERB' && ws[i + 1]?.lemma === 'approach' && ws[i + 1]!.pos === 'NOUN')
      return null;
    // A company's offering of its own shares or bonds is no bid: "returns to the stock market in
    // public offering", "rights offering".
    if (
      w.lower.startsWith('offering') &&
      ['public', 'share', 'stock', 'secondary', 'rights', 'bond', 'debt'].includes(prev)
    )
      return null;
    const governed = offerVerbBefore(ws, i) || prev === 'tender' || (l === 'tender' && next === 'offer');
    // Used as a verb: "X bids $44.6 billion for Y", "X offers to buy Y", "X proposes merger".
    // An offer or proposal "from" a bidder is on the table: "the revised proposal from Acme constitutes a Superior Proposal".
    if (next === 'from' && ws[i + 2]?.pos === 'PROPN' && w.pos !== 'VERB' && l !== 'approach')
      return { stage: 'negotiating', end: i + 2 };
    // A "superior proposal" (a merger agreement's term for a rival's better offer) is one a board
    // weighs: "Board Determines Arcline Proposal Could Reasonably Be Expected to Lead to Superior Proposal".
    if (prev === 'superior' && w.pos !== 'VERB') return { stage: 'negotiating', start: i - 1, end: i };
    // A winning offer is the one accepted: "flexed its financial muscle with a winning $350 million offer".
    const winning = ws
      .slice(Math.max(0, i - 5), i)
      .findIndex((x, k, a) => x.lower === 'winning' && a.slice(k + 1).every((y) => amountWord(y) || y.pos === 'ADJ'));
    if (winning >= 0 && w.pos !== 'VERB') return { stage: 'agreed', start: Math.max(0, i - 5) + winning, end: i };
    // A tilt is a bid only "at" a company: "makes A$6bn tilt at Globex" ("tilts toward AI" is none).
    if (l === 'tilt' && !(next === 'at' && (ws[i + 2]?.pos === 'PROPN' || lowered(ws)))) return null;
    const asVerb =
      w.pos === 'VERB' ||
      ((isThirdPerson(w) || w.lower === 'bid' || w.lower === 'offered') &&
        ['$', '€', '£', 'to', 'for'].includes(lemmaAt(ws, i + 1))) ||
      // ("swoops on Globex": the tabloid verb, read as a noun before "on".)
      (l === 'swoop' && w.lower !== 'swoop' && next === 'on' && (ws[i + 2]?.pos === 'PROPN' || lowered(ws))) ||
      ['$', '€', '£'].includes(next) ||
      (/^\d/.test(next) && i > 0);
    // The verb "offer" makes a bid only of a price, a purchase or a company: "offered $21 a share
    // for Globex", "offers to buy Globex", "offers shareholders $40 a share". What else is offered
    // is a product or a gesture: "will offer the BlackBerry Curve 8900 to customers", "offered an
    // apology", "offered a $35,000 reward for information", "has offered the job".
    if (l === 'offer' && w.pos === 'VERB' && !governed && !bidOffered(ws, i)) return null;
    // What one offers of one's own is no bid: "the chief executive offered a few remarks on
    // the acquisition", "offers her target price of $30". (Not an offer to one's holders:
    // "offers its shareholders $40 a share".)
    if (l === 'offer' && w.pos === 'VERB' && POSSESSIVE.has(ws[i + 1]?.lower ?? '') && !has(ws, i + 2, i + 4, HOLDERS))
      return null;
    // An offer to a company's customers or users is a product's: "offers Globex customers free upgrade".
    // (Not one to its holders: "offers Globex shareholders $40 a share".)
    if (
      l === 'offer' &&
      w.pos === 'VERB' &&
      ws[i + 1]?.pos === 'PROPN' &&
      boughtProducts(ws, i + 1) &&
      !has(ws, i + 1, i + 4, HOLDERS)
    )
      return null;
    // A bid for what is the company's but no business of it is no takeover: "bids for Globex's spectrum licences".
    // (Only past a name: "rival bid for Sky, gatecrashing…" reads "Sky" as a noun, and is a bid for Sky.)
    if (asVerb && next === 'for' && ws[i + 2]?.pos === 'PROPN' && boughtProducts(ws, i + 2)) return null;
    // The verb approaches a company, or is passive: "Acme approaches Globex about takeover", "was
    // approached by Acme" (not "boats speedily approaching the merchant vessels").
    if (l === 'approach' && w.pos === 'VERB' && !governed) {
      const company =
        ws[i + 1]?.pos === 'PROPN' || lowered(ws) || (ws[i + 1]?.pos === 'DET' && ws[i + 2]?.pos === 'PROPN');
      const gerund = w.lower.endsWith('ing') && lemmaAt(ws, i - 1) !== 'be';
      if (gerund || !(company || lemmaAt(ws, i + 1) === 'by' || dealAfter(ws, i, 5))) return null;
    }
    // An approach is interest, not yet an offer: "makes £4bn approach", "confirms approach for Globex".
    // (One received, or named a takeover's, needs no bidder after it: "says it received an
    // approach", "confirms takeover approach".)
    if (l === 'approach')
      return asVerb ||
        w.pos === 'VERB' ||
        verbBetweenNames(ws, i) || // "Acme approaches Globex about takeover"
        has(ws, Math.max(0, i - 3), i, RECEIVED) ||
        ((governed || has(ws, Math.max(0, i - 3), i, CONFIRM)) &&
          // (In capitals read in lower case the bidder is a noun: "CONFIRMS APPROACH FROM CAESARS".)
          (ws.slice(i + 1, i + 4).some((x) => x.pos === 'PROPN' || x.lower === 'for') ||
            (lowered(ws) && next === 'from' && ws[i + 2]?.pos === 'NOUN') ||
            TAKEOVER_WORD.has(lemmaAt(ws, i - 1)) ||
            OFFER.has(lemmaAt(ws, i - 1)))) ||
        // (Or one a share price moves on: "jumps on bid approach".)
        marketMovedOn(ws, i) >= 0
        ? { stage: 'rumored', end: i }
        : null;
    // "offers concessions to win EU approval": remedies offered to a regulator reviewing the deal.
    // (So is a business offered for sale to win it: "offers to sell Otezla to win FTC approval".)
    const offeredRemedy =
      (l === 'offer' || l === 'propose') && next === 'to' && SELLS.has(lemmaAt(ws, i + 2)) ? remedyFor(ws, i + 3) : -1;
    if (offeredRemedy >= 0) return { stage: 'regulatory_review', end: offeredRemedy };
    if (
      (l === 'offer' || l === 'propose') &&
      has(ws, i + 1, i + 3, REMEDY) &&
      (regulatorIn(ws, i + 1, Math.min(ws.length, i + 10)) ||
        has(ws, i + 1, i + 10, APPROVAL_NOUN) ||
        has(ws, i + 1, i + 10, TALKED_ABOUT))
    )
      return { stage: 'regulatory_review', end: find(ws, i + 1, i + 3, REMEDY) };
    if (l === 'propose' && !(dealAfter(ws, i, 4) || next === 'to')) return null;
    // A deal a phrase describes as proposed is the deal named, no proposal made: "as part of their
    // proposed $25 billion merger", "regarding its proposed acquisition of Figma".
    if (
      l === 'propose' &&
      isPast(w) &&
      ['its', 'their', 'the'].includes(ws[i - 1]?.lower ?? '') &&
      (ws[i - 2]?.pos === 'ADP' || ['regarding', 'concerning'].includes(ws[i - 2]?.lower ?? ''))
    )
      return null;
    // "says Bank of New York offer inadequate", "offer undervalues the company": the target turns it away.
    // "Toshiba tender offer succeeds": enough shares tendered, the purchase is done.
    // "tender offer for Globex was oversubscribed", "Acme bid succeeds": accepted, the purchase is done.
    if ((l === 'tender' || l === 'offer' || l === 'bid' || l === 'tob') && has(ws, i + 1, i + 6, SUCCEED))
      return { stage: 'completed', end: find(ws, i + 1, i + 6, SUCCEED), tendered: true };
    // A bid said to be hostile, or not to reflect what the target is worth, is turned away (the
    // target's answer, as "inadequate" below): "says UniCredit bid is hostile", "takeover offer does
    // not reflect its profitability", "bid fails to reflect its value" (no bid that failed).
    if (lemmaAt(ws, i + 1) === 'be' && HOSTILE.has(lemmaAt(ws, i + 2))) return { stage: 'at_risk', end: i + 2 };
    const reflects = findWord(ws, i + 1, i + 5, 'reflect');
    const short =
      reflects > 0 &&
      (CLEARED_BY_NOT.has(ws[reflects - 1]!.lower) ||
        (lemmaAt(ws, reflects - 1) === 'to' && lemmaAt(ws, reflects - 2) === 'fail'));
    if (short) return { stage: 'at_risk', end: reflects };
    // "buyout bid fails", "its offer for Globex expired after too few shares were tendered": it lapsed.
    // (A takeover too: "Thermo Fisher's takeover of Qiagen fails as acceptances fall short" — not one
    // that fails to do something: "fails to win approval".)
    // (A bid "lapses" too, which the tagger reads as a plural noun: "Prosus's bid for Just Eat lapses".)
    const failed = ws
      .slice(i + 1, i + 5)
      .findIndex(
        (x) => (['fail', 'expire'].includes(x.lemma) && x.pos !== 'NOUN') || ['lapses', 'lapsed'].includes(x.lower),
      );
    if ((l === 'offer' || l === 'bid' || l === 'tob') && failed >= 0 && !has(ws, i + 1, i + 1 + failed, DEAL_NOUN))
      return { stage: 'terminated', end: i + 1 + failed };
    // Shares tendered, half or more of them: "holders tendered more than 50 pct", "95 pct of Safeway
    // shares were tendered" — the bidder has control. (A tender *offer* is still only the bid.)
    if (
      l === 'tender' &&
      next !== 'offer' &&
      prev !== 'tender' &&
      (majorityIn(ws, i + 1, i + 5) || majorityIn(ws, i - 8, i))
    )
      return { stage: 'completed', end: i };
    // "Only" a minority tendered leaves the offer short: "Creval investors have tendered only 22.6% of the
    // Italian bank's shares targeted in a Credit Agricole buyout offer".
    const share = l === 'tender' && isPast(w) && lemmaAt(ws, i + 1) === 'only' ? shareAt(ws, i + 2) : undefined;
    if (share !== undefined && share < 50) return { stage: 'at_risk', end: Math.min(ws.length - 1, i + 3) };
    // (Past a bidder named after "by", however many words its name: "bid by Couche-Tard undervalues".)
    const judged = find(ws, i + 1, reach(ws, i, 4, 1) + 1, INADEQUATE);
    if (judged >= 0) return { stage: 'at_risk', end: judged };
    // "says Globex bid too low", "the offer from Globex is too low".
    const too = ws
      .slice(i + 1, i + 7)
      .findIndex((x, k, a) => x.lower === 'too' && ['low', 'cheap', 'small'].includes(a[k + 1]?.lower ?? ''));
    if (too >= 0) return { stage: 'at_risk', end: i + 2 + too };
    // "goes hostile with $5bn Globex bid"
    if (governed || asVerb || has(ws, Math.max(0, i - 6), i, HOSTILE)) return { stage: 'negotiating', end: i };
    const carrier = carried(ws, i);
    if (carrier >= 0) return { stage: 'negotiating', start: carrier, end: i };
    const moved = marketMovedOn(ws, i);
    if (moved >= 0) return { stage: 'negotiating', start: moved, end: i };
    return null;
  }
  // A purchase made "officially" or "formally" in the headline's present is one done: "Broadcom
  // officially acquires VMware" (a plain "acquires" announces one agreed).
  if (TRANSACT.has(l) && officialPresent(ws, i)) {
    const r = transact(ws, i, i);
    if (r?.stage === 'agreed') return { ...r, stage: 'completed', start: i - 1 };
    if (r) return r;
  }
  // A buyer trying, or in the lead, to buy is still bidding: "Mylan NV, which is trying to buy
  // drugmaker Perrigo Co through a hostile tender offer", "Steven Witkoff is in the lead to acquire the
  // New York Daily News".
  if (TRANSACT.has(l) && lemmaAt(ws, i - 1) === 'to' && STILL_BIDDING.has(lemmaAt(ws, i - 2))) {
    const r = transact(ws, i, i);
    if (r && r.stage === 'agreed') return { ...r, stage: 'negotiating', start: i - 2 };
  }
  // A buyer "allowed" or "cleared" to buy has the deal approved: "DNB will be allowed to acquire
  // online rival Sbanken, the Norwegian Competition Tribunal ruled".
  if (
    TRANSACT.has(l) &&
    lemmaAt(ws, i - 1) === 'to' &&
    ['allow', 'permit', 'clear'].includes(lemmaAt(ws, i - 2)) &&
    isPast(ws[i - 2]!) &&
    lemmaAt(ws, i - 3) === 'be'
  ) {
    const r = transact(ws, i, i);
    if (r && r.stage !== 'completed') return { stage: 'approved', start: i - 3, end: r.end };
  }
  // A deadline missed to offer a regulator remedies leaves the deal exposed: "Amazon Misses EU Deadline
  // for Concessions Over iRobot Deal", "missed a Wednesday deadline to offer remedies to the European
  // Union over its $1.7 billion acquisition".
  if (l === 'miss' && (w.pos === 'VERB' || isThirdPerson(w))) {
    const deadline = find(ws, i + 1, i + 5, DEADLINE);
    const remedy = deadline >= 0 ? find(ws, deadline + 1, deadline + 5, REMEDY) : -1;
    if (remedy >= 0 && (dealAfter(ws, remedy, 10) || dealBefore(ws, i, 6)))
      return { stage: 'at_risk', end: Math.max(remedy, objectEnd(ws, i, 12)) };
  }
  // A deal named by its purpose as the subject is no agreement announced; what it does is the news:
  // "Amazon's deal to acquire robot vacuum manufacturer faces potential veto from European Union
  // antitrust regulators", "Corvane's deal to acquire Pellix wins EU approval".
  const purpose =
    TRANSACT.has(l) &&
    lemmaAt(ws, i - 1) === 'to' &&
    (DEAL_NOUN.has(lemmaAt(ws, i - 2)) || OFFER.has(lemmaAt(ws, i - 2))) &&
    POSSESSIVE_S.has(ws[i - 3]?.lower ?? '');
  if (purpose && finiteAfter(ws, i + 1, i + 8)) return null;
  // The purchase an offer proposes is the offer: "said his US$43 billion offer to buy Twitter should
  // be left to shareholders" (not the verb "offers to buy", read at the offer; nor a deal's purpose).
  if (
    TRANSACT.has(l) &&
    lemmaAt(ws, i - 1) === 'to' &&
    OFFER.has(lemmaAt(ws, i - 2)) &&
    ws[i - 2]!.pos === 'NOUN' &&
    lemmaAt(ws, i - 2) !== 'approach'
  ) {
    const r = transact(ws, i, i);
    if (r?.stage === 'agreed') return { ...r, stage: 'negotiating', start: i - 2 };
  }
  if (TRANSACT.has(l)) return transact(ws, i, i);
  // "agreed to pay $9 billion for Globex", "will pay $50 a share for Globex": the price of a purchase.
  if (l === 'pay') {
    const price = ws.slice(i + 1, i + 4).some((x) => /^[$€£¥]$/.test(x.text) || x.pos === 'NUM');
    const k = ws.slice(i + 1, i + 9).findIndex((x) => x.lemma === 'for');
    // A price paid every year is a fee for a service, no purchase: "Apple to Pay Google $1 Billion
    // Annually for Gemini-Powered Siri", "pays Google $1B/Year".
    if (recurring(ws, i + 1, k >= 0 ? i + 1 + k : i + 9)) return null;
    // (In capitals read in lower case the company is a noun: "WON'T PAY $60 A SHARE FOR SALLIE MAE".)
    // (Or control of it: "agreed to pay almost USD 50 billion for control of US firm Reynolds American".)
    const control =
      ['control', 'all', 'rest', 'remainder'].includes(lemmaAt(ws, i + 2 + k)) && lemmaAt(ws, i + 3 + k) === 'of';
    const at = i + 2 + k + (control ? 2 : 0);
    // (A name that only says what a thing paid for is, before it in lower case, is no company: "pays
    // 3SBio $1.25B for PD-1xVEGF bispecific" buys a drug's rights; "for Acme chip unit" a business.)
    let run = at;
    while (ws[run + 1]?.pos === 'PROPN') run++;
    // (Its head is the last of the nouns: "chip unit" is a unit.)
    let head = run;
    while (ws[head + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(ws[head + 1]!.text)) head++;
    const product = head > run && !OBJECT.has(ws[head]!.lemma);
    const company = nameAt(ws, at) && !(product && !lowered(ws));
    if (price && k >= 0 && company) {
      // (Denied, it is the price refused, read with its negation: "won't pay $60 a share for Sallie Mae".)
      if (lemmaAt(ws, i - 1) === 'not') {
        let end = i + 2 + k;
        while (ws[end + 1]?.pos === 'PROPN') end++;
        return { stage: 'agreed', end };
      }
      return transact(ws, i, i + 1 + k);
    }
  }
  return null;
  return undefined;
};

const RULES: readonly Rules[] = [
  readPhrasalsAndContests,
  readPricesVotesAndFilings,
  readOppositionAndTalks,
  readRumoursAndRejections,
  readChoicesAndConditions,
  readAgreements,
  readCompletionsAndRaises,
  readEndingsAndConcerns,
  readBlocksAndRescues,
  readFinancingAndTransactions,
];

/** Whether words in [from, to) make a payment recurring: "annually", "per year", "a year", "/year", "each month". */
function recurring(ws: Word[], from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < Math.min(ws.length, to); j++) {
    const x = ws[j]!.lower;
    if (['annually', 'yearly', 'monthly', 'quarterly'].includes(x) || /\/(?:year|yr|month)$/u.test(x)) return true;
    if (['per', 'a', 'each', 'every'].includes(x) && ['year', 'month', 'quarter'].includes(lemmaAt(ws, j + 1)))
      return true;
    if (x === '/' && ['year', 'yr', 'month'].includes(lemmaAt(ws, j + 1))) return true;
  }
  return false;
}

/** What an understanding is signed to do that is talks, not a deal: "signed an MOU to explore merging". */
const SIGNED_TO_TALK = new Set(['explore', 'discuss', 'study', 'consider', 'examine', 'negotiate', 'evaluate']);

/** Whether the verb at `i` is an infinitive of what was signed or agreed a few words before: "signed a memorandum of understanding (MOU) to explore". */
function signedTo(ws: Word[], i: number): boolean {
  if (lemmaAt(ws, i - 1) !== 'to') return false;
  for (let k = i - 2; k >= Math.max(0, i - 10); k--) {
    if (CLAUSE_END.test(ws[k]!.text)) return false;
    if (['sign', 'ink', 'enter'].includes(ws[k]!.lemma) && ws[k]!.pos === 'VERB') return true;
  }
  return false;
}

/** What a public body puts on a deal, or brings against it, that it may drop: "drops restrictions on the merger". */
const LIFTED_TERMS = new Set(['restriction', 'condition', 'objection', 'opposition', 'challenge', 'order']);

/** What a ruling or a win does for a deal, told after it: "…, enabling it to close its acquisition". */
/** A company's debt, which an offer may be for: "tender offer for its 2030 notes". */
const DEBT = new Set(['note', 'bond', 'debenture', 'notes', 'bonds', 'debentures']);
/** What a suitor's interest does as it draws back: "has cooled", "waned", "faded". */
const FADED = new Set(['cool', 'wane', 'fade', 'subside']);
/** What a regulator makes final of its own: "finalizes consent order", "final judgment". */
const ORDER_MADE = new Set(['order', 'decree', 'judgment', 'judgement']);
/** What resolves a regulator's concerns about a deal: "resolves antitrust concerns", "allays". */
const CONCERN_EASED = new Set(['resolve', 'allay', 'ease', 'address', 'satisfy']);
/** A regulator's or a court's case: what it reopens is its own. */
const CASE_WORD = new Set(['case', 'proceeding', 'matter', 'order']);
/** What a deal does to a review it gets through: "passes DOJ review", "clears EU scrutiny". */
const REVIEW_PASSED = new Set(['pass', 'clear', 'survive']);
const ENABLING = new Set(['enable', 'allow', 'clear', 'pave', 'permit', 'let']);

/**
 * Whether holders named before the vote at `i` go to it, a verb between them ("Hess shareholders head
 * for crucial vote on acquisition proposal"), rather than name it ("shareholder vote on Frontier
 * merger delayed again", read at what happened to it).
 */
function headedFor(ws: Word[], i: number): boolean {
  const holders = find(ws, Math.max(0, i - 6), i, HOLDERS);
  // (The tagger may read the verb as a noun, "head for": a preposition then says it.)
  return holders >= 0 && ws.slice(holders + 1, i).some((x) => x.pos === 'VERB' || x.pos === 'ADP');
}

/** What ties conduct to a deal without being the deal: "trading activity surrounding the acquisition". */
const AROUND_DEAL = new Set(['surrounding', 'around', 'related', 'linked', 'tied']);

/** Whether a company's board gives the approval at `i`, as the subject of "give" or "grant". */
function boardGave(ws: Word[], i: number): boolean {
  const gave = ws.slice(Math.max(0, i - 6), i).findIndex((x) => ['give', 'grant'].includes(x.lemma));
  const at = Math.max(0, i - 6) + gave;
  return gave >= 0 && companyBoard(ws, Math.max(0, at - 3), at) && !regulatorIn(ws, Math.max(0, at - 6), at);
}

/** Where a buyer's due diligence or exclusivity is named in `[from, to)`, or -1. */
function diligenceAt(ws: Word[], from: number, to: number): number {
  for (let k = from; k < Math.min(ws.length, to); k++) {
    if (ws[k]!.lower === 'due' && lemmaAt(ws, k + 1) === 'diligence') return k + 1;
    if (['exclusivity', 'exclusive'].includes(ws[k]!.lower) && ws[k + 1]?.pos !== 'PROPN') return k;
    if (CLAUSE_END.test(ws[k]!.text) || ws[k]!.text === ',') return -1;
  }
  return -1;
}

/** What wins a settlement, as one reaches it: "secures settlement for its Globex purchase". */
const SECURED = new Set(['secure', 'win', 'clinch', 'strike']);

/**
 * A settlement the verb at `i` reaches, within its next three words, or undefined when there is
 * none. One with a regulator over the deal clears it: "HPE, DOJ reach settlement over Juniper deal";
 * so does one "for" the deal, no one else named ("secures settlement for $14 billion acquisition of
 * Juniper"). One with anyone else settles a suit, not the deal: "reaches settlement with Globex
 * shareholders over merger suit" (null).
 */
function settlementAt(ws: Word[], i: number): Resolved | null | undefined {
  const settlement = findWord(ws, i + 1, i + 4, 'settlement');
  if (settlement < 0) return undefined;
  // (Read to the end of whom it is with: "a settlement agreement with the Justice Department".)
  let end = settlement + (lemmaAt(ws, settlement + 1) === 'agreement' ? 1 : 0);
  if (lemmaAt(ws, end + 1) === 'with')
    for (end += 2; ['PROPN', 'DET'].includes(ws[end + 1]?.pos ?? '') || lemmaAt(ws, end + 1) === 'of';) end++;
  const regulator = regulatorIn(ws, Math.max(0, i - 6), settlement + 6);
  const forDeal = lemmaAt(ws, settlement + 1) === 'for' && dealAfter(ws, settlement + 1, 6);
  if (forDeal) return { stage: 'approved', end: reach(ws, settlement + 1, 6, 1) };
  // (The deal may be named past whom it is with: "a settlement with the US Department of Justice
  // concerning their previously announced $14bn merger".)
  // (And to the deal, where it is named next: "reach settlement over Juniper deal".)
  const deal = find(ws, end + 1, end + 9, DEAL_NOUN);
  return regulator && (dealAfter(ws, settlement, 14) || dealBefore(ws, i, 6))
    ? { stage: 'approved', end: Math.min(deal >= 0 ? deal : end, ws.length - 1) }
    : null;
}

/**
 * The deal's verb a side is let do, after "can", "may" or "the right to" ("can sell club to NESV"),
 * or -1 (not "cannot", "may not").
 */
function permittedDeal(ws: Word[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const x = ws[k]!;
    if (CLAUSE_END.test(x.text)) return -1;
    const modal = (x.lower === 'can' || x.lower === 'may') && !NEGATION_WORDS.has(lemmaAt(ws, k + 1));
    const right = ['right', 'free'].includes(x.lemma) && ws[k + 1]?.lower === 'to';
    const verb = modal ? k + 1 : right ? k + 2 : -1;
    if (verb >= 0 && (TRANSACT.has(lemmaAt(ws, verb)) || ['proceed', 'complete', 'close'].includes(lemmaAt(ws, verb))))
      return verb;
  }
  return -1;
}

/**
 * Whether the words before `verb` are a company's own thing, named in lower case after its owner
 * where case tells names: "Ablynx's caplacizumab wins EU approval" is a drug's (not "Acme's takeover").
 */
function companysThing(ws: Word[], verb: number): boolean {
  const thing = ws[verb - 1];
  return (
    !!thing &&
    !lowered(ws) &&
    POSSESSIVE_S.has(ws[verb - 2]?.lower ?? '') &&
    thing.pos === 'NOUN' &&
    /^\p{Ll}/u.test(thing.text) &&
    !DEAL_NOUN.has(thing.lemma) &&
    !TAKEOVER_WORD.has(thing.lemma)
  );
}
