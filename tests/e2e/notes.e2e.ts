import { describe, expect, it } from 'vitest';
import { clickInShadow, closedShadowText, openSidePanel, pointOfText, waitForHighlights } from '../../scripts/lib/browser';
import { withExtension } from './harness';

const NOTE = 'Check what he said after the Moscow trips — mine, not for the page';

describe('a note on a name', () => {
  const env = withExtension();

  it('written on Witkoff in the side panel, shows on every later article that names him, never in the page', async () => {
    const first = await env.browser.context.newPage();
    await first.goto(`${env.server.origin}/demo/`);
    await waitForHighlights(first);
    const panel = await openSidePanel(env.browser, `${env.server.origin}/demo/`);
    const entry = panel.locator('.entry[data-entity="steve-witkoff"]');
    await entry.locator('.entry-head').click();
    await entry.locator('textarea').fill(NOTE);
    await entry.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => entry.locator('.note-text').allTextContents()).toEqual([NOTE]);
    await panel.close();

    // A later article (a page that names Witkoff once its last paragraph loads).
    const later = await env.browser.context.newPage();
    await later.goto(`${env.server.origin}/dynamic/`);
    await later.waitForSelector('#late');
    await expect.poll(async () => (await later.evaluate(() => document.querySelector('#late')?.textContent)) ?? '', { timeout: 5000 }).toContain('Witkoff');
    await waitForHighlights(later);
    await expect.poll(async () => {
      const { x, y } = await pointOfText(later, 'Steve Witkoff', 'article');
      await later.mouse.move(x, y);
      return closedShadowText(later);
    }, { timeout: 10_000 }).toMatch(/Your note\s+\(side panel\)/);
    // Only the count reaches the page: the note's text is in neither the DOM nor the card.
    expect(await closedShadowText(later)).not.toContain(NOTE);
    expect(await later.evaluate(() => document.documentElement.outerHTML)).not.toContain('Moscow trips');
    const laterPanel = await openSidePanel(env.browser, `${env.server.origin}/dynamic/`);
    const again = laterPanel.locator('.entry[data-entity="steve-witkoff"]');
    await again.locator('.entry-head').click();
    await expect.poll(() => again.locator('.note-text').allTextContents()).toEqual([NOTE]);
    for (const p of [first, later, laterPanel]) await p.close(); // the next test finds its tab by address
  });

  it('added from a claim\'s card, lands on that claim in the side panel and is counted on the card', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.origin}/demo/`);
    await waitForHighlights(page);
    const { x, y } = await pointOfText(page, 'negotiating');
    await page.mouse.move(x, y);
    await expect.poll(() => closedShadowText(page), { timeout: 5000 }).toContain('Add a note');
    await clickInShadow(page, 'button', 'Add a note');
    const panel = await openSidePanel(env.browser, `${env.server.origin}/demo/`);
    const focused = panel.locator('li.focused[data-claim]');
    await expect.poll(() => focused.count(), { timeout: 5000 }).toBe(1);
    expect(await focused.textContent()).toContain('We are not negotiating about Ukraine without Ukraine');
    await focused.locator('textarea').fill('Macron said the same in February.');
    await focused.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => focused.locator('.note-text').allTextContents()).toEqual(['Macron said the same in February.']);
    await panel.close();
    await page.reload();
    await waitForHighlights(page);
    const again = await pointOfText(page, 'negotiating');
    await page.mouse.move(1, 1);
    await page.mouse.move(again.x, again.y);
    await expect.poll(() => closedShadowText(page), { timeout: 5000 }).toMatch(/Your note\s+\(side panel\)/);
    expect(await closedShadowText(page)).not.toContain('same in February');
  });
});
