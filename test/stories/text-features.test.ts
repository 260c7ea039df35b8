import { describe, expect, it } from 'vitest';
import { termsOf } from '../../src/stories/text-features.ts';

describe('the terms of a report', () => {
  it('give the outlet after a headline and the slug before it no weight, as a term or a headline name', () => {
    const { tf, titleNames } = termsOf(
      'UPDATE 2-Cisco to buy Splunk - Reuters',
      'Cisco agreed to buy Splunk for $28 billion.',
    );
    expect(tf.has('reuter')).toBe(false);
    expect(tf.has('update')).toBe(false);
    expect([...titleNames]).not.toContain('reuter');
    expect(titleNames.has('cisco')).toBe(true);
    expect(titleNames.has('splunk')).toBe(true);
  });
});
