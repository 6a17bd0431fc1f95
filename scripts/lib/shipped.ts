/**
 * The engine code as the extension ships it: lib/claims and the name spotter bundled and minified
 * by esbuild (as WXT's build does), run in a worker thread. Benchmarks time it beside the sources
 * run through tsx, which transforms them differently (it keeps function names with a wrapper call,
 * for one), so that a figure does not hang on how the code happened to be loaded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Runs scripts/lib/shipped-worker.ts — the timing loop bundled and minified with the engine, as the extension ships
 * it — in a worker thread of its own, and returns what it posts.
 */
export async function timeShippedInWorker<T>(workerData: unknown): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  try {
    const out = join(dir, 'worker.mjs');
    await build({ entryPoints: [join(ROOT, 'scripts/lib/shipped-worker.ts')], bundle: true, minify: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
    const worker = new Worker(out, { workerData });
    return await new Promise<T>((done, fail) => {
      worker.once('message', (m: T) => done(m));
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`the bench worker stopped (exit code ${code}) before it posted its times`)));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
