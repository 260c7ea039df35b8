import { describe, expect, it } from 'vitest';
import { filledDifferently } from '../../src/stories/template-fill.ts';
import { termsOf } from '../../src/stories/text-features.ts';

/** A report as the grouper sees it, for the template comparison. */
const side = (title: string, summary = '') => {
  const t = termsOf(title, summary);
  return { terms: t.titleTerms, names: t.names, all: t.tf };
};

describe('one template filled with other names', () => {
  it("is two events: one sender's alerts about two deals", () => {
    const hashicorp = side(
      'SHAREHOLDER ALERT: Halper Sadeh LLC Investigates HashiCorp Sale to IBM',
      'Halper Sadeh LLC is investigating whether the sale of HashiCorp to IBM is fair to HashiCorp shareholders.',
    );
    const juniper = side(
      'SHAREHOLDER ALERT: Halper Sadeh LLC Investigates Juniper Networks Sale to HPE',
      'Halper Sadeh LLC is investigating whether the sale of Juniper Networks to HPE is fair to Juniper shareholders.',
    );
    expect(filledDifferently(hashicorp, juniper)).toBe(true);
    expect(filledDifferently(juniper, hashicorp)).toBe(true);
  });

  it('is one event when only one place differs: outlets name a buyer two ways', () => {
    expect(
      filledDifferently(
        side('Google to buy cloud security startup Wiz for $32 billion'),
        side('Alphabet to buy cloud security startup Wiz for $32 billion'),
      ),
    ).toBe(false);
  });

  it('is no template where the words differ, or where a differing name is said by the other report too', () => {
    expect(
      filledDifferently(side('Acme agrees to buy Globex for $4 billion'), side('Globex accepts Acme takeover offer')),
    ).toBe(false);
    // Two places differ, but the other report names both: the same deal, worded by two outlets.
    expect(
      filledDifferently(
        side('Initech Investor Alert: firm reviews Globex sale to Acme', 'Acme agreed to buy Globex from Initech.'),
        side('Globex Investor Alert: firm reviews Initech sale to Acme', 'Initech sells Globex to Acme.'),
      ),
    ).toBe(false);
  });
});
