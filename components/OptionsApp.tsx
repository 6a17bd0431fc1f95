import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging';
import { loadSettings, saveSettings } from '@/lib/settings';
import type { Settings } from '@/lib/settings-model';
import type { Res } from '@/lib/protocol';
import { TYPE_LABEL } from '@/lib/ui/format';
import { Attributions } from './Attributions';

/** The options page: what to highlight, how cards open, installed knowledge packs, attributions. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [packs, setPacks] = useState<Res<'getPacks'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    send('getPacks', {}).then(setPacks, (e: Error) => setError(e.message));
  }, []);
  if (!settings) return null;
  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  return (
    <main>
      <h1>Backstory options</h1>
      <h2>Highlights</h2>
      <label>
        <input type="checkbox" checked={settings.enabled} onChange={() => update({ ...settings, enabled: !settings.enabled })} />
        Highlight names on news pages
      </label>
      {(Object.keys(settings.kinds) as (keyof Settings['kinds'])[]).map((k) => (
        <label key={k}>
          <input type="checkbox" checked={settings.kinds[k]} onChange={() => update({ ...settings, kinds: { ...settings.kinds, [k]: !settings.kinds[k] } })} />
          {k === 'unknown' ? 'Names not in the knowledge base' : `${TYPE_LABEL[k]}s`}
        </label>
      ))}
      <label>
        <input type="checkbox" checked={settings.mentions === 'first'} onChange={() => update({ ...settings, mentions: settings.mentions === 'first' ? 'all' : 'first' })} />
        Only the first mention of each name
      </label>
      <label>
        Card delay
        <input type="range" min={0} max={1500} step={50} value={settings.hoverDelayMs} onInput={(e) => update({ ...settings, hoverDelayMs: Number((e.target as HTMLInputElement).value) })} />
        <span>{settings.hoverDelayMs} ms</span>
      </label>
      {settings.disabledSites.length > 0 && <p class="muted">Off on: {settings.disabledSites.join(', ')}</p>}
      <h2>Knowledge packs</h2>
      {error && <p role="alert">Could not read the knowledge base: {error}</p>}
      {packs && (
        <table>
          <thead>
            <tr><th>Pack</th><th>Entries</th><th>Contexts</th><th>Version</th></tr>
          </thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.id}>
                <td>{p.title}{p.source === 'bundled' ? ' (bundled)' : ''}</td>
                <td>{p.entityCount}</td>
                <td>{p.contextCount}</td>
                <td><code>{p.version}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Attributions />
    </main>
  );
}
