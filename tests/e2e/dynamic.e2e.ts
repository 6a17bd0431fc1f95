import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT, waitForHighlights, type Launched } from '../../scripts/lib/browser';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve';

/** The text of every range Backstory highlights, read from the page's highlight registry. */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...reg].filter(([k]) => k.startsWith('backstory-')).flatMap(([, h]) => [...h].map((r) => r.toString()));
  });
}

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
    await page.waitForSelector('#late');
    await expect.poll(() => highlighted(page), { timeout: 8000 }).toContain('Steve Witkoff');

    await page.click('#next');
    expect(page.url()).toMatch(/second-story$/);
    await expect.poll(() => highlighted(page), { timeout: 8000 }).toEqual(expect.arrayContaining(['NATO', 'Kremlin']));
    expect(await highlighted(page)).not.toContain('Emmanuel Macron');
    expect(errors).toEqual([]);
  });
});
