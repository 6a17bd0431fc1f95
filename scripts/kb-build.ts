/**
 * Compiles the knowledge base into the bundled pack at public/kb/pack.json, which the extension
 * loads into IndexedDB on install and on update: the authored files in assets/kb/ merged with
 * countries and cities generated from open data (lib/kb/opendata), plus the flags cards show.
 * Fails (exit 1) with the list of problems when the validator rejects anything.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileBundledPack, type AuthoredFile } from '../lib/kb/compile';
import { copyFlags, generateOpenData } from '../lib/kb/opendata/index';
import type { Pack } from '../lib/kb/types';
import { formatProblems, validatePack } from '../lib/kb/validate';

export const ROOT = new URL('..', import.meta.url).pathname;
const SRC = join(ROOT, 'assets/kb');
const OUT = join(ROOT, 'public/kb/pack.json');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? jsonFiles(join(dir, d.name)) : d.name.endsWith('.json') ? [join(dir, d.name)] : [],
  );
}

export function loadAuthored(): AuthoredFile[] {
  return jsonFiles(SRC).map((file) => {
    const name = relative(SRC, file);
    try {
      return { name, data: JSON.parse(readFileSync(file, 'utf8')) as AuthoredFile['data'] };
    } catch (err) {
      throw new Error(`assets/kb/${name}: not valid JSON (${(err as Error).message})`, { cause: err });
    }
  });
}

let built: { pack: Pack; problems: ReturnType<typeof validatePack>; authoredIds: Set<string> } | undefined;

/** The bundled pack and what the validator says of it (computed once per process). */
export function buildPack() {
  if (built) return built;
  const files = loadAuthored();
  const pack = compileBundledPack(files, generateOpenData());
  const authoredIds = new Set(files.flatMap((f) => (f.data.entities ?? []).map((e) => e.id)));
  built = { pack, problems: validatePack(pack), authoredIds };
  return built;
}

/** The notices file ships inside the extension next to the licence texts. */
function copyNotices() {
  mkdirSync(join(ROOT, 'public/licenses'), { recursive: true });
  copyFileSync(join(ROOT, 'THIRD_PARTY_NOTICES.md'), join(ROOT, 'public/licenses/THIRD_PARTY_NOTICES.md'));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const started = performance.now();
  const { pack, problems } = buildPack();
  if (problems.length) {
    console.error(`kb:build: the knowledge base has ${problems.length} problem(s):\n${formatProblems(problems)}`);
    process.exit(1);
  }
  mkdirSync(join(ROOT, 'public/kb'), { recursive: true });
  writeFileSync(OUT, JSON.stringify(pack));
  writeFileSync(join(ROOT, 'public/kb/version.json'), JSON.stringify({ version: pack.version }));
  copyFlags(ROOT);
  copyNotices();
  const ms = Math.round(performance.now() - started);
  console.log(`kb:build: ${pack.entities.length} entities, ${pack.contexts.length} contexts, version ${pack.version} → ${relative(ROOT, OUT)} (${ms} ms)`);
}
