import {
  denials,
  readStage,
  readStageForm,
  transactionNotDeal,
  withoutForm,
  type StageReading,
} from '../language/read-stage.ts';
import { sentences } from '../language/sentences.ts';
import { isTitleCase } from '../language/title-case.ts';

export type { StageReading } from '../language/read-stage.ts';

/** The deal itself named in a phrase that ends it. */
const DEAL_ENDED = /\b(?:acquisition|merger|takeover|buyout|deal|agreement)s?\b/iu;

/** A bid named by its noun after "on" or "after", the cause of something else: "…skyrockets after Murata's buyout bid". */
const BID_CAUSE = /\b(?:on|after|following)\b[^,;]*\b(?:bid|offer|proposal)$/iu;

/** A plan told with the price of a deal: "plans to buy Arm Holdings for $40 billion", "in a deal worth up to $40 billion". */
const PRICED_PLAN =
  /\bplans?\s+to\s+(?:buy|acquire|purchase|sell)\b(?:[^.;]|\.(?=\S))*?\b(?:for\s+(?:about\s+|around\s+|up\s+to\s+)?(?:US)?[$€£¥]|in\s+a\s+deal\s+(?:worth|valued))/iu;

/** A buyer's plan to buy, in its headline's words: "plans to buy", "intends to acquire". */
/** A plan made public: "have announced plans to combine", "unveiled a plan to merge". */
const ANNOUNCED_PLAN = /\b(?:announc|unveil)\w*\s+(?:its\s+|their\s+|a\s+)?plans?\s+to\b/iu;
const PLANNED = /\b(?:plans?|planning|intends?|intending|wants?)\s+to\b/iu;

/** A completion told in the headline's present: "completes £2.5bn Chelsea deal", "closes Globex buy". */
const PRESENT_COMPLETION = /^(?:completes|closes|finalises|finalizes|concludes|wraps up)\b/iu;

/** A bid raised: "raises Morrisons bid", "sweetens offer". */
const RAISED =
  /\b(?:raise[sd]?|sweeten(?:s|ed)?|ups|upped|lift(?:s|ed)?|increase[sd]?|improve[sd]?|boost(?:s|ed)?)\b/iu;
/** A board's backing, as the reader phrases it: "recommends …", "backs", "supports". */
const BACKED = /\b(?:recommend|back|support|endorse|accept)\w*/iu;

/** The words of a bid turned down: "rejected", "rebuffed", "spurned", "turned down". */
const TURNED_DOWN = String.raw`(?:reject|rebuff|spurn|refus|turn(?:s|ed)?\s+down|declin)`;
/** A bid's answer that turns it down, as the reader phrases it. */
const REJECTED = new RegExp(String.raw`\b${TURNED_DOWN}\w*`, 'iu');
/** A bid turned down in the same sentence, after a concession: "…, although it was flatly rejected". */
/** (Or in the passive, as news, not as background: "A bid to buy … has been rejected by the board", not "had been".) */
const ANSWERED = new RegExp(
  String.raw`\b(?:but|although|though)\b[^.;]*?\b${TURNED_DOWN}|\b(?:has\s+been|have\s+been|was|were)\s+(?:\w+ly\s+)?${TURNED_DOWN}`,
  'iu',
);

/** A headline's verb that seals or clinches a deal, at its agreement or its closing. */
const SEALED = /\b(?:seal|seals|sealed|sealing|clinch|clinches|clinched)\b/iu;

/** A closing foreseen, as the reader phrases it: "close", "complete", "be completed". */
const FORESEEN_CLOSING = /^(?:to\s+)?(?:be\s+)?(?:close[sd]?|complete[sd]?)\b/iu;

/** A review told as over: "investigated", "probed", "reviewed". */
const REVIEW_DONE = /^(?:investigated|probed|reviewed|examined|scrutini[sz]ed)\b/iu;

/** A deal's readings say who the transaction is done to and by whom, for `aboutDeal`. */
const WHO = { parties: true };

/**
 * Reads the stage a report describes, from its headline first and the first two sentences of
 * its summary second. Returns null when it says nothing about the deal's progress (earnings, a
 * product launch, layoffs) or denies what it mentions ("denies being in talks").
 */
export function classifyStage(title: string, summary = ''): StageReading | null {
  // (A company's suffix ends no sentence: "Acme Corp. (NYSE: ACM) is shopping again.".)
  const lead = sentences(summary).slice(0, 2).join(' ');
  const denied = denials.count;
  const found = title.trim() ? readStageForm(title, WHO) : null;
  // A headline that denies a deal is the news; its first sentence tells the rumour it denies
  // ("Hermes denies plans to make offer for Mulberry" over "…denies having had any contact with or
  // planning to acquire the company Mulberry").
  if (!found && denials.count > denied) return null;
  if (found?.stage === 'agreed' && found.form && lead.trim()) {
    // A headline's transaction verb compresses what its first sentence says exactly. Its present
    // tense ("ACME BUYS GLOBEX UNIT", "Acme sells unit") is read as an agreement announced, but
    // wire copy writes a done deal that way too: when the first sentence says it is done ("said
    // it bought", "completed the sale"), that decides. Its infinitive ("ALLEGHENY TO SELL
    // SUNBEAM UNIT") is an agreement or only a plan: "said it plans to sell" is the plan.
    // (Not a modal describing the deal: "would combine the biggest US chip designer with…".)
    const body = readStageForm(lead, WHO);
    // (Not a plan told with a deal's price: "Nvidia said it plans to buy Britain's Arm Holdings for $40
    // billion" under "Nvidia to buy rival chipmaker Arm from Softbank for $40B" is the agreement.)
    const priced = body?.form === 'intent' && PRICED_PLAN.test(lead);
    // (Nor a plan announced, which is the deal made public: "Sony Pictures Networks India and Zee to
    // merge" over "…have announced plans to combine both companies' linear networks".)
    const announced = body?.form === 'intent' && ANNOUNCED_PLAN.test(lead);
    if (
      body &&
      (found.form === 'present' ? body.stage === 'completed' : body.form === 'intent' && !priced && !announced)
    )
      return withoutForm(body);
    // (Its present over a first sentence that says a regulator approved the deal is that approval:
    // "Google acquires cloud security firm Wiz following EC approval" over "The European Commission
    // has approved Google's acquisition of Wiz".)
    if (body && found.form === 'present' && body.stage === 'approved' && !body.hedged) return withoutForm(body);
    // A headline in capitals or title case has lost the case that tells a company from its products
    // ("ACME BUYS GLOBEX EQUIPMENT", "Acme to Buy 40 Locomotives from Globex"); a first sentence
    // that has it, and whose own transaction verb is no deal ("purchased drilling equipment from
    // Globex Inc"), decides.
    if (!body && (!/\p{Ll}/u.test(title) || isTitleCase(title)) && transactionNotDeal(lead)) return null;
  }
  // A deal a headline says was sealed or clinched is agreed or done: the press seals a deal at either
  // end ("Skydance seals $8 billion merger with Paramount" over "Skydance finalised an $8 billion
  // merger with Paramount"). A first sentence that says it was completed decides.
  if (found?.stage === 'agreed' && SEALED.test(found.phrase) && lead.trim()) {
    const body = readStage(lead, WHO);
    if (body?.stage === 'completed' && !body.hedged) return body;
  }
  // A closing the headline foresees says only that the deal is pending ("The Vodafone-Three merger is
  // expected to close during the first half of next year"); a first sentence that says its regulators
  // let it through ("…has decided Vodafone's merger with Three should be allowed to proceed") is more
  // exact. (Not one that tells a review: "The FTC sued to block the deal, announced in 2023" is
  // background to a closing set for Wednesday.)
  if (found?.stage === 'agreed' && FORESEEN_CLOSING.test(found.phrase) && lead.trim()) {
    const body = readStage(lead, WHO);
    if (body?.stage === 'approved' && !body.hedged) return body;
    // (Or says it is done: "Tempur Sealy to Become Somnigroup After Mattress Firm Deal Closes" over
    // "…is rebranding to Somnigroup International after closing its $5 billion acquisition".)
    if (body?.stage === 'completed' && !body.hedged) return body;
  }
  // An approval headlined, and the deal done in the first sentence after it, is the deal done: "The
  // UK's Competition and Markets Authority (CMA) has approved Aviva's £3.7bn acquisition of Direct
  // Line" over "The acquisition is effective as of yesterday (1 July)". (Not another deal's: its
  // object, where it names one, is the headline's.)
  if (found?.stage === 'approved' && lead.trim()) {
    const body = readStage(lead, WHO);
    const same =
      body?.object === undefined || title.toLowerCase().includes(body.object.split(/\s+/u)[0]!.toLowerCase());
    if (body?.stage === 'completed' && !body.hedged && same) return body;
  }
  // (So does a review the headline tells as over, "How we investigated the Vodafone / Three merger",
  // to a first sentence that tells its outcome: "Why the CMA has cleared the Vodafone / Three merger".)
  if (found?.stage === 'regulatory_review' && REVIEW_DONE.test(found.phrase) && lead.trim()) {
    const body = readStage(lead, WHO);
    if ((body?.stage === 'approved' || body?.stage === 'blocked') && !body.hedged) return body;
  }
  // A headline's bare passive ("Hostess swallowed by Smucker in $5.6 billion deal") reads as done;
  // a first sentence that says the deal is only agreed ("said it would buy") is more exact.
  // (So does a headline's present-tense completion: "Boehly group completes £2.5bn Chelsea deal" over
  // "Chelsea have confirmed that terms for the club's sale have been agreed".)
  const completes = found?.stage === 'completed' && PRESENT_COMPLETION.test(found.phrase);
  if (found?.stage === 'completed' && (found.form === 'present' || completes) && lead.trim()) {
    const body = readStage(lead, WHO);
    if (body?.stage === 'agreed' && !body.hedged) return body;
  }
  // A headline's interest ("ROYAL DUTCH SEEKS REST OF SHELL OIL") gives way to a first sentence
  // that states the bid or the talks ("said it will offer 58 dlrs a share"): the same
  // development, said more exactly.
  if (found?.stage === 'rumored' && lead.trim()) {
    const body = readStage(lead, WHO);
    if (body?.stage === 'negotiating') return body;
    // (And a headline's plan or wish to buy, to a first sentence that says the plan was announced or
    // the deal agreed: "Kroger plans to buy Albertsons" over "Kroger announced plans to buy Albertsons",
    // "HPE wants to acquire network specialist Juniper" over "…has now officially announced that it
    // plans to acquire Juniper Networks".)
    // (A plan, not any interest: "board weighs rejecting Musk's offer" is no purchase planned.)
    if (found.form === 'intent' && PLANNED.test(found.phrase) && body?.stage === 'agreed' && !body.hedged) return body;
  }
  // A headline's bid named only as a noun ("Resonant's stock skyrockets … after Murata's buyout
  // bid") gives way to a first sentence that says it was agreed ("…announced an agreement to be
  // acquired by Murata"): the same development, said exactly.
  // (Only a bid the headline tells as the cause of something else, after "on" or "after": "makes
  // rival bid" is the bid's own news, and a first sentence's agreed deal may be another's.)
  const bid =
    found?.stage === 'negotiating' && lead.trim() ? title.toLowerCase().lastIndexOf(found.phrase.toLowerCase()) : -1;
  const cause = bid >= 0 && BID_CAUSE.test(title.slice(0, bid + found!.phrase.length));
  if (cause) {
    const body = readStage(lead, WHO);
    if (body?.stage === 'agreed' && !body.hedged) return body;
  }
  // A bid raised in the headline, whose first sentence says the board recommends it, is agreed:
  // "Fortress-led consortium raises Morrisons bid to £6.7bn" over "The supermarket's board … recommends
  // unanimously that Morrisons shareholders vote in favour of the deal".
  if (found?.stage === 'negotiating' && !found.hedged && lead.trim() && RAISED.test(title)) {
    const body = readStage(lead, WHO);
    if (body?.stage === 'agreed' && !body.hedged && BACKED.test(body.phrase) && !/\b(?:rival|competing)\b/iu.test(lead))
      return body;
  }
  // A headline's bid gives way to a first sentence that says it was turned down ("Kraft Heinz bids $143
  // billion for Unilever" over "…, although it was flatly rejected on Friday"): the bid's answer.
  if (found?.stage === 'negotiating' && !found.hedged && lead.trim()) {
    const body = readStage(lead, WHO);
    // (Its answer, after "but" or "although" — not earlier approaches rebuffed, told as the bid's
    // background: "…hostile bid after Canadian Oil Sands rebuffed earlier approaches".)
    if (body?.stage === 'at_risk' && !body.hedged && REJECTED.test(body.phrase) && ANSWERED.test(lead)) return body;
  }
  // A headline's risk ("Zendesk shareholders reject Momentive deal") gives way to a first sentence
  // that says the deal ended ("…and the companies terminated their merger agreement"): the same
  // development, its outcome said.
  if (found?.stage === 'at_risk' && lead.trim()) {
    const body = readStage(lead, WHO);
    // (The deal's end, by its name: not a proposal around it voted down, "Conrail holders reject
    // CSX's bid to opt out of state takeover law" over "…voted down a proposal that would have…".)
    if (body?.stage === 'terminated' && !body.hedged && DEAL_ENDED.test(body.phrase)) return body;
  }
  if (found) return withoutForm(found);
  return lead.trim() ? readStage(lead, WHO) : null;
}
