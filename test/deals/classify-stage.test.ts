import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, normalizeWireStyle } from '../../src/language/analyse.ts';
import { classifyStage } from '../../src/deals/classify-stage.ts';
import { buildTimeline, type DealEvidence } from '../../src/deals/deal-timeline.ts';
import { aboutDeal, isEvidence, readingAbout, unmerged } from '../../src/deals/deal.ts';
import { canMove, type Stage } from '../../src/deals/stages.ts';

interface Fixture {
  deals: {
    id: string;
    parties: string[];
    final: Stage;
    events: { date: string; stage: Stage; title: string; summary: string }[];
  }[];
  noise: { deal: string; date: string; title: string; summary: string }[];
}
const fixture = JSON.parse(
  fs.readFileSync(new URL('../fixtures/deal-events.json', import.meta.url), 'utf8'),
) as Fixture;

const evidence = (id: string, date: string, title: string, summary: string): DealEvidence => ({
  id,
  publishedAt: Date.parse(date),
  headline: title,
  summary,
  sources: [{ n: 1, outlet: 'Outlet', url: null }],
});

/** A report read for the deal between two parties named as written, as the deal book reads it. */
const readFor = (a: string, b: string, headline: string, lead = '') =>
  readingAbout({ parties: [a, b].map((name) => ({ name, aliases: [] })) }, headline, lead, classifyStage);
/** A first sentence alone read for that deal: a roundup's sentence, an item whose headline names no one. */
const leadFor = (a: string, b: string, lead: string) => readFor(a, b, '', lead);

describe('reading deal stages from the news (labelled set)', () => {
  it('has the size the measurement needs', () => {
    expect(fixture.deals.length).toBeGreaterThanOrEqual(12);
    expect(fixture.deals.flatMap((d) => d.events).length).toBeGreaterThanOrEqual(60);
    expect(fixture.noise.length).toBeGreaterThanOrEqual(15);
  });

  it('classifies at least 90% of headlines right, every deal ends at the right stage, and no noise item moves a stage', () => {
    const events = fixture.deals.flatMap((d) => d.events.map((e) => ({ deal: d.id, ...e })));
    const wrong = events
      .filter((e) => classifyStage(e.title, e.summary)?.stage !== e.stage)
      .map(
        (e) =>
          `${e.deal}: "${e.title}" → ${classifyStage(e.title, e.summary)?.stage ?? 'nothing'}, labelled ${e.stage}`,
      );
    const accuracy = 1 - wrong.length / events.length;
    const finals = fixture.deals.map((d) => {
      const ev = [
        ...d.events.map((e, i) => evidence(`${d.id}-${i}`, e.date, e.title, e.summary)),
        ...fixture.noise
          .filter((n) => n.deal === d.id)
          .map((n, i) => evidence(`${d.id}-noise-${i}`, n.date, n.title, n.summary)),
      ];
      return { id: d.id, expected: d.final, got: buildTimeline(ev).stage };
    });
    const noiseMoves = fixture.deals.flatMap((d) => {
      const ev = d.events.map((e, i) => evidence(`${d.id}-${i}`, e.date, e.title, e.summary));
      const withNoise = [
        ...ev,
        ...fixture.noise
          .filter((n) => n.deal === d.id)
          .map((n, i) => evidence(`noise-${i}`, n.date, n.title, n.summary)),
      ];
      return buildTimeline(withNoise)
        .entries.filter((e) => e.moved && e.evidenceId.startsWith('noise-'))
        .map((e) => `${d.id}: ${e.headline}`);
    });
    const noiseRead = fixture.noise.filter((n) => classifyStage(n.title, n.summary) !== null).length;
    console.log(
      `deal stages: ${events.length - wrong.length}/${events.length} headlines right (${(accuracy * 100).toFixed(1)}%), ` +
        `${finals.filter((f) => f.got === f.expected).length}/${finals.length} final stages right, ` +
        `${noiseMoves.length}/${fixture.noise.length} noise items moved a stage (${noiseRead} read as a stage at all)` +
        (wrong.length ? `\n  misread:\n    ${wrong.join('\n    ')}` : ''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
    expect(finals.filter((f) => f.got !== f.expected)).toEqual([]);
    expect(noiseMoves).toEqual([]);
  });
});

describe('reading one report', () => {
  it('records the phrase behind the stage, and whether it was hedged', () => {
    expect(classifyStage('Microsoft said to consider ending negotiations with OpenAI')).toEqual({
      stage: 'at_risk',
      phrase: 'ending negotiations',
      hedged: true,
    });
    expect(classifyStage('Adobe and Figma abandon $20 billion deal, citing regulators')).toEqual({
      stage: 'terminated',
      phrase: 'abandon $20 billion deal',
      hedged: false,
    });
    expect(classifyStage('Microsoft could walk away from OpenAI talks')?.stage).toBe('at_risk');
    expect(classifyStage('Wiz walks away from Google offer')?.stage).toBe('terminated');
  });

  it('a denial or a negation changes nothing', () => {
    expect(classifyStage('Apple denies being in talks to buy Perplexity')).toBeNull();
    expect(classifyStage('Intel says it is not in talks with Qualcomm')).toBeNull();
    expect(classifyStage('SoftBank rules out a bid for Arm rival')).toBeNull();
  });

  it('a report that mentions the parties without being about the deal reads as nothing', () => {
    for (const t of [
      'Microsoft to cut about 9,000 jobs in latest round of layoffs',
      'Microsoft unveils a cheaper 13-inch Surface Laptop',
      'Adobe reports record quarterly revenue',
    ]) {
      expect(classifyStage(t)).toBeNull();
    }
  });
});

describe('reading the grammar of deal news, as wire copy and other writers put it', () => {
  // Each row: a wording the first (phrase-list) reader missed, and the stage an analyst gives it.
  it.each([
    ['Acme buys Globex', 'agreed'],
    ['Acme acquires Globex for $4.2bn', 'agreed'],
    ['Acme said it has purchased Globex', 'completed'],
    ['Acme completed the sale of its Globex unit to Initech', 'completed'],
    ['Acme signed a letter of intent to purchase Globex', 'agreed'],
    ['Acme entered into an agreement to acquire Globex', 'agreed'],
    ['Acme and Globex agreed in principle to merge', 'agreed'],
    ['Acme to buy Globex in a $4.2 billion deal', 'agreed'],
    ['Acme bids $4.2 billion for Globex', 'negotiating'],
    ['ACME BIDS 4.2 BLN DLRS FOR GLOBEX', 'negotiating'],
    ['Acme raises its offer for Globex', 'negotiating'],
    ['Acme will offer $42 a share for Globex', 'negotiating'],
    ['Acme launches tender offer for Globex shares', 'negotiating'],
    ['Acme decided to terminate its merger agreement with Globex', 'terminated'],
    ['Regulator says Acme-Globex deal could harm competition', 'regulatory_review'],
    ['Watchdog warns Acme deal would hurt consumers', 'regulatory_review'],
    ['ACME <ACME.N> TO ACQUIRE GLOBEX <GLBX.O> FOR 420 MLN STG', 'agreed'],
    ['Regulators open in-depth probe into Acme-Globex deal', 'regulatory_review'],
    ["Watchdog files lawsuit to halt Acme's $4.2 bln Globex deal", 'regulatory_review'],
    ['Court blocks Acme’s merger with Globex', 'blocked'],
    ['Acme and Globex call off merger a day after court ruling', 'terminated'],
    ['Acme reportedly exploring sale of Globex unit', 'rumored'],
    // The passive: what happened to the bid is the news, the bid being its subject.
    ['Acme bid for Globex withdrawn', 'terminated'],
    ['ACME SAID ITS BID FOR GLOBEX WAS WITHDRAWN', 'terminated'],
    ['The offer for Globex was withdrawn on Friday', 'terminated'],
    ['Merger of Acme and Globex called off', 'terminated'],
    // A complement is not a subject: the offer is still the news.
    ['Acme has made an offer to buy Globex, people familiar say', 'rumored'],
    // Talks are a subject too: what happened to them is the news.
    ['ACME SAYS MERGER TALKS TERMINATED', 'terminated'],
    // An offer received or faced is an offer made.
    ['ACME RECEIVES BID FROM GLOBEX', 'negotiating'],
    ['Globex faces hostile bid from Acme', 'negotiating'],
    // Seeking control, the rest of a company or a buyer, and a company up for sale: interest, not yet a deal.
    ['BRITISH PETROLEUM <BP> SEEKS REST OF STANDARD OIL', 'rumored'],
    ['Acme seeks control of Globex', 'rumored'],
    ['ACME SEEKS BUYER FOR GLOBEX UNIT', 'rumored'],
    ['Acme puts Globex unit up for sale', 'rumored'],
    // Who will not sue or block a deal lets it through (a denial of a report is still nothing).
    ["JUSTICE DEPT WON'T CHALLENGE ACME-GLOBEX MERGER", 'approved'],
    ["Court refuses to block Acme's takeover of Globex", 'approved'],
    ['FTC will not sue to stop Acme-Globex deal', 'approved'],
    // Who sues: a regulator's suit is a review, a party's (the target, shareholders) puts the deal at risk.
    ['State attorneys general sue to block Acme-Globex merger', 'regulatory_review'],
    ["Globex sues to block Acme's hostile bid", 'at_risk'],
    ['Globex sues Acme to force it to complete the deal', 'at_risk'],
    ['Lawsuit filed to block Acme’s purchase of Globex', 'regulatory_review'],
    ['US sues to block Acme’s takeover of Globex', 'regulatory_review'],
    // "U.S. Steel" is a company, not the US government suing.
    ['Nippon Steel and U.S. Steel sue Biden administration over blocked merger', 'at_risk'],
    // A takeover defence, and an approved investment.
    ['Globex board adopts poison pill to fend off Acme', 'at_risk'],
    ["Regulators approve Acme's investment in Globex", 'approved'],
    // British and tabloid: swoops, waves through, gives up on, backs, gives the nod, is dead, mooted, eyes…
    ['Acme swoops for Globex in £47bn mega-deal', 'negotiating'],
    ['Competition watchdog waves through Acme/Globex deal', 'approved'],
    ['Acme deal for Globex waved through by regulators', 'approved'],
    ['Acme gives up on Globex takeover', 'terminated'],
    ['Globex backs £7bn Acme offer', 'agreed'],
    ['Globex shareholders give nod to Acme takeover', 'approved'],
    ['Acme-Globex deal is dead', 'terminated'],
    ['Merger mooted between Acme and Globex', 'rumored'],
    ['Acme eyes Globex', 'rumored'],
    ["Globex rejects Acme's sweetened £16bn offer", 'at_risk'],
    ['Acme takeover of Globex on the rocks', 'at_risk'],
    ["Acme's Globex deal hangs in the balance", 'at_risk'],
    ['Acme-Globex deal on the ropes as FTC trial begins', 'at_risk'],
    // A buyout is backed or turned down as an offer is.
    ['Globex board backs $15 billion buyout by Acme consortium', 'agreed'],
    ['Globex board rejects Acme buyout', 'at_risk'],
    // Tagger slips: "close" after a pair of names, "buy" as a noun after what is bought.
    ['Acme, Globex close merger creating agribusiness giant', 'completed'],
    ['Acme closes Globex buy after FTC settlement', 'completed'],
    ['Acme completes buy of Globex', 'completed'],
    ['Acme, Globex close to merger deal', 'negotiating'],
    // A merger that comes into or takes effect is done; one that will, agreed.
    ['Acme merger with Globex comes into effect from July 1', 'completed'],
    ['Acme-Globex merger to take effect in July', 'agreed'],
    // Going public by merging with a SPAC is a merger; going public alone is no deal.
    ['Acme to go public via $40 billion merger with Globex SPAC', 'agreed'],
    ['Acme in talks to go public through Globex Capital SPAC, sources say', 'negotiating'],
    ['Acme in talks to go public', null],
    // A party that says it cannot complete puts the deal at risk; one that settles its fight on new terms goes ahead.
    ['Acme says it can no longer complete Globex deal, citing government request', 'at_risk'],
    ['Acme unable to complete Globex deal', 'at_risk'],
    ['Acme, Globex settle dispute with lower price of $131.50 a share', 'agreed'],
    ['Acme, Globex settle patent dispute', null],
    // A scheme with a named bidder, or named for it, is the takeover; a pension scheme is not.
    ['Globex shareholders approve scheme with Acme-led group', 'approved'],
    ['Globex shareholders vote in favour of Acme scheme', 'approved'],
    ['Acme staff approve pension scheme', null],
    // An offer announced is on the table; a merger "into one" product is no companies' merger.
    ['Acme announces offer for Globex', 'negotiating'],
    ['Acme and Globex to merge into one company', 'agreed'],
    ["Acme's Globex+ and Initech Max to merge into one streaming service", null],
    // A deal named by its two parties clears a hurdle; a capitalized deal word before a colon is no buyer.
    ['Acme-Globex clears EU antitrust hurdle', 'approved'],
    ['Deal done: Acme completes Globex takeover', 'completed'],
    // A take-private weighed; a takeover made "officially" is done; a brand in lower case is still the buyer.
    ['Acme considering taking Globex private, Bloomberg reports', 'rumored'],
    ['Acme considers taking private jet', null],
    ['Acme officially takes over Globex, renames it Acme Ocean', 'completed'],
    // A target that gives in to an offer accepts it; one that fends a bidder off fights it; who will
    // not back, support or accept a deal puts it at risk.
    ["Globex caves in to Acme's sweetened offer", 'agreed'],
    ['Globex gives in to Acme bid', 'agreed'],
    ['Acme bows to pressure from investors', null],
    ['Globex turns to Initech as white knight to fend off Acme', 'at_risk'],
    ['Berlin says it will not support hostile Acme takeover of Globex', 'at_risk'],
    ['Globex board will not recommend Acme offer', 'at_risk'],
    ['Globex board supports Acme offer', 'agreed'],
    // What was bought, taken in: done.
    ["Acme completes integration of Globex's sports car business", 'completed'],
    // Made "officially" in the plural's present, done; an adverb splitting the infinitive leaves it one.
    ['Acme and Globex officially combine to form Acme Health', 'completed'],
    ['Acme to formally acquire Globex', 'agreed'],
    // "The proposed merger" describes a pending deal; it proposes nothing ("Acme proposed merger" does).
    ['Kahn Swick & Foti, LLC Investigates Adequacy of Price and Process in Proposed Sale of Globex to Acme', null],
    ['Globex holders vote on the proposed merger with Acme', null],
    ['Acme proposed merger with Globex', 'negotiating'],
    // A phrasal verb read as a noun after a name; a regulator's "probes" read as a noun; a colon inside a name.
    ['Acme picks up Globex, an Initech competitor, for $1.3B', 'agreed'],
    ["UK watchdog probes Acme's hiring of Globex AI staff as possible merger", 'regulatory_review'],
    ['Acme gets unconditional EU approval for Run:ai acquisition', 'approved'],
    ['Acme completes Run:ai buy, plans to open-source software', 'completed'],
    // Papers and votes: a registration or proxy filed, a vote's date set, a deal agreed; a merger-control filing, a review;
    // an agreement with a regulator, the review's; a regulator's suit settled, the deal cleared; a rating review, nothing.
    ['Acme files S-4 registration for Globex merger', 'agreed'],
    ['Acme makes HSR filing for Globex acquisition', 'regulatory_review'],
    ['Globex sets date for shareholder vote on Acme deal', 'agreed'],
    ['Acme, Globex agree to extend timing agreement with DOJ over merger review', 'regulatory_review'],
    ['Acme settles DOJ suit over Globex deal, agrees to divest unit', 'approved'],
    ["Moody's places Globex on review for upgrade following Acme deal", null],
    ['Initech dispute clouds Acme-Globex deal', 'at_risk'],
    ['Acme Cloud wins Globex contract', null],
    // What two companies do together that is no deal: a labour union's contract, talks to co-finance a film,
    // an agreement "on" terms of a relationship; a sector regulator accepting an application reviews it.
    ['Globex Works union workers ratify contract with Acme', null],
    ['Acme and Globex in talks to co-finance superhero film', null],
    ['Acme in talks to co-acquire Globex', 'negotiating'],
    ['Acme and Globex sign new agreement on AGI clause and revenue share', null],
    ['Acme, Globex sign agreement on merger', 'agreed'],
    ['STB accepts Acme-Globex merger application for review', 'regulatory_review'],
    ['Globex shares fall as investors balk at Acme deal terms', 'at_risk'],
    // Idioms: a deal "torpedoed by" a watchdog is blocked (a compound ending in a deal word is that deal);
    // a bid "knocked back" is turned down; a suitor "sizing up" a tilt weighs one; "shakes hands on" agrees.
    ['Acme-Globex mega-merger torpedoed by competition watchdog', 'blocked'],
    ['Acme-Globex deal scrapped by the companies', 'terminated'],
    ['Globex investors knock back sweetened Acme bid', 'at_risk'],
    ['Street Talk: Dutch group sizing up tilt at Globex', 'rumored'],
    ['Acme shakes hands on $3bn Globex sell-down to Initech', 'agreed'],
    // A company clinched after a bid is a contest won; a contract or a playoff berth is none.
    ['Acme clinches Globex after raising bid to $4.43 a share', 'agreed'],
    ['Acme clinches Globex contract', null],
    ['Chargers Clinch Playoff Berth', null],
    // A drug or product regulator approves products, never deals.
    ['Globex wins FDA approval for new drug', null],
    ['FDA approves Globex obesity pill', null],
    // A merger agreement's "superior proposal" is a rival's offer the board weighs.
    [
      'Globex Board Determines Initech Proposal Could Reasonably Be Expected to Lead to Superior Proposal',
      'negotiating',
    ],
    // "Nab" only with a price: an arrest or a signing has none.
    ['Acme nabs Globex for $4.6B', 'agreed'],
    ['Police nab 23 pirates off Somalia', null],
    ['Red Sox will nab Teixeira', null],
    // Shareholders suing over a deal want damages; their suit to block it, or their opposing it, is a risk.
    ['Globex investors sue Acme CEO over Globex deal, trial set for July', null],
    ['Globex shareholders sue to block Acme merger', 'at_risk'],
    // A regulator's backing is its approval, as its "approves" is (a board's is an agreement).
    ['FCC chairman backs Acme-Globex tie-up after network pledges', 'approved'],
    ['Globex board backs Acme combination', 'agreed'],
    // A UK-code statement of no intention to bid walks away; a plan to take a company private dropped ends the buyout.
    ['Acme says it has no intention of making an offer for Globex', 'terminated'],
    ['Initech, Globex family drop plan to take Spanish drugmaker private', 'terminated'],
    // The trade press's "wraps" is a purchase completed; a deal's deadline extended, in the passive too, puts it at risk.
    ['Acme wraps $10B Globex takeover', 'completed'],
    ['Acme wraps $28 bln Globex buy', 'completed'],
    ['Acme-Globex deal deadline extended as regulator weighs unit sale', 'at_risk'],
    // A share move's cause is the news: a deal announced (in the passive too), an agreement named.
    ['Globex stock soars 17% after Acme deal announced', 'agreed'],
    ['Acme-Globex deal could be announced Monday', 'negotiating'],
    ["Globex shares surge 21% on Acme's $28 billion acquisition agreement", 'agreed'],
    ['Globex shares jump as UK regulator signals approval of restructured Acme deal', 'approved'],
    // What is done to an agreement named first is the news.
    ['Acme-Globex merger agreement terminated', 'terminated'],
    ['Merger agreement between Acme and Globex terminated', 'terminated'],
    // A regulator's formal statement of its concerns is its review; two parties parting ways end the
    // deal; a regulator among those who settle over it clears it.
    ["ACCC releases statement of issues on Acme's Globex bid", 'regulatory_review'],
    ["EU sends statement of objections over Acme's Globex deal", 'regulatory_review'],
    ['Acme, Globex part ways as Initech wins bidding war', 'terminated'],
    ['Acme, DOJ settle over Globex deal with divestitures', 'approved'],
    // A take-private in the passive; an offer to make an investment; what came of a refusal, after a comma.
    ['Globex to be taken private by Acme in C$4.7bn deal', 'agreed'],
    ['Acme offers to make multibillion-dollar investment in Globex', 'negotiating'],
    ['Acme said it would not increase its offer, ending its pursuit after investor pushback.', 'terminated'],
    // A regulator's verb reaches a deal further off; a regulator that warns a party over its deal
    // reviews it; a block vowed is a block still to come, as one threatened.
    ["DOJ examining Acme's $32 billion Globex purchase", 'regulatory_review'],
    ['EU antitrust regulators set to warn Acme over Globex deal, sources say', 'regulatory_review'],
    ["Senator vows to block Acme's purchase of Globex if elected", 'regulatory_review'],
    // A purchase made "officially" is done; a takeover that unravels is over; a regulator that
    // torpedoes one forbids it; kicking the tyres is interest.
    ['Acme officially acquires Globex', 'completed'],
    ["Acme's $9bn Globex takeover unravels over financing", 'terminated'],
    ["Regulator torpedoes Acme's Globex takeover", 'blocked'],
    ['Acme kicks the tires on Globex - The Information', 'rumored'],
    // Time after a name is no goods of it: "to acquire Globex days after …".
    ['Acme to acquire Globex days after Initech poached its CEO', 'agreed'],
    // What happened "a year after" is background, up to a comma.
    ['Two years after talks collapsed, Acme agrees to buy Globex', 'agreed'],
    ["Acme's bid for Globex in doubt after regulator objection", 'at_risk'],
    ['Acme pulls plug on Globex deal', 'terminated'],
    ['Acme and Globex combine to create the biggest mobile operator', 'agreed'],
    // Wire shorthand: a deal off, a company in a pact, holders that OK it, parties that merge or set terms.
    ['ACME MERGER OFF', 'terminated'],
    ['ACME IN BUYOUT PACT', 'agreed'],
    ['Acme in $4 bln deal to buy Globex', 'agreed'],
    ['GLOBEX HOLDERS OK MERGER', 'approved'],
    ['ACME, GLOBEX MERGE', 'agreed'],
    ['ACME AND GLOBEX SET MERGER TERMS', 'agreed'],
    ['ACME <ACM> GETS OFFER', 'negotiating'],
    // A board approves the agreement it signs; shareholders and regulators approve a deal agreed.
    ['Globex board approves merger with Acme', 'agreed'],
    ['Globex shareholders approve merger with Acme', 'approved'],
    // Holders backing a deal approve it (the tagger reads "back" after them as an adverb).
    ['Globex shareholders back Acme takeover', 'approved'],
    ["Shareholders of Globex back Acme's $4 billion offer", 'approved'],
    // A block quashed, overturned or lifted lets the deal through.
    ['Court of Appeal quashes block on Acme-Globex tie-up', 'approved'],
    ["Appeals court overturns injunction blocking Acme's purchase of Globex", 'approved'],
    ['Judge lifts order halting Acme-Globex merger', 'approved'],
    // A tender offer completed is the purchase done.
    ['ACME <ACM> UNIT COMPLETES TENDER FOR GLOBEX', 'completed'],
    // The target turning an offer away in words other than "rejects".
    ['GLOBEX <GLB> SAYS ACME OFFER INADEQUATE', 'at_risk'],
    ["Globex board says Acme's offer undervalues the company", 'at_risk'],
    // Inquiries a company receives are buyers' interest; a regulator's are a review.
    ['GLOBEX <GLB> SAYS IT RECEIVED INQUIRIES ABOUT SALE', 'rumored'],
    ['Globex says it received inquiries from the FTC about the merger', 'regulatory_review'],
    // Talks whose own verb comes after a phrase saying whose talks they are.
    ['Talks between Acme and Globex on merger collapse', 'terminated'],
    ['Talks between Acme and Globex on a merger have ended', 'terminated'],
    // Buyouts, votes, and what regulators say they will do.
    ['Initech to take Globex private in $5.3bn deal', 'agreed'],
    ['Acme nears deal for Globex', 'negotiating'],
    ['Globex stockholders vote in favour of Acme deal', 'approved'],
    ['Globex board votes in favour of Acme merger', 'agreed'],
    ['EU antitrust regulators to decide on Acme-Globex by Sept 1', 'regulatory_review'],
    ['FTC appeals ruling that let Acme buy Globex', 'regulatory_review'],
    ["Acme's Globex deal faces EU objections", 'regulatory_review'],
    ['Globex deal under threat as CMA raises concerns', 'regulatory_review'],
    ['Globex tender offer succeeds, clearing path to delisting', 'completed'],
    ['Acme says it will not make firm offer for Globex', 'terminated'],
    // Plain web and trade-press wordings.
    ['Acme makes £4bn approach for Globex', 'rumored'],
    ['Acme confirms approach for Globex', 'rumored'],
    ['Globex hires Goldman to explore strategic options', 'rumored'],
    ['Globex says it is reviewing strategic alternatives including a sale', 'rumored'],
    ['Acme sets sights on Globex', 'rumored'],
    ['Acme goes hostile with $5bn Globex bid', 'negotiating'],
    ['Acme finishes buying Globex', 'completed'],
    ["Acme's acquisition of Globex is now complete", 'completed'],
    ['Acme now owns Globex after deal closes', 'completed'],
    ['The Acme-Globex merger closed on Friday', 'completed'],
    ['European Commission extends deadline for Acme-Globex review', 'regulatory_review'],
    ['Acme offers concessions to win EU approval for Globex deal', 'regulatory_review'],
    ['Acme loses court fight over Globex deal', 'blocked'],
    ['Acme throws in the towel on Globex', 'terminated'],
    ['Acme lets Globex offer lapse', 'terminated'],
    ['Acme bid for Globex lapses', 'terminated'],
    // A stake is a holding, not the company, unless it is a majority or the rest.
    ['Acme buys 51% stake in Globex', 'agreed'],
    ['Acme buys remaining 30% stake in Globex', 'agreed'],
    // Passives and the tagger's quirks.
    ['Globex being bought by Acme, sources say', 'negotiating'],
    ["Acme's bid for Globex rejected by board", 'at_risk'],
    ['Lawsuit against Acme-Globex merger rejected by judge', 'approved'],
    ['Judge dismisses lawsuit against Acme-Globex merger', 'approved'],
    ['Globex dismisses Acme bid as too low', 'at_risk'],
    ['Deal between Acme and Globex falls through', 'terminated'],
    ['Globex fields takeover interest from Acme', 'rumored'],
    ['Acme seeks EU approval for Globex merger', 'regulatory_review'],
    // Closings to come, delayed, and secured.
    ['Acme to complete Globex purchase on Friday', 'agreed'],
    ['Acme-Globex deal expected to close in first quarter', 'agreed'],
    ['Acme and Globex push back deal closing to June', 'at_risk'],
    ['Acme extends deadline to complete Globex deal', 'at_risk'],
    ['Acme wins court battle with FTC over Globex deal', 'approved'],
    ['Acme in bidding war with Initech for Globex', 'negotiating'],
    ['Acme bid for Globex goes unconditional', 'completed'],
    ['Acme declares offer for Globex wholly unconditional', 'completed'],
    ['Acme close to deal for Globex', 'negotiating'],
    // Sellers', trade and tabloid verbs, with the same grammar.
    ['Acme and Globex to join forces in $10bn merger of equals', 'agreed'],
    ['Acme offloads Globex unit to Initech', 'agreed'],
    ['Acme divests Globex division for $1bn', 'agreed'],
    ['Acme completes disposal of Globex business', 'completed'],
    ['Acme gobbles up Globex', 'agreed'],
    ['Acme swallows rival Globex', 'agreed'],
    ['Acme bags Globex in $2bn deal', 'agreed'],
    ['Regulators raise red flags over Acme-Globex deal', 'regulatory_review'],
    ['Acme pulls Globex offer', 'terminated'],
    ['Acme calls time on Globex pursuit', 'terminated'],
    ['Acme returns with higher Globex offer', 'negotiating'],
    // Control: half or more of the shares held or tendered is the purchase done.
    ['ACME SAYS IT NOW HOLDS 56 PCT OF GLOBEX', 'completed'],
    ['Acme now owns about 82% of Globex', 'completed'],
    ['HOLDERS TENDER 72 PCT OF GLOBEX TO ACME', 'completed'],
    ['More than 90 percent of Globex shares tendered to Acme', 'completed'],
    ['Globex shareholders tender majority to Acme', 'completed'],
    // Regulators that seek something of a deal review it; one that rejects the deal forbids it.
    ['JUSTICE DEPARTMENT SEEKS CHANGES IN ACME-GLOBEX MERGER', 'regulatory_review'],
    ['FTC seeks more information on Acme-Globex deal', 'regulatory_review'],
    ['EU seeks concessions from Acme over Globex', 'regulatory_review'],
    ['The FTC has asked Acme for more information about its acquisition of Globex', 'regulatory_review'],
    ['The Interstate Commerce Commission rejected the proposed merger of Acme and Globex', 'blocked'],
    ['Brussels rejects proposed Acme-Globex merger', 'blocked'],
    ['Monopolies commission rejects Acme bid for Globex', 'blocked'],
    // An offer made far from its verb, extended, or only possible.
    ['Acme made a $2.7 billion offer for Globex', 'negotiating'],
    ['Acme makes unsolicited $62 billion all-cash offer for Globex', 'negotiating'],
    ['ACME EXTENDS GLOBEX OFFER', 'negotiating'],
    ['Acme is said to be looking at a possible acquisition of Globex', 'rumored'],
    ['Possible buyers circle Globex', 'rumored'],
    ['Acme said to be eyeing Globex', 'rumored'],
    // Votes to come, oppositions, pursuits given up, offers that lapse or are taken up.
    ['Globex holders to vote on Acme merger', 'agreed'],
    ["Acme says FTC won't oppose Globex buy", 'approved'],
    ['Globex board opposes Acme bid', 'at_risk'],
    ['Acme is no longer interested in acquiring Globex', 'terminated'],
    ['Acme is no longer in talks with Globex', 'terminated'],
    ['Acme rescinds Globex offer', 'terminated'],
    ['Regulator rescinds block on Acme-Globex merger', 'approved'],
    ['Talks with Globex broken off', 'terminated'],
    ['Acme board is studying a merger proposal from Globex', 'negotiating'],
    ['ACME BUYOUT BID FAILS', 'terminated'],
    ["Acme's offer for Globex expired after too few shares were tendered", 'terminated'],
    ['Acme tender offer for Globex was oversubscribed', 'completed'],
    ['Acme hired Goldman Sachs to help sell its Globex division', 'rumored'],
    ['Acme shares jump on takeover talk', 'rumored'],
    ['Talk of a merger lifts Globex', 'rumored'],
    // The British takeover press: a swoop lined up, a bidder bowing out, a board "minded to recommend", acceptances.
    ['Acme lines up £3bn swoop on Globex', 'rumored'],
    ['Initech bows out of Globex race', 'terminated'],
    ['Initech has withdrawn from the contest for Globex', 'terminated'],
    // A fight given up is a contest left, in capitals too; a bidder rebuffed by name is its approach
    // turned down (a risk, not a block); a block threatened is a regulator's review still going on.
    ['Initech gives up fight for Globex', 'terminated'],
    ['INITECH GIVES UP FIGHT FOR GLOBEX', 'terminated'],
    ['Globex rebuffs Initech, sticks with Acme deal', 'at_risk'],
    ['EU threatens to block Acme-Globex merger', 'regulatory_review'],
    // Talks that collapse past what they are about, within their clause.
    ["Acme's talks to buy Globex collapse over price", 'terminated'],
    // A waiting period the tagger reads as a verb; a rejection urged on a regulator (its review).
    ["Antitrust waiting period expires on Acme's Globex deal", 'approved'],
    ['Senators urge FCC to reject Acme-Globex merger', 'regulatory_review'],
    // Canada's Competition Bureau is a regulator: its suit to block is the review.
    ["Canada's Competition Bureau sues to block Acme-Globex merger", 'regulatory_review'],
    // A deal confirmed is one announced; a manufacturing partnership extended is a contract.
    ['Acme confirms $3 billion Globex deal', 'agreed'],
    // A compound's tail is no verb ("last-ditch"); efforts to save a deal, remedies refused and
    // backing withdrawn put it at risk; an offer's answer in the next clause is the news.
    ['Acme makes last-ditch offer to salvage Globex deal', 'at_risk'],
    ['Acme, Globex scramble to rescue merger', 'at_risk'],
    ["Acme says it won't offer more concessions to save Globex deal", 'at_risk'],
    ['Globex withdraws backing for Acme offer', 'at_risk'],
    ['Globex board pulls support for Acme merger', 'at_risk'],
    ['Acme raises Globex bid again to $8.4 billion; Globex board accepts', 'agreed'],
    ['Acme raises Globex offer; Globex rejects', 'at_risk'],
    // One holder's vote against, named; books opened to a suitor; an offer lowered.
    ["Initech says it will vote against Acme's Globex takeover", 'at_risk'],
    ['Globex opens books to Acme-led group', 'negotiating'],
    ['Acme lowers Globex proposal, offers scrip alternative', 'negotiating'],
    // The trade press's "pacts for control of"; a compound's tail backs nothing; a bidder's
    // nominees turned down.
    ['Acme pacts for control of Globex parent Initech', 'agreed'],
    ['Hedge-fund-backed Acme makes $1.36 billion hostile bid for Globex', 'negotiating'],
    ["Globex shareholders reject Acme's board nominees", 'at_risk'],
    // A short headline in title case.
    ['Acme to Buy AOL for $4.4 Billion', 'agreed'],
    // A holder that will not tender its shares puts the offer at risk.
    ["Globex investor Initech says it won't tender shares to Acme", 'at_risk'],
    // A court that allows the deal itself approves it, also in a participle after its ruling; a
    // block foreseen is the review.
    ['Court allows Acme-Globex deal', 'approved'],
    ['Judge rules against DOJ, allowing Acme-Globex deal', 'approved'],
    ["EU regulators warn Acme's Globex bid may be blocked, sources say", 'regulatory_review'],
    // A probe no regulator holds is not the news; what it does to the deal is.
    ['Globex accounting probe puts Acme deal in doubt', 'at_risk'],
    // Holders holding out for more; a raised bid's holders' backing or board's, the offer understood.
    ['Globex shareholders holding out for higher Acme offer', 'at_risk'],
    ['Acme sweetens Globex bid to $3.4 billion, holders back deal', 'approved'],
    ['Acme raises Globex offer to $1.9 billion; Globex board backs it', 'agreed'],
    // A regulator's deadline extended, and a sale it requires for a deal, are its review.
    ['EU extends deadline for Acme-Globex decision', 'regulatory_review'],
    ['FTC requires Acme to sell pipelines for Globex deal', 'regulatory_review'],
    // A deal restructured is still agreed, on new terms.
    ['Acme and Globex restructure deal as all-stock merger of equals', 'agreed'],
    // Conditions a government or a regulator sets on a deal are its review.
    ["Spain imposes 19 conditions on Acme's bid for Globex", 'regulatory_review'],
    ['EU tells Spain to lift conditions on Acme bid for Globex', 'regulatory_review'],
    // What clouds a deal, in capitals too.
    ['SEC RULING CLOUDS ACME GLOBEX MERGER', 'at_risk'],
    // A deal a rival offer may be superior to is at risk.
    ['Globex says Initech offer could be superior to Acme deal', 'at_risk'],
    // Talks announced are talks, not the merger they are about.
    ['Acme announces merger talks with Globex', 'negotiating'],
    ['Acme announced talks on a merger with Globex', 'negotiating'],
    // The press's verbs: talks to snap up, a deal inked past its price and kind, a merger nodded
    // through, a proposal knocked back past its owner and price.
    ['Acme in talks to snap up Globex after Initech miss', 'negotiating'],
    ['Acme inks $2.65 billion all-stock Globex deal', 'agreed'],
    ['EU nods through Acme-Globex merger after spectrum sale', 'approved'],
    ["Globex knocks back Acme's $17 billion proposal", 'at_risk'],
    // A bid is the news past a clause of time whose own subject is rebuffed.
    ['Acme launches hostile bid for Globex after merger talks rebuffed', 'negotiating'],
    // A board's backing won is the deal agreed, also after an offer raised in the same headline.
    ['Acme wins board backing for Globex deal', 'agreed'],
    ['Acme wins shareholder backing for Globex deal', 'approved'],
    ['Acme raises Globex offer to £41.75 a share, wins board backing', 'agreed'],
    ['Acme makes offer for Globex, which agreed to Initech deal', 'negotiating'],
    ['Acme in talks to buy Globex, ends search', 'negotiating'],
    ['Globex board minded to recommend Acme offer', 'negotiating'],
    ['Acme gets 90% acceptances for Globex offer', 'completed'],
    // Holders who vote a merger down end it; an offer they turn down may still be raised.
    ['ACME SHAREHOLDERS REJECT GLOBEX MERGER', 'terminated'],
    ['Acme shareholders voted against the proposed merger with Globex', 'terminated'],
    ['Shareholders reject Acme takeover offer for Globex', 'at_risk'],
    // Assets sold are a deal too.
    ['Acme said it sold its oil and gas properties in Texas to Globex for 31 mln dlrs', 'completed'],
    // A court that refuses a regulator's injunction lets the deal through; a closing deadline put off is a risk.
    ["A federal judge denied the FTC's request for a preliminary injunction against Acme's Globex deal", 'approved'],
    ['Acme and Globex extend merger deadline', 'at_risk'],
    ['Acme and Globex agreed to extend the deadline for completing their merger to June 30', 'at_risk'],
    ['Emerson extends its offer deadline for AspenTech', 'negotiating'],
    // Standstills, suits ended, talks suspended, bids called too low, votes scheduled, deals on track.
    ['ACME SIGNS STANDSTILL PACT WITH GLOBEX', 'terminated'],
    ['Globex agreed not to buy more Acme shares for five years', 'terminated'],
    ['Acme settled its litigation with Globex and agreed not to buy more Globex shares', 'terminated'],
    ['FTC drops challenge to Acme-Globex merger', 'approved'],
    ['DOJ settles lawsuit over Acme-Globex merger', 'approved'],
    ['Acme suspended merger discussions with Globex', 'at_risk'],
    ['ACME SAYS MERGER TALKS WITH GLOBEX SUSPENDED', 'at_risk'],
    ['ACME SAYS GLOBEX BID TOO LOW', 'at_risk'],
    ['Acme shareholders will vote April 22 on its proposed merger with Globex', 'agreed'],
    ['ACME MERGER VOTE SET FOR APRIL', 'agreed'],
    ["Acme's acquisition of Globex remains on schedule to close in the second quarter", 'agreed'],
    ['Acme board decided not to sell the company and has ended talks with prospective buyers', 'terminated'],
    // British forms: a regulator accepting undertakings clears the deal; "per cent" is a share.
    ['Acme/Globex: CMA accepts remedies', 'approved'],
    ['The Competition and Markets Authority has accepted undertakings from Acme on its Globex merger', 'approved'],
    // Beside the noise below, the deals that look like it.
    ['Acme signs definitive agreement to acquire Globex', 'agreed'],
    ['Microsoft invests $10 billion in OpenAI', 'agreed'],
    ["Acme buys Globex's chip unit", 'agreed'],
    ['Acme buys chip unit from Globex', 'agreed'],
    ['EU opens in-depth investigation into Acme', 'regulatory_review'],
    // A suit over a deal it calls dead says the deal is over (it had read as a risk to it).
    ['Globex sues Acme over its failed merger', 'terminated'],
    ['Acme sued by Globex shareholders over collapsed deal', 'terminated'],
    ['Acme to buy fintech start-up Globex for $5.3 billion', 'agreed'],
    ['ACME AGREES TO BUY GLOBEX HOLDINGS FOR 24.3 BLN STG', 'agreed'],
    ['Acme agreed to sell its chemicals unit to Globex', 'agreed'],
    ['Globex board agreed to recommend the Acme offer', 'agreed'],
    ['Acme agreed to explore a merger with Globex', 'rumored'],
    ['Acme Corp and Globex Inc said they agreed to merge in a stock swap', 'agreed'],
    // Reported speech: a company that "said it would" buy has announced it; an analyst's "would" is a forecast.
    ['Acme said it would buy Globex for $28 a share', 'agreed'],
    ['Acme said on Monday it would acquire Globex', 'agreed'],
    ['Analysts said Acme would buy Globex', 'rumored'],
    // The UK takeover code and schemes; tenders and delistings.
    ['Globex shareholders voted in favour of the scheme of arrangement', 'approved'],
    ['The scheme of arrangement became effective', 'completed'],
    ["Acme has completed the squeeze-out of Globex's minority shareholders", 'completed'],
    ['Acme said it does not intend to make an offer for Globex', 'terminated'],
    ['Acme will not bid for Globex', 'terminated'],
    ['Acme has emerged as the leading contender to buy Globex', 'negotiating'],
    ['Globex starts formal sale process', 'rumored'],
    ['Globex has invited bids from interested parties', 'rumored'],
    ['Globex shares will be delisted after Acme completes its buyout', 'agreed'],
    ['Globex shares will be delisted after Acme completed the acquisition', 'completed'],
    ['Acme warned it may not be able to complete its purchase of Globex', 'at_risk'],
    ["Acme's bid for Globex ruled out by regulator", 'blocked'],
    // A fronted phrase or a relative clause is the background; the words after its comma are the news.
    ['After months of talks, Acme agrees to buy Globex', 'agreed'],
    ['Acme, which tried to buy Globex last year, returns with new offer', 'negotiating'],
    ['Despite regulatory concerns, Acme closes Globex deal', 'completed'],
    // A participle before a name and its deal describes the deal; a regulator's decision put off is its review.
    ["Acme's planned Globex deal delayed", 'at_risk'],
    ["Regulator's decision on Acme-Globex deal delayed to March", 'regulatory_review'],
    ["The competition authority pushed back its decision on Acme's takeover of Globex", 'regulatory_review'],
    ['Globex investors said they would vote against the merger', 'at_risk'],
    // A price paid for a company is its purchase; a question claims nothing.
    ['Acme agreed to pay $9 billion for Globex in cash', 'agreed'],
    ['Acme paid $9 billion for Globex', 'completed'],
    ['Is Acme about to buy Globex?', 'negotiating'],
    ['Acme to buy all Globex shares', 'agreed'],
    // A target agreeing to a bid agrees the deal: the word after "to" is a participle, not an infinitive.
    ['Globex agrees to sweetened $1.3 billion Acme bid', 'agreed'],
    // An approval given (the nearest verb gets or gives it, or a verbless headline states it), not one awaited.
    ['UK watchdog gives Acme-Globex deal the green light', 'approved'],
    ['CCI nod for Acme-Globex merger', 'approved'],
    ["Shareholder approval for Acme's Globex deal", 'approved'],
    ["Final approval for Acme's Globex takeover", 'approved'],
    ['Acme wins final EU approval for Globex deal', 'approved'],
    // What a company has become of its buyer is the deal done; what it is to become, agreed.
    ['Globex is now part of Acme', 'completed'],
    ['Globex becomes a wholly owned subsidiary of Acme', 'completed'],
    ['Globex to become part of Acme', 'agreed'],
    // "Looking to" and "looking for" govern like "plans to" and "seeks".
    ['Acme is looking to buy Globex', 'rumored'],
    ['Globex is looking for a buyer', 'rumored'],
    ["Acme's deal for Globex is officially dead", 'terminated'],
    // A participle after a subject pronoun states the news ("said it ended talks"); after a possessive it describes the deal.
    ['ACME <ACM> SAYS IT ENDED TALKS WITH GLOBEX', 'terminated'],
    ['Acme says it completed acquisition of Globex', 'completed'],
    ['JUSTICE DEPARTMENT ASKS FOR MORE DATA ON ACME MERGER', 'regulatory_review'],
    ['Globex investors give thumbs-up to Acme takeover', 'approved'],
    ['Acme board gives thumbs up to Globex merger', 'agreed'],
    // Market talk of a deal is a rumour; holders revolting over it put it at risk; a delisting after it, done.
    ['Globex shares soar on Acme bid speculation', 'rumored'],
    ['Rumours of a merger lift Globex shares', 'rumored'],
    ['Acme shareholders revolt over Globex bid', 'at_risk'],
    ['Acme faces shareholder revolt over Globex deal', 'at_risk'],
    ['Globex delisted from London Stock Exchange after Acme deal', 'completed'],
    // The antitrust press: settlements, consent orders, injunctions denied, suits joined, break-up fees paid.
    ['Acme, Globex agree to divest assets to settle DOJ merger challenge', 'approved'],
    ['FTC accepts consent order in Acme/Globex deal', 'approved'],
    ['Ninth Circuit affirms denial of injunction in Acme-Globex case', 'approved'],
    ['State attorneys general join DOJ suit against Acme merger', 'regulatory_review'],
    ["Closing arguments heard in FTC's bid to stop Acme-Globex deal", 'regulatory_review'],
    ["Globex's bid to block Acme's offer", 'at_risk'],
    ['Acme countersues Globex, seeks to exit merger agreement', 'at_risk'],
    ['Acme and Globex settle merger litigation, deal to proceed', 'agreed'],
    ['Acme will not proceed with Globex deal', 'terminated'],
    ['Acme pays $500 million breakup fee to Globex', 'terminated'],
    ['Analysts say Acme should buy Globex', 'rumored'],
    // An offer's acceptance threshold reached (or missed); approvals received past a participle that describes them.
    ['Acme reaches minimum acceptance threshold for Globex offer', 'completed'],
    ['Acme fails to reach acceptance threshold for Globex', 'terminated'],
    ['Acme said it had received all required regulatory approvals for its Globex merger', 'approved'],
    ["KKR Said to Near Deal for Globex's Software Unit", 'negotiating'],
    ['Acme weighs sale of Globex', 'rumored'],
    // Wire slugs glued to the first name, a trailing "-sources"; amounts before the deal; holders saying yes or no.
    ['Exclusive-Acme approaches Globex about takeover -sources', 'rumored'],
    ['RPT-Acme nears $4 bln deal for Globex', 'negotiating'],
    // A hedge before the amount: the deal is still only near ("to take … private" is what it is for).
    ['Acme nears roughly $10 billion deal to take Globex private', 'negotiating'],
    ['Globex shareholders say yes to Acme', 'approved'],
    ['Globex shareholders say no to Acme merger', 'terminated'],
    ['Inside the collapse of the Acme-Globex deal', 'terminated'],
    // What the noise rules below leave as deals.
    ['Acme offers Globex shareholders $40 a share', 'negotiating'],
    ["Acme to buy Globex's U.S. assets", 'agreed'],
    ['Acme gets approval for Globex', 'approved'],
    ['Acme merges its unit with Globex', 'agreed'],
    ['Acme bid to buy Globex rejected', 'at_risk'],
    ['Acme wins approval to buy Globex', 'approved'],
    ['Acme in talks with Globex over $4bn takeover', 'negotiating'],
    ["Acme closes deal for Globex's cloud unit", 'completed'],
    ['Acme and Globex to combine their businesses', 'agreed'],
    ['Globex puts itself up for sale', 'rumored'],
    ["UK regulator blocks Acme's $68.7 billion Globex deal over cloud gaming", 'blocked'],
    // Feature and tabloid wording: walking away from the company, swoops on it, a purchase sealed,
    // regulators saying no, antitrust walls, a go-ahead, control gained.
    ['Acme walks away from Globex, citing regulatory hurdles', 'terminated'],
    ['Tech giant Acme swoops on Globex in surprise $6bn move', 'negotiating'],
    ['Acme seals Globex purchase, ending 18-month saga', 'completed'],
    ['Acme to seal Globex takeover', 'agreed'],
    ['Acme and Globex seal merger of equals to create regional powerhouse', 'agreed'],
    ['Acme seals deal to buy Globex', 'agreed'],
    ["Acme's Globex dream is over as regulators say no", 'blocked'],
    ['Acme, Globex deal hits antitrust wall in Washington', 'regulatory_review'],
    ['Acme gets go-ahead to buy Globex', 'approved'],
    ['Acme gains control of Globex after shareholders accept offer', 'completed'],
    // A closing to come after an infinitive headline is the deal agreed; a deal noun that only modifies another is not weighed.
    ['Acme to keep Globex brand after merger closes', 'agreed'],
    ['Acme weighs Globex takeover bid', 'rumored'],
    ['Acme, Globex agree on merger terms', 'agreed'],
    ["Acme bids for Globex's chip unit", 'negotiating'],
    // Tabloid idioms that carry over: a company saying yes, a deal going through, the thumbs down, back from the dead.
    ['Globex finally says yes to Acme after £3bn sweetener', 'agreed'],
    ['Globex fat cats pocket millions as Acme deal goes through', 'completed'],
    ["Acme's Globex takeover gets the thumbs down from regulator", 'blocked'],
    ['Acme-Globex merger back from the dead', 'negotiating'],
    ['Acme readies bumper bid for Globex', 'rumored'],
    ['Court blocks Acme from buying Globex', 'blocked'],
    ['Acme launches bid to win control of Globex', 'negotiating'],
    ['Acme and Globex in merger talks to create drug giant', 'negotiating'],
    ['Acme in talks to pick up majority stake in Globex', 'negotiating'],
    // Hedges and what is still to come: an announcement to come, a move weighed, interest received, waning or on ice.
    ['Acme could announce Globex deal as soon as Monday', 'negotiating'],
    ['Acme, Globex to announce merger as early as this week', 'negotiating'],
    ['Acme announces merger with Globex', 'agreed'],
    ['Acme is understood to be weighing a move for Globex', 'rumored'],
    ['Globex is believed to have attracted interest from Acme', 'rumored'],
    ['Acme and Globex have agreed on the main terms of a merger, people familiar said', 'agreed'],
    ['Acme is no longer pursuing Globex', 'terminated'],
    ["Acme's interest in Globex has waned, sources say", 'at_risk'],
    ['Acme has put its pursuit of Globex on ice', 'at_risk'],
    // Australian and trade takeover copy: a tilt at a company, a board recommending rejection, exclusivity, due diligence.
    ['Acme Mining makes hostile A$6bn tilt at Globex', 'negotiating'],
    ["Globex board unanimously recommends shareholders reject Acme's hostile offer", 'at_risk'],
    ['Globex board recommends Acme offer', 'agreed'],
    ['Acme extends exclusivity period with Globex', 'negotiating'],
    ['Acme grants Globex due diligence access', 'negotiating'],
    // Contests won and lost, preferred bidders, auctions left, a purchase funded.
    ['Acme beats Initech to Globex with $125-a-share agreement', 'agreed'],
    ['Acme beaten to Globex by rival Initech', 'terminated'],
    ['Globex picks Acme as preferred bidder', 'negotiating'],
    ['Acme drops out of Globex auction', 'terminated'],
    ['Acme raises $200m to fund Globex acquisition', 'agreed'],
    ['Acme scoops up struggling Globex for a song', 'agreed'],
    // Competition authorities elsewhere, by the names headlines use; what they decline, delay, object to or accept.
    ['ACCC sues to block Acme-Globex merger', 'regulatory_review'],
    ['New Zealand Commerce Commission declines clearance for Acme Globex bid', 'blocked'],
    ["China's antitrust regulator delays decision on Acme-Globex deal", 'regulatory_review'],
    ["Mexico's Cofece objects to Acme's purchase of Globex", 'regulatory_review'],
    ["SAMR accepts Acme's Globex merger filing under simplified procedure", 'regulatory_review'],
    // Votes, proxy advisers and rulings for one side.
    ['Globex holders vote down Acme merger', 'terminated'],
    ["Proxy adviser ISS backs Acme's acquisition of Globex", 'agreed'],
    ['Glass Lewis recommends Globex holders vote against Acme deal', 'at_risk'],
    ['Judge rules in favor of Acme in FTC merger challenge', 'approved'],
    ['Judge rules in favour of the FTC in Acme merger case', 'blocked'],
    // A block urged or still to come is the regulator's review; one decided is a block. Pushing ahead is going on.
    ['Senators urge FTC to block Acme-Globex merger', 'regulatory_review'],
    ['FTC to block Acme-Globex merger, sources say', 'regulatory_review'],
    ["FTC moves to block Acme's Globex deal", 'regulatory_review'],
    ['EU decides to block Acme-Globex merger', 'blocked'],
    ['Italy uses golden power to veto Acme bid for Globex', 'blocked'],
    ['Acme and Globex push ahead with merger despite opposition', 'agreed'],
    // Press-release first sentences: an indication of interest, a proposal from a bidder.
    [
      'Globex, Inc. announced today that it has received a non-binding indication of interest from Acme Corporation to acquire all outstanding shares for $45.00 per share in cash.',
      'negotiating',
    ],
    [
      'Globex, Inc. today confirmed that its Board of Directors has determined that the revised proposal from Acme constitutes a Superior Proposal.',
      'negotiating',
    ],
    // A purchase announced, made, or the means of the news ("by buying"), as real reports put it.
    ['Acme today announced the acquisition of Globex, a maker of industrial sensors.', 'agreed'],
    ['Acme announces acquisition of Globex for $2 billion', 'agreed'],
    ['Acme announces completion of its acquisition of Globex', 'completed'],
    ['Acme announces termination of acquisition of Globex', 'terminated'],
    ['Acme makes another acquisition, takes aim at Initech', 'agreed'],
    ['Acme makes $2 bln purchase of Globex', 'agreed'],
    ['Acme could make another acquisition this year', 'rumored'],
    ['Acme made its biggest acquisition yet', 'completed'],
    ['Acme makes acquisition offer for Globex', 'negotiating'],
    ['Acme stunned rivals by buying Globex for $2.1 billion on Monday', 'agreed'],
    // A settlement with the regulator clears the deal; a bidder's long name still rejected; walking from talks; a race.
    ['HPE, DOJ reach settlement over Juniper deal', 'approved'],
    ['Acme reaches settlement with FTC over Globex merger', 'approved'],
    ["U.S. Steel rejects Cleveland-Cliffs' $7.3 billion buyout offer", 'at_risk'],
    ['Acme Walks From Globex Talks Over Valuation Gap', 'terminated'],
    ["Acme in race to acquire Globex's India business", 'negotiating'],
    ['Acme joins battle to buy Globex', 'negotiating'],
    ['Acme wins race to buy Globex', 'agreed'],
    ['Acme to buy all outstanding shares of Globex', 'agreed'],
    // Rumours and early talk as the press puts them; the press's idioms that generalise.
    ['Globex confirms it received takeover approach', 'rumored'],
    ['Globex confirms receipt of takeover approach', 'rumored'],
    ['Globex says it received an approach', 'rumored'],
    ['Talks between Acme and Globex have stalled over price', 'at_risk'],
    ['Talks between Acme and Globex have collapsed', 'terminated'],
    ['Acme could make a move for Globex as early as next week', 'rumored'],
    ['Acme woos Globex with £3bn offer', 'negotiating'],
    ['Acme pounces on Globex in £2bn swoop', 'negotiating'],
    ['Acme returns with $5bn bid', 'negotiating'],
    ['Regulators kill Acme-Globex deal', 'blocked'],
    ['Acme kills Globex deal', 'terminated'],
    ["Acme's Globex bid torpedoed by shareholders", 'terminated'],
    ['Shareholders scupper Acme-Globex merger', 'terminated'],
    ['Acme-Globex deal in limbo after court ruling', 'at_risk'],
    ['Acme ups the ante in battle for Globex', 'negotiating'],
    ['Acme quits the race for Globex', 'terminated'],
    ["Globex snubs Acme's advances", 'at_risk'],
    // In capitals a name after a possessive looks like nouns; only goods in the plural are goods.
    ["ACME TO BUY ISRAEL'S GLOBEX SEMICONDUCTOR FOR $5.4 BILLION", 'agreed'],
    // 1980s wire and the 2020s trade press: what is called off is its object; a passive infinitive agreed.
    ['Acme calls off $5bn Globex merger', 'terminated'],
    ['Acme calls off its bid for Globex', 'terminated'],
    ['Acme calls off IPO after agreeing to sale to Globex', 'agreed'],
    ['Acme agrees to be taken private by Globex Capital in $6bn deal', 'agreed'],
    ['Globex Capital closes take-private of Acme', 'completed'],
    ['ACME TO BUY ALL GLOBEX SHARES', 'agreed'],
    // Amounts as other desks write them: the wire's "bln dlrs", US$ and A$.
    ['Microsoft to invest 1 bln dlrs in OpenAI', 'agreed'],
    ['Capital One agrees to buy Discover for 35 bln dlrs', 'agreed'],
    ['Broadcom offers US$103 billion for Qualcomm in biggest tech bid', 'negotiating'],
    ['Acme makes A$6bn tilt at Globex', 'negotiating'],
    // A company's name counts as one word however many it takes.
    ['Velmora Global Holdings and Initech call off $40 billion Brisco-Halden Industries deal', 'terminated'],
    ['Insurance brokers Velmora Global Holdings and Brisco-Halden Industries to combine in mega-merger', 'agreed'],
    ["Brisco-Halden Industries accepts Velmora Global Holdings's $44 billion takeover offer", 'agreed'],
    ["China's delay in approving Velmora Holdings-NXP deal puts it in jeopardy", 'at_risk'],
    ['VELMORA GLOBAL HOLDINGS <VGH.O> CALLS OFF 40 BLN DLR BRISCO-HALDEN INDUSTRIES DEAL', 'terminated'],
    ['ACME BEATS GLOBEX TO INITECH WITH 5 BLN DLR AGREEMENT', 'agreed'],
    ['Velmora Global Holdings walks away from Brisco-Halden Industries after due diligence', 'terminated'],
    ['Talks between Velmora Global Holdings and Brisco-Halden Industries have stalled over price', 'at_risk'],
    ['Velmora Global Holdings Walks From Brisco-Halden Industries Talks Over Valuation Gap', 'terminated'],
    ['Velmora Global Holdings goes unconditional on Brisco-Halden Industries bid', 'completed'],
    ['Glass Lewis recommends Brisco-Halden Industries holders vote against Velmora Global Holdings deal', 'at_risk'],
    ['Velmora Global Holdings bags Globex for £1.2bn', 'agreed'],
    ['EU antitrust regulators to decide on Acme-Globex by Sept 1', 'regulatory_review'],
    // In capitals read in lower case, a company is one noun where a name was.
    ['ACME COULD MAKE A MOVE FOR GLOBEX AS EARLY AS NEXT WEEK', 'rumored'],
    ['ACME UPS THE ANTE IN BATTLE FOR GLOBEX', 'negotiating'],
    ['ACME WALKS AWAY FROM GLOBEX AFTER DUE DILIGENCE', 'terminated'],
    ['ACME EYES GLOBEX IN MEGA-MERGER', 'rumored'],
    ['ACME SWALLOWS RIVAL GLOBEX IN $3BN DEAL', 'agreed'],
    ['ACME BAGS GLOBEX FOR £1.2BN', 'agreed'],
    ['ACME SWOOPS ON GLOBEX', 'negotiating'],
    ["U.S. STEEL REJECTS CLEVELAND-CLIFFS' $7.3 BILLION BUYOUT OFFER", 'at_risk'],
    ['U.S. STEEL, NIPPON STEEL SUE OVER BLOCKED MERGER', 'at_risk'],
    ['U.S. REGULATORS SUE TO BLOCK ACME-GLOBEX MERGER', 'regulatory_review'],
    ['U.S. JUDGE BLOCKS ACME-GLOBEX MERGER', 'blocked'],
    // Asian and Canadian press: control secured, a subsidiary made whole, control eyed.
    ['Acme secures over 50% of Globex shares in tender offer', 'completed'],
    ['Acme raises stake in Globex to 45%, eyes full control', 'rumored'],
    ['Acme to make Globex wholly owned subsidiary via share swap', 'agreed'],
    ['Acme made Globex a wholly owned subsidiary', 'completed'],
    ['Acme board approves plan to acquire Globex through tender offer', 'agreed'],
    // What else is offered, approached, taken over, won or agreed: the words after the verb decide.
    ['Acme offered $21 a share for Globex', 'negotiating'],
    ['Acme offers Globex $5 billion', 'negotiating'],
    ['Acme offers a 30% premium for Globex', 'negotiating'],
    ['Acme offers to merge with Globex', 'negotiating'],
    ['Acme offers shareholders $40 a share', 'negotiating'],
    ['Acme approached Globex about a takeover', 'rumored'],
    ['Globex was approached by Acme', 'rumored'],
    ['Acme to take over Globex for $5bn', 'agreed'],
    ['Acme and Globex agree on merger terms', 'agreed'],
    ['FTC sues to block Acme', 'regulatory_review'],
    ['Acme wins battle for Globex', 'agreed'],
    ['TATA WINS BATTLE FOR CORUS WITH £6.7BN BID', 'agreed'],
    // Wire lead paragraphs and Australian, European and proxy-season wording.
    [
      "Globex Inc's shareholders on Thursday voted overwhelmingly in favour of the company's sale to Acme Corp, removing one of the last hurdles to the $3.1 billion deal.",
      'approved',
    ],
    ['Acme removes last hurdle to Globex deal', 'approved'],
    ['Acme overcomes final hurdle in Globex takeover', 'approved'],
    ['Acme-Globex deal faces new hurdle', 'at_risk'],
    ['Globex investors reject Acme takeover in shareholder vote', 'terminated'],
    ["Globex shareholders reject Acme's sweetened offer", 'at_risk'],
    // The future passive is an agreement; "would be" is one in reported speech, else only talked of.
    ['Globex will be acquired by Acme for $30 a share in cash.', 'agreed'],
    ['Globex will be acquired from Initech in the biggest deal of the year.', 'agreed'],
    ['Acme said Globex would be sold to Initech.', 'agreed'],
    ['Globex would be acquired by Acme under the proposal.', 'rumored'],
    // A takeover signed or inked; a bid backed with its owner and price before it (a price is one
    // word); what is backed may be an act on the deal; an owner exiting in a sale sells.
    ['Acme and Initech ink A$24 billion Globex buy', 'agreed'],
    ['Acme signs Globex takeover', 'agreed'],
    ["Globex backs Acme's £1.79bn all-share offer", 'agreed'],
    ["EU court backs Commission's decision to block Acme-Globex deal", 'blocked'],
    ['Initech exits Globex in sale to Acme', 'agreed'],
    ['Initech exited Globex via a sale to Acme', 'completed'],
    ['Acme exits Globex deal', 'terminated'],
    // Indian, Canadian and British company law's merger ("scheme of amalgamation") and India's
    // sale of a state company ("disinvestment"); an auction won; a stake raised past half.
    ["NCLT approves Acme twins' amalgamation", 'approved'],
    ['Acme board approves scheme of amalgamation with Globex', 'agreed'],
    ['The government completed the strategic disinvestment of Globex to Acme Pvt Ltd.', 'completed'],
    ['Acme Sons wins bid for Globex with Rs 18,000 crore offer', 'agreed'],
    ['Acme raises stake in Globex to 64.71%', 'completed'],
    ['Founders sold most of their holding to Acme, taking its total stake to 64.71%.', 'completed'],
    // A capitalized word inside a sentence is a name's, however tagged ("Hidden Road"), and a name the
    // model split as a contraction without its apostrophe ("Ive's") is one name.
    ['Acme to acquire prime broker Hidden Road for $1.25B', 'agreed'],
    ["Acme is buying Jony Ive's AI device startup io in a $6.5B all-equity deal", 'agreed'],
    // A capitalized name the model tags as a verb ("Discover") is a name where case tells names.
    ["It's official: Acme now owns Discover", 'completed'],
    // A yes/no question whether a deal can still close is a doubt over it.
    ["Can Acme still close its Globex deal after Biden's order?", 'at_risk'],
    // A stake bought whole may be control; one stated below half is a holding (below, nothing).
    ["Acme completes $6.4 billion acquisition of Initech's stake in Globex", 'completed'],
    // Going private in a deal with a buyer is its buyout, in the verb's tense.
    ['Globex (GLBX) to go private in $9.4B deal with Acme Capital; shares up 25%', 'agreed'],
    ['Globex went private in a deal with Acme Capital', 'completed'],
    // A business sold or offered "to win" a regulator's approval is a remedy: the deal under review.
    ['Acme to sell Otezla to win FTC approval for Globex deal', 'regulatory_review'],
    ['Acme offers to sell Otezla to win FTC approval for Globex deal', 'regulatory_review'],
    // Walking away from a company, whatever follows its name but a thing of it.
    ['Acme walks away from Globex as rival Initech swoops in', 'terminated'],
    // A sale backed by holders is approved (a share sale backed is a financing: nothing); a deal holders
    // are urged to reject is at risk, one a regulator rejects blocked.
    ['Globex shareholders back sale of phone unit to Acme', 'approved'],
    ['Proxy adviser ISS urges Globex shareholders to reject Acme deal', 'at_risk'],
    ['EU rejects Acme-Globex deal', 'blocked'],
    // A deal's price revised by agreement or cut is still agreed; a discount sought puts it in doubt.
    ['Acme, Globex agree to lower deal price by $350 million after breaches', 'agreed'],
    ['Acme cuts takeover price to as little as $6.50 a share', 'agreed'],
    ['Acme seeks discount on Globex deal after massive data breach', 'at_risk'],
    // Control of a company taken is its takeover: agreed to come, done in the present.
    ['Acme agrees to take control of Globex from Initech', 'agreed'],
    ['Acme officially takes control of Globex', 'completed'],
    // A party thinking again about its deal; a company's board rejecting a deal puts it at risk (a
    // public body's Board and a regulator block it).
    ['Acme board reconsiders Globex deal after US tax rule change', 'at_risk'],
    ['Acme board rejects Globex merger on current terms, demands change', 'at_risk'],
    ['Surface Transportation Board rejects Acme-Globex merger', 'blocked'],
    // A takeover that fails has lapsed (one that fails to do something is read at what it failed);
    // a court that denies a regulator's bid to block a deal lets it through.
    ["Acme's takeover of Globex fails as acceptances fall short", 'terminated'],
    ['Judge denies FTC bid to block Acme acquisition of Globex', 'approved'],
    // A bid that lapses ended; terms amended are still agreed; a contest won with half the shares is control.
    ["Initech's bid for Globex lapses after too few acceptances", 'terminated'],
    ['Acme and Globex amend terms of merger after pandemic hit', 'agreed'],
    ["Acme wins battle for Globex with 52% of shareholders' backing", 'completed'],
    // Leave to walk away is a doubt, not an end; a price lowered by agreement is the deal amended; a
    // regulator that closes or ends its review of a deal lets it through.
    ['Delaware judge rules Acme can walk away from Globex deal', 'at_risk'],
    ['Acme and Globex settle, agree to lower price of $5.3 billion', 'agreed'],
    ['FTC closes review of Acme-Globex deal without action', 'approved'],
    ['EU ends in-depth probe into Acme-Globex deal', 'approved'],
    // A government that rejects a bid forbids it (an approach rejected is a risk); control taken in
    // full, and a company now owned whole, are the takeover.
    ["Canada rejects Acme's $39 billion bid for Globex", 'blocked'],
    ['Berlin rejects Acme approach, says Globex must stay independent', 'at_risk'],
    ['Acme to take full control of Globex, Initech to sell its stake by 2024', 'agreed'],
    ["Acme completes purchase of Initech's stake, now owns all of Globex", 'completed'],
    // A filing withdrawn is the review in trouble, not the deal ended; an ultimatum to accept is pressure.
    ['Acme withdraws FCC application for Globex deal, takes $4 billion charge', 'at_risk'],
    ['Acme withdraws merger filing with FTC, plans to refile', 'at_risk'],
    ['Acme gives Globex three weeks to accept offer or face proxy fight', 'at_risk'],
    // Talks stopped end; stopping them demanded of another is a risk; a name with "of" in it is one
    // buyer ("Bank of America").
    ['Acme stops talks with Globex', 'terminated'],
    ['Acme demands Globex stop talks with Initech', 'at_risk'],
    // An approval given in a participle after it.
    ["FIRB approval received for Acme's Globex scheme", 'approved'],
    // A regulator rules on a deal only where the deal is what "on" takes: rules on something else
    // that threaten the deal are a risk ("rules" is then a noun).
    ['NEW US TREASURY RULES ON TAX INVERSIONS THREATEN ACME-GLOBEX DEAL', 'at_risk'],
    ['EU regulators to rule on Acme-Globex deal by Friday', 'regulatory_review'],
    ['EU sets deadline of Feb. 14 to decide on Acme-Globex deal', 'regulatory_review'],
    // The words after a comma and a verb are that verb's: ditching a rival ends no bid.
    ["Globex ditches Initech, accepts Acme's $38 billion offer", 'agreed'],
    // To back something up is no backing of a deal: the offer is read as itself.
    ["Globex backed that up with Acme's offer", 'negotiating'],
    // Holders turn a takeover down in the vote (its owner and price may stand between), an offer by not tendering.
    ["Globex shareholders reject Acme's $9 billion takeover", 'terminated'],
    ['Globex shareholders reject Acme takeover offer', 'at_risk'],
    ["Proxy adviser ISS backs Acme's bid for Globex", 'negotiating'],
    ["Proxy adviser ISS backs Acme's takeover offer for Globex", 'negotiating'],
    ['Globex enters scheme implementation deed with Acme', 'agreed'],
    ['Acme goes unconditional on Globex bid', 'completed'],
    ['Acme secures 90% of Globex, moves to compulsory acquisition', 'completed'],
    // A court's injunction, as a verb; a regulator that seeks the data asks for it.
    ['COURT ENJOINS ACME TENDER OFFER FOR GLOBEX', 'blocked'],
    ['Judge enjoins Acme from completing Globex merger', 'blocked'],
    ['JUSTICE DEPARTMENT SEEKS DATA ON ACME MERGER', 'regulatory_review'],
    // A board named as a public body approves as regulators do; a company's board agrees.
    ['Surface Transportation Board approves Acme-Globex combination', 'approved'],
    ['Foreign Investment Review Board clears Acme takeover of Globex', 'approved'],
    ['Acme board approves Globex merger', 'agreed'],
    ['ACME BOARD APPROVES MERGER WITH GLOBEX', 'agreed'],
    // A likely object of a deal nobody has proposed: talk of one.
    ['Globex could become a takeover target, analysts say', 'rumored'],
    ['Globex seen as a target for a bid', 'rumored'],
    ['Globex vulnerable to a takeover bid after share slump', 'rumored'],
    ['Analysts raise Globex price target', null],
    ['Globex misses sales target', null],
    // Money for the deal in trouble puts it at risk; a regulator's approval for a "buy" is one.
    ['ACME BUYOUT GROUP HAS FINANCING PROBLEMS', 'at_risk'],
    ['Acme deal for Globex hit by funding shortfall', 'at_risk'],
    ['AMBROSE GETS FED APPROVAL FOR BANK BUY', 'approved'],
    ['AMBROSE GETS FED APPROVAL FOR BANK BUY - Reuters', 'approved'],
    // Holders looking to exit are selling out; weighing an end of a deal is a deal at risk.
    ['Globex promoters looking to exit, sound out buyers', null],
    ['Acme is considering ending its negotiations with Globex', 'at_risk'],
    // An agreement or an approval to do what is no deal is none; a sale of notes raises money; a
    // holder selling the rest of its minority stake leaves.
    ['Acme and Globex signed an agreement to share data centre space', null],
    ['Acme and Globex signed an agreement to merge', 'agreed'],
    ['Globex has received approval from the central bank to operate as a payments institution', null],
    ['Acme wins approval from EU regulators to buy Globex', 'approved'],
    ['Acme said it had completed the sale of $2 billion of senior notes', null],
    ['Acme said it completed the sale of its Globex unit to Initech', 'completed'],
    ['Venture firm Initech sold its remaining 4% stake in Globex', null],
    ['Initech buys the remaining 30% stake in Globex from Acme', 'agreed'],
    // An approval sought and not won is a deal at risk, never an approval; a review extended goes on.
    ['Acme-Globex deal fails to win shareholder approval', 'at_risk'],
    ['Globex privatisation fails to win minority approval', 'at_risk'],
    ['Acme failed to secure regulatory approval for the Globex merger', 'at_risk'],
    ['Acme wins shareholder approval for Globex deal', 'approved'],
    ['SAMR extends review of Acme deal for Globex', 'regulatory_review'],
    ['Acme extends its partnership with Globex', 'agreed'],
    // A bid to stop a deal read by its outcome; a regulator or court that lets it happen approves it.
    ['Regulator wins bid to stop Acme purchase of Globex', 'blocked'],
    ['FTC loses bid to block Acme takeover of Globex', 'approved'],
    ['Globex fails in bid to block Acme offer', 'approved'],
    ["Globex's bid to block Acme's offer", 'at_risk'],
    ['FTC lets Acme buy Globex but keeps its chief off the board', 'approved'],
    ['EU allows Acme to buy Globex', 'approved'],
    ['Judge allows merger to proceed', 'approved'],
    ['Acme lets staff buy shares', null],
    // Buyers listed before "close" make it a verb; parties that settle on a new price go ahead.
    ['Corvane, Brandtek close Pellix buyout', 'completed'],
    ['Pellix, buyers settle with banks on lower $36 a share price', 'agreed'],
    ['Acme settles with SEC for $10 million', null],
    // A buyer not prepared to go on, or to pay the price, puts the deal in doubt.
    ["Corvane says it won't pay $60 a share for Pellix", 'at_risk'],
    ['Corvane says it is not prepared to proceed with Pellix purchase', 'at_risk'],
    ['Corvane unwilling to proceed with Pellix deal', 'at_risk'],
    ['Corvane will pay $60 a share for Pellix', 'agreed'],
    // A regulator that looks into a deal; an end demanded of the deal in the passive.
    ["UK watchdog looks into Corvane's Pellix acquisition", 'regulatory_review'],
    ['Brandtek launches hostile bid for Corvane, demands Pellix deal be dropped', 'at_risk'],
    // A name whose first word the reader reads, in title case and capitals: the verb that follows
    // in the third person (or the plural) says it is the subject's name.
    ['Clear Pellix Agrees to $18.7 Billion Buyout by Corvane', 'agreed'],
    ['CLEAR PELLIX SUES BANKS TO FORCE FUNDING OF BUYOUT', 'at_risk'],
    ['Clear Pellix Buyers Raise Offer to $39.20 a Share', 'negotiating'],
    // (After a preposition, a name's word is no inflection: "United" is no "unit".)
    ['Delaware Judge Rules Corvane Can Walk Away from United Pellix', 'at_risk'],
    ['DELAWARE JUDGE RULES CORVANE CAN WALK AWAY FROM UNITED PELLIX', 'at_risk'],
    ['CORVANE, BRANDTEK CLOSE PELLIX BUYOUT', 'completed'],
    ["CORVANE SAYS IT WON'T PAY $60 A SHARE FOR PELLIX", 'at_risk'],
    // A majority stake taken is control (a minority one a holding).
    ['Corvane to take 80% stake in Pellix commercial jets', 'agreed'],
    ['Corvane to take majority stake in Pellix', 'agreed'],
    ['Corvane takes 9% stake in Pellix', null],
    ['Corvane takes majority control of Pellix', 'completed'],
    // A white knight's offer is invited (one sought is not yet made); what complicates a bid is a risk.
    ['Corvane emerges as white knight with €16.3bn offer for Pellix', 'agreed'],
    ['Pellix seeks white knight offer to fend off Brandtek', 'rumored'],
    ['Brandtek buys Pellix stake, complicating Corvane bid', 'at_risk'],
    // Shares taken up in a tender, more than half, are control; a company won as the bid goes
    // unconditional is bought; an offer sweetened "and" board backing won is agreed.
    ['Corvane takes up more than 73% of Pellix shares', 'completed'],
    ['Corvane takes up 20% of Pellix shares', null],
    ['Corvane wins Pellix as bid goes unconditional', 'completed'],
    ['Corvane sweetens Pellix offer and wins board backing', 'agreed'],
    ['Pellix bids referred to Competition Commission', 'regulatory_review'],
    // Names the tagger reads as common words in title case and capitals.
    ['Corvane to Take Control of Sun Pellix Retail in US$3.6 Billion Deal', 'agreed'],
    ['CORVANE TO TAKE CONTROL OF SUN PELLIX RETAIL IN US$3.6 BILLION DEAL', 'agreed'],
    ['FTC CLEARS CORVANE-ORBITAL PELLIX WITH CONSENT ORDER', 'approved'],
    ['PELLIX HILL CONFIRMS APPROACH FROM CORVANE', 'rumored'],
    ['CORVANE CUTS PELLIX OFFER PRICE AFTER PROFIT WARNINGS', 'agreed'],
    // (Title case whose names are two letters long.)
    ['BT Agrees to Buy EE for £12.5bn', 'agreed'],
    ['BT Completes EE Acquisition', 'completed'],
    // A deal a buyer "closes on" is done ("closes in on" it, near).
    ['Corvane closes on Pellix purchase', 'completed'],
    ['Corvane closes in on Pellix deal', 'negotiating'],
    // A deal confirmed "for" a company named after it; a price offered "to buy"; a rescue walked from.
    ['Corvane confirms $1.1 billion deal for Pellix', 'agreed'],
    ['Corvane confirms deal for Pellix chips', null],
    ['Corvane offers $2.7bn to buy out Pellix minorities', 'negotiating'],
    ['Corvane walks away from Pellix rescue after due diligence', 'terminated'],
    // (The plural that ends a firm's name is no goods, in capitals too.)
    ["CORVANE TO BUY KOREA'S PELLIX BROTHERS FOR $4BN", 'agreed'],
    // A bid a company thwarts is its defence (a regulator's move to thwart one, its review); a bid
    // pressed on with is still a bid; "end" between two names is the verb.
    ['Pellix turns to Initech to thwart Corvane bid', 'at_risk'],
    ['Regulator moves to thwart Corvane bid for Pellix', 'regulatory_review'],
    ['Corvane presses on with Pellix bid', 'negotiating'],
    ['Hafts end Pellix bid, take $100 million profit on shares', 'terminated'],
    // A company's offering of its own shares is no bid.
    ['Pellix returns to the stock market in public offering', null],
    // A merger by share swap approved; a business integration completed, as the Japanese press says.
    ['Pellix and Corvane shareholders approve share swap', 'approved'],
    ['Pellix bondholders reject debt swap', null],
    ['Corvane completes integration with Pellix Shell', 'completed'],
    ['CORVANE COMPLETES INTEGRATION WITH PELLIX SHELL', 'completed'],
    ['CORVANE COMPLETES PELLIX CENTRAL INTEGRATION', 'completed'],
    ['Corvane completes systems integration', null],
    // A company won as another's merger collapses; defeat conceded in a contest (not an election's);
    // a bid referred to a regulator; a tender extended as a regulator's review goes on.
    ['Corvane wins Pellix as Initech merger collapses', 'agreed'],
    ['Brandtek concedes defeat in Pellix battle', 'terminated'],
    ['Smith concedes defeat in election', null],
    ['Corvane bid for Pellix referred to Monopolies Commission', 'regulatory_review'],
    ['Corvane extends Pellix tender offer again as FTC review drags on', 'regulatory_review'],
    ['Corvane extends Pellix tender offer as shares rise', 'negotiating'],
    // A regulator's decision named as a noun; terms named by the other party, revised; a joint
    // venture two companies complete.
    ['EU sets deadline for decision on Corvane-Pellix deal', 'regulatory_review'],
    ['Corvane revises Pellix terms as its stock falls', 'agreed'],
    ['Corvane and Pellix complete Stellar Tre joint venture', 'completed'],
    ['Corvane and Pellix plan joint venture in India', null],
    ['CORVANE AND PELLIX COMPLETE STELLAR TRE JOINT VENTURE', 'completed'],
    ['CORVANE REVISES PELLIX TERMS AS ITS STOCK FALLS', 'agreed'],
    // A participle glued by a hyphen to a name describes the noun after it: no backing given.
    ['Saudi-backed group pulls out of Pellix takeover', 'terminated'],
    ['Corvane-backed bid for Pellix fails', 'terminated'],
    // A company described by a compound with a verb; parts "of" a company (parts "from" one are goods).
    ['Corvane snaps up self-driving startup Pellix', 'agreed'],
    ['Corvane buys self-driving cars from Pellix', null],
    ["Corvane's Flagstar to buy parts of failed Pellix Bank", 'agreed'],
    ['Corvane buys car parts from Pellix', null],
    // Nothing reopens past "as" or a clause of time; bidders "among" the final ones.
    ['Pellix branches reopen as Flagstar after deal closes', 'completed'],
    ['Corvane and Pellix reopen merger talks', 'negotiating'],
    ['Corvane, Brandtek among final bidders for Pellix as FDIC prepares seizure', 'negotiating'],
    ['Corvane, Brandtek Among Final Bidders for First Pellix as FDIC Prepares Seizure', 'negotiating'],
    // (A name last that the tagger reads as a verb in lower case.)
    ['BAIN WALKS AWAY FROM CHEMRING', 'terminated'],
    // The trade press's "wraps" a deal named by its target, and "snags" a company for a price.
    ['Corvane wraps Pellix deal', 'completed'],
    ['Studio wraps deal with actor', null],
    ['Corvane snags Pellix for $2.5B', 'agreed'],
    ['Corvane snags Pellix contract', null],
    ['Corvane-Pellix deal hits snag', 'at_risk'],
    ['CORVANE SNAGS PELLIX FOR $2.5B', 'agreed'],
    ['CORVANE WRAPS PELLIX DEAL', 'completed'],
  ] as const)('"%s" → %s', (title, stage) => {
    expect(classifyStage(title)?.stage ?? null).toBe(stage);
  });

  // Wire stories whose headline is only the company: the first sentence says it.
  it.each([
    ['Acme Corp said its previously announced merger with Globex Inc was completed.', 'completed'],
    [
      'Acme said the FTC requested additional information about its proposed acquisition of Globex.',
      'regulatory_review',
    ],
    ['Acme said the waiting period under the Hart-Scott-Rodino Act for its acquisition of Globex expired.', 'approved'],
    ['Acme said it received early termination of the waiting period for its purchase of Globex.', 'approved'],
    ['Acme Corp said it would not pursue its offer for Globex Inc.', 'terminated'],
    ['Acme said its board has retained advisers to evaluate an unsolicited offer from Initech.', 'negotiating'],
    ['Acme said its tender offer for Globex expired and it has accepted all shares tendered.', 'completed'],
    ['Acme said it will seek shareholder approval for its merger with Globex at a meeting in June.', 'agreed'],
    ['Acme said its tender offer for Globex expired and it has purchased all shares validly tendered.', 'completed'],
    ['Acme said it had bought 5.1 pct of Globex and may buy more shares.', null],
    [
      'Acme said it received a request for additional information from the Justice Department regarding its proposed merger with Globex.',
      'regulatory_review',
    ],
    [
      'A federal judge issued a preliminary injunction barring Acme from proceeding with its offer for Globex.',
      'blocked',
    ],
    // A participle that describes "the group" is not the clause's verb; what the group has done is.
    [
      'Acme said the group seeking to buy the company has been unable to obtain the financing needed to complete the transaction.',
      'at_risk',
    ],
    ['Acme said it has secured financing for its purchase of Globex.', null],
  ] as const)('"ACME CORP <ACM>" then "%s" → %s', (summary, stage) => {
    expect(classifyStage('ACME CORP <ACM>', summary)?.stage ?? null).toBe(stage);
  });

  // A present-tense headline is an agreement announced, unless the first sentence says it is done.
  it.each([
    ['ACME <ACM> BUYS GLOBEX UNIT', "Acme said it bought Globex's chemicals unit for 40 mln dlrs.", 'completed'],
    [
      'ACME <ACM> SELLS UNIT',
      'Acme said it completed the previously announced sale of its Globex unit to Initech.',
      'completed',
    ],
    ['Acme buys Globex for $4bn', 'Acme said it agreed to buy Globex for $4 billion in cash.', 'agreed'],
    ['Acme buys Globex for $4bn', '', 'agreed'],
    // A headline in capitals has lost the case that tells a company from its products; its first sentence has it.
    ['ACME <ACM> BUYS GLOBEX EQUIPMENT', 'Acme Corp said it purchased drilling equipment from Globex Inc.', null],
    ['ACME <ACM> SELLS GLOBEX NOTES', 'Acme Corp said it sold 50 mln dlrs of Globex Inc notes it held.', null],
    ['ACME <ACM> BUYS GLOBEX', 'Acme Corp said it agreed to buy Globex Inc for 30 mln dlrs.', 'agreed'],
    // (A company named by its trade, bought from its owner, is a company, not goods from a seller.)
    [
      'ACME TO ACQUIRE GLOBEX DISTRIBUTION IN $18.25 BILLION DEAL',
      'The retailer agreed to buy the roofing and landscaping supplier from Initech Partners.',
      'agreed',
    ],
    // Goods past a participle are goods: "40 used locomotives".
    [
      'Acme to buy 40 locomotives from Globex',
      'Acme has agreed to buy 40 used locomotives from Globex for $120 million.',
      null,
    ],
    [
      'Acme to Buy 40 Locomotives from Globex',
      'Acme has agreed to buy 40 used locomotives from Globex for $120 million.',
      null,
    ],
    ['ACME <ACM> TO BUY GLOBEX', 'Acme Corp said the purchase would be financed with cash.', 'agreed'],
    // A company's suffix ends no sentence: the first two sentences are read whole.
    [
      'Acme digs further into consulting',
      'Acme Corp. (NYSE: ACM) is shopping again. On Monday the company said it will be buying Globex Inc.',
      'agreed',
    ],
  ] as const)('"%s" then "%s" → %s', (title, summary, stage) => {
    expect(classifyStage(title, summary)?.stage ?? null).toBe(stage);
  });

  // A headline's infinitive is an agreement or only a plan; its interest gives way to the bid stated.
  it.each([
    [
      'ACME <ACM> TO SELL CHEMICALS UNIT',
      'Acme said it plans to sell its chemicals unit as part of a restructuring.',
      'rumored',
    ],
    ['ACME <ACM> TO SELL RAILROAD', 'Acme said it will put the railroad up for sale.', 'rumored'],
    [
      'ACME <ACM> TO SELL CHEMICALS UNIT',
      'Acme said it agreed to sell its chemicals unit to Globex for 200 mln dlrs.',
      'agreed',
    ],
    ['Acme to buy Globex for $40 billion', 'The deal would combine the two biggest chip designers.', 'agreed'],
    [
      'ACME <ACM> SEEKS REST OF GLOBEX',
      'Acme said it will offer 58 dlrs a share for the 30 pct of Globex it does not own.',
      'negotiating',
    ],
    [
      'Acme seeks control of Globex',
      'Acme made a $2.7 billion offer for the 49% of Globex it does not already own.',
      'negotiating',
    ],
    ['Acme eyes Globex', 'Acme is weighing a bid for Globex, people familiar said.', 'rumored'],
  ] as const)('"%s" then "%s" → %s', (title, summary, stage) => {
    expect(classifyStage(title, summary)?.stage).toBe(stage);
  });

  it.each([
    'Acme lays off as many as 1,200 workers',
    'Acme is not interested in buying Globex',
    'Acme buys back $2 billion of its shares',
    'The game sold record numbers in its first week',
    'Acme denies FTC will block Globex deal',
    "Police won't challenge the ruling",
    'HP and EDS combined would be about the size of IBM Global Services',
    'Acme sets record for quarterly sales',
    'Microsoft in $10 billion cloud computing deal with OpenAI',
    'Acme gives up its lead in the market',
    'Eyes on Globex as Acme reports',
    "Acme eyes Globex's chips for its new phones",
    'Acme seeks control of its costs',
    'Shareholders back management in proxy fight',
    'Court lifts block on TikTok ban',
    'Analysts call the price inadequate',
    'Acme takes private jet to Globex meeting',
    'Acme shares near record high on Globex deal hopes',
    "EU raises concerns over Acme's market power in cloud",
    'Tenants vote for rent strike',
    'Acme will not make any acquisitions this year',
    'Acme appeals fine over Globex deal',
    'Regulators to decide on new banking rules by June',
    'Acme shares finish higher',
    'Acme now owns 40% of the market',
    'Acme loses court fight over patent',
    'Acme sets sights on record quarter',
    'Strategic options for the economy, says minister',
    'The game closes on Friday',
    'Acme makes approach to regulators',
    'Acme sells 20% stake in Globex to Initech',
    'Acme to buy 10 pct of Globex',
    'INITECH <INI> BOUGHT 9.8 PCT STAKE IN GLOBEX',
    'Acme dismisses reports of Globex talks',
    'Acme to close plant in Ohio',
    'Acme will complete the project next year',
    'Deadline extended for Acme tax filing',
    'Acme pushes back product launch',
    "Acme's unconditional support for Globex staff",
    'Acme bags record profit',
    'Acme divests from fossil fuels',
    'Acme swallows losses on Globex contract',
    'Fans join forces to save club',
    'Acme calls time on CEO',
    'Acme pulls ad from Globex network',
    'Regulators raise red flags over Acme accounting',
    // A stake no word makes a majority is a holding, bought or sold; so is part of one.
    'ACME UNIT BUYS STAKE IN GLOBEX',
    'Activist takes stake in Globex, pushes for changes',
    'Acme sells its holding in Globex',
    'Acme plans to sell part of its stake in Globex',
    'ACME HOLDS 48 PCT OF GLOBEX',
    'Acme, which holds 56 pct of Globex, reports higher profit',
    'Acme holds 49% stake in Globex',
    'Regulator seeks comments on new merger guidelines',
    'Regulator rejects Acme request for rate rise',
    'Analysts see potential for more acquisitions in chips',
    'Acme opposes new tax rules',
    'Shareholders to vote on pay plan',
    'Acme shares rise on earnings talk',
    'Acme no longer sells in Europe',
    'Senator bows out of presidential race',
    'Acme said it was the buyer of a 9.5 pct stake in Globex sold by Initech',
    'Acme sold its interest in the venture',
    'Acme extends tax filing deadline',
    'Globex drops suit against Acme',
    "Globex said it dropped its lawsuit seeking to block Acme's tender offer",
    'Acme settles lawsuit with former CEO',
    'Acme agreed not to sell the unit',
    'Acme shares too low to attract buyers, analysts say',
    'Project on track despite delays',
    'Acme has sold its 15 per cent stake in Globex to institutional investors',
    'Acme accepts undertakings from staff',
    // Two companies in the news together, with no deal between them (a deal topic names both).
    'Acme sues Globex over patent infringement',
    'Acme signs cloud deal with Globex',
    "Acme signed a five-year agreement to use Globex's cloud services",
    'Acme and Globex extend supply agreement',
    'Acme buys Globex chips for new phone',
    'Acme will buy chips from Globex for its next phone',
    'Acme has stopped buying parts from Globex after quality problems',
    "Acme invests in Globex's new factory",
    'Acme to invest $11 billion in Canadian EV supply chain',
    'Globex launches AI design tools a year after Acme deal collapsed',
    'Acme has no intention of selling Globex',
    'Acme parts ways with CEO',
    'Acme kicks the tires on new office space',
    // A law firm "investigating" a sale for shareholders reviews nothing.
    "INVESTOR ALERT: Halper Sadeh LLC Investigates Globex's Sale to Acme",
    'SHAREHOLDER ALERT: Brodsky & Smith Investigates Globex Financial Services Merger',
    'Globex Investor Alert: Kahn Swick & Foti Investigating Adequacy of Price in Sale to Acme',
    'Acme did not, as expected, buy Globex',
    'Acme offers to make amends',
    'Acme, Globex settle over patent dispute',
    'FTC sues Acme over subscription cancellation practices',
    'Globex stock falls after weak quarterly results',
    'Acme shares slip as oil prices fall',
    'Acme offer deadline extended',
    'Tax filing deadline extended',
    'Acme wraps presents for staff',
    'The FTC opened an investigation into data sharing between Acme and Globex',
    'Acme sells more phones than Globex in China',
    'Acme buys ads on Globex network',
    "Acme bought advertising time on Globex's television network",
    'Acme to sell its products through Globex stores',
    "Acme agreed to license Globex's display technology",
    'Acme agreed to pay Globex $20 million to settle a dispute over unpaid invoices',
    'Smith is the leading contender to become the next party leader',
    'Acme will not offer the phone in Europe',
    'Acme shareholders approve new pension scheme',
    'Acme and Globex both denied a report that they were in merger talks',
    'Acme will not complete the project this year',
    'Acme paid $2 million for new offices',
    'Acme sells Globex shares it got in spin-off',
    'Acme buys Globex-made trucks for its fleet',
    'Acme agreed to buy 500 trucks made by Globex',
    "Acme's chief executive said the merger of Globex and Initech would hurt competition",
    'Acme agreed to pay $5 million to settle an FTC investigation into its advertising',
    'Court denies request for injunction against Acme strike',
    'Acme withdraws from the race to build a new stadium',
    'Globex promoters sell 5% stake via block deal',
    'Acme awaits green light for Globex deal',
    'Acme still needs the green light from Brussels for its Globex deal',
    'Acme awaits final approval for Globex deal',
    'Acme is now part of the index',
    'Acme dismisses takeover speculation',
    'Exchange delists Globex over late filings',
    'Union members revolt over pay deal',
    'Acme signs deal with Globex',
    'Acme reaches agreement with creditors',
    'Acme would have to pay a $1 billion termination fee',
    'Closing arguments begin in Acme antitrust trial',
    'Acme awaited regulatory approval for its Globex deal',
    'Acme Weighs Sale of Globex Stake',
    "Globex Rejects Activist's Call for Sale",
    'Globex go-shop period ends without rival bid',
    "Analysts say no to Acme's Globex plan",
    'Focus-Acme bets on costs as it reports loss',
    // Deal words about products, financing, reorganizations and other bids.
    'Acme wins FDA approval for Globex-developed drug',
    'FDA gives green light to Globex drug',
    'Acme merges its Globex and Initech divisions',
    'Acme completes $2 billion bond sale',
    'Globex share offering raises $400 million',
    'Globex bid to host Olympics rejected',
    'Acme offers Globex customers free upgrade',
    "Acme to take over Globex's Dublin office lease",
    // A dealing of a commercial kind is a contract; a product for sale sells no business.
    'Acme closes deal with Globex for cloud services',
    'Acme terminates Globex distribution agreement',
    'Acme walks away from Globex supply talks',
    'Acme in talks with Globex on chip supply',
    "EU clears Acme's Globex-based app for sale",
    'Acme wins approval to sell Globex-made insulin in China',
    'Acme to merge two business units',
    'Acme walks away from Globex partnership',
    "Acme walks away from Globex's stadium project",
    'Acme seeks to gain control of the market',
    'Acme shares slip as investors weigh Globex deal costs',
    'Acme and Globex agree on interoperability standards',
    'Acme ends talks with Globex union',
    "Acme bids for Globex's spectrum licences at auction",
    "Acme's plan goes through",
    'Acme is ready for the holidays',
    "Globex to acquire Acme's used equipment at auction",
    'Court blocks Globex from selling Acme-branded goods',
    'Acme and Globex in talks to resolve billing dispute',
    "Acme launches bid to win Globex's customers",
    'Acme merges Globex app into its main platform',
    'Globex enters trading halt pending takeover announcement',
    'Exchange halts trading in Globex shares',
    'Acme signs exclusivity deal with Globex for streaming rights',
    'Acme tilts toward AI',
    'Acme beats estimates',
    'Acme drops out of the race for a new stadium',
    'Acme raises $2bn to fund acquisitions',
    'Acme shareholders vote down pay plan',
    // An offer not made yet is no walking away (only a stated intent not to make one is).
    'Acme has not made a formal offer, the people said, and there is no certainty a deal will be reached.',
    "Analysts back Acme's strategy",
    // What one offers of one's own is no bid; a policy of buying, shares bought, a plan to grow.
    'The chief executive offered a few remarks on the pending Globex acquisition.',
    'The analyst said the Globex deal already offers her 12-month target price of $30.',
    'Acme makes acquisitions a priority',
    'Acme announced the purchase of 2 million Globex shares',
    'Acme hopes to grow by buying rivals',
    'Acme reaches settlement with Globex shareholders over merger suit',
    'Acme Ups Stake in Globex to 29.9%, Stops Short of Bid',
    'Acme walks from the stage after talk',
    'Globex founder sells shares worth $200 million',
    'Acme sells shares in Globex',
    'Acme makes a move on pricing',
    'Acme makes bold move into cloud',
    'Globex shares jump 20% in takeover bid',
    'Acme wins with new offer for customers',
    "Acme in battle for Globex's customers",
    'Acme touts advances in AI',
    "ACME BUYS GLOBEX'S USED TRUCKS",
    'Acme calls off the search for a buyer',
    'ACME BUYS GLOBEX SHARES',
    'Acme buys 2 mln dlrs of Globex chips',
    'ACME BEATS GLOBEX IN QUARTERLY SALES',
    'ACME SHARES JUMP ON GLOBEX NEWS',
    'Acme approves $2 billion buyback after Globex stake sale',
    'Acme approves 2 bln dlrs buyback after Globex stake sale',
    'Acme shareholders approve dividend',
    'Acme to Buy More Globex Processors for Its Data Centres',
    'ACME TO BUY MORE GLOBEX PROCESSORS FOR ITS DATA CENTRES',
    'ACME BUYS GLOBEX-BRANDED OFFICE IN DUBLIN FOR €80M',
    'ACME BEATS GLOBEX 20-13 TO CLINCH PLAYOFF BERTH',
    'Acme Corp said it bought 1.2 mln shares of Globex Inc common stock.',
    'Acme will offer the Globex Phone 12 to customers in March',
    'Acme offered an apology to Globex customers',
    'Police offered a $50,000 reward for information about the Acme fire',
    "Acme has offered the chief executive job to Globex's finance head",
    'Coast guard spotted two boats speedily approaching the Acme tanker',
    'Jane Doe takes over from John Roe as Acme chief executive',
    'Jane Doe to take over as Acme chief executive',
    'The Acme phone has a brushed-steel finish',
    'Acme signs Globex striker to five-year deal',
    'Acme and Globex agree',
    'Environmental groups sued to block the new rules',
    'Acme won the fight in six rounds',
    'Police were in pursuit of two suspects in an Acme van',
    'Acme is still waiting for required regulatory approvals for Globex merger',
    'Acme lifts stake in Globex to 15 pct',
    'Acme wins bid to host Olympics',
    'Acme and Globex sign 15-year renewable power purchase agreement',
    'Jane Doe completes purchase of 27.7% stake in Globex',
    "Talking to People magazine, Acme's representative confirmed the news",
    "Acme's boss discussed the gaming division's plans in an interview",
    'Investors back Acme share sale',
    'Acme cuts iPhone price in China',
    'Jane Doe takes control of football operations at Globex',
    'Acme denies bid to block Globex deal',
    'Acme amends its bylaws',
  ])('"%s" says nothing about a deal', (title) => expect(classifyStage(title)).toBeNull());

  it("reads talks with one's own advisers as no deal talks: the headline's rumour stands", () => {
    const lead = 'The buyout firm has held early discussions with advisers, according to people familiar.';
    expect(classifyStage('Acme said to explore bid for Globex', lead)?.stage).toBe('rumored');
    expect(
      classifyStage('Acme said to explore bid for Globex', 'Acme has held early discussions with Globex.')?.stage,
    ).toBe('negotiating');
  });

  it('keeps the words it read and whether they were hedged; a regulator\'s "could harm" is its finding, not a hedge', () => {
    // What is bought is shown whole, not its first word ("agrees to buy cloud" had been the phrase).
    expect(classifyStage('Google agrees to buy cloud security startup Wiz for $32 billion')?.phrase).toBe(
      'agrees to buy cloud security startup Wiz',
    );
    expect(classifyStage('Acme said it has purchased Globex')).toEqual({
      stage: 'completed',
      phrase: 'purchased Globex',
      hedged: false,
      subject: 'Acme',
      object: 'Globex',
    });
    expect(classifyStage('Regulator says Acme-Globex deal could harm competition')).toEqual({
      stage: 'regulatory_review',
      phrase: 'could harm competition',
      hedged: false,
    });
    expect(classifyStage('Acme could walk away from Globex deal, sources say')).toMatchObject({
      stage: 'at_risk',
      hedged: true,
    });
  });
});

describe('whom a transaction is done to', () => {
  /** A deal of these parties, each by its name alone. */
  const dealOf = (...names: string[]) => ({ parties: names.map((name) => ({ name, aliases: [] as string[] })) });
  /** Whether a headline's reading counts for the deal, as the bot reads each outlet's headline. */
  const reads = (deal: ReturnType<typeof dealOf>, title: string) => aboutDeal(deal, classifyStage(title)!, title);

  it('names the object of a transaction verb, a takeover noun or a bid, where case tells names', () => {
    expect(classifyStage('Corvane to acquire Brandtek, a Pellix competitor')?.object).toBe('Brandtek');
    expect(classifyStage("UK regulator vetoes Microsoft's takeover of Call of Duty maker Activision")?.object).toBe(
      'Call of Duty maker Activision',
    );
    expect(classifyStage('Acme makes $5bn bid for Globex Corp')?.object).toBe('Globex Corp');
    // Nobody named or the parties' own: no object. (In capitals, where every word looks like a name,
    // the words bought, unless a description's last word ends them.)
    expect(classifyStage('Acme buys the company')?.object).toBeUndefined();
    // (A pair merging theirs is read as the pair, both sides named, not what they merge.)
    expect(classifyStage('Vodafone and Three agree to merge their UK businesses')).toMatchObject({
      subject: 'Vodafone',
      object: 'Three',
      pair: true,
    });
    expect(classifyStage('CORVANE TO ACQUIRE BRANDTEK')?.object).toBe('brandtek');
    expect(classifyStage('CORVANE TO ACQUIRE THE COMPANY')?.object).toBeUndefined();
    // The buyer: the last name before a buying verb, with its owner before "'s"; a seller's verb
    // names what is sold and the buyer after "to" (not an infinitive: "to fund expansion").
    expect(classifyStage('Corvane rival Brandtek buys Pellix')?.subject).toBe('Brandtek');
    expect(classifyStage("Alphabet's Google to buy Wiz")?.subject).toBe("Alphabet's Google");
    expect(classifyStage('Shares jump as Brandtek agrees to buy Pellix')?.subject).toBe('Brandtek');
    // (Past the company's own "it" after its saying: wire copy's "Corvane said it would buy Pellix".)
    expect(classifyStage('Corvane said it would buy Pellix')?.subject).toBe('Corvane');
    expect(classifyStage('Analysts said it would buy Pellix')?.subject).toBeUndefined();
    expect(classifyStage('SK hynix completes Intel NAND business acquisition')?.subject).toBe('SK hynix');
    expect(classifyStage('Acme sells Globex to Initech')).toMatchObject({ stage: 'agreed' });
    expect(classifyStage('Acme sells Globex to Initech')).toMatchObject({
      object: 'Globex',
      subject: 'Initech',
      sale: true,
    });
    // (Sold to no one named, a part of the seller's business is still what is sold.)
    expect(classifyStage('Acme sells its chip unit to fund expansion')).toMatchObject({
      object: 'its chip unit',
      sale: true,
    });
    expect(classifyStage('Acme sells its chip unit to fund expansion')?.subject).toBeUndefined();
    // A merger's other side stands after "with", also where what merges is the subject's own unit.
    expect(classifyStage('Initech to merge with Globex')).toMatchObject({ subject: 'Initech', object: 'Globex' });
    expect(classifyStage('Acme to spin off its media arm, merge it with Initech')?.object).toBe('Initech');
  });

  it("reads a law firm's investor alert, first sentence and all, as nothing: only a regulator's probe is a review", () => {
    expect(
      classifyStage(
        "INVESTOR ALERT: Halper Sadeh LLC Investigates Globex's Sale to Acme",
        'Halper Sadeh LLC is investigating whether the sale of Globex to Acme is fair to Globex shareholders.',
      ),
    ).toBeNull();
    expect(classifyStage('STB to review Acme-Globex merger application')?.stage).toBe('regulatory_review');
    // A hearing a regulator, a court or lawmakers hold on a deal is its review; one on anything else is not.
    expect(classifyStage('TRANSPORTATION DEPARTMENT TO HOLD HEARINGS ON ACME <ACM> GLOBEX <GBX> DEAL')?.stage).toBe(
      'regulatory_review',
    );
    expect(classifyStage('Senators grill Acme over Globex deal at antitrust hearing')?.stage).toBe('regulatory_review');
    expect(classifyStage('Judge sets hearing on FTC bid to block Acme-Globex deal')?.stage).toBe('regulatory_review');
    expect(classifyStage('Acme chief to testify at Senate hearing on data privacy')).toBeNull();
    expect(classifyStage('Acme gives up its lead')).toBeNull();
    // Holders named for their companies approve; an approval set aside puts the deal at risk again;
    // one given again is given; a bid launched in other words is a bid.
    expect(classifyStage('Shareholders of Corvane, Pellix back merger')?.stage).toBe('approved');
    expect(classifyStage('SHAREHOLDERS OF CORVANE, PELLIX BACK MERGER')?.stage).toBe('approved');
    expect(classifyStage('Federal Court sets aside approval of Corvane-Pellix merger after ACCC appeal')?.stage).toBe(
      'at_risk',
    );
    expect(classifyStage('Tribunal re-approves Corvane-Pellix merger')?.stage).toBe('approved');
    expect(classifyStage('CORVANE <CRV> BEGINS 45 DLR/SHR TENDER FOR PELLIX <PLX>')?.stage).toBe('negotiating');
    // A deal a court or an arbitrator stays is at risk; a company among the bidders is in the contest;
    // a delay of something else, past a clause of time, is no deal's.
    expect(classifyStage("Singapore arbitrator stays Corvane-Pellix deal on Brandtek's plea")?.stage).toBe('at_risk');
    expect(classifyStage('Corvane stays committed to Pellix deal')).toBeNull();
    expect(classifyStage('Corvane among bidders for Pellix Health as auction heats up')?.stage).toBe('negotiating');
    expect(classifyStage('Corvane Global delays vendor payments after Pellix merger')).toBeNull();
    expect(classifyStage('Corvane delays Pellix merger after regulator query')?.stage).toBe('at_risk');
    // A contest ended for a company is the pursuit over, in capitals too.
    expect(classifyStage('Corvane ends fight for Pellix in settlement with Brandtek')?.stage).toBe('terminated');
    expect(classifyStage('CORVANE ENDS FIGHT FOR PELLIX IN SETTLEMENT WITH BRANDTEK')?.stage).toBe('terminated');
    // A bidder that will not raise leaves; a suitor rebuffed by name is turned down; a deal stuck with is agreed.
    expect(classifyStage("Corvane won't raise Pellix offer, cedes studio to Brandtek")?.stage).toBe('terminated');
    expect(classifyStage('Corvane has not raised its offer yet')).toBeNull();
    expect(classifyStage('WARNER-LAMBERT REBUFFS PFIZER')?.stage).toBe('at_risk');
    expect(classifyStage('Acme rejects claims')).toBeNull();
    expect(classifyStage('Pellix sticks with Corvane merger')?.stage).toBe('agreed');
    // An end asked of another is pressure on the deal, not its end.
    expect(classifyStage('Brandtek asks Pellix to drop Corvane deal')).toMatchObject({
      stage: 'at_risk',
      hedged: true,
    });
    // The way cleared for a deal is its approval only when a regulator, a court, a ruling or holders
    // clear it; anyone else clearing it leaves the deal agreed.
    expect(classifyStage('Court ruling clears way for Corvane-Pellix deal')?.stage).toBe('approved');
    expect(classifyStage('Chevron wins arbitration over Exxon, clearing path for Pellix deal')?.stage).toBe('approved');
    expect(classifyStage('Enel and Acciona clear way for Pellix takeover after deal with E.ON')?.stage).toBe('agreed');
    // A regulator's verb may name the deal by its pair alone.
    expect(classifyStage('DOJ approves Corvane-Time Warner Cable with conditions')?.stage).toBe('approved');
    expect(classifyStage('DOJ Approves Corvane-Time Warner Cable with Conditions')?.stage).toBe('approved');
    // A public body's board approves as a regulator; a company's board agrees.
    expect(classifyStage('SURFACE TRANSPORTATION BOARD APPROVES CSX PURCHASE OF PELLIX')?.stage).toBe('approved');
    expect(classifyStage('Surface Transportation Board Approves CSX Purchase of Pellix')?.stage).toBe('approved');
    expect(classifyStage('Corvane Board Approves Pellix Deal')?.stage).toBe('agreed');
    // A merged company born is the merger done; a regulator's warning of worse terms is its review.
    expect(classifyStage('Corvane Pellix is born as bookmakers seal merger')?.stage).toBe('completed');
    expect(classifyStage('A star is born')).toBeNull();
    expect(classifyStage("Bookies' merger could mean worse odds for punters, watchdog warns")?.stage).toBe(
      'regulatory_review',
    );
    expect(classifyStage('Acme merger could mean job cuts, union warns')).toBeNull();
    // A company that walks away and says no more leaves its deal; a defence raised against a bid
    // puts it at risk, one taken down leaves the bid standing.
    expect(classifyStage('Pellix to pursue arbitration after Corvane walks away')?.stage).toBe('terminated');
    expect(classifyStage('Corvane CEO walks away with $50 million')).toBeNull();
    expect(classifyStage('MINNESOTA ENACTS ANTITAKEOVER LAW AIMED AT CORVANE BID FOR PELLIX')?.stage).toBe('at_risk');
    expect(classifyStage('Pellix beefs up takeover defences')).toBeNull();
    expect(classifyStage('DELAWARE COURT ORDERS PELLIX <PLX> TO REDEEM POISON PILL')?.stage).toBe('negotiating');
    expect(classifyStage('Pellix adopts poison pill to fend off Corvane')?.stage).toBe('at_risk');
    // A government intervening in a deal starts its review; a blow dealt to a deal puts it at risk.
    expect(classifyStage("Culture secretary intervenes in Corvane's Pellix bid")?.stage).toBe('regulatory_review');
    expect(classifyStage('Acme CEO intervenes in pay dispute')).toBeNull();
    expect(
      classifyStage("Ministers move to ban foreign state ownership of newspapers, in blow to Corvane's Pellix deal")
        ?.stage,
    ).toBe('at_risk');
    expect(classifyStage('Acme shares blow past record after Globex deal')).toBeNull();
    // A deal referred to a regulator, and a regulator's finding on it, are its review.
    expect(classifyStage('Culture secretary refers Acme-Globex deal to competition watchdog')?.stage).toBe(
      'regulatory_review',
    );
    expect(classifyStage("CMA provisionally rules Acme's Globex takeover not in public interest")?.stage).toBe(
      'regulatory_review',
    );
    expect(classifyStage('FCC votes to send Acme-Globex merger to hearing')?.stage).toBe('regulatory_review');
    expect(classifyStage('EU rules Acme must pay 13 billion euros in back taxes')).toBeNull();
    expect(classifyStage('Colts lose Luck to injury')).toBeNull();
    // Agreements about films and rights, and those a workforce reaches, are no takeover.
    expect(classifyStage('Acme and Sony sign new Spider-Man film agreement')).toBeNull();
    expect(classifyStage('Acme and Globex pilots reach seniority agreement')).toBeNull();
    expect(classifyStage('Acme and Globex pilots reach agreement')).toBeNull();
    expect(classifyStage('Acme and Globex reach merger agreement')?.stage).toBe('agreed');
    expect(classifyStage('Acme and Globex extend manufacturing partnership')).toBeNull();
    expect(classifyStage('Acme confirms cloud deal with Globex')).toBeNull();
    // Workers turning down an offer turn down pay.
    expect(classifyStage('Acme pilots reject contract offer')).toBeNull();
    expect(classifyStage('Acme workers reject wage offer')).toBeNull();
    expect(classifyStage('Djokovic gives up fight for No. 1 ranking')).toBeNull();
  });

  it("keeps a reading for a deal only when what it is done to names one of the deal's parties", () => {
    const deal = {
      parties: [
        { name: 'Corvane', aliases: [] },
        { name: 'Pellix', aliases: ['PLX'] },
      ],
    };
    const about = (title: string) => reads(deal, title);
    expect(about('Corvane to acquire Brandtek, a Pellix competitor')).toBe(false);
    expect(about('Corvane buys Brandtek to take on Pellix')).toBe(false);
    expect(about('Corvane to acquire Pellix for $3bn')).toBe(true);
    // A sign glued inside a name is the name's: "E*Trade".
    expect(classifyStage('Acme closes E*Trade acquisition')?.object).toBe('E*Trade');
    // Deals in the plural may name two; a merger a pair completes is theirs, whatever describes it.
    expect(classifyStage('Corvane completes Pellix and Brandtek deals')?.object).toBe('Pellix and Brandtek');
    expect(classifyStage('Corvane and Pellix complete Spanish merger')?.object).toBeUndefined();
    // A party's short name at the end of another company's is that company: "Tribune Media" is not "Media General".
    const media = {
      parties: [
        { name: 'Corvane', aliases: [] },
        { name: 'Media General', aliases: [] },
      ],
    };
    expect(reads(media, 'Corvane agrees to buy Tribune Media for $4.1 billion')).toBe(false);
    expect(reads(media, 'Corvane agrees to buy Media for $4.1 billion')).toBe(true);
    // Talks to buy name what they would buy; what is bought "through" a unit is not that unit.
    expect(about('Corvane in talks to buy Brandtek for $2 billion')).toBe(false);
    expect(about('Corvane to buy Brandtek through Pellix unit')).toBe(false);
    // Parts counted are assets, whoever buys them (a buyer whose name begins as a party's included).
    const holdings = {
      parties: [
        { name: 'Corvane Holdings', aliases: ['Corvane'] },
        { name: 'Pellix', aliases: [] },
      ],
    };
    expect(reads(holdings, 'Corvane Pharma to buy three Pellix plants from Corvane Holdings for $11 billion')).toBe(
      false,
    );
    // A first sentence that buys a stake on the way to control says no less than the capitals above it.
    expect(
      classifyStage(
        "CORVANE TO BUY UP TO 73.8% OF INDONESIA'S BANK PELLIX",
        'Corvane said it agreed to buy a 40% stake from Temasek and to raise it to at least 73.8%.',
      )?.stage,
    ).toBe('agreed');
    // (A share named in words likewise: "the half of … it does not already own".)
    expect(
      classifyStage(
        'CORVANE TO BUY REST OF GRUPO PELLIX FOR $20.1 BILLION',
        "Corvane agreed to buy the half of Mexico's Grupo Pellix it does not already own.",
      )?.stage,
    ).toBe('agreed');
    // A company named by what it owns is bought with it: "Pellix's parent".
    expect(about("Corvane to buy Pellix's parent for $9 billion")).toBe(true);
    // A ticker in parentheses is no part of the name; what is bought ends before a clause of time;
    // things counted and not named are no company.
    expect(classifyStage('Corvane (CRV) to buy Brandtek for $14B after Pellix deal collapse')).toMatchObject({
      subject: 'Corvane',
      object: 'Brandtek for $14B',
    });
    expect(about('Corvane (CRV) to open 730 stores, buy 325 from Brandtek divestiture')).toBe(false);
    expect(about('Corvane walks away from $47 billion bid for 7-Eleven owner')).toBe(true);
    // Deals in the plural separated by a comma name both.
    expect(classifyStage('Corvane (CRV) closes Time Warner Cable, Pellix deals')?.object).toBe(
      'Time Warner Cable, Pellix',
    );
    // A suitor's interest in a company by name is the suitor's in it; one who walks away is the one leaving.
    expect(classifyStage('Brandtek circles Pellix, threatening Corvane deal')).toMatchObject({
      subject: 'Brandtek',
      object: 'Pellix',
    });
    expect(readingAbout(deal, 'Brandtek circles Pellix, threatening Corvane deal', '', classifyStage)?.stage).toBe(
      'at_risk',
    );
    expect(classifyStage('Brandtek walks away, clearing path for Corvane’s Pellix deal')?.subject).toBe('Brandtek');
    expect(
      readingAbout(deal, 'Brandtek walks away, clearing path for Corvane’s Pellix deal', '', classifyStage)?.stage,
    ).toBe('agreed');
    // What a party sells to a buyer it does not name is another deal, unless what it sells is a party.
    expect(about('Pellix sells Haynesville acreage to private buyer')).toBe(false);
    expect(about('Brandtek to sell Pellix to private equity firm')).toBe(true);
    // (A word the tagger takes for a verb inside the part sold is the part's: "global connect business".)
    expect(about('Pellix completes sale of global connect business to Advent')).toBe(false);
    // A thing named before "sale" in lower case is what is sold: "spectrum sale talks".
    expect(about('Pellix shares jump on report of spectrum sale talks')).toBe(false);
    expect(classifyStage('Pellix in asset sale talks with Corvane')).toMatchObject({
      object: 'asset',
      subject: 'Corvane',
    });
    expect(about('Corvane ends Pellix sale talks')).toBe(true);
    // Control is of a company, taken by the name before the verb (a name's particle included).
    expect(classifyStage('Lloyds seizes control of Pellix owner’s holding company')?.subject).toBe('Lloyds');
    expect(classifyStage('Monte dei Paschi wins control of Mediobanca with 86% of shares')?.subject).toBe(
      'Monte dei Paschi',
    );
    // Who is sued is the other side of the dispute: a quarrel with Brandtek is no Corvane / Pellix news.
    expect(about('Corvane sues Brandtek over chip unit sale')).toBe(false);
    expect(about('Pellix sues Corvane over merger delay')).toBe(true);
    // A bid's owner is its buyer in a sentence of short names too.
    expect(classifyStage("Elliott Management backs Brandtek's bid for Pellix")?.subject).toBe('Brandtek');
    // (What is bought ends before a time after it: Brandtek poaching a CEO buys nothing.)
    expect(classifyStage('Corvane to acquire Pellix days after Brandtek poached its CEO')?.object).toBe('Pellix');
    // A name's capitalized words before it are the name's ("Home Depot"), and a merger "of" two
    // units names no object; a party written with an apostrophe's s is the same party without it.
    expect(
      reads(
        {
          parties: [
            { name: 'Home Depot', aliases: [] },
            { name: 'SRS', aliases: [] },
          ],
        },
        'Home Depot completes $18.25 billion acquisition of SRS Distribution',
      ),
    ).toBe(true);
    expect(about('Corvane and Pellix complete merger of Brandtek and Zylo units')).toBe(true);
    expect(
      reads(
        {
          parties: [
            { name: "Macy's", aliases: [] },
            { name: 'Arkhouse', aliases: [] },
          ],
        },
        "Macy's rebuffs $5.8 billion buyout offer from Arkhouse and Brigade",
      ),
    ).toBe(true);
    // A sale is the deal's when its buyer or what is sold is a party.
    expect(about('Corvane sells processor IP business to Brandtek')).toBe(false);
    expect(about('Corvane sells its chip unit to Pellix')).toBe(true);
    expect(about('Brandtek sells Pellix to Corvane')).toBe(true);
    // Things counted are assets, not a party, whoever buys them.
    expect(about('Corvane to sell six mines after Pellix purchase')).toBe(false);
    // A part of a party's own business sold to no one named is another deal ("KRAFT TO SELL DURACELL
    // UNIT" said nothing of Philip Morris's takeover of Kraft), in capitals too, where the buyer after
    // "to" is read as words; sold as a remedy, it is sold for the deal under review.
    expect(about('Corvane to sell Duracell unit')).toBe(false);
    expect(about('Corvane sells its chip business')).toBe(false);
    expect(about('Corvane sells the chip unit of Pellix')).toBe(false);
    expect(about('CORVANE <CRV> TO SELL DURACELL UNIT')).toBe(false);
    expect(about('CORVANE <CRV> UNIT TO SELL WOR-TV TO BRANDTEK <BRT> FOR 387 MLN DLRS')).toBe(false);
    expect(about('CORVANE <CRV> TO SELL AEROSPACE UNIT TO PELLIX <PLX>')).toBe(true);
    expect(about('CORVANE AGREES TO SELL ITSELF TO PELLIX')).toBe(true);
    expect(about('CORVANE TO SELL UNIT TO FUND EXPANSION')).toBe(false);
    // (A buyer whose name the tagger reads as an inflected verb is still a buyer; an unknown buyer's
    // name read as a verb leaves what is sold, as words, to be compared with the parties.)
    expect(classifyStage('CORVANE TO SELL BROOKS BROTHERS TO MARKS AND SPENCER')?.subject).toBe('marks and spencer');
    expect(about('CORVANE <CRV> TO SELL ASSOCIATES FIRST CAPITAL TO FORD')).toBe(false);
    expect(about('CORVANE <CRV> TO SELL PELLIX TO FORD')).toBe(true);
    // (And what a completed purchase names before its noun, past a price: "COMPLETES SEAMAN FURNITURE PURCHASE".)
    expect(about('CORVANE COMPLETES BRANDTEK FURNITURE PURCHASE')).toBe(false);
    expect(about('CORVANE COMPLETES 1.7 BILLION DLR PELLIX PURCHASE')).toBe(true);
    expect(about('Corvane Closes Its Acquisition of Pellix')).toBe(true);
    expect(about('Corvane agrees to sell more stores to win FTC nod for Pellix deal')).toBe(true);
    expect(about('Corvane seeks buyer for boat unit')).toBe(false);
    expect(about('Corvane sells part of its Brandtek stake for $1 billion')).toBe(false);
    // What a party completes, invests in or sells that is no party is another deal: a takeover noun's
    // name before it, what is invested "in", a part "of" the business sold.
    expect(about('Corvane completes Tourmaline acquisition')).toBe(false);
    // Two companies on both sides of "with" are the ones merging, whoever arranges it; a pair's
    // merger "of" its own assets names no one else.
    expect(about('Zylo Group to merge Corvane with Pellix, Brandtek to take 25% stake')).toBe(true);
    expect(about('Corvane, Pellix complete merger of Indian media assets')).toBe(true);
    // A deal named by its target before it is that target's ("walks away from Brandtek sale talks"),
    // past an owner's 's inside a name, but not one a clause of time names ("after Zylo deal dropped").
    expect(about('Corvane walks away from Brandtek sale talks')).toBe(false);
    expect(about('Corvane walks away from Pellix sale talks')).toBe(true);
    expect(
      reads(
        dealOf("People's United", 'M&T Bank'),
        "M&T Bank receives Federal Reserve approval for People's United deal",
      ),
    ).toBe(true);
    expect(about('EU clears Corvane-Pellix after Zylo deal dropped')).toBe(true);
    // A party's short name going on into another company's is that company, where the deal's own
    // longer name says which the short one stands for ("Southwest" of "Southwest Airlines" is not
    // "Southwest Gas"); a party with no longer name keeps every match ("Google Cloud" is Google's).
    const southwest = {
      parties: [
        { name: 'Southwest Airlines', aliases: ['Southwest'] },
        { name: 'AirTran', aliases: [] },
      ],
    };
    const readFor = (deal: typeof southwest, title: string) => readingAbout(deal, title, '', classifyStage)?.stage;
    expect(readFor(southwest, 'Southwest Gas agrees to buy pipeline services firm')).toBeUndefined();
    expect(readFor(southwest, 'Southwest Airlines agrees to buy AirTran')).toBe('agreed');
    expect(readFor(southwest, 'Southwest Inc agrees to buy AirTran')).toBe('agreed');
    expect(readFor(dealOf('Google', 'Wiz'), 'Google Cloud agrees to buy Wiz')).toBe('agreed');
    // A company named by its relation to a party is that company, not the party.
    expect(about("Brandtek completes acquisition of Pellix's rival Zylo Imaging")).toBe(false);
    expect(about('Brandtek to acquire Pellix rival Zylo')).toBe(false);
    // (A party that buys what bears its own name buys an affiliate: "Avis Budget completes acquisition of Avis Europe".)
    expect(about('Corvane Budget completes acquisition of Corvane Europe')).toBe(false);
    expect(about('Corvane completes Pellix acquisition')).toBe(true);
    expect(about('Brandtek invests $5 billion in Corvane, a Pellix supplier')).toBe(false);
    expect(about('Corvane invests $5 billion in Pellix')).toBe(true);
    expect(about('Corvane completes sale of steelmaking coal business to Peabody')).toBe(false);
    expect(about('Corvane agrees $36B takeover')).toBe(true);
    // (A takeover word that describes a trade names no deal: "closed its latest buyout fund".)
    expect(classifyStage('', 'Corvane said it had closed its latest buyout fund at its hard cap.')).toBeNull();
    // A bidder that bows out after the winner's news has lost.
    expect(
      readingAbout(
        dealOf('Brandtek', 'Pellix'),
        "Pellix accepts Corvane's offer after Brandtek bows out",
        '',
        classifyStage,
      )?.stage,
    ).toBe('terminated');
    // A part of a party bought by someone else is another deal, unless it is a rival bid for it.
    expect(about('Brandtek agrees to buy Corvane film and TV assets for $52 billion')).toBe(false);
    expect(about("Brandtek makes rival offer for Corvane's energy business")).toBe(true);
    // An investment said in place of a purchase is no deal; an agreement to be bought names its buyer.
    expect(classifyStage('Trump says Corvane will invest in Pellix, not buy it')).toBeNull();
    expect(classifyStage('Corvane to invest in Pellix rather than buy it')).toBeNull();
    expect(classifyStage('Pellix agreed to be acquired by Brandtek for $5 billion')).toMatchObject({
      subject: 'Brandtek',
      object: 'Pellix',
    });
    expect(about('Pellix agreed to be acquired by Brandtek, ending talks with Corvane')).toBe(false);
    expect(about('CORVANE <CRV> SEEKS BUYER FOR BOAT UNIT')).toBe(false);
    // Where case tells no names, what is bought, what a takeover is "of" and what a bid is "for" are
    // still compared with the parties as words ("CHRYSLER TO ACQUIRE LAMBORGHINI" is no news of
    // Chrysler / American Motors), unless a description stands there ("fire equipment maker").
    expect(about('CORVANE <CRV> TO ACQUIRE BRANDTEK')).toBe(false);
    expect(about('Corvane To Acquire Brandtek For $25 Million')).toBe(false);
    expect(about('CORVANE <CRV> UNIT BUYS BRANDTEK SYSTEMS <BRS>')).toBe(false);
    expect(about('CORVANE COMPLETES PURCHASE OF BRANDTEK <BRT>')).toBe(false);
    expect(about('CORVANE COMPLETES SALE OF JACOBSEN UNIT')).toBe(false);
    expect(about('CORVANE <CRV> TO ACQUIRE PELLIX <PLX>')).toBe(true);
    expect(about('CORVANE TO OFFER 70 DLRS A SHARE FOR REST OF PELLIX')).toBe(true);
    expect(about('PELLIX TO BE ACQUIRED BY CORVANE')).toBe(true);
    expect(about('CORVANE ACQUIRES FIRE EQUIPMENT MAKER')).toBe(true);
    expect(about('CORVANE TO BUY REMAINING SHARES FOR 70 DLRS EACH')).toBe(true);
    expect(reads(dealOf('Chrysler', 'American Motors'), 'CHRYSLER <C> TO ACQUIRE AMERICAN MOTORS <AMO>')).toBe(true);
    // (A buyer left out of the headline is read from the first sentence, for a deal between seller and buyer.)
    const duracell = dealOf('Corvane', 'Kohlberg Kravis Roberts');
    const lead = 'Corvane Inc said it agreed to sell its Duracell battery unit to Kohlberg Kravis Roberts.';
    expect(readingAbout(duracell, 'CORVANE <CRV> TO SELL DURACELL UNIT', lead, classifyStage)?.stage).toBe('agreed');
    expect(readingAbout(deal, 'CORVANE <CRV> TO SELL DURACELL UNIT', lead, classifyStage)).toBeNull();
    expect(about("Corvane agrees to buy Pellix's chip unit")).toBe(true);
    expect(about('Corvane makes $3bn bid for PLX')).toBe(true);
    expect(about('Corvane to acquire the company')).toBe(true);
    // Done by someone else: a rival's purchase of the target is not this deal's agreement.
    expect(about('Corvane rival Brandtek buys Pellix')).toBe(false);
    expect(about('Shares jump as Brandtek agrees to buy Pellix, outbidding Corvane')).toBe(false);
    expect(about('Pellix agrees to be bought by Corvane')).toBe(true);
    // A buyer who is none of the parties is another deal only where the text names every party apart
    // from it: where one is missing, the buyer may be it under another name (Alphabet for Google).
    const google = dealOf('Google', 'Fitbit');
    const alphabet = 'Alphabet has made an offer to acquire Fitbit, sources say';
    expect(reads(google, alphabet)).toBe(true);
    // Whose offer it is: a rival's accepted or topped is not this deal's.
    expect(classifyStage("Pellix accepts Corvane's higher offer, dumping Brandtek")?.subject).toBe('Corvane');
    expect(about("Pellix accepts Corvane's higher offer, dumping Brandtek")).toBe(true);
    const rival = dealOf('Brandtek', 'Pellix');
    expect(reads(rival, "Pellix accepts Corvane's higher offer, dumping Brandtek")).toBe(false);
    expect(reads(rival, "EU clears Brandtek's purchase of Pellix")).toBe(true);
    // Who makes the bid or completes the purchase is its buyer too.
    expect(classifyStage('Corvane makes rival $7.5 billion bid for Pellix')?.subject).toBe('Corvane');
    expect(reads(rival, 'Corvane makes rival $7.5 billion bid for Pellix, challenging Brandtek')).toBe(false);
    expect(reads(rival, 'Corvane completes acquisition of Pellix after outbidding Brandtek')).toBe(false);
    expect(about('Corvane completes acquisition of Pellix after outbidding Brandtek')).toBe(true);
    expect(reads(rival, "Pellix accepts Corvane's sweetened offer, ditching Brandtek")).toBe(false);
    // A party named by the first word of its name is still the party.
    const msft = dealOf('Microsoft', 'Activision Blizzard');
    expect(reads(msft, 'Microsoft completes its purchase of Activision')).toBe(true);
    const steel = dealOf('Nippon Steel', 'U.S. Steel');
    expect(reads(steel, "Biden blocks Nippon Steel's takeover of US Steel")).toBe(true);
    // What a party owns is not the party: selling it to someone else is no news of the deal.
    expect(about("Corvane sells Pellix's African assets to Brandtek for $8.8 billion")).toBe(false);
    expect(about("Brandtek sells Brandtek's chip unit to Corvane")).toBe(true);
    // The buyer's name is whole where the tokenizer split it ("3G" is "3" and "G"); what is bought
    // ends before its seller ("from") or its buyer ("by").
    expect(classifyStage('3G Capital completes $9.4 billion acquisition of Skechers')?.subject).toBe('3G Capital');
    expect(classifyStage('Bank of America completes Merrill Lynch acquisition')?.subject).toBe('Bank of America');
    // Buyers joined by "and" buy together.
    expect(classifyStage('Valeant and Ackman make $46 billion bid for Allergan')?.subject).toBe('Valeant and Ackman');
    // And the capitalized words before it, whatever the model tagged them ("Just"/ADV, "Eat"/VERB).
    expect(classifyStage('Just Eat Takeaway agrees to buy Grubhub for $7.3 billion')?.subject).toBe(
      'Just Eat Takeaway',
    );
    expect(
      classifyStage('Acme completed its acquisition of the software company from Initech')?.object,
    ).toBeUndefined();
    expect(classifyStage('Globex will be acquired from Initech')).toMatchObject({ object: 'Globex' });
    expect(classifyStage('Globex bought from Initech by Acme for $2bn')).toMatchObject({
      object: 'Globex',
      subject: 'Acme',
    });
    // Nor is a part of it named after "of" (wire copy's "the … unit of Kidde Inc").
    expect(about('Corvane said it sold the turf equipment unit of Pellix Inc to Brandtek')).toBe(false);
    expect(about('Brandtek said it sold the turf equipment unit of Brandtek Inc to Corvane')).toBe(true);
    expect(about('Corvane said it sold Pellix Inc to Brandtek')).toBe(true);
    // The passive: what is bought stands before the verb, the buyer after "by".
    expect(classifyStage('Pellix acquired by Corvane in $5 billion deal')).toMatchObject({
      subject: 'Corvane',
      object: 'Pellix',
    });
    expect(reads(rival, 'Pellix acquired by Corvane in $5 billion deal, outbidding Brandtek')).toBe(false);
  });

  it("reads the merged company's one-word name as both parties ('LafargeHolcim')", () => {
    const deal = dealOf('Holcim', 'Lafarge');
    expect(unmerged(deal, 'LafargeHolcim completes merger')).toBe('Lafarge Holcim completes merger');
    expect(isEvidence(deal, 'holcim-lafarge', 'LafargeHolcim begins trading')).toBe(true);
    expect(readingAbout(deal, 'LafargeHolcim completes merger, begins trading', '', classifyStage)?.stage).toBe(
      'completed',
    );
    // (Only two parties' names run together: "Holcimite" is no party, "HolcimHolcim" one party.)
    expect(unmerged(deal, 'HolcimHolcim')).toBe('HolcimHolcim');
    expect(isEvidence(deal, 'holcim-lafarge', 'Holcimite and Lafargeville')).toBe(false);
  });

  it('reads a headline that names none of the parties only through its first sentence', () => {
    const deal = dealOf('Sanofi', 'Blueprint');
    // Alone, "wins approval" would have approved any deal whose story it is in.
    expect(readingAbout(deal, 'Rare-disease drug wins approval', '', classifyStage)).toBeNull();
    expect(
      readingAbout(
        deal,
        'Rare-disease drug wins approval',
        'Blueprint Medicines won FDA approval for Ayvakit in a new indication; Sanofi shares were flat.',
        classifyStage,
      ),
    ).toBeNull();
    expect(
      readingAbout(
        dealOf('Salesforce', 'Informatica'),
        'Data deal done',
        'Salesforce said it has completed its $8 billion acquisition of Informatica.',
        classifyStage,
      ),
    ).toMatchObject({ stage: 'completed' });
    // Nor through a first sentence that names none of them either: it is about someone else.
    expect(
      readingAbout(
        dealOf('Salesforce', 'Informatica'),
        'Data deal done',
        'The buyer said it has completed its $8 billion acquisition of the company.',
        classifyStage,
      ),
    ).toBeNull();
  });

  it("reads what a headline goes on to say, past another deal's words, without a comma", () => {
    const deal = dealOf('Mittal', 'Arcelor');
    expect(
      readingAbout(deal, 'Arcelor agrees to merge with Severstal to fend off Mittal', '', classifyStage)?.stage,
    ).toBe('at_risk');
  });

  it("reads a headline's next clause when its first is another deal's", () => {
    const worldpay = dealOf('Acme', 'Globex');
    expect(
      readingAbout(
        worldpay,
        'Acme to sell issuer business to Initech, buy Globex in $24 billion swap',
        '',
        classifyStage,
      ),
    ).toMatchObject({ stage: 'agreed' });
    // A description after the comma is no clause: "Corvane to acquire Brandtek, a Pellix competitor" stays no Corvane / Pellix news.
    expect(
      readingAbout(dealOf('Corvane', 'Pellix'), 'Corvane to acquire Brandtek, a Pellix competitor', '', classifyStage),
    ).toBeNull();
  });

  it('reads a headline that describes the parties instead of naming them through its first sentence', () => {
    const hostess = dealOf('Smucker', 'Hostess');
    const title = 'Twinkies maker swallowed by Jif owner in $5.6 billion deal';
    const lead = 'J.M. Smucker Co said on Monday it would buy Hostess Brands for about $5.6 billion including debt.';
    // The headline alone names neither party: its reading is no news of this deal.
    expect(aboutDeal(hostess, classifyStage(title)!, title)).toBe(false);
    // Its bare passive reads as done, but the first sentence, which names them, says it is agreed.
    expect(readingAbout(hostess, title, lead, classifyStage)).toMatchObject({
      stage: 'agreed',
      object: expect.stringMatching(/^Hostess/),
    });
    // A headline that names a party is read as written: "Corvane to acquire Brandtek" is no Corvane / Pellix news
    // whatever its first sentence says.
    expect(
      readingAbout(
        dealOf('Corvane', 'Pellix'),
        'Corvane to acquire Brandtek',
        'Corvane, which bought Pellix last year, agreed to buy Brandtek.',
        classifyStage,
      ),
    ).toBeNull();
  });
});

describe('the timeline', () => {
  // A Corvane / Pellix deal's evidence on a day of January 2024, read for the deal as the bot reads it.
  const deal = {
    parties: [
      { name: 'Corvane', aliases: [] },
      { name: 'Pellix', aliases: [] },
    ],
  };
  const at = (day: number, headline: string): DealEvidence => ({
    id: `e${day}`,
    publishedAt: Date.UTC(2024, 0, day),
    headline,
    summary: '',
    sources: [],
    reading: readingAbout(deal, headline, '', classifyStage),
  });
  /** One report at an hour of a day of January 2024, with its first sentence. */
  const hours = (day: number, h: number, headline: string, summary = ''): DealEvidence => ({
    ...at(day, headline),
    id: `e${day}-${h}`,
    publishedAt: Date.UTC(2024, 0, day, h),
    summary,
    reading: readingAbout(deal, headline, summary, classifyStage),
  });

  it('follows publication order, not arrival order: a late rumour does not undo a completed deal', () => {
    const t = buildTimeline([
      evidence('c', '2023-10-13', 'Microsoft completes $68.7 billion Activision Blizzard acquisition', ''),
      evidence('a', '2022-01-18', 'Microsoft to acquire Activision Blizzard for $68.7 billion', ''),
      evidence('r', '2023-11-01', 'Microsoft weighs a bid for another game publisher', ''),
    ]);
    expect(t.stage).toBe('completed');
    expect(t.since).toBe(Date.parse('2023-10-13'));
    expect(t.entries.map((e) => [e.stage, e.moved])).toEqual([
      ['agreed', true],
      ['completed', true],
      ['rumored', false],
    ]);
  });

  it('does not take the press\'s "has acquired" of a deal just announced for its completion', () => {
    // On the day of the agreement, one outlet writes it as done; the day's other reports read the
    // agreement, and outvote it (a week on, a completion is taken at its word).
    const announced = [
      hours(5, 13, 'Corvane to buy vacuum maker Pellix for $1.66B'),
      hours(
        5,
        15,
        'Corvane buys Roomba maker Pellix in $1.7 billion deal',
        'Corvane has bought Pellix for a dazzling $1.7 billion.',
      ),
      hours(5, 16, 'Corvane agrees to acquire Pellix for $1.7 billion'),
    ];
    expect(announced[1]!.reading?.stage).toBe('completed');
    const t = buildTimeline(announced);
    expect(t.stage).toBe('agreed');
    // A deal read as completed within days of its agreement, later called off by its parties, ends.
    const once = [
      hours(5, 9, 'Corvane agrees to buy Pellix'),
      hours(7, 10, 'Corvane buys Pellix', 'Corvane has bought Pellix.'),
      at(20, 'Corvane and Pellix call off merger'),
    ];
    expect(buildTimeline(once.slice(0, 2)).stage).toBe('completed');
    expect(buildTimeline(once).stage).toBe('terminated');
    // (A completion weeks after the agreement stands: nothing reopens it.)
    expect(
      buildTimeline([
        at(1, 'Corvane agrees to buy Pellix'),
        at(20, 'Corvane completes Pellix purchase'),
        at(25, 'Corvane and Pellix call off merger'),
      ]).stage,
    ).toBe('completed');
  });

  it("counts the agreement's reports since it was made against a completion said days later, and keeps a forecast of the agreement from undoing it", () => {
    // Three outlets report the agreement on the 5th; a blog writes "just acquired" on the 7th.
    const told = [
      hours(5, 18, 'Corvane is buying rival Pellix for $20 billion'),
      hours(5, 20, 'Corvane to acquire Pellix in $20 billion deal'),
      hours(5, 21, 'Corvane agrees to buy Pellix'),
      hours(7, 10, 'What it means for designers', 'Corvane just acquired the design startup Pellix for $20 billion.'),
    ];
    expect(told[3]!.reading?.stage).toBe('completed');
    expect(buildTimeline(told).stage).toBe('agreed');
    // A report the next day that only foresees the agreement ("set to acquire") confirms it.
    const forecast = hours(6, 8, 'Corvane set to acquire Pellix for $20 billion');
    expect(forecast.reading).toMatchObject({ stage: 'negotiating', hedged: true });
    const t = buildTimeline([
      ...told.slice(0, 3),
      forecast,
      hours(9, 9, 'EU opens in-depth probe into Corvane-Pellix deal'),
    ]);
    expect(t.entries.map((e) => [e.stage, e.moved])).toEqual([
      ['agreed', true],
      ['agreed', false],
      ['agreed', false],
      ['negotiating', false],
      ['regulatory_review', true],
    ]);
    // (Before any agreement the same forecast is the talks it reports.)
    expect(buildTimeline([forecast]).stage).toBe('negotiating');
  });

  it('keeps a deal under review when a report tells its agreement again', () => {
    const t = buildTimeline([
      at(1, 'Corvane agrees to buy Pellix'),
      at(9, 'FTC sues to block Corvane-Pellix merger'),
      at(12, 'Corvane agrees to buy Pellix'),
      at(20, 'Judge blocks Corvane-Pellix merger'),
    ]);
    expect(t.entries.map((e) => [e.stage, e.moved])).toEqual([
      ['agreed', true],
      ['regulatory_review', true],
      ['agreed', false],
      ['blocked', true],
    ]);
    // (A deal at risk agreed again goes ahead: new terms settle it.)
    expect(
      buildTimeline([
        at(1, 'Corvane agrees to buy Pellix'),
        at(9, 'Pellix board rejects Corvane offer'),
        at(12, 'Corvane agrees to buy Pellix'),
      ]).stage,
    ).toBe('agreed');
  });

  it('keeps a blocked deal blocked when its parties sue over the block, and moves it on a new review', () => {
    const t = buildTimeline([
      at(1, 'Corvane agrees to buy Pellix'),
      at(9, 'President blocks Corvane purchase of Pellix'),
      at(10, 'Pellix sues government for blocking its sale to Corvane'),
      at(20, 'New president orders fresh review of Corvane purchase of Pellix'),
    ]);
    expect(t.entries.map((e) => [e.stage, e.moved])).toEqual([
      ['agreed', true],
      ['blocked', true],
      ['at_risk', false],
      ['regulatory_review', true],
    ]);
    expect(canMove('blocked', 'at_risk')).toBe(false);
    expect(canMove('blocked', 'approved')).toBe(true);
  });

  it('ends a blocked deal whose buyer sells the party it bought, and leaves a completed one done', () => {
    const t = buildTimeline([
      at(1, 'Corvane agrees to buy Pellix'),
      at(5, 'Corvane completes Pellix purchase despite EU probe'),
      at(9, 'EU orders Corvane to divest Pellix'),
      at(20, 'Corvane to Divest Cancer Test Maker PELLIX: FTC'),
    ]);
    expect(t.entries.map((e) => [e.stage, e.moved])).toEqual([
      ['agreed', true],
      ['completed', true],
      ['blocked', true],
      ['terminated', true],
    ]);
    // (A buyer free to keep it that sells it years on makes another deal: the acquisition stays done.)
    expect(
      buildTimeline([
        at(1, 'Corvane agrees to buy Pellix'),
        at(5, 'Corvane completes Pellix purchase'),
        at(25, 'Corvane to sell Pellix'),
      ]).stage,
    ).toBe('completed');
  });

  it('a terminated deal reopens only on explicit new talks or a new agreement', () => {
    expect(canMove('terminated', 'rumored')).toBe(false);
    expect(canMove('terminated', 'approved')).toBe(false);
    expect(canMove('terminated', 'negotiating')).toBe(true);
    expect(canMove('terminated', 'agreed')).toBe(true);
    expect(canMove('completed', 'terminated')).toBe(false);
    expect(canMove('agreed', 'rumored')).toBe(false);
    expect(canMove('agreed', 'at_risk')).toBe(true);
  });

  it("does not reopen an ended deal on another buyer's purchase of the target, which a name it may have under another name kept", () => {
    // (Kept, because Corvane may be the buyer under another name, as Alphabet is Google; but marked.)
    expect(readingAbout(deal, 'Brandtek agrees to buy Pellix for $4 billion', '', classifyStage)).toMatchObject({
      stage: 'agreed',
      otherBuyer: true,
    });
    const history = [
      at(1, 'Corvane agrees to buy Pellix'),
      at(5, 'Corvane and Pellix call off merger'),
      at(9, 'Brandtek agrees to buy Pellix for $4 billion'),
    ];
    expect(buildTimeline(history).stage).toBe('terminated');
    // A party's own new agreement reopens it.
    expect(buildTimeline([...history, at(12, 'Corvane agrees to buy Pellix after all')]).stage).toBe('agreed');
    // Nor does such a reading end a live deal: an investment in a party that someone else scraps.
    expect(readingAbout(deal, 'Brandtek scraps $3.8 billion Corvane investment', '', classifyStage)).toMatchObject({
      stage: 'terminated',
      subject: 'Brandtek',
      otherBuyer: true,
    });
    const live = [at(1, 'Corvane agrees to buy Pellix'), at(4, 'Brandtek scraps $3.8 billion Corvane investment')];
    expect(buildTimeline(live).stage).toBe('agreed');
    // Nor completes it: a lender taking control of a party's owner before the deal is no deal done.
    expect(
      buildTimeline([
        at(1, "Lloyds seizes control of Pellix owner's holding company"),
        at(5, 'Corvane agrees to buy Pellix'),
      ]).stage,
    ).toBe('agreed');
    // Nor does a part of a party bought, by a party, reopen an ended deal: assets are not the company.
    expect(readingAbout(deal, 'Corvane buys Pellix assets for $11.5 billion', '', classifyStage)).toMatchObject({
      stage: 'agreed',
      partOnly: true,
    });
    expect(buildTimeline([...history.slice(0, 2), at(12, 'Corvane buys Pellix assets for $11.5 billion')]).stage).toBe(
      'terminated',
    );
  });

  it('ends an ended deal on a completion that names every party: a deal revived and done', () => {
    const ended = [at(1, 'Corvane agrees to buy Pellix'), at(3, 'Corvane pulls out of Pellix takeover')];
    expect(buildTimeline(ended).stage).toBe('terminated');
    const done = at(9, 'Pellix takeover completed as Corvane-led consortium buys club');
    expect(done.reading).toMatchObject({ stage: 'completed', doneByParties: true });
    expect(buildTimeline([...ended, done]).stage).toBe('completed');
    // (Not a completion of a party with someone else, nor one naming a party alone.)
    expect(buildTimeline([...ended, at(9, 'Pellix and Liberty Media complete merger')]).stage).toBe('terminated');
    expect(buildTimeline([...ended, at(9, 'Pellix completes takeover')]).stage).toBe('terminated');
  });

  it('blocks a completed deal only on an order to sell a party, and ends it when the party is sold on', () => {
    const done = [at(1, 'Corvane buys Pellix for $400 million'), at(2, 'Corvane completes Pellix takeover')];
    expect(buildTimeline(done).stage).toBe('completed');
    const order = at(5, 'UK orders Corvane to sell Pellix');
    expect(order.reading).toMatchObject({ stage: 'blocked', unwound: true });
    expect(buildTimeline([...done, order]).stage).toBe('blocked');
    expect(buildTimeline([...done, order, at(8, 'Corvane sells Pellix to Brandtek for $53 million')]).stage).toBe(
      'terminated',
    );
    // (Any other block after completion is another deal's: the completed deal stays done.)
    expect(buildTimeline([...done, at(5, "CMA blocks Corvane's merger with Initech")]).stage).toBe('completed');
  });

  it('does not reopen an ended deal on a party sold to a buyer described and not named', () => {
    const ended = [
      at(1, 'Corvane to buy Pellix in $4 billion deal'),
      at(3, 'Corvane shareholders vote down Pellix deal'),
    ];
    expect(buildTimeline(ended).stage).toBe('terminated');
    const later = at(9, 'Corvane agrees to be bought by private equity group for $10.2 billion');
    expect(later.reading).toMatchObject({ stage: 'agreed', subject: 'private equity group', otherBuyer: true });
    expect(buildTimeline([...ended, later]).stage).toBe('terminated');
  });

  it("does not begin a deal on another buyer's talks with a party", () => {
    const rumour = at(1, 'Brandtek said to be in talks to buy Pellix for up to $1 billion');
    expect(rumour.reading).toMatchObject({ stage: 'negotiating', otherBuyer: true });
    expect(buildTimeline([rumour]).stage).toBeNull();
    expect(buildTimeline([rumour, at(3, 'Corvane in advanced talks to buy Pellix')]).stage).toBe('negotiating');
  });

  it("reads a bid that tops the buyer as a rival's, and a rival's pursuit dropped as no end of the deal", () => {
    // (The buyer topped is passed over: its deal at risk, as the timeline reads a rival's bid.)
    const topping = at(3, 'Brandtek makes unsolicited $7.2 billion bid for Pellix, topping Corvane');
    expect(topping.reading).toMatchObject({ stage: 'at_risk', passedOver: 'Corvane' });
    expect(buildTimeline([at(1, 'Corvane to buy Pellix for $9.6 billion'), topping]).stage).toBe('at_risk');
    const dropped = at(5, 'Brandtek drops pursuit of Pellix');
    expect(dropped.reading).toMatchObject({
      stage: 'terminated',
      subject: 'Brandtek',
      object: 'Pellix',
      otherBuyer: true,
    });
    expect(buildTimeline([at(1, 'Corvane to buy Pellix for $9.6 billion'), topping, dropped]).stage).toBe('at_risk');
    expect(readingAbout(deal, 'Corvane drops pursuit of Pellix', '', classifyStage)?.stage).toBe('terminated');
  });

  it('does not rewind a deal agreed on a bid of its own buyer, which carries the agreement out', () => {
    const tender = 'Corvane Commences Tender Offer for All Outstanding Shares of Pellix';
    expect(readingAbout(deal, tender, '', classifyStage)?.stage).toBe('negotiating');
    expect(buildTimeline([at(1, 'Corvane agrees to buy Pellix'), at(3, tender)]).stage).toBe('agreed');
    // (A bid still moves a deal a rival has put at risk: the contest goes on.)
    const contested = [
      at(1, 'Corvane agrees to buy Pellix'),
      at(3, 'BRANDTEK MAKES RIVAL 3.2 BLN DLR BID FOR PELLIX'),
      at(5, 'Corvane raises offer for Pellix'),
    ];
    expect(buildTimeline(contested).stage).toBe('negotiating');
  });

  it("reads a rival's bid as a risk to a deal agreed, and as competition while the deal is in talks", () => {
    const rival = 'BRANDTEK MAKES RIVAL 3.2 BLN DLR BID FOR PELLIX';
    expect(buildTimeline([at(1, 'Corvane agrees to buy Pellix'), at(3, rival)]).stage).toBe('at_risk');
    expect(buildTimeline([at(1, 'Corvane in talks to buy Pellix'), at(3, rival)]).stage).toBe('negotiating');
    // The rival's own deal is a bid.
    expect(
      readingAbout({ parties: [{ name: 'Brandtek', aliases: [] }, deal.parties[1]!] }, rival, '', classifyStage),
    ).toMatchObject({
      stage: 'negotiating',
    });
  });

  it("keeps a deal at risk on an outside bidder's raised offer for a party", () => {
    const lead = 'Brandtek raised its offer for Pellix again, challenging its merger with Corvane.';
    const t = buildTimeline([
      at(1, 'Corvane agrees to buy Pellix'),
      hours(3, 9, 'Brandtek makes rival bid for Pellix'),
      hours(5, 9, 'Brandtek sweetens bid', lead),
    ]);
    expect(t.stage).toBe('at_risk');
    expect(t.entries.map((e) => e.stage)).toEqual(['agreed', 'at_risk', 'at_risk']);
  });

  it('lets a regulator review a deal whose tender offer succeeded, and closes it after the approval', () => {
    const t = buildTimeline([
      at(1, 'Corvane agrees to buy Pellix'),
      at(5, 'Corvane takeover offer for Pellix is successful'),
      at(20, 'EU opens in-depth investigation into Corvane acquisition of Pellix'),
      at(25, 'EU clears Corvane acquisition of Pellix'),
      at(28, 'Corvane completes acquisition of Pellix'),
    ]);
    expect(t.entries.filter((e) => e.moved).map((e) => e.stage)).toEqual([
      'agreed',
      'completed',
      'regulatory_review',
      'approved',
      'completed',
    ]);
    // (A completion in its own words stays done: only a tender's acceptances wait on regulators.)
    const done = buildTimeline([
      at(1, 'Corvane agrees to buy Pellix'),
      at(5, 'Corvane completes acquisition of Pellix'),
      at(20, 'EU opens in-depth investigation into Corvane acquisition of Pellix'),
    ]);
    expect(done.stage).toBe('completed');
  });

  it("reads a contest lost as the end of the loser's deal", () => {
    const read = (a: string, b: string, headline: string) =>
      readingAbout({ parties: [a, b].map((name) => ({ name, aliases: [] })) }, headline, '', classifyStage);
    expect(read('Brandtek', 'Pellix', 'Corvane beats Brandtek in auction for Pellix')?.stage).toBe('terminated');
    expect(read('Corvane', 'Pellix', 'Corvane beats Brandtek in auction for Pellix')?.stage).toBe('agreed');
    expect(read('Brandtek', 'Pellix', 'Corvane beats Brandtek to Pellix')?.stage).toBe('terminated');
    expect(read('Brandtek', 'Pellix', "Pellix accepts Corvane's higher offer, dumping Brandtek")?.stage).toBe(
      'terminated',
    );
    expect(read('Corvane', 'Pellix', "Pellix accepts Corvane's higher offer, dumping Brandtek")?.stage).toBe('agreed');
    expect(read('Brandtek', 'Pellix', 'Brandtek loses Pellix to Corvane')?.stage).toBe('terminated');
    // A rival bid passed over is put at risk, not ended: its bidder may raise it.
    expect(read('Brandtek', 'Pellix', "Pellix accepts Corvane's sweetened offer over Brandtek bid")?.stage).toBe(
      'at_risk',
    );
    expect(read('Corvane', 'Pellix', "Pellix accepts Corvane's sweetened offer over Brandtek bid")?.stage).toBe(
      'agreed',
    );
    // A rival topped, or whose bid is passed over even unnamed ("over Brandtek's"), is at risk; the
    // topping bid is its bidder's news.
    expect(read('Brandtek', 'Pellix', 'Corvane tops Brandtek with £4.4bn counterbid for Pellix')?.stage).toBe(
      'at_risk',
    );
    expect(read('Corvane', 'Pellix', 'Corvane tops Brandtek with £4.4bn counterbid for Pellix')?.stage).toBe(
      'negotiating',
    );
    expect(read('Brandtek', 'Pellix', "Pellix backs Corvane's £4.1bn offer over Brandtek's")?.stage).toBe('at_risk');
    // A pair that merges names both sides, in capitals too: no news of either's deal with a third.
    expect(read('Corvane', 'Pellix', 'Corvane and Brandtek to merge')).toBeNull();
    expect(read('Corvane', 'Pellix', 'CORVANE AND BRANDTEK TO MERGE')).toBeNull();
    expect(read('Corvane', 'Brandtek', 'Corvane and Brandtek to merge')?.stage).toBe('agreed');
    // Rivals in capitals, read as words: spurned after the news, topped before it.
    expect(read('Brandtek', 'Pellix', 'PELLIX AGREES TO MERGE WITH CORVANE, REJECTING BRANDTEK')?.stage).toBe(
      'at_risk',
    );
    expect(read('Brandtek', 'Pellix', 'CORVANE TOPS BRANDTEK WITH 2.04 BLN DLR PELLIX BID')?.stage).toBe('at_risk');
    // (The one a review's verb follows is no buyer: the review is this deal's.)
    expect(read('Corvane', 'Pellix', 'EU tells Spain to lift conditions on Corvane bid for Pellix')?.stage).toBe(
      'regulatory_review',
    );
    // A bidder declining to match a rival leaves; the rival has won with its bid.
    expect(read('Corvane', 'Pellix', 'Corvane declines to match Brandtek, clearing way for Pellix deal')?.stage).toBe(
      'terminated',
    );
    expect(read('Brandtek', 'Pellix', 'Brandtek wins Pellix with $3.1 billion bid')?.stage).toBe('agreed');
    // A rival's aim to break up a deal puts it at risk; a merger ended for another is the other's news.
    expect(
      read('Brandtek', 'Pellix', 'Corvane makes hostile bid for Pellix, seeks to break up Brandtek deal')?.stage,
    ).toBe('at_risk');
    expect(read('Corvane', 'Pellix', 'Pellix ends Brandtek merger, agrees to Corvane takeover')?.stage).toBe('agreed');
    // And in title case, where the reader's words are put in lower case before the tagger reads names.
    expect(read('Brandtek', 'Pellix', 'Corvane Beats Brandtek in Auction for Pellix')?.stage).toBe('terminated');
    expect(read('Brandtek', 'Pellix', 'Corvane Tops Brandtek With £4.4bn Counterbid for Pellix')?.stage).toBe(
      'at_risk',
    );
    expect(read('Brandtek', 'Pellix', 'Pellix Accepts Sweetened Corvane Offer, Spurning Brandtek')?.stage).toBe(
      'at_risk',
    );
    // Backing switched passes over the deal that had it, named or not; a rival beaten has lost.
    expect(read('Brandtek', 'Pellix', "Pellix switches backing to Corvane's £7bn offer")?.stage).toBe('at_risk');
    expect(read('Corvane', 'Pellix', "Pellix switches backing to Corvane's £7bn offer")?.stage).toBe('agreed');
    expect(read('Brandtek', 'Pellix', 'Corvane wins Pellix auction, beating Brandtek')?.stage).toBe('terminated');
    // (Backing switched to a company by name is switched to its bid.)
    expect(read('Brandtek', 'Pellix', 'Pellix switches support to Corvane after bidding war')?.stage).toBe('at_risk');
    // A rival passed over by name alone, its bid understood.
    expect(read('Brandtek', 'Pellix', "Pellix backs Corvane's higher offer over Brandtek")?.stage).toBe('at_risk');
    expect(read('Brandtek', 'Pellix', "Pellix backs £3.8bn Corvane offer over Brandtek's hostile bid")?.stage).toBe(
      'at_risk',
    );
    // A buyer chosen by name, as the buyer or over a rival: agreed for it, a risk for the rival
    // (in capitals too); a preferred bidder is still in talks, and a chief executive no buyer.
    expect(read('Corvane', 'Pellix', 'Pellix picks Corvane over Brandtek')?.stage).toBe('agreed');
    expect(read('Brandtek', 'Pellix', 'Pellix picks Corvane over Brandtek')?.stage).toBe('at_risk');
    expect(read('Corvane', 'Pellix', 'Pellix backs Corvane as white knight against Brandtek')?.stage).toBe('agreed');
    expect(read('Brandtek', 'Pellix', 'PELLIX BACKS CORVANE AS WHITE KNIGHT AGAINST BRANDTEK')?.stage).toBe('at_risk');
    expect(read('Corvane', 'Pellix', 'Pellix Backs Corvane as White Knight Against Brandtek')?.stage).toBe('agreed');
    expect(read('Corvane', 'Pellix', 'Pellix chooses Corvane as preferred bidder')?.stage).toBe('negotiating');
    expect(classifyStage('Corvane picks Smith as chief executive')).toBeNull();
    // Sites bought from the other party are this deal (the goods a company buys are not).
    const novant = {
      parties: [
        { name: 'Corvane', aliases: [] },
        { name: 'Pellix Systems', aliases: ['Pellix'] },
      ],
    };
    expect(
      readingAbout(novant, 'Corvane to buy two North Carolina hospitals from Pellix Systems', '', classifyStage)?.stage,
    ).toBe('agreed');
    expect(classifyStage('Corvane to buy 40 locomotives from Pellix')).toBeNull();
    // A buyer chosen by its owner's name ("Altice's Numericable"); an offer's price before what it is for.
    expect(read('Brandtek', 'Pellix', "Vivendi picks Corvane's Numericable over Brandtek for Pellix")?.stage).toBe(
      'at_risk',
    );
    expect(classifyStage("EDF offers $4.5 billion for half of Pellix's nuclear unit")).toMatchObject({
      subject: 'EDF',
      object: "half of Pellix's nuclear unit",
    });
    expect(
      read('Corvane', 'Pellix', "EDF offers $4.5 billion for half of Pellix's nuclear unit, challenging Corvane deal")
        ?.stage,
    ).toBe('at_risk');
    // Buyers listed with a comma buy together; what a clause of time tells is another deal's background.
    expect(read('Corvane', 'Pellix', 'Corvane, Huawei to buy Pellix for $2.2 billion')?.stage).toBe('agreed');
    expect(read('Corvane', 'Pellix', 'Pellix to sell unit to Brandtek after Corvane backs deal')).toBeNull();
    // A bid before a demand is its bidder's news; a rival rejected by name is no news of the deal stuck with.
    const applovin = 'Brandtek makes $17.5 billion bid for Pellix, asks it to drop Corvane deal';
    expect(read('Brandtek', 'Pellix', applovin)?.stage).toBe('negotiating');
    expect(read('Corvane', 'Pellix', applovin)?.stage).toBe('at_risk');
    expect(read('Corvane', 'Pellix', 'Pellix rejects Brandtek, sticks with Corvane merger')?.stage).toBe('agreed');
    expect(read('Brandtek', 'Pellix', 'Pellix rejects Brandtek, sticks with Corvane merger')?.stage).toBe('at_risk');
    expect(read('Brandtek', 'Pellix', 'PELLIX REJECTS BRANDTEK, STICKS WITH CORVANE MERGER')?.stage).toBe('at_risk');
    // A board's recommendation switched by name, in capitals too; a rival fended off by an agreement is passed over.
    expect(read('Corvane', 'Pellix', 'Pellix board switches recommendation to Brandtek')?.stage).toBe('at_risk');
    expect(read('Brandtek', 'Pellix', 'PELLIX BOARD SWITCHES RECOMMENDATION TO BRANDTEK')?.stage).toBe('agreed');
    expect(read('Corvane', 'Pellix', 'PELLIX <PLX> AGREES TO KELSO BUYOUT TO FEND OFF CORVANE')?.stage).toBe('at_risk');
    expect(read('Corvane', 'Pellix', 'Pellix weighs management buyout to fend off Corvane')?.stage).toBe('rumored');
    // Talks with a company are the deal with it: a risk to this deal where the text names its parties too.
    expect(read('Brandtek', 'Pellix', 'Pellix in talks with Corvane')).toBeNull();
    expect(read('Corvane', 'Pellix', 'Pellix in talks with Corvane')?.stage).toBe('negotiating');
    expect(
      read('Brandtek', 'Pellix', "PELLIX <PLX> IN MERGER TALKS WITH CORVANE AS ALTERNATIVE TO BRANDTEK'S HOSTILE BID")
        ?.stage,
    ).toBe('at_risk');
    // A party agreeing to another buyer's offer, where the text names this deal's buyer too, passes it over.
    const kelso = (a: string) =>
      readingAbout(
        { parties: [a, 'Pellix'].map((name) => ({ name, aliases: [] })) },
        'PELLIX <PLX> AGREES TO 2.5 BLN DLR BUYOUT BY KELSO',
        "Pellix Inc said it agreed to be acquired by Kelso for 78 dlrs a share, topping Brandtek Corp's hostile bid.",
        classifyStage,
      )?.stage;
    expect(kelso('Brandtek')).toBe('at_risk');
    expect(kelso('Kelso')).toBe('agreed');
    expect(
      read('Brandtek', 'Pellix', "Pellix agrees to Corvane's $2.6 billion offer, ending Brandtek deal")?.stage,
    ).toBe('at_risk');
    expect(classifyStage('Pellix agrees to $2.5 billion takeover by India’s Corvane Steel')?.subject).toBe(
      'India’s Corvane Steel',
    );
    // A sale of a party to a buyer none of the deal's, every party named, is another buyer's deal.
    expect(read('Corvane', 'Pellix', 'Initech ends Pellix sale to Brandtek, agrees deal with Corvane')?.stage).toBe(
      'agreed',
    );
    expect(read('Brandtek', 'Pellix', 'Initech ends Pellix sale to Brandtek, agrees deal with Corvane')?.stage).toBe(
      'terminated',
    );
    // A company won as its rival declines to raise, in capitals too: the winner's deal agreed, the
    // rival's over.
    expect(read('Corvane', 'Pellix', 'CORVANE WINS PELLIX AS BRANDTEK DECLINES TO RAISE BID')?.stage).toBe('agreed');
    expect(read('Brandtek', 'Pellix', 'CORVANE WINS PELLIX AS BRANDTEK DECLINES TO RAISE BID')?.stage).toBe(
      'terminated',
    );
    expect(classifyStage('ACME WINS SUIT OVER GLOBEX BID')?.stage).not.toBe('agreed');
    // (The passive in capitals names its buyer as words.)
    expect(classifyStage('GLOBEX AGREES TO BE ACQUIRED BY ACME')).toMatchObject({ subject: 'acme', object: 'globex' });
    // A partner dropped for another: the new one's deal agreed, the old one's lost.
    expect(
      read('Corvane', 'Pellix', 'Pellix drops Brandtek deal for Corvane, pays $600 million break fee')?.stage,
    ).toBe('agreed');
    expect(
      read('Brandtek', 'Pellix', 'Pellix drops Brandtek deal for Corvane, pays $600 million break fee')?.stage,
    ).toBe('terminated');
    // (A deal ended "for" its target is that deal: "terminates Brandtek deal for Pellix".)
    expect(read('Brandtek', 'Pellix', 'Initech terminates Brandtek deal for Pellix')?.stage).toBe('terminated');
    // A rival's bid "challenging" a deal puts it at risk; talks "over" a bid pass over no one.
    expect(
      read('Corvane', 'Pellix', 'Brandtek makes hostile $14.7 billion bid for Pellix, challenging Corvane deal')?.stage,
    ).toBe('at_risk');
    expect(read('Corvane', 'Pellix', 'Corvane confirms talks over Pellix bid')?.stage).toBe('negotiating');
    // A rival topped by a deal, not only by a bid: the deal is agreed, the rival's bid at risk.
    expect(read('Brandtek', 'Pellix', 'Corvane trumps Brandtek with $38 billion Pellix deal')?.stage).toBe('at_risk');
    expect(read('Corvane', 'Pellix', 'Corvane trumps Brandtek with $38 billion Pellix deal')?.stage).toBe('agreed');
    // A rival spurned, as a target rejects a bid, is at risk; one dumped has lost.
    expect(read('Brandtek', 'Pellix', "Pellix accepts Corvane's sweetened offer, spurning Brandtek")?.stage).toBe(
      'at_risk',
    );
    // A capitalized noun inside a sentence is a name: "makes $31 billion offer for Sky" is Sky's.
    expect(read('Corvane', 'Pellix', 'Corvane makes $31 billion offer for Sky')).toBeNull();
    // (Nor is an agreement a product names, extended.)
    expect(classifyStage('Acme and Globex extend Solaris support agreement')).toBeNull();
    // A bidder rebuffed by name where a price a share says a deal is meant; not a team's rival.
    expect(read('Corvane', 'Pellix', 'Pellix rebuffs Corvane, says it is worth $21 a share')?.stage).toBe('at_risk');
    expect(classifyStage('Colts rebuff Chiefs, win 21-14')).toBeNull();
    // (A contract the trade press "pacts" is no takeover.)
    expect(classifyStage('Acme pacts with BBC on natural history content')).toBeNull();
    // (Nor a bid a clause of time names after another verb's object.)
    expect(classifyStage('Acme cuts 500 jobs after Globex bid')).toBeNull();
    expect(classifyStage('Acme raises prices after Globex bid')).toBeNull();
    // (Not a race for anything but a company: "Colts beat Chiefs in race for playoff spot".)
    expect(classifyStage('Colts beat Chiefs in race for playoff spot')).toBeNull();
    // A bid its bidder drops is that bidder's, for the target named before it: no end of this deal,
    // which the clause after says is cleared of it (no regulator clears it).
    expect(classifyStage('Brandtek drops Pellix bid in joint venture pact')).toMatchObject({
      stage: 'terminated',
      subject: 'Brandtek',
      object: 'Pellix',
    });
    expect(
      read('Pellix', 'Corvane', 'Brandtek drops Pellix bid in joint venture pact, clearing Corvane deal')?.stage,
    ).toBe('agreed');
    expect(read('Pellix', 'Corvane', 'Brandtek drops Pellix bid, EU clearing Corvane deal')?.stage).toBe('approved');
    // A name with a hyphen's word in lower case is one name (a participle's describes it).
    expect(classifyStage('Dai-ichi completes purchase of Pellix')?.subject).toBe('Dai-ichi');
    expect(read('Dai-ichi Life', 'Pellix', 'Dai-ichi Life to acquire Pellix Life for $5.7 billion')?.stage).toBe(
      'agreed',
    );
    expect(read('Corvane', 'Pellix', 'State-backed Corvane to buy chip materials maker Pellix')?.stage).toBe('agreed');
    // What is bought from the other party, described in lower case, is this deal.
    expect(
      read('Corvane', 'Initech', 'Corvane completes acquisition of eastern European brewers from Initech')?.stage,
    ).toBe('completed');
    // A failed bank's deposits and loans bought are the bank bought, the first sentence says.
    expect(
      classifyStage(
        'First Corvane to Buy Silicon Pellix Bank from FDIC',
        'First Corvane Inc agreed to acquire all deposits and loans of Silicon Pellix Bridge Bank from the Federal Deposit Insurance Corp.',
      )?.stage,
    ).toBe('agreed');
    // A bank a regulator closes is shut; its sale is the deal.
    expect(classifyStage('Regulators closed Pellix Bank on Friday and sold its deposits to Corvane')?.phrase).toBe(
      'sold its deposits',
    );
    // A name with "of" inside it, before the deal it names.
    expect(read('Bank of Corvane', 'Pellix', 'Pellix shareholders approve Bank of Corvane deal')?.stage).toBe(
      'approved',
    );
    // One acquisition of names listed with a comma names each.
    expect(
      read('Corvane', 'Pellix', "Corvane completes Pellix, ACC acquisition; founder's son joins board")?.stage,
    ).toBe('completed');
    // A priced bid backed as a white knight's passes its rival over.
    const knight = 'Pellix backs £2.2bn Corvane bid as white knight against Brandtek';
    expect(read('Brandtek', 'Pellix', knight)?.stage).toBe('at_risk');
    expect(read('Corvane', 'Pellix', knight)?.stage).toBe('agreed');
    // A name written as a web address or with a colon inside is one name, not a sentence's end.
    expect(
      read('Corvane', 'Pellix.me', 'Corvane to buy out food delivery app Pellix.me in $9.5 billion deal')?.stage,
    ).toBe('agreed');
    expect(read('Corvane', 'Pellix:ai', 'Corvane to Acquire Israeli AI Startup Pellix:ai')?.stage).toBe('agreed');
    // What others' moves do to this deal, said after a comma on the deal by name, is its news.
    const race = 'Brandtek and Initech join race for Pellix, putting Corvane deal in doubt';
    expect(read('Corvane', 'Pellix', race)?.stage).toBe('at_risk');
    expect(read('Brandtek', 'Pellix', race)?.stage).toBe('negotiating');
    // Two companies that agree a merger named as a noun are the pair merging, no news of a third's deal.
    const stellar = 'Brandtek and Initech agree merger to create Stellar';
    expect(read('Brandtek', 'Pellix', stellar)).toBeNull();
    expect(read('Brandtek', 'Initech', stellar)?.stage).toBe('agreed');
    // "Take over" is a verb and its particle, passing no one over.
    expect(classifyStage('Corvane in talks to take over Pellix Shipbuilding')?.passedOver).toBeUndefined();
    expect(read('Corvane', 'Pellix', 'Corvane in talks to take over Pellix Shipbuilding')?.stage).toBe('negotiating');
    // "US" in capitals is the country's, in a name too; a regulator clears the pair it names.
    expect(read('Corvane', 'US Pellix', 'CORVANE <CRV> MAKES HOSTILE 35 BLN DLR BID FOR US PELLIX <USP>')?.stage).toBe(
      'negotiating',
    );
    expect(read('Corvane', 'Pellix', 'DOJ clears Corvane-Pellix with Stonyfield sale')?.stage).toBe('approved');
    // A merger with "a SPAC" names no company; one with "Altimeter SPAC" names Altimeter.
    expect(read('Corvane', 'Altimeter', 'Corvane completes SPAC merger, debuts on Nasdaq')?.stage).toBe('completed');
    expect(read('Corvane', 'BowX', 'Corvane to go public in $9 billion SPAC deal with BowX')?.stage).toBe('agreed');
    expect(classifyStage('Corvane closes Altimeter SPAC merger')?.object).toBe('Altimeter SPAC');
    // An end said in a participle is the clause's subject's: here a rival's, no end of this deal.
    expect(classifyStage('Brandtek sells Pellix stake to Corvane, ending takeover battle')?.subject).toBe('Brandtek');
    expect(read('Corvane', 'Pellix', 'Brandtek sells Pellix stake to Corvane, ending takeover battle')).toBeNull();
    // A buyout a company backs "of" a thing is no deal of the company's; a board backs its own.
    expect(read('Corvane', 'Pellix', 'Corvane Partners backs buyout of football club')).toBeNull();
    expect(read('Corvane', 'Pellix', 'Pellix board backs buyout by Corvane')?.stage).toBe('agreed');
    // Talks "to buy" are held by the name before them, one described as another's parent included.
    expect(classifyStage('Brandtek said to be in talks to buy Pellix')?.subject).toBe('Brandtek');
    expect(classifyStage('Corvane parent Initech in talks to acquire Pellix')?.subject).toBe('Corvane parent Initech');
  });
  it('reads who fights a deal and who lets it through, and which pair talks of merging', () => {
    const read = (a: string, b: string, headline: string) =>
      readingAbout({ parties: [a, b].map((name) => ({ name, aliases: [] })) }, headline, '', classifyStage);
    // Two companies named before talks of a merger are the pair talking: no news of a third's deal.
    expect(read('Corvane', 'Pellix', 'Corvane, Brandtek said to discuss merger')).toBeNull();
    expect(read('Corvane', 'Brandtek', 'Corvane, Brandtek said to discuss merger')?.stage).toBe('negotiating');
    expect(read('Corvane', 'Pellix', 'Corvane and Brandtek in talks to merge')).toBeNull();
    // An offer sweetened and the target's own support won is the deal agreed; holders' support, approved.
    expect(classifyStage("Corvane sweetens offer, wins Pellix's support")?.stage).toBe('agreed');
    expect(classifyStage('Corvane wins shareholder support for Pellix takeover')?.stage).toBe('approved');
    // A move to block a deal by no regulator, court or government is a fight against it; a regulator's is its review.
    expect(classifyStage('Hicks and Gillett move to block Pellix sale')?.stage).toBe('at_risk');
    expect(classifyStage('Justice Department moves to block Corvane-Pellix merger')?.stage).toBe('regulatory_review');
    // Another buyer's offer accepted, "ending" this deal by name after a comma, ends it; in capitals too.
    const accepted = "Pellix accepts Brandtek's raised offer, ending Corvane deal";
    expect(read('Corvane', 'Pellix', accepted)?.stage).toBe('terminated');
    expect(read('Corvane', 'Pellix', accepted.toUpperCase())?.stage).toBe('terminated');
    expect(read('Brandtek', 'Pellix', accepted.toUpperCase())?.stage).toBe('agreed');
    // A capitalized word the model took for a verb or a small word opens a name before a name's word.
    expect(read('JD Sports', 'Finish Line', 'Finish Line shares slump on weak sales')).toBeNull();
    expect(read('ON Semiconductor', 'Fairchild', 'ON Semiconductor completes Fairchild acquisition')?.stage).toBe(
      'completed',
    );
    // A sum splashed out on a company is its price.
    expect(classifyStage('Corvane splashes out £559m on Pellix')?.stage).toBe('agreed');
    expect(classifyStage('Corvane Splashes Out £559m on Pellix')?.stage).toBe('agreed');
    expect(classifyStage('Corvane splashes out $1bn on new stores')).toBeNull();
    // Or a clause of its own that drops this deal by name, the subject understood.
    const drops = 'PELLIX ACCEPTS BRANDTEK OFFER, DROPS CORVANE DEAL';
    expect(read('Corvane', 'Pellix', drops)?.stage).toBe('terminated');
    expect(read('Brandtek', 'Pellix', drops)?.stage).toBe('agreed');
    expect(read('Corvane', 'Pellix', 'Pellix accepts Brandtek offer, drops Corvane deal')?.stage).toBe('terminated');
    // A bidder that says it will not raise its offer leaves the contest: its own end, no other's.
    const leaves = 'Smith & Nephew says it will not raise Pellix offer';
    expect(classifyStage(leaves)).toMatchObject({ stage: 'terminated', subject: 'Smith & Nephew' });
    expect(read('Corvane', 'Pellix', leaves)).toMatchObject({ stage: 'terminated', otherBuyer: true });
    // A name the reader made one word is no stake, whatever its last word: "sold to Qatar Holding".
    expect(classifyStage('Pellix sold to Qatar Holding for £1.5bn')?.stage).toBe('completed');
    // Three names merging in capitals, each of several words, are the ones merging.
    expect(
      read('Dai-Ichi Kangyo', 'Fuji Bank', 'DAI-ICHI KANGYO, FUJI BANK AND INDUSTRIAL BANK OF JAPAN TO MERGE')?.stage,
    ).toBe('agreed');
    // Talks no longer so are over; a bidder's exit reported by others is a risk, as any hedged end is.
    expect(classifyStage('Corvane-Pellix talks no longer active')?.stage).toBe('terminated');
    expect(classifyStage("Corvane won't bid for Pellix, sources say")?.stage).toBe('at_risk');
    expect(classifyStage("Corvane won't bid for Pellix")?.stage).toBe('terminated');
    // A capitalized word alone after a buying verb is what is bought, whatever the model made of it.
    expect(classifyStage('Recruit to acquire Indeed')).toMatchObject({ stage: 'agreed', object: 'Indeed' });
    expect(classifyStage('Recruit to Acquire Indeed')).toMatchObject({ stage: 'agreed', object: 'Indeed' });
    // A word after "of" is a noun, in capitals a name's, whatever else it may be ("xerox" is a verb too).
    expect(classifyStage('CORVANE TO TAKE CONTROL OF XEROX IN 6.1 BLN DLR DEAL')?.stage).toBe('agreed');
    // A strike "over" a sale is a walkout, no deal struck.
    expect(read('Corvane', 'Pellix', 'PELLIX WORKERS STRIKE OVER SALE')).toBeNull();
    // A name that ends in a word of blocking is a name: "H&R Block to buy" buys.
    expect(classifyStage('H&R Block to buy TaxAct maker 2nd Story Software for $287.5 million')?.stage).toBe('agreed');
    expect(classifyStage('H&R BLOCK TO BUY TAXACT')?.stage).toBe('agreed');
    expect(classifyStage("Judge blocks H&R Block's purchase of TaxAct")?.stage).toBe('blocked');
    // A government's own opposition is a risk, as a minister's is; its regulator's is the review.
    expect(classifyStage('Italian government opposes Corvane-Pellix merger')?.stage).toBe('at_risk');
    expect(classifyStage('FTC staff opposes Corvane-Pellix merger')?.stage).toBe('regulatory_review');
    // A court's ruling that a side may sell lets the deal through; one that it may not says nothing of it here.
    expect(classifyStage('High Court rules Pellix board can sell club to Corvane')?.stage).toBe('approved');
    expect(
      classifyStage('', "A High Court judge ruled that Pellix's chairman had the right to sell the club to Corvane.")
        ?.stage,
    ).toBe('approved');
    expect(classifyStage('High Court rules Pellix board cannot sell club to Corvane')?.stage).not.toBe('approved');
  });
  it("reads other presses' words for a deal: a sum bet in a buyout, a resolution plan, a comment period, the way paved", () => {
    const read = (a: string, b: string, headline: string) =>
      readingAbout({ parties: [a, b].map((name) => ({ name, aliases: [] })) }, headline, '', classifyStage);
    // A sum bet on a company in a takeover is the price agreed; a bet on a market is no deal.
    expect(classifyStage("Corvane bets $11B on Pellix's hep C drugs in buyout")?.stage).toBe('agreed');
    expect(classifyStage('Corvane bets $1B on AI chips in expansion')).toBeNull();
    // India's insolvency law calls the bid a resolution plan; a central bank approves bank deals.
    expect(classifyStage("RBI approves Corvane's resolution plan for Pellix")?.stage).toBe('approved');
    // A regulator's comment period on a deal is its review.
    expect(classifyStage('Fed extends comment period on Corvane-Pellix deal as consumer groups object')?.stage).toBe(
      'regulatory_review',
    );
    // The way paved by others, not a regulator, leaves the deal agreed; an initial glued to capitals is one name.
    expect(classifyStage('E.ON settles with rivals, paving way for Pellix takeover')).toMatchObject({
      stage: 'agreed',
      object: 'Pellix',
    });
    // Where or whose a company is, glued by a hyphen, describes it: no products ("Austin-based").
    expect(
      classifyStage('', 'Corvane said it agreed to acquire Austin-based job search engine Pellix.com.')?.stage,
    ).toBe('agreed');
    // What is bought may come past a compound's hyphen: "the domestic video-based entertainment business".
    expect(
      classifyStage('', 'Corvane said it would acquire the domestic video-based entertainment business of Pellix Inc.')
        ?.stage,
    ).toBe('agreed');
    // A verb glued to the words after it is a compound's: a sale of goods, no purchase.
    expect(classifyStage("Pellix's buy-one-get-three-free sale lifts quarterly profit")).toBeNull();
    // A company's own thing that wins approval is a product's: "Pellix's caplacizumab wins EU approval".
    expect(classifyStage("Pellix's caplacizumab wins EU approval")).toBeNull();
    expect(classifyStage("Corvane's takeover wins EU approval")?.stage).toBe('approved');
    // A term after a hyphen is an adjective's, no terms of a deal: a supply contract signed is none.
    expect(classifyStage('Pellix signs long-term supply contract with Brandtek')).toBeNull();
    // The buyer of a part sold ends before what the sale is part of: no news of the deal named there.
    expect(read('Corvane', 'Pellix', 'Pellix to sell 18 branches to Brandtek as part of Corvane deal')).toBeNull();
  });
  it('reads a deal a regulator orders undone, an appeal won against it, a party sold on, and an offer cut', () => {
    const read = (a: string, b: string, headline: string) =>
      readingAbout({ parties: [a, b].map((name) => ({ name, aliases: [] })) }, headline, '', classifyStage);
    // A company a regulator orders sold is the deal forbidden; parts ordered sold are no party's sale.
    expect(read('Corvane', 'Pellix', 'Competition watchdog orders Corvane to sell Pellix')?.stage).toBe('blocked');
    expect(read('Corvane', 'Pellix', 'CMA orders Corvane to sell three stores')).toBeNull();
    // An appeal won against a regulator's ruling lets the deal through.
    expect(read('Corvane', 'Pellix', 'Corvane wins appeal against CMA ruling on Pellix')?.stage).toBe('approved');
    // A party sold on by the other, to a buyer none of them, undoes the deal; for the new buyer it is agreed.
    const onward = 'Corvane offloads Pellix to Brandtek for £38m';
    expect(read('Corvane', 'Pellix', onward)?.stage).toBe('terminated');
    expect(read('Brandtek', 'Pellix', onward)?.stage).toBe('agreed');
    // An offer cut to a price is the deal amended, still agreed (as a price cut is).
    expect(classifyStage('Corvane cuts Pellix offer to $4.81 a share over UK pension probe')?.stage).toBe('agreed');
    // Title case and capitals read a sum bet in a buyout as written.
    expect(classifyStage("Corvane Bets $11B on Pellix's Hep C Drugs in Buyout")?.stage).toBe('agreed');
    expect(classifyStage("CORVANE BETS $11B ON PELLIX'S HEP C DRUGS IN BUYOUT")?.stage).toBe('agreed');
  });
  it("reads what happened to a deal named by its purpose, a buyer picked again, and a vote's outcome", () => {
    // What happened to a deal "to buy" a company is the news, not the purchase it names.
    expect(classifyStage("Corvane's deal to buy the Pellix falls apart")?.stage).toBe('terminated');
    expect(classifyStage("Corvane's deal to buy Pellix collapses")?.stage).toBe('terminated');
    expect(classifyStage("Corvane's deal to buy Pellix falls through")?.stage).toBe('terminated');
    // A deal that waits on a regulator's approval is under its review; a product's approval is none.
    expect(classifyStage('Corvane-Pellix merger still awaits China approval')?.stage).toBe('regulatory_review');
    expect(classifyStage('Corvane awaits FDA approval for Pellix drug')).toBeNull();
    // A buyer picked again, as what it buys names its role, is the deal agreed.
    expect(classifyStage('Wilpons pick Corvane again as Pellix buyer in $2.4 billion deal')?.stage).toBe('agreed');
    // A headline's risk gives way to a first sentence that ends the deal by its name; not to a
    // proposal around it voted down.
    expect(
      classifyStage(
        'Corvane shareholders reject Pellix deal',
        'Corvane said its shareholders voted against the proposed acquisition of Pellix, and the companies terminated their merger agreement.',
      )?.stage,
    ).toBe('terminated');
    expect(
      classifyStage(
        "Pellix holders reject Corvane's bid to opt out of state takeover law",
        'Pellix shareholders voted down a proposal that would have let the railroad complete its merger with Corvane.',
      )?.stage,
    ).toBe('at_risk');
  });
  it('reads talks with a company described by its backer, an answer to a raised offer, and a tax inversion', () => {
    // A name before "-backed" describes the company talked with; it is not the company.
    const backed = readFor(
      'Corvane',
      'Pellix',
      "Pellix confirms approach from Canada's Corvane",
      'The car parts maker said it was in talks with Brandtek-backed Corvane about a possible cash offer.',
    );
    expect(backed?.stage).toBe('negotiating');
    expect(backed?.object).toBe('Corvane');
    // The board's answer after a semicolon is the news, whatever describes the bid it backs; for the
    // bidder topped, a risk.
    const answer = 'Corvane raises Pellix offer to $173 a share, topping Brandtek; Pellix board backs higher bid';
    expect(readFor('Corvane', 'Pellix', answer)?.stage).toBe('agreed');
    expect(readFor('Brandtek', 'Pellix', answer)?.stage).toBe('at_risk');
    expect(classifyStage('Corvane raises Pellix bid; Pellix rejects sweetened proposal')?.stage).toBe('at_risk');
    expect(classifyStage('Corvane Raises Pellix Offer, Topping Brandtek; Pellix Board Backs Higher Bid')?.stage).toBe(
      'agreed',
    );
    // A tax inversion is a merger.
    expect(classifyStage('New Treasury rules cast doubt on Corvane-Pellix inversion')?.stage).toBe('at_risk');
  });
  it("reads a deal delayed by a review, holders' backlash against it, and a regulator's order to refile it", () => {
    // Delayed by a regulator's review is the review; delayed by anything else, a risk.
    expect(classifyStage("Corvane's Pellix tender offer delayed again by antitrust reviews")?.stage).toBe(
      'regulatory_review',
    );
    expect(classifyStage("Corvane's Pellix deal delayed by funding problems")?.stage).toBe('at_risk');
    // Holders' backlash or opposition, over the deal or met by it.
    expect(classifyStage('Corvane faces shareholder backlash over Pellix merger ratio')?.stage).toBe('at_risk');
    expect(classifyStage('Corvane-Pellix merger faces shareholder opposition')?.stage).toBe('at_risk');
    // A securities regulator that orders the deal's filing revised is reviewing it.
    expect(classifyStage("Korea's FSS orders Corvane to revise Pellix merger filing")?.stage).toBe('regulatory_review');
    expect(classifyStage('SEC asks Corvane to amend Pellix merger proxy')?.stage).toBe('regulatory_review');
  });
  it("reads real outlets' ways of telling a purchase: described in the headline, announced on a day, in capitals", () => {
    // What is bought, past a compound that says where it is.
    expect(readFor('Corvane', 'Pellix', 'Corvane to buy Texas-based software maker Pellix')?.object).toBe(
      'Texas-based software maker Pellix',
    );
    // A headline that describes what is bought, over a first sentence that names it.
    expect(
      readFor(
        'Corvane',
        'Pellix',
        'Corvane To Acquire Data Center Cooling, Energy Specialist Pellix',
        'Corvane on Monday said it has agreed to buy Pellix, a consulting company that specializes in data center cooling.',
      )?.stage,
    ).toBe('agreed');
    // (Not one that names another company its first sentence names too.)
    expect(
      readFor(
        'Corvane',
        'Pellix',
        'Corvane To Acquire Brandtek',
        'Corvane, which agreed to buy Pellix last year, said it would acquire Brandtek for $2 billion.',
      ),
    ).toBeNull();
    // A deal announced on a day, said after it, or named by the day.
    expect(classifyStage("The all-cash deal, announced Tuesday, represents Corvane's biggest gamble")?.stage).toBe(
      'agreed',
    );
    expect(classifyStage("Corvane continued the trend with today's acquisition of Pellix Facilities")?.stage).toBe(
      'agreed',
    );
    // In capitals the rival topped and the company now owned are nouns.
    expect(classifyStage('BRANDTEK TRUMPS CORVANE WITH RIVAL PELLIX BID')?.stage).toBe('negotiating');
    expect(classifyStage('CORVANE NOW OWNS PELLIX')?.stage).toBe('completed');
    expect(classifyStage('CORVANE NOW OWNS SHARES OF PELLIX')).toBeNull();
  });
  it("reads a wire roundup's sentences: talks over a stake, an aside in brackets, a blow suffered, a firm described", () => {
    // Talks about a minority stake are no deal talks.
    expect(
      leadFor('Corvane', 'Pellix', 'Corvane said it was in talks about buying a stake in rival Pellix.'),
    ).toBeNull();
    expect(
      leadFor('Corvane', 'Pellix', 'Pellix said it is in preliminary talks to sell a minority stake to Corvane.'),
    ).toBeNull();
    // A price's conversion in brackets is no word between a rejection and the bid.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        "Britain's Pellix rejected a 608 million pound ($781 million) hostile bid by Corvane.",
      )?.stage,
    ).toBe('at_risk');
    // A "reported" approach rejected is rejected; reports rejected are denied.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Shares in Pellix surged after it rejected a reported $6 billion takeover approach from Corvane.',
      )?.stage,
    ).toBe('at_risk');
    expect(classifyStage('Pellix rejects reports of Corvane bid')).toBeNull();
    // Discussions entered into are talks, with the firm a description names.
    const talks = leadFor(
      'Corvane',
      'Pellix',
      'Pellix said it has entered into exclusive discussions with European private equity firm Corvane Partners about a potential sale.',
    );
    expect(talks?.stage).toBe('negotiating');
    expect(talks?.object).toBe('Corvane Partners');
    // A bid that suffers a blow is at risk.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        "Corvane's $24.4 billion bid for Pellix suffered a blow after the special committee rejected its request.",
      )?.stage,
    ).toBe('at_risk');
  });
  it("reads more of a wire roundup's sentences: a superior proposal, a remedy sold for clearance, a refusal after 'but', talks of other things", () => {
    // A "superior proposal" is a rival's, a risk to the deal agreed; not where the bidder names its own.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Pellix, which has agreed to be bought by Corvane, said that a sweetened bid from a group of former executives could lead to a superior proposal.',
      )?.stage,
    ).toBe('at_risk');
    expect(
      classifyStage(
        'Pellix Board Determines Brandtek Proposal Could Reasonably Be Expected to Lead to Superior Proposal',
      )?.stage,
    ).toBe('negotiating');
    // Talks about a potential sale are talks.
    expect(classifyStage('Pellix is in potential sale talks with a few suitors, including Corvane')?.stage).toBe(
      'negotiating',
    );
    // Assets sold as the parties seek clearance are a remedy: the merger's review, not the buyer's deal.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane and Pellix will sell some of their assets to packaging maker Brandtek in a deal worth $3.42 billion, as they seek antitrust clearance for their planned merger.',
      )?.stage,
    ).toBe('regulatory_review');
    // An offer, "but" the target refused: a risk. A bidder told it "should" pay more: a risk.
    expect(
      leadFor('Corvane', 'Pellix', 'Corvane said it offered to buy Pellix, but the owner refused to begin talks.')
        ?.stage,
    ).toBe('at_risk');
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane should raise its offer to buy Pellix to $133 per share, a Pellix shareholder said.',
      )?.stage,
    ).toBe('at_risk');
    // Talks about partnerships or fundraising are no deal talks, whoever the other side is described as.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane said it was in discussion with the No. 3 oilfield services provider Pellix Inc on potential partnerships.',
      ),
    ).toBeNull();
    expect(
      leadFor('Corvane', 'Pellix', 'Corvane is in talks with messaging startup Pellix for a round of fundraising.'),
    ).toBeNull();
  });
  it("reads real leads' ways of telling a deal's trouble and its price: plunged into uncertainty, a vote put off, control paid for", () => {
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        "Corvane's €57 million bid for the Pellix symbol group in Britain was plunged into uncertainty last night.",
      )?.stage,
    ).toBe('at_risk');
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Pellix has postponed a shareholder vote on whether to accept a £1.4 billion takeover offer from Corvane.',
      )?.stage,
    ).toBe('at_risk');
    expect(classifyStage("Pellix postpones vote on directors' pay")).toBeNull();
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane on Tuesday agreed to pay almost USD 50 billion for control of US firm Pellix American.',
      )?.stage,
    ).toBe('agreed');
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane said it has agreed to acquire German privately held company the Pellix Group for 4.6 billion euros.',
      )?.stage,
    ).toBe('agreed');
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'The directors of Pellix have withdrawn their acceptance of a takeover bid from Corvane Trading.',
      )?.stage,
    ).toBe('at_risk');
    // Toying with the idea of a deal is weighing it.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Several private-equity firms, including Corvane Partners, have been toying with the idea of taking Pellix private.',
      )?.stage,
    ).toBe('rumored');
  });
  it('reads real headlines over their leads: control taken but only agreed, a rival faced, a block foreseen, a bid under threat', () => {
    // A headline's "takes control" gives way to a first sentence that says the deal is only agreed.
    expect(
      readFor(
        'Corvane',
        'Pellix',
        'Corvane takes control of Pellix American for USD 49 billion',
        'Corvane on Tuesday agreed to pay almost USD 50 billion for control of US firm Pellix American.',
      )?.stage,
    ).toBe('agreed');
    // A bid that faces a rival's is at risk; for the rival, it is its own bid.
    const faced = 'Corvane €57m bid for Pellix faces rival Brandtek offer';
    expect(readFor('Corvane', 'Pellix', faced)?.stage).toBe('at_risk');
    expect(readFor('Brandtek', 'Pellix', faced)?.stage).toBe('negotiating');
    // A block a party foresees is a risk, not a block.
    expect(readFor('Corvane', 'Pellix', 'UK car dealer Pellix sees Corvane takeover being blocked')?.stage).toBe(
      'at_risk',
    );
    expect(readFor('Corvane', 'Pellix', 'Corvane takeover of Pellix blocked by EU')?.stage).toBe('blocked');
    // A bid under threat is at risk (unless the threat is a regulator's, read as its review).
    expect(readFor('Corvane', 'Pellix', "Corvane's Pellix bid under threat")?.stage).toBe('at_risk');
  });
  it("reads a fifth probe's sentences: a conditional completion, a vote against past an aside, a bid to value, votes and recommendations", () => {
    // "If completed" completes nothing.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane said it was in advanced talks to buy Pellix in an all-stock deal that, if completed, would create a giant.',
      )?.stage,
    ).toBe('negotiating');
    // A holder's vote against, past the price's aside.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        "A top-10 shareholder in Pellix said it would vote against the British food delivery company's proposed 9 billion pound ($11 billion) merger with Corvane, saying the deal undervalued Pellix.",
      )?.stage,
    ).toBe('at_risk');
    // A portion of a party's assets sold to the other.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Pellix said it would sell a portion of its New Mexico assets for $925 million to KKR-backed Corvane Partners.',
      )?.stage,
    ).toBe('agreed');
    // A bid "to value" the company is the bid.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Pellix said that suitor Corvane had raised its initial bid to value the power generator at about A$466.7 million.',
      )?.stage,
    ).toBe('negotiating');
    // Holders who voted to accept approve; a board that did agrees.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        "Farmers who own shares in Pellix have voted to accept a takeover offer from Germany's Corvane.",
      )?.stage,
    ).toBe('approved');
    expect(classifyStage('Pellix board voted to accept Corvane offer')?.stage).toBe('agreed');
    // A block a regulator recommends is its review.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        "Finland's competition authority has recommended blocking Corvane's purchase of rival Pellix.",
      )?.stage,
    ).toBe('regulatory_review');
    // A deal agreed to buy a minority stake is no takeover.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane said it had agreed a deal with Pellix to acquire a stake in its two oil and gas blocks.',
      ),
    ).toBeNull();
  });
  it("reads a sixth probe's sentences: instrument codes, a buyer allowed to buy, a merger one is open to, an approach had, an approval to come, a tender short", () => {
    // Reuters instrument codes after a name are no name.
    expect(normalizeWireStyle('Corvane Industries Inc GTII.CD said it had agreed to buy Pellix')).toBe(
      'Corvane Industries Inc said it had agreed to buy Pellix',
    );
    expect(normalizeWireStyle('U.S. regulators approve N.V. deal')).toBe('U.S. regulators approve N.V. deal');
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane Industries Inc GTII.CD said it had agreed to buy privately owned Pellix Pharmaceuticals in Virginia.',
      )?.stage,
    ).toBe('agreed');
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane will be allowed to acquire online rival Pellix, the Norwegian Competition Tribunal ruled.',
      )?.stage,
    ).toBe('approved');
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Executives of Corvane and Pellix are increasingly open to the idea of a merger, a magazine reported.',
      )?.stage,
    ).toBe('rumored');
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        "Pellix has had a 4.6 billion euros ($5.3 billion) takeover approach from China's Corvane Sports.",
      )?.stage,
    ).toBe('rumored');
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        "Italy's audit court wants more clarification before approving the sale of Pellix to Corvane.",
      )?.stage,
    ).toBe('regulatory_review');
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        "Pellix investors have tendered only 22.6% of the bank's shares targeted in a Corvane buyout offer.",
      )?.stage,
    ).toBe('at_risk');
  });
  it("reads holders who back a buyer's move to buy as approving its deal", () => {
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        "Corvane Corp's investors backed the building products maker's move to buy Canada-based peer Pellix Lumber for about $1.1 billion.",
      )?.stage,
    ).toBe('approved');
  });
  it("reads an eighth probe's sentences: a delay over concerns, a buyer still bidding, an owned offer, a named unit sold, 'not oppose', an approval challenged", () => {
    // A deal to buy delayed over antitrust concerns is under review, however far its subject stands.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        "Corvane said its deal to buy Brandtek Inc's subprime lender Pellix Financial Holdings could be delayed beyond the third quarter over antitrust concerns.",
      )?.stage,
    ).toBe('regulatory_review');
    // A buyer trying, or in the lead, to buy is bidding.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane is in the lead to acquire the Pellix Daily News, prevailing over other bidders.',
      )?.stage,
    ).toBe('negotiating');
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane, which is trying to buy drugmaker Pellix Co through a hostile tender offer, lowered its threshold.',
      )?.stage,
    ).toBe('negotiating');
    // An offer its bidder owns, however described, is its own bid, not another's superior proposal.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Pellix said Corvane Corp\'s $2.2 billion unsolicited offer for the chipmaker could lead to a "superior proposal".',
      )?.stage,
    ).toBe('negotiating');
    // A unit sold, named between commas before its buyer; a gerund in its name.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Pellix Corp said it would sell its cargo handling business, Telair Cargo Group, to Corvane Group Inc for $725 million.',
      )?.stage,
    ).toBe('agreed');
    // A target that does not oppose a takeover "in principle" has not approved it; a regulator that does not, has.
    expect(leadFor('Corvane', 'Pellix', 'Pellix does not oppose a takeover in principle.')).toBeNull();
    expect(classifyStage('FTC does not oppose Corvane-Pellix merger')?.stage).toBe('approved');
    // An approval challenged is a risk.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        "German regional wireless operator Brandtek has challenged the EU's approval of Corvane Deutschland's 8.6 billion euro ($9.6 billion) acquisition of Pellix, saying concessions offered to allay competition concerns did not go far enough.",
      )?.stage,
    ).toBe('at_risk');
  });
  it("reads a ninth probe's sentences: a board willing to recommend, a divestiture that settles a regulator's charges, a company reviewing its options", () => {
    // A board "willing" to recommend an offer is still talking, as one "minded" to.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Pellix said on Wednesday it was willing to recommend a sweetened $64 billion offer from Corvane to shareholders.',
      )?.stage,
    ).toBe('negotiating');
    // Assets divested to settle a regulator's charges against the deal approve the deal named after "of";
    // a settlement of any other case approves nothing.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane Inc has agreed to divest three fuel stations in Alabama to settle Federal Trade Commission charges that its proposed acquisition of Pellix Inc would violate federal antitrust law.',
      )?.stage,
    ).toBe('approved');
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        "Corvane agreed to pay a record settlement to resolve the Federal Trade Commission's lawsuit over Pellix sign-ups.",
      ),
    ).toBeNull();
    // A company's own review of its options is a deal weighed, no regulator's review.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane has hired a debt restructuring adviser to review potential options for combining its business with Pellix Group.',
      )?.stage,
    ).toBe('rumored');
  });
  /** The stage read for the Corvane / Pellix deal: of a headline over its first sentence, or of a first sentence alone. */
  const stageOf = (headline: string, lead = '') => readFor('Corvane', 'Pellix', headline, lead)?.stage;
  const leadStage = (lead: string) => leadFor('Corvane', 'Pellix', lead)?.stage;
  it("reads a tenth probe's sentences: a bid scrubbed, a rejection as the subject, a unit placed by where it is, a target described by its home", () => {
    // A bid scrubbed is called off, as one scrapped; so is a deal its party nixes (a regulator's nix blocks it).
    expect(stageOf('Corvane scrubs bid to take over Pellix')).toBe('terminated');
    expect(stageOf('Corvane nixes $2 billion Pellix deal')).toBe('terminated');
    expect(stageOf('FCC nixes Corvane-Pellix deal')).toBe('blocked');
    // The rejection as a noun, the subject of what follows, is the news.
    expect(
      leadStage("Pellix's rejection on Friday of Corvane's buyout offer leaves the bidder weighing a proxy fight."),
    ).toBe('at_risk');
    // A place after a unit's "in" only says where the buyer is: no other buyer is named.
    expect(
      leadStage(
        'Drugmaker Corvane said on Monday its subsidiary in New Zealand has completed the acquisition of Pellix Ltd.',
      ),
    ).toBe('completed');
    // A headline that describes the target by its home is this deal's when the first sentence names it.
    expect(
      stageOf(
        'Corvane arm completes acquisition of New Zealand-based firm',
        'Drugmaker Corvane said its subsidiary has completed the acquisition of Pellix Ltd, a deal worth about NZ$30 million.',
      ),
    ).toBe('completed');
  });
  it("reads an eleventh probe's sentences: talks a possessive holds, the next sentence's deal, pacts for minority stakes, holders in a company, a rival snubbed", () => {
    // Talks held by a company named in the possessive are its talks: another's talks with a party are
    // no news of that party's own deal, which the next sentence may tell.
    const scene =
      "As speculation about Initech's ongoing acquisition discussions with Corvane reaches a fever pitch, the retailer went shopping on its own. Corvane said Tuesday it has acquired Pellix, a Denver startup.";
    expect(leadStage(scene)).toBe('completed');
    expect(leadFor('Initech', 'Corvane', scene)?.stage).toBe('negotiating');
    // A pact to buy a stated minority stake, or more shares of a holding, is no takeover.
    expect(readFor('Corvane', 'Pellix', 'Corvane inks pact to acquire 26 pc stake in Pellix Systems')).toBeNull();
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane said it has signed a share purchase agreement to buy additional 12,500 equity shares of Pellix Ltd, an associate, from its founders.',
      ),
    ).toBeNull();
    expect(stageOf("Corvane signs deal to buy Initech's Pellix stake")).toBe('agreed');
    // Holders "in" a company described before its name approve what they back.
    expect(
      leadStage('Shareholders in the Dutch ferry operator Pellix have overwhelmingly backed a merger with Corvane.'),
    ).toBe('approved');
    // A rival snubbed to approve a deal is the deal approved.
    expect(stageOf('Pellix shareholders snub Initech to approve Corvane merger')).toBe('approved');
  });
  it("reads a twelfth probe's sentences: a headline's denial over the rumour it denies, a report denied, a name's description between commas", () => {
    // A headline that denies talks or plans is the news: its first sentence's account of the rumour is not read.
    expect(
      readFor(
        'Corvane',
        'Pellix',
        'Corvane denies plans to make offer for Pellix',
        '"Corvane denies having had any contact with or planning to acquire the company Pellix," a Corvane director said.',
      ),
    ).toBeNull();
    expect(
      readFor(
        'Corvane',
        'Pellix',
        'Corvane says not in talks to acquire Pellix',
        'Corvane said on Thursday it has not entered into any negotiation to acquire cable operator Pellix, following media reports of a potential bid.',
      ),
    ).toBeNull();
    // (A bidder that will not raise its offer has more to say: the first sentence is read.)
    expect(
      stageOf(
        'Corvane says it will not raise offer for Pellix',
        'Corvane said it would not raise its offer for Pellix and walked away from the deal.',
      ),
    ).toBe('terminated');
    // A report the sentence goes on to deny is no news.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Reports that Corvane, which owns 54% of Pellix, is preparing to buy the rest of the company have been denied.',
      ),
    ).toBeNull();
    // What a name is, between commas, stands between the verb and what it acts on.
    expect(
      leadStage(
        'The president issued an order prohibiting Corvane, a Singapore-based chip maker, from purchasing Pellix, citing national security.',
      ),
    ).toBe('blocked');
  });
  it("reads a thirteenth probe's sentences: a company taken or going private, a name that only places the company described", () => {
    // A headline's bare "taken private", or "goes private", is done as control taken is; a first
    // sentence that says it is only going private outranks it.
    expect(stageOf('Pellix taken private in $4.1B deal')).toBe('completed');
    expect(stageOf('Pellix goes private as Corvane completes $4 billion buyout')).toBe('completed');
    expect(
      stageOf(
        'Pellix taken private in $4.1B deal',
        'The third-largest maker of printers is going private, with its founder taking back control with Corvane.',
      ),
    ).toBe('agreed');
    // A place name inside what describes an unnamed company is no other buyer.
    expect(
      stageOf(
        'Corvane beats Wall Street expectations',
        'Corvane shares fell 9 percent, a day after it reported results. After the close, the Westlake Village online advertising company announced a definitive agreement in which Pellix will become a wholly owned subsidiary.',
      ),
    ).toBe('agreed');
  });
  it("reads a fourteenth probe's sentences: a price paid for a named product, a party after where it is based", () => {
    // A name before a thing in lower case only says what the thing is: rights to a drug are no company.
    expect(
      readFor('Corvane', 'Pellix', 'Corvane pays Pellix $1.2B for PX-41 bispecific, joining race with Initech'),
    ).toBeNull();
    expect(stageOf('Corvane pays Initech $1.2B for Pellix chip unit')).toBe('agreed');
    // A party's short name after where it is based is still the party, its longer name known.
    const got = readingAbout(
      {
        parties: [
          { name: 'Corvane Financial Network', aliases: ['Corvane Finance'] },
          { name: 'Pellix News International', aliases: ['Pellix News'] },
        ],
      },
      'Corvane Finance to buy U.S.-based Pellix News',
      '',
      classifyStage,
    );
    expect(got?.stage).toBe('agreed');
  });
  it("reads a fifteenth probe's sentences: stock-move stories, a plan to buy announced, talks over, ends agreed or confirmed", () => {
    // A clock time's "a.m." before its time zone ends no sentence: the second sentence is still read.
    expect(
      readFor(
        'Initech',
        'Pellix',
        'Why Pellix stock is soaring today',
        'Shares of Pellix (PLX) were trading 22% higher as of 10:45 a.m. EDT on Tuesday. Driving that rally was news that the coatings company had accepted an acquisition proposal.',
      )?.stage,
    ).toBe('agreed');
    // A bid a share price moves on is the news; a first sentence that says it was agreed outranks it.
    expect(stageOf('Pellix share price rockets 22% on $1.9 billion takeover bid')).toBe('negotiating');
    expect(
      stageOf(
        "Pellix's stock skyrockets after Corvane's buyout bid",
        'Shares of Pellix tripled on Tuesday, after the software company announced an agreement to be acquired by Corvane.',
      ),
    ).toBe('agreed');
    // A plan to buy that the buyer announces is its deal announced (one only held is still a plan).
    expect(
      leadStage(
        'The gain came after Corvane announced on April 16, 2023 that it plans to acquire Pellix for $200 per share in cash.',
      ),
    ).toBe('agreed');
    expect(stageOf('Corvane plans to acquire Pellix')).toBe('rumored');
    // Talks that "are over" have ended; "won’t", with its curly apostrophe, negates.
    expect(leadStage('Merger negotiations between Corvane and Pellix are over.')).toBe('terminated');
    expect(readFor('Corvane', 'Pellix', 'Corvane and Pellix Won’t Merge')).toBeNull();
    // An end agreed past an adverb, and one confirmed as a participle after the deal.
    expect(
      leadFor('Corvane', 'Pellix', 'Corvane and Pellix have agreed to mutually terminate their merger agreement.')
        ?.stage,
    ).toBe('terminated');
    expect(stageOf('Pellix shares tumble another 14% after confirming Corvane deal terminated')).toBe('terminated');
  });
  it("reads a sixteenth probe's sentences: a suitor seeking to buy, talks with a listed group, opposition and criticism, a conditional sale, a relative clause of talks", () => {
    // Seeking to buy a company described before its name is still only seeking.
    expect(
      leadFor(
        'Initech',
        'Pellix',
        'One of two groups seeking to buy airports operator Pellix has been told to reveal its intentions.',
      )?.stage,
    ).toBe('rumored');
    // Talks with a company described by where it is listed are talks with the company.
    const talks = leadFor(
      'Corvane',
      'Pellix',
      'Corvane was named as being in talks with Aim-listed online travel group Pellix.',
    );
    expect(talks?.stage).toBe('negotiating');
    expect(talks?.object).toBe('Pellix');
    // Opposition voiced by anyone, holders named after the word, a deal said to undervalue a party: risks.
    expect(stageOf('Dan Smith Voices Opposition To Corvane-Pellix Deal')).toBe('at_risk');
    expect(
      leadStage(
        "Pellix shareholders Carl Smith and Dana Jones strongly criticised the printer maker's plan to sell itself to Corvane.",
      ),
    ).toBe('at_risk');
    expect(stageOf('Corvane deal dramatically undervalues Pellix, say Smith and Jones')).toBe('at_risk');
    // A sale on a condition is only thought of.
    expect(stageOf('Pellix Could Break up If Sold to Corvane')).toBe('rumored');
    // Talks told in a relative clause are background; a suitor not prepared to do a deal is the news.
    expect(
      leadStage(
        'Retailer Pellix said Corvane, with which it had been in exclusive talks for a buyout, was not prepared to execute a deal at this time.',
      ),
    ).toBe('at_risk');
  });
  it("reads a seventeenth probe's sentences: a priced plan for a company, in crore", () => {
    // A priced plan for a company is a bid for it; a tribunal that approves it approves the deal.
    expect(stageOf('Corvane’s Rs 202 cr plan for Pellix Healthcare approved by NCLT')).toBe('approved');
    // (A plan with no price is no bid: "Corvane's plan for Pellix approved by its board" says nothing of a deal.)
    expect(readFor('Corvane', 'Pellix', 'Corvane’s plan for Pellix approved by its board')).toBeNull();
  });
  it("reads an eighteenth probe's noise: suits between the parties, supply deals and joint ventures are no takeover", () => {
    // A deal to trade goods, or to do something else, is no takeover however it is announced or expanded.
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Corvane has expanded an existing deal to buy chips manufactured at Pellix’ Malta, New York plant by $4.2 billion.',
      ),
    ).toBeNull();
    expect(
      leadFor('Corvane', 'Pellix', 'Corvane announces a $16.5B deal to produce chips; source: Pellix is the customer'),
    ).toBeNull();
    // More of a thing bought is goods, past its article too.
    expect(
      readFor(
        'Corvane',
        'Pellix',
        'Corvane Boosts Spending On Pellix Chip Collaboration By $4.2B',
        "Corvane Inc has agreed to buy an additional $4.2 billion in semiconductor chips from Pellix Inc's New York factory.",
      ),
    ).toBeNull();
    // (A deal announced to buy a company still is one.)
    expect(leadStage('Corvane announced a $2 billion deal to buy Pellix.')).toBe('agreed');
  });
  it("reads a nineteenth probe's sentences: three buyers listed before their consortium, a winning offer", () => {
    // Buyers listed with commas before their consortium buy together.
    const got = readFor('Advent', 'Pellix', 'Advent, Cinven, RAG consortium to buy Pellix elevator unit for US$18.7bn');
    expect(got?.stage).toBe('agreed');
    expect(got?.subject).toBe('Advent, Cinven, RAG consortium');
    // A winning offer is the one accepted.
    expect(
      leadStage(
        'Corvane, the owner of the Daily Star, flexed its financial muscle with a winning $350 million offer for Pellix.',
      ),
    ).toBe('agreed');
  });
  it("reads a twentieth probe's sentences: a block sought by no public body is a fight, not a review", () => {
    expect(stageOf("Calif. Consumers Seek To Stop 'Deeply Flawed' Corvane Deal")).toBe('at_risk');
    // (Sought by a regulator or lawmakers, it is the review.)
    expect(stageOf('FTC seeks to block Corvane-Pellix deal')).toBe('regulatory_review');
  });
  it("reads a twenty-first probe's sentences: takeover talks wanted extended, a pursuit of a described peer, a maker of things named after what it makes", () => {
    // Talks named by their deal are talks, under a wish as alone.
    expect(stageOf('Corvane Wants Another Extension to Takeover Talks With Pellix')).toBe('negotiating');
    // A pursuit of a company described before its name is still a suitor's.
    expect(leadStage('State-run lender Corvane has given up on its pursuit of distressed peer Pellix Bank.')).toBe(
      'terminated',
    );
    // What a company makes, an -ing word before its kind, is part of what is bought.
    expect(leadStage('Corvane said it will buy German walling systems maker Pellix for 1.85 billion euros.')).toBe(
      'agreed',
    );
  });
  it("reads a twenty-second probe's sentences: a sale sought in a second infinitive, an offer that may come", () => {
    // An infinitive's second verb after "and" is in the first one's mood: a sale sought, not done.
    expect(stageOf('Pellix reportedly seeking to accelerate auction process and finalize sale by November')).toBe(
      'rumored',
    );
    // (Under an agreement, agreed: "Pellix agreed to extend its deadline and complete the sale to Corvane".)
    expect(stageOf('Pellix to extend its deadline and complete the sale to Corvane')).toBe('agreed');
    // An offer that may come is only rumoured.
    expect(
      leadStage(
        'Pellix shares soared on Friday after CNBC said the company may soon receive a takeover offer from Corvane.',
      ),
    ).toBe('rumored');
  });
  it("reads a twenty-fourth probe's sentence: a merger agreement's termination date extended is its deadline put off", () => {
    expect(
      leadStage(
        'Corvane and Pellix last month extended the termination date for their proposed $8 billion combination until Dec. 31.',
      ),
    ).toBe('at_risk');
    // (A termination itself is still one: "Corvane and Pellix terminate their merger agreement".)
    expect(stageOf('Corvane and Pellix terminate their merger agreement')).toBe('terminated');
  });
  it("reads a twenty-fifth probe's sentence: a completion still to come, in the passive, is a deal agreed", () => {
    expect(stageOf('Pellix sale to be completed by Monday')).toBe('agreed');
    expect(
      leadStage(
        'The Pellix sale is expected to be completed on Monday after a definitive agreement was reached with Corvane.',
      ),
    ).toBe('agreed');
    // (One completed is done: "Pellix sale completed on Monday".)
    expect(stageOf('Pellix sale to Corvane completed on Monday')).toBe('completed');
  });
  it("reads a twenty-ninth probe's sentence: a deal described as proposed, by a pair of names, is no proposal made", () => {
    expect(
      leadStage(
        "I've had a few conversations with friends about the proposed Corvane / Pellix merger that I found a little troubling.",
      ),
    ).toBeUndefined();
    expect(leadStage('Colleagues doubt the proposed Corvane-Pellix merger will close this year.')).not.toBe(
      'negotiating',
    );
  });
  it("reads a thirtieth probe's sentences: share-price stories, each telling the deal's news as the move's cause", () => {
    // A party that backs away from its deal leaves it; a price that drops a percentage ends nothing.
    expect(stageOf('Pellix shares plunge after Corvane backs away from $44B deal')).toBe('terminated');
    expect(stageOf('Pellix drops 10% as UK blocks Corvane deal')).toBe('blocked');
    // "The <description>" in the lead is the company whose shares moved.
    expect(
      stageOf(
        'Pellix shares rally after takeover deal agreement',
        "Pellix's shares surged Tuesday after the Canadian software company agreed to be bought by Corvane in a deal implying an enterprise value of C$1.8 billion.",
      ),
    ).toBe('agreed');
    // A regulator trying to block a deal is reviewing it (holders trying to, a fight against it).
    expect(
      stageOf(
        'Pellix plummets as takeover looks shaky',
        "Pellix Inc. dropped to its lowest in a year after it said Canada's antitrust agency is trying to block a takeover by Corvane Inc.",
      ),
    ).toBe('regulatory_review');
    expect(stageOf('Pellix holders try to block Corvane takeover')).toBe('at_risk');
    // Resistance a deal meets from regulators is their review; from anyone else, a risk.
    expect(
      leadStage(
        'Shares of Corvane and Pellix tumbled on Friday, after the merger of the two chains faced reported resistance from US antitrust regulators.',
      ),
    ).toBe('regulatory_review');
    expect(stageOf('Corvane-Pellix merger meets resistance from unions')).toBe('at_risk');
    // An inquiry a party wants delayed is still going on.
    expect(
      stageOf(
        'Corvane shares hit by Pellix deal fears',
        'Shares in Corvane closed lower after the grocer said it was seeking to delay an investigation into its proposed merger with Pellix.',
      ),
    ).toBe('regulatory_review');
    // A "bid approach" is an approach; speculation renewed is still speculation.
    expect(stageOf('Pellix confirms bid approach')).toBe('rumored');
    expect(stageOf('Pellix jumps on bid approach')).toBe('rumored');
    expect(stageOf('Pellix shares jump on renewed takeover speculation')).toBe('rumored');
    // Talk that a bid is coming is a rumour of it, however it names the bid (talk set aside is not).
    expect(
      leadStage(
        'Following media speculation that it is the subject of a takeover bid from Corvane, troubled banknote maker Pellix has confirmed it has received a preliminary approach.',
      ),
    ).toBe('rumored');
    expect(
      leadStage('Despite speculation that the deal would collapse, Corvane completed its purchase of Pellix.'),
    ).toBe('completed');
  });
  it("reads a thirty-first probe's sentences: bids slashed, cuts asked for, renegotiation doubted, courts that let a deal through", () => {
    // A bid slashed is still a bid; a price cut asked of the other side puts the deal in doubt.
    expect(stageOf('Corvane slashes Pellix takeover bid')).toBe('negotiating');
    expect(
      leadStage(
        "India's Corvane on Thursday had asked Pellix Inc to cut its offer price to acquire the U.S. company by more than $2.50 per share, Pellix said in a filing.",
      ),
    ).toBe('at_risk');
    // A renegotiation asked about or tried is doubt; one simply under way is not read so.
    expect(stageOf('Explainer: Can Corvane renegotiate a lower price for its Pellix deal?')).toBe('at_risk');
    expect(leadStage('Corvane will try to renegotiate the Pellix deal.')).toBe('at_risk');
    // An effort to block defeated, an injunction refused, a deal found lawful: let through.
    expect(stageOf('Corvane, Pellix defeat effort to block merger')).toBe('approved');
    expect(stageOf('No Injunction for Corvane/Pellix')).toBe('approved');
    expect(
      leadStage("A judge on Tuesday ruled that the merger between Corvane and Pellix doesn't violate antitrust law."),
    ).toBe('approved');
    expect(leadStage('The FTC says the merger between Corvane and Pellix violates antitrust law.')).toBe(
      'regulatory_review',
    );
    // An injunction asked of a court is sought, not granted.
    expect(
      leadStage(
        'Judge Smith was asked to issue an injunction blocking the Corvane/Pellix merger as part of a private antitrust lawsuit.',
      ),
    ).toBe('at_risk');
  });
  it("reads a thirty-third probe's sentences: a share of a party's assets is no count of them, a party listed with another company bought", () => {
    expect(
      leadStage(
        "Nigeria's Corvane is in talks to acquire 100 percent of the West African banking assets of Switzerland's Pellix Financial Group Holdings, which has operations in four countries.",
      ),
    ).toBe('negotiating');
    expect(stageOf('Regulator gives nod to acquisition of Brandtek, Pellix Cements by Corvane Group')).toBe('approved');
    // (A party speaking after the name, or describing it, is not bought with it.)
    expect(stageOf('Corvane buys Brandtek, Pellix says')).toBeUndefined();
    expect(stageOf('Corvane to acquire Brandtek, a Pellix competitor')).toBeUndefined();
  });
  it("reads a thirty-fourth probe's sentences: share prices moving on approvals, amendments and talks that end", () => {
    // Changes agreed to a deal keep it agreed, however far off the deal is named.
    expect(
      leadStage(
        'Shares of Pellix were down 17% as of 1:30 p.m. EST Monday after the company agreed to a delay and price reduction for its planned merger with Corvane.',
      ),
    ).toBe('agreed');
    // An approval a share price rises on was given (the tagger reads "rise" after "shares" as a noun).
    expect(stageOf('Pellix shares rise on Corvane merger approval')).toBe('approved');
    // A deal about to be approved, its subject far back in the passive: approved, hedged.
    const coming = leadFor(
      'Corvane',
      'Pellix',
      'Pellix stock rockets higher following a report that its long-delayed merger with Corvane is about to be approved.',
    );
    expect(coming?.stage).toBe('approved');
    expect(coming?.hedged).toBe(true);
    // Talks that founder, end past their parties' descriptions, or whose talk subsides.
    expect(stageOf('Pellix shares dive after bid talks founder')).toBe('terminated');
    expect(classifyStage('Corvane in talks with Pellix founder John Smith')?.stage).toBe('negotiating');
    expect(
      leadStage(
        'Takeover talks between Leicester-based Pellix and Danish cooperative giant Corvane have ended abruptly.',
      ),
    ).toBe('terminated');
    expect(stageOf('Pellix shares nosedive 20% as takeover talk subsides')).toBe('at_risk');
  });
  it("reads a thirty-sixth probe's sentences: a deadline extended to complete a deal, a question that asks why", () => {
    expect(
      leadStage(
        'Corvane and Pellix have extended the deadline to complete their $9 billion proposed merger to March 31.',
      ),
    ).toBe('at_risk');
    // Asking why a deal was left says it was; asking whether claims nothing.
    expect(stageOf('Why Is Corvane Walking Away From Pellix?')).toBe('terminated');
    expect(stageOf('Is Corvane walking away from Pellix?')).toBe('at_risk');
  });
  it("reads a thirty-seventh probe's sentences: a sale confirmed to a buyer, a sale complete past a long description of its buyer", () => {
    expect(stageOf('Pellix vs Wolves LIVE: team news and line-ups after Blues confirm £4.25bn sale to Corvane')).toBe(
      'agreed',
    );
    expect(classifyStage('Pellix confirms sale talks with Corvane')?.stage).toBe('negotiating');
    expect(
      leadStage("Pellix's sale to a consortium led by American businessman John Corvane is officially complete."),
    ).toBe('completed');
    // A headline's present-tense completion gives way to a first sentence that says terms were only
    // agreed (in the passive, the sale's terms first).
    expect(
      stageOf(
        'Corvane group completes £2.5bn Pellix deal',
        "Pellix have confirmed that terms for the club's sale have been agreed with the consortium led by Corvane.",
      ),
    ).toBe('agreed');
    expect(
      stageOf('Corvane completes £2.5bn Pellix deal', 'Corvane said it had completed its purchase of Pellix.'),
    ).toBe('completed');
  });
  it("reads a thirty-eighth probe's sentences: one deal's suit, ruling, completion and appeal as many outlets told them", () => {
    // A completion announced is a completion, whether said with "has completed" or "the close of".
    expect(stageOf('Corvane announces it has completed acquisition of Pellix')).toBe('completed');
    expect(leadStage('Corvane announced the close of its merger with Pellix.')).toBe('completed');
    expect(leadStage('Corvane announced the termination of its merger agreement with Pellix.')).toBe('terminated');
    // A court of appeals is a court: what it does to the deal is the news.
    expect(stageOf('Appeals court upholds Corvane-Pellix merger')).toBe('approved');
    expect(
      leadStage("A U.S. appeals court upheld a district court's ruling that Corvane's acquisition of Pellix is legal."),
    ).toBe('approved');
    expect(stageOf("US appeals court clears Corvane's $81B purchase of Pellix")).toBe('approved');
    expect(stageOf('D.C. Appeals Court shoots down DoJ appeal of Corvane/Pellix merger')).toBe('approved');
    // A regulator that loses its fight, or a party that defeats the government, lets the deal through;
    // a party that loses a court fight over its deal is blocked.
    expect(stageOf('Justice Department loses appeal to bust up Corvane-Pellix merger')).toBe('approved');
    expect(stageOf('Corvane defeats U.S. in merger fight to buy Pellix')).toBe('approved');
    expect(stageOf('Corvane loses court fight over Pellix deal')).toBe('blocked');
  });
  it("reads a thirty-ninth probe's sentences: courts that refuse to block or pause a deal, a closing held off", () => {
    expect(
      leadStage(
        "A California federal judge refused Tuesday to impose a preliminary block on Corvane's $68.7 billion merger with Pellix Inc.",
      ),
    ).toBe('approved');
    // (A judge named is one word with the name.)
    expect(classifyStage('FTC v. Corvane: Judge Corley denies preliminary injunction in big win for Xbox')?.stage).toBe(
      'approved',
    );
    expect(stageOf('US court refuses FTC request to pause Corvane deal for Pellix')).toBe('approved');
    expect(
      leadStage(
        "A U.S. federal court rejected the Federal Trade Commission's request that it order Corvane to temporarily hold off on closing its $69 billion purchase of Pellix.",
      ),
    ).not.toBe('completed');
    // Talks that fall apart have ended.
    expect(classifyStage('Corvane, Pellix talks fall apart')?.stage).toBe('terminated');
  });
  it("reads a fortieth probe's sentences: a headline's agreement over a first sentence's plan priced as a deal", () => {
    expect(
      stageOf(
        'Corvane to buy rival chipmaker Pellix from Softbank for $40B',
        "Computer graphics chip company Corvane said it plans to buy Britain's Pellix Holdings for $40 billion, in a merger of two leading chipmakers.",
      ),
    ).toBe('agreed');
    expect(
      stageOf(
        'Corvane to buy UK chipmaker Pellix from SoftBank in $40B deal',
        'U.S. graphics chip maker Corvane plans to buy U.K.-based Pellix Holdings in a deal worth up to $40 billion.',
      ),
    ).toBe('agreed');
    // (A plan with no price is still only the plan: "said it plans to sell its Sunbeam unit".)
    expect(stageOf('CORVANE TO SELL PELLIX UNIT', 'Corvane Inc said it plans to sell its Pellix unit.')).toBe(
      'rumored',
    );
  });
  it("reads a forty-first probe's sentences: a bid and its answer, a deal a company turns down", () => {
    // A bid answered in the same sentence after "although" or "but" is turned down.
    expect(
      stageOf(
        'Corvane bids $143 billion for Pellix in global brand grab',
        'U.S. food company Corvane Co made a surprise $143 billion offer for Pellix Plc in a bid to build a global consumer goods giant, although it was flatly rejected on Friday by the maker of tea and soap.',
      ),
    ).toBe('at_risk');
    expect(
      stageOf(
        'Corvane proposes $143B merger with Pellix',
        'Corvane proposed a $143 billion merger with Pellix, but Pellix rejected the bid, stating it undervalues its company.',
      ),
    ).toBe('at_risk');
    // (Approaches rebuffed before the bid are its background: the bid is the news.)
    expect(
      stageOf(
        'Corvane launches $4.3-billion hostile bid for Pellix',
        'Corvane launched a hostile bid for Pellix on Monday after the oil sands producer rebuffed earlier approaches.',
      ),
    ).toBe('negotiating');
    // A company that turns down a deal offered to it puts it at risk; only a public body blocks one.
    expect(stageOf("Pellix Has Rejected A Giant Merger Deal With Corvane, But Corvane Won't Back Down")).toBe(
      'at_risk',
    );
  });
  it("reads a forty-second probe's sentences: a raised bid the board recommends, a vote urged, a share price that drops", () => {
    expect(
      stageOf(
        'Corvane-led consortium raises Pellix bid to £6.7bn',
        'The supermarket\'s board of directors said that it "recommends unanimously that Pellix shareholders vote in favour" of the deal',
      ),
    ).toBe('agreed');
    // A vote in favour recommended is the board's backing, not the holders' vote.
    expect(
      leadStage('The board recommends unanimously that Pellix shareholders vote in favour of the Corvane deal.'),
    ).toBe('agreed');
    expect(leadStage('Pellix shareholders voted in favour of the Corvane deal.')).toBe('approved');
    // A share price that drops ends nothing.
    expect(stageOf('Pellix share price drops after shareholders vote on Corvane merger')).not.toBe('terminated');
  });
  it("reads a forty-third probe's sentences: a regulatory news service's titles", () => {
    // A recommended offer the title goes on to declare unconditional is complete.
    expect(stageOf('Recommended Offer for Pellix plc ("Pellix") Offer declared unconditional in all respects')).toBe(
      'completed',
    );
    // A closing date is a deadline, no closing.
    expect(leadStage('The first closing date of the Corvane offer for Pellix is June 1.')).not.toBe('completed');
  });
  it("reads a forty-fourth probe's sentences: a deal named by its purpose as the subject, a deadline for concessions missed, a block in the passive", () => {
    expect(stageOf("Corvane's deal to acquire Pellix wins EU approval")).toBe('approved');
    expect(
      stageOf(
        "Corvane's deal to acquire robot vacuum maker Pellix faces potential veto from European Union antitrust regulators",
      ),
    ).toBe('regulatory_review');
    expect(stageOf('Corvane-Pellix deal faces EU probe')).toBe('regulatory_review');
    expect(stageOf("Corvane's deal to buy Pellix")).toBe('agreed');
    expect(stageOf('Corvane Misses EU Deadline for Concessions Over Pellix Deal')).toBe('at_risk');
    expect(stageOf('Corvane purchase of Pellix could be blocked by EU')).toBe('regulatory_review');
  });
  it("reads a forty-fifth probe's sentences: a regulator's objections, complaint, shared concerns and doubt; a word of time between the modal and the passive; a cancellation announced", () => {
    expect(stageOf('EU sends Corvane objections over Pellix deal')).toBe('regulatory_review');
    expect(stageOf('Corvane faces EU antitrust complaint over $20 billion Pellix bid')).toBe('regulatory_review');
    expect(stageOf('European Commission shares concerns surrounding Corvane-Pellix deal')).toBe('regulatory_review');
    expect(leadStage("The competition watchdog has cast doubt on Corvane's Pellix acquisition.")).toBe(
      'regulatory_review',
    );
    // (Doubt cast by anyone else is a risk.)
    expect(stageOf("Rival's lawsuit casts doubt on Corvane's Pellix deal")).toBe('at_risk');
    expect(
      leadStage('If you had told me that Pellix would one day be acquired by Corvane, I would have laughed.'),
    ).not.toBe('completed');
    expect(leadStage('Pellix will soon be acquired by Corvane for $20 billion.')).toBe('agreed');
    expect(
      leadStage(
        "Corvane's shares rose by 1.8% on Monday after the company announced the cancellation of its $20 billion acquisition of Pellix.",
      ),
    ).toBe('terminated');
  });
  it("reads a forty-sixth probe's sentences: a plan a participle follows, a plan told as a priced deal or announced, talks to sell counted stores, a remedy agreed, a deal described as proposed, a name written with an apostrophe", () => {
    expect(stageOf('Corvane-Pellix $25-billion merger plan blocked by federal judge')).toBe('blocked');
    expect(leadStage('Corvane Co. plans to buy Pellix Cos. in a $24.6 billion deal, one of the largest mergers.')).toBe(
      'agreed',
    );
    // (A plan with a price alone may be a bid still to make.)
    expect(leadStage('Corvane plans to buy Pellix for $24.6 billion.')).toBe('rumored');
    expect(
      stageOf('Corvane plans to buy Pellix', 'Corvane announced plans to buy Pellix, creating a grocery giant.'),
    ).toBe('agreed');
    expect(
      leadStage(
        'Corvane and Pellix are in talks to sell more than 400 stores to Brandtek for nearly $2 billion as part of their proposed $25 billion merger.',
      ),
    ).not.toBe('negotiating');
    expect(
      leadStage(
        "Corvane and Pellix announced an agreement to sell 413 stores to Brandtek for $1.9 billion, as part of the plan to gain regulatory approval of Corvane's acquisition of Pellix.",
      ),
    ).toBe('regulatory_review');
    // (An agreement to sell a unit to the other party is still the deal: "Corvane announced an agreement to sell its chip unit to Pellix".)
    expect(leadStage('Corvane announced an agreement to sell its chip unit to Pellix.')).toBe('agreed');
    const deal = { parties: ['Kroger', 'Albertsons'].map((name) => ({ name, aliases: [] })) };
    expect(isEvidence(deal, 'kroger-albertsons', "FTC sues to block Kroger, Albertson's merger")).toBe(true);
    // (And initials with full stops or without, as the topic's query reads them.)
    const steel = { parties: ['Nippon Steel', 'U.S. Steel'].map((name) => ({ name, aliases: [] })) };
    expect(isEvidence(steel, 'nippon-us-steel', "Biden blocks Nippon Steel's deal to acquire US Steel")).toBe(true);
    expect(readFor('Kroger', 'Albertsons', "FTC sues to block Kroger, Albertson's merger")?.stage).toBe(
      'regulatory_review',
    );
  });
  it("reads a forty-eighth probe's sentences: a party named by what it owns, holders adopting the merger agreement, a Second Request, a block aimed at, the agreement in force, a negation fronted before the subject", () => {
    expect(
      stageOf(
        'Parent of Widgetco will buy Gizmo owner Pellix in $8.5 billion deal',
        'Corvane, parent company of luxury retailer Widgetco, is buying the owner of fashion brands including Gizmo, Pellix Holdings.',
      ),
    ).toBe('agreed');
    expect(
      stageOf(
        'Corvane to buy Roomba vacuum maker for $1.7bn',
        'The deal for Pellix, the maker of the Roomba robot vacuum, would give Corvane a foothold in smart homes.',
      ),
    ).toBe('agreed');
    // (A description the text gives another company stays another buyer's: the rival passes the deal over.)
    expect(
      stageOf('Parent of Widgetco will buy Gizmo owner Pellix', 'Brandtek, parent of Widgetco, outbid Corvane.'),
    ).toBe('at_risk');
    expect(stageOf('Pellix Holdings shareholders adopt merger agreement with Corvane, Inc.')).toBe('approved');
    expect(stageOf('FTC issues Second Request on Corvane-Pellix merger')).toBe('regulatory_review');
    expect(
      stageOf(
        'US regulators aim to block Pellix takeover',
        'The FTC is preparing to block Corvane’s takeover of Pellix.',
      ),
    ).toBe('regulatory_review');
    expect(
      leadStage(
        'Pellix reported that, consistent with the requirements of the merger agreement, it intends to file with Corvane a notice of appeal.',
      ),
    ).not.toBe('agreed');
    expect(
      leadStage(
        'To the surprise of no one, Corvane has walked away from a potential merger with its competitor Pellix.',
      ),
    ).toBe('terminated');
    expect(leadStage('Corvane did not, as expected, buy Pellix.')).toBeUndefined();
  });
  it("reads a forty-ninth probe's sentences: an offer's own purchase, a board weighing a rejection, a lawsuit halted, control of a described company, a month and its day", () => {
    expect(leadStage('Corvane said his US$43 billion offer to buy Pellix should be left to shareholders.')).toBe(
      'negotiating',
    );
    // (A board weighing a rejection plans no purchase: its headline does not give way to the offer's infinitive.)
    expect(
      stageOf(
        "As Pellix's board weighs rejecting Corvane's offer, Corvane says decision should be up to shareholders",
        'Corvane said his US$43 billion offer to buy Pellix should be left to shareholders.',
      ),
    ).not.toBe('agreed');
    expect(
      stageOf('Corvane moves to halt legal proceedings in Pellix dispute amid renewed deal negotiations'),
    ).not.toBe('at_risk');
    expect(stageOf('Court halts Corvane-Pellix merger')).toBe('blocked');
    expect(
      leadStage(
        'Corvane has taken control of the microblogging site, Pellix and has fired its CEO, according to reports.',
      ),
    ).toBe('completed');
    expect(
      readFor('Corvane', 'Pellix', 'Judge halts Corvane-Pellix case, sets Oct 28 deadline to close deal')?.subject,
    ).not.toBe('Oct');
  });
  it("reads a fiftieth probe's sentences: a takeover banned, a decision ordering a party sold", () => {
    expect(stageOf("EU Bans Corvane's $8B Acquisition Of Pellix")).toBe('blocked');
    // (A ban of dealings is no block of a deal.)
    expect(stageOf('President signs order banning Pellix transactions')).not.toBe('blocked');
    expect(stageOf("EU's Vestager will issue separate decision ordering Corvane to divest Pellix")).toBe('blocked');
  });
  it("reads a fifty-first probe's sentences: a termination announced as a participle after the deal", () => {
    expect(stageOf('Pellix Shares Plunge After Announcing $24 Billion Merger With Corvane Terminated')).toBe(
      'terminated',
    );
    expect(stageOf('Pellix announces $24 billion merger with Corvane')).toBe('agreed');
  });
  it("reads a fifty-third probe's sentences: a block the parties argue a court should not let happen", () => {
    expect(
      leadStage(
        'Corvane and Pellix urged an Illinois federal judge not to let the Federal Trade Commission block their planned $27.8 billion merger.',
      ),
    ).toBe('regulatory_review');
  });
  it("reads a fifty-fourth probe's sentences: a bare passive with its price first, a name with accents, a bid rejected in the passive past an aside", () => {
    expect(
      stageOf(
        "Pellix bought for £3.57 billion by Czech billionaire's Corvane Group",
        'The board of Pellix said it has agreed to a £3.57 billion takeover offer from Corvane Group.',
      ),
    ).toBe('agreed');
    const deal = { parties: ['Kretinsky', 'Royal Mail'].map((name) => ({ name, aliases: [] })) };
    expect(isEvidence(deal, 'kretinsky-royal-mail', 'A bid to buy Royal Mail by the investor Daniel Křetínský')).toBe(
      true,
    );
    expect(
      stageOf(
        "West Ham director makes 'opportunistic' bid for Pellix",
        "A bid to buy Pellix's parent company by the investor Corvane – known as the 'Czech Sphinx' – has been rejected by the postal company's board.",
      ),
    ).toBe('at_risk');
    // (An earlier bid rejected, told as background, leaves the new one a bid.)
    expect(stageOf('Corvane makes new bid for Pellix', "Corvane's earlier offer had been rejected by the board.")).toBe(
      'negotiating',
    );
  });
  it("reads a fifty-fifth probe's sentences: an approval petitioned or sought, a merger effective on a date to come, a completion worked towards", () => {
    expect(stageOf('Corvane Bank files petition with NCLT for approval of merger with Pellix Ltd')).toBe(
      'regulatory_review',
    );
    expect(leadStage('Corvane has filed a petition seeking sanction of the tribunal for the merger with Pellix.')).toBe(
      'regulatory_review',
    );
    expect(stageOf("India's Corvane, Pellix merger to be effective July 1")).toBe('agreed');
    expect(stageOf('Corvane-Pellix merger effective on July 1; Pellix shares delisting on Jul 13')).toBe('agreed');
    expect(stageOf('Corvane-Pellix merger becomes effective')).toBe('completed');
    expect(
      leadStage(
        'Corvane said the two entities are working towards completing all the necessary formalities for the completion of the proposed merger with Pellix.',
      ),
    ).toBe('agreed');
  });
  it("reads a fifty-sixth probe's sentences: support a bidder seeks is none given", () => {
    expect(stageOf('Corvane boss flies to South Africa to drum up support for takeover of rival Pellix')).toBe(
      'negotiating',
    );
    expect(stageOf('Pellix board gives support to Corvane takeover')).toBe('agreed');
    // (A court of that name backs what it backs.)
    expect(stageOf("EU court backs Commission's decision to block Corvane-Pellix deal")).not.toBe('negotiating');
  });
  it("reads a fifty-seventh probe's sentences: a bid judged inadequate past its bidder's hyphenated name", () => {
    expect(stageOf('7-Eleven owner says bid by Corvane-Tard undervalues its potential')).toBe('at_risk');
  });
  it("reads a fifty-ninth probe's sentences: a bid called hostile or short of the target's worth, said no to, retracted, suspended; a takeover a state allows", () => {
    expect(stageOf('Pellix director says Corvane bid is hostile, news agency reports')).toBe('at_risk');
    expect(stageOf("Pellix says Corvane's 'odd' $9 billion takeover offer does not reflect its earnings")).toBe(
      'at_risk',
    );
    expect(stageOf('Pellix says Corvane bid fails to reflect its value')).toBe('at_risk');
    expect(stageOf('Pellix says no to Corvane hostile offer')).toBe('at_risk');
    expect(
      stageOf('', 'Corvane has retracted its offer for Pellix because conditions set by the state were not met.'),
    ).toBe('terminated');
    expect(
      stageOf(
        '',
        'The market watchdog said it had granted Corvane a 30-day suspension of its exchange offer for Pellix.',
      ),
    ).toBe('at_risk');
    expect(stageOf('Italy to allow Corvane to take over Pellix with conditions')).toBe('approved');
    // (A failed bid still fails; a company letting another buy approves nothing.)
    expect(stageOf('Corvane bid for Pellix fails')).toBe('terminated');
    expect(stageOf('Pellix allows Corvane to take over its stake in a venture')).not.toBe('approved');
  });
  it("reads a sixtieth probe's sentences: a government's scrutiny or referral, an obstacle in a bid's path, a bid proceeded with, a block warned against", () => {
    expect(stageOf('Ruritanian cabinet scrutinises Corvane-Pellix acquisition proposal')).toBe('regulatory_review');
    expect(
      stageOf(
        '',
        "The economy ministry has formally referred Corvane's takeover bid for Pellix to the Council of Ministers, which has a month to decide.",
      ),
    ).toBe('regulatory_review');
    expect(
      stageOf(
        '',
        "The government has put a fresh obstacle in the path of Corvane's €9bn hostile bid for its rival Pellix.",
      ),
    ).toBe('at_risk');
    expect(stageOf('Corvane to proceed with Pellix bid despite state condition')).toBe('negotiating');
    expect(stageOf('', 'Corvane said it would move ahead with its hostile takeover bid for Pellix.')).toBe(
      'negotiating',
    );
    expect(stageOf('Corvane will proceed with the Pellix merger')).toBe('agreed');
    expect(stageOf('Brussels warns Ruritania not to block €9 billion Corvane-Pellix merger')).toBe('regulatory_review');
    expect(stageOf('Court refuses to block Corvane-Pellix merger')).toBe('approved');
  });
  it("reads a sixty-first probe's sentences: a deal its owner planned is the deal named; a challenge it faces from a regulator, legal action against it, a settlement finalised or secured", () => {
    expect(
      stageOf(
        '',
        "Corvane's planned $9 billion acquisition of Pellix faces a legal challenge from the US Department of Justice.",
      ),
    ).toBe('regulatory_review');
    expect(
      stageOf(
        '',
        "The European Commission is reportedly poised to give unconditional approval for Corvane's planned $9 billion acquisition of Pellix.",
      ),
    ).toBe('approved');
    expect(stageOf("US takes legal action against Corvane's Pellix acquisition")).toBe('regulatory_review');
    expect(stageOf("Holders take legal action against Corvane's Pellix takeover")).toBe('at_risk');
    expect(
      stageOf(
        '',
        'Corvane has finalized a settlement agreement with the Justice Department, potentially allowing its $9 billion acquisition of Pellix to proceed.',
      ),
    ).toBe('approved');
    expect(stageOf('Corvane secures settlement for $9 billion acquisition of Pellix')).toBe('approved');
    expect(
      stageOf(
        '',
        'Corvane and Pellix have finalised a settlement with the US Department of Justice concerning their previously announced $9bn merger.',
      ),
    ).toBe('approved');
    // (A plan told by its planner is still a plan; a settlement with holders clears nothing.)
    expect(stageOf('Corvane planned acquisition of Pellix, sources say')).toBe('rumored');
    expect(stageOf('Corvane reaches settlement with Pellix shareholders over merger suit')).not.toBe('approved');
  });
  it("reads a sixty-second probe's sentences: a stumbling block, restrictions dropped, a fight against the deal lost or won, a vote holders head for", () => {
    expect(stageOf("FTC ruling is latest stumbling block for Corvane and Pellix's troubled $9 billion merger")).toBe(
      'at_risk',
    );
    expect(stageOf('Corvane-Pellix deal hits DOJ roadblock')).toBe('regulatory_review');
    expect(stageOf('Corvane-Pellix deal hits snag')).toBe('at_risk');
    expect(stageOf('FTC drops restrictions on Corvane-Pellix merger, citing flawed claims')).toBe('approved');
    expect(stageOf('Corvane drops conditions on Pellix bid')).not.toBe('terminated');
    expect(
      stageOf(
        '',
        "Initech lost its arbitration challenge against Corvane's $9 billion Pellix acquisition, delaying the deal by a year.",
      ),
    ).toBe('approved');
    expect(
      stageOf('', 'Corvane won its arbitration case against Initech, enabling it to close its acquisition of Pellix.'),
    ).toBe('approved');
    expect(stageOf('Pellix shareholders head for crucial vote on acquisition proposal by Corvane')).toBe('agreed');
    // (A party that loses its own fight over the deal has it blocked; a vote that is put off is a risk.)
    expect(stageOf('Corvane loses court fight over Pellix deal')).toBe('blocked');
    expect(stageOf('Pellix shareholder vote on Corvane merger delayed again')).toBe('at_risk');
  });
  it("reads a sixty-third probe's sentences: an approval a regulator announces, the Federal Reserve by its whole name", () => {
    expect(stageOf('Federal Reserve Board announces approval of application by Corvane Financial Corporation')).toBe(
      'approved',
    );
    expect(
      stageOf(
        '',
        'The Federal Reserve Board on Friday announced its approval of the application by Corvane to merge with Pellix.',
      ),
    ).toBe('approved');
    expect(stageOf('OCC announces conditional approval of Corvane, National Association to acquire Pellix Bank')).toBe(
      'approved',
    );
    // (A company's announcing an approval of something else gives the deal nothing.)
    expect(stageOf('Corvane announces board approval of dividend')).toBeUndefined();
  });
  it("reads a sixty-fourth probe's sentences: a review a regulator gives the deal, a probe into conduct around a deal", () => {
    expect(
      stageOf(
        '',
        'Corvane has received notice that U.S. antitrust regulators will give its proposed purchase of the photo app maker Pellix a lengthy investigation, a source said.',
      ),
    ).toBe('regulatory_review');
    expect(
      stageOf(
        '',
        "Corvane shares fell after the province's securities regulator launched an investigation into trading activity surrounding the $4.9 billion acquisition of Pellix.",
      ),
    ).toBeUndefined();
    // (A probe into the deal itself, or into a tie-up, is its review.)
    expect(stageOf('CMA launches in-depth probe into Corvane-Pellix tie-up')).toBe('regulatory_review');
  });
  it("reads a sixty-fifth probe's sentences: a broadcaster's carriage agreement is commercial; a deal that ends something else ends nothing", () => {
    expect(stageOf('Corvane and Pellix Reach New Carriage Agreement, Ending Blackout')).toBeUndefined();
    expect(
      stageOf(
        'Pellix, Corvane resolve dispute',
        'Corvane and Pellix announced they reached a new carriage agreement late Thursday.',
      ),
    ).toBeUndefined();
    expect(stageOf('Pellix, Corvane agreement ends blackout')).toBeUndefined();
    // (A deal that ends, or one ended, is over.)
    expect(stageOf("Corvane's Pellix deal ends in acrimony")).toBe('terminated');
    expect(stageOf('Corvane ends Pellix deal')).toBe('terminated');
  });
  it("reads a sixty-sixth probe's sentences: a name glued by a hyphen, a party named by what it makes", () => {
    expect(
      stageOf(
        'Corvane to acquire Cheez-It, Pringles-maker Pellix in $36 billion deal',
        'Candy giant Corvane said on Wednesday it would buy Cheez-It and Pringles maker Pellix in a nearly $36 billion deal.',
      ),
    ).toBe('agreed');
    expect(
      leadFor('Corvane', 'Pellix', 'Corvane said it would buy Cheez-It and Pringles maker Pellix.')?.object,
    ).toContain('Cheez-It');
    // (A brand the summary names alone is another company bought.)
    expect(
      stageOf(
        'Corvane to acquire Cheez-It',
        'Corvane said on Wednesday it would buy Cheez-It, a snack maker, for $2 billion.',
      ),
    ).toBeUndefined();
  });
  it("reads a sixty-eighth probe's sentences: a TOB, as the Japanese press writes a tender offer", () => {
    expect(stageOf('Corvane withdraws unsolicited TOB for Pellix after Tokyo court rejects injunction')).toBe(
      'terminated',
    );
    expect(stageOf('Corvane launches TOB for Pellix')).toBe('negotiating');
    expect(stageOf('Corvane TOB succeeds, paving way for delisting')).toBe('completed');
  });
  it("reads a sixty-first probe's headline wish over its first sentence's announcement, past an adverb-led opening clause", () => {
    expect(
      stageOf(
        'Corvane wants to acquire network specialist Pellix',
        'Soon after rumors about a potential takeover began to appear online, Corvane has now officially announced that it plans to acquire Pellix.',
      ),
    ).toBe('agreed');
    // (A wish alone is interest.)
    expect(stageOf('Corvane wants to acquire network specialist Pellix')).toBe('rumored');
  });
  it("reads a sixty-ninth probe's sentences: a plan announced under a headline's merger, a board's in-principle approval, a deal named by its place", () => {
    expect(
      stageOf(
        'Corvane Networks India and Pellix to merge',
        "Corvane Networks India and Pellix Entertainment have announced plans to combine both companies' networks and libraries.",
      ),
    ).toBe('agreed');
    // (A plan only told, not announced, is still the plan.)
    expect(
      stageOf('Corvane to merge with Pellix', 'Corvane said it plans to combine with Pellix, people familiar said.'),
    ).toBe('rumored');
    expect(
      stageOf(
        '',
        'Pellix Entertainment said on Wednesday its board has given in-principle approval for its merger with Corvane India.',
      ),
    ).toBe('agreed');
    expect(stageOf('', 'The EU has given approval for the Corvane-Pellix merger.')).toBe('approved');
    expect(
      stageOf(
        'Corvane sends termination letter to Pellix over India merger',
        'Corvane has sent a termination letter to Pellix, citing its plans to call off the merger between its India unit and the media network.',
      ),
    ).toBe('terminated');
  });
  it("reads a seventieth probe's sentences: a deal on the verge of being made, a rival outbid in the contest or topped after the news", () => {
    expect(
      stageOf(
        '',
        'Corvane is reportedly on the verge of acquiring Pellix, a maker of obesity drugs, for about $7.3 billion.',
      ),
    ).toBe('negotiating');
    expect(stageOf('Corvane is on the brink of a deal to buy Pellix')).toBe('negotiating');
    // (On the brink of something else is no deal.)
    expect(stageOf('Corvane on the brink of collapse')).toBeUndefined();
    const rivals = { parties: ['Corvane', 'Pellix'].map((name) => ({ name, aliases: [] })) };
    expect(readingAbout(rivals, 'Brandtek Outbids Corvane in Pellix Acquisition Bid', '', classifyStage)?.stage).toBe(
      'at_risk',
    );
    expect(
      readingAbout(
        rivals,
        '',
        "Brandtek made an unsolicited $9 billion offer for obesity biotech Pellix, topping Corvane's earlier agreement.",
        classifyStage,
      )?.stage,
    ).toBe('at_risk');
    // (A bid the news calls a rival one is read as the timeline reads rival bids.)
    expect(
      readingAbout(rivals, 'Brandtek tables rival offer for Pellix, topping Corvane', '', classifyStage)?.stage,
    ).toBe('negotiating');
  });
  it("reads a seventy-first probe's sentences: a buyer's due diligence extended, finished or on track is the talks going on", () => {
    expect(stageOf("Pellix extends due diligence deadline for Corvane's $18.7 billion acquisition proposal")).toBe(
      'negotiating',
    );
    expect(stageOf('Corvane-led consortium on track to finish due diligence for Pellix takeover in two weeks')).toBe(
      'negotiating',
    );
    expect(
      stageOf(
        '',
        'Pellix has consented to an extension that allows Corvane to finalise due diligence and progress a scheme implementation agreement.',
      ),
    ).toBe('negotiating');
    // (A deal's own deadline extended is its closing put off; a deal on track is agreed.)
    expect(stageOf('Corvane and Pellix extend merger deadline')).toBe('at_risk');
    expect(stageOf("Corvane's Pellix deal on track to close in March")).toBe('agreed');
  });
  it("reads a seventy-fourth and seventy-fifth probe's sentences: an outside bid for a party, a title-cased headline's names, a bidder past its bracket", () => {
    const airlines = (a: string, b: string) => ({
      parties: [
        { name: a, aliases: [`${a} Airlines`] },
        { name: b, aliases: [`${b} Airlines`] },
      ],
    });
    const read = (a: string, b: string, headline: string, lead = '') =>
      readingAbout(airlines(a, b), headline, lead, classifyStage);
    // (A headline in title case names the parties as one in sentence case does.)
    expect(read('Corvane', 'Pellix', 'US Federal Judge Blocks Corvane and Pellix Merger')?.stage).toBe('blocked');
    // (A bid by a company none of the deal's parties for one of them, where the text names the other
    // party too, is a rival's bid for that deal.)
    expect(
      read(
        'Brandtek',
        'Pellix',
        'Corvane makes all-cash offer to buy Pellix',
        'Corvane on Thursday made an all-cash offer for Pellix that would break up a plan for Pellix to merge with Brandtek.',
      ),
    ).toMatchObject({ stage: 'negotiating', subject: 'Corvane', object: 'Pellix', rivalBid: true });
    // (A headline's last name does not run on into the first sentence's first.)
    expect(
      read(
        'Brandtek',
        'Pellix',
        'Corvane raises offer for Pellix in battle with Brandtek',
        'Corvane Airways Corp. raised its offer for Pellix Airlines on Monday.',
      ),
    ).toMatchObject({ rivalBid: true });
    // (The bidder before a bracket that gives its ticker and base, past its own "its".)
    expect(
      read(
        'Brandtek',
        'Pellix',
        '',
        'Corvane Airways (CV, New York JFK) has once again improved its offer for Pellix, challenging its merger with Brandtek.',
      ),
    ).toMatchObject({ subject: 'Corvane Airways', rivalBid: true });
    // (A bid that names no other party is the bidder's own deal, as before.)
    expect(read('Corvane', 'Pellix', 'Corvane makes $3.6 billion cash bid for Pellix')).toMatchObject({
      stage: 'negotiating',
      subject: 'Corvane',
      object: 'Pellix',
    });
    expect(
      read('Corvane', 'Pellix', '', 'Corvane is now offering Pellix Airlines a $350 million breakup fee.'),
    ).toMatchObject({ subject: 'Corvane', object: 'Pellix Airlines' });
    // (An agreement or an offer "to buy" names what it buys, and its maker.)
    expect(read('Corvane', 'Pellix', 'Corvane signs agreement to buy Pellix Airlines')).toMatchObject({
      stage: 'agreed',
      subject: 'Corvane',
      object: 'Pellix Airlines',
    });
    // (A name with "of" in it owns its bid whole.)
    expect(stageOf("Banc of Corvane's takeover bid for Pellix fails")).toBe('terminated');
    expect(classifyStage("Banc of Corvane's takeover bid for Pellix fails")?.subject).toBe('Banc of Corvane');
  });
  it("reads more of those probes' sentences: a pair merging in a headline, a cancellation, a deal dead, a refusal after a comma, a rebuff that opens the headline", () => {
    // (A headline drops the "are" of a pair merging.)
    expect(stageOf('Corvane and Pellix merging to form fifth-largest US airline')).toBe('agreed');
    expect(stageOf('Corvane, Pellix merging in $3 billion deal')).toBe('agreed');
    expect(stageOf('Analysts see Corvane and Pellix merging')).toBeUndefined();
    // (A cancellation is an end, as a termination is.)
    expect(stageOf('Pellix shares sink on cancellation of merger agreement with Corvane')).toBe('terminated');
    expect(stageOf('Pellix shares sink after cancellation of Corvane merger')).toBe('terminated');
    // (Pondering a sale is weighing one.)
    expect(classifyStage('Pellix ponders sale as losses mount')?.stage).toBe('rumored');
    // (A headline's first word in capitals is no name: "With" is not part of "Corvane".)
    expect(stageOf('With Corvane deal dead, Pellix weighs its options')).toBe('terminated');
    // (The answer after a comma to the bid before it.)
    expect(stageOf('Corvane sweetens offer for Pellix, Pellix says no')).toBe('at_risk');
    expect(stageOf('Corvane raises bid for Pellix, Pellix rejects it')).toBe('at_risk');
    // (A rebuff in an opening participle is why the bidder does what it does next.)
    expect(stageOf('Rebuffed by Pellix, Corvane goes hostile with tender offer')).toBe('negotiating');
    // (Talks about doing something else are no deal talks.)
    expect(stageOf('Corvane and Pellix in talks about rebuilding efforts after storm')).toBeUndefined();
    expect(stageOf('Corvane and Pellix in talks on merging')).toBe('negotiating');
    // (A pair that ends its merger ends no deal of a third company's the text names; the pair's own it ends.)
    const ended = 'Pellix, Brandtek end merger, paving way for Corvane deal';
    expect(readFor('Corvane', 'Pellix', ended)?.stage).not.toBe('terminated');
    expect(readFor('Brandtek', 'Pellix', ended)).toMatchObject({
      stage: 'terminated',
      subject: 'Pellix',
      object: 'Brandtek',
    });
  });
  it("reads a seventy-sixth probe's sentences: a rival's bid dropped clears the way, a deal that ends an era, a pair near a deal, an adverb before the verb, a body that says it will allow", () => {
    // (A rival's bid dropped, the way cleared for the deal's buyer: the deal goes ahead.)
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Brandtek has dropped a $6 billion bid for Pellix, leaving the way clear for the Corvane offer.',
      ),
    ).toMatchObject({ stage: 'agreed' });
    expect(
      leadFor(
        'Corvane',
        'Pellix',
        'Media veteran Dana Brandt dropped out of the bidding for Pellix, paving the way for Corvane to acquire the studio.',
      )?.stage,
    ).toBe('agreed');
    // (Not where the way is cleared for another's takeover of the party.)
    expect(
      readFor('Corvane', 'Pellix', 'Corvane drops Pellix bid, clearing way for Brandtek takeover of Pellix')?.stage,
    ).toBe('terminated');
    // (An amount given again in brackets does not part the bid from its bidder.)
    expect(readFor('Brandtek', 'Pellix', 'Brandtek has dropped a $6 billion (€5.3bn) bid for Pellix')).toMatchObject({
      stage: 'terminated',
      subject: 'Brandtek',
    });
    // (A bid the news calls competing, ended, is a rival's: no end of the deal.)
    expect(
      readFor(
        'Corvane',
        'Pellix',
        'The Corvane-Pellix merger saga is close to an end after Brandtek dropped his competing bid',
      ),
    ).toMatchObject({
      otherBuyer: true,
    });
    // (A deal that ends a name's era ends nothing.)
    expect(stageOf('Corvane, Pellix merger deal ends Redstone era')).not.toBe('terminated');
    // (A pair that opens the headline nears a deal.)
    expect(stageOf('Corvane and Pellix near merger deal')).toBe('negotiating');
    // (An adverb between a subject and its verb leaves the verb the news; after an article it describes.)
    expect(stageOf('', 'Pellix holder Dana Brandt abruptly ended merger talks with Corvane.')).toBe('terminated');
    expect(
      stageOf(
        '',
        'Pellix shares fell after Dana Brandt, who controls Pellix, abruptly ended merger talks with Corvane.',
      ),
    ).toBe('terminated');
    expect(stageOf('The recently announced Corvane-Pellix merger faces probe')).toBe('regulatory_review');
    // (A body that says it will allow the deal allows it.)
    expect(stageOf('', 'The FCC said it would allow an 8 billion dollar merger between Pellix and Corvane.')).toBe(
      'approved',
    );
    expect(stageOf('', 'The FCC announced that it would allow the merger between Pellix and Corvane.')).toBe(
      'approved',
    );
  });
  it("reads a seventy-seventh probe's sentences: a review a body concluded, a sale no one could be persuaded to make", () => {
    // (A review concluded is the regulator's, the deal let through — not the deal's closing.)
    expect(
      stageOf(
        '',
        'The DOJ has cleared Corvane and Pellix after it concluded its antitrust review of the deal between them.',
      ),
    ).toBe('approved');
    expect(stageOf('', 'The DOJ concluded its antitrust review of the deal between Corvane and Pellix.')).toBe(
      'approved',
    );
    expect(stageOf('Corvane concludes its acquisition of Pellix')).toBe('completed');
    // (A sale someone could not be persuaded to make is an offer turned down.)
    expect(stageOf('', "Even $23 billion didn't convince the founders of Pellix Inc. to sell to Corvane Inc.")).toBe(
      'at_risk',
    );
    expect(stageOf('', "Corvane failed to persuade Pellix's founders to sell the company.")).toBe('at_risk');
    expect(stageOf('', 'Pellix agreed to sell to Corvane.')).toBe('agreed');
  });
  it("reads a seventy-eighth probe's sentences: talks entered past a hyphened compound, an offer issued, an approval's aside between commas", () => {
    expect(stageOf('', 'Pellix decided to enter into open-ended discussions with Corvane.')).toBe('negotiating');
    expect(
      stageOf(
        '',
        'Corvane on Friday issued a takeover offer to the shareholders of Pellix AG for all outstanding shares of Pellix.',
      ),
    ).toBe('negotiating');
    expect(classifyStage('Corvane issues statement on Pellix offer')).toBeNull();
    expect(
      stageOf(
        '',
        'The European Commission has approved, under the Regulation on foreign subsidies (FSR), the acquisition of Pellix by Corvane.',
      ),
    ).toBe('approved');
  });
  it("reads a headline's sealed deal or present purchase by its first sentence's closing or approval, and a priced snub", () => {
    // (A deal sealed is agreed or done: a first sentence that says it was completed decides.)
    expect(
      stageOf(
        'Corvane seals $8 billion merger with Pellix',
        'Corvane finalised an $8 billion merger with Pellix on Thursday.',
      ),
    ).toBe('completed');
    expect(stageOf('Corvane seals deal for Pellix', 'Corvane agreed to buy Pellix for $52 billion.')).toBe('agreed');
    // (A headline's present over a regulator's approval in the first sentence is the approval.)
    expect(
      stageOf(
        'Corvane acquires cloud security firm Pellix following EC approval',
        "The European Commission has approved Corvane's acquisition of Pellix.",
      ),
    ).toBe('approved');
    // (A rejection as a noun "from" the company, after the price turned down.)
    expect(stageOf("Corvane's $23 Billion Snub From Pellix Will Sting Them Both")).toBe('at_risk');
  });
  it("reads a seventy-ninth probe's sentences: a railroad regulator's filing accepted, found incomplete or sent back", () => {
    // (A public body's board by its whole name, its initials dropped as a ticker; its decision to
    // accept the deal's filing, past the parties' long names, is its review.)
    expect(
      stageOf(
        '',
        'The Surface Transportation Board (STB) today announced a unanimous decision to accept the revised Corvane Railroad-Pellix Railway merger application for consideration.',
      ),
    ).toBe('regulatory_review');
    // (A filing found incomplete, or turned down as such, is sent back: a risk, no block.)
    expect(
      stageOf(
        '',
        'The Surface Transportation Board (STB) today announced it reached a unanimous decision finding that the merger application submitted by Corvane Railroad and Pellix Railway is incomplete.',
      ),
    ).toBe('at_risk');
    expect(stageOf('STB rejects Corvane-Pellix merger application as incomplete')).toBe('at_risk');
    expect(stageOf('STB rejects Corvane-Pellix merger')).toBe('blocked');
  });
  it("reads an eightieth probe's sentences: an understanding signed to explore a merger, and scrapped; a collapse neared; a person with knowledge", () => {
    // (An understanding signed to explore or discuss a merger is the talks.)
    expect(stageOf('Corvane and Pellix sign memorandum of understanding to explore merger')).toBe('negotiating');
    expect(
      stageOf(
        '',
        'Pellix Motor Co. and Corvane Motor Co. announced Dec. 23 they have signed a memorandum of understanding (MOU) to explore the possibility of merging their businesses.',
      ),
    ).toBe('negotiating');
    expect(stageOf('Corvane signs agreement to buy Pellix')).toBe('agreed');
    // (Scrapped, it ends the talks; told by one person with knowledge of it, a risk.)
    expect(stageOf('Pellix scraps memorandum of understanding to discuss merger with Corvane')).toBe('terminated');
    expect(
      stageOf(
        '',
        'Pellix CEO Dana Brandt told Corvane he wants to scrap their memorandum of understanding (MOU) to discuss a possible merger, one person with knowledge of the matter said.',
      ),
    ).toBe('at_risk');
    // (A collapse neared is a risk, however far its deal stands.)
    expect(
      stageOf('', "Corvane's merger with rival automaker Pellix is nearing collapse, multiple reports said."),
    ).toBe('at_risk');
    expect(stageOf('Corvane-Pellix talks near collapse')).toBe('at_risk');
  });
  it("reads an eighty-first probe's no-deal items: a fee paid every year, an annual deal, an agreement being finalised", () => {
    // (A price paid every year is a fee for a service; a deal paid for annually is a contract.)
    expect(stageOf('Corvane to Pay Pellix $1 Billion Annually for Gemini-Powered Assistant')).toBeUndefined();
    expect(stageOf('Corvane Pays Pellix $1B/Year for Gemini-Powered Assistant')).toBeUndefined();
    expect(
      stageOf('Corvane Reportedly Nears $1 Billion Annual Deal with Pellix for AI-Powered Assistant'),
    ).toBeUndefined();
    expect(stageOf('Corvane to pay $9 billion for Pellix')).toBe('agreed');
    // (An agreement being finalised is about to be signed; finalised "to buy", signed; one to pay a
    // fee, a contract.)
    expect(stageOf('', 'Corvane is finalizing an agreement to buy Pellix.')).toBe('negotiating');
    expect(stageOf('', 'Corvane finalized an agreement to buy Pellix.')).toBe('agreed');
    expect(
      stageOf(
        '',
        'Corvane is reportedly finalizing an agreement to pay Pellix approximately $1 billion annually to integrate its model.',
      ),
    ).toBeUndefined();
  });
  it('reads a relative clause over a described object: the name before "which" buys the company the text names', () => {
    expect(
      stageOf(
        "Corvane's $27.8B acquisition of Pellix is the year's biggest deal",
        'The successful suitor for Pellix Therapeutics plc has been revealed as Corvane Inc., which will buy the Dublin-based company for $27.8 billion in cash.',
      ),
    ).toBe('agreed');
    expect(
      leadFor('Corvane', 'Pellix', 'The suitor is Corvane Inc., which will buy Pellix for $27.8 billion.')?.subject,
    ).toBe('Corvane Inc.');
    // (A described company with a name of its own is another: "the Brandtek software company".)
    expect(
      stageOf(
        "Corvane's deal",
        'The suitor for Pellix is Corvane Inc., which will buy the Brandtek software company for $2 billion.',
      ),
    ).not.toBe('agreed');
  });
  it('reads a weekday as when a deal was agreed, never as who agreed it', () => {
    const got = readingAbout(
      { parties: ['Corvane', 'Pellix'].map((name) => ({ name, aliases: [] })) },
      'Corvane swaps biscuits for baby food with 12.3 bln euro Pellix deal',
      "France's Groupe Corvane agreed on Monday to buy Dutch baby food maker Royal Pellix for 55 euros a share in cash.",
      classifyStage,
    );
    expect(got?.stage).toBe('agreed');
    expect(got?.subject).not.toBe('Monday');
  });
  it('reads a regulator on what a deal would do and whether it may go ahead', () => {
    // (A warning of what follows "if" the deal goes ahead: a regulator's is its review, "end up" ends nothing.)
    expect(
      stageOf(
        'Millions could pay more if Corvane-Pellix merger goes ahead, watchdog warns',
        'Millions of customers could end up paying more if the merger between Corvane and Pellix goes ahead, the competition watchdog has warned.',
      ),
    ).toBe('regulatory_review');
    expect(stageOf('Prices could rise if the Corvane-Pellix merger proceeds, union warns')).toBeUndefined();
    expect(stageOf('Corvane-Pellix merger to go ahead')).toBeUndefined();
    // (A provisional approval is a finding of the review.)
    expect(stageOf('', 'The CMA has provisionally approved the merger between Corvane and Pellix.')).toBe(
      'regulatory_review',
    );
    // (A deal a regulator says may proceed is approved; a party saying so is not a regulator.)
    expect(stageOf('', 'The CMA has decided Corvane’s merger with Pellix should be allowed to proceed.')).toBe(
      'approved',
    );
    expect(stageOf('The watchdog said the Corvane-Pellix merger can go ahead')).toBe('approved');
    expect(stageOf('Corvane says Pellix deal can proceed despite probe')).not.toBe('approved');
    // (A closing foreseen and a review told as over give way to a first sentence that says where the
    // regulators stand.)
    expect(
      stageOf(
        'The Corvane-Pellix merger is expected to close during the first half of next year',
        'The competition regulator has decided the Corvane-Pellix merger should be allowed to proceed.',
      ),
    ).toBe('approved');
    expect(
      stageOf(
        'How we investigated the Corvane / Pellix merger',
        'Why the Competition and Markets Authority has cleared the Corvane / Pellix merger and what it could mean for customers.',
      ),
    ).toBe('approved');
    // (A review passed is the deal let through; a closing to come "following" a named regulator's
    // approval tells the approval; a closing after a modal is still to come.)
    expect(stageOf("Corvane and Pellix's Merger Passes DOJ Review")).toBe('approved');
    expect(stageOf('Corvane could close Pellix purchase on 18 September following DOT approval')).toBe('approved');
    expect(
      stageOf(
        'Corvane and Pellix to close merger in the coming days',
        'Corvane reported it expects to close its merger with Pellix "in the coming days", following the US Department of Transportation (DoT) approving the transaction.',
      ),
    ).toBe('approved');
    expect(stageOf('The Corvane-Pellix deal is expected to close following regulatory approvals')).toBe('agreed');
    expect(stageOf('Corvane could close Pellix deal next week')).toBe('agreed');
    // (A state confirming its approval gives it.)
    expect(
      stageOf(
        'China Approval for Corvane’s Pellix Deal Comes With Crop Demands',
        'China has confirmed its approval of Corvane Global SA’s takeover of rival Pellix, but on Monday outlined several conditions.',
      ),
    ).toBe('approved');
    // (A review named by the parties' deal is its review, not the rules of merger review; the pair
    // clearing one is let through; the pair agreeing to a regulator's consent order is too.)
    expect(stageOf('FTC Considers Political Content Clause in Corvane-Pellix Merger Review')).toBe('regulatory_review');
    expect(stageOf('EU overhauls merger review rules')).toBeUndefined();
    expect(stageOf('Corvane and Pellix clear FTC antitrust review')).toBe('approved');
    expect(
      stageOf(
        '',
        'Corvane Group and Pellix Group on Friday agreed to a finalized consent order from the Federal Trade Commission that imposes restrictions on how the agencies handle political content.',
      ),
    ).toBe('approved');
    expect(stageOf('Corvane agrees to FTC consent order on privacy')).toBeUndefined();
    // (Sites a company closes close no deal, even one bought.)
    expect(stageOf('Corvane will close historic agencies and cut 4,000 jobs after buying Pellix')).not.toBe('agreed');
    // (A proposal in a compound of "and" is still the bid; a pair's "end" before a deal phrase is the
    // verb; a deal "for" its buyer that came to an end is ended; a regulator's request over a bid is
    // its review.)
    expect(stageOf('', 'Corvane went public Tuesday with a $7.8B stock-and-cash proposal to take over Pellix.')).toBe(
      'negotiating',
    );
    expect(stageOf('Corvane, Pellix hotel chains end rocky $8 billion hostile takeover deal')).toBe('terminated');
    expect(stageOf('', 'The months-long deal for Corvane International to buy Pellix came to an end Monday.')).toBe(
      'terminated',
    );
    expect(stageOf('Pellix receives FTC request over Corvane acquisition bid')).toBe('regulatory_review');
    // (A purchase announced with its target named before it is agreed; one called done is done.)
    expect(stageOf('Corvane announces $48.7bn Pellix acquisition')).toBe('agreed');
    expect(stageOf('Corvane announces Pellix acquisition is complete')).toBe('completed');
    // (Stores sold "to close" the deal are a remedy; a party's suit against the regulator is the
    // review fought; a block the parties defeat lets the deal through; a foreseen closing gives way to
    // a first sentence that says it closed, not to one that tells the review as background.)
    expect(stageOf('Corvane to Sell Over 100 Stores to Close $4B Pellix Deal')).toBe('regulatory_review');
    expect(stageOf('Corvane sues FTC over Pellix acquisition challenge')).toBe('regulatory_review');
    expect(stageOf('Holders sue to block Corvane-Pellix merger')).toBe('at_risk');
    expect(stageOf('Corvane and Pellix Defeat FTC Preliminary Injunction in $5 Billion Deal')).toBe('approved');
    expect(
      stageOf(
        'Corvane to Become Somnigroup After Pellix Deal Closes',
        'Corvane is rebranding to Somnigroup after closing its $5 billion acquisition of Pellix.',
      ),
    ).toBe('completed');
    expect(
      stageOf(
        'Corvane announced that it expects to close its previously announced acquisition of Pellix on Wednesday.',
        'The FTC sued to block the deal, announced in 2023, arguing it would reduce options for consumers.',
      ),
    ).toBe('agreed');
    // (Concerns a regulator resolves let the deal through, a party's addressing them is its remedy;
    // a regulator reopening its own case reopens no talks.)
    expect(stageOf("FTC Resolves Antitrust Concerns on Corvane's Buy of Pellix")).toBe('approved');
    expect(stageOf('Corvane addresses EU concerns over Pellix deal')).toBe('regulatory_review');
    expect(stageOf('Corvane offers to resolve EU concerns over Pellix deal')).toBeUndefined();
    expect(stageOf('FTC reopens case on Corvane-Pellix merger')).toBeUndefined();
    expect(stageOf('Corvane reopens Pellix talks')).toBe('negotiating');
    // (A regulator's "requests" for more information is its review, in any case.)
    expect(stageOf('FTC Requests More Information on $6.4B Corvane Planned Acquisition of Pellix')).toBe(
      'regulatory_review',
    );
    expect(stageOf("FTC requests more information on Corvane's planned acquisition of Pellix")).toBe(
      'regulatory_review',
    );
    // (A deal for a measured quantity, or whose point said after it is a minority stake, is no takeover.)
    expect(stageOf('Corvane strikes $6B Pellix deal, could take 10% stake in chipmaker')).toBeUndefined();
    expect(
      stageOf('', 'Pellix inks multibillion-dollar deal with Corvane for 6 gigawatts of AI computing power.'),
    ).toBeUndefined();
    expect(stageOf('Corvane strikes $6B Pellix deal')).toBe('agreed');
    // (A government's opposition is politics, a risk, as its "opposes"; a block it asks of a party is
    // pressure, no block.)
    expect(stageOf("German Government Reaffirms Opposition to Corvane's Pellix Takeover Bid")).toBe('at_risk');
    expect(stageOf('FTC staff voices opposition to Corvane-Pellix merger')).toBe('regulatory_review');
    expect(stageOf('The German government asks Corvane to halt Pellix acquisition')).toBe('at_risk');
    expect(stageOf('Court halts Corvane-Pellix deal')).toBe('blocked');
    // (A regulator's settlement of its challenge, or its final judgment, named as such, lets the deal
    // through — also when a state's attorney general, named with the official, announces it; a sale
    // "under" it is its remedy.)
    expect(stageOf('Court OKs DOJ settlement in Corvane-Pellix case')).toBe('approved');
    expect(stageOf('DOJ files proposed final judgment on Pellix-Corvane merger')).toBe('approved');
    expect(
      stageOf(
        "Attorney General Raoul announces proposed settlement to resolve challenge to Corvane's acquisition of Pellix",
      ),
    ).toBe('approved');
    expect(stageOf('Corvane to Divest 164 Facilities Under DOJ Merger Settlement')).toBe('approved');
    expect(stageOf('Corvane reaches settlement with FTC over privacy')).toBeUndefined();
    // (What a deal is "following" is when, not what, it ended.)
    expect(stageOf('Pellix brand to be axed for business customers following £6bn Corvane merger')).not.toBe(
      'terminated',
    );
  });

  it("reads a regulator's scrutiny of a deal named by its owner's plans, and its conditions", () => {
    // An owner's apostrophe after a name ending in "s" is its "'s": the deal named so is no plan told,
    // and the news is what befalls it, or the first sentence's.
    const norvals = (headline: string, lead = '') => readFor('Norvals', 'Pellix', headline, lead)?.stage;
    expect(
      norvals(
        'Norvals’ plans to buy Pellix for $35B falls on UK regulatory radar',
        'The U.K. antitrust regulator has confirmed that it is carrying out an early-stage inquiry into Norvals’ plans to buy Pellix.',
      ),
    ).toBe('regulatory_review');
    expect(norvals("Norvals' planned $35 billion merger with Pellix wins shareholder approval")).toBe('approved');
    expect(norvals("Norvals' plan to buy Pellix wins EU approval")).toBe('approved');
    // (A closing quote is no owner's apostrophe.)
    expect(analyse("Pellix calls the bid 'Ridiculous' again").some((w) => w.lower === "'s")).toBe(false);
    // A regulator that eyes a deal scrutinises it; a company that eyes one is a suitor.
    expect(stageOf('UK Regulator Eyes Corvane-Pellix Merger: A $35 Billion Showdown')).toBe('regulatory_review');
    expect(stageOf('Corvane eyes Pellix takeover')).toBe('rumored');
    // A closing a side "can" make is let by the regulator that says so, and otherwise still to come.
    expect(
      stageOf(
        'FTC Clears Deal Contingent on Divestiture Package',
        'The Federal Trade Commission announced that Corvane can complete its $35 billion acquisition of Pellix subject to the divestiture of certain assets.',
      ),
    ).toBe('approved');
    expect(stageOf('Corvane says it can complete its acquisition of Pellix by June')).toBe('agreed');
    // A sale a regulator requires "to resolve" its concerns settles them; one it may require is its review.
    expect(stageOf('US FTC will require Corvane, Pellix to divest certain assets to resolve merger concerns')).toBe(
      'approved',
    );
    expect(stageOf('EU could require Corvane to sell assets to address concerns over Pellix deal')).toBe(
      'regulatory_review',
    );
    // An offer or a suitor dropped "in favour of" another is the other's deal going ahead, and the
    // dropped one's end.
    const dropsRival = "UK's Pellix drops Brandtek offer in favour of Corvane";
    expect(readFor('Corvane', 'Pellix', dropsRival)?.stage).toBe('agreed');
    expect(readFor('Brandtek', 'Pellix', dropsRival)?.stage).toBe('terminated');
    const ditches = "Pellix ditches Brandtek in favour of Corvane's sweetened $6.4 billion offer";
    expect(readFor('Corvane', 'Pellix', ditches)?.stage).toBe('agreed');
    expect(readFor('Brandtek', 'Pellix', ditches)?.stage).toBe('terminated');
    // A deal "set to" be done on terms stated is announced; without them, or with sources, near.
    expect(stageOf('Corvane is set to acquire Pellix in an all-stock transaction valued at $10.9 billion')).toBe(
      'agreed',
    );
    expect(stageOf('Corvane set to buy Pellix in $5bn deal, sources say')).toBe('negotiating');
    expect(stageOf('Corvane set to buy Pellix')).toBe('negotiating');
    // A completion announced is read at its own verb, also under a headline of its closing.
    expect(
      stageOf(
        'Corvane closes Pellix merger, creating ninth-largest U.S. bank with $294 billion in assets',
        'Corvane Bancorp announced it has completed its merger with Pellix, forming the ninth largest U.S. bank.',
      ),
    ).toBe('completed');
    // Approval sought "to" do the deal: a regulator's is its review (the European Union by its whole
    // name too), holders' the deal agreed.
    expect(stageOf('Corvane seeks EU approval to buy back Pellix')).toBe('regulatory_review');
    expect(
      leadStage('Corvane is seeking European Union approval to acquire Pellix, the largest standalone maker'),
    ).toBe('regulatory_review');
    expect(stageOf('Corvane seeks shareholder approval to buy Pellix')).toBe('agreed');
    // A wrap-up still to come is a closing foreseen; a closing foreseen "following" a regulator's
    // approval "from" it tells the approval.
    expect(
      leadStage(
        'Corvane said it expects to wrap up its planned $4.7 billion purchase of Pellix before the end of the year',
      ),
    ).toBe('agreed');
    expect(stageOf('Corvane wraps up Pellix purchase')).toBe('completed');
    expect(
      leadStage(
        'Corvane has announced that it expects to complete its proposed $4.7 billion acquisition of Pellix by the end of the year, following conditional approval from the U.S. Federal Trade Commission (FTC).',
      ),
    ).toBe('approved');
    // An order a regulator finalises is its approval made final, no closing.
    expect(stageOf('FTC Finalizes Consent Order in Corvane/Pellix Acquisition')).toBe('approved');
    expect(stageOf('FTC finalises Corvane-Pellix consent order with mandatory divestitures')).toBe('approved');
    // A suitor's interest that has cooled is its drawing back, however the interest is named.
    expect(stageOf("Corvane's interest in acquiring Pellix has cooled, Bloomberg News reports")).toBe('at_risk');
    expect(stageOf('Corvane takeover interest for Pellix has cooled- Bloomberg')).toBe('at_risk');
    expect(stageOf("Corvane's interest in buying Pellix grows")).toBe('rumored');
    // A deal told by what it does, when that is no takeover, and an agreement a partnership's, are no
    // deal between the two; what a merger does keeps it one.
    expect(stageOf('Corvane, Pellix strike deal lifting fundraising restrictions for Pellix')).toBeUndefined();
    expect(
      leadStage(
        'Corvane Corp. and Pellix have finalized a landmark agreement that cements their long-term partnership and removes lingering uncertainty.',
      ),
    ).toBeUndefined();
    expect(stageOf('Corvane, Pellix strike deal creating chip giant')).toBe('agreed');
    // An agreement finalised is signed, no closing.
    expect(stageOf('Corvane and Pellix have finalized their merger agreement')).toBe('agreed');
    expect(stageOf('Corvane finalizes merger agreement with Pellix')).toBe('agreed');
    // What will be "upon completion" tells no completion; an agreement announced past a price and a
    // compound is announced.
    expect(
      stageOf(
        'Corvane buys Pellix in £18 billion deal',
        'Pellix will become a private company upon completion of the transaction, which is expected to close in the fourth quarter.',
      ),
    ).toBe('agreed');
    expect(
      stageOf(
        'Corvane Partners announced a definitive $23.7 billion take-private agreement for Pellix at $11.45 per share',
      ),
    ).toBe('agreed');
    // An exclusivity deed entered into is the talks' last stage, no agreement.
    expect(
      stageOf(
        'Pellix takes next step in acquisition',
        'Pellix has announced that it has entered into a process and exclusivity deed with Corvane, following a $30 billion all-cash takeover offer.',
      ),
    ).toBe('negotiating');
    // A regulator's dismissal of its own challenge, as its dismissing it, lets the deal through.
    expect(
      leadStage(
        'DOJ gave a notice of voluntary dismissal of its challenge to a $540 million merger between Corvane and Pellix, a case the Antitrust Division filed in mid-January.',
      ),
    ).toBe('approved');
    // A deal or talks that fizzle or deflate have collapsed.
    expect(stageOf('Investors Cheer Corvane Stock as Pellix Deal Deflates')).toBe('terminated');
    expect(stageOf('Corvane-Pellix talks fizzle')).toBe('terminated');
    expect(stageOf('Corvane shares deflate after earnings')).toBeUndefined();
    // A purchase announced names its target before it, with an owner's "'s" too.
    expect(stageOf("Corvane Slides In Premarket After Announcing $18 Billion Pellix Peet's Acquisition")).toBe(
      'agreed',
    );
    // A deal effective as of a day past is done; an approval headlined over it gives way to it.
    expect(
      stageOf(
        "The UK's Competition and Markets Authority (CMA) has approved Corvane's £3.7bn acquisition of Pellix, concluding its review of the proposed merger.",
        "The acquisition is effective as of yesterday (1 July), with Pellix's shares expected to be delisted and cancelled tomorrow.",
      ),
    ).toBe('completed');
    expect(stageOf('The Corvane-Pellix merger will be effective as of today')).toBe('agreed');
    expect(stageOf('FTC approves Corvane deal for Pellix', 'Corvane completed its purchase of Widgetco in 2020.')).toBe(
      'approved',
    );
    // A sentence that opens "As previously announced" retells old news; the next tells this one.
    expect(
      leadStage(
        'As previously announced, on May 28, 2024, Pellix Corporation entered into an Agreement and Plan of Merger with Corvane. On July 11, 2024, Pellix and Corvane each received a request for additional information and documentary materials (the "Second Request") from the FTC in connection with its review of the Merger.',
      ),
    ).toBe('regulatory_review');
    expect(stageOf('Corvane agreed to buy Pellix, as previously announced')).toBe('agreed');
    // A bid "launched" by a name, the verb read as a noun, is the name's: another's for an agreed deal.
    expect(classifyStage('Brandtek launches $108bn hostile bid for Pellix')?.subject).toBe('Brandtek');
    expect(
      readFor(
        'Corvane',
        'Pellix',
        'Brandtek launches $108bn hostile bid for Pellix',
        'Brandtek launched a hostile bid on Monday for Pellix, in a last-ditch effort to outbid Corvane.',
      ),
    ).toMatchObject({ stage: 'negotiating', rivalBid: true });
    // An offer for a company's debt is no takeover; an indenture entered into is no deal.
    expect(stageOf('Corvane files tender offer for Pellix 0.00% Convertible 2030 Notes')).toBeUndefined();
    expect(stageOf('Corvane launches tender offer for Pellix shares')).toBe('negotiating');
    expect(
      leadStage(
        'This First Supplemental Indenture, dated as of February 11, 2026, is entered into among Pellix Software Ltd., Corvane Networks, Inc. and U.S. Bank Trust Company, as trustee.',
      ),
    ).toBeUndefined();
    expect(stageOf('The merger agreement was entered into by Corvane and Pellix on Monday')).toBe('agreed');
    // (Nor is an offer its noteholders may take up, nor a restructuring deal announced.)
    expect(
      leadStage(
        'Corvane Networks filed a Schedule TO to implement a tender offer permitting holders of Pellix Software Ltd. 0.00% Convertible Senior Notes due 2030 to require repurchase for cash.',
      ),
    ).toBeUndefined();
    expect(stageOf('Corvane makes $5bn offer for Pellix, which has $2bn of notes')).toBe('negotiating');
    expect(
      leadStage(
        'Corvane and Pellix on Tuesday announced a sweeping restructuring deal that frees the chip maker from its nonprofit constraints.',
      ),
    ).toBeUndefined();
    // The way paved for a bid leaves a bid; for a takeover, the deal agreed.
    expect(stageOf('Brandtek paves way for Corvane’s £3 billion takeover tilt for Pellix')).toBe('negotiating');
    expect(stageOf('Brandtek and Widgetco clear way for Corvane takeover of Pellix')).toBe('agreed');
    // A purchase a buyer does something "with", named by its target, is the deal announced.
    expect(stageOf('Corvane Expands Cancer Treatment Offerings with $9.5 Billion Pellix Acquisition')).toBe('agreed');
    expect(stageOf('Corvane bolsters portfolio with $5bn Pellix acquisition')).toBe('agreed');
    expect(stageOf('Corvane struggles with Pellix acquisition costs')).toBeUndefined();
    // A regulator's leave for a minority stake, its share stated, is no takeover's; a majority's is.
    expect(stageOf("Japan's Corvane gets RBI's nod to acquire up to 24.99 pc stake in Pellix Bank")).toBeUndefined();
    expect(
      leadStage(
        "The Reserve Bank of India has approved Japan's Corvane Banking Corporation (CBC) to acquire as much as 24.99% of Pellix Bank's paid-up share capital and voting rights.",
      ),
    ).toBeUndefined();
    expect(stageOf("CCI approves Corvane's acquisition of 51% stake in Pellix")).toBe('approved');
    // A rejection "as" the offer lapses is its end; a rejected offer alone is at risk.
    expect(stageOf('Corvane investors reject Pellix swap as offer lapses')).toBe('terminated');
    expect(stageOf('Pellix rejects Corvane bid as shares rally')).toBe('at_risk');
    // An approval told "with the deal" since closed is the deal done; one with a closing to come, approved.
    expect(
      leadStage(
        "The European Commission unconditionally approved Corvane's takeover of Pellix, with the deal officially closed on February 28.",
      ),
    ).toBe('completed');
    expect(stageOf("EU approves Corvane's Pellix deal, with the deal expected to close in March")).toBe('approved');
  });

  it('reads talks to be bought, a statement quoted, a buyer left unnamed and a participle that describes', () => {
    // Talks whose purpose is a passive ("to be acquired by") are still the news, however they are
    // described ("early-stage").
    expect(stageOf('Pellix shares jump on report it is in early stage talks to be acquired by Corvane')).toBe(
      'negotiating',
    );
    expect(stageOf('Pellix in early-stage talks to be acquired by Corvane')).toBe('negotiating');
    // A UK-code statement in quote marks walks away as one without them.
    expect(stageOf("Corvane confirms it has 'no intention' of making an offer for Pellix")).toBe('terminated');
    expect(stageOf('Corvane confirms it has ‘no intention’ of making an offer for Pellix')).toBe('terminated');
    // The passive without "by" names what is bought, and no buyer: the deal is the one bought's.
    expect(readFor('Pellix', 'Norvals', 'Pellix will reportedly be acquired for $50B')?.stage).toBe('agreed');
    expect(classifyStage('Pellix to be acquired for $50 billion')?.object).toBe('Pellix');
    // A participle between a preposition or an article and its noun describes it: no deal done.
    expect(stageOf('The merger creates a company with $17 billion in combined sales in 2024.')).toBeUndefined();
    expect(stageOf('Corvane has acquired Pellix')).toBe('completed');
    // A party that approves its own deal is its board agreeing it; its holders' or a regulator's
    // approval stays an approval.
    expect(stageOf('Pellix approves $55 billion sale to Corvane')).toBe('agreed');
    expect(stageOf('Pellix shareholders approve $55 billion sale to Corvane')).toBe('approved');
    expect(stageOf('EU approves $55 billion sale of Pellix to Corvane')).toBe('approved');
    // A deal that may need remedies is one a regulator is weighing; remedies for a plant are no deal's.
    expect(stageOf("Corvane says Pellix merger is 'complementary' but may require concessions")).toBe(
      'regulatory_review',
    );
    expect(stageOf('Corvane needs remedies for its Pellix plant')).toBeUndefined();
    // A company "now" part of another, past an adverb and an article, is the deal done.
    expect(
      stageOf('Corvane Secures $2.4 Billion Pellix Acquisition', 'Pellix is now officially a part of Corvane.'),
    ).toBe('completed');
    expect(stageOf('Pellix is now the biggest part of Corvane.')).toBeUndefined();
  });
});

describe('reading deal stages from headlines the rules were not written against', () => {
  it('prints the held-out accuracy, and stays well above chance', () => {
    const heldout = JSON.parse(
      fs.readFileSync(new URL('../fixtures/deal-events-heldout.json', import.meta.url), 'utf8'),
    ) as { events: { deal: string; stage: Stage; title: string }[] };
    const wrong = heldout.events.filter((e) => classifyStage(e.title)?.stage !== e.stage);
    const accuracy = 1 - wrong.length / heldout.events.length;
    console.log(
      `deal stages, held out: ${heldout.events.length - wrong.length}/${heldout.events.length} headlines right (${(accuracy * 100).toFixed(1)}%)${wrong.length ? `\n  misread:\n    ${wrong.map((e) => `"${e.title}" → ${classifyStage(e.title)?.stage ?? 'nothing'}, labelled ${e.stage}`).join('\n    ')}` : ''}`,
    );
    // Nine stages: chance is about 11%. The bar is set below the measured figure, not tuned to it.
    expect(accuracy).toBeGreaterThanOrEqual(0.75);
  });
});
