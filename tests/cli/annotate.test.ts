import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SEED = join(ROOT, '../shared/seeds/000_81e4a3c04cf087c1.txt');
const DEMO = join(ROOT, 'tests/fixtures/demo/index.html');

interface Line {
  file: string;
  article: { title: string; text: string };
  mentions: { text: string; start: number; end: number; entityId: string | null; name: string | null; known: boolean }[];
  claims: unknown[];
  timings: Record<string, number>;
}

function annotate(...files: string[]): Line[] {
  const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/annotate.ts'), '--json', ...files], { encoding: 'utf8' });
  return out.trim().split('\n').map((l) => JSON.parse(l) as Line);
}

describe('npm run annotate', () => {
  it('prints one JSON object per file, with offsets into article.text', () => {
    const files = existsSync(SEED) ? [DEMO, SEED] : [DEMO];
    const lines = annotate(...files);
    expect(lines.map((l) => l.file)).toEqual(files);
    for (const l of lines) {
      expect(l.mentions.length).toBeGreaterThan(10);
      for (const m of l.mentions) expect(l.article.text.slice(m.start, m.end)).toBe(m.text);
      expect(Object.keys(l.timings).sort()).toEqual(['claimsMs', 'extractMs', 'spotMs']);
    }
    const demo = lines[0]!;
    expect(demo.article.title).toBe('Allies weigh security guarantees as Zelenskyy visits Paris');
    expect(demo.article.text).not.toContain('Most read'); // the sidebar is not the article
  }, 60_000);

  it.skipIf(!existsSync(SEED))('links the seed article\'s names (skipped without ../shared/seeds)', () => {
    const [seed] = annotate(SEED);
    const ids = new Set(seed!.mentions.map((m) => m.entityId));
    for (const id of ['volodymyr-zelenskyy', 'emmanuel-macron', 'steve-witkoff', 'nato', 'city-paris', 'country-sa'])
      expect(ids, id).toContain(id);
    // Later surname-only mentions resolve to the same people.
    for (const [surname, id] of [['Witkoff', 'steve-witkoff'], ['Zelenskyy', 'volodymyr-zelenskyy']] as const) {
      const bare = seed!.mentions.filter((m) => m.text === surname);
      expect(bare.length, surname).toBeGreaterThan(0);
      for (const m of bare) expect(m.entityId).toBe(id);
    }
    type C = { text: string; kind: string; speaker: { entityId: string | null } | null; numbers: { text: string }[]; source: string | null; contexts: string[] };
    const claims = seed!.claims as C[];
    const quote = claims.find((c) => c.kind === 'quote' && c.text.includes('Witkoff indeed very frequently quotes'))!;
    expect(quote.speaker?.entityId).toBe('volodymyr-zelenskyy');
    const witkoff = claims.find((c) => c.text.includes('who suggested Ukrainians'))!;
    expect(witkoff.speaker?.entityId).toBe('steve-witkoff');
    const children = claims.find((c) => c.numbers.some((n) => n.text === '20,000'))!;
    expect(children.source).toBe('Ukrainian authorities');
    expect(children.contexts).toContain('ukrainian-children-deported');
    expect(claims.some((c) => c.numbers.some((n) => n.text === '31'))).toBe(true);
    for (const c of claims) expect(seed!.article.text.slice((c as unknown as { start: number }).start, (c as unknown as { end: number }).end)).toBe(c.text);
  }, 60_000);
});
