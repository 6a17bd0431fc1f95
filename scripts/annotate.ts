/**
 * npm run annotate -- [--json] FILE...
 *
 * Runs Backstory's pipeline on saved pages (HTML, optionally .gz) or plain-text articles, in one
 * process: the same article detection and text map as the content script (on a DOM built in
 * Node), then the spotter over the bundled knowledge base and the claims engine. With --json, prints one JSON object
 * per file per line; otherwise a readable summary.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readArticle } from '../lib/dom/article';
import { parseHtml, textToHtml } from '../lib/dom/parse-node';
import { findClaims } from '../lib/claims/index';
import { createSpotter } from '../lib/engine/spotter';
import { buildPack } from './kb-build';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  console.error('usage: npm run annotate -- [--json] FILE...   (HTML, .html.gz or plain text)');
  process.exit(2);
}

const { pack } = buildPack();
const byId = new Map(pack.entities.map((e) => [e.id, e]));
const spotter = createSpotter(pack.entities);

function load(file: string): string {
  const raw = readFileSync(file);
  const buf = file.endsWith('.gz') ? gunzipSync(raw) : raw;
  const text = buf.toString('utf8');
  const isHtml = /\.html?(\.gz)?$/i.test(file) || /^\s*<(!doctype|html|head|body)/i.test(text);
  return isHtml ? text : textToHtml(text);
}

let failed = 0;
for (const file of files) {
  try {
    const t0 = performance.now();
    const article = readArticle(parseHtml(load(file)));
    const t1 = performance.now();
    const text = article?.map.text ?? '';
    const found = spotter.find(text);
    const t2 = performance.now();
    const claims = findClaims(text, found, pack.contexts);
    const t3 = performance.now();
    const mentions = found.map((m) => {
      const e = m.entityId ? byId.get(m.entityId) : undefined;
      return {
        text: m.text, start: m.start, end: m.end, entityId: m.entityId, name: e?.name ?? null,
        wikidata: e?.wikidata ?? null, type: m.type, confidence: m.confidence, known: Boolean(e),
      };
    });
    const out = {
      file,
      article: { title: article?.info.title ?? '', text },
      mentions,
      claims: claims.map((c) => ({
        text: c.text, start: c.start, end: c.end, kind: c.kind, score: c.score,
        speaker: c.speaker ? { entityId: c.speaker.entityId, name: c.speaker.name } : null,
        numbers: c.numbers.map((n) => ({ value: n.value, unit: n.unit, text: n.text })),
        source: c.source, contexts: c.contexts,
      })),
      timings: { extractMs: +(t1 - t0).toFixed(2), spotMs: +(t2 - t1).toFixed(2), claimsMs: +(t3 - t2).toFixed(2) },
    };
    if (json) console.log(JSON.stringify(out));
    else {
      console.log(`${file}: "${out.article.title}" — ${text.length} chars, ${mentions.length} mentions`);
      const counts = new Map<string, number>();
      for (const m of mentions) counts.set(m.name ?? `${m.text} (unknown)`, (counts.get(m.name ?? `${m.text} (unknown)`) ?? 0) + 1);
      for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${name}`);
      console.log(`  claims: ${claims.length}`);
      for (const c of claims) {
        const who = c.speaker ? ` — ${c.speaker.name}` : '';
        const nums = c.numbers.length ? ` [${c.numbers.map((n) => n.text).join(', ')}]` : '';
        const src = c.source ? ` (source: ${c.source})` : '';
        console.log(`  ${c.kind.padEnd(10)} ${c.score.toFixed(2)}${who}${nums}${src}: ${c.text.slice(0, 90)}${c.text.length > 90 ? '…' : ''}`);
      }
    }
  } catch (err) {
    failed++;
    console.error(`${file}: ${(err as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
