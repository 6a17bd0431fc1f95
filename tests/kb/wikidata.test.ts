import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile, parseOptions } from '../../scripts/wikidata-to-pack';
import { parsePackFile } from '../../lib/kb/import';
import { validatePack } from '../../lib/kb/validate';
import { convertDump, directType, kebab, parseDumpLine, settleSharedNames, wikidataDate, type WikidataEntity } from '../../lib/kb/wikidata';
import { entity } from '../helpers/kb';

const SAMPLE = new URL('../fixtures/wikidata/sample.jsonl', import.meta.url).pathname;
const options = { input: SAMPLE, output: '-', id: 'elm-sample', title: 'Elm sample', asOf: '2025-06-30' };

/** The sample's lines as the converter sees them. */
function sampleLines() {
  return readFileSync(SAMPLE, 'utf8').split('\n').flatMap((text, i) => {
    const r = parseDumpLine(text);
    return r?.ok ? [{ line: i + 1, value: r.value }] : [];
  });
}

const { pack, skipped, problems, lines } = await convertFile(options);

describe('convertFile on the sample dump', () => {
  const byId = Object.fromEntries(pack.entities.map((e) => [e.id, e]));

  it('writes a pack that passes the validator and the import check', () => {
    expect(problems).toEqual([]);
    expect(validatePack(pack)).toEqual([]);
    expect(parsePackFile(JSON.stringify(pack), { bundledIds: new Set() }).ok).toBe(true);
    expect(lines).toBe(13);
    expect(pack).toMatchObject({ format: 'backstory-pack/1', id: 'elm-sample', title: 'Elm sample' });
    expect(pack.license).toMatch(/Wikidata \(CC0 1\.0\)/);
  });

  it('reports each unusable line with its number and why', () => {
    expect(skipped.map((s) => `${s.line} ${s.reason}`)).toEqual([
      '3 Q99900002 (Mayor of Port Elm) is a position: used to name roles only',
      '4 Q99900003 (Governor of Elm Province) is a position: used to name roles only',
      '8 Q99900010 (flood) is a class: used for types only',
      '9 not valid JSON at column 101: unexpected "}"',
      '10 P99001 is a property, not an item',
      '11 Q99900009 has no English label',
    ]);
  });

  it('types entities from P31, following subclasses within the file', () => {
    expect(pack.entities.map((e) => [e.id, e.type])).toEqual([
      ['alma-rivera', 'person'],
      ['elm-valley-rail-company', 'organization'],
      ['port-elm', 'place'],
      ['great-port-elm-flood', 'event'],
      ['port-elm-q99900008', 'other'],
    ]);
  });

  it('turns dated positions into roles, keeps the birth date, and leaves out deprecated and unnamed positions', () => {
    const alma = byId['alma-rivera']!;
    expect(alma.facts).toEqual([
      { label: 'Mayor of Port Elm', value: 'Alma Rivera', since: '2014-04-05', until: '2020-06-30', role: true },
      { label: 'Governor of Elm Province', value: 'Alma Rivera', since: '2021-03', role: true },
      { label: 'Born', value: '1968-02-11' },
    ]);
    expect(alma.aliases).toEqual(['Alma R. Rivera', 'Governor Rivera']);
    expect(alma.wikidata).toBe('Q99900001');
    expect(alma.description).toBe("fictional politician used in Backstory's tests");
    expect(alma.summary).toBe('Wikidata describes Alma Rivera as “fictional politician used in Backstory\'s tests”. This entry was generated from Wikidata item Q99900001 on 2025-06-30 and has not been reviewed by an editor.');
    expect(alma.asOf).toBe('2025-06-30');
    expect(alma.related).toEqual(['port-elm']);
  });

  it('links the Wikidata item and the English Wikipedia article when sitelinked', () => {
    expect(byId['alma-rivera']!.sources.map((s) => s.url)).toEqual([
      'https://www.wikidata.org/wiki/Q99900001',
      'https://en.wikipedia.org/wiki/Alma_Rivera_(politician)',
    ]);
    expect(byId['elm-valley-rail-company']!.sources.map((s) => s.url)).toEqual(['https://www.wikidata.org/wiki/Q99900004']);
  });

  it('ranks prominence by sitelink count', () => {
    const p = (id: string) => byId[id]!.prominence;
    expect(p('port-elm')).toBeGreaterThan(p('alma-rivera'));
    expect(p('alma-rivera')).toBeGreaterThan(p('elm-valley-rail-company'));
    expect(p('port-elm-q99900008')).toBe(0.3);
  });

  it('gives a second item with the same label a QID-suffixed id and cues, and drops the alias it shared', () => {
    expect(byId['port-elm']!.aliases).toEqual(['Elm Harbour']);
    expect(byId['port-elm-q99900008']!.aliases).toEqual([]);
    expect(byId['port-elm-q99900008']!.cues).toEqual(['ferry']);
    expect(byId['port-elm']!.cues).toEqual(['place']);
  });

  it('keeps organization and event dates, the official website and related places', () => {
    expect(byId['elm-valley-rail-company']!.facts).toEqual([
      { label: 'Founded', value: '1902' },
      { label: 'Official website', value: 'https://rail.example.org/' },
    ]);
    expect(byId['great-port-elm-flood']!.facts).toEqual([{ label: 'Date', value: '2019-09' }]);
    expect(byId['great-port-elm-flood']!.related).toEqual(['port-elm']);
  });

  it('is the same pack whether converted from the file or from its parsed lines', () => {
    expect(convertDump(sampleLines(), { asOf: '2025-06-30' }).entities).toEqual(pack.entities);
  });
});

describe('the converter\'s pieces', () => {
  it('reads dump lines with or without the list brackets and trailing commas', () => {
    expect(parseDumpLine('[')).toBeNull();
    expect(parseDumpLine(']')).toBeNull();
    expect(parseDumpLine('   ')).toBeNull();
    expect(parseDumpLine('{"id": "Q1"},')).toEqual({ ok: true, value: { id: 'Q1' } });
    expect(parseDumpLine('{"id": "Q1"}')).toEqual({ ok: true, value: { id: 'Q1' } });
    expect(parseDumpLine('[{"id": "Q1"},')).toEqual({ ok: true, value: { id: 'Q1' } });
    expect(parseDumpLine('{"id": "Q1"}]')).toEqual({ ok: true, value: { id: 'Q1' } });
    expect(parseDumpLine('{"id": "Q1"')).toMatchObject({ ok: false, reason: expect.stringMatching(/^not valid JSON at column 12/) });
  });

  it('turns Wikidata times into partial dates by precision', () => {
    const t = (time: string, precision: number) => wikidataDate({ datavalue: { value: { time, precision } } });
    expect(t('+2017-05-14T00:00:00Z', 11)).toBe('2017-05-14');
    expect(t('+2017-05-00T00:00:00Z', 10)).toBe('2017-05');
    expect(t('+2017-00-00T00:00:00Z', 9)).toBe('2017');
    expect(t('+2017-05-14T00:00:00Z', 9)).toBe('2017');
    expect(t('+2010-00-00T00:00:00Z', 8)).toBeUndefined();
    expect(t('-0044-03-15T00:00:00Z', 11)).toBeUndefined();
  });

  it('makes kebab-case ids from labels', () => {
    expect(kebab('Émile Zola (writer)')).toBe('emile-zola-writer');
    expect(kebab('  AT&T  ')).toBe('at-t');
    expect(kebab('東京')).toBe('');
  });

  it('falls back to the QID for a label with no Latin letters, and to "other" for unknown classes', () => {
    const item = (id: string, label: string, p31?: string): WikidataEntity => ({
      id, type: 'item', labels: { en: { value: label } },
      claims: p31 ? { P31: [{ mainsnak: { snaktype: 'value', datavalue: { value: { id: p31 } } }, rank: 'normal' }] } : {},
    });
    const { entities } = convertDump([{ line: 1, value: item('Q77', '東京', 'Q515') }, { line: 2, value: item('Q78', 'Thing', 'Q123456') }], { asOf: '2025-01-01' });
    expect(entities.map((e) => [e.id, e.type, e.description])).toEqual([['q77', 'place', 'Place'], ['thing', 'other', 'Wikidata item']]);
    expect(directType(item('Q1', 'x', 'Q6256'))).toBe('place');
  });

  it('keeps a position without a start date as an undated fact, not a role', () => {
    const claim = (p: string, id: string) => ({ mainsnak: { snaktype: 'value', datavalue: { value: { id } } }, rank: 'normal' });
    const person = { id: 'Q10', type: 'item', labels: { en: { value: 'Sam Oak' } }, claims: { P31: [claim('P31', 'Q5')], P39: [claim('P39', 'Q11')] } };
    const post = { id: 'Q11', type: 'item', labels: { en: { value: 'Harbour Master' } }, claims: { P31: [claim('P31', 'Q4164871')] } };
    const { entities } = convertDump([{ line: 1, value: person }, { line: 2, value: post }], { asOf: '2025-01-01' });
    expect(entities.map((e) => e.facts)).toEqual([[{ label: 'Position held', value: 'Harbour Master' }]]);
  });

  it('leaves a shared alias on the more prominent entry when neither is named by it', () => {
    const a = entity({ id: 'a', name: 'A1', aliases: ['Shared'], prominence: 0.2 });
    const b = entity({ id: 'b', name: 'B1', aliases: ['Shared'], prominence: 0.8 });
    settleSharedNames([a, b]);
    expect([a.aliases, b.aliases]).toEqual([[], ['Shared']]);
    expect(validatePack({ format: 'backstory-pack/1', id: 'x', title: 'x', version: '1', entities: [a, b], contexts: [] })).toEqual([]);
  });
});

describe('the command line', () => {
  it('reads IN, OUT, --id, --title and --as-of, and refuses bad ones', () => {
    expect(parseOptions(['in.jsonl', 'out.json', '--id', 'my-pack', '--title', 'My pack'], '2026-01-02')).toEqual({
      input: 'in.jsonl', output: 'out.json', id: 'my-pack', title: 'My pack', asOf: '2026-01-02',
    });
    expect(parseOptions(['a', 'b', '--id', 'p', '--title', 't', '--as-of', '2025-06-30']).asOf).toBe('2025-06-30');
    expect(() => parseOptions(['a', '--id', 'p', '--title', 't'])).toThrow(/usage/);
    expect(() => parseOptions(['a', 'b', '--id', 'bundled', '--title', 't'])).toThrow(/not "bundled"/);
    expect(() => parseOptions(['a', 'b', '--id', 'p', '--title', 't', '--as-of', '30/06/2025'])).toThrow(/YYYY-MM-DD/);
  });

  it('writes a file the import accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wd-'));
    try {
      const { execFileSync } = await import('node:child_process');
      const out = join(dir, 'pack.json');
      const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/wikidata-to-pack.ts', SAMPLE, out, '--id', 'elm-sample', '--title', 'Elm', '--as-of', '2025-06-30'], { encoding: 'utf8' });
      expect(stdout).toMatch(/skipped line 9: not valid JSON/);
      expect(stdout).toMatch(/13 lines → 5 entities \(person 1, organization 1, place 1, event 1, other 1\), 6 skipped/);
      const r = parsePackFile(readFileSync(out, 'utf8'), { bundledIds: new Set() });
      expect(r.ok && r.pack.entities.length).toBe(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
