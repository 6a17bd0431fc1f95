import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSidePanel, waitForHighlights } from '../../scripts/lib/browser';
import { withExtension } from './harness';

// axe-core (MPL-2.0, a test-only dependency) checks the extension's own pages for accessibility faults.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as Violation[];
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('accessibility of the extension\'s pages (axe-core, serious and critical faults)', () => {
  const env = withExtension();

  it('the side panel, with an entry and its notes open', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.origin}/demo/`);
    await waitForHighlights(page);
    const panel = await openSidePanel(env.browser, `${env.server.origin}/demo/`);
    await panel.locator('.entry-head').first().click();
    expect(await violations(panel)).toEqual([]);
  });

  it('the options page and the popup', async () => {
    for (const name of ['options', 'popup']) {
      const p = await env.browser.context.newPage();
      await p.goto(`chrome-extension://${env.browser.extensionId}/${name}.html`);
      await p.waitForSelector('main');
      expect(await violations(p), name).toEqual([]);
      await p.close();
    }
  });
});
