/**
 * Converts entities from a Wikidata JSON dump into Backstory entities. Pure: the script
 * scripts/wikidata-to-pack.ts reads the file and writes the pack. Only short CC0 fields are
 * taken from Wikidata (labels, aliases, one-line descriptions, dates, links); the summary is
 * a generated sentence, never copied prose.
 */
import { findJsonSyntaxError } from './import';
import type { Entity, EntityType, Fact, PartialDate, Source } from './types';

interface Snak { snaktype?: string; datavalue?: { value?: unknown } }
interface Statement { mainsnak?: Snak; rank?: string; qualifiers?: Record<string, Snak[]> }
/** One entity as the dump writes it (only the fields used here). */
export interface WikidataEntity {
  id: string;
  type: string;
  labels?: Record<string, { value: string }>;
  descriptions?: Record<string, { value: string }>;
  aliases?: Record<string, { value: string }[]>;
  claims?: Record<string, Statement[]>;
  sitelinks?: Record<string, { title: string }>;
}

export interface Skipped { line: number; reason: string }

/** Direct P31 ("instance of") classes and what they make an entity. */
const CLASS_TYPE: Record<string, EntityType> = {
  Q5: 'person',
  Q43229: 'organization', Q4830453: 'organization', Q7278: 'organization', Q891723: 'organization',
  Q484652: 'organization', Q327333: 'organization', Q7188: 'organization',
  Q6256: 'place', Q3624078: 'place', Q515: 'place', Q1549591: 'place', Q5119: 'place', Q56061: 'place',
  Q486972: 'place', Q3957: 'place', Q532: 'place', Q5107: 'place',
  Q1656682: 'event', Q198: 'event', Q1190554: 'event', Q178561: 'event', Q40231: 'event',
};
const TYPE_ORDER: EntityType[] = ['person', 'place', 'organization', 'event'];
/** Items that name a position (Q4164871): their labels give roles their names; they are not entries. */
const POSITION = 'Q4164871';
/** Properties whose item values become `related` when the value is in the same file. */
const RELATED_PROPS = ['P39', 'P102', 'P17', 'P131', 'P27', 'P159', 'P276', 'P710', 'P361', 'P463', 'P1001'];
/** Dated properties shown as facts. */
const DATE_FACTS: [string, string][] = [['P569', 'Born'], ['P570', 'Died'], ['P571', 'Founded'], ['P576', 'Dissolved'], ['P585', 'Date'], ['P580', 'Began'], ['P582', 'Ended']];
const QID = /^Q[1-9]\d*$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads one line of a dump: the file is a JSON list with one entity a line, so lines may end
 * with a comma and the first and last lines may be "[" and "]". Returns null for those and blank lines.
 */
export function parseDumpLine(line: string): { ok: true; value: unknown } | { ok: false; reason: string } | null {
  let s = line.trim();
  if (s === ']' || s === '],') return null;
  if (s.startsWith('[')) s = s.slice(1).trim();
  if (s.endsWith(',')) s = s.slice(0, -1).trimEnd();
  if (s.endsWith(']') && s.slice(0, -1).trimEnd().endsWith('}')) s = s.slice(0, -1).trimEnd();
  if (s === '') return null;
  try {
    return { ok: true, value: JSON.parse(s) };
  } catch (err) {
    const at = findJsonSyntaxError(s);
    return { ok: false, reason: at ? `not valid JSON at column ${at.column}: ${at.message}` : `not valid JSON (${(err as Error).message})` };
  }
}

/** English text of a labels/descriptions map, with Wikidata's language-neutral "mul" as fallback. */
function english(map: Record<string, { value: string }> | undefined): string | undefined {
  const v = (map?.en ?? map?.mul)?.value;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** Statements for a property, best rank only: preferred if any, else normal; never deprecated. */
function best(item: WikidataEntity, prop: string): Statement[] {
  const all = (item.claims?.[prop] ?? []).filter((s) => isObject(s) && s.rank !== 'deprecated');
  const preferred = all.filter((s) => s.rank === 'preferred');
  return preferred.length ? preferred : all;
}

function itemValue(snak: Snak | undefined): string | undefined {
  const v = snak?.snaktype === 'value' || snak?.snaktype === undefined ? snak?.datavalue?.value : undefined;
  const id = isObject(v) ? v.id : undefined;
  return typeof id === 'string' && QID.test(id) ? id : undefined;
}

/** A Wikidata time value as "YYYY", "YYYY-MM" or "YYYY-MM-DD" by its precision; undefined for BCE or coarser than a year. */
export function wikidataDate(snak: Snak | undefined): PartialDate | undefined {
  const v = snak?.datavalue?.value;
  if (!isObject(v) || typeof v.time !== 'string') return undefined;
  const m = /^\+(\d{4})-(\d{2})-(\d{2})T/.exec(v.time);
  const precision = typeof v.precision === 'number' ? v.precision : 11;
  if (!m || precision < 9) return undefined;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const month = Number(mo) >= 1 && Number(mo) <= 12;
  if (precision === 9 || !month) return y;
  if (precision === 10 || !(Number(d) >= 1 && Number(d) <= 31)) return `${y}-${mo}`;
  return `${y}-${mo}-${d}`;
}

/** Kebab-case id from a label: "Émile Zola (writer)" → "emile-zola-writer". */
export function kebab(label: string): string {
  return label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** What a conversion needs to know about the rest of the file. */
export interface ConvertContext {
  asOf: string;
  /** English label of another item in the file. */
  labelOf: (qid: string) => string | undefined;
  /** Backstory id given to another converted item in the file. */
  idOf: (qid: string) => string | undefined;
  /** Another item of the file as it was read (positions, classes and entries alike). */
  itemOf?: (qid: string) => WikidataEntity | undefined;
  /** The type from P31, following P279 within the file (default: direct P31 only). */
  typeOf?: (item: WikidataEntity) => EntityType;
}

export function directType(item: WikidataEntity, superclasses: (qid: string) => string[] = () => []): EntityType {
  const found = new Set<EntityType>();
  for (const s of best(item, 'P31')) {
    const seen = new Set<string>();
    const queue = [itemValue(s.mainsnak)].filter((q): q is string => !!q);
    while (queue.length && seen.size < 50) {
      const q = queue.shift()!;
      if (seen.has(q)) continue;
      seen.add(q);
      const t = CLASS_TYPE[q];
      if (t) found.add(t);
      else queue.push(...superclasses(q));
    }
  }
  return TYPE_ORDER.find((t) => found.has(t)) ?? 'other';
}

function prominence(item: WikidataEntity): number {
  if (!isObject(item.sitelinks)) return 0.3;
  const n = Object.keys(item.sitelinks).length;
  return Math.round((0.05 + 0.9 * Math.min(1, Math.log(n + 1) / Math.log(201))) * 100) / 100;
}

function sources(item: WikidataEntity, name: string): Source[] {
  const out: Source[] = [{ title: `${name} (${item.id})`, url: `https://www.wikidata.org/wiki/${item.id}`, publisher: 'Wikidata' }];
  const enwiki = item.sitelinks?.enwiki?.title;
  if (typeof enwiki === 'string' && enwiki.trim())
    out.push({ title: enwiki, url: `https://en.wikipedia.org/wiki/${encodeURIComponent(enwiki.trim().replace(/ /g, '_'))}`, publisher: 'Wikipedia' });
  return out;
}

/** Positions held (P39) with start and end qualifiers, as roles; positions not named in the file are left out. */
function roles(item: WikidataEntity, name: string, ctx: ConvertContext): Fact[] {
  const facts: Fact[] = [];
  for (const s of best(item, 'P39')) {
    const q = itemValue(s.mainsnak);
    const label = q && ctx.labelOf(q);
    if (!label) continue;
    const since = wikidataDate(s.qualifiers?.P580?.[0]);
    const until = wikidataDate(s.qualifiers?.P582?.[0]);
    if (!since) facts.push({ label: 'Position held', value: label });
    else if (!until || until >= since) facts.push({ label, value: name, since, ...(until ? { until } : {}), role: true });
  }
  return facts;
}

function datedFacts(item: WikidataEntity): Fact[] {
  return DATE_FACTS.flatMap(([prop, label]) => {
    const d = wikidataDate(best(item, prop)[0]?.mainsnak);
    return d ? [{ label, value: d }] : [];
  });
}

function website(item: WikidataEntity): Fact[] {
  const v = best(item, 'P856')[0]?.mainsnak?.datavalue?.value;
  return typeof v === 'string' && /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v) ? [{ label: 'Official website', value: v }] : [];
}

const TYPE_WORD: Record<EntityType, string> = { person: 'Person', organization: 'Organization', place: 'Place', event: 'Event', other: 'Wikidata item' };

/** One Wikidata item as a Backstory entity. The caller has checked it is an item with an English label. */
export function toEntity(item: WikidataEntity, id: string, ctx: ConvertContext): Entity {
  const name = english(item.labels)!;
  const type = (ctx.typeOf ?? directType)(item);
  const description = english(item.descriptions);
  const aliases = [...new Set((item.aliases?.en ?? []).map((a) => (typeof a?.value === 'string' ? a.value.trim() : '')))]
    .filter((a) => a.length >= 2 && a !== name);
  // A position's jurisdiction (P1001), when in the file, relates its holders to it.
  const jurisdictions = best(item, 'P39').flatMap((s) => {
    const pos = ctx.itemOf?.(itemValue(s.mainsnak) ?? '');
    return pos ? best(pos, 'P1001').map((j) => itemValue(j.mainsnak)) : [];
  });
  const related = [...new Set([...RELATED_PROPS.flatMap((p) => best(item, p).map((s) => itemValue(s.mainsnak))), ...jurisdictions])]
    .flatMap((q) => { const r = q && ctx.idOf(q); return r && r !== id ? [r] : []; });
  const summary = [
    description ? `Wikidata describes ${name} as “${description}”.` : `${name} has no English description on Wikidata.`,
    `This entry was generated from Wikidata item ${item.id} on ${ctx.asOf} and has not been reviewed by an editor.`,
  ].join(' ');
  return {
    id, wikidata: item.id, type, name, aliases,
    description: description ?? TYPE_WORD[type],
    summary,
    facts: [...roles(item, name, ctx), ...datedFacts(item), ...website(item)],
    related, prominence: prominence(item), sources: sources(item, name), asOf: ctx.asOf,
  };
}

const STOP = new Set(['from', 'with', 'that', 'this', 'their', 'which', 'where', 'since', 'into', 'about', 'over', 'under', 'born', 'after', 'before', 'named', 'also']);

/**
 * Two entries sharing a spelling need cues (the validator insists): an alias that is another
 * entry's name is dropped, and entries sharing a name get cues from their descriptions.
 */
export function settleSharedNames(entities: Entity[]): string[] {
  const warnings: string[] = [];
  const owners = new Map<string, Entity[]>();
  for (const e of entities) for (const s of new Set([e.name, ...e.aliases])) owners.set(s, [...(owners.get(s) ?? []), e]);
  for (const [spelling, list] of owners) {
    if (list.length < 2) continue;
    const named = list.filter((e) => e.name === spelling);
    const keep = named.length ? named : [list.reduce((a, b) => (b.prominence > a.prominence ? b : a))];
    for (const e of list) if (!keep.includes(e)) e.aliases = e.aliases.filter((a) => a !== spelling);
    const dropped = list.filter((e) => !keep.includes(e)).map((e) => e.id);
    if (dropped.length) warnings.push(`alias "${spelling}" left only on ${keep.map((e) => e.id).join(', ')} (dropped from ${dropped.join(', ')})`);
    if (keep.length < 2) continue;
    // Cues from each description's words, leaving out the name's own words and words they share.
    const wordsOf = (e: Entity) => {
      const own = new Set(e.name.toLowerCase().split(/[^\p{L}\p{N}]+/u));
      return new Set(e.description.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !STOP.has(w) && !own.has(w)));
    };
    const sets = keep.map(wordsOf);
    for (const [i, e] of keep.entries()) {
      if (e.cues?.length) continue;
      const words = [...sets[i]!].filter((w) => sets.every((other, j) => j === i || !other.has(w)));
      e.cues = words.length ? words.slice(0, 6) : [e.type];
      warnings.push(`"${spelling}" names ${keep.map((k) => k.id).join(', ')}: ${e.id} gets cues ${e.cues.join(', ')}`);
    }
  }
  return warnings;
}

export interface ConvertResult { entities: Entity[]; skipped: Skipped[]; warnings: string[] }

/**
 * Converts the parsed lines of a dump (value and line number). Properties, items without an
 * English label, classes (P279) and positions are not entries; positions and classes still
 * name roles and settle types.
 */
export function convertDump(lines: readonly { line: number; value: unknown }[], { asOf }: { asOf: string }): ConvertResult {
  const skipped: Skipped[] = [];
  const items: { line: number; item: WikidataEntity }[] = [];
  const labels = new Map<string, string>();
  const all = new Map<string, WikidataEntity>();
  const superclasses = new Map<string, string[]>();
  for (const { line, value } of lines) {
    if (!isObject(value) || typeof value.id !== 'string') { skipped.push({ line, reason: 'not a Wikidata entity (no "id")' }); continue; }
    const item = value as unknown as WikidataEntity;
    if (item.type !== 'item' || !QID.test(item.id)) { skipped.push({ line, reason: `${item.id} is a ${item.type ?? 'entity'}, not an item` }); continue; }
    const label = english(item.labels);
    if (!label) { skipped.push({ line, reason: `${item.id} has no English label` }); continue; }
    labels.set(item.id, label);
    all.set(item.id, item);
    const sup = best(item, 'P279').flatMap((s) => itemValue(s.mainsnak) ?? []);
    if (sup.length) superclasses.set(item.id, sup);
    if (sup.length) skipped.push({ line, reason: `${item.id} (${label}) is a class: used for types only` });
    else if (best(item, 'P31').some((s) => itemValue(s.mainsnak) === POSITION)) skipped.push({ line, reason: `${item.id} (${label}) is a position: used to name roles only` });
    else items.push({ line, item });
  }
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const { item } of items) {
    const base = kebab(labels.get(item.id)!) || item.id.toLowerCase();
    const id = taken.has(base) ? `${base}-${item.id.toLowerCase()}` : base;
    taken.add(id);
    ids.set(item.id, id);
  }
  const ctx: ConvertContext = {
    asOf,
    labelOf: (q) => labels.get(q),
    idOf: (q) => ids.get(q),
    itemOf: (q) => all.get(q),
    typeOf: (item) => directType(item, (q) => superclasses.get(q) ?? []),
  };
  const entities = items.map(({ item }) => toEntity(item, ids.get(item.id)!, ctx));
  return { entities, skipped, warnings: settleSharedNames(entities) };
}
