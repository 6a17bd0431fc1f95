import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, clickInShadow, closedShadowCount, closedShadowText, openSidePanel, launchWithExtension, pointOfText, ROOT, waitForHighlights, type Launched } from '../../scripts/lib/browser';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve';

// In CI a missing browser is a failure, not a skip.
if (!existsSync(chromiumPath())) throw new Error(`Chromium is missing at ${chromiumPath()}: apt-get install -y chromium`);

describe('the built extension in Chromium', () => {
  let server: StaticServer;
  let browser: Launched;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(join(ROOT, 'tests/fixtures'));
    browser = await launchWithExtension();
    browser.context.on('request', (r) => requests.push(r.url()));
    browser.worker.on('console', () => {});
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/demo/`);
    await waitForHighlights(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights the names of the demo article without adding elements to it', async () => {
    const state = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights;
      const names = [...reg.keys()];
      return {
        names,
        people: reg.get('backstory-person')?.size ?? 0,
        places: reg.get('backstory-place')?.size ?? 0,
        orgs: reg.get('backstory-organization')?.size ?? 0,
        articleHtmlHasWrappers: document.querySelector('article')!.innerHTML.includes('backstory'),
      };
    });
    expect(state.people).toBeGreaterThanOrEqual(8);
    expect(state.places).toBeGreaterThanOrEqual(4);
    expect(state.orgs).toBeGreaterThanOrEqual(2);
    expect(state.articleHtmlHasWrappers).toBe(false);
  });

  it('shows Zelenskyy\'s card on hover, with text read from IndexedDB', async () => {
    // Change the stored entry in the extension's IndexedDB: the card must show the change.
    const marker = `Marker summary ${Date.now()}`;
    await browser.worker.evaluate(async (marker) => {
      const open = indexedDB.open('backstory');
      const db: IDBDatabase = await new Promise((ok, ko) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => ko(open.error);
      });
      const tx = db.transaction('entities', 'readwrite');
      const store = tx.objectStore('entities');
      const get = store.get(['bundled', 'volodymyr-zelenskyy']);
      await new Promise((ok) => (get.onsuccess = ok));
      store.put({ ...get.result, summary: marker });
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
    }, marker);
    await page.reload();
    await waitForHighlights(page);
    const { x, y } = await pointOfText(page, 'Zelenskyy', 'article', 1);
    await page.mouse.move(x, y);
    await page.waitForTimeout(150);
    expect(await closedShadowText(page)).not.toContain(marker); // not before the hover delay
    await expect.poll(() => closedShadowText(page), { timeout: 5000 }).toContain(marker);
    const text = await closedShadowText(page);
    expect(text).toContain('Volodymyr Zelenskyy');
    expect(text).toContain('President of Ukraine');
    expect(text).toContain('Sources');
    // The page itself cannot see into the card.
    const visibleToPage = await page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot ?? null);
    expect(visibleToPage).toBeNull();
    // Leaving the name hides the card.
    await page.mouse.move(5, 5);
    await expect.poll(() => closedShadowText(page), { timeout: 3000 }).not.toContain(marker);
  });

  it('opens cards from the keyboard, moves focus into them and back, and closes on Escape', async () => {
    await page.reload();
    await waitForHighlights(page);
    await page.focus('body');
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => closedShadowText(page), { timeout: 3000 }).toMatch(/Sources|knowledge base/);
    const first = await closedShadowText(page);
    // Focus is inside Backstory's card host (the page sees only the host element).
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BACKSTORY-CARD');
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => closedShadowText(page), { timeout: 3000 }).not.toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => closedShadowText(page), { timeout: 3000 }).not.toMatch(/Sources|knowledge base/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  });

  it('shows a country\'s flag on its card', async () => {
    const { x, y } = await pointOfText(page, 'Saudi Arabia');
    await page.mouse.move(x, y);
    await expect.poll(() => closedShadowText(page), { timeout: 5000 }).toContain('Saudi Arabia');
    expect(await closedShadowCount(page, 'svg')).toBe(1);
    await page.mouse.move(5, 5);
  });

  it('"Open in side panel" on a card brings that entity into view in the side panel', async () => {
    await page.keyboard.press('Escape'); // the previous card may still sit where Putin's name is
    await expect.poll(() => closedShadowText(page), { timeout: 3000 }).not.toContain('Sources');
    const { x, y } = await pointOfText(page, 'Vladimir Putin');
    await page.mouse.move(x, y);
    await expect.poll(() => closedShadowText(page), { timeout: 5000 }).toMatch(/President of Russia[\s\S]*Open in side panel/);
    const logs: string[] = [];
    page.on('console', (m) => logs.push(m.text()));
    const opened = browser.context.waitForEvent('page', { timeout: 5000 }).catch(() => null);
    await clickInShadow(page, 'button', 'Open in side panel');
    const sidePanel = await opened;
    console.info(`side panel page opened by the click: ${sidePanel ? sidePanel.url() : 'none seen'}; ${logs.join(' | ')}`);
    const panel = await openSidePanel(browser, `${server.origin}/demo/`);
    const focused = panel.locator('.entry.focused');
    await expect.poll(() => focused.getAttribute('data-entity'), { timeout: 5000 }).toBe('vladimir-putin');
    expect(await focused.locator('.sources a').count()).toBeGreaterThan(0);
    await panel.close();
    await page.mouse.move(5, 5);
  });

  it('lists the article\'s names in the side panel page', async () => {
    const panel = await openSidePanel(browser, `${server.origin}/demo/`);
    const list = panel.locator('.entry .name');
    await expect.poll(() => list.allTextContents(), { timeout: 5000 }).toEqual(
      expect.arrayContaining(['Volodymyr Zelenskyy', 'Emmanuel Macron', 'Steve Witkoff', 'NATO', 'Paris', 'Saudi Arabia']),
    );
    const zel = panel.locator('.entry[data-entity="volodymyr-zelenskyy"] .count');
    expect(Number(await zel.textContent())).toBeGreaterThanOrEqual(3);
    await panel.close();
  });

  it('sends no request anywhere but 127.0.0.1 and its own files', () => {
    const foreign = requests.filter((u) => !/^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:)/.test(u));
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
