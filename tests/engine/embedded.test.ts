import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../lib/engine/spotter';
import type { EntityLite } from '../../lib/engine/types';

const place = (id: string, name: string, prominence: number, linkOnly?: string[]): EntityLite =>
  ({ id, type: 'place', name, aliases: [], prominence, ...(linkOnly ? { linkOnly } : {}) });
const person = (id: string, name: string, aliases: string[]): EntityLite =>
  ({ id, type: 'person', name, aliases, prominence: 0.6 });

const ENTITIES: EntityLite[] = [
  place('vietnam', 'Vietnam', 0.8, ['Vietnamese']),
  place('china', 'China', 0.9, ['Chinese']),
  place('jordan', 'Jordan', 0.7, ['Jordanian']),
  place('ecuador', 'Ecuador', 0.75, ['Ecuadorian']),
  place('indiana', 'Indiana', 0.5),
  place('nevada', 'Nevada', 0.5),
  place('kabul', 'Kabul', 0.55),
  place('hong-kong', 'Hong Kong', 0.75),
  place('moscow', 'Moscow', 0.85),
  place('city-jackson', 'Jackson', 0.3),
  place('city-warren', 'Warren', 0.3),
  person('cindy-mccain', 'Cindy McCain', ['McCain']),
  person('donald-trump', 'Donald Trump', ['Trump', 'President Trump']),
  person('xi-jinping', 'Xi Jinping', ['Xi', 'President Xi']),
  { id: 'ccp', type: 'organization', name: 'Chinese Communist Party', aliases: [], prominence: 0.7 },
];
const s = createSpotter(ENTITIES);
const found = (text: string): [string, string | null, boolean][] =>
  s.find(text).map((m) => [m.text, m.entityId, m.highlight]);

describe('known names inside longer capitalized names', () => {
  it('reads the whole run as one unknown name', () => {
    expect(found('Ships sail in the South China Sea and Vietnam protests.')).toEqual([
      ['South China Sea', null, true], ['Vietnam', 'vietnam', true],
    ]);
    expect(found('He served in the Vietnam War, then saw Indiana Jones and the Sierra Nevada Corporation.')).toEqual([
      ['Vietnam War', null, true], ['Indiana Jones', null, true], ['Sierra Nevada Corporation', null, true],
    ]);
  });

  it('does not link a place or a surname alias after a first name that is not the entity\'s', () => {
    expect(found('The late Sen. John McCain was held there. McCain never forgot it.')).toEqual([
      ['John McCain', null, true], ['McCain', null, true],
    ]);
    expect(found('They watched Michael Jordan play.')).toEqual([['Michael Jordan', null, true]]);
  });

  it('joins "X of <place>" only when X ends an organization or place name', () => {
    expect(found('a speech at the Diplomatic Academy of Vietnam today')).toEqual([
      ['Diplomatic Academy of Vietnam', null, true],
    ]);
    const ms = found('King Abdullah of Jordan met them.');
    expect(ms).toContainEqual(['Jordan', 'jordan', true]);
  });

  it('keeps the link after a place cue and before a person\'s name or a title', () => {
    expect(found('in Moscow Quorvia said')).toEqual([['Moscow', 'moscow', true], ['Quorvia', null, true]]);
    expect(found('the ambassador to China Liu Xiaming said')).toEqual([
      ['China', 'china', true], ['Liu Xiaming', null, true],
    ]);
  });
});

describe('person readings before place readings', () => {
  it('drops a place reading after a person\'s title', () => {
    expect(found('Then Judge Jackson ruled.')).toEqual([['Jackson', null, true]]);
    expect(found('They drove to Jackson on Monday.')).toEqual([['Jackson', 'city-jackson', true]]);
  });

  it('reads a minor place named by one word right before "said" as an unknown name', () => {
    expect(found('The senator, Warren said, will run.')).toEqual([['Warren', null, true]]);
    expect(found('Officials in Warren said the roads were closed.')).toEqual([['Warren', 'city-warren', true]]);
  });

  it('leaves a title out of a person alias that starts with it', () => {
    const ms = s.find('Then President Trump spoke.');
    expect(ms.map((m) => [m.text, m.entityId])).toEqual([['Trump', 'donald-trump']]);
    expect(ms[0]!.start).toBe('Then President '.length);
  });
});

describe('titles, short names and abbreviations', () => {
  it('prefers the full name after a title to an alias that includes the title', () => {
    expect(found('Then President Xi Jinping of China spoke.')).toEqual([
      ['Xi Jinping', 'xi-jinping', true], ['China', 'china', true],
    ]);
    expect(found('Then President Xi spoke.')).toEqual([['Xi', 'xi-jinping', true]]);
  });

  it('links an organization named without its nationality word after its full name only', () => {
    expect(found('The Communist Party met. The Chinese Communist Party rules; the Communist Party fears.')).toEqual([
      ['Communist Party', null, true], ['Chinese Communist Party', 'ccp', true], ['Communist Party', 'ccp', true],
    ]);
  });

  it('keeps a name syllable that is a function word and a possessive after "the" inside the name', () => {
    expect(found('talks with vice-premier Liu He, then more.')).toEqual([['Liu He', null, true]]);
    expect(found('Later He left. Am I right?')).toEqual([]);
    expect(found('On Monday, the People’s Daily said so.')).toEqual([['People’s Daily', null, true]]);
    expect(found('They said Britain’s Quorvia Party won.').map(([t]) => t)).toEqual(['Britain', 'Quorvia Party']);
  });

  it('reads ethnic group words as no names', () => {
    expect(found('a million or more Uighurs and Tibetans were held')).toEqual([]);
  });

  it('reads no currency abbreviation and no office as a name', () => {
    expect(found('He spent Rs 24 lakh.')).toEqual([]);
    expect(found('the Hong Kong Chief Executive Carrie Lam said').map(([t, id]) => [t, id])).toEqual([
      ['Hong Kong', 'hong-kong'], ['Carrie Lam', null],
    ]);
  });
});

describe('demonyms derived from country names', () => {
  it('links an unlisted demonym without a highlight', () => {
    expect(found('at the Ecuadorean embassy in London')).toEqual([
      ['Ecuadorean', 'ecuador', false], ['London', null, true],
    ]);
    expect(found('Chinese and Vietnamese officials')).toEqual([
      ['Chinese', 'china', false], ['Vietnamese', 'vietnam', false],
    ]);
  });

  it('does not read a name next to another capitalized word as a demonym', () => {
    expect(found('He met Ashraf Ghani and the Jordanian Army.').map(([t, id]) => [t, id])).not.toContainEqual(
      ['Ghani', expect.anything()],
    );
    expect(found('Julian Assange spoke.')).toEqual([['Julian Assange', null, true]]);
  });
});

describe('acronyms written in title case', () => {
  const acr = createSpotter([
    { id: 'swift', type: 'organization', name: 'SWIFT', aliases: [], prominence: 0.6 },
    { id: 'nato', type: 'organization', name: 'NATO', aliases: [], prominence: 0.9 },
    place('europe', 'Europe', 0.9, ['European']),
  ]);
  const spot = (text: string): [string, string | null][] => acr.find(text).map((m) => [m.text, m.entityId]);

  it('end a person\'s name after a first name, and the bare word is then that person too', () => {
    expect(spot('The singer Taylor Swift spoke on Monday. Later Swift said she would play.')).toEqual([
      ['Taylor Swift', null], ['Swift', null],
    ]);
  });

  it('stay the acronym in capitals, alone, or after a nationality word', () => {
    expect(spot('The singer Taylor Swift spoke. Banks were cut off from SWIFT in March.')).toEqual([['Taylor Swift', null], ['SWIFT', 'swift']]);
    expect(spot('Banks were cut off from Swift in March, and European Nato members met.')).toEqual([
      ['Swift', 'swift'], ['European', 'europe'], ['Nato', 'nato'],
    ]);
  });
});

describe('a sentence-opening first name before a place name', () => {
  const sp = createSpotter([place('city-santos', 'Santos', 0.4), place('moscow', 'Moscow', 0.85)]);
  const spot = (text: string): [string, string | null][] => sp.find(text).map((m) => [m.text, m.entityId]);

  it('joins it when an age follows, which only a person takes', () => {
    expect(spot('The fire spread. Maria Santos, 52, left her house.')).toEqual([['Maria Santos', null]]);
  });

  it('leaves the place alone otherwise', () => {
    expect(spot('The talks ended. Later Moscow said it would reply.')).toEqual([['Moscow', 'moscow']]);
  });
});
