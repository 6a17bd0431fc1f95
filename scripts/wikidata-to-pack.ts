/**
 * Converts entities from a Wikidata JSON dump (one entity a line; the file may start with "["
 * and end with "]", and lines may end with a comma) into a Backstory knowledge pack a reader
 * can import on the options page.
 *
 *   npx tsx scripts/wikidata-to-pack.ts IN.jsonl OUT.json --id my-pack --title "My pack" [--as-of YYYY-MM-DD]
 *
 * Lines that cannot be used are listed with their line numbers. Exits 1 on bad arguments or
 * when the pack would not pass the validator.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { contentHash } from '../lib/kb/compile';
import { BUNDLED_PACK_ID, PACK_FORMAT, type Pack } from '../lib/kb/types';
import { formatProblems, validatePack } from '../lib/kb/validate';
import { convertDump, parseDumpLine, type Skipped } from '../lib/kb/wikidata';

const USAGE = 'usage: npx tsx scripts/wikidata-to-pack.ts IN.jsonl OUT.json --id my-pack --title "My pack" [--as-of YYYY-MM-DD]';

export interface Options { input: string; output: string; id: string; title: string; asOf: string }

export function parseOptions(argv: string[], today = new Date().toISOString().slice(0, 10)): Options {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { id: { type: 'string' }, title: { type: 'string' }, 'as-of': { type: 'string' } },
  });
  const [input, output] = positionals;
  const { id, title } = values;
  const asOf = values['as-of'] ?? today;
  if (!input || !output || !id || !title || positionals.length > 2) throw new Error(USAGE);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id === BUNDLED_PACK_ID) throw new Error(`--id must be kebab-case and not "${BUNDLED_PACK_ID}": ${id}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`--as-of must be YYYY-MM-DD: ${asOf}`);
  return { input, output, id, title, asOf };
}

/** Reads the dump line by line (a filtered dump can be large) and builds the pack. */
export async function convertFile({ input, id, title, asOf }: Options) {
  const lines: { line: number; value: unknown }[] = [];
  const broken: Skipped[] = [];
  let n = 0;
  for await (const text of createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity })) {
    n++;
    const r = parseDumpLine(text);
    if (!r) continue;
    if (r.ok) lines.push({ line: n, value: r.value });
    else broken.push({ line: n, reason: r.reason });
  }
  const { entities, skipped, warnings } = convertDump(lines, { asOf });
  const pack: Pack = {
    format: PACK_FORMAT, id, title,
    version: contentHash(JSON.stringify(entities)),
    license: `Data from Wikidata (CC0 1.0), converted on ${asOf}; summaries are generated, not reviewed.`,
    entities, contexts: [],
  };
  return { pack, lines: n, skipped: [...broken, ...skipped].sort((a, b) => a.line - b.line), warnings, problems: validatePack(pack) };
}

async function main() {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  const { pack, lines, skipped, warnings, problems } = await convertFile(options);
  for (const s of skipped) console.log(`skipped line ${s.line}: ${s.reason}`);
  for (const w of warnings) console.log(`note: ${w}`);
  if (problems.length) {
    console.error(`wikidata-to-pack: the pack does not pass the validator:\n${formatProblems(problems)}`);
    process.exit(1);
  }
  writeFileSync(options.output, `${JSON.stringify(pack, null, 1)}\n`);
  const counts = new Map<string, number>();
  for (const e of pack.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const byType = [...counts].map(([t, c]) => `${t} ${c}`).join(', ');
  console.log(`wikidata-to-pack: ${lines} lines → ${pack.entities.length} entities (${byType}), ${skipped.length} skipped → ${options.output} (version ${pack.version})`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) void main();
