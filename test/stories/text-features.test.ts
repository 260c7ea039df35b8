import { describe, expect, it } from 'vitest';
import { termsOf, withoutOutlet } from '../../src/stories/text-features.ts';

describe('what a headline says, without the outlet an aggregator appends', () => {
  it.each([
    ['Cisco to buy Splunk - Reuters', 'Cisco to buy Splunk'],
    ['Cisco to buy Splunk | Financial Times', 'Cisco to buy Splunk'],
    ['Cisco to buy Splunk — CNBC.com', 'Cisco to buy Splunk'],
    ['Cisco to buy Splunk - The Wall Street Journal', 'Cisco to buy Splunk'],
  ])('reads "%s" as "%s"', (title, headline) => {
    expect(withoutOutlet(title)).toBe(headline);
  });

  it("keeps a tail that is the headline's own: in lower case, a quotation, a question, or too long for a name", () => {
    for (const title of [
      'Microsoft buys Activision - what it means for gamers',
      "Lindsay Lohan Checks Into Betty Ford Rehab – Where She 'Knows Everyone'",
      'Acme Buys Globex - Is Initech Next?',
      'AMD Acquires SeaMicro – Big Bet on Architectural Shift for Servers',
      'A - B',
    ])
      expect(withoutOutlet(title)).toBe(title);
  });

  it('gives the outlet no weight as a term or a headline name', () => {
    const { tf, titleNames } = termsOf('Cisco to buy Splunk - Reuters', 'Cisco agreed to buy Splunk for $28 billion.');
    expect(tf.has('reuter')).toBe(false);
    expect([...titleNames]).not.toContain('reuter');
    expect(titleNames.has('splunk')).toBe(true);
  });
});
