import { describe, expect, it } from 'vitest';
import { classifyStage } from '../../src/deals/classify-stage.ts';
import { isTitleCase, sentenceCased } from '../../src/language/title-case.ts';

describe('headlines in title case', () => {
  it('puts the words the reader reads in lower case, and keeps names, acronyms, the first word and the length', () => {
    const headline = "EU Vetoes Deutsche Börse's Merger with NYSE Euronext";
    const read = sentenceCased(headline);
    expect(read).toBe("EU vetoes Deutsche Börse's merger with NYSE Euronext");
    expect(read.length).toBe(headline.length);
    expect(sentenceCased('Block Buys Afterpay in $29 Billion Deal')).toBe('Block buys Afterpay in $29 billion deal');
  });

  it("keeps the words of a company's name in its case, and the small words of title case count for nothing", () => {
    expect(sentenceCased('Velmora Global Holdings Bags Globex Bank Unit for £1.2bn')).toBe(
      'Velmora Global Holdings bags Globex Bank unit for £1.2bn',
    );
    expect(isTitleCase('Globex Deal Gets Green Light from Brussels with Conditions')).toBe(true);
    expect(isTitleCase('Acme to buy Globex for $4 billion')).toBe(false);
    // A short headline of names whose verb is in lower case is a sentence, not title case.
    expect(isTitleCase("Elliott Management backs Sempra's bid for Oncor")).toBe(false);
    // A short headline of short words is title case too (three letters count: "Buy", "AOL").
    expect(isTitleCase('Verizon to Buy AOL for $4.4 Billion')).toBe(true);
    expect(isTitleCase('Acme to buy Globex for $4 billion')).toBe(false);
    // (A compound's later part and a domain's stay as they are in title case.)
    expect(isTitleCase('JAB-led Group to Buy Keurig for $13.9 Billion in Take-private Deal')).toBe(true);
    expect(isTitleCase('Wal-Mart to Buy Jet.com for $3.3 Billion in E-commerce Push')).toBe(true);
    expect(isTitleCase('Aon to Buy Willis Towers Watson in $30 Billion All-stock Deal')).toBe(true);
    // An amount's unit as the wire or the trade press writes it is no sign of a sentence.
    expect(isTitleCase('Velmora to Acquire Globex Therapeutics for up to 3.5 bln dlrs')).toBe(true);
    expect(isTitleCase('Velmora to Acquire Globex for US$6.2 billion to Expand Global Platform')).toBe(true);
    // A hyphenated name keeps its case on both sides ("Take-Two", "Charter-Time Warner Cable"), as does
    // a public body's board; a scheme is the reader's word.
    expect(sentenceCased('Velmora Trumps Take-Two with $1.2 Billion Offer')).toBe(
      'Velmora trumps Take-Two with $1.2 billion offer',
    );
    expect(sentenceCased('DOJ Approves Charter-Time Warner Cable with Conditions')).toBe(
      'DOJ approves Charter-Time Warner Cable with Conditions',
    );
    expect(sentenceCased('Surface Transportation Board Approves Deal')).toBe(
      'Surface Transportation Board approves deal',
    );
    expect(classifyStage('Coles Shareholders Vote for Wesfarmers Scheme')?.stage).toBe('approved');
    // After a preposition, a word before a name's word opens the name ("United" is no "unit" inflected);
    // the infinitive's verb is still the reader's.
    expect(sentenceCased('Judge Rules Velmora Can Walk Away from United Globex')).toBe(
      'Judge Rules Velmora can walk away from United Globex',
    );
    expect(sentenceCased('Velmora Agrees to Buy Globex')).toBe('Velmora agrees to buy Globex');
    // Two capitalized words are title case when both are the reader's (the names are two letters).
    expect(isTitleCase('BT Completes EE Acquisition')).toBe(true);
    expect(isTitleCase('General Motors')).toBe(false);
    // A company word that opens a name keeps its case: "Bank Danamon".
    expect(sentenceCased('Velmora Takes Control of Bank Globex with 94% Stake')).toBe(
      'Velmora takes control of Bank Globex with 94% stake',
    );
  });

  it('leaves a headline in sentence case as it is', () => {
    const headline = 'Microsoft to buy Activision Blizzard for $68.7 billion';
    expect(sentenceCased(headline)).toBe(headline);
  });

  it.each([
    ["UK Regulator Vetoes Microsoft's Takeover of Call of Duty Maker Activision", 'blocked'],
    ['CSN Tables Rival Offer for Corus, Topping Tata', 'negotiating'],
    ['Watchdog Says Vodafone-Three Tie-up Could Push Up Prices for Millions', 'regulatory_review'],
    ['Acme Reportedly Lining Up Bid for Globex', 'rumored'],
    ['Acme-Globex Merger Gets Thumbs Up from Brussels', 'approved'],
    ['Block Buys Afterpay in $29 Billion Deal', 'agreed'],
    ["UK's CMA Waves Through Acme's Globex Buy", 'approved'],
    ['Acme-Globex Deal on the Ropes as FTC Trial Begins', 'at_risk'],
  ] as const)('reads "%s" as it reads the sentence-case headline: %s', (headline, stage) => {
    expect(classifyStage(headline)?.stage).toBe(stage);
  });

  it('shows the words as the headline wrote them', () => {
    expect(classifyStage("UK Regulator Vetoes Microsoft's Takeover of Activision")?.phrase).toBe(
      "Vetoes Microsoft's Takeover",
    );
  });
});
