/**
 * Rules drawn from the misses of real-page round 4 of the claims dev set, after its first run
 * (see tests/devset/claims/README.md); every sentence here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../lib/claims/index';
import { isStatistic } from '../../lib/claims/kinds';
import { findNumbers } from '../../lib/claims/numbers';
import { findSource } from '../../lib/claims/source';
import { unspottedSpeaker } from './helpers';


describe('numbers', () => {
  it('read "a 55-year-old man" as an age, not a statistic', () => {
    const n = findNumbers('A third case was found in a 55-year-old man.', 0, 44);
    expect(n.map((x) => [x.text, x.unit])).toEqual([['55', 'age']]);
    expect(n.some(isStatistic)).toBe(false);
  });
});

describe('stated sources', () => {
  it('read "per the WHO" and "per NASA", not "per cent" or "per day"', () => {
    expect(findSource('The germ, per the WHO, lives in fleas.')).toBe('WHO');
    expect(findSource('Per NASA, the probe is 20 km away.')).toBe('NASA');
    expect(findSource('Prices rose 3 per cent, or 40 cents per day.')).toBeNull();
  });
});

describe('speakers', () => {
  it('name an unnamed speaker by the words after "one", "a" or "another"', () => {
    expect(unspottedSpeaker('“Do not hide this,” one Weibo commenter said.', 'Do not hide')).toBe('Weibo commenter');
    expect(unspottedSpeaker('“The river came up fast,” a local shopkeeper told reporters.', 'river came')).toBe('local shopkeeper');
  });

  it('do not take "a phone call" for a speaker', () => {
    const c = findClaims('He was arrested for a March 21 phone call he made to the office.', []);
    expect(c.filter((x) => x.speaker?.name.includes('phone'))).toEqual([]);
  });

  it('give a quotation ending in a question mark to the attribution right after it', () => {
    const text = 'Mara Ilves is a diplomat. “I then heard the minister ask, ‘So he is going to sign?’” Ilves testified. Talks ended.';
    expect(unspottedSpeaker(text, 'I then heard')).toBe('Mara Ilves');
  });
});

describe('number units', () => {
  it('are never read off Object.prototype ("5 constructor kits" is a count)', () => {
    const t = 'They found 5 constructor kits and 7 toString errors.';
    expect(findNumbers(t, 0, t.length).map((n) => [n.text, n.unit])).toEqual([['5', 'count'], ['7', 'count']]);
  });
});
