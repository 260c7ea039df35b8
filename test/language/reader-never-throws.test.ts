import { describe, expect, it } from 'vitest';
import { classifyStage } from '../../src/deals/classify-stage.ts';
import { DEAL_NOUN, HOLDERS, LEXICON, REGULATOR } from '../../src/language/deal-words.ts';
import { developmentOf, readerFailures, readStageForm } from '../../src/language/read-stage.ts';

/**
 * The reader runs inside every poll (grouping asks it for each headline's development, the deal
 * book for each report's stage): a headline it throws on would fail the poll of every feed that
 * carries it, again at each retry. Its rules look words ahead and behind, so the risk is a rule
 * reading past either end. Headlines of random deal words, particles and punctuation, at every
 * length and casing, must never throw (a seeded generator, so a failure reproduces).
 */
describe('the deal reader on arbitrary headlines', () => {
  it('never throws, whatever the words, their order, their casing or their punctuation', () => {
    let seed = 20261206;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const vocab = [
      ...LEXICON,
      ...DEAL_NOUN,
      ...REGULATOR,
      ...HOLDERS,
      ...['Acme', 'Globex', 'to', 'by', 'with', 'of', 'for', 'in', 'on', 'and', ',', ':', '-', "'s", 'not', 'no'],
      ...['longer', 'will', 'would', 'could', 'has', 'been', 'be', 'is', 'was', '$', '4.2', 'billion', 'bln', 'pct'],
      ...['51', 'the', 'its', 'after', 'since', 'as', 'sources', 'say', 'said', 'it', 'off', 'up', 'over', 'away'],
      ...['?', '.', '"', 'Run:ai', 'co-finance', 'tie-up', 'S-4', 'U.S.', 'union', 'officially', 'superior', 'SALE'],
    ];
    const failures: string[] = [];
    for (let n = 0; n < 3000; n++) {
      let title = Array.from({ length: 1 + Math.floor(rnd() * 14) }, () => pick(vocab)).join(' ');
      if (rnd() < 0.2) title = title.toUpperCase();
      else if (rnd() < 0.25) title = title.replace(/\b\w/g, (c) => c.toUpperCase());
      const summary = rnd() < 0.3 ? `${Array.from({ length: 10 }, () => pick(vocab)).join(' ')}.` : '';
      try {
        classifyStage(title, summary);
        developmentOf(title);
      } catch (e) {
        failures.push(`${JSON.stringify(title)}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
    expect(readerFailures.count).toBe(0);
  });

  it('reads a text it fails on as saying nothing, and counts it, instead of failing the poll', () => {
    const before = readerFailures.count;
    // (No headline is known to fail it, so a text that is no string stands in for one.)
    const broken = {
      replace: () => {
        throw new Error('boom');
      },
    } as unknown as string;
    expect(readStageForm(broken)).toBeNull();
    expect(readerFailures.count).toBe(before + 1);
    expect(readerFailures.lastError).toBe('boom');
  });
});
