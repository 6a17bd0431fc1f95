import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { loadSettings, saveSettings } from '@/lib/settings';
import { isEnabledFor, withSiteToggled, type Settings } from '@/lib/settings-model';
import { openSidePanel } from '@/lib/ui/side-panel';
import { useTabReport } from '@/lib/ui/use-tab-report';

type Props = { search: string };

/** The toolbar popup: on/off for this site, the count of names found, and the side panel. */
export function PopupApp({ search }: Props) {
  const { tabId, report } = useTabReport(search);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [host, setHost] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void (tabId === null ? Promise.resolve(undefined) : browser.tabs.get(tabId)).then((t) => {
      try {
        setHost(t?.url ? new URL(t.url).hostname : null);
      } catch {
        setHost(null);
      }
    });
  }, [tabId]);
  if (!settings) return null;
  const on = host ? isEnabledFor(settings, host) : settings.enabled;
  const update = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
  };
  const names = report?.entries.filter((e) => e.entityId).length ?? 0;
  return (
    <main class="popup">
      <h1>Backstory</h1>
      <p class="big" aria-label="names found">{names}</p>
      <p class="muted">{names === 1 ? 'name' : 'names'} from your knowledge base on this page</p>
      {host && (
        <label>
          <input type="checkbox" checked={on} disabled={!settings.enabled} onChange={() => void update(withSiteToggled(settings, host))} />
          On for {host}
        </label>
      )}
      <label>
        <input type="checkbox" checked={settings.enabled} onChange={() => void update({ ...settings, enabled: !settings.enabled })} />
        On everywhere
      </label>
      <p>
        <button class="primary" onClick={() => void openSidePanel(tabId)}>Open side panel</button>{' '}
        <button class="primary" onClick={() => void browser.runtime.openOptionsPage()}>Options</button>
      </p>
    </main>
  );
}
