/**
 * Compiles the authored knowledge in assets/kb/ into the bundled pack at public/kb/pack.json,
 * which the extension loads into IndexedDB on install and on update. Fails (exit 1) with the
 * list of problems when the validator rejects anything.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileBundledPack, type AuthoredFile } from '../lib/kb/compile';
import { formatProblems, validatePack } from '../lib/kb/validate';

const ROOT = new URL('..', import.meta.url).pathname;
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

export function buildPack() {
  const pack = compileBundledPack(loadAuthored());
  const problems = validatePack(pack);
  return { pack, problems };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { pack, problems } = buildPack();
  if (problems.length) {
    console.error(`kb:build: the knowledge base has ${problems.length} problem(s):\n${formatProblems(problems)}`);
    process.exit(1);
  }
  mkdirSync(join(ROOT, 'public/kb'), { recursive: true });
  writeFileSync(OUT, JSON.stringify(pack));
  writeFileSync(join(ROOT, 'public/kb/version.json'), JSON.stringify({ version: pack.version }));
  console.log(`kb:build: ${pack.entities.length} entities, ${pack.contexts.length} contexts, version ${pack.version} → ${relative(ROOT, OUT)}`);
}
