/**
 * Starts Debian's Chromium with the built extension (never a downloaded browser), for the
 * end-to-end tests and the demo. Headless unless `headed` is asked for and a display exists.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');

export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(opts: { headed?: boolean; extDir?: string; hasTouch?: boolean } = {}): Promise<Launched> {
  const extDir = opts.extDir ?? CHROME_BUILD;
  if (!existsSync(join(extDir, 'manifest.json')))
    throw new Error(`No built extension at ${extDir}: run \`npm run build\` first.`);
  const exe = chromiumPath();
  if (!existsSync(exe)) throw new Error(`Chromium not found at ${exe}: install it with \`apt-get install -y chromium\` (or set CHROME_PATH).`);
  const profile = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const headed = Boolean(opts.headed);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    headless: false,
    viewport: { width: 1280, height: 900 },
    hasTouch: Boolean(opts.hasTouch),
    args: [
      ...(headed ? [] : ['--headless=new']),
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** True when Backstory's highlights are in the page's highlight registry (runs in the page). */
export const hasHighlights = () => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((k) => k.startsWith('backstory-'));

/** Waits until the content script has drawn its highlights on `page`. */
export async function waitForHighlights(page: Page, timeout = 15_000): Promise<void> {
  // A plain polling loop: a hostile page may have broken MutationObserver, which waitForFunction uses.
  const end = Date.now() + timeout;
  while (!(await page.evaluate(hasHighlights))) {
    if (Date.now() > end) throw new Error(`no highlights after ${timeout} ms on ${page.url()}`);
    await page.waitForTimeout(100);
  }
}

/** The viewport point at the middle of the n-th occurrence of `text` inside `selector`. */
export async function pointOfText(page: Page, text: string, selector = 'article', nth = 0): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(
    ({ text, selector, nth }) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        let i = (n as Text).data.indexOf(text);
        while (i >= 0) {
          if (seen++ === nth) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + text.length);
            r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            const b = r.getClientRects()[0]!;
            return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
          }
          i = (n as Text).data.indexOf(text, i + 1);
        }
      }
      return null;
    },
    { text, selector, nth },
  );
  if (!p) throw new Error(`"${text}" not found in ${selector}`);
  return p;
}

type CdpNode = { nodeId: number; nodeType: number; nodeName: string; nodeValue?: string; children?: CdpNode[]; shadowRoots?: CdpNode[] };

/** Every node inside the page's shadow roots (closed ones too), read through the DevTools protocol. */
async function shadowNodes(page: Page): Promise<CdpNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  await cdp.detach();
  const out: CdpNode[] = [];
  const walk = (n: CdpNode, inShadow: boolean) => {
    if (inShadow) out.push(n);
    for (const c of n.children ?? []) walk(c, inShadow);
    for (const s of n.shadowRoots ?? []) walk(s, true);
  };
  walk(root, false);
  return out;
}

/** All text inside the page's shadow roots, closed ones included (the card's text). */
export async function closedShadowText(page: Page): Promise<string> {
  return (await shadowNodes(page)).filter((n) => n.nodeType === 3 && n.nodeValue).map((n) => n.nodeValue).join(' ');
}

/** How many elements named `name` (lower case) are inside the page's shadow roots. */
export async function closedShadowCount(page: Page, name: string): Promise<number> {
  return (await shadowNodes(page)).filter((n) => n.nodeType === 1 && n.nodeName.toLowerCase() === name).length;
}

/**
 * Clicks the first element named `tag` inside the page's shadow roots (closed ones too) whose
 * text contains `text`, at the middle of its box (found through the DevTools protocol).
 */
export async function clickInShadow(page: Page, tag: string, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const textOf = (n: CdpNode): string => (n.nodeType === 3 ? (n.nodeValue ?? '') : (n.children ?? []).map(textOf).join(''));
    let found: CdpNode | null = null;
    const walk = (n: CdpNode, inShadow: boolean) => {
      if (found) return;
      if (inShadow && n.nodeType === 1 && n.nodeName.toLowerCase() === tag && textOf(n).includes(text)) found = n;
      for (const c of n.children ?? []) walk(c, inShadow);
      for (const sr of n.shadowRoots ?? []) walk(sr, true);
    };
    walk(root, false);
    if (!found) throw new Error(`no <${tag}> with "${text}" in a shadow root`);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: (found as CdpNode).nodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: (found as CdpNode).nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/** The id of the tab whose page address starts with `prefix`, read from Backstory's tab reports. */
export async function tabIdFor(browser: Launched, prefix: string): Promise<number | null> {
  // The extension has no "tabs" permission: the reports in session storage name each tab's page.
  const reports = await browser.worker.evaluate(async () => {
    type Report = { tabId: number; url: string };
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, Report>> } } } }).chrome;
    return Object.values(await api.storage.session.get(null));
  });
  return reports.find((r) => r.url?.startsWith(prefix))?.tabId ?? null;
}

/** The side panel's page for the tab showing `prefix`, in a new page of the browser. */
export async function openSidePanel(browser: Launched, prefix: string, size?: { width: number; height: number }): Promise<Page> {
  const tabId = await tabIdFor(browser, prefix);
  if (tabId === null) throw new Error(`no tab report for ${prefix}`);
  const panel = await browser.context.newPage();
  if (size) await panel.setViewportSize(size);
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/** The text of every range Backstory highlights on `page` (names and, unless `names` only, claims). */
export function highlightedTexts(page: Page, names = false): Promise<string[]> {
  return page.evaluate((names) => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...reg]
      .filter(([k]) => k.startsWith('backstory-') && !(names && k === 'backstory-claim'))
      .flatMap(([, h]) => [...h].map((r) => r.toString()));
  }, names);
}
