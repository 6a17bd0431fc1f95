/**
 * Scores the spotting engine against the labelled dev set in tests/devset/names/*.json
 * ({text, mentions: [{start, end, entityId | null}]}).
 *
 *   npx tsx scripts/names-eval.ts                 # fixture entities (tests/engine/fixtures.ts)
 *   npx tsx scripts/names-eval.ts entities.json   # any JSON array of EntityLite (or a Pack's entities)
 *   npx tsx scripts/names-eval.ts --verbose       # also list every miss and false alarm
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSpotter } from '../lib/engine/spotter';
import type { EntityLite, Mention } from '../lib/engine/types';
import { FIXTURE_ENTITIES } from '../tests/engine/fixtures';

export interface GoldMention {
  start: number;
  end: number;
  entityId: string | null;
}

export interface DevDoc {
  name: string;
  text: string;
  mentions: GoldMention[];
}

export interface Scores {
  docs: number;
  gold: number;
  predicted: number;
  /** Predicted spans that are gold spans / predicted spans. */
  precision: number;
  /** Gold spans found / gold spans. */
  recall: number;
  /** Gold linked mentions found with the right entity / gold linked mentions found. */
  linkingAccuracy: number;
  /** Gold linked mentions found with the right entity / gold linked mentions. */
  linkingRecall: number;
  /** Gold unknown names found as unknown (entityId null) / gold unknown names. */
  unknownRecall: number;
  errors: string[];
}

export const DEVSET_DIR = resolve(import.meta.dirname, '../tests/devset/names');

export function loadDevSet(dir = DEVSET_DIR): DevDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<DevDoc, 'name'>) }));
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function evaluate(entities: readonly EntityLite[], docs: readonly DevDoc[]): Scores {
  const spotter = createSpotter(entities);
  const known = new Set(entities.map((e) => e.id));
  let gold = 0, predicted = 0, spanHits = 0, linkedFound = 0, linkedRight = 0, linkedGold = 0;
  let unknownGold = 0, unknownHits = 0;
  const errors: string[] = [];
  for (const doc of docs) {
    const found = spotter.find(doc.text);
    const at = new Map<string, Mention>(found.map((m) => [`${m.start}:${m.end}`, m]));
    const goldSpans = new Set(doc.mentions.map((g) => `${g.start}:${g.end}`));
    predicted += found.length;
    gold += doc.mentions.length;
    for (const m of found) {
      if (!goldSpans.has(`${m.start}:${m.end}`)) errors.push(`${doc.name}: false alarm "${m.text}" → ${m.entityId}`);
    }
    for (const g of doc.mentions) {
      const p = at.get(`${g.start}:${g.end}`);
      const surface = doc.text.slice(g.start, g.end);
      // A gold entity the entity list lacks is, for this list, an unknown name.
      const expected = g.entityId !== null && known.has(g.entityId) ? g.entityId : null;
      if (p) spanHits++;
      else errors.push(`${doc.name}: missed "${surface}" (${g.entityId ?? 'unknown'})`);
      if (expected !== null) {
        linkedGold++;
        if (p) linkedFound++;
        if (p?.entityId === expected) linkedRight++;
        else if (p) errors.push(`${doc.name}: "${surface}" linked to ${p.entityId}, expected ${expected}`);
      } else {
        unknownGold++;
        if (p && p.entityId === null) unknownHits++;
        else if (p) errors.push(`${doc.name}: "${surface}" linked to ${p.entityId}, expected an unknown name`);
      }
    }
  }
  return {
    docs: docs.length, gold, predicted,
    precision: ratio(spanHits, predicted), recall: ratio(spanHits, gold),
    linkingAccuracy: ratio(linkedRight, linkedFound), linkingRecall: ratio(linkedRight, linkedGold),
    unknownRecall: ratio(unknownHits, unknownGold), errors,
  };
}

function loadEntities(path: string): EntityLite[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as EntityLite[] | { entities: EntityLite[] };
  return Array.isArray(data) ? data : data.entities;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const entities = file ? loadEntities(file) : FIXTURE_ENTITIES;
  const s = evaluate(entities, loadDevSet());
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  console.log(`names dev set: ${s.docs} docs, ${s.gold} gold mentions, ${s.predicted} predicted, ${entities.length} entities`);
  console.log(`precision ${pct(s.precision)}  recall ${pct(s.recall)}  linking accuracy ${pct(s.linkingAccuracy)}` +
    `  linking recall ${pct(s.linkingRecall)}  unknown-name recall ${pct(s.unknownRecall)}`);
  if (args.includes('--verbose')) for (const e of s.errors) console.log(`  ${e}`);
  else console.log(`(${s.errors.length} misses and false alarms; --verbose lists them)`);
}
