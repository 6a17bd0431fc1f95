/**
 * The real pages of ../shared/bench/article-extraction (read in place, never copied into the
 * project). Returns null when the folder is absent, so callers can skip with a clear message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from './browser';

export const BENCH_DIR = join(ROOT, '../shared/bench/article-extraction');

export interface BenchPage {
  id: string;
  html: () => string;
  truth: string;
  url: string;
}

export function benchPages(): BenchPage[] | null {
  const dir = join(BENCH_DIR, 'html');
  if (!existsSync(dir)) return null;
  const truth = JSON.parse(readFileSync(join(BENCH_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      return {
        id,
        html: () => gunzipSync(readFileSync(join(dir, f))).toString('utf8'),
        truth: truth[id]?.articleBody ?? '',
        url: truth[id]?.url ?? '',
      };
    });
}

export const BENCH_MISSING = `skipped: ${BENCH_DIR} is absent (the shared benchmark of real pages is not on this machine)`;
