import { DESCRIBES_FIRM, OBJECT, PART_SOLD, STATE_NAME } from '../language/deal-words.ts';
import { sentences } from '../language/sentences.ts';
import { sentenceCased } from '../language/title-case.ts';
import { undotInitials } from '../topics/tokenize.ts';
import type { DealParty, DealSpec } from '../store/schema.ts';
import type { ReadParties, StageReading } from '../language/stage.ts';

export type { DealParty, DealSpec } from '../store/schema.ts';

export function parseDealSpec(json: string | null | undefined): DealSpec | undefined {
  if (!json) return undefined;
  const d = JSON.parse(json) as DealSpec;
  return d.parties?.length >= 2 ? d : undefined;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole-word, case-insensitive: "Arm" is not "army", "Wiz" is not "wizard". (An apostrophe before a
 * name's last s is the same name, written either way: "Albertson's" is "Albertsons", "McDonalds"
 * "McDonald's".)
 */
function mentions(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${namePattern(name)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
/** A text without its accents, as the topic's query reads it ("Nestlé" is "Nestle"). */
const unaccented = (t: string) => (/[^\x00-\x7f]/u.test(t) ? t.normalize('NFKD').replace(/\p{M}+/gu, '') : t);
const namePattern = (name: string) =>
  escapeRe(name)
    .replace(/['’]s$/u, "['’]?s")
    .replace(/(?<=\p{L}{3})s$/u, "['’]?s");

/**
 * The merged company named as one word of two parties' names ("LafargeHolcim", "ExxonMobil",
 * "KraftHeinz") written as the two: it names both.
 */
export function unmerged(deal: Pick<DealSpec, 'parties'>, text: string): string {
  const m = mergedNames(deal);
  if (!m) return text;
  // (Two names of one party run together are no merger: "AlphabetGoogle" stays as written.)
  return text.replace(m.re, (all: string, x: string, y: string) =>
    m.party.get(x.toLowerCase()) !== m.party.get(y.toLowerCase()) ? `${x} ${y}` : all,
  );
}

/** A deal's one-word names, each with its party, as one pattern of two names run together (cached per deal). */
const mergedCache = new Map<string, { re: RegExp; party: Map<string, number> } | null>();
function mergedNames(deal: Pick<DealSpec, 'parties'>): { re: RegExp; party: Map<string, number> } | null {
  const names = deal.parties.map((p) => [p.name, ...p.aliases].filter((n) => /^[\p{L}\p{N}]+$/u.test(n)));
  const key = JSON.stringify(names);
  const hit = mergedCache.get(key);
  if (hit !== undefined) return hit;
  const party = new Map(names.flatMap((ns, i) => ns.map((n) => [n.toLowerCase(), i] as const)));
  const any = [...party.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
  const made =
    names.filter((ns) => ns.length).length >= 2
      ? { re: new RegExp(`(?<![\\p{L}\\p{N}])(${any})(${any})(?![\\p{L}\\p{N}])`, 'giu'), party }
      : null;
  if (mergedCache.size > 1000) mergedCache.clear();
  mergedCache.set(key, made);
  return made;
}

/**
 * A story is evidence about a deal when it mentions two or more of its parties (by any
 * name), or the deal's own name ("the Adobe / Figma deal").
 */
export function isEvidence(deal: DealSpec, dealName: string, raw: string): boolean {
  // (Initials are read as the topic's query reads them: "U.S. Steel" is "US Steel".)
  // (And accents as it reads them: "Křetínský" is "Kretinsky".)
  const text = unaccented(undotInitials(unmerged(deal, raw)));
  const named = deal.parties.filter((p) =>
    [p.name, ...p.aliases].some((n) => mentions(text, unaccented(undotInitials(n)))),
  ).length;
  return named >= 2 || (dealName.length > 3 && mentions(text, dealName));
}

/**
 * Whether a reading may be about this deal: a transaction done to a name that is none of its
 * parties, or done by one, is another deal, however often the parties are named around it
 * ("Corvane to acquire Brandtek, a Pellix competitor" and "Corvane rival Brandtek buys Pellix" say
 * nothing of a Corvane / Pellix deal). A reading that names no one ("buys the company", a
 * headline in capitals) may be.
 */
export function aboutDeal(
  deal: DealSpec,
  reading: { object?: string; subject?: string; sale?: true; pair?: true; stage?: string },
  text = '',
): boolean {
  // A pair that merges is the deal only when both are its parties (either may be written as the end
  // of a party's name, its shared first word said once: "Foodstuffs North Island and South Island").
  if (reading.pair) {
    const side = (name = '') =>
      namesParty(deal, name) ||
      deal.parties.some((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase().endsWith(` ${name.toLowerCase()}`)));
    // (A pair that ends a merger, where the text names every party, is another pair's: "Pellix,
    // Brandtek end merger, paving way for Corvane deal" for Corvane / Pellix. Where it does not, the
    // partner may be the other party under a name the deal does not know, as before the pair was
    // read: "Avangrid and PNM Resources terminate merger" for Iberdrola / PNM.)
    if (reading.stage === 'terminated' && !namesEvery(deal, text)) return true;
    return side(reading.subject) && side(reading.object);
  }
  // A sale is the deal's when its buyer or what is sold is a party: what a party sells to someone
  // else is another deal ("Synopsys sells processor IP business to GlobalFoundries" is no news of
  // Synopsys / Ansys; "Acme sells its cloud unit to Globex" is Acme / Globex news).
  // (What a party owns is not the party: "Occidental sells Anadarko's African assets to Total" is no
  // news of Occidental / Anadarko, though the assets were Anadarko's.)
  if (reading.sale) {
    // (Nor is a part of it named after "of": "sold the Jacobsen turf equipment unit of Kidde Inc".)
    const sold = reading.object?.replace(/^.*?['’]s\s+(?=\S)/u, '').replace(PART_OF, '$1');
    // (A party sold to a buyer that is none of the deal's parties, where the text names them all
    // and none of the others as the seller before it, is another buyer's deal: "P&G ends Pringles
    // sale to Diamond, agrees deal with Kellogg" for Kellogg; not "Corvane said it sold Pellix Inc
    // to Brandtek" for Corvane / Pellix.)
    const at = sold ? text.toLowerCase().indexOf(sold.toLowerCase()) : -1;
    const sellerParty =
      at > 0 &&
      deal.parties.some((p) => !namesParty({ parties: [p] }, sold) && namesParty({ parties: [p] }, text.slice(0, at)));
    if (reading.subject !== undefined && !namesParty(deal, reading.subject) && !sellerParty && namesEvery(deal, text))
      return false;
    return (
      (reading.subject !== undefined && namesParty(deal, reading.subject)) ||
      (sold !== undefined && namesParty(deal, sold))
    );
  }
  // (A company named by its relation to another is that company: "acquisition of Wright's rival
  // Mobius Imaging" buys Mobius, not Wright; "Pellix rival Brandtek" is Brandtek.)
  // (Sites or parts bought from a party, by the other, are this deal: "Novant Health to buy two North
  // Carolina hospitals from Community Health Systems" for Novant / Community Health.)
  const seller = /\bfrom\s+(.+)$/su.exec(text)?.[1];
  const buyerParties = reading.subject !== undefined ? partiesNamed(deal, reading.subject) : [];
  // (Or described in lower case where case tells names, no company named: "completes acquisition of
  // eastern European brewers from AB InBev" for Asahi / AB InBev.)
  const described = /\p{Ll}/u.test(text) && /^\p{Ll}/u.test(reading.object?.trim().split(/\s+/).pop() ?? '');
  const boughtFromParty =
    buyerParties.length === 1 &&
    seller !== undefined &&
    (partOf(reading.object) || COUNTED.test(`${reading.object ?? ''} `) || described) &&
    partiesNamed(deal, seller).some((k) => k !== buyerParties[0]);
  if (boughtFromParty) return true;
  if (referredBack(deal, reading, text) || listedWith(deal, reading.object, text)) return true;
  // (A deal named by its place names no company: "termination letter to Zee over India merger" is
  // the deal's where the text names both its parties.)
  const placeOnly =
    !!reading.object?.trim() &&
    reading.object
      .trim()
      .split(/\s+/u)
      .every((w) => STATE_NAME.has(w.toLowerCase()));
  if (placeOnly && namesEvery(deal, text)) return true;
  if (!namesParty(deal, reading.object?.replace(RELATED, ''))) return false;
  // A party that buys what bears its own name buys an affiliate, not the other party: "Avis Budget
  // completes acquisition of Avis Europe" is no news of Avis / Dollar Thrifty.
  if (reading.object !== undefined && reading.subject !== undefined) {
    const [bought, buyer] = [partiesNamed(deal, reading.object), partiesNamed(deal, reading.subject)];
    if (bought.length === 1 && buyer.length === 1 && bought[0] === buyer[0]) return false;
  }
  // Parts counted are assets, never the company, whoever buys them: "Novo Nordisk to buy three
  // Catalent plants from Novo Holdings" is no news of Novo Holdings / Catalent.
  // (So are things counted and not named: "buy 325 from Dollar Tree divestiture".)
  if (COUNTED.test(`${reading.object ?? ''} `) && (partOf(reading.object) || !/\p{Lu}/u.test(reading.object!)))
    return false;
  // A part of a party bought by someone else is another deal: "Disney agrees to buy Fox film and TV
  // assets" is no news of Fox / Sky (a party's own purchase of it is: "Corvane agrees to buy Pellix's
  // chip unit"), unless the text calls it a rival bid, the deal's own business contested ("Siemens
  // makes rival offer for Alstom's energy business" is news of GE / Alstom).
  if (
    reading.subject !== undefined &&
    !namesParty(deal, reading.subject) &&
    partOf(reading.object) &&
    !RIVAL.test(text)
  )
    return false;
  // A buyer who is none of the parties says another deal only where the text names every party
  // apart from it ("Corvane rival Brandtek buys Pellix"): where one is missing, the buyer may be it
  // under another name ("Alphabet has made an offer to acquire Fitbit" for Google / Fitbit).
  if (namesParty(deal, reading.subject)) return true;
  return !namesEvery(deal, text);
}

/**
 * A rival the news says lost or passed over, where the winner is none of the deal's parties and
 * what is won is the deal's own: the deal ended or at risk.
 */
function rivalOutcome<R extends { stage: string; phrase: string } & ReadParties>(
  deal: DealSpec,
  r: R,
  title: string,
): R | null {
  const rival = r.loser ?? r.passedOver;
  const won = r.loser ? r.stage === 'agreed' || r.stage === 'completed' : true;
  // (What is won may be the headline's subject, one that merges with the winner: "FIRST INTERSTATE
  // AGREES TO MERGE WITH FIRST BANK SYSTEM, REJECTING WELLS".)
  const said = title.toLowerCase().indexOf(r.phrase.toLowerCase());
  const prize = namesParty(deal, r.object) || (said > 0 && namesParty(deal, title.slice(0, said)));
  if (rival && won && namesParty(deal, rival) && !(r.subject !== undefined && namesParty(deal, r.subject)) && prize)
    return retold(r, { stage: r.loser ? 'terminated' : 'at_risk', subject: rival, object: r.object });
  return null;
}

/**
 * An offer or a suitor dropped "in favour of" another is the other's deal agreed: "UK's Spectris drops
 * Advent offer in favour of KKR" is KKR / Spectris going ahead (for Advent / Spectris it stays the end
 * the reader read). Only where the one favoured is a party of this deal that the one dropping is not.
 */
function favouredInstead<R extends { stage: string; phrase: string } & ReadParties>(
  deal: DealSpec,
  r: R,
  text: string,
): R | null {
  if (r.stage !== 'terminated' && r.stage !== 'at_risk') return null;
  const said = text.toLowerCase().indexOf(r.phrase.toLowerCase());
  const favoured = said < 0 ? undefined : FAVOURED.exec(text.slice(said + r.phrase.length))?.[1];
  if (favoured === undefined) return null;
  // (Who drops is the subject read, or what stands before the verb.)
  const before = r.subject ?? text.slice(0, said);
  const dropping = before.trim() ? partiesNamed(deal, before) : [];
  const chosen = partiesNamed(deal, favoured).filter((k) => !dropping.includes(k));
  // (The one dropped is none of this deal's: "drops Advent offer", not "drops KKR in favour of KKR's rival".)
  const dropped = r.object !== undefined && partiesNamed(deal, r.object).some((k) => chosen.includes(k));
  if (!chosen.length || dropped) return null;
  const { subject: _s, object: _o, ...rest } = retold(r, {}) as R & ReadParties;
  return { ...rest, stage: 'agreed', phrase: `${r.phrase} in favour of ${favoured}`.trim() } as R;
}

/** "in favour of KKR", "in favor of a rival bid from Globex": whom a choice goes to, to the clause's end. */
const FAVOURED = /^[^.;\n]{0,40}?\bin\s+favou?r\s+of\s+((?:[^,;.\n]|\.(?=\d))+)/iu;

/**
 * A bid by a company none of the deal's parties for one of them, where the text names the deal's
 * other party too, rival or not in words: "JetBlue makes all-cash offer to buy Spirit Airlines" over
 * "…and break up a plan for Spirit to merge with … Frontier" for Frontier / Spirit.
 */
function outsideBid(deal: DealSpec, r: { stage: string; phrase: string } & ReadParties, text: string): boolean {
  return (
    r.stage === 'negotiating' &&
    !r.talksWith &&
    r.subject !== undefined &&
    !namesParty(deal, r.subject) &&
    r.object !== undefined &&
    namesParty(deal, r.object) &&
    // (A part of a party is the deal's own business only where the text says it is contested:
    // "Comcast makes $65 billion cash bid for Fox assets, challenging Disney".)
    (!partOf(r.object) || RIVAL.test(text)) &&
    BID_WORD.test(r.phrase) &&
    namesEvery(deal, text)
  );
}

/**
 * A bid ended by a company none of the deal's parties (or by no one named), told with the way it
 * clears for one of them: the deal goes ahead, agreed — "Edgar Bronfman Jr has dropped a $6 billion
 * bid for Paramount, leaving the way clear for the Skydance offer" for Skydance / Paramount, as "the
 * way paved" by others is read elsewhere. (Not where the way is cleared for another's deal for a
 * party: "…, clearing the way for Brandtek's takeover of Pellix" for Corvane / Pellix.)
 */
function wayCleared<R extends { stage: string; phrase: string } & ReadParties>(
  deal: DealSpec,
  r: R,
  text: string,
  read: (title: string, summary?: string) => R | null,
): R | null {
  if (r.stage !== 'terminated' || (r.subject !== undefined && namesParty(deal, r.subject))) return null;
  const after = text.slice(Math.max(0, text.indexOf(r.phrase)));
  const tail = /,\s*((?:clearing|paving|leaving|opening)\s+(?:the\s+)?(?:way|path|door)\b[^,;\n]*)/iu
    .exec(after)?.[1]
    ?.replace(/\s+and\s+\p{Ll}+ing\b.*$|\.$/u, '');
  if (!tail || !namesParty(deal, tail)) return null;
  const hit = read(tail);
  if (hit && hit.object !== undefined && !aboutDeal(deal, hit, text)) return null;
  // (Whom the first clause named is the rival, no party of this deal's: the reading names whom the
  // way is cleared for, where the reader found them.)
  const { subject: _s, object: _o, ...rest } = retold(r, {}) as R & ReadParties;
  const kept = hit && aboutDeal(deal, hit, text) ? hit : undefined;
  return {
    ...rest,
    ...(kept?.subject !== undefined ? { subject: kept.subject } : {}),
    ...(kept?.object !== undefined ? { object: kept.object } : {}),
    stage: 'agreed',
    phrase: tail,
    hedged: false,
  } as unknown as R;
}

/**
 * What a report says of this deal, as `read` reads it (the deal book and the eval both ask here):
 * - a headline that names none of the parties ("Twinkies maker swallowed by Jif owner in $5.6
 *   billion deal", "Rare-disease drug wins approval") is read through its first sentences, which
 *   must name them ("J.M. Smucker said it would buy Hostess Brands");
 * - else its reading, when that is about the deal;
 * - else the headline's next clause, when its first is another deal's.
 */
export function readingAbout<R extends { stage: string; phrase: string } & ReadParties>(
  deal: DealSpec | undefined,
  title: string,
  summary: string,
  read: (title: string, summary?: string) => R | null,
): R | null {
  const r = readingAboutDeal(deal, title, summary, read);
  // A completion naming every party, by none but a party, is this deal done (see `doneByParties`).
  const done =
    !!deal &&
    r?.stage === 'completed' &&
    !(r as { otherBuyer?: true }).otherBuyer &&
    !(r as { partOnly?: true }).partOnly &&
    namesEvery(deal, `${unmerged(deal, title)} ${unmerged(deal, summary)}`);
  // A block that orders a party sold undoes the deal, done or not (see `unwound`).
  const unwound = !!deal && r?.stage === 'blocked' && !!r.sale && namesParty(deal, r.object ?? '');
  // (So is a termination: the deal called off — see `endedByParties`.)
  const ended =
    !!deal &&
    r?.stage === 'terminated' &&
    !(r as { hedged?: boolean }).hedged &&
    !(r as { otherBuyer?: true }).otherBuyer &&
    !(r as { partOnly?: true }).partOnly &&
    namesEvery(deal, `${unmerged(deal, title)} ${unmerged(deal, summary)}`);
  // (And a sale of one party by the other, no buyer named: see `sellsParty`.)
  const sellsParty = !!deal && !!r && sellsOther(deal, r, unmerged(deal, title));
  if (done) return { ...r, doneByParties: true };
  if (unwound) return { ...r, unwound: true };
  if (sellsParty) return { ...r, sellsParty: true };
  return ended ? { ...r, endedByParties: true } : r;
}

function readingAboutDeal<R extends { stage: string; phrase: string } & ReadParties>(
  deal: DealSpec | undefined,
  title: string,
  summary: string,
  read: (title: string, summary?: string) => R | null,
): R | null {
  if (deal) [title, summary] = [unmerged(deal, title), unmerged(deal, summary)];
  const read0 = read(title, summary);
  if (!read0 || !deal) return read0;
  // (On two lines: a headline's last name does not run on into the first sentence's first, "…battle
  // with Frontier" / "JetBlue Airways Corp. raised…" is no "Frontier JetBlue".)
  const text = `${title}\n${summary}`;
  // A buyer the headline describes by what it owns is the party the text names so: "Parent of Coach
  // will buy Versace owner Capri" over "Tapestry, parent company of … Coach, is buying…". (Or what
  // it buys: "Amazon to buy Roomba vacuum maker" over "…iRobot, the maker of the Roomba…".)
  const describe = (phrase: string | undefined) =>
    phrase !== undefined && !namesParty(deal, phrase) ? describedParty(deal, phrase, summary) : undefined;
  const [subject, object] = [describe(read0.subject), describe(read0.object)];
  const r = subject || object ? { ...read0, ...(subject ? { subject } : {}), ...(object ? { object } : {}) } : read0;
  // A headline that names none of the parties says nothing of this deal by itself ("Rare-disease
  // drug wins approval" over a summary about a product): its first sentences must.
  // (So is a first sentence read with no headline, a roundup's.)
  if (!title.trim() || !namesParty(deal, title)) {
    const lead = summary.trim() && namesParty(deal, summary) ? read('', summary) : null;
    // (A first sentence's rival outcome, as a headline's below: "Novo Nordisk made an unsolicited
    // offer for Metsera, topping Pfizer's earlier agreement" for Pfizer / Metsera.)
    const contest = lead && rivalOutcome(deal, lead, '');
    if (contest) return contest;
    const favoured = lead && favouredInstead(deal, lead, summary);
    if (favoured) return favoured;
    if (lead && outsideBid(deal, lead, text)) return retold(lead, { rivalBid: true });
    const cleared = lead && wayCleared(deal, lead, summary, read);
    if (cleared) return cleared;
    if (!lead || aboutDeal(deal, lead, text)) return lead && keptFor(deal, lead);
    // (A first sentence about another deal may set the scene for this one's in the next: "As
    // speculation about Google's talks with Groupon hits a fever pitch, the site did deals of its
    // own. Groupon said it has acquired Ludic Labs".)
    const next = sentences(summary).slice(1).join(' ');
    const after = namesParty(deal, next) ? read('', next) : null;
    return after && aboutDeal(deal, after, text) ? keptFor(deal, after) : null;
  }
  // A rival the news says lost has lost its deal: "Comcast beats Fox in auction for Sky" ends Fox /
  // Sky, "Pellix accepts Corvane's higher offer, dumping Brandtek" ends Brandtek / Pellix; a rival
  // passed over or topped is at risk ("accepts Disney's offer over Comcast bid", "Advent tops KKR
  // with £4.4bn counterbid for Spectris"). (Only where the winner is none of this deal's parties,
  // and what is won is the deal's own or unnamed.)
  const contest = rivalOutcome(deal, r, title);
  if (contest) return contest;
  const favoured = favouredInstead(deal, r, title);
  if (favoured) return favoured;
  const said = title.toLowerCase().indexOf(r.phrase.toLowerCase());
  // A party that approves its own deal is its board agreeing it: "EA approves $55 billion sale to
  // Saudi PIF, Silver Lake" (only a party's bare name before the verb: "EA shareholders approve" is
  // its holders' approval, "EU approves" a regulator's).
  if (r.stage === 'approved' && said > 0 && /^approv/iu.test(r.phrase) && isPartyName(deal, title.slice(0, said)))
    return retold(r, { stage: 'agreed' });
  // A rival bid is another bidder's, for the deal whose buyer it does not name: "UNION PACIFIC MAKES
  // RIVAL 3.2 BLN DLR BID FOR SANTA FE" for Burlington Northern / Santa Fe (a bidder none of its
  // parties, or none named while one of its parties goes unnamed). Marked `rivalBid`: the timeline
  // reads it as a risk to a deal agreed, as competition for one still in talks.
  if (
    r.stage === 'negotiating' &&
    RIVAL_BID.test(title) &&
    (r.subject !== undefined ? !namesParty(deal, r.subject) : !namesEvery(deal, title)) &&
    namesParty(deal, r.object ?? title)
  ) {
    return retold(r, { rivalBid: true });
  }
  // A bid that faces a rival's is at risk; for the rival named, it is its own bid, which the timeline
  // reads as competition: "Musgrave €57m bid for Londis faces rival BFG offer" for BFG / Londis.
  const faced = r.stage === 'at_risk' ? /\bfaces?\s+rival\s+(.+?)\s+(?:bid|offer|proposal)\b/iu.exec(r.phrase) : null;
  if (faced && namesParty(deal, faced[1])) return retold(r, { stage: 'negotiating', rivalBid: true });
  // Backing switched to another buyer leaves this deal's buyer without it: "Morrisons switches
  // backing to CD&R's £7bn offer" for Fortress / Morrisons.
  if (r.switched && r.subject !== undefined && !namesParty(deal, r.subject)) {
    return retold(r, { stage: 'at_risk' });
  }
  // Talks with a company none of the deal's parties, where the text names them all, are a risk to
  // the deal: "IRVING BANK IN MERGER TALKS WITH BANCA COMMERCIALE ITALIANA" over "…as an alternative
  // to the hostile offer from Bank of New York Co" for Bank of New York / Irving.
  if (r.talksWith && r.stage === 'negotiating' && !namesParty(deal, r.object) && namesEvery(deal, text)) {
    return retold(r, { stage: 'at_risk' });
  }
  // A party sold on by the deal's other party, to a buyer none of them, undoes the deal: "JD Sports
  // offloads Footasylum to Aurelius for £38m" (the regulator's order carried out).
  const soldOn =
    r.sale &&
    (r.stage === 'agreed' || r.stage === 'completed') &&
    r.subject !== undefined &&
    !namesParty(deal, r.subject) &&
    r.object !== undefined &&
    partiesNamed(deal, r.object).length === 1 &&
    !partOf(r.object);
  if (soldOn && said > 0) {
    const seller = partiesNamed(deal, title.slice(0, said));
    if (seller.length === 1 && !partiesNamed(deal, r.object!).includes(seller[0]!))
      return retold(r, { stage: 'terminated' });
  }
  // A party agreeing to be bought by another buyer, where the text names this deal's buyer too,
  // passes it over: "AMERICAN STANDARD AGREES TO 2.5 BLN DLR BUYOUT BY KELSO" over "…, topping Black
  // and Decker Corp's hostile bid" for Black and Decker / American Standard.
  if (
    r.stage === 'agreed' &&
    r.subject !== undefined &&
    !namesParty(deal, r.subject) &&
    r.object !== undefined &&
    partiesNamed(deal, r.object).length === 1 &&
    !partOf(r.object) &&
    namesEvery(deal, text)
  ) {
    return retold(r, { stage: 'at_risk' });
  }
  // What another's move does to this deal, said in a participle after a comma, is this deal's news:
  // "Asda and Tesco join race for Safeway, putting Morrisons deal in doubt" for Morrisons / Safeway
  // (a risk named on the deal by one of its parties; not where the first clause's buyer is a party).
  // (In capitals too: "…, ENDING J&J DEAL"; and a verb of its own, the subject understood: "MCI
  // ACCEPTS WORLDCOM OFFER, DROPS BT DEAL" for BT / MCI — in lower case where case tells names.)
  const effect = (/\p{Ll}/u.test(title) ? /,\s*(\p{Ll}+\b[^,;]*)$/u : /,\s*(\p{Lu}+\b[^,;]*)$/u).exec(title)?.[1];
  if (effect && !effect.includes(r.phrase) && !(r.subject !== undefined && namesParty(deal, r.subject))) {
    const hit = read(effect);
    const named = deal.parties.some((p) =>
      [p.name, ...p.aliases].some((n) =>
        new RegExp(`\\b${escapeRe(n)}(?:['’]s)?\\s+(?:\\S+\\s+){0,2}?${DEAL_WORD}`, 'iu').test(effect),
      ),
    );
    // (Or ends it: "GUIDANT ACCEPTS BOSTON SCIENTIFIC'S RAISED OFFER, ENDING J&J DEAL" for J&J / Guidant.)
    if ((hit?.stage === 'at_risk' || hit?.stage === 'terminated') && named) return retold(hit, {});
  }
  // (So is a bid by a company none of the deal's parties for one of them: `outsideBid`.)
  if (outsideBid(deal, r, text)) return retold(r, { rivalBid: true });
  // (And the way a rival's end clears for the deal: `wayCleared`.)
  const cleared = wayCleared(deal, r, title, read);
  if (cleared) return cleared;
  if (aboutDeal(deal, r, text)) return keptFor(deal, r);
  // A headline that describes what a party buys instead of naming it ("HP to Acquire Data Center
  // Consultants", "AMD to acquire server start-up") is this deal's when its first sentences name the
  // company in the same development ("…has agreed to buy EYP Mission Critical Facilities"). (Not
  // where the headline's object is a name its summary repeats: that is another company bought.)
  // (Unless the summary's object holds that name and the party both: what the party makes, "Mars to
  // acquire Cheez-It, Pringles-maker Kellanova" over "…would buy Cheez-It and Pringles maker Kellanova".)
  if (
    summary.trim() &&
    r.object !== undefined &&
    !namesParty(deal, r.object) &&
    (r.subject === undefined || namesParty(deal, r.subject))
  ) {
    const repeated = r.object
      .replace(DESCRIBED_BY, '')
      .split(/\s+/u)
      .filter((w) => /^\p{Lu}/u.test(w) && new RegExp(`(?<!\\p{L})${escapeRe(w)}(?!\\p{L})`, 'u').test(summary));
    const lead = read('', summary);
    const named = lead?.object !== undefined ? namesParty(deal, lead.object) : namesEvery(deal, summary);
    const makerOf =
      lead?.object !== undefined && namesParty(deal, lead.object) && repeated.every((w) => lead.object!.includes(w));
    if ((repeated.length === 0 || makerOf) && lead?.stage === r.stage && named && aboutDeal(deal, lead, text))
      return keptFor(deal, lead);
  }
  // A part of a business sold to no one the headline names may be sold to this deal's buyer, whom
  // the first sentence names ("Kraft to sell Duracell unit" over "…said it agreed to sell its
  // Duracell battery unit to Kohlberg Kravis Roberts").
  if (r.sale && r.subject === undefined && summary.trim()) {
    const lead = read('', summary);
    if (lead && aboutDeal(deal, lead, text)) return keptFor(deal, lead);
  }
  // A headline's next clause, after a comma or "and", may be this deal's: "Global Payments to sell
  // issuer business to FIS, buy Worldpay in $24 billion swap" (the sale is another deal).
  const at = title.indexOf(r.phrase);
  // (Or the clause before the one read, which the reader passed for the later: "AppLovin makes $17.5
  // billion bid for Unity, asks it to drop ironSource deal" is AppLovin / Unity news at "bid".)
  // (Found whatever its case, as `said` is: capitals are read in lower case.)
  const before = said > 0 ? /^(.*?)[,;]\s*[^,;]*$/su.exec(title.slice(0, said))?.[1] : undefined;
  if (before?.trim()) {
    const earlier = read(before);
    if (earlier && aboutDeal(deal, earlier, text)) return keptFor(deal, earlier);
  }
  const rest = at >= 0 ? title.slice(at + r.phrase.length) : '';
  const next = /^[^,;]*?(?:,|;|\band\b)\s*(.+)$/su.exec(rest)?.[1];
  if (next) {
    const again = read(next);
    if (again && aboutDeal(deal, again, text)) return keptFor(deal, again);
  }
  // (Or what the headline goes on to say without a comma, past another deal's words: "Arcelor
  // agrees to merge with Severstal to fend off Mittal" is Mittal / Arcelor news at "fend off".)
  let left = next ? '' : rest;
  for (let step = 0; step < 3 && left.trim(); step++) {
    const after = read(left.trim());
    if (!after) break;
    // (The rest of the same noun phrase is no new clause: "walks away from Anglo American sale talks".)
    if (/^\s*(?:talks?|deal|sale|merger|takeover|bid|offer)\b/iu.test(left) && left.trim().startsWith(after.phrase))
      break;
    // (Nor is what a clause of time tells, the background of another deal's news: "KPN to sell E-Plus
    // to Telefonica after America Movil backs deal" is no news of America Movil / KPN.)
    const upTo = left.indexOf(after.phrase);
    if (upTo >= 0 && TIME_CLAUSE.test(left.slice(0, upTo))) break;
    if (aboutDeal(deal, after, text)) return keptFor(deal, after);
    const k = left.indexOf(after.phrase);
    left = k >= 0 ? left.slice(k + after.phrase.length) : '';
  }
  return null;
}

/**
 * The names that only say where a firm is or who holds it, in a description of it: "South
 * Africa-based" in "South Africa-based firm" (the firm itself unnamed).
 */
const DESCRIBED_BY = new RegExp(String.raw`(?:\p{Lu}\S*\s+)*\S+-${DESCRIBES_FIRM.source.replace(/\$$/u, '')}\b`, 'gu');

/** What a company is called by what it owns or makes: "parent of Coach", "Coach owner". */
const OWNS = '(?:parent|owner|maker|group|company|firm|operator)';

/**
 * The party a description stands for, where the text names the party beside the same description:
 * "Parent of Coach" is Tapestry in "Tapestry, parent company of luxury handbag and accessories
 * retailer Coach, is buying…", and "Coach owner" is in "Coach owner Tapestry". The description
 * must hold a name (its own words alone, "the luxury group", name no one) and its noun of owning.
 */
function describedParty(deal: DealSpec, description: string, text: string): string | undefined {
  if (!new RegExp(`\\b${OWNS}s?\\b`, 'iu').test(description)) return undefined;
  const names = description
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && !new RegExp(`^${OWNS}s?$`, 'iu').test(w) && !/^(?:The|A|An|Of)$/u.test(w))
    .map((w) => escapeRe(w.replace(/['’]s$/u, '')));
  if (!names.length) return undefined;
  const held = names.join('|');
  for (const p of deal.parties) {
    for (const n of [p.name, ...p.aliases]) {
      const party = escapeRe(n);
      // "Tapestry, parent company of … Coach" (the apposition, up to its comma) or "Coach parent Tapestry".
      const after = new RegExp(
        `\\b${party},\\s+(?:the\\s+|a\\s+)?[^,;.]{0,20}?\\b${OWNS}\\b[^,;.]{0,80}?\\b(?:${held})\\b`,
        'u',
      );
      const before = new RegExp(`\\b(?:${held})\\s+${OWNS}\\s+${party}\\b`, 'u');
      if (after.test(text) || before.test(text)) return p.name;
    }
  }
  return undefined;
}

/**
 * A sale of one of a deal's parties by another, named before the verb, with no buyer named:
 * "Illumina to Divest MCED Test Provider GRAIL: FTC" (not a part of a party: "Acme to sell Globex unit").
 */
function sellsOther(deal: DealSpec, r: { stage: string; phrase: string } & ReadParties, title: string): boolean {
  if (!r.sale || (r.stage !== 'agreed' && r.stage !== 'completed') || r.subject !== undefined) return false;
  const said = title.toLowerCase().indexOf(r.phrase.toLowerCase());
  const sold = partiesNamed(deal, r.object ?? '');
  const seller = said > 0 ? partiesNamed(deal, title.slice(0, said)) : [];
  return sold.length === 1 && seller.length === 1 && seller[0] !== sold[0] && !partOf(r.object);
}

/** Whether a text names every one of a deal's parties (by any of its names). */
function namesEvery(deal: Pick<DealSpec, 'parties'>, text: string): boolean {
  return deal.parties.every((p) => namesParty({ parties: [p] }, text));
}

/**
 * A reading told again for a deal by `readingAbout`: what it says for this deal replaces what the
 * reader marked for any (the markers `otherBuyer`, `switched`, `talksWith` are consumed here).
 */
function retold<R extends object>(r: R, change: Partial<StageReading>): R {
  const {
    otherBuyer: _o,
    switched: _s,
    talksWith: _t,
    ...rest
  } = r as R & {
    otherBuyer?: true;
    switched?: true;
    talksWith?: true;
  };
  return { ...rest, ...change } as unknown as R;
}

/**
 * A reading kept for a deal, marked when the buyer it names is none of the deal's parties
 * (`StageReading.otherBuyer`), or when what is bought is only a part of a party (`partOnly`).
 */
function keptFor<R extends { subject?: string; object?: string; sale?: true; stage?: string; phrase?: string }>(
  deal: DealSpec,
  r: R,
): R {
  if (r.subject !== undefined && !r.sale && !namesParty(deal, r.subject)) return { ...r, otherBuyer: true };
  // (A bid the news calls a rival's, ended, is another bidder's: "…after Edgar Bronfman Jr. dropped
  // his competing bid" ends no deal of Skydance / Paramount.)
  if (r.stage === 'terminated' && RIVAL_BID.test(r.phrase ?? '')) return { ...r, otherBuyer: true };
  return !r.sale && partOf(r.object) ? { ...r, partOnly: true } : r;
}

/** A part of a business named before its owner: what follows "of" is the owner, not what is sold. */
const PART_OF =
  /\b((?:unit|division|business|arm|subsidiary|assets|operations|plant|factory|brand|portfolio|line)s?)\s+(?:of|from)\s.*$/iu;

/** Whether what is bought is a part of a business rather than the business: "Fox film and TV assets", "Globex's chip unit". */
const partOf = (object: string | undefined) => {
  const last = object?.replace(PRICE_AFTER, '').trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return PART_SOLD.has(last) || PART_SOLD.has(last.replace(/s$/, ''));
};
const PRICE_AFTER = /\s+(?:for|in|at)\s.*$/iu;
/** A number of things first: "three Catalent plants", "12 stores". */
/** (A share is no count: "100 percent of the West African banking assets of ICB".) */
const COUNTED =
  /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\s(?!(?:percent|per\s+cent|pc|pct)\b)/iu;
const RIVAL = /\b(?:rival|competing|counter-?(?:bid|offer)|tops|topping|outbids?|trumps?|challenging)\b/iu;
/** A bid the headline calls a rival's. */
/** (Or one that tops another's: "CACI makes unsolicited $7.2 billion bid for CSRA, topping General Dynamics".) */
const RIVAL_BID =
  /\b(?:rival|competing)\s+(?:\S+\s+){0,4}?(?:bid|offer|proposal)\b|\bcounter-?(?:bid|offer)\b|\b(?:bid|offer|proposal)\b[^,;]*,\s*(?:topping|trumping)\b/iu;

/** A bid or an offer named in a reading's phrase. */
const BID_WORD = /\b(?:bid|bids|bidding|offer|offers|offering|offered|proposal|tender)\b/iu;

/** The deal's parties a phrase names (by index). */
function partiesNamed(deal: Pick<DealSpec, 'parties'>, phrase: string): number[] {
  return deal.parties.flatMap((p, k) => (namesParty({ parties: [p] }, phrase) ? [k] : []));
}

/** Whether a phrase is one of the deal's parties by one of its names exactly, and nothing else. */
function isPartyName(deal: Pick<DealSpec, 'parties'>, phrase: string): boolean {
  const said = phrase.trim().toLowerCase();
  return deal.parties.some((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase() === said));
}

/** Whether a phrase of a reading names one of the deal's parties; a reading without it may be about any. */
function namesParty(deal: Pick<DealSpec, 'parties'>, phrase: string | undefined): boolean {
  if (!phrase) return true;
  // A name's first word is the name in most headlines: "Activision" for "Activision Blizzard",
  // "Hewlett" for "Hewlett Packard Enterprise". (Kept generous: a reading wrongly kept is what the
  // bot did before; one wrongly dropped is a stage missed.)
  // (And its initials dotted or not: "U.S. Steel" is "US Steel".)
  // (And without an apostrophe's s that the tagger may have split off: "Macy's" is "Macy".)
  const undotted = (t: string) =>
    unaccented(t)
      .replace(/\./g, '')
      .replace(/['’]s$/, '');
  const names = (p: DealParty) => [p.name, ...p.aliases].flatMap((n) => [n, ...firstWord(n)]).map(undotted);
  const words = new Set(deal.parties.flatMap((p) => names(p).flatMap((n) => n.toLowerCase().split(/\s+/))));
  // (A headline in title case capitalizes the words around a name as if they were the name's: "US
  // Federal Judge Blocks JetBlue and Spirit Merger" names JetBlue and Spirit, as the reader reads it.)
  const text = undotted(sentenceCased(phrase));
  return deal.parties.some((p) => names(p).some((n) => n && mentionsAsParty(text, n, names(p), words)));
}

/**
 * `mentions`, but not where the name goes on into another company's: a party written in full as
 * "Southwest Airlines" is not "Southwest Gas", nor "United Airlines" "United Technologies", nor
 * "Virgin America" "Virgin Media" — the deal's own longer name says which company the short one
 * stands for. (A party with no longer name keeps every match: "Google Cloud" is Google's.)
 */
function mentionsAsParty(text: string, name: string, all: string[], partyWords = new Set<string>()): boolean {
  // (A longer name that only adds a legal suffix, "Microsoft Corp", says nothing of which company.)
  const longer = all.filter(
    (n) =>
      n.toLowerCase().startsWith(`${name.toLowerCase()} `) &&
      !SUFFIX.test(n.slice(name.length).trim().split(/\s+/)[0]!),
  );
  if (!longer.length) return mentions(text, name);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])([^\\S\\n]+[\\p{L}&'’.-]+)?`, 'giu');
  for (const m of text.matchAll(re)) {
    // (Nor where another name's first word stands before it: "Tribune Media" is not "Media General";
    // only where case tells names, and not a word of the deal's own names: "Keurig Dr Pepper".)
    const before = /(?:^|\s)(\p{Lu}[\p{L}&.-]*)[^\S\n]+$/u.exec(text.slice(0, m.index))?.[1];
    // (A compound that says where it is based is no name: "U.S.-based Market News".)
    const describes = !!before && DESCRIBES_FIRM.test(before.toLowerCase());
    if (before && /\p{Ll}/u.test(before) && /\p{Ll}/u.test(text) && !partyWords.has(before.toLowerCase()) && !describes)
      continue;
    const next = m[1]?.trim();
    // (A word in lower case, a company's suffix or the longer name's own next word is still the party.)
    if (!next || !/^\p{Lu}/u.test(next) || SUFFIX.test(next)) return true;
    const with_ = `${name} ${next}`.toLowerCase();
    if (longer.some((n) => n.toLowerCase() === with_ || n.toLowerCase().startsWith(`${with_} `))) return true;
  }
  return false;
}

/** A company described by its relation to a named one, before its own name: "Wright's rival", "a Pellix competitor". */
/** A deal named by one of its parties: "Morrisons deal", "Globex's $5bn takeover". */
const DEAL_WORD = '(?:deal|bid|merger|offer|takeover|acquisition|buyout)\\b';
/** A clause of time: what follows is background to the news before it. */
const TIME_CLAUSE = /\b(?:after|amid|following|despite|before|while|since|because|until)\b/iu;
/** What a company is called when the text has named it already: "the Canadian software company". */
const FIRM_HEAD = new Set(
  [...OBJECT].filter((w) => !PART_SOLD.has(w) && !['share', 'rival', 'parent', 'owner', 'platform'].includes(w)),
);

/**
 * A company the buyer buys, named only by a description that refers back to it: "Softchoice's
 * shares surged after the Canadian software company agreed to be bought by World Wide Technology"
 * (the description is definite, the buyer a party, the other party named in the text).
 */
function referredBack(deal: DealSpec, reading: { object?: string; subject?: string }, text: string): boolean {
  // (Its price and article aside: "the Dublin-based company for $27.8 billion in cash".)
  const object = reading.object
    ?.replace(PRICE_AFTER, '')
    .replace(/^the\s+/iu, '')
    .trim();
  if (!object || !reading.subject) return false;
  const words = object.split(/\s+/u);
  // (Capitals only for where it is from, a name's adjective — "Canadian", "Japanese", "British",
  // "Dutch", "Israeli" —, never a name: "the Brandtek software company" is another.)
  // (Or a place compound: "the Dublin-based company".)
  const place = (w: string) => /-/u.test(w) && DESCRIBES_FIRM.test(w.split('-').pop()!.toLowerCase());
  if (words.some((w) => /^\p{Lu}/u.test(w) && !/(?:an|ese|ish|ch|i)$/u.test(w) && !place(w))) return false;
  const head = words.pop()!;
  if (!FIRM_HEAD.has(head) && !/.maker$/u.test(head)) return false;
  if (!new RegExp(`\\bthe\\s+${escapeRe(object)}\\b`, 'iu').test(text)) return false;
  const buyer = partiesNamed(deal, reading.subject);
  return buyer.length === 1 && partiesNamed(deal, text).some((k) => k !== buyer[0]);
}

/**
 * A party listed right after what is bought, both bought together: "acquisition of ACC, Ambuja
 * Cements by Adani Group" (up to whatever says who buys or sells).
 */
function listedWith(deal: DealSpec, object: string | undefined, text: string): boolean {
  const at = object ? text.indexOf(object) : -1;
  // (Only where case tells names: "BRANDTEK, PELLIX SAYS" could be anything.)
  if (at < 0 || !/\p{Ll}/u.test(text)) return false;
  const next = /^\s*(?:,|and\b|&)\s*([^,;]+)/u.exec(text.slice(at + object!.length))?.[1];
  const item = next?.split(/\s+(?:by|from|for|to|in|at)\s+/u)[0]!.trim();
  // (The party alone, its name going on in capitals or its suffix at most: "Brandtek, a Pellix
  // competitor" describes Brandtek, "Brandtek, Pellix says" is Pellix speaking.)
  return (
    !!item &&
    deal.parties.some((p) =>
      [p.name, ...p.aliases].some((n) => {
        const rest = item.toLowerCase().startsWith(n.toLowerCase()) ? item.slice(n.length).trim() : undefined;
        return rest !== undefined && (rest === '' || SUFFIX.test(rest) || NAME_GOES_ON.test(rest));
      }),
    )
  );
}

const RELATED = /^.*?\b(?:rival|competitor|peer|partner|supplier|customer|client)s?\s+(?=\p{Lu})/u;

/** The rest of a name written longer than the party's: "Ambuja Cements" for "Ambuja". */
const NAME_GOES_ON = /^(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s*)+$/u;

/** A company's legal suffix after its name: "Southwest Inc", "United Corp". */
const SUFFIX =
  /^(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|lp|ag|sa|se|nv|group|holdings?|'s|’s)\.?$/iu;

const firstWord = (name: string): string[] => {
  const [first, ...rest] = name.split(/\s+/);
  return rest.length && first && first.length >= 3 && !/^(?:the|new|first|united|general|american)$/i.test(first)
    ? [first]
    : [];
};

/** The topic query a tracked deal gets: any two of its parties, each by any of its names. */
export function dealQuery(deal: DealSpec): string {
  const party = (p: DealParty) => {
    const names = [p.name, ...p.aliases].map((n) => `"${n.replace(/"/g, '')}"`);
    return names.length > 1 ? `(${names.join(' OR ')})` : names[0]!;
  };
  const pairs: string[] = [];
  for (let i = 0; i < deal.parties.length; i++)
    for (let j = i + 1; j < deal.parties.length; j++)
      pairs.push(`${party(deal.parties[i]!)} AND ${party(deal.parties[j]!)}`);
  return pairs.length === 1 ? pairs[0]! : pairs.map((p) => `(${p})`).join(' OR ');
}
