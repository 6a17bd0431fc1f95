/** Turns the loaded open data into knowledge-base entities. Pure. */
import type { Entity } from '../types.ts';
import type { OpenDataInput, OpenDataOptions } from './types.ts';
import { buildCities, CITY_MIN_POPULATION, type CountryRef } from './cities.ts';
import { buildCountries, countryId, countryName, englishNames } from './countries.ts';
import { buildRegions } from './regions.ts';
import { nameKey } from './text.ts';

/** A town at least this populous is what its bare name means, so a subdivision named like it takes its type. */
export const REGION_TOWN_CLASH_POPULATION = 15_000;

export interface OpenDataBuild {
  entities: Entity[];
  /** Cities left out because their name is a country's ("Singapore", "Monaco", ...). */
  skippedCities: string[];
  /** Subdivisions left out, with the reason ("GB-WLS: ..."). */
  skippedRegions: string[];
}

/** Name keys of the towns per country big enough to clash with a subdivision's bare name. */
function localTowns(input: OpenDataInput): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of input.cities) {
    if (c.population < REGION_TOWN_CLASH_POPULATION) continue;
    const set = out.get(c.country) ?? new Set<string>();
    set.add(nameKey(c.name));
    out.set(c.country, set);
  }
  return out;
}

/** Sum of the populations of a country's towns in GeoNames: a stand-in for its population. */
export function populationProxy(input: OpenDataInput): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of input.cities) {
    if (c.featureCode === 'PPLX') continue;
    out.set(c.country, (out.get(c.country) ?? 0) + c.population);
  }
  return out;
}

export function buildOpenData(input: OpenDataInput, options: OpenDataOptions = {}): OpenDataBuild {
  const codes = input.isoCodes.map(([a2]) => a2);
  const refs = new Map<string, CountryRef>();
  const reserved = new Set<string>();
  for (const iso of codes) {
    const demonym = input.exonyms.demonyms[iso]?.[0];
    refs.set(iso, { id: countryId(iso), name: countryName(input, iso), ...(demonym ? { demonym } : {}) });
    for (const n of englishNames(input, iso)) reserved.add(nameKey(n));
  }
  const cities = buildCities(input, refs, reserved, options.minPopulation ?? CITY_MIN_POPULATION);
  const countries = buildCountries(input, cities.capitals, populationProxy(input));
  // A country's foreign-language alias that is also a city's name ("Franca", "Guadalupe") goes.
  const cityNames = new Set(cities.entities.map((c) => c.name));
  for (const country of countries) {
    const english = new Set(englishNames(input, country.id.slice('country-'.length).toUpperCase()));
    country.aliases = country.aliases.filter((a) => english.has(a) || !cityNames.has(a));
  }
  const places = [...countries, ...cities.entities];
  if (!input.regions) return { entities: places, skippedCities: cities.skipped, skippedRegions: [] };
  const spellings = (list: Entity[]) => new Set(list.flatMap((p) => [p.name, ...p.aliases, ...(p.linkOnly ?? [])].map(nameKey)));
  const clashes = { countries: spellings(countries), cities: spellings(cities.entities), localTowns: localTowns(input) };
  const regions = buildRegions(input.regions, refs, clashes);
  return { entities: [...places, ...regions.entities], skippedCities: cities.skipped, skippedRegions: regions.skipped };
}
