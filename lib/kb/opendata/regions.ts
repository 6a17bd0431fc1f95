/**
 * First-level subdivisions (ISO 3166-2: US states, Ukrainian oblasts, Chinese provinces...) as
 * place entities, named in English by Unicode CLDR and the authored assets/kb/exonyms-regions.json.
 * Precision first: a name that clashes with a country or city, is a common word or a first name,
 * or is shared by two subdivisions is left out (or, for a type such as "Province", suffixed). Pure.
 */
import type { Entity, Fact } from '../types.ts';
import type { CountryRef } from './cities.ts';
import { article, rejectName } from './region-names.ts';
import type { RegionOverride, RegionsInput } from './types.ts';
import { foldDiacritics, hasRomanisationMarks, nameKey, sentence, uniqueStrings, withArticle } from './text.ts';

/** Types written after the base name in English ("Kharkiv Oblast", "Altai Krai"), with "<base> region" aliases. */
const OBLAST_TYPES = new Set(['Oblast', 'Krai']);
/** A name that already says what kind of unit it is. */
const TYPED = /( (Governorate|Province|Region|District|Municipality|State|County|Territory|Division)$|^Emirate of )/;
/** Types written before the name when a clash needs one ("Canton of Zürich", "Emirate of Dubai"). */
const PREFIX_TYPES = new Set(['Canton', 'Emirate']);

export interface RegionBuild {
  entities: Entity[];
  /** "<ISO 3166-2 code>: <reason>" for each subdivision left out. */
  skipped: string[];
}

/** What the names must not clash with: name keys of countries and cities (see nameKey). */
export interface RegionClashes {
  /** Spellings of every country in the knowledge base: a subdivision named so is left out. */
  countries: ReadonlySet<string>;
  /** Spellings of every city in the knowledge base. */
  cities: ReadonlySet<string>;
  /** Per ISO 3166-1 code, the towns of that country big enough to be what a bare name means. */
  localTowns: ReadonlyMap<string, ReadonlySet<string>>;
}

interface Draft {
  code: string;
  id: string;
  name: string;
  aliases: string[];
  type: string | undefined;
  prominence: number;
  country: CountryRef;
}

/** Subdivision type of a code: authored, from the CLDR name for Russia's krais and okrugs, or the country's. */
function typeOf(input: RegionsInput, cc: string, raw: string | undefined, o: RegionOverride | undefined): string | undefined {
  if (o?.type) return o.type;
  if (cc === 'RU' && raw && / Krai$/.test(raw)) return 'Krai';
  if (cc === 'RU' && raw && / Okrug$/.test(raw)) return 'Autonomous okrug';
  return input.exonyms.types[cc];
}

/** "Kharkiv Oblast" → ["Kharkiv region", "Kharkiv Region"]. */
function regionAliases(name: string, type: string | undefined): string[] {
  if (!type || !OBLAST_TYPES.has(type)) return [];
  const base = name.replace(/ (Oblast|Krai|Province|Region)$/, '');
  return base === name ? [] : [`${base} region`, `${base} Region`];
}

function suffixed(name: string, type: string): string {
  const title = type.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  return PREFIX_TYPES.has(type) ? `${title} of ${name}` : `${name} ${title}`;
}

/** Name and aliases of one subdivision, or the reason it is left out. */
function draftNames(
  input: RegionsInput, clashes: RegionClashes, cc: string, code: string, type: string | undefined,
): { name: string; aliases: string[] } | string {
  const o = input.exonyms.regions[code];
  const raw = input.english[code.replace('-', '').toLowerCase()]?.replace(/[¹²³†‡*]/g, '').trim(); // CLDR's footnote marks
  const isCountry = (s: string) => clashes.countries.has(nameKey(s));
  // An authored "keep" overrides a small town's claim ("Wyoming", Michigan) but never a knowledge-base city's.
  const kept = input.exonyms.keep.includes(code);
  const isTown = (s: string) => clashes.cities.has(nameKey(s)) || (!kept && (clashes.localTowns.get(cc)?.has(nameKey(s)) ?? false));
  const clashes_ = (s: string) => isCountry(s) || isTown(s);
  let name: string;
  const extra: string[] = [];
  if (o?.name) name = o.name;
  else if (!raw) return 'no English name in CLDR';
  else if (/[(),]/.test(raw)) return `parenthesis or comma in "${raw}"`;
  else {
    name = raw;
    if (hasRomanisationMarks(name)) {
      // "Ghōr" → "Ghor"; but "Hawke’s Bay" keeps its apostrophe, straightened.
      extra.push(name);
      name = foldDiacritics(name).replace(/[‘’ʼ]/g, "'");
    }
    if (type && OBLAST_TYPES.has(type) && !name.endsWith(` ${type}`)) {
      // CLDR gives "Rostov" or "Moscow Province": English news writes "Rostov Oblast".
      name = `${name.replace(/ (Province|Oblast|Region)$/, '')} ${type}`;
    }
    if (type && input.exonyms.alwaysSuffix.includes(cc) && !TYPED.test(name)) {
      // "Minya", "Jenin", "Hakkari": the town is what the bare name means; English names the unit with its type.
      name = suffixed(name, type);
    }
    if (isTown(name) && !isCountry(name)) {
      if (!type || !input.exonyms.suffixOnClash.includes(cc)) return `"${name}" is the name of a city`;
      extra.push(name);
      name = suffixed(name, type);
    }
  }
  if (clashes_(name)) return `"${name}" is the name of a country or city`;
  if (!kept) {
    const why = rejectName(name, input);
    if (why) return `"${name}": ${why}`;
  }
  const typed = type && !o?.name && input.exonyms.typeAliases.includes(cc) && !TYPED.test(name) ? [suffixed(name, type)] : [];
  const candidates = [...(o?.aliases ?? []), ...extra, ...regionAliases(name, type), ...typed];
  const aliases = uniqueStrings([...candidates.flatMap((a) => [a, foldDiacritics(a)]), foldDiacritics(name)], [name]).filter(
    (a) => !clashes_(a) && !rejectName(a, input),
  );
  return { name, aliases };
}

/** Drops names shared by two subdivisions (keeping a clearly more prominent one) and aliases shared at all. */
function dedupe(drafts: Draft[], skipped: string[]): Draft[] {
  const byName = new Map<string, Draft[]>();
  for (const d of drafts) byName.set(nameKey(d.name), [...(byName.get(nameKey(d.name)) ?? []), d]);
  const kept = drafts.filter((d) => {
    const rivals = (byName.get(nameKey(d.name)) ?? []).filter((r) => r !== d);
    const ok = rivals.every((r) => d.prominence >= r.prominence + 0.1);
    if (!ok) skipped.push(`${d.code}: "${d.name}" is also the name of ${rivals.map((r) => r.code).join(', ')}`);
    return ok;
  });
  const owners = new Map<string, Set<string>>();
  for (const d of kept) for (const s of [d.name, ...d.aliases]) {
    const k = nameKey(s);
    owners.set(k, (owners.get(k) ?? new Set()).add(d.code));
  }
  for (const d of kept) d.aliases = d.aliases.filter((a) => owners.get(nameKey(a))!.size === 1);
  return kept;
}

/** The name as a sentence's subject: "The Emirate of Dubai", "Georgia" for "Georgia (U.S. state)". */
function subject(name: string): string {
  const bare = name.replace(/ \([^)]*\)$/, '');
  return /^\p{Lu}[\p{L} ]* of /u.test(bare) ? `The ${bare}` : bare;
}

function regionEntity(d: Draft, input: RegionsInput): Entity {
  const labels = input.exonyms.typeLabels;
  const label = d.type ? (labels[d.type] ?? d.type) : undefined;
  const country = withArticle(d.country.name);
  const description = label ? `${label} of ${country}` : `First-level administrative division of ${country}`;
  const kind = label ? label.toLowerCase() : 'first-level administrative division';
  const summary = sentence(`${subject(d.name)} is ${article(kind)} ${kind} of ${country}, with the ISO 3166-2 code ${d.code}`);
  const facts: Fact[] = [
    { label: 'Country', value: d.country.name },
    { label: 'ISO 3166-2 code', value: d.code },
  ];
  if (d.type) facts.push({ label: 'Subdivision type', value: d.type });
  const demonym = d.country.demonym?.toLowerCase();
  return {
    id: d.id,
    wikidata: null,
    type: 'place',
    name: d.name,
    aliases: d.aliases,
    description,
    summary,
    facts,
    related: [d.country.id],
    prominence: d.prominence,
    sources: [
      { title: 'Unicode CLDR: subdivision names', url: 'https://cldr.unicode.org/', publisher: 'Unicode Consortium' },
      { title: 'ISO 3166 Country Codes', url: 'https://www.iso.org/iso-3166-country-codes.html', publisher: 'ISO' },
    ],
    asOf: input.date,
    cues: uniqueStrings([d.country.name.toLowerCase(), ...(demonym ? [demonym] : []), ...(d.type ? [d.type.toLowerCase()] : []), 'region', 'governor']),
  };
}

/** Builds the subdivision entities of every country in `countries`. */
export function buildRegions(input: RegionsInput, countries: ReadonlyMap<string, CountryRef>, clashes: RegionClashes): RegionBuild {
  const ex = input.exonyms;
  const skipped: string[] = [];
  const drafts: Draft[] = [];
  for (const [cc, keys] of Object.entries(input.containment)) {
    const country = countries.get(cc);
    if (!country || ex.skipCountries.includes(cc)) continue;
    for (const key of keys) {
      const code = `${cc}-${key.slice(2).toUpperCase()}`;
      if (!input.isoCodes.has(code)) {
        skipped.push(`${code}: not an ISO 3166-2 code in force`);
        continue;
      }
      if (ex.skip.includes(code)) {
        skipped.push(`${code}: skipped in exonyms-regions.json`);
        continue;
      }
      const o = ex.regions[code];
      const type = typeOf(input, cc, input.english[key], o);
      const names = draftNames(input, clashes, cc, code, type);
      if (typeof names === 'string') {
        skipped.push(`${code}: ${names}`);
        continue;
      }
      const prominence = o?.prominence ?? ex.prominence[cc] ?? 0.25;
      drafts.push({ code, id: o?.id ?? `region-${code.toLowerCase()}`, ...names, type, prominence, country });
    }
  }
  return { entities: dedupe(drafts, skipped).map((d) => regionEntity(d, input)), skipped };
}
