import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/kb/types.ts';
import { mergeEntities } from '../../lib/kb/opendata/merge.ts';

function entity(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return {
    id,
    wikidata: null,
    type: 'place',
    name,
    aliases: [],
    description: `generated ${name}`,
    summary: `generated summary of ${name}`,
    facts: [],
    related: [],
    prominence: 0.3,
    sources: [{ title: 'GeoNames', url: 'https://www.geonames.org/' }],
    asOf: '2024-12-07',
    ...extra,
  };
}

describe('mergeEntities', () => {
  it('lets authored fields win for the same id and unions aliases and linkOnly', () => {
    const authored = entity('country-ua', 'Ukraine', {
      description: 'Country in Eastern Europe, invaded by Russia in 2022',
      summary: 'Authored words.',
      aliases: ['Ukr.'],
      linkOnly: ['Ukrainian'],
      facts: [{ label: 'Capital', value: 'Kyiv' }, { label: 'President', value: 'Volodymyr Zelenskyy', since: '2019', role: true }],
      prominence: 0.9,
      wikidata: 'Q212',
      related: ['city-kyiv'],
    });
    const generated = entity('country-ua', 'Ukraine', {
      aliases: ['Ukraine', 'Ucrania', 'Ukr.', 'Ukrainians'],
      linkOnly: ['Ukrainian', 'Ukrainians'],
      facts: [{ label: 'Capital', value: 'Kiev' }, { label: 'ISO 3166-1 code', value: 'UA / UKR' }],
      prominence: 0.7,
      related: ['city-lviv'],
    });
    const [merged, ...rest] = mergeEntities([authored], [generated]);
    expect(rest).toEqual([]);
    expect(merged!.description).toBe(authored.description);
    expect(merged!.summary).toBe('Authored words.');
    expect(merged!.prominence).toBe(0.9);
    expect(merged!.wikidata).toBe('Q212');
    expect(merged!.related).toEqual(['city-kyiv']);
    expect(merged!.aliases).toEqual(['Ukr.', 'Ucrania', 'Ukrainians']);
    expect(merged!.linkOnly).toEqual(['Ukrainian']);
    expect(merged!.facts).toEqual([
      { label: 'Capital', value: 'Kyiv' },
      { label: 'President', value: 'Volodymyr Zelenskyy', since: '2019', role: true },
      { label: 'ISO 3166-1 code', value: 'UA / UKR' },
    ]);
  });

  it('never keeps a spelling in both aliases and linkOnly, nor an alias equal to the name', () => {
    const authored = entity('country-fr', 'France', { linkOnly: ['French'] });
    const generated = entity('country-fr', 'France', { aliases: ['French', 'France', 'Frankreich'], linkOnly: ['France'] });
    const [merged] = mergeEntities([authored], [generated]);
    expect(merged!.aliases).toEqual(['Frankreich']);
    expect(merged!.linkOnly).toEqual(['French']);
  });

  it('merges a generated place into the authored one that has its name as an alias, and re-points related ids', () => {
    const authored = entity('city-kyiv', 'Kyiv', { aliases: ['Kiev'], facts: [{ label: 'Mayor', value: 'Vitali Klitschko', since: '2014', role: true }] });
    const generated = [
      entity('city-kiev', 'Kiev', { aliases: ['Kyyiv'], facts: [{ label: 'Population', value: '2,797,553 (GeoNames)' }] }),
      entity('country-ua', 'Ukraine', { related: ['city-kiev'] }),
    ];
    const out = mergeEntities([authored], generated);
    expect(out.map((e) => e.id)).toEqual(['city-kyiv', 'country-ua']);
    expect(out[0]!.aliases).toEqual(['Kiev', 'Kyyiv']);
    expect(out[0]!.facts.map((f) => f.label)).toEqual(['Mayor', 'Population']);
    expect(out[1]!.related).toEqual(['city-kyiv']);
  });

  it('merges by name only between places of the same id family', () => {
    const state = entity('georgia-us-state', 'Georgia');
    const person = entity('city-paris-hilton', 'Paris', { type: 'person' });
    const generated = [entity('country-ge', 'Georgia'), entity('city-paris', 'Paris')];
    const out = mergeEntities([state, person], generated);
    expect(out.map((e) => e.id)).toEqual(['georgia-us-state', 'city-paris-hilton', 'country-ge', 'city-paris']);
    expect(out[0]).toEqual(state);
  });

  it('does not fold a second namesake into an authored entry that already has its id twin', () => {
    const paris = entity('city-paris', 'Paris', { summary: 'Authored Paris.' });
    const generated = [
      entity('city-paris', 'Paris', { aliases: ['Lutetia'], prominence: 0.5 }),
      entity('city-paris-us', 'Paris', { prominence: 0.2 }),
    ];
    const out = mergeEntities([paris], generated);
    expect(out.map((e) => e.id)).toEqual(['city-paris', 'city-paris-us']);
    expect(out[0]!.aliases).toEqual(['Lutetia']);
  });

  it('takes only the most prominent generated namesake by name', () => {
    const authored = entity('city-saint-petersburg', 'Saint Petersburg');
    const generated = [
      entity('city-st-petersburg-us', 'Saint Petersburg', { prominence: 0.2, aliases: ['St. Pete'] }),
      entity('city-st-petersburg-ru', 'Saint Petersburg', { prominence: 0.6, aliases: ['Sankt-Peterburg'] }),
    ];
    const out = mergeEntities([authored], generated);
    expect(out.map((e) => e.id)).toEqual(['city-saint-petersburg', 'city-st-petersburg-us']);
    expect(out[0]!.aliases).toEqual(['Sankt-Peterburg']);
  });

  it('keeps authored entities without a twin and other generated entities unchanged', () => {
    const nato = entity('nato', 'NATO', { type: 'organization' });
    const lviv = entity('city-lviv', 'Lviv', { related: ['country-ua'] });
    expect(mergeEntities([nato], [lviv])).toEqual([nato, lviv]);
  });
});
