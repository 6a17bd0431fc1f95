/**
 * Article-extraction benchmark: findArticle + articleText against Readability.js on the same
 * pages (parsed in Node with linkedom), scored with the benchmark's shingle metric.
 * Run: npx tsx scripts/bench/extract.ts
 *   EXTRACT_BENCH_DOM=happy-dom parse with happy-dom instead of linkedom (slower; a cross-check)
 *   EXTRACT_BENCH_WORST=10      also list the 10 pages where findArticle scores lowest
 *   EXTRACT_BENCH_DUMP=out.json save per-page texts and scores (for looking at failures)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { Readability } from '@mozilla/readability';
import { articleText, findArticle } from '../../lib/dom/extract.ts';
import { aggregate, pageCounts, pagePrecision, pageRecall, type PageCounts } from '../../lib/dom/extract-score.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = resolve(REPO, '../shared/bench/article-extraction');

interface Truth {
  articleBody: string;
  url: string;
}

const USE_HAPPY_DOM = process.env.EXTRACT_BENCH_DOM === 'happy-dom';
const HAPPY_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
};

function parse(html: string): Document {
  if (!USE_HAPPY_DOM) return parseHTML(html).document as unknown as Document;
  const win = new Window({ url: 'https://example.com/', settings: HAPPY_SETTINGS });
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function ours(doc: Document): string {
  const info = findArticle(doc);
  return info ? articleText(info) : '';
}

function readability(doc: Document): string {
  const article = new Readability(doc).parse();
  return article?.textContent ?? '';
}

function fmt(x: number): string {
  return x.toFixed(3);
}

export async function run(): Promise<{ title: string; rows: Record<string, string | number>[]; notes: string[] }> {
  const title = 'Article extraction (scrapinghub benchmark, shingle F1)';
  const truthFile = join(DATA, 'ground-truth.json');
  if (!existsSync(truthFile)) {
    const note = `skipped: benchmark data not found at ${DATA}`;
    console.log(note);
    return { title, rows: [], notes: [note] };
  }
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, Truth>;
  const ids = Object.keys(truth).filter((id) => existsSync(join(DATA, 'html', `${id}.html.gz`)));
  const stored = readdirSync(join(DATA, 'html')).length;
  const oursCounts: PageCounts[] = [];
  const readCounts: PageCounts[] = [];
  let oursMs = 0;
  let readMs = 0;
  let readFailures = 0;
  const dump: Record<string, unknown>[] = [];
  const perPage: { id: string; p: number; r: number }[] = [];
  for (const id of ids) {
    const html = gunzipSync(readFileSync(join(DATA, 'html', `${id}.html.gz`))).toString('utf8');
    const expected = truth[id]?.articleBody ?? '';
    const docA = parse(html);
    let t0 = performance.now();
    const a = ours(docA);
    oursMs += performance.now() - t0;
    const docB = parse(html);
    let b = '';
    t0 = performance.now();
    try {
      b = readability(docB);
    } catch {
      readFailures++;
    }
    readMs += performance.now() - t0;
    const ca = pageCounts(expected, a);
    const cb = pageCounts(expected, b);
    oursCounts.push(ca);
    readCounts.push(cb);
    perPage.push({ id, p: pagePrecision(ca), r: pageRecall(ca) });
    if (process.env.EXTRACT_BENCH_DUMP) {
      dump.push({ id, url: truth[id]?.url, p: pagePrecision(ca), r: pageRecall(ca), rp: pagePrecision(cb), rr: pageRecall(cb), ours: a, truth: expected });
    }
  }
  if (process.env.EXTRACT_BENCH_DUMP) writeFileSync(process.env.EXTRACT_BENCH_DUMP, JSON.stringify(dump));
  const so = aggregate(oursCounts);
  const sr = aggregate(readCounts);
  const n = ids.length;
  const rows = [
    { extractor: 'backstory findArticle', precision: fmt(so.precision), recall: fmt(so.recall), f1: fmt(so.f1), msPerPage: fmt(oursMs / n) },
    { extractor: 'Readability.js', precision: fmt(sr.precision), recall: fmt(sr.recall), f1: fmt(sr.f1), msPerPage: fmt(readMs / n) },
  ];
  const notes = [
    `${n} pages (${stored} files), parsed with ${USE_HAPPY_DOM ? 'happy-dom' : 'linkedom'}; parse time not counted`,
    `speed: findArticle+articleText is ${(readMs / oursMs).toFixed(2)}x as fast as Readability per page`,
  ];
  const worst = Number(process.env.EXTRACT_BENCH_WORST ?? 0);
  if (worst > 0) {
    const f1 = (x: { p: number; r: number }): number => (x.p + x.r > 0 ? (2 * x.p * x.r) / (x.p + x.r) : 0);
    for (const x of [...perPage].sort((a, b) => f1(a) - f1(b)).slice(0, worst)) {
      notes.push(`worst: ${x.id.slice(0, 8)} P ${fmt(x.p)} R ${fmt(x.r)} ${truth[x.id]?.url ?? ''}`);
    }
  }
  if (readFailures) notes.push(`Readability threw on ${readFailures} pages (scored as empty)`);
  const storedOut = join(DATA, 'output', 'readability_js.json');
  if (existsSync(storedOut)) {
    const raw = JSON.parse(readFileSync(storedOut, 'utf8')) as { output?: Record<string, { articleBody?: string }> };
    const out = raw.output ?? (raw as Record<string, { articleBody?: string }>);
    const s = aggregate(ids.map((id) => pageCounts(truth[id]?.articleBody ?? '', out[id]?.articleBody ?? '')));
    notes.push(`metric check: stored Readability.js 0.6.0 answers score F1 ${fmt(s.f1)} (published 0.947)`);
  }
  return { title, rows, notes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const result = await run();
  console.log(result.title);
  if (result.rows.length) console.table(result.rows);
  for (const note of result.notes) console.log(`- ${note}`);
}
