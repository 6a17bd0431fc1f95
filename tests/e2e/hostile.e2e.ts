import { describe, expect, it } from 'vitest';
import { closedShadowText, waitForHighlights } from '../../scripts/lib/browser';
import { withExtension } from './harness';

describe('a hostile page', () => {
  const env = withExtension();

  it('cannot stop Backstory, read its data, or make it re-read the article over and over', async () => {
    const page = await env.browser.context.newPage();
    const ours: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' && /chrome-extension:/.test(m.location().url)) ours.push(m.text()); });
    await page.goto(`${env.server.origin}/hostile/`);
    await waitForHighlights(page);
    // Broken APIs in the page's world do not reach the content script's world.
    const sizes = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights;
      return { person: reg.get('backstory-person')?.size ?? 0, org: reg.get('backstory-organization')?.size ?? 0 };
    });
    expect(sizes.person).toBeGreaterThanOrEqual(3);
    expect(sizes.org).toBeGreaterThanOrEqual(2);

    // The page broke Range in its own world, so the first word's place is taken from its paragraph's box.
    const box = (await page.locator('article p').first().boundingBox())!;
    await page.mouse.move(box.x + 12, box.y + 12);
    await expect.poll(() => closedShadowText(page), { timeout: 5000 }).toContain('Steve Witkoff');
    // The page's own IndexedDB holds nothing of Backstory's, and the card's shadow root is closed to it.
    await expect.poll(() => page.evaluate(() => 'databases' in (window as unknown as { __found: object }).__found), { timeout: 5000 }).toBe(true);
    const found = await page.evaluate(() => (window as unknown as { __found: { databases: string[]; shadow: string } }).__found);
    expect(found.databases).not.toContain('backstory');
    expect(found.shadow).not.toMatch(/ShadowRoot/);

    // A clock ticking outside the article does not make Backstory read it again.
    await page.evaluate(() => void ((window as unknown as { __h: unknown }).__h = (CSS as unknown as { highlights: Map<string, unknown> }).highlights.get('backstory-person')));
    await page.waitForTimeout(3000);
    expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.get('backstory-person') === (window as unknown as { __h: unknown }).__h)).toBe(true);
    // The page clears the shared highlight registry: Backstory draws its highlights again on the next move.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __cleared?: boolean }).__cleared === true), { timeout: 8000 }).toBe(true);
    expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(0);
    await page.mouse.move(box.x + 40, box.y + 40);
    await page.mouse.move(box.x + 60, box.y + 30);
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('backstory-person')), { timeout: 3000 }).toBe(true);
    expect(ours).toEqual([]);
    await page.close();
  });
});
