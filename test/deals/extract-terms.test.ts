import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/deals/extract-terms.ts';

describe('deal key terms', () => {
  it('finds amounts, per-share prices, stakes, fees, horizons and regulators, each with its citations', () => {
    const terms = extractTerms([
      { text: 'Microsoft to acquire Activision Blizzard for $68.7 billion, paying $95 a share in cash.', cites: [1] },
      {
        text: 'The FTC sues to block the $68.7 billion deal; the Federal Trade Commission says Xbox rivals would suffer.',
        cites: [2],
      },
      {
        text: 'Adobe will pay Figma a $1 billion termination fee, after the European Commission and the CMA objected.',
        cites: [3],
      },
      {
        text: 'Microsoft takes a 27% stake in OpenAI and keeps access to its models until 2030; a federal judge was not involved. Brussels agreed.',
        cites: [4],
      },
      { text: 'Siemens sells a unit for €1bn.', cites: [5] },
    ]);
    expect(terms).toEqual([
      { kind: 'price', text: '$68.7 billion', cites: [1, 2] },
      { kind: 'price', text: '€1bn', cites: [5] },
      { kind: 'per-share', text: '$95 a share', cites: [1] },
      { kind: 'stake', text: 'a 27% stake', cites: [4] },
      { kind: 'fee', text: 'a $1 billion termination fee', cites: [3] },
      { kind: 'horizon', text: 'until 2030', cites: [4] },
      { kind: 'regulator', text: 'European Commission', cites: [3, 4] },
      { kind: 'regulator', text: 'FTC', cites: [2] },
      { kind: 'regulator', text: 'CMA', cites: [3] },
      { kind: 'regulator', text: 'a federal judge', cites: [4] },
    ]);
  });

  it('reads wire copy: dlrs and stg with or without a scale, pct stakes, other currencies', () => {
    const terms = extractTerms([
      { text: 'ACME OFFERS 1.6 BLN DLRS, OR 42 DLRS PER SHARE, FOR GLOBEX', cites: [1] },
      { text: 'Initech bids 720 mln stg for Globex, which holds a 27 pct stake in Hooli.', cites: [2] },
      { text: 'Acme said it has bought 9.8 pct of Globex <GLBX> and may pay 1.5 billion Swiss francs.', cites: [3] },
      { text: 'Sales rose 9.8 pct of the total.', cites: [4] },
    ]);
    expect(terms).toEqual([
      { kind: 'price', text: '1.6 BLN DLRS', cites: [1] },
      { kind: 'price', text: '720 mln stg', cites: [2] },
      { kind: 'price', text: '1.5 billion Swiss francs', cites: [3] },
      { kind: 'per-share', text: '42 DLRS PER SHARE', cites: [1] },
      { kind: 'stake', text: 'a 27 pct stake', cites: [2] },
      { kind: 'stake', text: '9.8 pct', cites: [3] },
    ]);
  });

  it('finds nothing in a text without terms', () => {
    expect(extractTerms([{ text: 'Microsoft and OpenAI executives spoke at Davos.', cites: [1] }])).toEqual([]);
  });
});
