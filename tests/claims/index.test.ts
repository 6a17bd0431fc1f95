import { describe, expect, it } from 'vitest';
import { CLAIM_THRESHOLD, findClaims } from '../../lib/claims/index';

describe('findClaims', () => {
  const text =
    'Storm hits coast\n\nThe storm destroyed 3,200 homes, according to the civil protection agency.\n\n' +
    'Mayor Lina Ortiz, who toured the area, said rebuilding would take two years. “Thank you all,” she said. ' +
    '“We will need 500 more workers. Every one of them counts.”\n\nThe weather was grey.';
  const claims = findClaims(text, []);

  it('returns claims in order with offsets into the text', () => {
    expect(claims.map((c) => c.start)).toEqual([...claims.map((c) => c.start)].sort((a, b) => a - b));
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('makes every quotation a quote claim with its speaker, even a greeting with a low score', () => {
    const quotes = claims.filter((c) => c.kind === 'quote');
    expect(quotes.map((q) => q.text)).toEqual(['“Thank you all,”', '“We will need 500 more workers. Every one of them counts.”']);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Lina Ortiz', 'Lina Ortiz']);
    expect(quotes[0]!.score).toBeLessThan(CLAIM_THRESHOLD);
    expect(quotes[1]!.kinds).toEqual(expect.arrayContaining(['quote', 'statistic', 'prediction']));
  });

  it('reads a sourced statistic and leaves out the headline and sentences without a kind', () => {
    const stat = claims.find((c) => c.text.includes('3,200'))!;
    expect(stat).toMatchObject({ kind: 'statistic', source: 'civil protection agency' });
    expect(stat.numbers[0]).toMatchObject({ value: 3200, counted: 'homes' });
    expect(claims.some((c) => c.text === 'Storm hits coast' || c.text.includes('grey'))).toBe(false);
  });

  it('gives a quotation left open at a paragraph end the speaker of the quotation that goes on', () => {
    const t = 'Mayor Lina Ortiz spoke for an hour.\n\n“We will rebuild every school in this district.\n\n“And we will do it by March,” she said.';
    const quotes = findClaims(t, []).filter((c) => c.kind === 'quote');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Lina Ortiz', 'Lina Ortiz']);
    const t2 = 'John Park chaired the panel. “Everyone agreed on the plan.” “It was a long day,” said Park.';
    expect(findClaims(t2, []).filter((c) => c.kind === 'quote').map((q) => q.speaker?.name)).toEqual(['John Park', 'John Park']);
  });

  it('uses titles and earlier pronouns to tell "he" from "she"', () => {
    const t = 'Ms. Ana Ruiz met Mr. Karl Berg on Monday. “The deal is finished,” she said.';
    expect(findClaims(t, []).find((c) => c.kind === 'quote')?.speaker?.name).toBe('Ana Ruiz');
    const t2 = 'Ms. Ana Ruiz met Mr. Karl Berg on Monday. “The deal is finished,” he said.';
    expect(findClaims(t2, []).find((c) => c.kind === 'quote')?.speaker?.name).toBe('Karl Berg');
  });

  it('resolves "they said" to the last group that spoke, and reads "was quoted as saying"', () => {
    const t = 'Health officials said 40 people had fallen ill. “The water supply is safe,” they said.';
    expect(findClaims(t, []).find((c) => c.kind === 'quote')?.speaker?.name).toBe('Health officials');
    const t2 = 'Governor Paul Ames was quoted as saying that 300 homes had been flooded.';
    expect(findClaims(t2, [])[0]?.speaker?.name).toBe('Paul Ames');
  });

  it('takes an organisation that states a figure as its source, but not a person', () => {
    const t = 'Energy costs fell 4.1%, the statistics office said. Anna Berg, a teacher, said her bills rose 20%.';
    const [office, berg] = findClaims(t, []);
    expect(office).toMatchObject({ source: 'statistics office', speaker: { name: 'the statistics office' } });
    expect(berg).toMatchObject({ source: null, speaker: { name: 'Anna Berg' } });
  });

  it('attributes a reported statement through "X, who …, said"', () => {
    const c = claims.find((x) => x.text.startsWith('Mayor Lina Ortiz'))!;
    expect(c.kinds).toEqual(expect.arrayContaining(['attributed']));
    expect(c.speaker?.name).toBe('Lina Ortiz');
  });
});

describe('findClaims on odd input', () => {
  it('survives empty, punctuation-only and unbalanced text', () => {
    for (const t of ['', '"', '“', '”,” he said.', '$', '%', '1,000,000,000', 'said said said', '\n\n\n', 'A. B. C. D.', '“a “b” c” said X.']) {
      const out = findClaims(t, []);
      for (const c of out) expect(t.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('keeps its invariants on shuffled pieces of news text', () => {
    const pieces = [
      '“We will win,” she said.', 'Officials said 2,000 people', 'according to the UN,', 'Mr. Lee', 'told reporters',
      '\n', ' the U.S. economy grew 2.5% ', '"Not now." ', 'He added: “Prices will rise.”', 'the third-largest',
      ', who spoke on Monday,', 'J. D. Vance said', '$1.5bn', ' and ', '. ', '“open quote ', 'they said.',
    ];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      let t = '';
      for (let k = 0; k < 12; k++) t += pieces[Math.floor(rand() * pieces.length)];
      const out = findClaims(t, []);
      for (const c of out) {
        expect(t.slice(c.start, c.end)).toBe(c.text);
        expect(c.kinds).toContain(c.kind);
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
        for (const n of c.numbers) {
          expect(t.slice(n.start, n.end)).toBe(n.text);
          expect(n.start >= c.start && n.end <= c.end).toBe(true);
        }
        if (c.speaker?.start !== undefined) expect(c.speaker.end).toBeGreaterThan(c.speaker.start);
      }
    }
  });
});
