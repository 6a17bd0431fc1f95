/**
 * Spotting-engine benchmark, all in one process:
 * - find() per 1,000 words vs compromise's people()/places()/organizations() on the same texts;
 * - dictionary build time and heap growth for the fixture entities and synthetic dictionaries;
 * - find() per 1,000 words with the large dictionaries (should stay flat).
 * Medians over repeated runs after a warm-up.   npx tsx scripts/bench/engine.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import nlp from 'compromise';
import { createSpotter, type Spotter } from '../../lib/engine/spotter';
import type { EntityLite } from '../../lib/engine/types';
import { FIXTURE_ENTITIES } from '../../tests/engine/fixtures';
import { loadDevSet } from '../names-eval';

type Row = Record<string, string | number>;
const ROOT = resolve(import.meta.dirname, '../..');
const SEED = resolve(ROOT, '../shared/seeds/000_81e4a3c04cf087c1.txt');

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g();
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

/** Median milliseconds per 1,000 words of running `fn` over every text, after a warm-up. */
function perKWords(texts: string[], fn: (t: string) => unknown, rounds: number, reps: number): number {
  const total = texts.reduce((n, t) => n + words(t), 0);
  for (let i = 0; i < Math.max(3, reps); i++) for (const t of texts) fn(t);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) for (const t of texts) fn(t);
    samples.push((performance.now() - t0) / reps / (total / 1000));
  }
  return median(samples);
}

/** Deterministic made-up names: syllable soup, so no real person is implied. */
export function syntheticEntities(aliasTarget: number): EntityLite[] {
  const syl = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vor', 'el', 'din', 'qua', 'bre', 'ost', 'na', 'fil', 'gar', 'zu',
    'pe', 'rix', 'mo', 'tal', 'shu', 'ven', 'ab', 'ky'];
  let x = 42;
  const rnd = (): number => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 4294967296;
  const word = (): string => {
    const n = 2 + Math.floor(rnd() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syl[Math.floor(rnd() * syl.length)];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const out: EntityLite[] = [];
  let aliases = 0;
  for (let i = 0; aliases < aliasTarget; i++) {
    const first = word();
    const last = word();
    const type = i % 3 === 0 ? 'organization' : 'person';
    const name = type === 'person' ? `${first} ${last}` : `${first} ${last} Institute`;
    const al = type === 'person' ? [last, `${first[0]}. ${last}`] : [`${first} Institute`, `${first}${last}`.toUpperCase().slice(0, 5)];
    out.push({ id: `syn-${i}`, type, name, aliases: al, prominence: rnd(), cues: [word().toLowerCase()] });
    aliases += 1 + al.length;
  }
  return out;
}

/** A made-up article that names synthetic entities by name and alias, so big dictionaries get hits. */
export function syntheticArticle(entities: readonly EntityLite[]): string {
  const people = entities.filter((e) => e.type === 'person').slice(0, 40);
  const orgs = entities.filter((e) => e.type === 'organization').slice(0, 20);
  const out: string[] = [];
  people.forEach((p, i) => {
    const org = orgs[i % orgs.length]!;
    out.push(`${p.name} said on Monday that the ${org.name} would review the plan.`);
    out.push(`Later, ${p.aliases[0]} added that ${org.aliases[1]} staff in Paris agreed with him.`);
  });
  return out.join(' ');
}

function buildRow(label: string, entities: EntityLite[], texts: string[]): Row {
  const builds: number[] = [];
  const heaps: number[] = [];
  const externals: number[] = [];
  let spotter: Spotter | null = createSpotter(entities); // warm-up
  for (let r = 0; r < 5; r++) {
    // Drop the previous spotter so gc() can free it before the heap is measured.
    // eslint-disable-next-line no-useless-assignment
    spotter = null;
    gc();
    gc();
    const m0 = process.memoryUsage();
    const t0 = performance.now();
    spotter = createSpotter(entities);
    builds.push(performance.now() - t0);
    gc();
    gc();
    const m1 = process.memoryUsage();
    heaps.push((m1.heapUsed - m0.heapUsed) / 1048576);
    externals.push((m1.external - m0.external) / 1048576);
  }
  const s = spotter!;
  const find = perKWords(texts, (t) => s.find(t), 7, 20);
  return {
    dictionary: label, entities: entities.length,
    aliases: entities.reduce((n, e) => n + 1 + e.aliases.length + (e.linkOnly?.length ?? 0), 0), aliasKeys: s.aliasCount,
    buildMs: Number(median(builds).toFixed(1)), heapMB: Number(median(heaps).toFixed(2)),
    typedArraysMB: Number(median(externals).toFixed(2)),
    findMsPer1kWords: Number(find.toFixed(3)),
  };
}

export async function run(): Promise<{ title: string; rows: Row[]; notes: string[] }> {
  const texts = loadDevSet().map((d) => d.text);
  const notes: string[] = [];
  if (existsSync(SEED)) texts.unshift(readFileSync(SEED, 'utf8'));
  else notes.push(`seed article not found at ${SEED}; dev-set texts only`);
  const corpusWords = texts.reduce((n, t) => n + words(t), 0);

  const spotter = createSpotter(FIXTURE_ENTITIES);
  const peerFind = (t: string): unknown => {
    const doc = nlp(t);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  };
  // Interleaved rounds, so both sides see the same machine load; the ratio is taken per round.
  const engineMs: number[] = [];
  const peerMs: number[] = [];
  const ratios: number[] = [];
  perKWords(texts, (t) => spotter.find(t), 1, 50);
  perKWords(texts, peerFind, 1, 3);
  for (let r = 0; r < 7; r++) {
    const e = perKWords(texts, (t) => spotter.find(t), 1, 50);
    const p = perKWords(texts, peerFind, 1, 3);
    engineMs.push(e);
    peerMs.push(p);
    ratios.push(p / e);
  }
  const rows: Row[] = [
    { measure: 'engine find, fixture dictionary', msPer1kWords: Number(median(engineMs).toFixed(3)) },
    { measure: 'compromise people/places/organizations', msPer1kWords: Number(median(peerMs).toFixed(3)) },
    { measure: 'ratio compromise / engine (median of per-round ratios)', msPer1kWords: Number(median(ratios).toFixed(1)) },
  ];
  notes.push(`texts: ${texts.length} (${corpusWords} words): seed article + tests/devset/names`);
  notes.push(`machine: load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores at the end of the peer comparison (absolute times scale with load; the ratio is measured round by round)`);
  notes.push('targets: <= 2 ms per 1,000 words; >= 20x faster than compromise; build <= 100 ms for ~5,000 entities');

  const big = syntheticEntities(200_000);
  const sizes: [string, EntityLite[]][] = [
    ['fixture', [...FIXTURE_ENTITIES]],
    ['synthetic 5,000 entities', big.slice(0, 5000)],
    ['synthetic 50,000 aliases', [...FIXTURE_ENTITIES, ...syntheticEntities(50_000)]],
    ['synthetic 200,000 aliases', [...FIXTURE_ENTITIES, ...big]],
  ];
  const withSynthetic = [...texts, syntheticArticle(big)];
  const buildRows = sizes.map(([label, ents]) => buildRow(label, ents, withSynthetic));
  notes.push('build rows: median of 5 builds after one warm-up; heapMB = JS heap retained by the spotter after GC, typedArraysMB = its typed arrays (outside the JS heap); aliases = alias strings, aliasKeys = distinct normalized keys; findMsPer1kWords on the same texts plus a made-up article naming 40 synthetic people and 20 organizations');
  return { title: 'Spotting engine', rows: [...rows, ...buildRows], notes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const r = await run();
  console.log(`# ${r.title}`);
  for (const row of r.rows) console.log(JSON.stringify(row));
  for (const n of r.notes) console.log(`- ${n}`);
}
