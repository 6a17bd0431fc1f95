import { send } from '@/lib/messaging';
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings } from '@/lib/settings';
import type { Settings } from '@/lib/settings-model';
import { Attributions } from './Attributions';
import { CorrectionsList } from './CorrectionsList';
import { PackManager } from './PackManager';

/** What each kind of highlight is called on the options page. */
const KIND_LABEL: Record<keyof Settings['kinds'], string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  event: 'Events',
  other: 'Other names',
  unknown: 'Names not in the knowledge base',
};

/** The options page: what to highlight, how cards open, installed knowledge packs, attributions. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
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
          {KIND_LABEL[k]}
        </label>
      ))}
      <label>
        <input type="checkbox" checked={settings.mentions === 'first'} onChange={() => update({ ...settings, mentions: settings.mentions === 'first' ? 'all' : 'first' })} />
        Only the first mention of each name
      </label>
      <label>
        <input type="checkbox" checked={settings.claims} onChange={() => update({ ...settings, claims: !settings.claims })} />
        Underline claims (quotes, figures, attributed statements)
      </label>
      <label>
        Card delay
        <input type="range" min={0} max={1500} step={50} value={settings.hoverDelayMs} onInput={(e) => update({ ...settings, hoverDelayMs: Number((e.target as HTMLInputElement).value) })} />
        <span>{settings.hoverDelayMs} ms</span>
      </label>
      {settings.disabledSites.length > 0 && <p class="muted">Off on: {settings.disabledSites.join(', ')}</p>}
      <PackManager />
      <CorrectionsList load={() => send('listCorrections', {})} undo={(surface) => send('undoCorrection', { surface })} />
      <Attributions />
    </main>
  );
}
