/**
 * Speaker rules drawn in session 12 from the dev rounds' errors and from invented probes; each test's text is
 * invented, and each fails on the code before its rule.
 */
import { describe, expect, it } from 'vitest';
import { quoteSpeaker } from './helpers';

describe('a public service speaks for itself', () => {
  it('"A spokesperson for the courts service said" gives the service', () => {
    const text =
      'Courts\n\nPossession cases now take nine weeks. A spokesperson for the courts service said the extra sitting days were "helping cases be heard more quickly".';
    expect(quoteSpeaker(text, 'helping cases')).toBe('the courts service');
  });

  it('so does "the prison service" a later "she added" follows', () => {
    const text = 'Prisons\n\nA spokeswoman for the prison service said the figures were under review. “We take this very seriously and will act,” she added.';
    expect(quoteSpeaker(text, 'very seriously')).toBe('the prison service');
  });
});
