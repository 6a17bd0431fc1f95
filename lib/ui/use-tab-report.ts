import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { readFocus, readReport } from '../background/session-reports';
import type { TabReport } from '../protocol';

/** The tab to show: `?tab=<id>` when given (tests, screenshots), else the active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The report of the tab in view, kept current as the reader switches tabs or the page changes. */
export function useTabReport(search: string): { tabId: number | null; report: TabReport | null; focus: string | null; compose: boolean; loading: boolean } {
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<TabReport | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const [compose, setCompose] = useState(false);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let alive = true;
    const refresh = async () => {
      const id = await resolveTabId(search);
      const [r, f] = id === null ? [null, null] : await Promise.all([readReport(id), readFocus(id)]);
      if (!alive) return;
      setTabId(id);
      setReport(r);
      setFocus(f?.target ?? null);
      setCompose(Boolean(f?.note));
      setLoading(false);
    };
    void refresh();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && Object.keys(changes).some((k) => k.startsWith('report:') || k.startsWith('focus:'))) void refresh();
    };
    const onTab = () => void refresh();
    browser.storage.onChanged.addListener(onChanged);
    browser.tabs.onActivated.addListener(onTab);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
      browser.tabs.onActivated.removeListener(onTab);
    };
  }, [search]);
  return { tabId, report, focus, compose, loading };
}

