/**
 * Evaluates the claims engine on the dev set (tests/devset/claims/*.json): precision and recall
 * of check-worthy claims, and speaker accuracy on quotations. A predicted claim counts when its
 * score is at least CLAIM_THRESHOLD or it is a quotation (quotations are always shown). A
 * prediction matches a gold claim when their spans overlap; pairs are matched one to one, the
 * largest overlap first. By default the engine runs as in the extension: the name spotter on the
 * bundled knowledge base gives it the mentions, and the bundled contexts are matched; with
 * --text-only names are resolved from the text alone.
 *
 * Two sets are scored apart: the authored set (articles written for the project, and the seed)
 * and the real-page set (tests/devset/claims/real/*.json: English news pages of the shared
 * extraction benchmark, labelled by the same rules; only the page id, offsets and a few words per
 * label are stored, the text is read from ../shared/bench/article-extraction at run time).
 *
 * A third set, the written blind rounds (tests/devset/claims/written/*.json), holds news articles
 * written for the project by writers who never saw the engine or the other labels, then labelled
 * by other annotators from the rules alone: unseen text once the real pages ran out (round 16 on).
 *
 * Run: npx tsx scripts/claims-eval.ts [--verbose] [--text-only] [--skip-round N]
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLAIM_THRESHOLD, findClaims, type Claim } from '../lib/claims/index';
import type { Mention } from '../lib/engine/types';
import type { Context } from '../lib/kb/types';

export interface GoldClaim {
  start: number;
  end: number;
  kind: string;
  speaker?: string;
}
export interface DevDoc {
  name: string;
  text: string;
  claims: GoldClaim[];
  /** For real pages labelled to check the engine on unseen text: the round they were labelled in (1, 2, …). */
  heldOut?: number;
}

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, 'tests/devset/claims');
const REAL_DIR = join(DIR, 'real');
const WRITTEN_DIR = join(DIR, 'written');
const BENCH_TRUTH = join(ROOT, '../shared/bench/article-extraction/ground-truth.json');

/** The rounds (real pages or written articles) kept for measuring unseen text: no rule was ever drawn from them. */
export const FINAL_ROUNDS: readonly number[] = [17, 21, 22, 25, 27, 31, 33, 35, 37, 41, 43, 44, 47, 49, 51, 53, 55, 57, 59, 60, 63, 64, 68, 71, 74, 75, 84, 85, 86, 87, 92, 93, 94, 95, 98, 99, 102, 103, 104, 105, 109, 110, 111, 112, 113];

export const REAL_MISSING = `real-page set skipped: ${BENCH_TRUTH} is absent (the shared benchmark of real pages is not on this machine)`;

interface RealLabels {
  page: string;
  url: string;
  heldOut?: number;
  claims: Array<GoldClaim & { at: string }>;
}

/**
 * The real-page set: labels from tests/devset/claims/real, text from the benchmark's ground truth
 * (articleBody). Null when the benchmark is absent. A page whose text no longer starts each label
 * with the words recorded in `at` is left out with a warning, since its offsets would be wrong.
 */
export function loadRealSet(): DevDoc[] | null {
  if (!existsSync(BENCH_TRUTH)) return null;
  const truth = JSON.parse(readFileSync(BENCH_TRUTH, 'utf8')) as Record<string, { articleBody?: string }>;
  const out: DevDoc[] = [];
  for (const file of readdirSync(REAL_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const raw = JSON.parse(readFileSync(join(REAL_DIR, file), 'utf8')) as RealLabels;
    const text = truth[raw.page]?.articleBody;
    const stale = text === undefined ? raw.claims : raw.claims.filter((c) => text.slice(c.start, c.end).split(/\s+/).slice(0, 3).join(' ') !== c.at);
    if (text === undefined || stale.length) {
      console.warn(`real-page set: ${file} left out, its text ${text === undefined ? 'is missing' : `no longer matches at "${stale[0]!.at}"`}`);
      continue;
    }
    const claims = raw.claims.map(({ start, end, kind, speaker }) => ({ start, end, kind, ...(speaker ? { speaker } : {}) }));
    out.push({ name: file.replace(/\.json$/, ''), text, claims, ...(raw.heldOut ? { heldOut: raw.heldOut } : {}) });
  }
  return out;
}

/**
 * The written blind rounds: articles written for the test and labelled by others, text held in the
 * file ({ file, heldOut, text, claims }); a label whose `at` words disagree with the text fails loudly.
 */
export function loadWrittenSet(): DevDoc[] {
  if (!existsSync(WRITTEN_DIR)) return [];
  return readdirSync(WRITTEN_DIR).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const raw = JSON.parse(readFileSync(join(WRITTEN_DIR, file), 'utf8')) as { heldOut: number; text: string; claims: Array<GoldClaim & { at: string }> };
    const stale = raw.claims.find((c) => raw.text.slice(c.start, c.end).split(/\s+/).slice(0, 3).join(' ') !== c.at);
    if (stale) throw new Error(`written set: ${file} does not match its text at "${stale.at}"`);
    const claims = raw.claims.map(({ start, end, kind, speaker }) => ({ start, end, kind, ...(speaker ? { speaker } : {}) }));
    return { name: file.replace(/\.json$/, ''), text: raw.text, claims, heldOut: raw.heldOut };
  });
}

/** The dev-set documents; a document may name the shared seed article instead of holding its text. */
export function loadDevSet(): DevDoc[] {
  const out: DevDoc[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
    const raw = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { text?: string; seed?: string; claims: GoldClaim[] };
    let text = raw.text;
    if (!text && raw.seed) {
      const path = join(ROOT, '../shared/seeds', raw.seed);
      if (!existsSync(path)) continue;
      text = readFileSync(path, 'utf8');
    }
    if (text) out.push({ name: file.replace(/\.json$/, ''), text, claims: raw.claims });
  }
  return out;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const norm = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim();
/**
 * Same speaker: equal names, or one name ends with the other's last word ("Lagarde" / "Christine
 * Lagarde"), or opens the other with two words or more ("Big Machine" / "Big Machine Records"), or spells
 * its initials ("Ohio EPA" / "Ohio Environmental Protection Agency"; both added in session 4, see the
 * dev-set README); when the engine linked its speaker to a knowledge-base entity, any of that entity's
 * names counts (`known`: its name and aliases, so "DEA" is the "Drug Enforcement Administration").
 */
export function sameSpeaker(gold: string, predicted: string | undefined, known: readonly string[] = []): boolean {
  if (!predicted) return false;
  const g = norm(gold);
  const last = (s: string) => s.split(/\s+/).pop()!;
  return [predicted, ...known].some((name) => {
    const p = norm(name);
    return g === p || (last(g) === last(p) && !otherPeople(gold.trim(), name.trim())) || namePrefix(g, p) || namePrefix(p, g) || acronymOf(name, gold) || acronymOf(gold, name) || sameDescription(gold, name);
  });
}

/**
 * Two full names that share a last word but open with other first names are two people ("Celeste
 * Whitfield" / "Darnell Whitfield"; session 5): not when one first name opens the other ("Pat" /
 * "Patrick") or is its initial ("J." / "John"), nor when one name ends the other.
 */
function otherPeople(a: string, b: string): boolean {
  // (a name written with a role or an article before it is the name: "Councilmember Ray Dominguez" / "Ray Dominguez")
  if (norm(a).endsWith(` ${norm(b)}`) || norm(b).endsWith(` ${norm(a)}`)) return false;
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  if (wa.length < 2 || wb.length < 2) return false;
  // (names only, every word capitalised: not descriptions such as "the source" / "Rukban camp source")
  const names = (ws: string[]) => ws.every((w) => /^\p{Lu}/u.test(w)) && !/^(?:A|An|The)$/.test(ws[0]!);
  if (!names(wa) || !names(wb)) return false;
  const fa = norm(wa[0]!).replace(/\.$/, '');
  const fb = norm(wb[0]!).replace(/\.$/, '');
  return !fa.startsWith(fb) && !fb.startsWith(fa);
}

/** Words that open a description of someone unnamed, and those that end its head ("a maths teacher in Leicester"). */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the', 'one', 'another', 'unnamed', 'anonymous']);
const AFTER_HEAD = new Set(['in', 'of', 'at', 'from', 'with', 'who', 'for', 'on', 'whose', 'that']);

/**
 * Two descriptions of someone unnamed (session 5; see the dev-set README), in lower case but for an
 * opening article, with the same head noun: "maths teacher in Leicester" / "a maths teacher in Leicester
 * with 22 years in the classroom", "unnamed patient" / "Another patient". Not "patient" / "the man".
 */
function sameDescription(a: string, b: string): boolean {
  const ha = descriptionHead(a);
  return ha !== null && ha === descriptionHead(b);
}

/**
 * The head noun of a description in lower case ("a maths teacher in Leicester" → "teacher"), or null for a name.
 * A label may name where the one described works or lives before the noun and mark them unnamed after it
 * ("Willow Creek parent (unnamed)", "Salt & Ember sous chef (unnamed)"; session 8): the capitalised words before
 * the first word in lower case and the mark in brackets are left out, so the head is "parent", "chef".
 */
function descriptionHead(phrase: string): string | null {
  const words = phrase.trim().replace(/\s*\((?:unnamed|anonymous|not named)\)$/i, '').split(/\s+/);
  let i = 0;
  while (i < words.length && DESCRIPTION_OPENERS.has(words[i]!.toLowerCase())) i++;
  // (capitalised words, "&" among them, before a noun in lower case that is no preposition: "Ohio Department of
  // Health" stays a name)
  let j = i;
  while (j < words.length && (/^\p{Lu}/u.test(words[j]!) || words[j] === '&')) j++;
  if (j > i && j < words.length && /^\p{Ll}/u.test(words[j]!) && !AFTER_HEAD.has(words[j]!)) i = j;
  if (i >= words.length || !/^\p{Ll}/u.test(words[i]!)) return null;
  let head = words[i]!;
  for (let k = i + 1; k < words.length && !AFTER_HEAD.has(words[k]!); k++) {
    if (!/^\p{Ll}/u.test(words[k]!)) return null;
    head = words[k]!;
  }
  return norm(head.replace(/[,.;:]$/u, ''));
}

/** True when the shorter name, of two words or more, opens the longer: "Big Machine" / "Big Machine Records". */
function namePrefix(short: string, long: string): boolean {
  const a = short.split(/\s+/);
  const b = long.split(/\s+/);
  return a.length >= 2 && a.length < b.length && a.every((w, i) => w === b[i]);
}

/**
 * True when the last word of `short` is written in capitals and spells the initials of the last words of
 * `long` ("Ohio EPA" / "Ohio Environmental Protection Agency"; "DEA" / "Drug Enforcement Administration").
 */
function acronymOf(short: string, long: string): boolean {
  const acronym = short.trim().split(/\s+/).pop()!;
  if (!/^[A-Z]{2,6}$/.test(acronym)) return false;
  const words = long.trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const initials = words.map((w) => w[0]).join('');
  return initials.endsWith(acronym);
}

/** What the engine is given besides the text: the name spotter's mentions and the contexts, or nothing. */
export type Inputs = (text: string) => { mentions: Mention[]; contexts: Context[]; namesOf?: (entityId: string) => readonly string[] };
const TEXT_ONLY: Inputs = () => ({ mentions: [], contexts: [] });

export function evaluate(docs: readonly DevDoc[], verbose = false, inputs: Inputs = TEXT_ONLY) {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let quotes = 0;
  let speakersRight = 0;
  const rows: Array<Record<string, string | number>> = [];
  for (const doc of docs) {
    const { mentions, contexts, namesOf } = inputs(doc.text);
    const shown = findClaims(doc.text, mentions, contexts).filter((c) => c.kind === 'quote' || c.score >= CLAIM_THRESHOLD);
    const pairs: Array<[number, number, number]> = [];
    doc.claims.forEach((g, gi) => shown.forEach((p, pi) => {
      const o = overlap(g, p);
      if (o > 0) pairs.push([gi, pi, o / Math.max(g.end - g.start, p.end - p.start)]);
    }));
    pairs.sort((a, b) => b[2] - a[2]);
    const gMatch = new Map<number, Claim>();
    const pUsed = new Set<number>();
    for (const [gi, pi] of pairs) {
      if (gMatch.has(gi) || pUsed.has(pi)) continue;
      gMatch.set(gi, shown[pi]!);
      pUsed.add(pi);
    }
    let docQuotes = 0;
    let docRight = 0;
    doc.claims.forEach((g, gi) => {
      const p = gMatch.get(gi);
      if (g.kind === 'quote' && g.speaker) {
        docQuotes++;
        const id = p?.speaker?.entityId;
        const ok = sameSpeaker(g.speaker, p?.speaker?.name, id && namesOf ? namesOf(id) : undefined);
        if (ok) docRight++;
        else if (verbose) console.log(`  [${doc.name}] speaker: gold ${g.speaker}, got ${p?.speaker?.name ?? 'none'}: ${doc.text.slice(g.start, g.end).slice(0, 70)}`);
      }
      if (!p && verbose) console.log(`  [${doc.name}] missed ${g.kind}: ${doc.text.slice(g.start, g.end).slice(0, 90)}`);
    });
    if (verbose) shown.forEach((p, pi) => !pUsed.has(pi) && console.log(`  [${doc.name}] extra ${p.kind} ${p.score}: ${p.text.slice(0, 90)}`));
    tp += gMatch.size;
    predicted += shown.length;
    gold += doc.claims.length;
    quotes += docQuotes;
    speakersRight += docRight;
    rows.push({ doc: doc.name, gold: doc.claims.length, shown: shown.length, matched: gMatch.size, quotes: docQuotes, speakersRight: docRight });
  }
  return { precision: tp / predicted, recall: tp / gold, speakerAccuracy: quotes ? speakersRight / quotes : 1, tp, predicted, gold, quotes, rows };
}

type Result = ReturnType<typeof evaluate>;

function report(title: string, docs: readonly DevDoc[], verbose: boolean, inputs: Inputs): Result {
  console.log(`\n${title}`);
  const r = evaluate(docs, verbose, inputs);
  console.table(r.rows);
  console.log(`documents ${docs.length}, threshold ${CLAIM_THRESHOLD}`);
  console.log(`precision ${r.precision.toFixed(3)} (${r.tp}/${r.predicted})  recall ${r.recall.toFixed(3)} (${r.tp}/${r.gold})  speaker accuracy on quotes ${r.speakerAccuracy.toFixed(3)} (${r.quotes} quotes)`);
  return r;
}

/** The name spotter built on the bundled knowledge base, as the extension runs it before the claims engine. */
async function spotterInputs(): Promise<Inputs> {
  const { buildPack } = await import('./kb-build');
  const { createSpotter } = await import('../lib/engine/spotter');
  const { pack } = buildPack();
  const spotter = createSpotter(pack.entities);
  const names = new Map(pack.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
  return (text) => ({ mentions: spotter.find(text), contexts: pack.contexts, namesOf: (id) => names.get(id) ?? [] });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const textOnly = args.includes('--text-only');
  // --skip-round N: leave a held-out round unscored (while tuning on the others)
  const skip = new Set(args.flatMap((a, i) => (a === '--skip-round' ? [Number(args[i + 1])] : [])));
  const inputs = textOnly ? TEXT_ONLY : await spotterInputs();
  console.log(textOnly ? 'Names from the text alone (--text-only): no mentions, no contexts.' : 'As the extension runs: the name spotter on the bundled knowledge base gives the mentions, the bundled contexts are matched.');
  const summary: Array<Record<string, string | number>> = [];
  const add = (set: string, status: string, docs: readonly DevDoc[], r: Result) =>
    summary.push({ set, status, docs: docs.length, labels: r.gold, quotes: r.quotes, precision: r.precision.toFixed(3), recall: r.recall.toFixed(3), speakers: r.speakerAccuracy.toFixed(3) });
  // a set's final rounds together, when there are several: the estimate for unseen text (each round alone is a few documents)
  const addFinal = (set: string, title: string, docs: readonly DevDoc[]) => {
    const final = docs.filter((d) => FINAL_ROUNDS.includes(d.heldOut ?? 0) && !skip.has(d.heldOut ?? 0));
    const rounds = [...new Set(final.map((d) => d.heldOut!))].sort((a, b) => a - b);
    if (rounds.length < 2) return;
    const joined = rounds.join(' + ');
    add(`${set}, rounds ${joined}`, 'held out (never tuned on)', final, report(`${title}, rounds ${joined} together`, final, false, inputs));
  };
  const authored = loadDevSet();
  add('authored + seed', 'tuned on', authored, report('Authored set (articles written for the project, and the seed)', authored, verbose, inputs));
  const real = loadRealSet();
  if (real) {
    const base = real.filter((d) => !d.heldOut);
    add('real pages', 'tuned on', base, report('Real-page set (English news pages of the shared benchmark)', base, verbose, inputs));
    for (const round of [...new Set(real.map((d) => d.heldOut ?? 0))].filter(Boolean).sort((a, b) => a - b)) {
      if (skip.has(round)) continue;
      const docs = real.filter((d) => d.heldOut === round);
      const status = FINAL_ROUNDS.includes(round) ? 'held out (never tuned on)' : 'held out, then tuned on';
      add(`real pages, round ${round}`, status, docs, report(`Real pages, round ${round} (see the dev-set README for how they were used)`, docs, verbose, inputs));
    }
    addFinal('real pages', 'Real pages', real);
  } else console.log(`\n${REAL_MISSING}`);
  const written = loadWrittenSet();
  for (const round of [...new Set(written.map((d) => d.heldOut!))].sort((a, b) => a - b)) {
    if (skip.has(round)) continue;
    const docs = written.filter((d) => d.heldOut === round);
    const status = FINAL_ROUNDS.includes(round) ? 'held out (never tuned on)' : 'held out, then tuned on';
    add(`written articles, round ${round}`, status, docs, report(`Written articles, round ${round} (written and labelled blind; see the dev-set README)`, docs, verbose, inputs));
  }
  addFinal('written articles', 'Written articles', written);
  console.log('\nSummary (targets: precision >= 0.80, recall >= 0.90, speaker accuracy on quotes >= 0.90)');
  console.table(summary);
}
