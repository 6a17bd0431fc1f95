/**
 * Screenshots for the README (docs/images): the demo article highlighted, a name card, a claim
 * card, the side panel, a card on a real page of the shared benchmark (light), and the demo in
 * dark mode. Headless; run after `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { closedShadowText, launchWithExtension, openSidePanel, pointOfText, ROOT, waitForHighlights, type Launched } from './lib/browser';
import { benchPages } from './lib/bench-pages';
import { serveStatic } from './lib/serve';

const OUT = join(ROOT, 'docs/images');
/** A real page of the shared benchmark that names several people in the knowledge base. */
const REAL_PAGE = process.env.REAL_PAGE ?? 'ef4e67b66d63b5facef55c06a94d85f2ae01a0a1a4a3a1bcfe2499c8c8a7dacf';

async function waitCard(page: Page, text: RegExp) {
  const end = Date.now() + 6000;
  while (!text.test(await closedShadowText(page)) && Date.now() < end) await page.waitForTimeout(100);
}

async function hoverFirstHighlight(page: Page) {
  const p = await page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const rs = [...(reg.get('backstory-person') ?? [])];
    const r = rs.find((x) => {
      const b = x.getBoundingClientRect();
      return b.top > 120 && b.bottom < innerHeight - 300;
    }) ?? rs[0];
    if (!r) return null;
    if (r.getBoundingClientRect().top > innerHeight - 300) {
      scrollBy(0, r.getBoundingClientRect().top - 200);
    }
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  if (p) await page.mouse.move(p.x, p.y);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const pages = benchPages();
  const real = pages?.find((p) => p.id === REAL_PAGE);
  const server = await serveStatic(join(ROOT, 'tests/fixtures'), real ? { '/real.html': real.html } : {});
  const browser: Launched = await launchWithExtension();
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const page = await browser.context.newPage();
  const shot = async (p: Page, name: string) => {
    await p.screenshot({ path: join(OUT, name) });
    console.log(join(OUT, name));
  };

  await page.goto(`${server.origin}/demo/`);
  await waitForHighlights(page);
  await shot(page, '1-highlighted-article.png');
  const w = await pointOfText(page, 'Witkoff', 'article', 0);
  await page.mouse.move(w.x, w.y);
  await waitCard(page, /Sources/);
  await shot(page, '2-card-open.png');
  await page.mouse.move(1, 1);
  await page.waitForTimeout(500);
  const q = await pointOfText(page, 'negotiating');
  await page.mouse.move(q.x, q.y);
  await waitCard(page, /Said by/);
  await shot(page, '4-claim-card.png');

  const panel = await openSidePanel(browser, `${server.origin}/demo/`, { width: 380, height: 900 });
  await panel.locator('.entry').first().waitFor();
  await shot(panel, '3-side-panel.png');
  await panel.close();

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await waitForHighlights(page);
  const z = await pointOfText(page, 'Macron', 'article', 1);
  await page.mouse.move(z.x, z.y);
  await waitCard(page, /Sources/);
  await shot(page, '6-card-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });

  if (real) {
    await page.goto(`${server.origin}/real.html`);
    await waitForHighlights(page);
    await hoverFirstHighlight(page);
    await waitCard(page, /Sources|knowledge base/);
    await shot(page, '5-card-real-page.png');
    // The same page in a dark theme, as a site's own dark mode would paint it (a style added for
    // the screenshot: the saved page's own stylesheets are not loaded offline).
    await page.mouse.move(1, 1);
    await page.addStyleTag({ content: 'html, body { background: #121317 !important; color: #d8dade !important; } body * { background-color: transparent !important; color: inherit !important; border-color: #333 !important; } a { color: #8ab4f8 !important; }' });
    await page.waitForTimeout(500);
    await hoverFirstHighlight(page);
    await waitCard(page, /Sources|knowledge base/);
    await shot(page, '7-card-real-page-dark.png');
  } else console.warn('no real page: ../shared/bench is absent');

  await browser.close();
  await server.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
