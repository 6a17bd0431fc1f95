import { useEffect, useState } from 'preact/hooks';
import type { CorrectionInfo } from '@/lib/protocol';

type Props = {
  load: () => Promise<CorrectionInfo[]>;
  undo: (surface: string) => Promise<unknown>;
};

/** The options page's list of the reader's corrections, each with Undo. */
export function CorrectionsList({ load, undo }: Props) {
  const [rows, setRows] = useState<CorrectionInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => load().then(setRows, (e: Error) => setError(e.message));
  useEffect(() => void refresh(), []);
  return (
    <section aria-label="Your corrections">
      <h2>Your corrections</h2>
      {error && <p role="alert">Could not read your corrections: {error}</p>}
      {rows && rows.length === 0 && <p class="muted">None yet. Use “Wrong?” on a card to correct a highlight.</p>}
      {rows && rows.length > 0 && (
        <ul class="corrections">
          {rows.map((r) => (
            <li key={r.surface}>
              “{r.surface}” {r.action === 'reject' ? 'is not highlighted' : <>links to {r.entityName ?? r.entityId}</>}{' '}
              <button type="button" class="primary" onClick={() => void undo(r.surface).then(refresh)} aria-label={`Undo the correction of ${r.surface}`}>
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
