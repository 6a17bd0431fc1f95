/**
 * Rules drawn from the misses of real-page round 6 of the claims dev set, after its first run
 * (see tests/devset/claims/README.md); every sentence here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../lib/claims/index';
import { unspottedSpeaker } from './helpers';

const claimOf = (text: string, opening: string) => findClaims(text, []).find((c) => c.kind !== 'quote' && c.text.startsWith(opening)) ?? null;

describe('quotation speakers', () => {
  it('are who says the words, not the statement or paper that reports them ("according to")', () => {
    const text = 'Prime Minister Ilan Dovev, 60, spoke. “This is a historic day for our towns,” he told farmers, according to a statement.';
    expect(unspottedSpeaker(text, 'historic day')).toBe('Ilan Dovev');
    const paper = 'Senator Ruth Okafor, 58, visited the border. “We seized 53 tonnes this week,” she said, according to the Valley Herald.';
    expect(unspottedSpeaker(paper, 'We seized')).toBe('Ruth Okafor');
  });
});

describe('attributions', () => {
  it('take "reiterated" as speech, and supporters or opponents as a group that speaks', () => {
    expect(claimOf('The Union reiterated it still considers all the new fees illegal.', 'The Union')?.speaker?.name).toBe('Union');
    expect(claimOf('Her supporters have said that the vote was lost by 300 ballots.', 'Her supporters')?.speaker).not.toBeNull();
  });
});
