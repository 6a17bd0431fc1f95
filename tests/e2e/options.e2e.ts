import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closedShadowText, highlightedTexts, pointOfText, waitForHighlights } from '../../scripts/lib/browser';
import { withExtension } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'backstory-packs-'));
// the pack files are written for this run only
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A reader's entry that replaces the bundled Paris.
const entry = {
  id: 'city-paris', wikidata: null, type: 'place', name: 'Paris', aliases: [], cues: ['france'],
  description: 'Paris as described by a reader\'s pack',
  summary: 'A test entry that replaces the bundled one while the reader\'s pack is installed.',
  facts: [], related: [], prominence: 0.9,
  sources: [{ title: 'A reader\'s notes', url: 'https://example.org/paris' }], asOf: '2025-06-30',
};
const good = join(dir, 'good.json');
writeFileSync(good, JSON.stringify({ format: 'backstory-pack/1', id: 'demo-pack', title: 'Demo pack', version: '1', entities: [entry], contexts: [] }));
const broken = join(dir, 'broken.json');
writeFileSync(broken, JSON.stringify({ format: 'backstory-pack/1', id: 'broken-pack', title: 'Broken', version: '1', entities: [{ ...entry, id: 'x', sources: [] }], contexts: [] }));

describe('the options page', () => {
  const env = withExtension();

  it('rejects a broken pack with its problems, and installs a good one that replaces a bundled entry on cards', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    const input = options.locator('input[type="file"]');
    await input.setInputFiles(broken);
    const alert = options.locator('[role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('was not installed; nothing changed');
    expect(await alert.textContent()).toContain('needs at least one source');

    await input.setInputFiles(good);
    await expect.poll(() => options.locator('[role="status"]').allTextContents(), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining('Installed “Demo pack”: 1 entries')]),
    );
    expect(await options.locator('body').textContent()).toContain('Demo pack');

    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.origin}/demo/`);
    await waitForHighlights(page);
    expect(await highlightedTexts(page, true)).toContain('Paris');
    const { x, y } = await pointOfText(page, 'Paris', 'article', 1);
    await page.mouse.move(x, y);
    await expect.poll(() => closedShadowText(page), { timeout: 5000 }).toContain('Paris as described by a reader\'s pack');
    await page.close();
    await options.close();
  });
});
