/**
 * Rules drawn from the misses of real-page round 5 of the claims dev set, after its first run
 * (see tests/devset/claims/README.md); every sentence here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { CLAIM_THRESHOLD, findClaims } from '../../lib/claims/index';
import { unspottedSpeaker } from './helpers';


describe('a sentence holding a quotation', () => {
  it('is a claim of its own when it reports what a source says ("according to …")', () => {
    const text = 'The mayor, according to the city council, left for a “short rest” at a clinic on Sunday.';
    const c = findClaims(text, []).find((x) => x.kind !== 'quote');
    expect(c?.speaker?.name).toBe('the city council');
    expect(c!.score).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
  });
});

describe('speakers', () => {
  it('read "the doctors" as the group named with that word, however far back', () => {
    const filler = ' The clinic was busy that week, and the queue reached the street.'.repeat(30);
    const text = `Members of Doctors for Open Clinics wrote to the ministry.${filler} “We can vaccinate everyone,” the doctors said.`;
    expect(unspottedSpeaker(text, 'We can vaccinate')).toBe('Doctors for Open Clinics');
  });

  it('read "the 56-year-old" as the person the article is about', () => {
    const text = 'Tom Varga, a coach, was hired on Monday. The 56-year-old said after his appointment: “I am excited to be here.”';
    expect(unspottedSpeaker(text, 'I am excited')).toBe('Tom Varga');
  });
});
