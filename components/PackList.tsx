import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackInfo } from '@/lib/protocol';

interface Props {
  packs: readonly PackInfo[];
  /** Removes a reader's pack; rejects with a message to show. */
  onRemove: (id: string) => Promise<void>;
}

/** The installed knowledge packs, with a two-step "Remove" for readers' packs. */
export function PackList({ packs, onRemove }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async (id: string) => {
    setBusy(true);
    setError(null);
    try {
      await onRemove(id);
      setConfirming(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const asking = packs.find((p) => p.id === confirming);
  const cancel = useRef<HTMLButtonElement>(null);
  // The question takes the focus, on its harmless answer.
  useEffect(() => cancel.current?.focus(), [confirming]);
  return (
    <div>
      <table aria-label="Installed knowledge packs">
        <thead>
          <tr><th scope="col">Pack</th><th scope="col">Source</th><th scope="col">Entries</th><th scope="col">Contexts</th><th scope="col">Version</th><th scope="col"><span class="muted">Actions</span></th></tr>
        </thead>
        <tbody>
          {packs.map((p) => (
            <tr key={p.id}>
              <td>{p.title} <span class="muted">({p.id})</span></td>
              <td>{p.source === 'bundled' ? 'Bundled with Backstory' : 'Imported by you'}</td>
              <td>{p.entityCount.toLocaleString('en')}</td>
              <td>{p.contextCount.toLocaleString('en')}</td>
              <td><code>{p.version}</code></td>
              <td>
                {p.source === 'reader' && (
                  <button type="button" class="primary" aria-label={`Remove ${p.title}`} disabled={busy} onClick={() => setConfirming(p.id)}>
                    Remove
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {asking && (
        <div role="alertdialog" aria-labelledby="pack-remove-question">
          <p id="pack-remove-question">
            Remove “{asking.title}” and its {asking.entityCount.toLocaleString('en')} entries? Bundled entries it replaced come back.
          </p>
          <button type="button" class="primary" disabled={busy} onClick={() => void remove(asking.id)}>Remove pack</button>{' '}
          <button ref={cancel} type="button" class="primary" disabled={busy} onClick={() => setConfirming(null)}>Cancel</button>
        </div>
      )}
      {error && <p role="alert">Could not remove the pack: {error}</p>}
    </div>
  );
}
