import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadowText, highlightedTexts, pointOfText, waitForHighlights } from '../../scripts/lib/browser';
import { withExtension } from './harness';

const highlighted = (page: Page) => highlightedTexts(page);

describe('pages that change after load', () => {
  const env = withExtension();
  let page: Page;
  beforeAll(async () => {
    page = await env.browser.context.newPage();
  });

  it('annotates a paragraph added after load, then the new story after a pushState navigation', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.server.origin}/dynamic/`);
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
  const env = withExtension({ hasTouch: true });
  it('a tap on a highlighted name opens its card, a tap elsewhere closes it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.origin}/demo/`);
    await waitForHighlights(page);
    const { x, y } = await pointOfText(page, 'Vladimir Putin');
    await page.touchscreen.tap(x, y);
    await expect.poll(() => closedShadowText(page), { timeout: 5000 }).toContain('President of Russia');
    await page.touchscreen.tap(5, 300);
    await expect.poll(() => closedShadowText(page), { timeout: 3000 }).not.toContain('President of Russia');
  });
});
