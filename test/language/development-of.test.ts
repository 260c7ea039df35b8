import { describe, expect, it } from 'vitest';
import { developmentOf, mayReportDeal } from '../../src/language/read-stage.ts';

/**
 * Grouping asks every headline for its development, and spares the language model the headlines
 * whose words could not be a deal's (`mayReportDeal`). The reader knows phrasal verbs whose words
 * are too common for that lexicon; a headline told with one had read as no development, so a
 * report of a completion could join the story of the approval before it.
 */
describe('the development a headline reports, for grouping', () => {
  it('is read through the phrasal verbs the reader knows', () => {
    expect(developmentOf('Corvane has taken over Pellix')).toBe('completed');
    expect(developmentOf('Corvane takes over Pellix')).toBe('agreed');
    expect(developmentOf('Corvane snaps up Pellix')).toBe('agreed');
    expect(developmentOf('Corvane gobbles up Pellix')).toBe('agreed');
    expect(developmentOf('Corvane walks away from Pellix')).toBe('terminated');
    expect(developmentOf('Corvane bows out of Pellix auction')).toBe('terminated');
    expect(developmentOf('Pellix goes private')).toBe('completed');
    expect(developmentOf('Corvane, Pellix talks fall apart')).toBe('terminated');
    // (Control taken is the purchase done: "Elon Musk takes control of Twitter, fires CEO".)
    expect(developmentOf('Corvane takes control of Pellix, fires CEO and others')).toBe('completed');
    expect(developmentOf('Corvane takes full control of Pellix')).toBe('completed');
  });

  it('still spares headlines with no deal word the language model', () => {
    expect(mayReportDeal('Corvane reports record quarterly profit')).toBe(false);
    expect(mayReportDeal('Heavy rain floods Pellix town centre')).toBe(false);
  });
});
