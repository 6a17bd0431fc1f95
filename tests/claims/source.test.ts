import { describe, expect, it } from 'vitest';
import { findSource } from '../../lib/claims/source';

describe('findSource', () => {
  it('reads "according to" and "by" attributions', () => {
    expect(findSource('Unemployment fell to 4%, according to the Office for National Statistics.')).toBe('Office for National Statistics');
    expect(findSource('According to data from the World Bank, growth slowed.')).toBe('World Bank');
    expect(findSource('the children abducted since 2022, numbered by Ukrainian authorities at 20,000.')).toBe('Ukrainian authorities');
    expect(findSource('Figures published by the health ministry show 300 cases.')).toBe('health ministry');
  });

  it('reads a subject that estimates or reports', () => {
    expect(findSource('The IMF estimates growth of 3% next year.')).toBe('IMF');
    expect(findSource('Ukrainian authorities reported 12 deaths.')).toBe('Ukrainian authorities');
  });

  it('returns null without a stated source', () => {
    expect(findSource('He estimates nothing. The sky was grey.')).toBeNull();
    expect(findSource('Prices rose by 3% in May.')).toBeNull();
  });

  it('finds a subject and its verb however far into the sentence, after the verbs written inside other words', () => {
    // "input" and "Reporters" hold no verb; the subject ends right before "estimated"
    expect(findSource('After weeks of input from Reporters in the field and a long wait, the Bank of South Korea estimated growth at 2%.')).toBe('South Korea');
    expect(findSource('Officials in Kyiv, input aside, say Ukrainian Interior Ministry Data Office counted 300 cases.')).toBe('Ukrainian Interior Ministry Data Office');
    expect(findSource('In the long, long, long, long, long run, the Office puts the total at 5.')).toBe('Office');
  });
});
