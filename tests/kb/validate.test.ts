import { describe, expect, it } from 'vitest';
import { entity, pack } from '../helpers/kb';
import { formatProblems, isHttpUrl, validatePack } from '../../lib/kb/validate';

const wheres = (p: unknown) => validatePack(p).map((x) => `${x.where}: ${x.message}`);

describe('validatePack', () => {
  it('accepts a well-formed pack', () => {
    expect(validatePack(pack([entity()]))).toEqual([]);
  });

  it('rejects a missing source and a missing asOf, saying where', () => {
    const out = wheres(pack([entity({ sources: [] }), entity({ id: 'b', name: 'B', aliases: [], asOf: undefined as never })]));
    expect(out).toContain('entities[0] (ada-lovelace).sources: needs at least one source');
    expect(out.some((l) => l.startsWith('entities[1] (b).asOf'))).toBe(true);
  });

  it('rejects duplicate ids', () => {
    const out = wheres(pack([entity(), entity({ aliases: [] })]));
    expect(out.some((l) => l.includes('duplicate id "ada-lovelace"'))).toBe(true);
  });

  it('rejects an alias shared by two entries when neither has cues', () => {
    const a = entity({ id: 'paris-city', name: 'Paris', aliases: [], type: 'place' });
    const b = entity({ id: 'paris-hilton', name: 'Paris Hilton', aliases: ['Paris'] });
    expect(wheres(pack([a, b])).some((l) => l.startsWith('alias "Paris"'))).toBe(true);
    expect(validatePack(pack([{ ...a, cues: ['france'] }, b]))).toEqual([]);
  });

  it('rejects a role without dates and an end before its start', () => {
    const out = wheres(pack([entity({ facts: [
      { label: 'Mayor', value: 'of X', role: true },
      { label: 'Minister', value: 'Y', role: true, since: '2020', until: '2019' },
    ] })]));
    expect(out).toContain('entities[0] (ada-lovelace).facts[0]: role "Mayor" has no since date');
    expect(out.some((l) => l.includes('until 2019 is before since 2020'))).toBe(true);
  });

  it('rejects malformed URLs and dates', () => {
    const out = wheres(pack([entity({ sources: [{ title: 'x', url: 'javascript:alert(1)' }], facts: [{ label: 'Born', value: '1815', since: '18-15' }] })]));
    expect(out.some((l) => l.includes('sources[0].url'))).toBe(true);
    expect(out.some((l) => l.includes('facts[0].since'))).toBe(true);
    expect(isHttpUrl('https://www.nato.int/')).toBe(true);
    expect(isHttpUrl('ftp://x.org/')).toBe(false);
    expect(isHttpUrl('https://localhost')).toBe(false);
  });

  it('rejects related ids and context triggers that name nothing', () => {
    const p = pack([entity({ related: ['nobody'] })], {
      contexts: [{ id: 'c1', title: 'C', triggers: { entities: ['ghost'], terms: ['x'] }, summary: 's', facts: [], sources: [{ title: 't', url: 'https://example.org/' }], asOf: '2025-01-01' }],
    });
    const out = wheres(p);
    expect(out).toContain('entities[0] (ada-lovelace).related: unknown id "nobody"');
    expect(out).toContain('contexts[0] (c1).triggers.entities: unknown id "ghost"');
  });

  it('rejects things that are not packs at all, and formats problems for people', () => {
    expect(wheres('hello')).toEqual(['pack: not a JSON object']);
    expect(wheres({ format: 'x', id: 'p', title: 't', version: '1' })).toContain('entities: must be a list');
    const text = formatProblems(validatePack({ format: 'x' }), 2);
    expect(text.split('\n')).toHaveLength(3);
    expect(text).toMatch(/… and \d+ more/);
  });
});
