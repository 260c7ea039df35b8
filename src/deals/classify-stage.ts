import { readStage, type StageReading } from '../language/read-stage.ts';

export type { StageReading } from '../language/read-stage.ts';

/**
 * Reads the stage a report describes, from its headline first and the first two sentences of
 * its summary second. Returns null when it says nothing about the deal's progress (earnings, a
 * product launch, layoffs) or denies what it mentions ("denies being in talks").
 */
export function classifyStage(title: string, summary = ''): StageReading | null {
  const lead = summary
    .split(/(?<=[.!?])\s+/)
    .slice(0, 2)
    .join(' ');
  const headline = title.trim() ? readStage(title) : null;
  // A headline's present tense ("ACME BUYS GLOBEX UNIT", "Acme sells unit") is read as an
  // agreement announced, but wire copy writes a done deal that way too; when the story's first
  // sentence says it is done ("said it bought", "completed the sale"), the body's tense decides.
  if (headline?.stage === 'agreed' && PRESENT_VERB.test(headline.phrase) && lead.trim()) {
    const body = readStage(lead);
    if (body?.stage === 'completed') return body;
  }
  if (headline) return headline;
  return lead.trim() ? readStage(lead) : null;
}

/** A phrase that starts with a third-person present verb: "buys Globex", "SELLS UNIT". */
const PRESENT_VERB = /^(buys|sells|acquires|purchases|merges|takes over|snaps up)\b/i;
