import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/kb/types.ts';
import { buildFromPackages, loadRegionsInput } from '../../lib/kb/opendata/index.ts';
import { mergeEntities } from '../../lib/kb/opendata/merge.ts';
import { rejectName } from '../../lib/kb/opendata/region-names.ts';
import { buildRegions, type RegionClashes } from '../../lib/kb/opendata/regions.ts';
import type { RegionExonyms, RegionsInput } from '../../lib/kb/opendata/types.ts';
import { nameKey } from '../../lib/kb/opendata/text.ts';
import { buildPack } from '../../scripts/kb-build';

let generated: Entity[];
let regions: Entity[];
let input: RegionsInput;
const byId = (id: string): Entity => {
  const e = generated.find((x) => x.id === id);
  if (!e) throw new Error(`missing ${id}`);
  return e;
};
const spellings = (e: Entity): string[] => [e.name, ...e.aliases];
/** ISO 3166-2 code of a generated subdivision, from its facts. */
const codeOf = (e: Entity): string => e.facts.find((f) => f.label === 'ISO 3166-2 code')!.value;

beforeAll(() => {
  generated = buildFromPackages().entities;
  input = loadRegionsInput();
  regions = generated.filter((e) => e.facts.some((f) => f.label === 'ISO 3166-2 code'));
});

describe('generated first-level subdivisions', () => {
  it('has Kharkiv Oblast with its "region" form, in Ukraine, never the bare city name', () => {
    const k = byId('region-ua-63');
    expect(k.name).toBe('Kharkiv Oblast');
    expect(k.aliases).toContain('Kharkiv region');
    expect(k.aliases).not.toContain('Kharkiv');
    expect(k.related).toEqual(['country-ua']);
    expect(k.description).toBe('Oblast (region) of Ukraine');
    expect(k.facts).toContainEqual({ label: 'ISO 3166-2 code', value: 'UA-63' });
    for (const e of regions.filter((r) => codeOf(r).startsWith('UA-') && r.id.startsWith('region-'))) {
      expect(e.name, e.id).toMatch(/ Oblast$/);
      expect(e.aliases, e.id).toContain(e.name.replace(/ Oblast$/, ' region'));
    }
  });

  it('covers US states, Chinese provinces, German states and the UK nations with English names', () => {
    expect(byId('region-us-ca')).toMatchObject({ name: 'California', description: 'State of the United States' });
    expect(byId('region-cn-gd').name).toBe('Guangdong');
    expect(byId('region-de-by')).toMatchObject({ name: 'Bavaria', aliases: expect.arrayContaining(['Bayern']) });
    expect(byId('region-gb-sct').name).toBe('Scotland');
    expect(byId('region-gb-wls').name).toBe('Wales');
    expect(byId('region-in-up').name).toBe('Uttar Pradesh');
    expect(byId('region-eg-mn').name).toBe('Minya Governorate'); // the bare name is the town's
    expect(byId('region-nz-hkb').name).toBe("Hawke's Bay"); // CLDR's curly apostrophe, straightened
    expect(byId('region-ae-du').summary).toMatch(/^The Emirate of Dubai is an emirate of the United Arab Emirates/);
    expect(byId('region-us-ga').summary).toMatch(/^Georgia is a state of the United States/);
    const states = regions.filter((r) => codeOf(r).startsWith('US-')).map(codeOf);
    expect(states).toHaveLength(50); // every state, none lost to a small town of its name (Wyoming, Michigan); no D.C.
    expect(states).not.toContain('US-DC');
    expect(regions.length).toBeGreaterThan(2000);
  });

  it('gives Georgia the U.S. state a name that cannot take the country\'s spelling', () => {
    const ga = byId('region-us-ga');
    expect(spellings(ga)).not.toContain('Georgia');
    expect(spellings(ga)).toContain('state of Georgia');
  });

  it('takes no spelling of a country or a city', () => {
    const taken = new Set(
      generated.filter((e) => e.id.startsWith('country-') || e.id.startsWith('city-')).flatMap((e) => [...spellings(e), ...(e.linkOnly ?? [])].map(nameKey)),
    );
    for (const r of regions) for (const s of spellings(r)) expect(taken.has(nameKey(s)), `${r.id}: ${s}`).toBe(false);
  });

  it('has no common-word, first-name, generic, numbered or short names, nor a spelling two of them share', () => {
    const keep = new Set(input.exonyms.keep);
    const seen = new Map<string, string>();
    for (const r of regions) {
      for (const s of spellings(r)) {
        if (!(keep.has(codeOf(r)) && s === r.name)) expect(rejectName(s, input), `${r.id}: ${s}`).toBeNull();
        expect(seen.get(nameKey(s)) ?? r.id, `${s} is shared`).toBe(r.id);
        seen.set(nameKey(s), r.id);
      }
    }
    const names = new Set(regions.map((r) => r.name));
    for (const bad of ['Central', 'Northern', 'Western', 'Eastern', 'Capital', 'Eastern Province', 'Federal District', 'Reading', 'Victoria', 'Georgia', 'Washington', 'Kyiv', 'Moscow'])
      expect(names.has(bad), bad).toBe(false);
  });

  it('gives every subdivision sources, the data date, a low prominence and a one-sentence summary', () => {
    for (const r of regions) {
      expect(r.sources.map((s) => s.url), r.id).toContain('https://cldr.unicode.org/');
      expect(r.asOf, r.id).toBe(input.date);
      expect(r.prominence, r.id).toBeGreaterThanOrEqual(0.2);
      expect(r.prominence, r.id).toBeLessThanOrEqual(0.5);
      expect(r.summary, r.id).toMatch(/\.$/);
      expect(r.summary, r.id).not.toMatch(/\p{Ll}{3,}\. \p{Lu}/u); // one sentence ("St. Gallen" is not two)
      expect(r.summary, r.id).toContain(codeOf(r));
    }
    const slovenian = regions.find((r) => codeOf(r).startsWith('SI-'))!;
    expect(byId('region-us-tx').prominence).toBeGreaterThan(slovenian.prominence);
  });
});

/** A small hand-made input for the builder's rules. */
function fixture(over: Partial<RegionExonyms> = {}): { input: RegionsInput; clashes: RegionClashes } {
  const exonyms: RegionExonyms = {
    skipCountries: [], skip: [], keep: [], suffixOnClash: ['TR'], typeLabels: { Oblast: 'Oblast (region)' },
    types: { RU: 'Oblast', TR: 'Province', XA: 'Region', XB: 'Region' }, alwaysSuffix: [], typeAliases: [], prominence: { XA: 0.3, XB: 0.3 }, regions: {},
    ...over,
  };
  return {
    input: {
      containment: { RU: ['ruros', 'rumow'], TR: ['tr06', 'tr99'], XA: ['xa01', 'xa02', 'xa03', 'xa04', 'xa05'], XB: ['xb01'] },
      english: { ruros: 'Rostov', rumow: 'Moscow', tr06: 'Ankara', tr99: 'Nowhere', xa01: 'Central', xa02: 'Alberta', xa03: 'Lakeland', xa04: 'Ruritania', xa05: 'Borduria', xb01: 'Borduria' },
      isoCodes: new Set(['RU-ROS', 'RU-MOW', 'TR-06', 'XA-01', 'XA-02', 'XA-03', 'XA-04', 'XA-05', 'XB-01']),
      exonyms,
      commonWords: new Set(['central', 'lakeland']),
      basicWords: new Set(['the']),
      firstNames: new Set(['Alberta']),
      date: '2026-01-02',
    },
    clashes: { countries: new Set(['ruritania']), cities: new Set(['moscow', 'ankara']), localTowns: new Map() },
  };
}

const countries = new Map(['RU', 'TR', 'XA', 'XB'].map((cc) => [cc, { id: `country-${cc.toLowerCase()}`, name: `Land ${cc}` }]));

describe('rejectName', () => {
  const words = { commonWords: new Set(['reading']), basicWords: new Set(['red', 'the']), firstNames: new Set(['Victoria']) };
  it('rejects words, first names, generic and saints\' names, and accepts place names', () => {
    expect(rejectName('Reading', words)).toBe('common English word');
    expect(rejectName('Victoria', words)).toBe('first name');
    expect(rejectName('Nord-Est', words)).toBe('generic words only');
    expect(rejectName('Red Sea', words)).toBe('generic words only');
    expect(rejectName('Saint Michael', words)).toBe("a saint's name");
    expect(rejectName('Goa', words)).toBe('shorter than 4 letters');
    expect(rejectName('Para', words)).toBe('common word in another language'); // "Pará" folded
    expect(rejectName('Province 2', words)).toBe('numbered');
    expect(rejectName('Bavaria', words)).toBeNull();
    expect(rejectName('Western Cape', words)).toBeNull();
    expect(rejectName('Santa Fe Province', words)).toBeNull();
  });
});

describe('buildRegions (rules)', () => {
  it('names oblasts in the English way and suffixes a city-named unit only where English does', () => {
    const { input: i, clashes } = fixture();
    const out = buildRegions(i, countries, clashes);
    const names = new Map(out.entities.map((e) => [e.id, e]));
    expect(names.get('region-ru-ros')).toMatchObject({ name: 'Rostov Oblast', aliases: ['Rostov region', 'Rostov Region'] });
    expect(names.get('region-tr-06')?.name).toBe('Ankara Province');
    expect(names.has('region-ru-mow')).toBe(true); // "Moscow Oblast": RU types always take the suffix
    expect(names.has('region-tr-99')).toBe(false); // not an ISO code in force
    expect(out.skipped.some((s) => s.startsWith('TR-99'))).toBe(true);
  });

  it('leaves out common words, first names, country names and names two subdivisions share', () => {
    const { input: i, clashes } = fixture();
    const ids = buildRegions(i, countries, clashes).entities.map((e) => e.id);
    expect(ids).not.toContain('region-xa-01'); // Central
    expect(ids).not.toContain('region-xa-02'); // Alberta, a first name here
    expect(ids).not.toContain('region-xa-03'); // lakeland, a common word here
    expect(ids).not.toContain('region-xa-04'); // a country's name
    expect(ids).not.toContain('region-xa-05'); // Borduria twice, neither clearly more prominent
    expect(ids).not.toContain('region-xb-01');
  });

  it('keeps an authored exception and a clearly more prominent twin, and applies authored ids', () => {
    const { input: i, clashes } = fixture({
      keep: ['XA-02'],
      prominence: { XA: 0.45, XB: 0.2 },
      regions: { 'RU-ROS': { id: 'rostov-oblast', name: 'Rostov Oblast', aliases: ['Rostov-on-Don region'] } },
    });
    const out = buildRegions(i, countries, clashes).entities;
    const ids = out.map((e) => e.id);
    expect(ids).toContain('region-xa-02');
    expect(ids).toContain('region-xa-05');
    expect(ids).not.toContain('region-xb-01');
    expect(out.find((e) => e.id === 'rostov-oblast')?.aliases).toContain('Rostov-on-Don region');
  });
});

describe('subdivisions merged with authored entries', () => {
  it('yields one entity per authored oblast and for Crimea, with the generated facts folded in', () => {
    const { pack } = buildPack();
    for (const s of ['Crimea', 'Donetsk Oblast', 'Luhansk Oblast', 'Zaporizhzhia Oblast', 'Kherson Oblast', 'Kursk Oblast', 'Kharkiv Oblast']) {
      expect(pack.entities.filter((e) => e.name === s || e.aliases.includes(s)).map((e) => e.id), s).toHaveLength(1);
    }
    const crimea = pack.entities.find((e) => e.id === 'crimea')!;
    expect(crimea.facts).toContainEqual({ label: 'ISO 3166-2 code', value: 'UA-43' });
    const ids = new Set(pack.entities.map((e) => e.id));
    for (const id of ['region-ua-43', 'region-ua-14', 'region-ua-09', 'region-ua-23', 'region-ua-65', 'region-ru-krs']) expect(ids.has(id), id).toBe(false);
  });

  it('leaves no subdivision sharing a spelling with any other entry of the bundled pack', () => {
    const { pack } = buildPack();
    const owners = new Map<string, Set<string>>();
    for (const e of pack.entities) for (const sp of [e.name, ...e.aliases, ...(e.linkOnly ?? [])]) owners.set(sp, (owners.get(sp) ?? new Set()).add(e.id));
    const shared = pack.entities
      .filter((e) => e.id.startsWith('region-'))
      .flatMap((e) => spellings(e).filter((sp) => owners.get(sp)!.size > 1).map((sp) => `${e.id}: ${sp}`));
    expect(shared).toEqual([]);
    expect(pack.entities.length).toBeGreaterThanOrEqual(5000);
  });

  it('drops a subdivision named like an authored entry and strips authored spellings from the rest', () => {
    const place = (id: string, name: string, aliases: string[] = []): Entity => ({
      id, wikidata: null, type: 'place', name, aliases, description: name, summary: name, facts: [], related: [],
      prominence: 0.3, sources: [{ title: 't', url: 'https://cldr.unicode.org/' }], asOf: '2026-01-02', cues: ['region'],
    });
    const authored = [place('red-sea', 'Red Sea'), place('donbas', 'Donbas', ['Donbass'])];
    const out = mergeEntities(authored, [place('region-eg-ba', 'Red Sea'), place('region-xx-01', 'Donetsk Basin Region', ['Donbass', 'DBR'])]);
    expect(out.map((e) => e.id)).toEqual(['red-sea', 'donbas', 'region-xx-01']);
    expect(out[2]!.aliases).toEqual(['DBR']);
  });

  it('merges a generated subdivision into an authored region- entry of the same name', () => {
    const mk = (id: string, name: string, facts: Entity['facts']): Entity => ({
      id, wikidata: null, type: 'place', name, aliases: [], description: name, summary: name, facts, related: [],
      prominence: 0.3, sources: [{ title: 't', url: 'https://cldr.unicode.org/' }], asOf: '2026-01-02',
    });
    const out = mergeEntities([mk('region-tx-authored', 'Texas', [{ label: 'Capital', value: 'Austin' }])], [mk('region-us-tx', 'Texas', [{ label: 'ISO 3166-2 code', value: 'US-TX' }])]);
    expect(out).toHaveLength(1);
    expect(out[0]!.facts.map((f) => f.label)).toEqual(['Capital', 'ISO 3166-2 code']);
  });
});
