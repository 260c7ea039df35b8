/**
 * Where a deal stands (ARCHITECTURE: deal stages). Defined here, with the reader of the
 * language that states them, so that both `deals/` (the timeline) and `stories/` (one story
 * per development) can use it without depending on each other.
 */
export const STAGES = [
  'rumored',
  'negotiating',
  'at_risk',
  'agreed',
  'regulatory_review',
  'approved',
  'blocked',
  'terminated',
  'completed',
] as const;
export type Stage = (typeof STAGES)[number];

/** What one report says about a deal's stage, and the words that say it. */
export interface StageReading {
  stage: Stage;
  /** The words that decided it, as written in the text. */
  phrase: string;
  /** "said to", "reportedly", "may": the report does not claim it as fact. */
  hedged: boolean;
  /**
   * Whom the transaction is done to, as written, when the text names it (a name, in a text whose
   * case tells names): "Brandtek" in "Corvane to acquire Brandtek, a Pellix competitor". A deal
   * whose parties it does not name is not the one this reading is about.
   */
  object?: string;
  /** Who does it, where a buying verb names the buyer just before it: "Brandtek" in "Corvane rival
   * Brandtek buys Pellix" (with what stands before it in one name: "Corvane rival Brandtek"). */
  subject?: string;
  /** The transaction is a sale: `object` is what is sold (maybe the seller's own business) and
   * `subject` the buyer named after "to" ("sells processor IP business to GlobalFoundries"). */
  sale?: true;
  /** Set by `deals/deal.ts` for one deal: the buyer named is none of its parties, and the reading is
   * kept only because the text leaves a party unnamed (it may be that party under another name:
   * "Alphabet" for Google). Such a reading never reopens a deal that has ended (after a deal
   * collapses its target is often bought by someone else: "Nexstar agrees to buy Tribune Media"),
   * nor ends one (a party's dealings with others: "Unisplendour scraps Western Digital investment"). */
  otherBuyer?: true;
  /** A rival the news says lost: beaten to the deal or dropped ("Comcast beats Fox in auction for
   * Sky", "…, dumping Brandtek"). Its own deal with the prize has ended (`deals/deal.ts`). */
  loser?: string;
  /** A rival bid the news passes over ("… accepts Disney's offer over Comcast bid"): its deal is at risk. */
  passedOver?: string;
  /** Set by `deals/deal.ts` for one deal: what is bought is a part of a party ("E.ON buys Endesa
   * assets"), not the party. Such a reading never reopens a deal that has ended. */
  partOnly?: true;
  /** Set by `deals/deal.ts` for one deal: another bidder's rival bid for its target. The timeline
   * reads it as a risk to the deal once agreed, as competition while it is in talks. */
  rivalBid?: true;
  /** Set by `deals/deal.ts` for one deal: a completion whose text names every party of the deal,
   * by a buyer none other than a party's. It may end a deal that had ended: one revived and done
   * ("Newcastle takeover completed as PIF-led consortium buys club" after the bid was withdrawn). */
  doneByParties?: true;
  /** A termination naming every party, by none but a party: the deal called off, whatever was said of
   * it before ("Amazon Scraps iRobot Vacuum Maker Buyout After EU Objections"). */
  endedByParties?: true;
  /** Set by `deals/deal.ts` for one deal: a block that orders a party of it sold ("UK orders Meta to
   * sell Giphy"). It may undo a deal already completed, which no other news reopens. */
  unwound?: true;
  /** Set by `deals/deal.ts` for one deal: a party selling the other, no buyer named ("Illumina to
   * Divest MCED Test Provider GRAIL: FTC"). Once the deal is done or blocked, its buyer selling the
   * party it bought undoes it; before, it is a seller's deal agreed. */
  sellsParty?: true;
  /** `subject` and `object` are a pair that merges ("Martin Marietta and Lockheed to merge"): the
   * reading is about a deal only when both are its parties. */
  pair?: true;
  /** The target's backing moved to this reading's buyer ("switches backing to CD&R's offer"): any
   * other buyer's deal with it is passed over, named or not. */
  switched?: true;
  /** `object` is the other side of talks ("in merger talks with Banca Commerciale Italiana"): the
   * deal with it, and a risk to a deal of the one talking with anyone else (`deals/deal.ts`). */
  talksWith?: true;
  /** A completion read from a tender offer's acceptances ("reaches minimum acceptance threshold",
   * "offer … is successful"): control won from the holders, which in much of the world still waits on
   * regulators' clearances (a German or British offer's conditions). The timeline lets a regulator's
   * later review or block move it, and the approval and closing after that. */
  tendered?: true;
}

/**
 * The form of the words that decided a reading, where `classifyStage` weighs a headline against
 * its first sentence: a transaction verb's infinitive ("to buy", "will buy") or present ("buys"),
 * which headlines write for news their first sentence words more exactly, or an intent, a
 * governor's deal complement ("plans to sell", "weighs a bid").
 */
export type AnnouncedAs = 'infinitive' | 'present' | 'intent';

/** What one deal predicate says, as `resolve` reads it: the stage, and where its phrase starts and ends. */
export interface Resolved {
  stage: Stage;
  end: number;
  hedge?: boolean;
  start?: number;
  form?: AnnouncedAs;
  /** A completion by tender acceptances (`StageReading.tendered`). */
  tendered?: true;
}

/** What a reading says of who a transaction is between, read by `transaction-parties.ts` and kept or dropped for a deal by `deals/deal.ts`. */
export type ReadParties = Pick<
  StageReading,
  'object' | 'subject' | 'sale' | 'loser' | 'passedOver' | 'switched' | 'pair' | 'talksWith'
>;
