import browser from 'webextension-polyfill';
import { parseSettings, withSiteToggled, type Settings } from './settings-model';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return parseSettings(got[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

export async function toggleSiteEnabled(hostname: string): Promise<Settings> {
  const next = withSiteToggled(await loadSettings(), hostname);
  await saveSettings(next);
  return next;
}

/** Calls `fn` with the new settings whenever they change; returns the unsubscribe function. */
export function watchSettings(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && KEY in changes) fn(parseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
