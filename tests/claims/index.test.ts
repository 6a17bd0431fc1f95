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

  it('attributes a reported statement through "X, who …, said"', () => {
    const c = claims.find((x) => x.text.startsWith('Mayor Lina Ortiz'))!;
    expect(c.kinds).toEqual(expect.arrayContaining(['attributed']));
    expect(c.speaker?.name).toBe('Lina Ortiz');
  });
});
