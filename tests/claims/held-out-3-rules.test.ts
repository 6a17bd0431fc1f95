/**
 * Rules drawn from the misses of held-out round 3 of the real-page claims set (see
 * tests/devset/claims/README.md); every sentence here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../lib/claims/index';
import { tokenize } from '../../lib/claims/lexicon';
import { findReferents } from '../../lib/claims/names';
import type { Mention } from '../../lib/engine/types';

const claims = (text: string) => findClaims(text, []);
const speakerOf = (text: string, quoted: string) => claims(text).find((c) => c.kind === 'quote' && c.text.includes(quoted))?.speaker?.name ?? null;
const claimOf = (text: string, opening: string) => claims(text).find((c) => c.kind !== 'quote' && c.text.startsWith(opening)) ?? null;

describe('organisations as speakers', () => {
  it('reads a name joined by & as one name', () => {
    expect(tokenize('KB&T said').map((t) => t.text)).toEqual(['KB&T', 'said']);
    expect(claimOf('KB&T said on Monday that 4,000 homes will lose power.', 'KB&T')?.speaker?.name).toBe('KB&T');
  });

  it('gives "a X spokesperson" to the organisation X', () => {
    const text = '“We are cooperating with the inquiry,” a Loomway spokesperson said in an email.';
    expect(speakerOf(text, 'We are cooperating')).toBe('Loomway');
  });

  it('takes "the utility", "the authors" and other common group nouns as speakers', () => {
    expect(claimOf('The utility said it will cut power to 12,000 customers.', 'The utility')?.speaker?.name).toBe('The utility');
    expect(claimOf('Occasional use is not thought to cause lasting harm, the authors said.', 'Occasional')?.speaker?.name).toBe('the authors');
  });

  it('gives chanted words to the crowd that chants them', () => {
    expect(speakerOf('Nurses chanted, “Staff our wards,” outside the hall.', 'Staff our wards')).toBe('Nurses');
  });
});

describe('names with suffixes and phrasal speech verbs', () => {
  it('reads through the period of "Jr." to the speaker', () => {
    const text = 'State Attorney Carl Obuya Jr. said the ruling shows that nobody may “threaten a judge to change a verdict.”';
    expect(speakerOf(text, 'threaten a judge')).toBe('Carl Obuya');
  });

  it('takes "pointed out" as speech, and "pointed out of" not', () => {
    const text = 'Mira Tall, a researcher at Dunmore, was not involved in the work. However, she pointed out that the samples were too small to draw firm conclusions.';
    expect(claimOf(text, 'However')?.speaker?.name).toBe('Mira Tall');
    expect(claimOf('The guide pointed out of the window at the harbour and said nothing.', 'The guide')).toBeNull();
  });
});

describe('pronouns', () => {
  it('prefer the subject of their own sentence to an owner named in a possessive', () => {
    const text =
      'Senator Rula Pence spoke at the hearing. Rula Pence said the budget was fair. ' +
      'Tom Garvey, 41, was arrested for a call he made to Pence’s office, in which he said he would “burn the whole place down.”';
    expect(speakerOf(text, 'burn the whole place')).toBe('Tom Garvey');
  });
});

describe('quoted titles', () => {
  it('are not quotations; short quoted words in lower case or shouted in capitals still are', () => {
    const text = 'The band played “Long Night Falling” and “Star Roads,” while the crowd chanted “Pay our teachers,” and “NO MORE CUTS” outside.';
    const quotes = claims(text).filter((c) => c.kind === 'quote').map((c) => c.text);
    expect(quotes).toEqual(['“Pay our teachers,”', '“NO MORE CUTS”']);
  });
});

describe('names from the spotter', () => {
  const unknown = (text: string, name: string, type: Mention['type'] = 'person'): Mention => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, entityId: null, type, confidence: 0.5, reason: 'unknown name', highlight: true };
  };

  it('reads unknown names by the evidence of the text, not by the spotter’s type guess', () => {
    const text = 'Fans cheered. Big Machine says the show will go on. “We never blocked her,” the company said.';
    const refs = findReferents(text, [unknown(text, 'Big Machine')]);
    expect(refs.filter((r) => r.person).map((r) => r.name)).toEqual([]);
  });

  it('finds the name inside a longer unknown mention and drops titles', () => {
    const text = '“The lakes are deep,” said Rosaly Tenn of NASA. Navy Cmdr. Ezra Pole, a spokesman, said the claim “is patently false,” later.';
    const refs = findReferents(text, [unknown(text, 'Rosaly Tenn of NASA', 'other'), unknown(text, 'Cmdr. Ezra Pole')]);
    expect(refs.filter((r) => r.person).map((r) => r.name)).toEqual(['Rosaly Tenn', 'Ezra Pole']);
  });
});
