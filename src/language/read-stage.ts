import { analyse, normalizeWireStyle, type Word } from './analyse.ts';
import { isTitleCase, sentenceCased } from './title-case.ts';
import type { AnnouncedAs, Resolved, Stage, StageReading } from './stage.ts';
import {
  ACCEPT,
  REJECT,
  URGE,
  BLOCK,
  CLAUSE_END,
  CLAUSE_OF_TIME,
  CLEARED_BY_NOT,
  COMPLETE,
  DEAL_NOUN,
  END,
  FRONTED,
  HOLDERS,
  IRREGULAR,
  LEXICON,
  MAKE,
  NEARLY,
  NEGATION_WORDS,
  NOT_NEWS,
  OFFER,
  PROBE,
  RISK,
  REMEDY,
  SPAN_OF_TIME,
  STAKE,
  SUE,
  SUIT_ENDED,
  TALK,
  TALKED_ABOUT,
  TENDERED,
  TRANSACT,
  DELAYED,
} from './deal-words.ts';
import {
  attributedAfter,
  attributive,
  dealAfter,
  find,
  has,
  hedgedAt,
  isPast,
  lemmaAt,
  lowered,
  negatedAt,
  negationStart,
  passive,
  publicBodyIn,
  regulatorIn,
  sentenceEnds,
  sentenceOpens,
  shareAt,
  withLemmas,
} from './word-reading.ts';
import { GOVERNMENT_ONLY, RAISE, SELLS } from './predicate-checks.ts';
import { pricedDealAfter, resolve } from './resolve-predicate.ts';
import { caselessPartiesOf, partiesOf } from './transaction-parties.ts';

/** The modals of a deal in doubt: "may not be able to complete". */
/** What makes a completion denied a doubt, not a decision: "may not be able to complete", "can no longer complete". */
const DOUBT = new Set(['may', 'might', 'could', 'can']);
/** An offer's deadline moved on: "extends tender offer". */
const EXTENDED = new Set(['extend', 'prolong']);
/** What a target does to a bid it will not take up: "refused to begin talks", "rebuffed it". */
const REFUSE = new Set([...REJECT, 'refuse']);
/** Who calls on another not to do something: "warns Spain not to block", "urges the court not to". */
const CALLED_ON = new Set([...URGE, 'warn', 'caution', 'ask', 'tell', 'advise', 'call']);
/** What a deal undergoes that it did not do: "suffered a blow", "hit a snag". */
const SUFFER = new Set(['suffer', 'take', 'receive', 'hit']);
/** A review named by its kind, not by who holds it: "regulatory review", "competition inquiry". */
const REVIEW_KIND = new Set(['regulatory', 'antitrust', 'competition', 'merger-control']);
/** What a party is, or is not, before going on with a deal: "not prepared to proceed". */
const WILLING = new Set(['prepare', 'prepared', 'willing', 'ready']);

export { STAGES, type AnnouncedAs, type Stage, type StageReading } from './stage.ts';

interface Found {
  stage: Stage;
  start: number;
  end: number;
  hedged: boolean;
  form?: AnnouncedAs;
  tendered?: true;
}

/**
 * Where the clause's own verb is when a participle at `i` only describes the noun before it (a
 * reduced relative clause: "the group seeking to buy the company has…"), or -1. A common noun
 * after a determiner, then an -ing participle, then a finite verb or an auxiliary further on:
 * without that verb the participle is the headline's own ("Acme seeking to buy Globex").
 */
function describesNoun(ws: Word[], i: number, to: number): number {
  const w = ws[i]!;
  if (w.pos !== 'VERB' || !w.lower.endsWith('ing')) return -1;
  if (ws[i - 1]?.pos !== 'NOUN' || ws[i - 2]?.pos !== 'DET') return -1;
  for (let k = i + 1; k < to; k++) {
    const x = ws[k]!;
    if (CLAUSE_END.test(x.text) || x.text === ',' || x.pos === 'SCONJ' || x.pos === 'CCONJ') return -1;
    if (x.pos === 'AUX' && ws[k - 1]?.lower !== 'to') return k;
  }
  return -1;
}

/**
 * Whether a clause's first word, in its base form, is the first word of its subject's name because
 * the clause's verb, in the third person, follows within two words: "Clear Channel Agrees to …
 * Buyout", "CLEAR CHANNEL SUES BANKS" (headlines use no imperatives; where case tells names the
 * tagger joins the name, but not in title case or capitals).
 */
function opensSubjectName(ws: Word[], i: number, to: number): boolean {
  const w = ws[i]!;
  // (A party's name joined to its deal is the deal, no name alone: "Toshiba TOB succeeds".)
  if (/\s/u.test(w.text) && DEAL_NOUN.has(w.lemma)) return false;
  if (w.lower !== w.lemma || !/^\p{L}+$/u.test(w.lower)) return false;
  for (let k = i + 1; k < Math.min(to, i + 4); k++) {
    const x = ws[k]!;
    if (x.text === ',' || CLAUSE_END.test(x.text)) return false;
    if ((x.pos === 'VERB' || x.pos === 'AUX') && x.lower.endsWith('s') && x.lower !== x.lemma) return true;
    // (Or in the plural after a plural noun: "Clear Channel Buyers Raise Offer".)
    const plural = ws[k - 1]!.lower.endsWith('s') && ws[k - 1]!.lower !== ws[k - 1]!.lemma && k - 1 > i;
    if (x.pos === 'VERB' && x.lower === x.lemma && plural) return true;
  }
  return false;
}

/** A span of time a record is set in, "in" before it: "its lowest in a year", "in more than two years". */
function recordSpan(ws: Word[], span: number): boolean {
  let k = span - 1;
  while (
    k >= 0 &&
    (['DET', 'NUM', 'ADJ'].includes(ws[k]!.pos) || ['more', 'than', 'over', 'almost', 'nearly'].includes(ws[k]!.lower))
  )
    k--;
  return ws[k]?.lower === 'in';
}

/** The earliest predicate of one clause that says something about a deal. */
function readClause(ws: Word[], from: number, to: number): Found | null {
  for (let i = from; i < to; i++) {
    // What happened "a year after" or "months since" is background, not the news: "Figma launches
    // AI tools a year after Adobe deal collapsed". (Up to a comma: "Two years after talks collapsed,
    // Acme agrees to buy Globex" still reports the agreement.)
    // (Not a span a record is set in: "dropped to its lowest in a year after it said" tells why.)
    if (
      (ws[i]!.lower === 'after' || ws[i]!.lower === 'since') &&
      SPAN_OF_TIME.has(ws[i - 1]?.lemma ?? '') &&
      !recordSpan(ws, i - 1)
    ) {
      const comma = ws.slice(i + 1, to).findIndex((x) => x.text === ',');
      if (comma < 0) return null;
      i += comma + 1;
      continue;
    }
    if (attributive(ws, i)) continue;
    if (i === from && opensSubjectName(ws, i, to)) continue;
    // A participle glued by a hyphen to a name before a noun describes the noun: "Saudi-backed group
    // pulls out", "KKR-led consortium" — no backing given, no one led.
    const w = ws[i]!;
    const hyphen = ws[i - 1];
    if (
      hyphen?.text === '-' &&
      hyphen.at + 1 === w.at &&
      /ed$/u.test(w.lower) &&
      ['NOUN', 'PROPN', 'ADJ'].includes(ws[i + 1]?.pos ?? '')
    )
      continue;
    // A participle after "the group", "a company" describes that noun; the clause's own verb comes
    // after it: "the group seeking to buy the company has been unable to obtain financing".
    const described = describesNoun(ws, i, to);
    if (described > i) {
      i = described - 1;
      continue;
    }
    // A suit a party drops or settles ends the suit, not the deal, and says nothing of its stage
    // ("dropped its lawsuit seeking to block Acme's offer"); what follows "and" may ("settled its
    // litigation with Globex and agreed not to buy more shares"). A regulator dropping its
    // challenge lets the deal through (read in `resolve`).
    // (A regulator's suit may be named after the verb: "HPE settles DOJ suit over Juniper deal".)
    if (
      SUIT_ENDED.has(ws[i]!.lemma) &&
      has(ws, i + 1, i + 4, SUE) &&
      !regulatorIn(ws, Math.max(from, i - 5), i) &&
      !regulatorIn(ws, i + 1, i + 4)
    ) {
      // (Or after a comma: "settle merger litigation, deal to proceed".)
      const and = ws.slice(i + 1, to).findIndex((x) => x.lower === 'and' || x.lower === 'but' || x.text === ',');
      if (and < 0) return null;
      i += and + 1;
      continue;
    }
    let r = resolve(ws, i);
    if (!r) continue;
    // An agreement to sell that is a remedy for the deal's regulator is the review, read at its verb:
    // "announced an agreement to sell 413 stores to C&S …, as part of the plan to gain regulatory
    // approval of Kroger's acquisition of Albertsons".
    if (r.stage === 'agreed' && ws[r.end + 1]?.lower === 'to' && SELLS.has(lemmaAt(ws, r.end + 2))) {
      const remedy = resolve(ws, r.end + 2);
      if (remedy?.stage === 'regulatory_review') {
        i = r.end + 2;
        r = remedy;
      }
    }
    // A bid or an offer that is the subject of a passive is not the news; what happened to it
    // is: "GAF bid for Borg-Warner withdrawn", "the offer for Kidde was withdrawn". (Not its
    // complement: in "made an offer to acquire Fitbit" the offer is still the news.)
    // Talks likewise: "merger talks terminated".
    // A suit likewise, when a court throws it out: "Lawsuit against Acme-Globex merger rejected by judge".
    const suitNoun = SUE.has(ws[i]!.lemma) && ws[i]!.pos !== 'VERB';
    // An agreement likewise: "Acme-Globex merger agreement terminated".
    // A deal's purpose likewise, its infinitive after the noun: "Steve Cohen's deal to buy the Mets
    // falls apart", "Acme's deal to buy Globex collapses" (what the deal is, not what happened to it).
    // (Or a deal "for" its buyer to buy: "The months-long deal for Choice Hotels International to buy
    // Wyndham Hotels & Resorts came to an end Monday".)
    const forBuyer = ws[i - 2]?.pos === 'PROPN' && lemmaAt(ws, i - 3) === 'for' && DEAL_NOUN.has(lemmaAt(ws, i - 4));
    const purpose =
      r.stage === 'agreed' &&
      TRANSACT.has(ws[i]!.lemma) &&
      ws[i - 1]?.lower === 'to' &&
      ((ws[i - 2]?.pos === 'NOUN' && DEAL_NOUN.has(ws[i - 2]!.lemma)) || forBuyer);
    const agreementNoun = r.stage === 'agreed' && (ws[i]!.lemma === 'agreement' || ws[i]!.lemma === 'pact' || purpose);
    if (
      ((r.stage === 'negotiating' && (OFFER.has(ws[i]!.lemma) || TALK.has(ws[i]!.lemma))) ||
        suitNoun ||
        agreementNoun) &&
      (ws[i]!.pos !== 'VERB' || purpose)
    )
      for (let j = r.end + 1; j < to; j++) {
        // (Not past a clause of time or cause, whose subject is another: "launches hostile bid for
        // Sabadell after merger talks rebuffed".)
        if (CLAUSE_OF_TIME.has(ws[j]!.lower)) break;
        // (A state said of it counts too: "Vodafone's bid for Three in doubt", "talks on hold".)
        const state = ['in', 'on', 'at', 'into', 'under'].includes(ws[j]!.lemma);
        // Or its own verb past a phrase that says whose talks: "Talks between Nissan and Honda on a merger collapse".
        // (The tagger reads a headline's last word as a noun after "on merger": the last word counts as its verb.)
        // (Only deal talks: "talks between the union and Acme on pay collapse" end no deal.)
        // (Or its end said as a phrasal verb or a failure: "… falls apart", "bid to buy Globex fails".)
        const ended =
          END.has(ws[j]!.lemma) ||
          RISK.has(ws[j]!.lemma) ||
          (ws[j]!.lemma === 'fall' && ['apart', 'through', 'thru'].includes(lemmaAt(ws, j + 1))) ||
          ws[j]!.lemma === 'fail';
        const ownVerb =
          (ws[j]!.pos === 'VERB' || j === to - 1) &&
          ended &&
          (OFFER.has(ws[i]!.lemma) ||
            agreementNoun ||
            has(ws, Math.max(from, i - 2), j, TALKED_ABOUT) ||
            has(ws, i + 1, j, TRANSACT));
        // (Or a blow it suffers: "Michael Dell's and Silver Lake's $24.4 billion bid … suffered a blow
        // on Wednesday", "talks hit a snag".)
        const blow =
          ws[j]!.pos === 'VERB' && SUFFER.has(ws[j]!.lemma) ? find(ws, j + 1, Math.min(j + 3, to), RISK) : -1;
        if (blow > 0 && ws[blow]!.pos === 'NOUN') {
          r = { stage: 'at_risk', start: j, end: blow };
          i = j;
          break;
        }
        // (Or talks no longer so: "Microsoft-Pinterest talks no longer active"; or over: "merger
        // negotiations between Microsoft and Yahoo are over".)
        // (Or come to an end: "The months-long deal … came to an end Monday".)
        const cameToEnd =
          ws[j]!.lemma === 'come' && lemmaAt(ws, j + 1) === 'to' && lemmaAt(ws, j + 3) === 'end' && !suitNoun;
        if (cameToEnd) {
          r = { stage: 'terminated', start: j, end: j + 3 };
          i = j;
          break;
        }
        const over = ws[j]!.lower === 'over' && lemmaAt(ws, j - 1) === 'be' && TALK.has(ws[i]!.lemma);
        if (over && r.stage === 'negotiating' && !suitNoun) {
          r = { stage: 'terminated', start: i, end: j };
          i = j;
          break;
        }
        if (ws[j]!.lower === 'no' && ws[j + 1]?.lower === 'longer' && r.stage === 'negotiating' && !suitNoun) {
          r = { stage: 'terminated', start: j, end: Math.min(j + 2, to - 1) };
          i = j;
          break;
        }
        // (And a tender offer's end: "expired and it has accepted all shares tendered".)
        // ("… and it has purchased all shares validly tendered": bought, so accepted.)
        const accepted =
          (['accept', 'purchase', 'buy'].includes(ws[j]!.lemma) && has(ws, j + 1, j + 6, TENDERED)) ||
          ws[j]!.lemma === 'unconditional';
        // (A phrasal participle too: "Talks with Globex broken off".)
        const phrasal = isPast(ws[j]!) && passive(ws, j + 1, true);
        // (Not the talks' own purpose in the passive, which is what they are about: "in early-stage
        // talks to be acquired by Shell".)
        if (j === r.end + 3 && lemmaAt(ws, r.end + 1) === 'to' && lemmaAt(ws, r.end + 2) === 'be') continue;
        // (Or referred to a regulator: "Guinness bid for Distillers referred to Monopolies Commission".)
        const referred = isPast(ws[j]!) && lemmaAt(ws, j + 1) === 'to' && regulatorIn(ws, j + 2, j + 6);
        // (Or a rival it faces: "Musgrave €57m bid for Londis faces rival BFG offer".)
        const rivalFaced = ws[j]!.lemma === 'face' && lemmaAt(ws, j + 1) === 'rival';
        // (A risk said of it in the passive is its own, however far back it stands: "its deal to buy
        // Citigroup Inc's subprime lender OneMain Financial Holdings could be delayed".)
        const later =
          (passive(ws, j) || phrasal || referred || state || ownVerb || accepted || rivalFaced
            ? resolve(ws, j)
            : null) ??
          // (Or a bid turned down, however far back the bid stands: "A bid to buy Royal Mail's parent
          // company by the investor Daniel Kretinsky … has been rejected by the postal company's board".)
          (passive(ws, j) && (RISK.has(ws[j]!.lemma) || (REJECT.has(ws[j]!.lemma) && OFFER.has(ws[i]!.lemma)))
            ? ({ stage: 'at_risk', start: j, end: j } satisfies Resolved)
            : null);
        if (
          later &&
          later.stage !== (agreementNoun ? 'agreed' : 'negotiating') &&
          (!suitNoun || later.stage === 'approved')
        ) {
          r = { ...later, start: later.start ?? j };
          i = j;
          break;
        }
      }
    const start = r.start ?? i;
    const end = Math.min(Math.max(r.end, start), to - 1);
    // Shareholders suing over a deal want damages, not the deal stopped: "Tesla investors sue Musk over
    // SolarCity deal" says nothing of where it stands. (A suit of theirs to block it is a risk, below,
    // as their opposing it is: "Activist investor opposes Chevron-Hess deal terms".)
    if (
      r.stage === 'regulatory_review' &&
      ['sue', 'suit', 'lawsuit'].includes(ws[i]!.lemma) &&
      has(ws, from, i, HOLDERS) &&
      !has(ws, i + 1, i + 7, BLOCK)
    )
      continue;
    // "Globex sues to block Acme's bid", "Twitter sues Musk": a party's suit, not a regulator's.
    // (So is a challenge in a participle whose subject went before, where no regulator is named: a
    // headline's next clause, "…, challenging First Union deal", after a rival's bid.)
    const participle = i === from && /ing$/.test(ws[i]!.lower) && !regulatorIn(ws, 0, ws.length);
    // (A government's own opposition is politics, a risk, as a minister's is: "Italian government
    // opposes Abertis-Autostrade merger"; its regulator's is the review: "FTC staff opposes …".)
    const bodies = (): number[] =>
      ws.slice(from, i).flatMap((_, k) => (regulatorIn(ws, from + k, from + k + 1) ? [from + k] : []));
    const opposes = ws[i]!.lemma === 'oppose' && r.stage === 'regulatory_review' ? bodies() : [];
    const statesOwn = opposes.length > 0 && opposes.every((k) => GOVERNMENT_ONLY.has(ws[k]!.lemma));
    // (A challenge "from" a regulator is the regulator's: "faces a legal challenge from the US
    // Department of Justice".)
    const byRegulator = lemmaAt(ws, i + 1) === 'from' && regulatorIn(ws, i + 2, Math.min(to, i + 7));
    // (A party's suit against the regulator, or to stop its case, is the review fought, no risk from
    // anyone else: "Tempur Sealy sues FTC over Mattress Firm acquisition challenge", "sues to block FTC
    // case".)
    // (Not over a block already made, which the suit fights as a party's risk: "Nippon Steel and U.S.
    // Steel sue Biden administration over blocked merger".)
    // ("Pellix sues government for blocking its sale"; its own "sues to block FTC case" is the suit.)
    const overBlock = ws.slice(i + 1, to).some((x, k) => BLOCK.has(x.lemma) && !(k === 1 && ws[i + 1]?.lower === 'to'));
    const againstRegulator =
      ws[i]!.pos === 'VERB' &&
      !overBlock &&
      (regulatorIn(ws, i + 1, Math.min(to, i + 3)) ||
        (lemmaAt(ws, i + 1) === 'to' && BLOCK.has(lemmaAt(ws, i + 2)) && regulatorIn(ws, i + 3, Math.min(to, i + 5))));
    if (
      r.stage === 'regulatory_review' &&
      SUE.has(ws[i]!.lemma) &&
      !againstRegulator &&
      (ws.slice(from, i).some((x) => x.pos === 'PROPN' || x.pos === 'NOUN') || participle) &&
      ((!regulatorIn(ws, from, i) && !byRegulator) || statesOwn)
    )
      r = { ...r, stage: 'at_risk' };
    // A participle after a comma says what came of the clause before it, and that clause's
    // negation or hedge does not reach it: "would not increase its offer, ending its pursuit" says
    // the pursuit ended. (Other commas do: "did not, as expected, buy Globex".)
    const scope =
      ws[i - 1]?.text === ',' && ws[i]!.pos === 'VERB' && /ing$/.test(ws[i]!.lower) && i - 1 > from ? i : from;
    if (negatedAt(ws, i, scope)) {
      // Who will not sue or block a deal lets it through: "won't challenge the merger", "court refuses to block".
      // (A party that does not oppose a deal "in principle" has not agreed to it: only a public body's
      // not opposing lets it through, "German salt company K+S does not oppose a takeover in principle".)
      const challenge =
        (SUE.has(ws[i]!.lemma) || BLOCK.has(ws[i]!.lemma) || ws[i]!.lemma === 'violate') &&
        !(ws[i]!.lemma === 'oppose' && !publicBodyIn(ws, Math.max(from, i - 6), i));
      // "would not pursue its offer", "decided not to pursue the deal": the bidder walks away.
      // "will not make a firm offer for Anglo American", "does not intend to make an offer for
      // Globex", "will not bid for Globex" (a bidder's statement under the UK code): it walks away.
      // (The verb for a company: "bid for Globex"; "will not offer the phone" is no bid.)
      const made =
        OFFER.has(ws[i]!.lemma) &&
        (has(ws, Math.max(from, i - 3), i, MAKE) || (ws[i]!.pos === 'VERB' && ws[i + 1]?.lower === 'for'));
      const not = find(ws, Math.max(from, i - (made ? 6 : 4)), i, CLEARED_BY_NOT);
      // ("will not proceed with the merger": likewise.)
      // A party not prepared or willing to go on with a deal, or to pay its price, puts it in doubt —
      // a stance, not yet an end: "says it is not prepared to proceed with United Rentals purchase",
      // "says it won't pay $60 a share for Sallie Mae".
      const refusal = find(ws, Math.max(from, i - 4), i, NEGATION_WORDS);
      // (The willingness may be what is read, as a governor like "plans to".)
      // (Or a deal it is not prepared to do: "Sycamore was not prepared to execute a deal at this time".)
      const goOn = (k: number) =>
        ws[k]?.lemma === 'proceed' ||
        COMPLETE.has(ws[k]?.lemma ?? '') ||
        (['execute', 'sign', 'do', 'strike'].includes(ws[k]?.lemma ?? '') && dealAfter(ws, k, 3));
      const stance =
        (lemmaAt(ws, i - 1) === 'to' && WILLING.has(lemmaAt(ws, i - 2)) && goOn(i)) ||
        (WILLING.has(ws[i]!.lemma) && lemmaAt(ws, i + 1) === 'to' && goOn(i + 2));
      const unpaid = ws[i]!.lemma === 'pay' && r.stage === 'agreed';
      if ((stance || unpaid) && refusal >= 0)
        return { stage: 'at_risk', start: negationStart(ws, refusal), end, hedged: false };
      const dropped = (ws[i]!.lemma === 'pursue' && r.stage === 'rumored') || ws[i]!.lemma === 'proceed';
      // An offer not made *yet* is no walking away: "has not made a formal offer, the people said"
      // (the bidder's statement is about what it will do: "will not", "does not intend to").
      const statedIntent =
        not >= 0 &&
        ws
          .slice(Math.max(from, not - 3), i)
          .some((x) => ['will', 'wo', 'would', 'shall', 'intend', 'decide', 'plan', 'expect'].includes(x.lemma));
      // "has no intention of making an offer for BP" (the UK code's statement of a bidder that
      // walks away) — an intention denied, not an offer not made yet.
      const back6 = Math.max(from, i - 6);
      const noIntent = ws
        .slice(back6, i)
        .findIndex((x, k, a) => x.lower === 'no' && ['intention', 'intent'].includes(a[k + 1]?.lemma ?? ''));
      if (made && noIntent >= 0) return { stage: 'terminated', start: back6 + noIntent, end, hedged: false };
      // "won't raise Codemasters offer", "will not increase its bid": the bidder leaves the contest.
      const raised =
        (RAISE.has(ws[i]!.lemma) && has(ws, i + 1, Math.min(to, i + 5), OFFER)) ||
        (OFFER.has(ws[i]!.lemma) && has(ws, Math.max(from, i - 4), i, RAISE));
      if ((dropped || ((made || raised) && statedIntent)) && not >= 0) {
        const first = negationStart(ws, not);
        // (Said by others, the exit is only reported: "Disney won't bid for Twitter, sources say",
        // a risk, as any hedged end is.)
        // (Only attribution: "said it would not pursue" is the company's own statement.)
        const hedged = attributedAfter(ws, first, to);
        return { stage: hedged ? 'at_risk' : 'terminated', start: first, end, hedged };
      }
      if (challenge && not >= 0) {
        const deal = find(ws, i + 1, Math.min(to, i + 7), DEAL_NOUN);
        const first = negationStart(ws, not);
        // A block warned or urged against is a call on whoever decides, which still weighs the deal:
        // "The EU warns Spain not to block €11 billion BBVA-Sabadell mega-merger" (as "urge FTC to block").
        const called = find(ws, Math.max(from, not - 5), not, CALLED_ON);
        if (called >= 0 && ws[called]!.pos === 'VERB' && lemmaAt(ws, not + 1) === 'to')
          return { stage: 'regulatory_review', start: called, end: Math.max(deal, end), hedged: true };
        return { stage: 'approved', start: first, end: Math.max(deal, end), hedged: hedgedAt(ws, first, from, to) };
      }
      // Who will not back, support or accept a deal puts it at risk: "Berlin says it will not support
      // hostile UniCredit takeover of Commerzbank", "board will not recommend the offer".
      const refusing = find(ws, Math.max(from, i - 4), i, NEGATION_WORDS);
      if (ACCEPT.has(ws[i]!.lemma) && refusing >= 0 && (r.stage === 'agreed' || r.stage === 'approved'))
        return { stage: 'at_risk', start: negationStart(ws, refusing), end, hedged: false };
      // (Or will not tender its shares to the bidder: "Acceleron investor Avoro says it won't tender
      // shares to Merck".)
      const tendered = ['share', 'stake', 'its', 'their', 'holding'].includes(lemmaAt(ws, i + 1));
      if (ws[i]!.lemma === 'tender' && ws[i]!.pos === 'VERB' && tendered && refusing >= 0)
        return { stage: 'at_risk', start: negationStart(ws, refusing), end, hedged: false };
      // Remedies a party will not offer leave the review where it threatens the deal: "says it won't
      // offer more concessions to save Honeywell deal", "refuses to offer remedies to EU".
      if (r.stage === 'regulatory_review' && has(ws, i + 1, end + 1, REMEDY) && refusing >= 0)
        return { stage: 'at_risk', start: negationStart(ws, refusing), end, hedged: false };
      // "may not be able to complete its purchase of Globex", "might not close", "says it can no
      // longer complete the deal" (a party's word, not yet a termination): a deal in doubt.
      const doubt = find(ws, Math.max(from, i - 6), i, DOUBT);
      if (doubt >= 0 && COMPLETE.has(ws[i]!.lemma) && has(ws, doubt + 1, i, NEGATION_WORDS))
        return { stage: 'at_risk', start: doubt, end, hedged: false };
      // "is no longer interested in acquiring Globex", "no longer in talks": the pursuit is over.
      const back = Math.max(from, i - 5);
      const noLonger = ws.slice(back, i).findIndex((x, k, a) => x.lower === 'no' && a[k + 1]?.lower === 'longer');
      if (noLonger >= 0 && (r.stage === 'rumored' || r.stage === 'negotiating'))
        return { stage: 'terminated', start: back + noLonger, end, hedged: false };
      // A denial is one predicate; what the clause goes on to say after "and" is another: "has
      // decided not to sell the company and has ended talks with prospective buyers".
      // (Or after a comma, a participle saying what came of it: "would not increase its offer,
      // ending its pursuit".)
      const and = ws
        .slice(end + 1, to)
        .findIndex(
          (x, k, a) =>
            x.lower === 'and' ||
            x.lower === 'but' ||
            (x.text === ',' && a[k + 1]?.pos === 'VERB' && /ing$/.test(a[k + 1]!.lower)),
        );
      if (and >= 0) {
        i = end + 1 + and;
        continue;
      }
      // (Counted where the talks, a plan or an interest are denied, and the clause says no more: a
      // bidder that "will not raise" its offer, a target "not for sale, rebuffs Revlon", are news
      // its first sentence goes on with.)
      const more = ws.slice(end + 1, to).some((x) => x.text === ',' || x.text === ';');
      const raise = RAISE.has(ws[i]!.lemma) || has(ws, Math.max(from, i - 4), i, RAISE);
      // (A deal itself denied is denied too: "denies it will buy Globex".)
      const denial = ws.slice(Math.max(from, i - 5), i).some((x) => x.lemma === 'deny');
      if ((denial || r.stage === 'rumored' || r.stage === 'negotiating') && !raise && !more) denials.count++;
      return null;
    }
    // (A rule that knows its modal is no hedge says so: "said it would buy". A question claims
    // nothing: "Is Acme about to buy Globex?")
    // (Not one that asks why or how it happened, which says it did: "Why Is Pfizer Walking Away From
    // AstraZeneca?")
    const asks = ws[to]?.text === '?' && !['why', 'how'].includes(ws[from]?.lower ?? '');
    // A deal "set to" be done on terms stated is the deal announced, no forecast: "Fifth Third Bancorp
    // is set to acquire Comerica in an all-stock transaction valued at $10.9 billion" (not with
    // sources: "set to buy Globex in a $5bn deal, sources say" is talks).
    const setOnTerms =
      r.stage === 'agreed' &&
      lemmaAt(ws, i - 1) === 'to' &&
      ws[i - 2]?.lemma === 'set' &&
      pricedDealAfter(ws, i + 1) &&
      !ws.slice(scope, to).some((x) => x.lower === 'sources' || x.lower === 'reportedly');
    const hedged = !setOnTerms && ((r.hedge ?? hedgedAt(ws, start, scope, to)) || asks);
    let stage = r.stage;
    if (hedged && stage === 'terminated')
      stage = 'at_risk'; // "considering ending", "could walk away"
    // A block foreseen is the review that may end in one: "EU regulators warn Booking's Etraveli bid
    // may be blocked, sources say" (as a block threatened).
    else if (hedged && stage === 'blocked') stage = 'regulatory_review';
    // "nears a deal", "poised to agree", "…, sources say": an agreement not yet made.
    else if (
      hedged &&
      stage === 'agreed' &&
      !COMPLETE.has(ws[i]!.lemma) && // "deal expected to close in March" is agreed, its closing expected
      !(ws[i]!.lemma === 'wrap' && lemmaAt(ws, i + 1) === 'up') && // (or to wrap up)
      (has(ws, Math.max(from, i - 6), i, NEARLY) || ws.slice(i, to).some((x) => x.lower === 'sources'))
    )
      stage = 'negotiating';
    else if (
      hedged &&
      stage === 'negotiating' &&
      r.hedge !== true &&
      (ws.slice(i, to).some((x) => x.lower === 'sources' || x.lower === 'say') ||
        // (Or one that may come: "the company may soon receive a takeover offer".)
        ws.slice(Math.max(from, i - 5), i).some((x) => ['may', 'might', 'could'].includes(x.lower))) &&
      OFFER.has(ws[i]!.lemma)
    )
      stage = 'rumored';

    return {
      stage,
      start,
      end,
      hedged,
      ...(r.form && stage === r.stage ? { form: r.form } : {}),
      ...(r.tendered && stage === r.stage ? { tendered: true as const } : {}),
    };
  }
  return null;
}

/**
 * Reads the stage one text states: clause by clause, the earliest deal predicate decides,
 * read with its grammar. Null when nothing in it is about a deal's progress.
 */
export function readStage(raw: string, opts: ReadOptions = {}): StageReading | null {
  const r = readStageForm(raw, opts);
  return r ? withoutForm(r) : null;
}

/** A reading without the form it was weighed by. */
export function withoutForm({ form: _form, ...reading }: StageReading & { form?: AnnouncedAs }): StageReading {
  return reading;
}

/**
 * One clause, its background last: a fronted phrase ("After months of talks, Acme agrees to buy
 * Globex", "Despite regulatory concerns, Acme closes Globex deal") or a relative clause ("Acme,
 * which tried to buy Globex last year, returns with new offer") says what led to the news; the
 * words after its comma are the news.
 */
function readSpan(ws: Word[], from: number, to: number): Found | null {
  // (An adverb may open it: "Soon after rumors about a potential takeover began to appear online, …".)
  const first =
    (ws[from]?.pos === 'ADV' && FRONTED.has(ws[from + 1]?.lower ?? '') ? ws[from + 1] : ws[from])?.lower ?? '';
  if (FRONTED.has(first) || first === 'which' || first === 'who' || relativeAt(ws, from)) {
    const comma = ws.slice(from, to).findIndex((x) => x.text === ',');
    if (comma > 0) return readClause(ws, from + comma + 1, to) ?? readClause(ws, from, from + comma);
  }
  return readClause(ws, from, to);
}

/** A relative clause opening at `k`: "which …", or "with which …", "for whom …" (its news is background). */
function relativeAt(ws: Word[], k: number): boolean {
  const w = ws[k]?.lower;
  return w === 'which' || (ws[k]?.pos === 'ADP' && ['which', 'whom'].includes(ws[k + 1]?.lower ?? ''));
}

/**
 * A clause that only answers an offer named before it: a subject of names and common nouns, a verb
 * that accepts or rejects, nothing it acts on ("MCI board accepts", "Globex holders reject").
 */
function answerAfter(ws: Word[], from: number): Found | null {
  let k = from;
  while (
    ws[k] &&
    ['PROPN', 'NOUN', 'DET', 'ADV'].includes(ws[k]!.pos) &&
    !ACCEPT.has(ws[k]!.lemma) &&
    !REJECT.has(ws[k]!.lemma)
  )
    k++;
  const verb = ws[k];
  // (A refusal in two words: "…, Globex says no".)
  const saysNo = verb?.lemma === 'say' && ws[k + 1]?.lower === 'no';
  if (!verb || k === from || !(ACCEPT.has(verb.lemma) || REJECT.has(verb.lemma) || saysNo)) return null;
  let end = saysNo ? k + 2 : k + 1;
  // (Past an adverb, or the offer named again: "Data Domain board backs it", "…; Globex rejects the
  // bid", "…; Salix board backs higher bid".)
  if (['it', 'them'].includes(ws[end]?.lower ?? '')) end++;
  else if (!saysNo) {
    // (Up to three words describe it, a name left capitalized in title case among them: "Higher".)
    let j = ws[end]?.pos === 'DET' ? end + 1 : end;
    const describing = (x: Word | undefined) =>
      !!x && (['ADJ', 'PROPN'].includes(x.pos) || (x.pos === 'VERB' && x.lower.endsWith('ed')));
    while (j < end + 4 && describing(ws[j])) j++;
    if (OFFER.has(ws[j]?.lemma ?? '')) end = j + 1;
  }
  while (ws[end]?.pos === 'ADV') end++;
  if (end < ws.length && !CLAUSE_END.test(ws[end]!.text)) return null;
  return { stage: ACCEPT.has(verb.lemma) ? 'agreed' : 'at_risk', start: from, end: saysNo ? k + 1 : k, hedged: false };
}

export interface ReadOptions {
  /** Also read who the transaction is done to and by whom (`object`, `subject`): deals ask it, grouping does not. */
  parties?: boolean;
}

/** `readStage`, and how a transaction verb that decided it announced the deal (for `classifyStage`). */
export function readStageForm(raw: string, opts: ReadOptions = {}): (StageReading & { form?: AnnouncedAs }) | null {
  // The reader runs inside every poll (grouping asks it of each headline): a text it fails on must
  // not fail the poll of every feed that carries it, at every retry. It is read as saying nothing,
  // and counted (`newsbot_reader_failures_total`), so a bug shows without losing news.
  try {
    return readStageUnguarded(raw, opts);
  } catch (e) {
    readerFailures.count++;
    readerFailures.lastError = (e as Error).message;
    return null;
  }
}

/** What an offer does as it ends by itself: "as offer lapses", "as bid collapses". */
const LAPSED = new Set(['lapse', 'collapse', 'fail', 'expire']);

/**
 * A share below half stated before a stake between `from` and `to`: "up to 24.99 pc stake", "a 20%
 * holding", "as much as 24.99% of Yes Bank's paid-up share capital".
 */
function minorStakeIn(ws: Word[], from: number, to: number): boolean {
  const held = (x: Word) => STAKE.has(x.lemma) || STAKE.has(x.lower) || x.lemma === 'capital';
  for (let j = from; j < to; j++) {
    const n = shareAt(ws, j);
    if (n !== undefined && n < 50 && ws.slice(j + 1, Math.min(to, j + 12)).some(held)) return true;
  }
  return false;
}

/** Whether the sentence holding `at` opens "As (previously | earlier) announced / disclosed / reported". */
function retoldSentence(ws: Word[], at: number): boolean {
  const opens = sentenceOpens(ws, at);
  if (ws[opens]?.lower !== 'as') return false;
  const k = ['previously', 'earlier', 'already'].includes(ws[opens + 1]?.lower ?? '') ? opens + 2 : opens + 1;
  return ['announce', 'disclose', 'report'].includes(ws[k]?.lemma ?? '') && /ed$/u.test(ws[k]!.lower) && k < at;
}

/**
 * Talks, plans and interest the reader found denied ("denies being in talks to buy", "is not in
 * talks", "denies plans to make offer"), counted as read: a caller that reads a text and finds nothing tells a
 * denial from silence by the count moving (`classifyStage`: a headline's denial is its news, and
 * its first sentence's account of the rumour denied is not read as the rumour).
 */
export const denials = { count: 0 };

/** Texts the reader failed on since start, for metrics: the count and the last error's message (never the text). */
export const readerFailures = { count: 0, lastError: '' };

function readStageUnguarded(raw: string, opts: ReadOptions): (StageReading & { form?: AnnouncedAs }) | null {
  const shown = normalizeWireStyle(raw);
  if (!shown) return null;
  // (Read in sentence case, shown as written: the two have the same offsets.)
  // (Names become one word only where case tells them: in title case every word is capitalized.)
  const read = sentenceCased(shown);
  const ws = withLemmas(analyse(read), isTitleCase(shown) ? undefined : read);
  const text = shown;
  let from = 0;
  // (Looked for once: few texts hold a report "that …", and the check below runs per reading.)
  const reportsThat = ws.some((x, k) => ws[k + 1]?.lower === 'that' && NOT_NEWS.has(x.lower.replace(/s$/u, '')));
  for (let i = 0; i <= ws.length; i++) {
    if (i < ws.length && !CLAUSE_END.test(ws[i]!.text) && !(ws[i]!.text === ',' && relativeAt(ws, i + 1))) continue;
    let found = readSpan(ws, from, i);
    // A report of a deal that the sentence goes on to deny is no news of it: "Reports that TUI AG
    // … is preparing to buy the remaining 46% have been denied".
    // (From the sentence's start, past a relative clause: the report may open it.)
    if (found && reportsThat) {
      const opens = sentenceOpens(ws, found.start);
      const reported = ws.findIndex(
        (x, k) =>
          k >= opens && k < opens + 3 && NOT_NEWS.has(x.lower.replace(/s$/u, '')) && ws[k + 1]?.lower === 'that',
      );
      const sentenceEnd = sentenceEnds(ws, found.end);
      const deniedAt = ws.findIndex(
        (x, k) => k > found!.end && k < sentenceEnd && ['deny', 'dismiss'].includes(x.lemma) && /ed$/u.test(x.lower),
      );
      if (reported >= 0 && deniedAt > 0) {
        denials.count++;
        found = null;
      }
    }
    // A sentence that opens "As previously announced" retells what was news before: "As previously
    // announced, on May 28, 2024, Marathon Oil Corporation entered into an Agreement and Plan of
    // Merger…" (a filing's background to the second request it reports).
    if (found && retoldSentence(ws, found.start)) found = null;
    // A regulator's leave for a minority stake, its share stated, is no takeover's: "Japan's SMBC gets
    // RBI's nod to acquire up to 24.99 pc stake in Yes Bank" (a majority, or a stake unstated, is).
    if (found?.stage === 'approved' || found?.stage === 'regulatory_review') {
      // (To the sentence's end: a bracket may close the clause first, "(SMBC) to acquire … 24.99% of".)
      if (minorStakeIn(ws, found.start, sentenceEnds(ws, found.end))) found = null;
    }
    // An offer raised or made, and after a comma the board's backing won: the agreement is the news
    // ("KKR raises Spectris offer to £41.75 a share, wins board backing").
    if (found?.stage === 'negotiating') {
      // (Or after "and": "Morrisons sweetens Safeway offer and wins board backing".)
      const comma = ws.findIndex((x, k) => k > found!.end && k < i && (x.text === ',' || x.lower === 'and'));
      const rest =
        comma > 0 && !['which', 'who', 'that'].includes(ws[comma + 1]?.lower ?? '') ? readSpan(ws, comma + 1, i) : null;
      // (Or its holders' backing: "Cisco sweetens Tandberg bid to $3.4 billion, holders back deal".)
      if ((rest?.stage === 'agreed' || rest?.stage === 'approved') && !rest.hedged) found = rest;
      // And in the next clause its answer, the offer understood: "Verizon raises MCI bid again to
      // $8.4 billion; MCI board accepts" (agreed; "…; Globex rejects" puts it at risk).
      // (Or after a comma: "Acme sweetens bid, Globex says no".)
      const answer =
        ws[i]?.text === ';'
          ? answerAfter(ws, i + 1)
          : comma > 0 && ws[comma]!.text === ','
            ? answerAfter(ws, comma + 1)
            : null;
      if (answer) found = answer;
      // A bidder told it "should" pay more has a price the other side turns down: "Oracle Corp should
      // raise its offer to buy NetSuite Inc to $133 per share …, NetSuite shareholder T. Rowe Price said".
      const raise = find(ws, Math.max(from, found.start - 4), found.end + 1, RAISE);
      if (raise > 0 && ['should', 'must'].includes(lemmaAt(ws, raise - 1)))
        found = { ...found, start: raise - 1, stage: 'at_risk' };
      // And after "but" its refusal: "said it offered to buy Tribune Publishing Co, but the owner of
      // the Los Angeles Times refused to begin "constructive" talks".
      // (Or after "although": "made a surprise $143 billion offer for Unilever Plc …, although it was
      // flatly rejected on Friday".)
      const but = ws.findIndex((x, k) => k > found!.end && k < i && ['but', 'although', 'though'].includes(x.lower));
      const refused =
        but > 0 ? ws.findIndex((x, k) => k > but && k < Math.min(i, but + 10) && REFUSE.has(x.lemma)) : -1;
      if (found.stage === 'negotiating' && refused > 0 && ws[refused]!.pos === 'VERB')
        found = { ...found, start: refused, end: refused, stage: 'at_risk' };
    }
    // An approval told "with the deal" since closed is the deal done: "The European Commission
    // "unconditionally" approved Nokia's takeover of the San Jose-based firm, with the deal officially
    // closed on February 28".
    if (found?.stage === 'approved') {
      const to = sentenceEnds(ws, found.end);
      const withAt = ws.findIndex((x, k) => k > found!.end && k < to && x.lower === 'with' && ws[k - 1]?.text === ',');
      const deal = withAt > 0 ? find(ws, withAt + 1, withAt + 4, DEAL_NOUN) : -1;
      const done = deal > 0 ? ws.slice(deal + 1, deal + 4).findIndex((x) => COMPLETE.has(x.lemma) && isPast(x)) : -1;
      if (done >= 0) found = { ...found, end: deal + 1 + done, stage: 'completed' };
    }
    // A rejection "as" the offer lapses or collapses is its end: "Mediobanca investors reject Banca
    // Generali swap as offer lapses".
    if (found?.stage === 'at_risk') {
      // (The phrase read may already reach past "as offer": from its start.)
      const as = ws.findIndex((x, k) => k > found!.start && k < i && x.lower === 'as');
      const ends = as > 0 ? ws.slice(as + 1, Math.min(i, as + 5)).findIndex((x) => LAPSED.has(x.lemma)) : -1;
      if (ends >= 0 && has(ws, as + 1, as + 1 + ends, OFFER))
        found = { ...found, end: as + 1 + ends, stage: 'terminated' };
    }
    // A tender or offer extended "as" a regulator's review goes on is waiting on the review: "Roche
    // extends Spark tender offer again as FTC review drags on".
    if (found?.stage === 'negotiating' && has(ws, Math.max(from, found.start - 4), found.start + 1, EXTENDED)) {
      const as = ws.findIndex((x, k) => k > found!.end && k < i && x.lower === 'as');
      const probe = as > 0 ? find(ws, as + 1, i, PROBE) : -1;
      if (probe >= 0 && regulatorIn(ws, as + 1, i)) found = { ...found, end: probe, stage: 'regulatory_review' };
    }
    // A deal delayed by a regulator's review, or "as" it goes on, is waiting on the review: "Bain's
    // Hitachi Metals tender offer delayed again by antitrust reviews" (delayed by anything else, a risk).
    if (found?.stage === 'at_risk' && DELAYED.has(ws[found.start]!.lemma)) {
      // (Past when: "could be delayed beyond the third quarter over antitrust concerns".)
      const cause = ws.findIndex(
        (x, k) =>
          k > found!.start &&
          k < Math.min(i, found!.start + 8) &&
          ['by', 'as', 'amid', 'pending', 'over'].includes(x.lower),
      );
      const probe = cause > 0 ? find(ws, cause + 1, Math.min(i, cause + 5), PROBE) : -1;
      const whose = probe > 0 && (regulatorIn(ws, cause + 1, probe + 1) || has(ws, cause + 1, probe, REVIEW_KIND));
      // (Or its concerns: "over antitrust concerns".)
      const concern =
        cause > 0 && has(ws, cause + 1, cause + 3, REVIEW_KIND)
          ? ws.findIndex((x, k) => k > cause && k < cause + 4 && x.lemma === 'concern')
          : -1;
      if (whose || concern > 0) found = { ...found, end: whose ? probe : concern, stage: 'regulatory_review' };
    }
    // A company won, and "as" the bid goes unconditional or control passes, is bought: "Granada wins
    // Forte as bid goes unconditional" (the contest won alone is the deal agreed).
    if (found?.stage === 'agreed' && ws[found.start]?.lemma === 'win') {
      const as = ws.findIndex((x, k) => k > found!.end && k < i && x.lower === 'as');
      const how = as > 0 ? readSpan(ws, as + 1, i) : null;
      if (how?.stage === 'completed' && !how.hedged) found = { ...found, end: how.end, stage: 'completed' };
    }
    if (found) {
      const a = ws[found.start]!.at;
      let b = ws[found.end]!.at + ws[found.end]!.text.length;
      // A word the tagger split at its hyphens is shown whole: "tie-up", not "tie".
      for (
        let k = found.end + 1;
        ws[k + 1] && ws[k]!.text === '-' && ws[k]!.at === b && ws[k + 1]!.at === b + 1;
        k += 2
      )
        b = ws[k + 1]!.at + ws[k + 1]!.text.length;
      // (Only where case tells names: not in capitals, not in title case.)
      // (Where case tells no names, what is bought and sold is read as words, not as names.)
      const caseless = lowered(ws) || isTitleCase(shown);
      let who = !opts.parties
        ? {}
        : caseless
          ? caselessPartiesOf(ws, found, i, text)
          : partiesOf(ws, found, from, i, text);
      // (A part sold as a remedy is sold for the deal under review, whoever buys it: "agrees to sell
      // more stores to win FTC nod for Rite Aid deal".)
      if ('sale' in who && !('subject' in who) && found.stage === 'regulatory_review') who = {};
      return {
        stage: found.stage,
        phrase: text.slice(a, b),
        hedged: found.hedged,
        ...who,
        ...(found.form ? { form: found.form } : {}),
        ...(found.tendered && found.stage === 'completed' ? { tendered: true as const } : {}),
      };
    }
    from = i + 1;
  }
  return null;
}

const BECAME = /\b(?:now|becomes?|became)\b[^.;]{0,30}?\b(?:part|subsidiary|unit|division) of\b/i;
/**
 * The phrasal verbs the reader knows, whose words alone are too common for the lexicon: "takes over",
 * "snaps up", "walks away", "pulls out", "bows out", "goes private", "talks fall apart".
 */
const PHRASAL =
  /\b(?:(?:tak(?:e|es|en|ing)|took)\s+(?:over|(?:full\s+|complete\s+|majority\s+)?control\s+of)|(?:snap|gobbl|scoop)\w*\s+up|walk\w*\s+away|(?:pull|bow|back)\w*\s+out|backs?\s+away|backed\s+away|(?:go|goes|going|gone|went)\s+private|(?:fall|falls|fell|fallen|falling)\s+(?:apart|through))\b/iu;

/**
 * Whether any word of a text could be a deal predicate, by its ending alone: most headlines
 * are not about deals, and this spares them the language model (grouping reads every item).
 */
export function mayReportDeal(text: string): boolean {
  // (What a company has become names no deal word: "Globex is now part of Acme".)
  if (BECAME.test(text) || PHRASAL.test(text)) return true;
  for (const w of text.toLowerCase().match(/[a-z][a-z-]*/g) ?? []) {
    if (LEXICON.has(w) || IRREGULAR.has(w) || DEAL_NOUN.has(w)) return true;
    const stem = w.replace(/(?:ing|ed|es|s)$/, '');
    if (
      LEXICON.has(stem) ||
      LEXICON.has(`${stem}e`) ||
      DEAL_NOUN.has(stem) ||
      LEXICON.has(stem.replace(/(.)\1$/, '$1'))
    )
      return true;
  }
  return false;
}

/**
 * The development a headline reports, for telling one development of a deal from the next:
 * rumours and talks are one (outlets word the same report either way), every later stage its
 * own. Null when the headline reports no deal development.
 */
export function developmentOf(headline: string): string | null {
  if (!mayReportDeal(headline)) return null;
  const r = readStage(headline);
  if (!r) return null;
  return r.stage === 'rumored' || r.stage === 'negotiating' ? 'talks' : r.stage;
}

/**
 * Whether a text (in mixed case, with its names) that the reader found no stage in uses a
 * transaction verb: "purchased drilling equipment from Globex Inc", "sold 50 mln dlrs of Globex
 * notes". `classifyStage` asks it of a first sentence it has already read, under a headline in
 * capitals.
 */
export function transactionNotDeal(raw: string): boolean {
  if (!/\p{Ll}/u.test(raw)) return false;
  const ws = withLemmas(analyse(normalizeWireStyle(raw)));
  // (Not a stake, which the headline's capitals would have said as plainly: "agreed to buy a 40%
  // stake from Temasek and to raise it to at least 73.8%" under "MUFG TO BUY UP TO 73.8% OF BANK
  // DANAMON".)
  const stake = (i: number) => {
    for (let k = i + 1; k < Math.min(ws.length, i + 6); k++) {
      // (Or a share named in words: "the half of Mexico's Grupo Modelo it does not already own".)
      if (STAKE.has(ws[k]!.lemma) || ['%', 'pct', 'half', 'rest', 'remainder', 'majority'].includes(ws[k]!.lower))
        return true;
      if (ws[k]!.text === ',' || CLAUSE_END.test(ws[k]!.text) || ws[k]!.pos === 'VERB') return false;
    }
    return false;
  };
  return ws.some((w, i) => w.pos === 'VERB' && TRANSACT.has(w.lemma) && !stake(i));
}
