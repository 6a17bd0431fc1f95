import browser from 'webextension-polyfill';
import { createService } from '@/lib/background/service';
import { sessionReportStore } from '@/lib/background/session-reports';
import { openDb } from '@/lib/db/db';
import { createListener } from '@/lib/messaging';
import { toggleSiteEnabled } from '@/lib/settings';

export default defineBackground(() => {
  const service = createService({
    db: openDb(),
    loadBundledPack: async () => (await fetch(browser.runtime.getURL('/kb/pack.json'))).json(),
    loadBundledVersion: async () =>
      ((await (await fetch(browser.runtime.getURL('/kb/version.json'))).json()) as { version: string }).version,
    reports: sessionReportStore(),
    openPanel: openPanelFor,
    loadFlag: async (path) => (await fetch(browser.runtime.getURL(path as '/kb/pack.json'))).text(),
  });
  browser.runtime.onMessage.addListener(createListener(service.handlers, browser.runtime.id));
  browser.runtime.onInstalled.addListener(() => void service.ensureReady());
  browser.tabs.onRemoved.addListener((tabId) => void sessionReportStore().remove(tabId));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-highlights' && tab?.url) void toggleSiteEnabled(new URL(tab.url).hostname);
  });
  // Chrome: the toolbar button keeps its popup; the side panel opens from there or the menu.
  void service.ensureReady();
});

type ChromeSidePanel = { open(o: { tabId: number }): Promise<void> };
type FirefoxSidebar = { open(): Promise<void> };

/** Chrome's side panel for the tab, or Firefox's sidebar (which Firefox may refuse outside a user action). */
function openPanelFor(tabId: number): Promise<void> {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome;
  if (chromeApi?.sidePanel) return chromeApi.sidePanel.open({ tabId });
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  return sidebar ? sidebar.open() : Promise.reject(new Error('no side panel in this browser'));
}
