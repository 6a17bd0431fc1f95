import browser from 'webextension-polyfill';
import type { TabReport } from '../protocol';
import type { ReportStore } from './service';

export const reportKey = (tabId: number) => `report:${tabId}`;
export const focusKey = (tabId: number) => `focus:${tabId}`;

/**
 * Tab reports in `storage.session`: kept in memory by the browser, gone when it closes,
 * readable by the extension's pages and (by Chrome's default access level) not by content scripts.
 */
export function sessionReportStore(): ReportStore {
  return {
    async set(tabId, report) {
      await browser.storage.session.set({ [reportKey(tabId)]: report });
    },
    async remove(tabId) {
      await browser.storage.session.remove([reportKey(tabId), focusKey(tabId)]);
    },
    async focus(tabId, target, note = false) {
      await browser.storage.session.set({ [focusKey(tabId)]: { target, note, at: Date.now() } });
    },
  };
}

export async function readReport(tabId: number): Promise<TabReport | null> {
  const got = await browser.storage.session.get(reportKey(tabId));
  return (got[reportKey(tabId)] as TabReport | undefined) ?? null;
}

export interface PanelFocus {
  /** "entity:<id>" or "claim:<key>". */
  target: string | null;
  /** The reader asked to add a note. */
  note?: boolean;
  at: number;
}

export async function readFocus(tabId: number): Promise<PanelFocus | null> {
  const got = await browser.storage.session.get(focusKey(tabId));
  return (got[focusKey(tabId)] as PanelFocus | undefined) ?? null;
}
