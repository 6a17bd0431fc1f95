import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readArticle } from '../../lib/dom/article';
import { parseHtml } from '../../lib/dom/parse-node';
import { createSpotter } from '../../lib/engine/spotter';
import { closedShadowText, hasHighlights, launchWithExtension, waitForHighlights, type Launched } from '../../scripts/lib/browser';
import { BENCH_MISSING, benchPages, type BenchPage } from '../../scripts/lib/bench-pages';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve';
import { buildPack } from '../../scripts/kb-build';

const PAGES = 20;
const all = benchPages();
if (!all) console.warn(BENCH_MISSING);

/** The first pages (by id) whose article names at least three entities of the knowledge base. */
function pick(pages: BenchPage[]): BenchPage[] {
  const spotter = createSpotter(buildPack().pack.entities);
  const out: BenchPage[] = [];
  for (const p of pages) {
    const art = readArticle(parseHtml(p.html()));
    if (!art) continue;
    const known = new Set(spotter.find(art.map.text).filter((m) => m.entityId && m.highlight).map((m) => m.entityId));
    if (known.size >= 3) out.push(p);
    if (out.length === PAGES) break;
  }
  return out;
}

type Box = [number, number, number, number];
/** Boxes of the first 1,500 elements of the body, to show highlighting moves nothing. */
const boxes = (page: Page): Promise<Box[]> =>
  page.evaluate(() => [...document.body.querySelectorAll('*')].slice(0, 1500).map((el) => {
    const r = el.getBoundingClientRect();
    return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)] as [number, number, number, number];
  }));

/** Boxes once the page has stopped changing by itself (its own scripts), or null if it never does. */
async function settledBoxes(page: Page): Promise<Box[] | null> {
  let prev = await boxes(page);
  for (let i = 0; i < 12; i++) {
    await page.waitForTimeout(400);
    const next = await boxes(page);
    if (JSON.stringify(next) === JSON.stringify(prev)) return next;
    prev = next;
  }
  return null;
}

let compared = 0;

const ranges = (page: Page): Promise<{ n: number; first: { x: number; y: number } | null }> =>
  page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const rs = [...reg].filter(([k]) => k.startsWith('backstory-') && k !== 'backstory-active').flatMap(([, h]) => [...h]);
    rs.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    const target = rs.find((r) => {
      const b = r.getBoundingClientRect();
      return b.width > 0 && b.top > 0 && b.bottom < innerHeight;
    });
    const b = target?.getClientRects()[0];
    return { n: rs.length, first: b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null };
  });

describe.skipIf(!all)(`the extension on ${PAGES} real pages of the shared benchmark`, () => {
  let server: StaticServer;
  let browser: Launched;
  const chosen = all ? pick(all) : [];

  beforeAll(async () => {
    const extra: Record<string, () => string> = {};
    for (const p of chosen) extra[`/bench/${p.id}.html`] = p.html;
    server = await serveStatic('/nonexistent', extra);
    browser = await launchWithExtension();
    // The saved pages point at their sites' CDNs: nothing leaves 127.0.0.1.
    await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const setEnabled = (enabled: boolean) =>
    browser.worker.evaluate(async (enabled) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({ settings: { enabled } });
    }, enabled);

  it('has enough pages naming known entities', () => {
    expect(chosen.length).toBe(PAGES);
  });

  it.each(chosen.map((p, i) => [i, p.id] as const))('page %i (%s): highlights, cards by hover and keyboard, no harm', async (i) => {
    const p = chosen[i]!;
    const page = await browser.context.newPage();
    const ours: string[] = [];
    page.on('pageerror', (e) => { if (/chrome-extension:|backstory/i.test(`${e.stack ?? ''} ${e.message}`)) ours.push(e.message); });
    page.on('console', (m) => { if (m.type() === 'error' && /chrome-extension:/.test(m.location().url)) ours.push(m.text()); });
    await setEnabled(true);
    await page.goto(`${server.origin}/bench/${p.id}.html`, { waitUntil: 'load' });
    await waitForHighlights(page);
    const withHighlights = await settledBoxes(page);
    const on = await ranges(page);
    expect(on.n).toBeGreaterThan(0);

    // Hover the first visible highlight: a card opens.
    if (on.first) {
      await page.mouse.move(on.first.x, on.first.y);
      await expect.poll(() => closedShadowText(page), { timeout: 5000 }).toMatch(/Sources|knowledge base/);
      await page.mouse.move(1, 1);
      await expect.poll(() => closedShadowText(page), { timeout: 3000 }).not.toMatch(/Sources|knowledge base/);
    }
    // Keyboard path.
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => closedShadowText(page), { timeout: 5000 }).toMatch(/Sources|knowledge base/);
    await page.keyboard.press('Escape');

    // Off: every trace goes, and no element moved because of the highlights.
    await page.evaluate(() => window.scrollTo(0, 0));
    await setEnabled(false);
    await expect.poll(() => page.evaluate(hasHighlights), { timeout: 5000 }).toBe(false);
    expect((await ranges(page)).n).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('backstory-card, [data-backstory-owned]').length)).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    if (withHighlights) {
      expect(await boxes(page)).toEqual(withHighlights);
      compared++;
    }
    expect(ours).toEqual([]);
    await page.close();
  }, 60_000);

  it('compared the boxes on most pages (the others keep changing by themselves)', () => {
    expect(compared).toBeGreaterThanOrEqual(PAGES - 4);
  });
});
