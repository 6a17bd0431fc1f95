import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/kb/types.ts';
import { buildFromPackages, flagSourcePath, loadOpenDataInput } from '../../lib/kb/opendata/index.ts';
import { CITY_MIN_POPULATION } from '../../lib/kb/opendata/cities.ts';
import { FLAG_CODES, flagPath } from '../../lib/kb/opendata/flags.ts';

let entities: Entity[];
let byId: Map<string, Entity>;
const get = (id: string): Entity => {
  const e = byId.get(id);
  if (!e) throw new Error(`missing ${id}`);
  return e;
};

beforeAll(() => {
  entities = buildFromPackages().entities;
  byId = new Map(entities.map((e) => [e.id, e]));
});

describe('generated countries', () => {
  it('has Ukraine with its demonym as linkOnly and Kyiv as capital', () => {
    const ua = get('country-ua');
    expect(ua.name).toBe('Ukraine');
    expect(ua.type).toBe('place');
    expect(ua.linkOnly).toContain('Ukrainian');
    expect(ua.aliases).not.toContain('Ukrainian');
    expect(ua.facts).toContainEqual({ label: 'Capital', value: 'Kyiv' });
    expect(ua.description).toBe('Country in Eastern Europe; capital Kyiv');
    expect(ua.related).toContain('city-kyiv');
  });

  it('covers about 250 countries and territories, each with a subregion', () => {
    const countries = entities.filter((e) => e.id.startsWith('country-'));
    expect(countries.length).toBeGreaterThanOrEqual(245);
    expect(countries.length).toBeLessThanOrEqual(260);
    for (const c of countries) expect(c.description, c.id).toMatch(/ (in|around) /);
  });

  it('keeps English short forms and names in other languages, never the name itself', () => {
    const us = get('country-us');
    expect(us.aliases).toEqual(expect.arrayContaining(['USA', 'U.S.', 'United States of America']));
    expect(get('country-de').aliases).toEqual(expect.arrayContaining(['Deutschland', 'Allemagne']));
    for (const e of entities) expect(e.aliases, e.id).not.toContain(e.name);
  });

  it('ranks big countries above small territories', () => {
    expect(get('country-cn').prominence).toBeGreaterThan(get('country-ua').prominence);
    expect(get('country-ua').prominence).toBeGreaterThan(get('country-pn').prominence);
  });
});

describe('generated cities', () => {
  it('names Kyiv in English with Kiev as an alias, in Ukraine', () => {
    const kyiv = get('city-kyiv');
    expect(kyiv.aliases).toContain('Kiev');
    expect(kyiv.related).toEqual(['country-ua']);
    expect(kyiv.description).toBe('Capital of Ukraine');
  });

  it('uses English exonyms as names and keeps the local names as aliases', () => {
    expect(get('city-munich').aliases).toContain('München');
    const cologne = get('city-cologne');
    expect(cologne.name).toBe('Cologne');
    expect(cologne.aliases).toContain('Köln');
    expect(get('city-odesa').aliases).toContain('Odessa');
    expect(get('city-gothenburg').aliases).toContain('Göteborg');
  });

  it('gives the most populous city of a name the plain id and suffixes the others', () => {
    expect(get('city-london').related).toEqual(['country-gb']);
    expect(get('city-london-ca').related).toEqual(['country-ca']);
  });

  it('leaves out cities below the threshold unless they are capitals or authored inclusions', () => {
    const input = loadOpenDataInput();
    const include = new Set(input.exonyms.includeCities.map((k) => k.split('|')[0] ?? ''));
    const population = new Map(input.cities.map((c) => [String(c.cityId), c.population]));
    const small = entities.filter((e) => {
      if (!e.id.startsWith('city-')) return false;
      const geonamesId = e.sources[0]!.url.split('/').pop()!;
      return (population.get(geonamesId) ?? 0) < CITY_MIN_POPULATION;
    });
    expect(small.length).toBeGreaterThan(0);
    for (const e of small) {
      const capital = e.description.startsWith('Capital of');
      const included = [...include].some((n) => e.name === n || e.aliases.includes(n));
      expect(capital || included, e.id).toBe(true);
    }
    // Mobile, Alabama (about 190,000 in GeoNames) is neither a capital nor an inclusion.
    expect(input.cities.some((c) => c.name === 'Mobile' && c.population > 150_000)).toBe(true);
    expect(entities.some((e) => e.name === 'Mobile')).toBe(false);
    expect(entities.some((e) => e.name === 'Valletta')).toBe(true); // capital of ~7,000
  });

  it('skips a city that would carry a country name', () => {
    expect(entities.filter((e) => e.name === 'Singapore').map((e) => e.id)).toEqual(['country-sg']);
  });

  it('finds every authored exonym key and inclusion in the data', () => {
    const input = loadOpenDataInput();
    const keys = new Set(input.cities.map((c) => `${c.name}|${c.country}`));
    for (const k of [...Object.keys(input.exonyms.cities), ...input.exonyms.includeCities]) expect(keys.has(k), k).toBe(true);
  });
});

describe('every generated entity', () => {
  it('has a unique kebab-case id, sources, asOf and a prominence in 0..1', () => {
    const ids = entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entities) {
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(s.url).toMatch(/^https:\/\//);
      expect(e.asOf, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.prominence).toBeGreaterThanOrEqual(0);
      expect(e.prominence).toBeLessThanOrEqual(1);
      expect(e.summary.length, e.id).toBeGreaterThan(10);
    }
  });

  it('only relates to ids that exist', () => {
    for (const e of entities) for (const r of e.related) expect(byId.has(r), `${e.id} → ${r}`).toBe(true);
  });

  it('keeps demonyms out of aliases', () => {
    for (const e of entities) for (const l of e.linkOnly ?? []) expect(e.aliases, e.id).not.toContain(l);
  });
});

describe('flags', () => {
  it('maps a country id to a flag file that flag-icons ships, and nothing else', () => {
    expect(flagPath('country-ua')).toBe('/flags/ua.svg');
    expect(flagPath('city-kyiv')).toBeNull();
    expect(flagPath('country-zz')).toBeNull();
    const countries = entities.filter((e) => e.id.startsWith('country-'));
    for (const c of countries) expect(flagPath(c.id), c.id).not.toBeNull();
    for (const code of FLAG_CODES) expect(existsSync(flagSourcePath(code)), code).toBe(true);
  });
});

describe('options', () => {
  it('lowers the city threshold on request', () => {
    const more = buildFromPackages({ minPopulation: 100_000 }).entities;
    expect(more.length).toBeGreaterThan(entities.length + 2000);
  });
});
