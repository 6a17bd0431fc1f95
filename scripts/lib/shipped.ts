/**
 * The engine code as the extension ships it: lib/claims and the name spotter bundled and minified
 * by esbuild (as WXT's build does), loaded in this process. Benchmarks time these beside the
 * sources run through tsx, which transforms them differently (it keeps function names with a
 * wrapper call, for one), so that a figure does not hang on how the code happened to be loaded.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { findClaims as FindClaims } from '../../lib/claims/index';
import type { createSpotter as CreateSpotter } from '../../lib/engine/spotter';

export interface Shipped {
  findClaims: typeof FindClaims;
  createSpotter: typeof CreateSpotter;
}

const ROOT = resolve(import.meta.dirname, '../..');

export async function loadShipped(): Promise<Shipped> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, `export { findClaims } from ${JSON.stringify(join(ROOT, 'lib/claims/index.ts'))};\nexport { createSpotter } from ${JSON.stringify(join(ROOT, 'lib/engine/spotter.ts'))};\n`);
    const out = join(dir, 'engine.mjs');
    await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'error' });
    return (await import(pathToFileURL(out).href)) as Shipped;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
