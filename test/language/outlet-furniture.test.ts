import { describe, expect, it } from 'vitest';
import { headlineOf, summaryOf, withoutOutlet } from '../../src/language/outlet-furniture.ts';

describe('what a headline says, without what outlets and aggregators put around it', () => {
  it.each([
    ['Cisco to buy Splunk - Reuters', 'Cisco to buy Splunk'],
    ['Cisco to buy Splunk | Financial Times', 'Cisco to buy Splunk'],
    ['Cisco to buy Splunk — CNBC.com', 'Cisco to buy Splunk'],
    ['Cisco to buy Splunk - The Wall Street Journal', 'Cisco to buy Splunk'],
    ['UPDATE 2-Cisco to buy Splunk', 'Cisco to buy Splunk'],
    ['EXCLUSIVE-Cisco in talks to buy Splunk - sources', 'Cisco in talks to buy Splunk - sources'],
    ['BREAKING: Cisco to buy Splunk', 'Cisco to buy Splunk'],
    ['Exclusive: Cisco to buy Splunk - Reuters', 'Cisco to buy Splunk'],
    ['Analysis: Why Cisco wants Splunk', 'Why Cisco wants Splunk'],
  ])('reads "%s" as "%s"', (title, headline) => {
    expect(headlineOf(title)).toBe(headline);
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

  it('takes off the outlet an item is known to come from, whatever its shape', () => {
    // An aggregator's feed names each item's outlet; a tail in lower case is then still the
    // outlet when it is that name, and only then.
    expect(headlineOf('Acme buys Globex in surprise move - finextra', 'finextra')).toBe(
      'Acme buys Globex in surprise move',
    );
    expect(headlineOf('Acme buys Globex | wallstreet-online', 'wallstreet-online')).toBe('Acme buys Globex');
    expect(headlineOf('Acme buys Globex - what it means for gamers', 'Reuters')).toBe(
      'Acme buys Globex - what it means for gamers',
    );
  });

  it('keeps a first word that only looks like a kicker', () => {
    expect(headlineOf('Update on Acme-Globex talks expected Friday')).toBe(
      'Update on Acme-Globex talks expected Friday',
    );
    expect(headlineOf('Live Nation to buy Globex')).toBe('Live Nation to buy Globex');
  });

  it('takes off the lines feed software ends a summary with', () => {
    const text = 'Cisco agreed to buy Splunk for $28 billion.';
    for (const tail of [
      ' The post Cisco to buy Splunk appeared first on TechCrunch.',
      ' The post Cisco to buy Splunk appeared first on Fortune.com.',
      ' Continue reading on The Verge »',
      ' Read more',
      ' [&#8230;]',
      ' This article originally appeared on Fortune.com.',
    ])
      expect(summaryOf(text + tail)).toBe(text);
    expect(summaryOf('Readers read more news than ever, a survey says.')).toBe(
      'Readers read more news than ever, a survey says.',
    );
  });

  it("empties an aggregator's summary that is only the headline and its outlet (Google News)", () => {
    const title = headlineOf('Cisco to buy Splunk for $28 billion - Reuters');
    expect(summaryOf('Cisco to buy Splunk for $28 billion\u00a0\u00a0Reuters', title)).toBe('');
    expect(summaryOf('Cisco to buy Splunk for $28 billion. The deal is its largest ever.', title)).toBe(
      'Cisco to buy Splunk for $28 billion. The deal is its largest ever.',
    );
  });
});
