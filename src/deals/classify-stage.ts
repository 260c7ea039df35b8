import { readStage, type StageReading } from '../language/read-stage.ts';

export type { StageReading } from '../language/read-stage.ts';

/**
 * Reads the stage a report describes, from its headline first and the first two sentences of
 * its summary second. Returns null when it says nothing about the deal's progress (earnings, a
 * product launch, layoffs) or denies what it mentions ("denies being in talks").
 */
export function classifyStage(title: string, summary = ''): StageReading | null {
  for (const text of [
    title,
    summary
      .split(/(?<=[.!?])\s+/)
      .slice(0, 2)
      .join(' '),
  ]) {
    if (!text.trim()) continue;
    const r = readStage(text);
    if (r) return r;
  }
  return null;
}
