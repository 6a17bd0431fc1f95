import { describe, expect, it } from 'vitest';
import { CLAIM_THRESHOLD, } from '../../lib/claims/index';
import { kindsOf } from '../../lib/claims/kinds';
import { findNumbers } from '../../lib/claims/numbers';
import { ENTITIES_SCORED, scoreClaim, type ScoreInput } from '../../lib/claims/score';

function input(text: string, extra: Partial<ScoreInput> = {}): ScoreInput {
  const numbers = findNumbers(text, 0, text.length);
  return { text, numbers, kinds: kindsOf(text, numbers), hasSpeaker: false, hasSource: false, entities: 0, quote: false, heading: false, ...extra };
}

describe('scoreClaim', () => {
  it('puts a sourced statistic above the threshold and a bare opinion below', () => {
    expect(scoreClaim(input('Some 20,000 children were taken, officials said.', { hasSource: true, hasSpeaker: true }))).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
    expect(scoreClaim(input('He said that he hoped they would.', { hasSpeaker: true }))).toBeLessThan(CLAIM_THRESHOLD);
  });

  it('gives a factual quotation more than a greeting', () => {
    const factual = scoreClaim(input('The army has lost 300 tanks since May', { quote: true, entities: 0 }));
    const greeting = scoreClaim(input('God bless they will,', { quote: true }));
    expect(factual).toBeGreaterThan(greeting);
    expect(greeting).toBeLessThan(CLAIM_THRESHOLD);
  });

  it('lowers hedged text, questions and headlines and stays within 0..1', () => {
    const plain = scoreClaim(input('The plant produced 4,000 cars in March.'));
    expect(scoreClaim(input('The plant may have produced 4,000 cars in March.'))).toBeLessThan(plain);
    expect(scoreClaim(input('Did the plant produce 4,000 cars in March?'))).toBeLessThan(plain);
    expect(scoreClaim(input('Plant produced 4,000 cars', { heading: true }))).toBeLessThan(plain);
    const max = scoreClaim(input('The 3 largest firms sold 5% more, or $2bn, than 4 rivals', { hasSource: true, hasSpeaker: true, entities: 5 }));
    expect(max).toBeLessThanOrEqual(1);
  });

  it('counts words up to eight for quotations and reads a question mark before a closing quote and trailing space', () => {
    const seven = scoreClaim(input('One two three four five six seven', { quote: true }));
    const eight = scoreClaim(input('One two three four five six seven eight', { quote: true }));
    expect(eight).toBeCloseTo(seven + 0.1, 5);
    // a text that is no quotation is lowered below six words, however many it has past them
    const five = scoreClaim(input('One two three four five'));
    for (const more of ['One two three four five six', 'One two three four five six seven eight nine']) expect(scoreClaim(input(more))).toBeCloseTo(five + 0.1, 5);
    const asked = scoreClaim(input('Did the plant produce 4,000 cars in March?” ', { quote: true }));
    const told = scoreClaim(input('The plant did produce 4,000 cars in March.” ', { quote: true }));
    expect(told - asked).toBeCloseTo(0.3, 5);
  });

  it('adds 0.1 per named thing up to two, and takes hedges and opinion words off up to two of each', () => {
    const base = scoreClaim(input('The plant produced 4,000 cars in March.'));
    const scores = [0, 1, 2, 3, 7].map((entities) => scoreClaim(input('The plant produced 4,000 cars in March.', { entities })));
    expect(scores.map((x) => Math.round((x - base) * 100))).toEqual([0, 10, 20, 20, 20]);
    expect(ENTITIES_SCORED).toBe(2);
    const hedged = ['', ' may', ' may perhaps', ' may perhaps possibly'].map((h) => scoreClaim(input(`The plant${h} produced 4,000 cars in March.`)));
    expect(hedged.map((x) => Math.round((base - x) * 100))).toEqual([0, 10, 20, 20]);
    const glad = ['', ' happily', ' glad', ' glad and proud', ' glad, proud and delighted'].map((h) => scoreClaim(input(`The plant produced 4,000 cars in March,${h} officials said.`)));
    const plain = glad[0]!;
    expect(glad.map((x) => Math.round((plain - x) * 100))).toEqual([0, 0, 20, 30, 30]);
  });

  it('lowers opinion words only where they start a word', () => {
    const plain = scoreClaim(input('The plant produced 4,000 cars in March, officials said.'));
    expect(scoreClaim(input('The plant produced 4,000 cars in March, officials said, delighted.'))).toBeLessThan(plain);
    // "sad" inside "crusade" is no opinion word
    expect(scoreClaim(input('The plant produced 4,000 cars in March for a crusade.'))).toBe(scoreClaim(input('The plant produced 4,000 cars in March for a campaign.')));
  });

  it('gives a reported statement 0.1 for an asserting verb or a named speaker, once, and not to quotations', () => {
    const bare = scoreClaim(input('He said the prices in June', { hasSpeaker: true }));
    expect(scoreClaim(input('He said the prices in June', { hasSpeaker: true, namedSpeaker: true })) - bare).toBeCloseTo(0.1, 5);
    const asserted = scoreClaim(input('He said prices rose in June', { hasSpeaker: true }));
    expect(asserted - bare).toBeCloseTo(0.1, 5);
    expect(scoreClaim(input('He said prices rose in June', { hasSpeaker: true, namedSpeaker: true }))).toBe(asserted);
    const quoted = scoreClaim(input('Prices in June', { quote: true, hasSpeaker: true }));
    expect(scoreClaim(input('Prices in June', { quote: true, hasSpeaker: true, namedSpeaker: true }))).toBe(quoted);
  });

  it('shows a plain comparison or superlative, but not a short or hedged one', () => {
    expect(scoreClaim(input('Pneumonic plague is the most deadly form of the disease.'))).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
    expect(scoreClaim(input('Pneumonic plague may be the most deadly form of the disease.'))).toBeLessThan(CLAIM_THRESHOLD);
    expect(scoreClaim(input('It is the worst.'))).toBeLessThan(CLAIM_THRESHOLD);
  });

  it('shows a plain forecast, but not a schedule', () => {
    expect(scoreClaim(input('That will take a huge amount of time, money and foresight.'))).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
    expect(kindsOf('Sentencing is scheduled for Feb. 14.', [])).not.toContain('prediction');
    expect(kindsOf('The next round of tariffs is due to start in mid-December.', [])).not.toContain('prediction');
  });

  it('counts a reported "that" clause as an assertion: "the agency said in a statement that it chose …"', () => {
    const frame = scoreClaim(input('The agency said in a statement it chose the clinics', { hasSpeaker: true }));
    expect(scoreClaim(input('The agency said in a statement that it chose the clinics', { hasSpeaker: true })) - frame).toBeCloseTo(0.1, 5);
    expect(scoreClaim(input('The agency said in a statement that it chose the clinics', { hasSpeaker: false }))).toBe(scoreClaim(input('The agency said in a statement it chose the clinics', { hasSpeaker: false })));
  });
});
