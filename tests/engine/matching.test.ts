import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../lib/engine/spotter';
import type { EntityLite } from '../../lib/engine/types';
import { pairs, spotter } from './helpers';

const e = (id: string, name: string, aliases: string[] = [], more: Partial<EntityLite> = {}): EntityLite => ({
  id, type: 'place', name, aliases, prominence: 0.5, ...more,
});

describe('matching: possessives, spacing, leftmost-longest', () => {
  it('matches an alias followed by a straight or curly possessive, excluding the ’s', () => {
    for (const s of ['Zelenskyy\'s plan', 'Zelenskyy’s plan', 'Zelenskyy’ plan']) {
      const [m] = spotter.find(s);
      expect(m).toMatchObject({ start: 0, end: 9, text: 'Zelenskyy', entityId: 'volodymyr-zelenskyy' });
    }
  });

  it('prefers the longest alias at the leftmost position', () => {
    expect(pairs('The United States of America said')).toEqual([
      ['United States of America', 'united-states'],
    ]);
    expect(pairs('The United States said')).toEqual([['United States', 'united-states']]);
  });

  it('matches across non-breaking spaces, line-wrapped spaces and accents', () => {
    expect(pairs('in Saudi\u00a0Arabia')).toEqual([['Saudi\u00a0Arabia', 'saudi-arabia']]);
    expect(pairs('Volodymyr  Zelenskyy')).toEqual([['Volodymyr  Zelenskyy', 'volodymyr-zelenskyy']]);
    const s = createSpotter([e('sao-paulo', 'São Paulo'), e('bogota', 'Bogotá')]);
    expect(s.find('from Sao Paulo to Bogota and Bogota\u0301').map((m) => m.text)).toEqual([
      'Sao Paulo', 'Bogota', 'Bogota\u0301',
    ]);
  });

  it('sees through soft hyphens and zero-width characters inside a name', () => {
    const text = 'Zelen\u00adskyy and Ma\u200bcron met';
    expect(pairs(text)).toEqual([['Zelen\u00adskyy', 'volodymyr-zelenskyy'], ['Ma\u200bcron', 'emmanuel-macron']]);
  });

  it('does not match inside a word', () => {
    expect(pairs('Parisian cafes and Russiagate').filter(([, id]) => id !== null)).toEqual([]);
  });

  it('matches dash variants in hyphenated aliases and splits at hyphens between names', () => {
    const s = createSpotter([e('gb', 'Guinea-Bissau'), e('ru', 'Russia'), e('ua', 'Ukraine')]);
    expect(s.find('Guinea–Bissau and the Russia-Ukraine war').map((m) => m.entityId)).toEqual(['gb', 'ru', 'ua']);
  });

  it('gives offsets such that text equals the slice, also after astral characters', () => {
    const text = '😀 “Macron” met 𝐀 Zelensky’s team in Kyiv.';
    const ms = spotter.find(text);
    expect(ms.map((m) => m.entityId)).toEqual(['emmanuel-macron', 'volodymyr-zelenskyy', 'kyiv']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('case rules', () => {
  it('matches an all-caps alias only in capitals', () => {
    expect(pairs('the US said')).toEqual([['US', 'united-states']]);
    expect(pairs('they told us that')).toEqual([]);
    expect(pairs('Us and them')).toEqual([]);
  });

  it('accepts the British title case of an acronym of four letters or more, not of shorter ones', () => {
    expect(pairs('a Nato summit')).toEqual([['Nato', 'nato']]);
    expect(pairs('a nato summit')).toEqual([]);
  });

  it('never matches a name written in lower case', () => {
    const s = createSpotter([e('nice', 'Nice'), e('turkey', 'Turkey'), e('chad', 'Chad')]);
    expect(s.find('nice weather, roast turkey and a chad on the ballot')).toEqual([]);
    expect(s.find('We flew to Nice, then to Turkey.').map((m) => m.entityId)).toEqual(['nice', 'turkey']);
  });

  it('lets an alias written with a lower-case first letter match it', () => {
    const s = createSpotter([e('vdl', 'Ursula von der Leyen', ['von der Leyen'], { type: 'person' })]);
    expect(s.find('said von der Leyen').map((m) => m.text)).toEqual(['von der Leyen']);
  });

  it('needs a cue or a fuller mention for a common-word alias at a sentence start', () => {
    const s = createSpotter([
      e('nice', 'Nice', [], { cues: ['riviera'] }),
      e('turkey', 'Turkey'),
    ]);
    expect(s.find('Nice weather today. Turkey is on the menu.')).toEqual([]);
    expect(s.find('Nice is on the Riviera.').map((m) => m.entityId)).toEqual(['nice', null]);
    expect(s.find('Turkey voted. Officials in Turkey said so.').map((m) => m.entityId)).toEqual([
      'turkey', 'turkey',
    ]);
  });

  it('treats a month-like alias as ambiguous even mid-sentence', () => {
    const may = e('theresa-may', 'Theresa May', ['May'], { type: 'person', cues: ['prime minister'] });
    const s = createSpotter([may]);
    expect(s.find('Talks resume in May.')).toEqual([]);
    expect(s.find('Theresa May spoke. In May, May resigned.').map((m) => m.text)).toEqual([
      'Theresa May', 'May', 'May',
    ]);
  });
});

describe('dictionary details', () => {
  it('drops a lower-case leading "the" from an alias but keeps a capitalized one', () => {
    const s = createSpotter([
      e('kremlin', 'Kremlin', ['the Kremlin'], { type: 'organization' }),
      e('hague', 'The Hague'),
    ]);
    expect(s.find('The Kremlin said the Kremlin had met in The Hague.').map((m) => m.text)).toEqual([
      'Kremlin', 'Kremlin', 'The Hague',
    ]);
  });

  it('does not join two names across "and"', () => {
    expect(pairs('talks with Quorvia and Zembla ended').map(([t]) => t)).toEqual(['Quorvia', 'Zembla']);
  });
});
