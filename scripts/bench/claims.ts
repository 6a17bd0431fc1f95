/**
 * Benchmark: findClaims time per 1,000 words on the seed article and the dev-set texts, the
 * median of repeated runs after a warm-up. Each figure is also given as a ratio to a peer run in
 * the same process (a plain regex tokenization of the same text), so that results can be
 * compared across machines.
 *
 * Run: npx tsx scripts/bench/claims.ts
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findClaims } from '../../lib/claims/index';

const ROOT = resolve(import.meta.dirname, '../..');
const WARMUP = 20;
const RUNS = 60;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median milliseconds of fn() over RUNS runs after WARMUP runs. */
function time(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The peer: a single pass of word tokenization over the same text. */
const peer = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function texts(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  const seed = join(ROOT, '../shared/seeds/000_81e4a3c04cf087c1.txt');
  if (existsSync(seed)) out.push({ name: 'seed', text: readFileSync(seed, 'utf8') });
  const dir = join(ROOT, 'tests/devset/claims');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text?: string };
    if (raw.text) out.push({ name: f.replace(/\.json$/, ''), text: raw.text });
  }
  return out;
}

export async function run(): Promise<{ title: string; rows: Record<string, string | number>[]; notes: string[] }> {
  const rows: Record<string, string | number>[] = [];
  let allWords = 0;
  let allMs = 0;
  for (const { name, text } of texts()) {
    const words = peer(text);
    const ms = time(() => findClaims(text, []));
    const peerMs = time(() => peer(text));
    allWords += words;
    allMs += ms;
    rows.push({
      text: name,
      words,
      claims: findClaims(text, []).length,
      'ms per 1,000 words': Number(((ms * 1000) / words).toFixed(3)),
      'x peer': Math.round(ms / peerMs),
    });
  }
  rows.push({ text: 'all', words: allWords, claims: '', 'ms per 1,000 words': Number(((allMs * 1000) / allWords).toFixed(3)), 'x peer': '' });
  return {
    title: 'Claims engine: findClaims per 1,000 words',
    rows,
    notes: [
      `median of ${RUNS} runs after ${WARMUP} warm-up runs; no mentions passed (names come from the text)`,
      "'x peer' is findClaims time divided by a one-pass regex word tokenization of the same text, timed in the same process",
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await run();
  console.log(r.title);
  console.table(r.rows);
  for (const n of r.notes) console.log(`- ${n}`);
}
