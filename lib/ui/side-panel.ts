import browser from 'webextension-polyfill';

type ChromeSidePanel = { open(o: { windowId?: number; tabId?: number }): Promise<void> };

/** Opens Chrome's side panel or Firefox's sidebar. Must run inside a user gesture. */
export async function openSidePanel(tabId: number | null): Promise<void> {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome;
  if (chromeApi?.sidePanel) {
    const win = await browser.windows.getCurrent();
    await chromeApi.sidePanel.open(tabId !== null ? { tabId, windowId: win.id } : { windowId: win.id });
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  await sidebar?.open();
}
