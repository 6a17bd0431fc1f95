import { describe, expect, it } from 'vitest';
import { buildPack } from '../../scripts/kb-build';
import { compileBundledPack } from '../../lib/kb/compile';

describe('the bundled knowledge base (assets/kb)', () => {
  const { pack, problems } = buildPack();

  it('passes the validator', () => {
    expect(problems).toEqual([]);
  });

  it('covers the seed article\'s names, each with sources and a date', () => {
    const ids = new Set(pack.entities.map((e) => e.id));
    for (const id of ['volodymyr-zelenskyy', 'emmanuel-macron', 'steve-witkoff', 'nato', 'country-ru', 'country-ua', 'country-fr', 'country-us', 'kremlin', 'city-paris', 'country-sa', 'europe'])
      expect(ids, id).toContain(id);
    for (const e of pack.entities) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.asOf, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('has a version that changes with the content and only then', () => {
    const again = buildPack().pack;
    expect(again.version).toBe(pack.version);
    const changed = compileBundledPack([{ name: 'x.json', data: { entities: pack.entities.slice(1), contexts: pack.contexts } }]);
    expect(changed.version).not.toBe(pack.version);
  });
});
