import { classifyStage, type StageReading } from './classify-stage.ts';
import { canMove, type Stage } from './stages.ts';

/** One report about a deal, as the timeline needs it (a story, or one outlet's item). */
export interface DealEvidence {
  id: string;
  /** The story the report belongs to (default: `id`); one story may hold several developments. */
  storyId?: string;
  /** Publication time (ms): the timeline is read in this order, not arrival order. */
  publishedAt: number;
  headline: string;
  summary: string;
  sources: { n: number; outlet: string; url: string | null }[];
  /** Already read (per outlet, by deal-book); when absent, the headline and summary are read. */
  reading?: StageReading | null;
}

export interface TimelineEntry extends StageReading {
  date: number;
  headline: string;
  evidenceId: string;
  storyId: string;
  sources: DealEvidence['sources'];
  /** Whether this report moved the deal's stage (false: it confirmed it, or came too late). */
  moved: boolean;
}

export interface DealState {
  stage: Stage | null;
  since: number | null;
  /** The entry that set the current stage: the phrase and sources behind it. */
  why: TimelineEntry | null;
  entries: TimelineEntry[];
}

/**
 * Reads a deal's stage from its evidence in publication order: each report that says
 * something about the deal becomes a timeline entry, and moves the stage when the rules in
 * `canMove` allow (a late rumour does not undo a completed deal).
 */
/** Stages at which a rival's bid is a risk to the deal, not more of its talks. */
const RIVALLED = new Set<Stage>(['agreed', 'regulatory_review', 'approved']);

/** What a bid is called in the phrase that read it: "offer", "tender", "bid". */
const BID_PHRASE = /\b(?:offers?|tender|bids?)\b/iu;

/**
 * Stages that end a deal: never reached on the word of a reading about a buyer the deal does not
 * name (another buyer's purchase completed completes no deal of this one's: "Lloyds seizes control
 * of Telegraph owner's holding company" for RedBird IMI / Telegraph).
 */
const ENDINGS = new Set<Stage>(['terminated', 'blocked', 'completed']);
/** Stages a deal reaches once agreed, which a forecast of the agreement does not take back. */
const AGREED_ON = new Set<Stage>(['agreed', 'regulatory_review', 'approved']);
/** How soon after its agreement a deal read as completed may only have been said to be: a week. */
const SAID_DONE_AT_ONCE_MS = 7 * 86_400_000;
const DAY_MS = 86_400_000;

export function buildTimeline(evidence: DealEvidence[]): DealState {
  const sorted = [...evidence].sort((a, b) => a.publishedAt - b.publishedAt || a.id.localeCompare(b.id));
  const state: DealState = { stage: null, since: null, why: null, entries: [] };
  let firstAgreedAt: number | null = null;
  const readings = sorted.map((e) => (e.reading !== undefined ? e.reading : classifyStage(e.headline, e.summary)));
  // (A completion read within days of the agreement, where that day's other reports read the
  // agreement: outlets write "Amazon has acquired iRobot" of a deal announced, pending approvals.)
  // (Counted from the agreement on: "Adobe just acquired Figma", written two days after it.)
  const outvoted = (k: number, since: number): boolean => {
    const at = sorted[k]!.publishedAt;
    let done = 0;
    let agreed = 0;
    sorted.forEach((e, j) => {
      if (e.publishedAt < Math.min(since, at - DAY_MS) || e.publishedAt > at + DAY_MS) return;
      if (readings[j]?.stage === 'completed') done++;
      if (readings[j]?.stage === 'agreed') agreed++;
    });
    return agreed > done;
  };
  for (const [k, e] of sorted.entries()) {
    const read = readings[k];
    if (!read) continue;
    // (A deal blocked whose buyer sells the party it bought is undone: "Illumina to Divest
    // MCED Test Provider GRAIL: FTC" after the EU's block; see `sellsParty`.)
    // (Only once blocked: a buyer's later sale of a company it was free to keep is another deal, "eBay
    // sells majority of Skype to investor group" four years on.)
    const soldBack = !!read.sellsParty && state.stage === 'blocked';
    // (A rival's bid puts a deal agreed at risk, and keeps one at risk there; before that it is
    // competition in the talks.)
    const reading = soldBack
      ? { ...read, stage: 'terminated' as Stage }
      : read.rivalBid && (RIVALLED.has(state.stage ?? 'rumored') || state.stage === 'at_risk')
        ? { ...read, stage: 'at_risk' as Stage }
        : read;
    // (A deal that has ended reopens, and a live deal ends, only on news whose buyer is one of its
    // parties: see `otherBuyer`; nor does a part of a party bought reopen it: `partOnly`.)
    // (Nor does a bid of its own rewind a deal agreed: "Vertex Commences Tender Offer for All Outstanding
    // Shares of Alpine" carries the agreement out; a rival's is `rivalBid`, another buyer's `otherBuyer`.)
    const ownBid =
      reading.stage === 'negotiating' &&
      RIVALLED.has(state.stage ?? 'rumored') &&
      !reading.otherBuyer &&
      !reading.rivalBid &&
      BID_PHRASE.test(reading.phrase);
    // (A completion that names every party ends an ended deal too: one revived and done.)
    const revived = state.stage === 'terminated' && reading.stage === 'completed' && !!reading.doneByParties;
    // (And a completed deal a regulator orders sold is blocked: "UK orders Meta to sell Giphy".)
    const undone = state.stage === 'completed' && reading.stage === 'blocked' && !!reading.unwound;
    // (A completion by tender acceptances waits on regulators where the offer is conditional on them:
    // their review or block still moves the deal, and its approval and closing after that. "ADNOC
    // takeover offer for Covestro is successful", then "EU opens foreign subsidies investigation into
    // ADNOC's acquisition of Covestro" eight months on. Not an approval alone: the holders' acceptance
    // told again reads as one.)
    const awaitingClearance =
      state.stage === 'completed' &&
      !!state.why?.tendered &&
      (reading.stage === 'regulatory_review' || reading.stage === 'blocked') &&
      !reading.otherBuyer;
    // (A deal read as completed within days of its agreement, and later called off by its parties,
    // was never completed: outlets write "Amazon has acquired iRobot" of the agreement announced.)
    const quickDone =
      state.stage === 'completed' && firstAgreedAt !== null && state.since! - firstAgreedAt < SAID_DONE_AT_ONCE_MS;
    const calledOff = quickDone && reading.stage === 'terminated' && !!reading.endedByParties;
    const saidAtOnce =
      reading.stage === 'completed' &&
      firstAgreedAt !== null &&
      e.publishedAt - firstAgreedAt < SAID_DONE_AT_ONCE_MS &&
      outvoted(k, firstAgreedAt);
    // (A deal agreed is not taken back to talks by a report that only foresees the agreement: "Adobe
    // set to acquire Figma", "nears deal", written after it was made.)
    const foreseen =
      reading.stage === 'negotiating' &&
      !!reading.hedged &&
      AGREED_ON.has(state.stage ?? 'rumored') &&
      !reading.otherBuyer;
    // (Nor does the agreement told again take back a review or an approval: "Kroger, Albertsons to sell
    // 413 stores to C&S in connection with the proposed merger" is not the deal agreed anew.)
    const retold = reading.stage === 'agreed' && (state.stage === 'regulatory_review' || state.stage === 'approved');
    const moved =
      !ownBid &&
      !saidAtOnce &&
      !foreseen &&
      !retold &&
      (canMove(state.stage, reading.stage) || revived || undone || calledOff || soldBack || awaitingClearance) &&
      !(reading.otherBuyer && (state.stage === null || state.stage === 'terminated' || ENDINGS.has(reading.stage))) &&
      !(reading.partOnly && state.stage === 'terminated');
    const entry: TimelineEntry = {
      ...reading,
      date: e.publishedAt,
      headline: e.headline,
      evidenceId: e.id,
      storyId: e.storyId ?? e.id,
      sources: e.sources,
      moved,
    };
    state.entries.push(entry);
    if (moved) {
      if (reading.stage === 'agreed' && firstAgreedAt === null) firstAgreedAt = e.publishedAt;
      state.stage = reading.stage;
      state.since = e.publishedAt;
      state.why = entry;
    }
  }
  return state;
}
