/**
 * Merges generated (open-data) entities into authored ones. Pure.
 *
 * - Same id: the authored entry's fields win; aliases and linkOnly are unioned (deduplicated,
 *   never an alias equal to the name, never a spelling in both lists: the authored list decides);
 *   a generated fact is added only when the authored entry has no fact with that label; optional
 *   fields the authored entry lacks (linkOnly, cues) and a null wikidata are filled in.
 * - Same name: a generated place whose name equals an authored place's name or alias is merged
 *   the same way, under the authored id. Guards keep that from joining different places: both
 *   ids must be of the same family (country-… with country-…, city-… with city-…, others never),
 *   an authored entry that already has a generated twin by id takes no second one, and an
 *   authored entry takes at most one (the most prominent) generated entry by name. A generated
 *   subdivision (region-…) joins an authored region-… entry this way; the authored entries that
 *   stand for a subdivision under another id ("crimea", "donetsk-oblast") are matched by id instead
 *   (assets/kb/exonyms-regions.json gives the generator that id).
 * - A generated subdivision left on its own whose name is any authored entry's name, alias or
 *   linkOnly spelling is dropped ("Red Sea" the Egyptian governorate beside the authored sea), and
 *   its aliases that are authored spellings go: a subdivision never takes a spelling from an
 *   authored entry.
 * - Generated entries' `related` ids that pointed at a merged-away id now point at the authored id.
 */
import type { Entity, Fact } from '../types.ts';
import { uniqueStrings } from './text.ts';

const FAMILIES = ['country', 'city', 'region'] as const;
const family = (id: string): string => FAMILIES.find((f) => id.startsWith(`${f}-`)) ?? '';

/** `authored` with `generated` folded in, as described above. */
export function mergeInto(authored: Entity, generated: Entity): Entity {
  const authoredLinkOnly = authored.linkOnly ?? [];
  const aliases = uniqueStrings([...authored.aliases, ...generated.aliases], [authored.name, ...authoredLinkOnly]);
  const linkOnly = uniqueStrings([...authoredLinkOnly, ...(generated.linkOnly ?? [])], [authored.name, ...aliases]);
  const labels = new Set(authored.facts.map((f) => f.label));
  const facts: Fact[] = [...authored.facts, ...generated.facts.filter((f) => !labels.has(f.label))];
  const cues = authored.cues ?? generated.cues;
  return {
    ...authored,
    wikidata: authored.wikidata ?? generated.wikidata,
    aliases,
    facts,
    ...(linkOnly.length ? { linkOnly } : {}),
    ...(cues ? { cues } : {}),
  };
}

/** Authored entries (merged, in their order) followed by the generated entries left on their own. */
export function mergeEntities(authored: Entity[], generated: Entity[]): Entity[] {
  const authoredIds = new Set(authored.map((e) => e.id));
  const byId = new Map(generated.map((g) => [g.id, g] as const));

  // Authored places by each of their spellings, for the name rule.
  const bySpelling = new Map<string, Entity[]>();
  for (const a of authored) {
    if (a.type !== 'place' || !family(a.id) || byId.has(a.id)) continue;
    for (const s of [a.name, ...a.aliases]) {
      const list = bySpelling.get(s) ?? [];
      if (!list.includes(a)) list.push(a);
      bySpelling.set(s, list);
    }
  }
  const byName = new Map<string, Entity>(); // authored id → chosen generated twin
  for (const g of generated) {
    if (authoredIds.has(g.id) || g.type !== 'place') continue;
    const target = (bySpelling.get(g.name) ?? []).find((a) => family(a.id) === family(g.id));
    if (!target) continue;
    const prev = byName.get(target.id);
    if (!prev || g.prominence > prev.prominence) byName.set(target.id, g);
  }

  const renamed = new Map<string, string>(); // generated id → authored id
  for (const [aid, g] of byName) renamed.set(g.id, aid);

  const out: Entity[] = authored.map((a) => {
    const twin = byId.get(a.id) ?? byName.get(a.id);
    return twin ? mergeInto(a, twin) : a;
  });
  const authoredSpellings = new Set(authored.flatMap((a) => [a.name, ...a.aliases, ...(a.linkOnly ?? [])]));
  for (const g of generated) {
    if (authoredIds.has(g.id) || renamed.has(g.id)) continue;
    const related = uniqueStrings(g.related.map((r) => renamed.get(r) ?? r), [g.id]);
    if (family(g.id) !== 'region') {
      out.push({ ...g, related });
      continue;
    }
    if (authoredSpellings.has(g.name)) continue;
    out.push({ ...g, related, aliases: g.aliases.filter((a) => !authoredSpellings.has(a)) });
  }
  return out;
}
