import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadowText, highlightedTexts, launchWithExtension, pointOfText, ROOT, waitForHighlights, type Launched } from '../../scripts/lib/browser';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve';

const highlighted = (page: Page) => highlightedTexts(page);

describe('pages that change after load', () => {
  let server: StaticServer;
  let browser: Launched;
  let page: Page;

  beforeAll(async () => {
    server = await serveStatic(join(ROOT, 'tests/fixtures'));
    browser = await launchWithExtension();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('annotates a paragraph added after load, then the new story after a pushState navigation', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}/dynamic/`);
    await waitForHighlights(page);
    expect(await highlighted(page)).toContain('Emmanuel Macron');
    // Watch the highlights while the page grows: the new reading replaces the old without a gap.
    await page.evaluate(() => {
      const w = window as unknown as { __gaps: number; __watch: number };
      w.__gaps = 0;
      w.__watch = window.setInterval(() => {
        if (!(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('backstory-person')) w.__gaps++;
      }, 2);
    });
    await page.waitForSelector('#late');
    await expect.poll(() => highlighted(page), { timeout: 8000 }).toContain('Steve Witkoff');
    expect(await page.evaluate(() => (window as unknown as { __gaps: number }).__gaps)).toBe(0);

    await page.click('#next');
    expect(page.url()).toMatch(/second-story$/);
    await expect.poll(() => highlighted(page), { timeout: 8000 }).toEqual(expect.arrayContaining(['NATO', 'Kremlin']));
    expect(await highlighted(page)).not.toContain('Emmanuel Macron');
    expect(errors).toEqual([]);
  });
});

describe('touch', () => {
  it('a tap on a highlighted name opens its card, a tap elsewhere closes it', async () => {
    const server = await serveStatic(join(ROOT, 'tests/fixtures'));
    const browser = await launchWithExtension({ hasTouch: true });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/demo/`);
      await waitForHighlights(page);
      const { x, y } = await pointOfText(page, 'Vladimir Putin');
      await page.touchscreen.tap(x, y);
      await expect.poll(() => closedShadowText(page), { timeout: 5000 }).toContain('President of Russia');
      await page.touchscreen.tap(5, 300);
      await expect.poll(() => closedShadowText(page), { timeout: 3000 }).not.toContain('President of Russia');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
