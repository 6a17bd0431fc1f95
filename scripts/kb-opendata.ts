/**
 * Generates the open-data countries, cities and first-level subdivisions, prints counts, and copies the flags the extension
 * needs into public/flags/ (from node_modules/flag-icons; no network).
 *
 *   npx tsx scripts/kb-opendata.ts [--min-population N] [--no-flags] [--out FILE] [--verbose]
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFromPackages, copyFlags } from '../lib/kb/opendata/index.ts';
import { FLAG_DIR } from '../lib/kb/opendata/flags.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const started = performance.now();
const minPopulation = arg('--min-population') ? Number(arg('--min-population')) : undefined;
const { entities, skippedCities, skippedRegions } = buildFromPackages(minPopulation === undefined ? {} : { minPopulation });
const ms = Math.round(performance.now() - started);

const byType = new Map<string, number>();
for (const e of entities) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
const countries = entities.filter((e) => e.id.startsWith('country-')).length;
const cities = entities.filter((e) => e.id.startsWith('city-')).length;
console.log(`open data: ${entities.length} entities in ${ms} ms`);
for (const [type, n] of byType) console.log(`  type ${type}: ${n}`);
console.log(`  countries and territories: ${countries}`);
console.log(`  cities: ${cities}`);
console.log(`  first-level subdivisions: ${entities.filter((e) => e.id.startsWith('region-')).length} (${skippedRegions.length} left out)`);
if (process.argv.includes('--verbose')) for (const s of skippedRegions) console.log(`    left out ${s}`);
if (skippedCities.length) console.log(`  cities left out (name of a country): ${skippedCities.join(', ')}`);

if (!process.argv.includes('--no-flags')) {
  console.log(`  flags copied to public/${FLAG_DIR}/: ${copyFlags(ROOT)}`);
}

const out = arg('--out');
if (out) {
  writeFileSync(out, JSON.stringify({ entities, contexts: [] }, null, 2) + '\n');
  console.log(`  written to ${out}`);
}
