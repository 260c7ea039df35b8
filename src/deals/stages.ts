import type { Stage } from '../language/read-stage.ts';

export { STAGES, type Stage } from '../language/read-stage.ts';

export const STAGE_LABELS: Record<Stage, string> = {
  rumored: 'rumored',
  negotiating: 'negotiating',
  at_risk: 'at risk',
  agreed: 'agreed',
  regulatory_review: 'regulatory review',
  approved: 'approved',
  blocked: 'blocked',
  terminated: 'terminated',
  completed: 'completed',
};

/**
 * Whether the news may move a deal from `from` to `to`. The timeline is read in publication
 * order, and these rules keep late or stale reports from rewinding it:
 * - a completed deal stays completed (the timeline's one exception, an order to sell a party, is
 *   `unwound` in `deal-timeline.ts`);
 * - a terminated deal reopens only on explicit new talks or a new agreement, not on a rumour;
 * - a rumour never follows talks or anything later (a late rumour is old news);
 * - a blocked deal is not put "at risk" (a suit against the block, a doubt about an appeal);
 * - everything else may follow anything (talks can stall after an agreement, a block can be
 *   overturned on appeal).
 */
export function canMove(from: Stage | null, to: Stage): boolean {
  if (from === null) return true;
  if (from === to) return false;
  if (from === 'completed') return false;
  if (from === 'terminated') return to === 'negotiating' || to === 'agreed';
  if (to === 'rumored') return false;
  // A deal blocked is past any risk: a suit against the block or a doubt about an appeal keeps it
  // blocked ("US Steel sues Biden administration for blocking its sale to Nippon").
  if (from === 'blocked' && to === 'at_risk') return false;
  return true;
}
