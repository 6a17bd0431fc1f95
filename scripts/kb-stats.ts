/**
 * Counts in the bundled knowledge base: `npm run kb:stats` for a table, `-- --json` for one JSON object
 * {entities, authored, generated, aliases, contexts, byType, problems, version}.
 */
import { buildPack } from './kb-build';

const { pack, problems, authoredIds } = buildPack();
const byType: Record<string, number> = {};
let aliases = 0;
for (const e of pack.entities) {
  byType[e.type] = (byType[e.type] ?? 0) + 1;
  aliases += 1 + e.aliases.length + (e.linkOnly?.length ?? 0);
}
const authored = pack.entities.filter((e) => authoredIds.has(e.id)).length;
const stats = {
  entities: pack.entities.length,
  authored,
  generated: pack.entities.length - authored,
  aliases,
  contexts: pack.contexts.length,
  byType,
  problems: problems.length,
  version: pack.version,
};
if (process.argv.includes('--json')) console.log(JSON.stringify(stats));
else {
  for (const [k, v] of Object.entries(stats)) console.log(`${k.padEnd(10)} ${typeof v === 'object' ? JSON.stringify(v) : v}`);
}
