import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/engine/types';
import { findReferents } from '../../lib/claims/names';
import { findQuotes, maskQuotes } from '../../lib/claims/quotes';
import { findAttributions } from '../../lib/claims/speakers';

const person = (text: string, name: string, id: string | null): Mention[] => {
  const out: Mention[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    out.push({ start: i, end: i + name.length, text: name, entityId: id, type: 'person', confidence: 1, reason: '', highlight: true });
  }
  return out;
};

/** The best attribution of the sentence that starts at `sentence` (to the next period or the end). */
function speakerOf(text: string, mentions: Mention[], sentence: string, exclude: string[] = []) {
  const quotes = findQuotes(text);
  const masked = maskQuotes(text, quotes);
  const referents = findReferents(text, mentions);
  const from = text.indexOf(sentence);
  const subjects = new Set(referents.filter((r) => r.person).map((r) => r.start));
  const state = { referents, subjects, lastSpeaker: null };
  return findAttributions(text, masked, from, from + sentence.length, state, new Set(exclude))[0]?.speaker ?? null;
}

describe('findAttributions', () => {
  it('reads "X said", "said X" and "X added/told"', () => {
    const text = 'Anna Berg, 41, a teacher, lives here. “We are tired of this,” said Berg. Berg told reporters the school closed.';
    expect(speakerOf(text, [], '“We are tired of this,” said Berg.')?.name).toBe('Anna Berg');
    expect(speakerOf(text, [], 'Berg told reporters the school closed.')?.name).toBe('Anna Berg');
  });

  it('reads a relation before an appositive name as a person and uses its gender', () => {
    const text = 'For years Tomas Vrba rowed the ferry. His daughter, Eva, disagrees. “The village will change,” she says.';
    // (named with her father's surname since session 6: "His daughter, Eva," is Eva Vrba)
    expect(speakerOf(text, [], '“The village will change,” she says.', [])?.name).toBe('Eva Vrba');
  });

  it('links to the mention’s entity when there is one', () => {
    const text = 'French President Emmanuel Macron said Europe must act.';
    const s = speakerOf(text, person(text, 'Emmanuel Macron', 'emmanuel-macron'), text);
    expect(s).toMatchObject({ entityId: 'emmanuel-macron', name: 'Emmanuel Macron' });
  });

  it('resolves a pronoun to the preceding person, never to one named inside the quotation', () => {
    const text = 'Maria Lopez, the mayor, met the press. “John Smith was wrong,” she said.';
    expect(speakerOf(text, [], '“John Smith was wrong,” she said.', ['smith'])?.name).toBe('Maria Lopez');
  });

  it('resolves a role phrase to the person with matching descriptors', () => {
    const text =
      'Ukrainian President Olena Koval met US envoy Tom Reed. “I believe that Reed repeats Moscow’s line,” the Ukrainian leader said.';
    const sentence = '“I believe that Reed repeats Moscow’s line,” the Ukrainian leader said.';
    expect(speakerOf(text, [], sentence, ['reed'])?.name).toBe('Olena Koval');
    const text2 = 'Ukrainian President Olena Koval met US envoy Tom Reed. The envoy said talks would resume.';
    expect(speakerOf(text2, [], 'The envoy said talks would resume.')?.name).toBe('Tom Reed');
  });

  it('reads "X, who spoke …, said", "X, who suggested" and "according to X"', () => {
    const text = 'Ivan Petrov, who spoke after the vote, said turnout was low.';
    expect(speakerOf(text, [], text)?.name).toBe('Ivan Petrov');
    const text2 = 'The critic was adviser Jane Doe, who suggested the deal was unfair.';
    expect(speakerOf(text2, [], text2)?.name).toBe('Jane Doe');
    const text3 = 'Prices rose 4%, according to Ukrainian officials.';
    expect(speakerOf(text3, [], text3)?.name).toBe('Ukrainian officials');
  });

  it('resolves "the company said" to the organisation mentioned last', () => {
    const text = 'Nordtek reported a profit. Sales rose 5%, the company said.';
    const org: Mention = { start: 0, end: 7, text: 'Nordtek', entityId: 'nordtek', type: 'organization', confidence: 1, reason: '', highlight: true };
    expect(speakerOf(text, [org], 'Sales rose 5%, the company said.')).toMatchObject({ entityId: 'nordtek', name: 'Nordtek' });
    expect(speakerOf(text, [], 'Sales rose 5%, the company said.')).toMatchObject({ entityId: null, name: 'the company' });
  });

  it('takes an organisation named with "of"/"for" whole, not its last word for a person', () => {
    const text = 'The Office for National Statistics said output fell. The Bank of England says growth is weak.';
    expect(speakerOf(text, [], 'The Office for National Statistics said output fell.')?.name).toBe('Office for National Statistics');
    expect(speakerOf(text, [], 'The Bank of England says growth is weak.')?.name).toBe('Bank of England');
  });

  it('reads "X called Y “…”" and a subject shared by two verbs', () => {
    const text = 'Minister Gillian Ward called the strike “unnecessary and damaging.” The ministry disputes that and says pay rose.';
    expect(speakerOf(text, [], 'Minister Gillian Ward called the strike “unnecessary and damaging.”')?.name).toBe('Gillian Ward');
    expect(speakerOf(text, [], 'The ministry disputes that and says pay rose.')?.name).toBe('The ministry');
  });

  it('keeps an unknown speaker taken from the text, with a null entity', () => {
    const text = 'A spokesman for the ministry said the figures were wrong.';
    expect(speakerOf(text, [], text)).toMatchObject({ entityId: null });
    expect(speakerOf('The sky was grey all day.', [], 'The sky was grey all day.')).toBeNull();
  });
});
