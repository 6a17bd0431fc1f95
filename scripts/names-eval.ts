/**
 * Scores the spotting engine on the names dev set (rules: tests/devset/names/README.md):
 *
 * - the authored paragraphs, tests/devset/names/*.json ({text, mentions: [{start, end, entityId}]}),
 *   with the fixture entities (tests/engine/fixtures.ts) or any entity list given on the command line;
 * - the real news pages, tests/devset/names/real/*.json ({page, mentions: [{text, start, entityId, type}]}),
 *   whose text is read from ../shared/bench/article-extraction, with the bundled knowledge base
 *   (buildPack()), and the same for the held-out pages in tests/devset/names/heldout/. Skipped with a
 *   message when that folder is absent.
 *
 *   npx tsx scripts/names-eval.ts                 # both sets
 *   npx tsx scripts/names-eval.ts entities.json   # the authored set with any JSON array of EntityLite (or a Pack)
 *   npx tsx scripts/names-eval.ts --verbose       # also list every miss, false alarm and wrong link
 *
 * Highlights are the mentions with highlight: true. Demonyms (gold `linkOnly`) are no highlights:
 * left out of precision and recall, a false alarm when highlighted. Gold `optional` spans are needed
 * for nothing and no false alarm when highlighted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeAlias } from '../lib/engine/normalize';
import { createSpotter } from '../lib/engine/spotter';
import type { EntityLite, Mention } from '../lib/engine/types';
import type { EntityType } from '../lib/kb/types';
import { FIXTURE_ENTITIES } from '../tests/engine/fixtures';

export interface GoldMention {
  start: number;
  end: number;
  entityId: string | null;
  type?: EntityType;
  /** A demonym or group word: linked, never highlighted. */
  linkOnly?: boolean;
  /** Borderline: neither needed nor a false alarm. */
  optional?: boolean;
}

export interface DevDoc {
  name: string;
  text: string;
  mentions: GoldMention[];
}

export interface Scores {
  docs: number;
  /** Gold highlight mentions (not linkOnly, not optional). */
  gold: number;
  /** Predicted highlights (not counting those on optional spans). */
  predicted: number;
  /** Predicted highlights that are gold highlight spans / predicted highlights. */
  precision: number;
  /** Gold highlight spans highlighted / gold highlight spans. */
  recall: number;
  /** Gold mentions of entities in the list that are highlighted / those mentions. */
  kbRecall: number;
  /** Gold linked mentions found with the right entity / gold linked mentions found. */
  linkingAccuracy: number;
  /** Gold linked mentions found with the right entity / gold linked mentions. */
  linkingRecall: number;
  /** Gold unknown names found as unknown (entityId null) / gold unknown names. */
  unknownRecall: number;
  /** Gold demonyms (linkOnly) with an entity in the list: linked to it without a highlight / all of them. */
  demonymLinking: number;
  demonyms: number;
  /** Gold demonyms that came back highlighted. */
  demonymsHighlighted: number;
  /** Mentions of a linkOnly form of their entity that came back with highlight: true (must be 0). */
  linkOnlyHighlighted: number;
  errors: string[];
}

export const DEVSET_DIR = resolve(import.meta.dirname, '../tests/devset/names');
export const REAL_DIR = join(DEVSET_DIR, 'real');
/** Real pages labelled after the engine was tuned on REAL_DIR, kept apart as a check on overfitting. */
export const HELDOUT_DIR = join(DEVSET_DIR, 'heldout');
/** The shared benchmark of real pages (as scripts/lib/bench-pages.ts), read in place. */
export const BENCH_DIR = resolve(import.meta.dirname, '../../shared/bench/article-extraction');

export function loadDevSet(dir = DEVSET_DIR): DevDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<DevDoc, 'name'>) }));
}

interface RealLabel {
  text: string;
  start: number;
  entityId: string | null;
  type: EntityType;
  linkOnly?: boolean;
  optional?: boolean;
}

/**
 * The real-page set with each page's text from the benchmark, or null when the benchmark is absent.
 * Throws when a label no longer fits its page (text moved or changed).
 */
export function loadRealSet(dir = REAL_DIR, bench = BENCH_DIR): DevDoc[] | null {
  const truthFile = join(bench, 'ground-truth.json');
  if (!existsSync(truthFile)) return null;
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody: string }>;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { page: string; mentions: RealLabel[] };
      const text = truth[data.page]?.articleBody;
      if (text === undefined) throw new Error(`${f}: page ${data.page} is not in the benchmark`);
      return { name: f, text, mentions: data.mentions.map((m) => toGold(f, text, m)) };
    });
}

export const SEED_LABELS = join(DEVSET_DIR, 'seed');
export const SEEDS_DIR = resolve(import.meta.dirname, '../../shared/seeds');

/**
 * The seed article(s) of ../shared/seeds with their labels (tests/devset/names/seed, same format
 * as the real pages but `seed` names the file), or null when the seeds are absent.
 */
export function loadSeedSet(dir = SEED_LABELS, seeds = SEEDS_DIR): DevDoc[] | null {
  if (!existsSync(seeds)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { seed: string; mentions: RealLabel[] };
      const text = readFileSync(join(seeds, data.seed), 'utf8');
      return { name: f, text, mentions: data.mentions.map((m) => toGold(f, text, m)) };
    });
}

function toGold(file: string, text: string, m: RealLabel): GoldMention {
  if (text.slice(m.start, m.start + m.text.length) !== m.text) throw new Error(`${file}: label "${m.text}" does not stand at ${m.start}`);
  const g: GoldMention = { start: m.start, end: m.start + m.text.length, entityId: m.entityId, type: m.type };
  if (m.linkOnly) g.linkOnly = true;
  if (m.optional) g.optional = true;
  return g;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const span = (m: { start: number; end: number }): string => `${m.start}:${m.end}`;

export function evaluate(entities: readonly EntityLite[], docs: readonly DevDoc[]): Scores {
  const spotter = createSpotter(entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const linkOnlyForms = new Map(entities.map((e) => {
    const plain = new Set([e.name, ...e.aliases].map(normalizeAlias));
    return [e.id, new Set((e.linkOnly ?? []).map(normalizeAlias).filter((k) => !plain.has(k)))];
  }));
  let gold = 0, predicted = 0, spanHits = 0, kbGold = 0, kbFound = 0, linkedRight = 0;
  let unknownGold = 0, unknownHits = 0, demonyms = 0, demonymsKnown = 0, demonymsLinked = 0;
  let demonymsHighlighted = 0, linkOnlyHighlighted = 0;
  const errors: string[] = [];
  for (const doc of docs) {
    const found = spotter.find(doc.text);
    const shown = found.filter((m) => m.highlight);
    const at = new Map<string, Mention>(found.map((m) => [span(m), m]));
    const shownAt = new Map<string, Mention>(shown.map((m) => [span(m), m]));
    const goldAt = new Map(doc.mentions.map((g) => [span(g), g]));
    for (const m of found) {
      if (m.highlight && m.entityId !== null && linkOnlyForms.get(m.entityId)?.has(normalizeAlias(m.text))) {
        linkOnlyHighlighted++;
        errors.push(`${doc.name}: link-only form "${m.text}" highlighted`);
      }
    }
    for (const m of shown) {
      const g = goldAt.get(span(m));
      if (g?.optional) continue;
      predicted++;
      if (!g) {
        const overlap = doc.mentions.find((x) => x.start < m.end && m.start < x.end);
        const what = overlap ? ` (gold "${doc.text.slice(overlap.start, overlap.end)}")` : '';
        errors.push(`${doc.name}: false alarm "${m.text}" → ${m.entityId ?? 'unknown'}${what}`);
      } else if (g.linkOnly) {
        demonymsHighlighted++;
        errors.push(`${doc.name}: demonym "${m.text}" highlighted`);
      }
    }
    for (const g of doc.mentions) {
      const surface = doc.text.slice(g.start, g.end);
      // A gold entity the entity list lacks is, for this list, an unknown name.
      const expected = g.entityId !== null && byId.has(g.entityId) ? g.entityId : null;
      if (g.linkOnly) {
        demonyms++;
        if (expected === null) continue;
        demonymsKnown++;
        const p = at.get(span(g));
        if (p?.entityId === expected && !p.highlight) demonymsLinked++;
        else if (!p) errors.push(`${doc.name}: demonym "${surface}" not linked (${expected})`);
        else if (p.entityId !== expected) errors.push(`${doc.name}: demonym "${surface}" linked to ${p.entityId}, expected ${expected}`);
        continue;
      }
      if (g.optional) continue;
      gold++;
      const p = shownAt.get(span(g));
      if (p) spanHits++;
      else errors.push(`${doc.name}: missed "${surface}" (${g.entityId ?? 'unknown'})`);
      if (expected !== null) {
        kbGold++;
        if (p) kbFound++;
        if (p?.entityId === expected) linkedRight++;
        else if (p) errors.push(`${doc.name}: "${surface}" linked to ${p.entityId ?? 'unknown'}, expected ${expected}`);
      } else {
        unknownGold++;
        if (p && p.entityId === null) unknownHits++;
        else if (p) errors.push(`${doc.name}: "${surface}" linked to ${p.entityId}, expected an unknown name`);
      }
    }
  }
  return {
    docs: docs.length, gold, predicted,
    precision: ratio(spanHits, predicted), recall: ratio(spanHits, gold), kbRecall: ratio(kbFound, kbGold),
    linkingAccuracy: ratio(linkedRight, kbFound), linkingRecall: ratio(linkedRight, kbGold),
    unknownRecall: ratio(unknownHits, unknownGold),
    demonymLinking: ratio(demonymsLinked, demonymsKnown), demonyms, demonymsHighlighted, linkOnlyHighlighted,
    errors,
  };
}

function loadEntities(path: string): EntityLite[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as EntityLite[] | { entities: EntityLite[] };
  return Array.isArray(data) ? data : data.entities;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function formatScores(title: string, s: Scores, entityCount: number, verbose: boolean): string {
  const lines = [
    `${title}: ${s.docs} docs, ${s.gold} gold highlights, ${s.predicted} predicted highlights, ${entityCount} entities`,
    `  precision ${pct(s.precision)}  recall ${pct(s.recall)}  KB-entity recall ${pct(s.kbRecall)}` +
      `  linking accuracy ${pct(s.linkingAccuracy)}  linking recall ${pct(s.linkingRecall)}` +
      `  unknown-name recall ${pct(s.unknownRecall)}`,
    `  demonyms: ${s.demonyms} labelled, linked right ${pct(s.demonymLinking)} of those the list holds,` +
      ` ${s.demonymsHighlighted} highlighted; link-only forms highlighted: ${s.linkOnlyHighlighted}`,
  ];
  if (verbose) lines.push(...s.errors.map((e) => `    ${e}`));
  else lines.push(`  (${s.errors.length} misses, false alarms and wrong links; --verbose lists them)`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const verbose = args.includes('--verbose');
  const fixture = file ? loadEntities(file) : FIXTURE_ENTITIES;
  console.log(formatScores(`authored set (${file ?? 'fixture entities'})`, evaluate(fixture, loadDevSet()), fixture.length, verbose));
  const real = loadRealSet();
  if (!real) {
    console.log(`real-page set: skipped, ${BENCH_DIR} is absent (the shared benchmark of real pages is not on this machine)`);
  } else {
    const { buildPack } = await import('./kb-build');
    const entities = buildPack().pack.entities;
    console.log(formatScores('real-page set (bundled knowledge base)', evaluate(entities, real), entities.length, verbose));
    const heldout = loadRealSet(HELDOUT_DIR)!;
    console.log(formatScores('held-out real pages (bundled knowledge base)', evaluate(entities, heldout), entities.length, verbose));
  }
  const seed = loadSeedSet();
  if (!seed) console.log(`seed article: skipped, ${SEEDS_DIR} is absent`);
  else {
    const { buildPack } = await import('./kb-build');
    const entities = buildPack().pack.entities;
    console.log(formatScores('seed article (bundled knowledge base)', evaluate(entities, seed), entities.length, verbose));
  }
}
