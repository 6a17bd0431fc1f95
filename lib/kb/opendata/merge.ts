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
 *   authored entry takes at most one (the most prominent) generated entry by name.
 * - Generated entries' `related` ids that pointed at a merged-away id now point at the authored id.
 */
import type { Entity, Fact } from '../types.ts';
import { uniqueStrings } from './text.ts';

const family = (id: string): string => (id.startsWith('country-') ? 'country' : id.startsWith('city-') ? 'city' : '');

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
  for (const g of generated) {
    if (authoredIds.has(g.id) || renamed.has(g.id)) continue;
    const related = uniqueStrings(g.related.map((r) => renamed.get(r) ?? r), [g.id]);
    out.push({ ...g, related });
  }
  return out;
}
