import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../lib/engine/spotter';
import type { EntityLite } from '../../lib/engine/types';
import { pairs, spotter } from './helpers';

const person = (id: string, name: string, aliases: string[] = []): EntityLite =>
  ({ id, type: 'person', name, aliases, prominence: 0.7 });

describe('partial names of people named in full', () => {
  it('links a later bare surname that is not an alias, with or without a possessive', () => {
    const ms = spotter.find('Steve Witkoff flew in. Witkoff said Witkoff’s plan stands.');
    expect(ms.map((m) => [m.text, m.entityId])).toEqual([
      ['Steve Witkoff', 'steve-witkoff'], ['Witkoff', 'steve-witkoff'], ['Witkoff', 'steve-witkoff'],
    ]);
    expect(ms[1]!.reason).toContain('surname');
  });

  it('does not link a lower-case word that equals a surname', () => {
    const s = createSpotter([person('ann-rose', 'Ann Rose')]);
    expect(s.find('Ann Rose smelled a rose.').map((m) => m.text)).toEqual(['Ann Rose']);
  });

  it('links a first name only after the full name and not as a sentence-initial common word', () => {
    const s = createSpotter([person('keir-starmer', 'Keir Starmer'), person('will-smith', 'Will Smith')]);
    expect(pairs('Keir arrived. Keir Starmer spoke, then Keir left.', undefined, [person('keir-starmer', 'Keir Starmer')]))
      .toEqual([['Keir Starmer', 'keir-starmer'], ['Keir', 'keir-starmer']]);
    const ms = s.find('Will Smith came. Will it rain? Then Will waved.');
    expect(ms.filter((m) => m.entityId).map((m) => [m.start, m.text])).toEqual([[0, 'Will Smith'], [36, 'Will']]);
  });

  it('splits a surname shared by two people named in full by the nearest full name', () => {
    const s = createSpotter([person('ann-lee', 'Ann Lee'), person('bo-lee', 'Bo Lee')]);
    const ms = s.find('Ann Lee won. Lee smiled. Bo Lee lost. Lee frowned.');
    expect(ms.map((m) => m.entityId)).toEqual(['ann-lee', 'ann-lee', 'bo-lee', 'bo-lee']);
  });
});

describe('surnames after a title, without the full name', () => {
  it('links a surname after a title when one person in the dictionary has it', () => {
    const ms = spotter.find('Critics say Mr. Witkoff lacks experience; envoy Witkoff disagrees.');
    expect(ms.map((m) => [m.text, m.entityId])).toEqual([['Witkoff', 'steve-witkoff'], ['Witkoff', 'steve-witkoff']]);
    expect(ms[0]!.reason).toContain('after title "mr"');
  });

  it('does not link a titled word that a capitalised word follows: there it is a first name', () => {
    // "Professor Witkoff Chaudhary" is someone else, whose first name is the KB person's surname
    const ms = spotter.find('Professor Witkoff Chaudhary, an ornithologist, reviewed the report.');
    expect(ms.some((m) => m.entityId === 'steve-witkoff')).toBe(false);
  });

  it('does not link a bare surname with no title, nor one shared by two people', () => {
    expect(pairs('Critics say Witkoff lacks experience.')).toEqual([['Witkoff', null]]);
    const s = createSpotter([person('ann-lee', 'Ann Lee'), person('bo-lee', 'Bo Lee')]);
    expect(s.find('Mr Lee said no.').map((m) => m.entityId)).toEqual([null]);
  });
});

describe('unknown names', () => {
  const unknown = (text: string) => spotter.find(text).filter((m) => m.entityId === null);

  it('finds capitalized multi-word names and types them as people by default', () => {
    const [m] = unknown('The report was written by Jane Doerr and colleagues.');
    expect(m).toMatchObject({ text: 'Jane Doerr', type: 'person', highlight: true, entityId: null });
  });

  it('ends a person\'s name before "of the" and the organization they work for', () => {
    const texts = unknown('Seismologist Andrew Mbatha of the University of Cape Town said so, as did Rina Obuya of Lakeside University.');
    expect(texts.map((m) => [m.text, m.type])).toEqual([
      ['Seismologist Andrew Mbatha', 'person'], ['University of Cape Town', 'organization'], ['Rina Obuya', 'person'], ['Lakeside University', 'organization'],
    ]);
    // one word before "of", an organization's word or a noun that heads such names: one name
    expect(unknown('the Bank of Albion and the Royal Bank of Lorvia and the Lakeside Fraternal Order of Police').map((m) => m.text))
      .toEqual(['Bank of Albion', 'Royal Bank of Lorvia', 'Lakeside Fraternal Order of Police']);
  });

  it('types organizations by suffix or prefix and places by cue or suffix', () => {
    expect(unknown('the Central Election Commission met')[0]).toMatchObject({ text: 'Central Election Commission', type: 'organization' });
    expect(unknown('funding from the Bank of Albion today')[0]).toMatchObject({ text: 'Bank of Albion', type: 'organization' });
    expect(unknown('he lives in Zaporvik now')[0]).toMatchObject({ text: 'Zaporvik', type: 'place' });
    expect(unknown('along the Dniester River banks')[0]).toMatchObject({ text: 'Dniester River', type: 'place' });
    expect(unknown('the city of Vornholm said')[0]).toMatchObject({ text: 'Vornholm', type: 'place' });
  });

  it('types a name after a title as a person, without the title', () => {
    expect(unknown('said Dr Alma Quist, a doctor')[0]).toMatchObject({ text: 'Alma Quist', type: 'person' });
    expect(unknown('Defence Minister Rustem Umerov said')[0]).toMatchObject({ text: 'Rustem Umerov', type: 'person' });
    expect(unknown('Defence Minister Rustem Umerov said')).toHaveLength(1);
  });

  it('skips sentence starters, weekdays, months, God, captions and lone demonyms', () => {
    const text = 'However, talks went on. On Thursday the French team met. “God bless,” he said in March. ' +
      'Image: archive. Asked about it, Ukrainians laughed.';
    expect(unknown(text)).toEqual([]);
  });

  it('keeps a sentence-initial single word only when the article capitalizes it elsewhere too', () => {
    expect(unknown('Quorvia denied it. Officials in Quorvia agreed.').map((m) => m.text)).toEqual(['Quorvia', 'Quorvia']);
    expect(unknown('Quorvia denied it.')).toEqual([]);
  });

  it('ignores capitals in a title-case headline unless the body capitalizes the same name', () => {
    const text = 'Zelenskyy Says Europe Must Stand Firm With Quorvia\nOfficials in Quorvia agreed on Monday.';
    expect(unknown(text).map((m) => m.text)).toEqual(['Quorvia', 'Quorvia']);
    expect(spotter.find(text).filter((m) => m.entityId).map((m) => m.text)).toEqual(['Zelenskyy', 'Europe']);
  });

  it('groups later short forms with the full name', () => {
    const ms = unknown('Jane Doerr spoke first. Later Doerr added that Jane had left.');
    expect(ms.map((m) => [m.text, m.groupKey, m.type])).toEqual([
      ['Jane Doerr', 'jane doerr', 'person'], ['Doerr', 'jane doerr', 'person'], ['Jane', 'jane doerr', 'person'],
    ]);
  });

  it('does not report the first name next to a linked surname as an unknown name', () => {
    const s = createSpotter([person('zelenskyy', 'Zelenskyy')]);
    expect(s.find('President Volodymyr Zelenskyy spoke').filter((m) => m.entityId === null)).toEqual([]);
  });
});

describe('unknown names: abbreviations, initials, particles, datelines', () => {
  const unknown = (text: string) => spotter.find(text).filter((m) => m.entityId === null);

  it('does not end a sentence at "Mr." and joins "St." and initials into the name', () => {
    expect(unknown('We met Mr. Quist today.')[0]).toMatchObject({ text: 'Quist', type: 'person' });
    expect(unknown('He was in St. Petersburg last month.')[0]).toMatchObject({ text: 'St. Petersburg', type: 'place' });
    expect(unknown('She flew to Washington D.C. on Monday.')[0]).toMatchObject({ text: 'Washington D.C.', type: 'place' });
    expect(unknown('said George W. Bush yesterday')[0]).toMatchObject({ text: 'George W. Bush', type: 'person' });
  });

  it('keeps the office of a multi-word title out of the name', () => {
    expect(unknown('Secretary of State Mara Quell called').map((m) => m.text)).toEqual(['Mara Quell']);
    expect(unknown('the Minister of Foreign Affairs Ilya Dorn said').map((m) => m.text)).toEqual(['Ilya Dorn']);
  });

  it('keeps a title word after "of" with no name after it in the body\'s name: "the Ministry of Justice said"', () => {
    expect(unknown('The Ministry of Justice said it was hiring.').map((m) => m.text)).toEqual(['Ministry of Justice']);
    // (and before a name it is still a title: "Minister of Justice Anna Rudd")
    expect(unknown('the Minister of Justice Anna Rudd said').map((m) => m.text)).toEqual(['Anna Rudd']);
  });

  it('keeps a saint\'s possessive in the name it ends: "St Brendan’s said", "St Aidan’s Hospital"', () => {
    expect(unknown('In a statement, St Columba’s said it accepted the findings.')[0]).toMatchObject({ text: 'St Columba’s', type: 'organization' });
    expect(unknown('Staff at St Aidan’s Hospital were told on Monday.')[0]).toMatchObject({ text: 'St Aidan’s Hospital', type: 'organization' });
    // (not a possessive after a longer name: "St Kilda Road's traffic")
    expect(unknown('St Kilda Road’s traffic was slow.').map((m) => m.text)).toEqual(['St Kilda Road']);
  });

  it('keeps a place linked after a hyphen in a double-barrelled surname a given name opens ("Rui Albuquerque-Santos")', () => {
    const kb = createSpotter([{ id: 'city-santos', type: 'place', name: 'Santos', aliases: [], prominence: 0.6 }, { id: 'city-paris', type: 'place', name: 'Paris', aliases: [], prominence: 0.9 }, { id: 'city-london', type: 'place', name: 'London', aliases: [], prominence: 0.9 }]);
    const found = kb.find('Her coach, Rui Albuquerque-Santos, said so. The London-Paris route reopened.');
    expect(found.map((m) => m.text)).toEqual(['Rui Albuquerque-Santos', 'London', 'Paris']);
  });

  it('joins a capitalized "Without" or "Against" between two capitalized words mid-sentence, as an organization ("Coast Without Nuclear")', () => {
    const found = unknown('She coordinates the campaign group Coast Without Nuclear, which opposes the plant, and Engineers Against Poverty.');
    expect(found.map((m) => [m.text, m.type])).toEqual([['Coast Without Nuclear', 'organization'], ['Engineers Against Poverty', 'organization']]);
  });

  it('drops runs of single letters such as party-state tags', () => {
    expect(unknown('Lindsey Graham (R-S.C.) said').map((m) => m.text)).toEqual(['Lindsey Graham']);
  });

  it('keeps name particles inside a person name and groups the particle form', () => {
    const ms = unknown('Commission chief Ursula von der Leyen spoke. Von der Leyen left.');
    expect(ms.map((m) => [m.text, m.type, m.groupKey])).toEqual([
      ['Ursula von der Leyen', 'person', 'ursula von der leyen'],
      ['Von der Leyen', 'person', 'ursula von der leyen'],
    ]);
  });

  it('joins "of the" but not a bare "the" between two names', () => {
    expect(unknown('the Bank of the Andes said').map((m) => m.text)).toEqual(['Bank of the Andes']);
    expect(unknown('Lindsey Graham told Fox News the Senate could vote').map((m) => m.text))
      .toEqual(['Lindsey Graham', 'Fox News', 'Senate']);
  });

  it('reads an all-caps word opening a line before "(" or "-" as a dateline place', () => {
    expect(unknown('QUORVIA (Wire) - Talks began.')[0]).toMatchObject({ text: 'QUORVIA', type: 'place' });
    expect(unknown('Talks began, the IMF said.')[0]).toMatchObject({ text: 'IMF', type: 'organization' });
  });
});

describe('place names inside organization names', () => {
  it('reads a linked place followed by an organization word as one unknown organization', () => {
    const ms = spotter.find('The Moscow City Council met while Moscow slept.');
    expect(ms.map((m) => [m.text, m.entityId, m.type])).toEqual([
      ['Moscow City Council', null, 'organization'], ['Moscow', 'moscow', 'place'],
    ]);
    expect(ms[0]!.groupKey).toBe('moscow city council');
    expect(ms[0]!.reason).toContain('place name "Moscow"');
  });

  it('reads a newspaper named after a linked city as one organization', () => {
    expect(pairs('residents told the Kyiv Independent that')).toEqual([['Kyiv Independent', null]]);
  });

  it('leaves a place linked when the capitalized word after it is no organization word', () => {
    expect(pairs('in Moscow Quorvia said').map(([t, id]) => [t, id])).toEqual([['Moscow', 'moscow'], ['Quorvia', null]]);
  });
});
