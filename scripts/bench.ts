/**
 * npm run bench — every benchmark in one process, each as ratios against a peer run in the
 * same process: article detection vs Readability.js, the spotter vs compromise (and its growth
 * with the dictionary), claims vs names and vs a tokenizer pass, the whole pipeline on real pages.
 * Prints one table per section; `--json` prints the sections as JSON. `--only NAME` runs one.
 */

type Section = { title: string; rows: Record<string, string | number>[]; notes: string[] };
const SECTIONS: Record<string, () => Promise<{ run(): Promise<Section> }>> = {
  extract: () => import('./bench/extract'),
  engine: () => import('./bench/engine'),
  claims: () => import('./bench/claims'),
  pipeline: () => import('./bench/pipeline'),
};

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const json = process.argv.includes('--json');
const out: (Section & { name: string })[] = [];
for (const [name, load] of Object.entries(SECTIONS)) {
  if (only && only !== name) continue;
  const section = await (await load()).run();
  out.push({ name, ...section });
  if (!json) {
    console.log(`\n## ${section.title}`);
    if (section.rows.length) console.table(section.rows);
    for (const n of section.notes) console.log(`- ${n}`);
  }
}
if (json) console.log(JSON.stringify(out));
