import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/language/analyse.ts';

const texts = (s: string) => analyse(s).map((w) => w.text);

describe('reading words', () => {
  it('keeps a name whole that the model splits as a contraction written without its apostrophe', () => {
    // wink-nlp reads "Ive's" as "I", "ve", "'s"; after a name or before an owner's 's it is a name.
    expect(texts("OpenAI is buying Jony Ive's AI device startup")).toEqual([
      'OpenAI',
      'is',
      'buying',
      'Jony',
      'Ive',
      "'s",
      'AI',
      'device',
      'startup',
    ]);
    expect(analyse("Jony Ive's firm").find((w) => w.text === 'Ive')).toMatchObject({ pos: 'PROPN', at: 5 });
    // A contraction at a sentence's start is left as the model reads it (its negation still counts).
    expect(texts('Dont sell')).toEqual(['Do', 'nt', 'sell']);
  });

  it('keeps a name whole that is written as a web address or with a colon inside', () => {
    // The model splits "Jet.com" at its dot, which the reader would take for a sentence's end.
    expect(texts('Walmart to buy Jet.com for $3 billion')).toEqual([
      'Walmart',
      'to',
      'buy',
      'Jet.com',
      'for',
      '$',
      '3',
      'billion',
    ]);
    expect(analyse('Nvidia to acquire Run:ai').at(-1)).toMatchObject({ text: 'Run:ai', pos: 'PROPN', at: 18 });
    // (A sentence's end before the next sentence's first word stays: "deal. The".)
    expect(texts('Acme agreed a deal. The price was high')).toContain('.');
  });
});
