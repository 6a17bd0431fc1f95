/**
 * Reading a knowledge pack a reader chose: a JSON file checked in full before anything is
 * installed. Pure: the options page runs it to show problems at once, and the background runs
 * it again before installing. Every problem says where it is.
 */
import { BUNDLED_PACK_ID, PACK_FORMAT, type Context, type Entity, type Fact, type Pack, type Source } from './types';
import { validatePack, type Problem } from './validate';

/** Packs larger than this are refused before parsing (characters, close to bytes for JSON). */
export const MAX_PACK_CHARS = 50 * 1024 * 1024;

export type ParsePackResult = { ok: true; pack: Pack; warnings: string[] } | { ok: false; problems: Problem[] };

// ---------------------------------------------------------------------------------------------
// Where a JSON text first goes wrong, the same way in every browser (engines word and place
// JSON.parse errors differently, and some give no position). Run only after JSON.parse failed.

export interface JsonSyntaxError {
  /** 1-based line and column of the offending character. */
  line: number;
  column: number;
  offset: number;
  message: string;
}

const MAX_DEPTH = 1000;

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

class Stop {
  constructor(readonly offset: number, readonly message: string) {}
}

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (ch === '\n' || ch === '\r') return 'a line break';
  return JSON.stringify(ch);
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${describe(text[i])}`);
  };
  const string = () => {
    const start = i++;
    for (;;) {
      const ch = text[i];
      if (ch === undefined) fail('a string is not closed (missing ")', start);
      if (ch === '"') return void i++;
      if (ch === '\\') {
        const esc = text[i + 1];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in a string');
          i += 6;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 2;
        else fail(`bad escape \\${esc ?? ''} in a string`);
      } else if (ch! < ' ') fail(`${describe(ch)} inside a string (write it as an escape such as \\n)`);
      else i++;
    }
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail(`unexpected ${describe(text[i])}`);
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail(text[i] === '}' ? 'a comma before } (trailing commas are not allowed)' : `expected a property name in double quotes, found ${describe(text[i])}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected : after a property name, found ${describe(text[i])}`);
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') return void i++;
        fail(`expected , or } in an object, found ${describe(text[i])}`);
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        ws();
        if (text[i] === ']') fail('a comma before ] (trailing commas are not allowed)');
        value(depth + 1);
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') return void i++;
        fail(`expected , or ] in a list, found ${describe(text[i])}`);
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail(ch === undefined ? 'the file ends where a value was expected' : `unexpected ${describe(ch)}`);
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value(0);
    ws();
    if (i < text.length) fail(`unexpected ${describe(text[i])} after the end of the JSON value`);
    return null;
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    return { ...lineColumn(text, err.offset), offset: err.offset, message: err.message };
  }
}

// ---------------------------------------------------------------------------------------------

const ENTITY_KEYS = ['id', 'wikidata', 'type', 'name', 'aliases', 'description', 'summary', 'facts', 'related', 'prominence', 'sources', 'asOf', 'linkOnly', 'cues'] as const;
const CONTEXT_KEYS = ['id', 'title', 'triggers', 'summary', 'facts', 'sources', 'asOf'] as const;
const PACK_KEYS = new Set(['format', 'id', 'title', 'version', 'license', 'entities', 'contexts']);

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const megabytes = (chars: number) => (chars / 1024 / 1024).toFixed(1);

/** Copies only the fields Backstory knows; counts the others so the reader hears about them. */
function pick<K extends string>(o: Obj, keys: readonly K[], kind: string, ignored: Map<string, number>): Record<K, unknown> {
  const out = {} as Record<K, unknown>;
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  for (const k of Object.keys(o)) if (!(keys as readonly string[]).includes(k)) ignored.set(`${kind}.${k}`, (ignored.get(`${kind}.${k}`) ?? 0) + 1);
  return out;
}

const cleanFacts = (facts: unknown): Fact[] =>
  ((facts as Fact[] | undefined) ?? []).map(({ label, value, since, until, role }) => ({
    label, value, ...(since ? { since } : {}), ...(until ? { until } : {}), ...(role ? { role } : {}),
  }));
const cleanSources = (sources: unknown): Source[] =>
  (sources as Source[]).map(({ title, url, publisher }) => ({ title, url, ...(publisher ? { publisher } : {}) }));

/** Says what a JSON value that is not a pack looks like, to point the reader the right way. */
function notAPack(data: unknown): Problem {
  const expected = `expected a JSON object with "format": "${PACK_FORMAT}"`;
  if (Array.isArray(data)) {
    const wikidata = data.some((x) => isObject(x) && 'claims' in x && 'labels' in x);
    return {
      where: 'file',
      message: wikidata
        ? 'is a Wikidata dump, not a Backstory pack: convert it first with `npm run kb:from-wikidata` (see the README)'
        : `is not a Backstory pack: ${expected}, found a list`,
    };
  }
  if (!isObject(data)) return { where: 'file', message: `is not a Backstory pack: ${expected}, found ${data === null ? 'null' : typeof data}` };
  if (typeof data.format === 'string' && data.format.startsWith('backstory-pack/'))
    return { where: 'format', message: `"${data.format}" is not a pack format this version of Backstory reads (it reads "${PACK_FORMAT}")` };
  if (data.format === undefined && Array.isArray(data.entities))
    return { where: 'format', message: `missing: a pack needs "format": "${PACK_FORMAT}", "id", "title" and "version" beside its entities` };
  return { where: 'format', message: `is not a Backstory pack: ${expected}` };
}

/**
 * First step: size, JSON syntax (with line and column) and "is this a pack at all". Returns the
 * parsed object, whose entities the caller may count before the full check.
 */
export function readPackJson(text: string, { maxChars = MAX_PACK_CHARS }: { maxChars?: number } = {}):
  { ok: true; data: Obj & { entities?: unknown } } | { ok: false; problems: Problem[] } {
  const fail = (...problems: Problem[]) => ({ ok: false as const, problems });
  if (text.length > maxChars)
    return fail({ where: 'file', message: `is ${megabytes(text.length)} MB; a pack may be at most ${megabytes(maxChars)} MB` });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return fail({ where: 'file', message: 'is empty' });
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    const at = findJsonSyntaxError(body);
    return fail(at
      ? { where: `line ${at.line}, column ${at.column}`, message: `not valid JSON: ${at.message}` }
      : { where: 'file', message: `not valid JSON: ${(err as Error).message}` });
  }
  if (!isObject(data) || data.format !== PACK_FORMAT) return fail(notAPack(data));
  return { ok: true, data };
}

/** Parses and checks a pack file in one go: `readPackJson`, then `checkPackData`. */
export function parsePackFile(
  text: string,
  installed: { bundledIds: ReadonlySet<string> },
  options: { maxChars?: number } = {},
): ParsePackResult {
  const read = readPackJson(text, options);
  return read.ok ? checkPackData(read.data, installed) : read;
}

/**
 * Second step: every validator problem, and the reserved id. `installed.bundledIds` are the
 * ids of the bundled pack's entities, which the pack's `related` lists may name. Nothing is
 * returned as a pack unless every check passes; warnings (overridden bundled entries, ignored
 * fields) do not block. The pack returned holds only the fields Backstory knows.
 */
export function checkPackData(data: Obj, installed: { bundledIds: ReadonlySet<string> }): ParsePackResult {
  const problems = validatePack(data, installed.bundledIds);
  if (data.id === BUNDLED_PACK_ID)
    problems.unshift({ where: 'id', message: `"${BUNDLED_PACK_ID}" is reserved for the pack that ships with Backstory; give your pack another id` });
  if (problems.length) return { ok: false, problems };

  const ignored = new Map<string, number>();
  for (const k of Object.keys(data)) if (!PACK_KEYS.has(k)) ignored.set(`pack.${k}`, 1);
  const entities = (data.entities as Obj[]).map((e) => {
    const x = pick(e, ENTITY_KEYS, 'entities[]', ignored);
    return { ...x, facts: cleanFacts(x.facts), sources: cleanSources(x.sources) } as unknown as Entity;
  });
  const contexts = ((data.contexts as Obj[] | undefined) ?? []).map((c) => {
    const x = pick(c, CONTEXT_KEYS, 'contexts[]', ignored);
    return { ...x, facts: cleanFacts(x.facts), sources: cleanSources(x.sources) } as unknown as Context;
  });
  const pack: Pack = {
    format: PACK_FORMAT,
    id: data.id as string,
    title: data.title as string,
    version: data.version as string,
    ...(typeof data.license === 'string' ? { license: data.license } : {}),
    entities,
    contexts,
  };

  const warnings: string[] = [];
  if (!entities.length && !contexts.length) warnings.push('The pack has no entries: installing it changes nothing.');
  const overrides = entities.filter((e) => installed.bundledIds.has(e.id)).map((e) => e.id);
  if (overrides.length)
    warnings.push(
      `${overrides.length} ${overrides.length === 1 ? 'entry replaces the bundled entry' : 'entries replace the bundled entries'} with the same id: ` +
        `${overrides.slice(0, 5).join(', ')}${overrides.length > 5 ? ` and ${overrides.length - 5} more` : ''}.`,
    );
  if (ignored.size)
    warnings.push(`Fields Backstory does not use were left out: ${[...ignored].map(([k, n]) => (n > 1 ? `${k} (${n}×)` : k)).join(', ')}.`);
  return { ok: true, pack, warnings };
}
