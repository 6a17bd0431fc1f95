/**
 * The main job: opens Chromium with the built extension on the bundled demo article.
 * With a display it stays open for you to try; without one (or with --headless) it runs
 * headless and writes screenshots of the highlighted page, an open card and the side panel.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { closedShadowText, launchWithExtension, openSidePanel, pointOfText, ROOT, waitForHighlights } from './lib/browser';
import { serveStatic } from './lib/serve';

const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless') && !process.env.CI;
const outDir = join(ROOT, 'screenshots');

async function main() {
  const server = await serveStatic(join(ROOT, 'tests/fixtures'));
  const browser = await launchWithExtension({ headed });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const url = `${server.origin}/demo/`;
  await page.goto(url);
  await waitForHighlights(page);
  mkdirSync(outDir, { recursive: true });
  const shots: string[] = [];
  const shot = async (p: typeof page, name: string) => {
    const file = join(outDir, name);
    await p.screenshot({ path: file });
    shots.push(file);
  };
  await shot(page, '1-highlighted-article.png');

  const { x, y } = await pointOfText(page, 'Witkoff', 'article', 0);
  await page.mouse.move(x, y);
  const deadline = Date.now() + 5000;
  while (!(await closedShadowText(page)).includes('Sources') && Date.now() < deadline) await page.waitForTimeout(100);
  await shot(page, '2-card-open.png');

  // The side panel's page, shown for the demo tab in a panel-sized window.
  const panel = await openSidePanel(browser, url, { width: 380, height: 900 });
  await panel.locator('.entry').first().waitFor({ timeout: 5000 });
  await panel.locator('.entry-head').first().click();
  await shot(panel, '3-side-panel.png');

  console.log(`Backstory demo: ${url}`);
  console.log(`Screenshots written to ${outDir}:\n${shots.map((s) => `  ${s}`).join('\n')}`);
  if (headed) {
    await panel.close();
    await page.bringToFront();
    console.log('Chromium is open with Backstory loaded: hover a highlighted name. Close the browser window to finish.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  } else {
    await browser.close();
  }
  await server.close();
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
