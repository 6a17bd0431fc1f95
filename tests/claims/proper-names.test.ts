import { describe, expect, it } from 'vitest';
import { findClaims } from '../../lib/claims/index';

/** The score of the one claim of `text` (a sentence that states a figure), with no mentions. */
function scoreOf(text: string): number {
  const claims = findClaims(text, []);
  expect(claims).toHaveLength(1);
  return claims[0]!.score;
}

// The named things a claim's score counts (0.1 each, up to two) are runs of capitalised words; findClaims
// reads them from the capitalised tokens the sentence scan lists, so these check that a word in lower case
// between two capitalised ones still ends a run, wherever the capitals stand.
describe('named things in a claim', () => {
  const one = 'Rents in Greater Lyon rose by 12% last year.';

  it('counts two capitalised words with a lower-case word between them as two names', () => {
    expect(scoreOf('Rents in Lyon and Grenoble rose by 12% last year.') - scoreOf(one)).toBeCloseTo(0.1, 5);
  });

  it('counts two capitalised words side by side as one name', () => {
    expect(scoreOf('Rents in Greater Lyon rose by 12% last year.')).toBe(scoreOf('Rents in Lyon rose by 12% last year.'));
  });

  it('ends a run at a lower-case word even when the next capitalised word follows it at once', () => {
    // "Lyon" and "Grenoble" are one word apart; "Lyon Grenoble" would be one run
    expect(scoreOf('Rents in Lyon Grenoble rose by 12% last year.')).toBe(scoreOf(one));
    expect(scoreOf('Rents in Lyon or Grenoble rose by 12% last year.')).toBeCloseTo(scoreOf(one) + 0.1, 5);
  });
});
