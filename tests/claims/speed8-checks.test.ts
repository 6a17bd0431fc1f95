import { describe, expect, it } from 'vitest';
import { THAN_COMPARISON, kindsOf, thanComparison } from '../../lib/claims/kinds';
import { NUMBER_WORD_BEFORE, RANK, STANDING, YEAR_CONTEXT, capitalWordBefore, digitRankMayFollow, findNumbers, standingMayHold, wordAndSpaceBefore } from '../../lib/claims/numbers';
import { scoreClaim, type ScoreInput } from '../../lib/claims/score';

// Round 8 of the claims engine's speed work reads by characters what a few patterns read; these check that the
// readings give the patterns' answers, on written examples and on texts drawn from pieces that decide them.

/** Texts of up to `most` pieces drawn from `pieces` (a fixed seed: the same texts every run). */
function drawTexts(pieces: readonly string[], count: number, most: number): string[] {
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 12) % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = 1 + next(most);
    for (let k = 0; k < n; k++) s += pieces[next(pieces.length)];
    out.push(s);
  }
  return out;
}

const THAN_PIECES = [
  'than', 'Than', 'THAN', 'thanks', 'more', 'More', 'less', 'fewer', 'worse', 'better', 'bigger', 'other', 'rather', 'either', 'neither',
  'whether', 'otherer', 'er', 'xer', 'ber', 'Ber', ' ', ' ', ' ', '  ', '\u00a0', '\t', '\n', ',', '(', '5', '_', 'a', 'abc', 'much', '-', '’', 'é', 'ſ',
];

describe('thanComparison', () => {
  it('finds the comparisons written with "than"', () => {
    expect(thanComparison('Prices were higher than a year ago')).toBe(true);
    expect(thanComparison('it was more directly entangled than (before)')).toBe(true);
    expect(thanComparison('Fewer of the new than before')).toBe(true);
    expect(thanComparison('things got WORSE  THAN expected')).toBe(true);
    expect(thanComparison('(bigger than life)')).toBe(true);
  });

  it('leaves out "rather than", "other than", a word glued to a figure and a fourth word between', () => {
    expect(thanComparison('rather than wait, other than that')).toBe(false);
    expect(thanComparison('the 5bigger than 4')).toBe(false);
    expect(thanComparison('more of the old than before')).toBe(true);
    expect(thanComparison('more of the old ones than before')).toBe(false);
    expect(thanComparison('more than-ever')).toBe(true);
    expect(thanComparison('more thanks')).toBe(false);
  });

  it('answers as the pattern does on 100,000 drawn texts', () => {
    let matches = 0;
    for (const text of drawTexts(THAN_PIECES, 100_000, 12)) {
      const expected = THAN_COMPARISON.test(text);
      if (expected) matches++;
      if (thanComparison(text) !== expected) expect({ text, answer: thanComparison(text) }).toEqual({ text, answer: expected });
    }
    // (the drawn texts hold matches of every kind: the test compares both answers)
    expect(matches).toBeGreaterThan(200);
  });

  it('makes a sentence a comparison through kindsOf', () => {
    expect(kindsOf('Sales were higher than a year ago.', [])).toContain('comparison');
    expect(kindsOf('They chose to talk rather than fight.', [])).not.toContain('comparison');
  });
});

const WORD_PIECES = ['the', 'The', 'in', 'by', 'of', 'two', 'Two', 'SEVERAL', 'several', 'mid', 'between', 'few', 'afew', '5', '_', ' ', ' ', '  ', '\u00a0', '.', ',', 'x', 'é', 'ſ', 'then'];

describe('wordAndSpaceBefore', () => {
  const years = new Set('the in since by of from until till before after during between and early late mid'.split(' '));
  const numberWords = new Set('two three four five six seven eight nine ten dozen hundred several few'.split(' '));

  it('reads a word of the list and one white space before a figure', () => {
    expect(wordAndSpaceBefore('born in 1990', 8, 10, years)).toBe(true);
    expect(wordAndSpaceBefore('born in  1990', 9, 10, years)).toBe(false);
    expect(wordAndSpaceBefore('within 1990', 7, 10, years)).toBe(false);
    expect(wordAndSpaceBefore('two 787s', 4, 12, numberWords)).toBe(true);
  });

  it('answers as YEAR_CONTEXT and NUMBER_WORD_BEFORE do at every position of 20,000 drawn texts', () => {
    let matches = 0;
    for (const text of drawTexts(WORD_PIECES, 20_000, 8)) {
      for (let at = 0; at <= text.length; at++) {
        const year = YEAR_CONTEXT.test(text.slice(Math.max(0, at - 10), at));
        const word = NUMBER_WORD_BEFORE.test(text.slice(Math.max(0, at - 12), at));
        if (year) matches++;
        expect(wordAndSpaceBefore(text, at, 10, years)).toBe(year);
        expect(wordAndSpaceBefore(text, at, 12, numberWords)).toBe(word);
      }
    }
    expect(matches).toBeGreaterThan(1000);
  });

  it('still drops a year after "in" and keeps one that counts', () => {
    expect(findNumbers('It opened in 1990.', 0, 18)).toEqual([]);
    expect(findNumbers('Some 1990 people came.', 0, 22).map((n) => n.value)).toEqual([1990]);
  });
});

describe('capitalWordBefore', () => {
  const AGE = /\p{Lu}[\p{L}’'.]*,\s$/u;
  const pieces = ['Smith', 'smith', "O'Neil", 'Jo.', 'É', 'é', '\u{1D400}', 'x', ', ', ',\u00a0', ',', ' ', '5', '-', '’', 'Ab', 'aB'];

  it('finds a capitalised name and a comma before a figure, within 30 characters', () => {
    expect(capitalWordBefore('Jane Smith, 45, said', 12)).toBe(true);
    expect(capitalWordBefore('the smith, 45, said', 11)).toBe(false);
    expect(capitalWordBefore(`${'A'}${'b'.repeat(40)}, 45`, 43)).toBe(false);
  });

  it('answers as the pattern does wherever ", " stands before a position of 20,000 drawn texts', () => {
    let checked = 0;
    let matches = 0;
    for (const text of drawTexts(pieces, 20_000, 8)) {
      for (let at = 2; at <= text.length; at++) {
        if (text.charCodeAt(at - 2) !== 0x2c || !/\s/.test(text[at - 1]!)) continue;
        checked++;
        const expected = AGE.test(text.slice(Math.max(0, at - 30), at));
        if (expected) matches++;
        expect(capitalWordBefore(text, at)).toBe(expected);
      }
    }
    expect(matches).toBeGreaterThan(1000);
    expect(checked).toBeGreaterThan(matches);
  });
});

describe('the factual verb of a quotation, read after its word check', () => {
  const input = (text: string): ScoreInput => ({ text, numbers: [], kinds: ['quote'], hasSpeaker: false, hasSource: false, entities: 0, quote: true, heading: false });

  it('adds to a quotation with a factual verb in any case, and not to one without', () => {
    const base = scoreClaim(input('Nobody around here, not one soul, believes that story'));
    expect(scoreClaim(input('Nobody around here, not one soul, WAS at that place'))).toBeCloseTo(base + 0.1, 5);
    expect(scoreClaim(input('Nobody around here, not one soul, wasn’t at that place'))).toBeCloseTo(base + 0.1, 5);
    expect(scoreClaim(input('Nobody around here, not one soul, wanted that place'))).toBeCloseTo(base, 5);
  });
});

describe('predictions with "would"', () => {
  it('reads "would reach", "would hit" and the modal verbs before them as a prediction', () => {
    expect(kindsOf('Prices would reach new highs.', [])).toContain('prediction');
    expect(kindsOf('The storm would hit the coast.', [])).toContain('prediction');
    expect(kindsOf('He would like a word.', [])).not.toContain('prediction');
  });
});

const RANK_PIECES = ['14th', '3rd', '2ND', '1ſt', ' in the table', ' in  the league', '\u00a0in the world', 'ranked ', 'ran\u212aed  ', 'finished\u00a0', ' lies ', '-largest', ' biggest', ' most', '3', '14', '21', '2025', 'st', 'nd', 'rd', 'th', 'ST', 'ſt', 'Th', ' ', ' ', '-', '.', ',', 'largest', 'biggest', 'Highest', 'most', 'century', 'in', 'IN', 'the', 'table', 'league', 'ranked', 'ran\u212aed', 'finished', 'lies', 'Sits', 'placed', 'a', 'x', 'é', '\u00a0'];

describe('the pre-checks of the rank patterns at figures', () => {
  it('let through every text where RANK matches at a figure or STANDING matches, in 50,000 drawn texts', () => {
    let ranks = 0;
    let standings = 0;
    let ruledOut = 0;
    for (const text of drawTexts(RANK_PIECES, 50_000, 9)) {
      RANK.lastIndex = 0;
      const rank = [...text.matchAll(RANK)].some((m) => /^\d/.test(m[1]!));
      STANDING.lastIndex = 0;
      const standing = STANDING.test(text);
      if (rank) ranks++;
      if (standing) standings++;
      if (!standingMayHold(text, 0, text.length)) ruledOut++;
      if (rank) expect({ text, may: digitRankMayFollow(text, 0, text.length) }).toEqual({ text, may: true });
      if (standing) expect({ text, may: standingMayHold(text, 0, text.length) }).toEqual({ text, may: true });
    }
    expect(ranks).toBeGreaterThan(100);
    expect(standings).toBeGreaterThan(100);
    expect(ruledOut).toBeGreaterThan(10_000);
  });

  it('still finds ranks and standings at figures', () => {
    const ranks = (s: string): string[] => findNumbers(s, 0, s.length).filter((n) => n.unit === 'rank').map((n) => n.text);
    expect(ranks('It is the 3rd-largest bank.')).toEqual(['3rd-largest']);
    expect(ranks('They ranked 14th. They lie 2nd in the table.')).toEqual(['14th', '2nd']);
    expect(ranks('In the 21st century, on June 5th.')).toEqual([]);
  });
});
