import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineColumn, parsePackFile, readPackJson } from '../../lib/kb/import';
import { entity, pack } from '../helpers/kb';

const none = { bundledIds: new Set<string>() };
const readerPack = (entities: unknown[] = [entity()], over = {}) => pack(entities, { id: 'my-pack', title: 'Mine', ...over });
const text = (p: unknown) => JSON.stringify(p, null, 2);

function problems(t: string, installed = none) {
  const r = parsePackFile(t, installed);
  if (r.ok) throw new Error('expected the pack to be rejected');
  return r.problems;
}

describe('parsePackFile', () => {
  it('accepts a valid pack and returns it with only the known fields', () => {
    const r = parsePackFile(text({ ...readerPack([{ ...entity(), colour: 'red' }]), note: 'x' }), none);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack.id).toBe('my-pack');
    expect(r.pack.contexts).toEqual([]);
    expect(r.pack.entities[0]).toEqual(entity());
    expect(r.warnings.join('\n')).toMatch(/left out: pack\.note, entities\[\]\.colour/);
  });

  it('reports broken JSON with the line and column of the fault', () => {
    const broken = '{\n  "format": "backstory-pack/1",\n  "id": "x"\n  "title": "T"\n}';
    expect(problems(broken)).toEqual([
      { where: 'line 4, column 3', message: 'not valid JSON: expected , or } in an object, found "\\""' },
    ]);
    const trailing = '{"a": [1, 2,\n]}';
    expect(problems(trailing)[0]).toEqual({ where: 'line 2, column 1', message: 'not valid JSON: a comma before ] (trailing commas are not allowed)' });
    expect(problems('{"a": "open')[0]!.where).toBe('line 1, column 7');
  });

  it('tells a list, a Wikidata dump, an authored source file and a future format apart from a pack', () => {
    expect(problems('[1, 2]')[0]!.message).toMatch(/not a Backstory pack.*found a list/);
    expect(problems(text([{ id: 'Q1', labels: {}, claims: {} }]))[0]!.message).toMatch(/Wikidata dump.*kb:from-wikidata/);
    expect(problems(text({ entities: [entity()] }))[0]).toMatchObject({ where: 'format', message: expect.stringMatching(/needs "format"/) });
    expect(problems(text({ ...readerPack(), format: 'backstory-pack/9' }))[0]!.message).toMatch(/"backstory-pack\/9" is not a pack format/);
    expect(problems('"hello"')[0]!.message).toMatch(/found string/);
    expect(problems('   ')[0]).toEqual({ where: 'file', message: 'is empty' });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const r = parsePackFile(text(readerPack()), none, { maxChars: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/may be at most 0\.0 MB/);
  });

  it('lists every validator problem, each with where it is', () => {
    const bad = readerPack([
      entity({ sources: [] }),
      entity({ id: 'b', name: 'B', aliases: [], related: ['nobody'], asOf: 'June' }),
    ]);
    const list = problems(text(bad));
    expect(list).toEqual(expect.arrayContaining([
      { where: 'entities[0] (ada-lovelace).sources', message: 'needs at least one source' },
      { where: 'entities[1] (b).asOf', message: 'missing or not a YYYY-MM-DD date: "June"' },
      { where: 'entities[1] (b).related', message: 'unknown id "nobody"' },
    ]));
    expect(list).toHaveLength(3);
  });

  it('lets related point at bundled entities, and warns about overridden bundled entries', () => {
    const p = readerPack([entity({ related: ['nato'] }), entity({ id: 'nato', name: 'NATO', aliases: [] })]);
    const installed = { bundledIds: new Set(['nato', 'paris']) };
    expect(parsePackFile(text(readerPack([entity({ related: ['paris'] })])), installed).ok).toBe(true);
    expect(problems(text(readerPack([entity({ related: ['paris'] })])))[0]!.message).toBe('unknown id "paris"');
    const r = parsePackFile(text(p), installed);
    expect(r.ok && r.warnings).toEqual(['1 entry replaces the bundled entry with the same id: nato.']);
  });

  it('refuses the reserved id "bundled"', () => {
    expect(problems(text(readerPack([entity()], { id: 'bundled' })))).toEqual([
      { where: 'id', message: '"bundled" is reserved for the pack that ships with Backstory; give your pack another id' },
    ]);
  });

  it('reads a file with a byte-order mark', () => {
    expect(readPackJson(`\ufeff${text(readerPack())}`).ok).toBe(true);
  });
});

describe('findJsonSyntaxError', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const ok of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ', '0'])
      expect(findJsonSyntaxError(ok)).toBeNull();
  });

  it('finds the first fault of what JSON.parse refuses', () => {
    const cases: [string, number, string][] = [
      ['{"a": 1,}', 8, 'a comma before }'],
      ["{'a': 1}", 1, 'property name in double quotes'],
      ['{"a" 1}', 5, 'expected :'],
      ['[1 2]', 3, 'expected , or ]'],
      ['{"a": tru}', 6, 'unexpected "t"'],
      ['{"a": "x\ny"}', 8, 'a line break inside a string'],
      ['{"a": 1} x', 9, 'after the end'],
      ['{"a": ', 6, 'ends where a value was expected'],
      ['[01]', 2, 'expected , or ]'],
    ];
    for (const [json, offset, message] of cases) {
      expect(() => JSON.parse(json)).toThrow();
      const e = findJsonSyntaxError(json);
      expect(e, json).not.toBeNull();
      expect(e!.offset, json).toBe(offset);
      expect(e!.message, json).toContain(message);
    }
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});
