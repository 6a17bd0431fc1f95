/**
 * Rules drawn in session 6 from the misses left on the tuned dev rounds and from written round 34
 * (see tests/devset/claims/README.md). Every sentence here is invented for the test. Speakers are read
 * as the extension reads them: with the spotter's mentions (its names outside the knowledge base).
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../lib/claims/index';
import { createSpotter } from '../../lib/engine/spotter';

const spotter = createSpotter([]);
const claimAt = (text: string, part: string) => findClaims(text, spotter.find(text)).find((c) => c.text.includes(part));

describe('a statement that appeared somewhere', () => {
  it('does not speak when it was "posted" or "published": the pronoun after it does', () => {
    const text =
      'Marta Lindqvist, the Green leader, accused her rival of walking away from a deal. ' +
      'In a statement posted on her website, she said her negotiators had offered more.\n\n' +
      '“We asked for fairness, not for the moon,” she said.';
    expect(claimAt(text, 'In a statement posted')?.speaker?.name).toBe('Marta Lindqvist');
    expect(claimAt(text, 'We asked for fairness')?.speaker?.name).toBe('Marta Lindqvist');
  });

  it('still speaks when the text already said whose it is: "The statement posted … said"', () => {
    const text = 'The ministry issued a statement on Monday. The statement posted on its website said 40 people had died.';
    expect(claimAt(text, '40 people')?.speaker?.name).toBe('The statement');
  });
});
