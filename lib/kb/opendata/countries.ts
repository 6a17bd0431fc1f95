/**
 * Countries and territories from ISO 3166 (i18n-iso-countries, countries-list), with authored
 * demonyms, subregions and name overrides. Pure.
 */
import type { Entity, Fact } from '../types.ts';
import type { OpenDataInput } from './types.ts';
import { capitalise, foldDiacritics, logScale, nameKey, sentence, uniqueStrings, withArticle } from './text.ts';

/** Languages whose country names become aliases (besides English). */
export const ALIAS_LANGUAGES = ['fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ar'] as const;

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** ISO-style formal variants such as "Korea, Republic of" or "Holy See (Vatican City State)" read badly as aliases. */
const isFormalVariant = (s: string): boolean => /[,()]/.test(s);

export const countryId = (iso2: string): string => `country-${iso2.toLowerCase()}`;

/** The English display name of a country. */
export function countryName(input: OpenDataInput, iso2: string): string {
  return (
    input.exonyms.countryNames[iso2] ??
    input.countries[iso2]?.name ??
    asList(input.names.en?.[iso2])[0] ??
    iso2
  );
}

/** English names and authored aliases of a country (the names a city must not take). */
export function englishNames(input: OpenDataInput, iso2: string): string[] {
  return uniqueStrings([
    countryName(input, iso2),
    ...asList(input.names.en?.[iso2]),
    ...(input.countries[iso2]?.name ? [input.countries[iso2]!.name] : []),
    ...(input.exonyms.countryAliases[iso2] ?? []),
  ]);
}

export function subregionOf(input: OpenDataInput, iso2: string): string | undefined {
  for (const [region, codes] of Object.entries(input.exonyms.subregions)) if (codes.includes(iso2)) return region;
  return undefined;
}

/** Aliases per country: English names, names in ALIAS_LANGUAGES, the native name, diacritic-free forms. */
function aliasTable(input: OpenDataInput, codes: string[]): Map<string, string[]> {
  const english = new Map<string, string>(); // name key → ISO2 owning it in English
  for (const iso of codes) for (const n of englishNames(input, iso)) if (!english.has(nameKey(n))) english.set(nameKey(n), iso);
  const foreignOwners = new Map<string, Set<string>>();
  const foreign = new Map<string, string[]>();
  for (const iso of codes) {
    const list = [
      ...ALIAS_LANGUAGES.flatMap((lang) => asList(input.names[lang]?.[iso])),
      ...(input.countries[iso]?.native ? [input.countries[iso]!.native] : []),
    ].filter((n) => !isFormalVariant(n));
    foreign.set(iso, list);
    for (const n of list) {
      const k = nameKey(n) || n;
      if (!foreignOwners.has(k)) foreignOwners.set(k, new Set());
      foreignOwners.get(k)!.add(iso);
    }
  }
  const out = new Map<string, string[]>();
  for (const iso of codes) {
    const own = englishNames(input, iso).filter((n) => !isFormalVariant(n));
    // A foreign name is dropped when it is another country's English name or shared by several countries.
    const others = (foreign.get(iso) ?? []).filter((n) => {
      const k = nameKey(n) || n;
      const owner = english.get(k);
      return (owner === undefined || owner === iso) && (foreignOwners.get(k)?.size ?? 0) <= 1;
    });
    // Diacritic-free forms only of English and native names: folding other languages' names
    // ("Irão" → "Irao") makes spellings nobody writes.
    const native = input.countries[iso]?.native;
    const folded = [...own, ...(native ? [native] : [])].map(foldDiacritics);
    out.set(iso, uniqueStrings([...own, ...others, ...folded], [countryName(input, iso)]));
  }
  return out;
}

/** Builds one entity per ISO 3166-1 code. */
export function buildCountries(
  input: OpenDataInput,
  capitals: Map<string, { id: string; name: string }>,
  population: Map<string, number>,
): Entity[] {
  const ex = input.exonyms;
  const codes = input.isoCodes.map(([a2]) => a2);
  const aliases = aliasTable(input, codes);
  const territories = new Set(ex.territories);
  return input.isoCodes.map(([iso, iso3]) => {
    const name = countryName(input, iso);
    const data = input.countries[iso];
    const region = subregionOf(input, iso);
    const capitalCity = capitals.get(iso);
    const capital = ex.capitalOverrides[iso] ?? capitalCity?.name ?? (data?.capital || undefined);
    const kind = ex.disputed[iso] ?? (iso === 'AQ' ? 'Continent' : territories.has(iso) ? 'Territory' : 'Country');
    const where = iso === 'AQ' ? 'around the South Pole' : region ? `in ${region}` : '';
    const ownCapital = capital !== undefined && capital !== name; // not for city-states such as Monaco
    const description = [`${kind} ${where}`.trim(), ownCapital ? `capital ${capital}` : ''].filter(Boolean).join('; ');
    const facts: Fact[] = [];
    if (capital) facts.push({ label: 'Capital', value: capital });
    const continent = data ? input.continents[data.continent] : undefined;
    if (continent) facts.push({ label: 'Continent', value: continent });
    if (region && region !== continent) facts.push({ label: 'Region', value: region.replace(/^the /, '') });
    const langs = (data?.languages ?? []).map((l) => input.languages[l]?.name).filter((l): l is string => !!l);
    if (langs.length) facts.push({ label: langs.length > 1 ? 'Languages' : 'Language', value: langs.join(', ') });
    facts.push({ label: 'ISO 3166-1 code', value: `${iso} / ${iso3}` });
    const article = kind === 'Country' ? 'a country' : kind === 'Territory' ? 'a territory' : kind === 'Continent' ? 'the continent' : `a ${kind.toLowerCase()}`;
    const summary =
      sentence(
        `${capitalise(withArticle(name))} is ${article}${where ? ` ${where}` : ''}` +
          (ownCapital && !ex.capitalOverrides[iso] ? `, with its capital at ${capital}` : ''),
      ) + ` Its ISO 3166-1 code is ${iso}.`;
    const demonyms = ex.demonyms[iso] ?? [];
    const related = capitalCity ? [capitalCity.id] : [];
    return {
      id: countryId(iso),
      wikidata: null,
      type: 'place' as const,
      name,
      aliases: (aliases.get(iso) ?? []).filter((a) => !demonyms.includes(a)),
      description,
      summary,
      facts,
      related,
      prominence: logScale(population.get(iso) ?? 0, 3, 9, 0.45, 0.9),
      sources: [
        { title: 'ISO 3166 Country Codes', url: 'https://www.iso.org/iso-3166-country-codes.html', publisher: 'ISO' },
        { title: 'i18n-iso-countries', url: 'https://www.npmjs.com/package/i18n-iso-countries', publisher: 'npm' },
        { title: 'countries-list', url: 'https://www.npmjs.com/package/countries-list', publisher: 'npm' },
      ],
      asOf: input.dates.countries,
      ...(demonyms.length ? { linkOnly: [...demonyms] } : {}),
      cues: uniqueStrings(['country', 'government', ...(capital && !ex.capitalOverrides[iso] ? [capital.toLowerCase()] : [])]),
    } satisfies Entity;
  });
}
