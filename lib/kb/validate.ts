import { ENTITY_TYPES, PACK_FORMAT, type Context, type Entity, type Fact, type Pack, type Source } from './types';

/** One thing wrong with a pack, with where it is: "entities[3] (steve-witkoff).sources". */
export interface Problem {
  where: string;
  message: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QID = /^Q[1-9][0-9]*$/;
const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

export function isHttpUrl(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

function checkSources(sources: unknown, where: string, out: Problem[]): void {
  if (!Array.isArray(sources) || sources.length === 0) {
    out.push({ where: `${where}.sources`, message: 'needs at least one source' });
    return;
  }
  sources.forEach((s: unknown, i) => {
    const w = `${where}.sources[${i}]`;
    if (!isObject(s)) return void out.push({ where: w, message: 'must be an object {title, url}' });
    const src = s as Partial<Source>;
    if (!nonEmptyString(src.title)) out.push({ where: `${w}.title`, message: 'missing title' });
    if (!isHttpUrl(src.url)) out.push({ where: `${w}.url`, message: `not an http(s) URL: ${JSON.stringify(src.url)}` });
  });
}

function checkFacts(facts: unknown, where: string, out: Problem[]): void {
  if (facts === undefined) return;
  if (!Array.isArray(facts)) return void out.push({ where: `${where}.facts`, message: 'must be a list' });
  facts.forEach((f: unknown, i) => {
    const w = `${where}.facts[${i}]`;
    if (!isObject(f)) return void out.push({ where: w, message: 'must be an object {label, value}' });
    const fact = f as Partial<Fact>;
    if (!nonEmptyString(fact.label)) out.push({ where: `${w}.label`, message: 'missing label' });
    if (!nonEmptyString(fact.value)) out.push({ where: `${w}.value`, message: 'missing value' });
    for (const k of ['since', 'until'] as const) {
      const d = fact[k];
      if (d !== undefined && (typeof d !== 'string' || !PARTIAL_DATE.test(d)))
        out.push({ where: `${w}.${k}`, message: `not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(d)}` });
    }
    if (fact.role && !fact.since) out.push({ where: w, message: `role "${fact.label}" has no since date` });
    if (fact.since && fact.until && fact.until < fact.since)
      out.push({ where: w, message: `until ${fact.until} is before since ${fact.since}` });
  });
}

function checkAsOf(asOf: unknown, where: string, out: Problem[]): void {
  if (typeof asOf !== 'string' || !FULL_DATE.test(asOf))
    out.push({ where: `${where}.asOf`, message: `missing or not a YYYY-MM-DD date: ${JSON.stringify(asOf)}` });
}

function checkStringList(v: unknown, where: string, out: Problem[], required: boolean): void {
  if (v === undefined && !required) return;
  if (!Array.isArray(v) || v.some((a) => !nonEmptyString(a)))
    out.push({ where, message: 'must be a list of non-empty strings' });
}

export function validateEntity(e: unknown, where: string): Problem[] {
  const out: Problem[] = [];
  if (!isObject(e)) return [{ where, message: 'must be an object' }];
  const x = e as Partial<Entity>;
  if (typeof x.id !== 'string' || !ID.test(x.id)) out.push({ where: `${where}.id`, message: `not a kebab-case id: ${JSON.stringify(x.id)}` });
  if (x.wikidata !== null && (typeof x.wikidata !== 'string' || !QID.test(x.wikidata)))
    out.push({ where: `${where}.wikidata`, message: 'must be a QID like "Q42" or null' });
  if (!ENTITY_TYPES.includes(x.type as never)) out.push({ where: `${where}.type`, message: `unknown type ${JSON.stringify(x.type)}` });
  for (const k of ['name', 'description', 'summary'] as const)
    if (!nonEmptyString(x[k])) out.push({ where: `${where}.${k}`, message: `missing ${k}` });
  checkStringList(x.aliases, `${where}.aliases`, out, true);
  checkStringList(x.linkOnly, `${where}.linkOnly`, out, false);
  checkStringList(x.cues, `${where}.cues`, out, false);
  checkStringList(x.related, `${where}.related`, out, true);
  if (typeof x.prominence !== 'number' || !(x.prominence >= 0 && x.prominence <= 1))
    out.push({ where: `${where}.prominence`, message: 'must be a number from 0 to 1' });
  checkFacts(x.facts ?? [], where, out);
  checkSources(x.sources, where, out);
  checkAsOf(x.asOf, where, out);
  return out;
}

export function validateContext(c: unknown, where: string): Problem[] {
  const out: Problem[] = [];
  if (!isObject(c)) return [{ where, message: 'must be an object' }];
  const x = c as Partial<Context>;
  if (typeof x.id !== 'string' || !ID.test(x.id)) out.push({ where: `${where}.id`, message: `not a kebab-case id: ${JSON.stringify(x.id)}` });
  if (!nonEmptyString(x.title)) out.push({ where: `${where}.title`, message: 'missing title' });
  if (!nonEmptyString(x.summary)) out.push({ where: `${where}.summary`, message: 'missing summary' });
  if (!isObject(x.triggers)) out.push({ where: `${where}.triggers`, message: 'missing triggers {entities, terms}' });
  else {
    checkStringList(x.triggers.entities, `${where}.triggers.entities`, out, true);
    checkStringList(x.triggers.terms, `${where}.triggers.terms`, out, true);
  }
  checkFacts(x.facts ?? [], where, out);
  checkSources(x.sources, where, out);
  checkAsOf(x.asOf, where, out);
  return out;
}

const label = (e: unknown, i: number, kind: string) =>
  `${kind}[${i}]${isObject(e) && typeof e.id === 'string' ? ` (${e.id})` : ''}`;

/**
 * Checks a whole pack: shape of every entry, duplicate ids, aliases shared by two entries
 * with no disambiguation cue on either, references to unknown ids (only within `knownIds`).
 */
export function validatePack(pack: unknown, knownIds: ReadonlySet<string> = new Set()): Problem[] {
  if (!isObject(pack)) return [{ where: 'pack', message: 'not a JSON object' }];
  const out: Problem[] = [];
  const p = pack as Partial<Pack>;
  if (p.format !== PACK_FORMAT) out.push({ where: 'format', message: `must be "${PACK_FORMAT}"` });
  if (typeof p.id !== 'string' || !ID.test(p.id)) out.push({ where: 'id', message: 'missing or not kebab-case' });
  if (!nonEmptyString(p.title)) out.push({ where: 'title', message: 'missing title' });
  if (!nonEmptyString(p.version)) out.push({ where: 'version', message: 'missing version' });
  if (!Array.isArray(p.entities)) return [...out, { where: 'entities', message: 'must be a list' }];
  if (p.contexts !== undefined && !Array.isArray(p.contexts)) out.push({ where: 'contexts', message: 'must be a list' });

  const ids = new Map<string, string>();
  const aliasOwners = new Map<string, Entity[]>();
  p.entities.forEach((e: unknown, i) => {
    const where = label(e, i, 'entities');
    const problems = validateEntity(e, where);
    out.push(...problems);
    if (!isObject(e) || typeof e.id !== 'string') return;
    const prior = ids.get(e.id);
    if (prior) out.push({ where, message: `duplicate id "${e.id}" (also ${prior})` });
    else ids.set(e.id, where);
    if (problems.length) return;
    const ent = e as unknown as Entity;
    for (const a of new Set([ent.name, ...ent.aliases])) {
      const list = aliasOwners.get(a) ?? [];
      list.push(ent);
      aliasOwners.set(a, list);
    }
  });
  for (const [alias, owners] of aliasOwners) {
    if (owners.length < 2) continue;
    const cueless = owners.filter((o) => !o.cues?.length);
    if (cueless.length > 1)
      out.push({
        where: `alias "${alias}"`,
        message: `shared by ${owners.map((o) => o.id).join(', ')} and ${cueless.map((o) => o.id).join(', ')} have no cues to tell them apart`,
      });
  }
  const all = new Set([...ids.keys(), ...knownIds]);
  p.entities.forEach((e: unknown, i) => {
    if (!isObject(e) || !Array.isArray(e.related)) return;
    for (const r of e.related) if (typeof r === 'string' && !all.has(r))
      out.push({ where: `${label(e, i, 'entities')}.related`, message: `unknown id "${r}"` });
  });
  const ctxIds = new Set<string>();
  (Array.isArray(p.contexts) ? p.contexts : []).forEach((c: unknown, i) => {
    const where = label(c, i, 'contexts');
    out.push(...validateContext(c, where));
    if (isObject(c) && typeof c.id === 'string') {
      if (ctxIds.has(c.id) || ids.has(c.id)) out.push({ where, message: `duplicate id "${c.id}"` });
      ctxIds.add(c.id);
      const trig = isObject(c.triggers) && Array.isArray(c.triggers.entities) ? c.triggers.entities : [];
      for (const t of trig) if (typeof t === 'string' && !all.has(t))
        out.push({ where: `${where}.triggers.entities`, message: `unknown id "${t}"` });
    }
  });
  return out;
}

export function formatProblems(problems: readonly Problem[], max = 50): string {
  const lines = problems.slice(0, max).map((p) => `- ${p.where}: ${p.message}`);
  if (problems.length > max) lines.push(`… and ${problems.length - max} more`);
  return lines.join('\n');
}
