import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/language/sentences.ts';

describe('sentences', () => {
  it('splits sentences without breaking amounts or abbreviations', () => {
    expect(
      sentences(
        'Microsoft closed its $68.7 billion purchase. The U.S. Department of Justice agreed! Mr. Smith said "yes."',
      ),
    ).toEqual([
      'Microsoft closed its $68.7 billion purchase.',
      'The U.S. Department of Justice agreed!',
      'Mr. Smith said "yes."',
    ]);
  });

  it("keeps a company's suffix, a ticker in brackets and an initial inside their sentence", () => {
    expect(
      sentences(
        'Acme Corp. (NYSE: ACM) is shopping again. It will buy Globex Industries Inc. for an undisclosed sum. Jane Q. Public, 41, was elected.',
      ),
    ).toEqual([
      'Acme Corp. (NYSE: ACM) is shopping again.',
      'It will buy Globex Industries Inc. for an undisclosed sum.',
      'Jane Q. Public, 41, was elected.',
    ]);
  });
});
