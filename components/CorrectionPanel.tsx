import { useState } from 'preact/hooks';
import type { CorrectionRequest, EntitySummary } from '@/lib/protocol';
import { TYPE_LABEL } from '@/lib/ui/format';

export interface CorrectionHandlers {
  onCorrect: (c: CorrectionRequest) => Promise<void>;
  onUndo: (surface: string) => Promise<void>;
  onSearch: (query: string) => Promise<EntitySummary[]>;
}

type Props = CorrectionHandlers & {
  /** The highlighted text. */
  surface: string;
  /** The entity it is linked to now, if any. */
  currentId: string | null;
  /** Other entities the engine considered. */
  candidates: readonly EntitySummary[];
  /** Why it was linked, as the engine says. */
  reason?: string;
};

/** "Wrong?" on a name's card: not a name here, another of the candidates, or an entity searched by name. */
export function CorrectionPanel({ surface, currentId, candidates, reason, onCorrect, onUndo, onSearch }: Props) {
  const [results, setResults] = useState<EntitySummary[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const apply = (c: CorrectionRequest, what: string) =>
    onCorrect(c).then(
      () => setDone(what),
      (e: Error) => setError(e.message),
    );
  if (done)
    return (
      <div class="correction" role="status">
        {done} Backstory will use this on every page.{' '}
        <button type="button" class="link" onClick={() => void onUndo(surface).then(() => setDone(null))}>Undo</button>
      </div>
    );
  const others = candidates.filter((c) => c.id !== currentId);
  return (
    <details class="correction">
      <summary>Wrong? Why this link?</summary>
      {reason && <p class="span reason-text">{reason}</p>}
      <button type="button" class="chip" onClick={() => void apply({ surface, action: 'reject' }, `“${surface}” is no longer highlighted.`)}>
        “{surface}” is not a name here
      </button>
      {others.length > 0 && <p class="span">It means:</p>}
      {others.map((c) => (
        <button key={c.id} type="button" class="chip" onClick={() => void apply({ surface, action: 'relink', entityId: c.id }, `“${surface}” now links to ${c.name}.`)}>
          {c.name} <span class="span">· {TYPE_LABEL[c.type]}</span>
        </button>
      ))}
      <label class="search">
        <span class="span">Another entity:</span>
        <input
          type="search"
          placeholder="Search by name…"
          aria-label="Search the knowledge base by name"
          onInput={(e) => {
            const q = (e.target as HTMLInputElement).value;
            void onSearch(q).then(setResults, (err: Error) => setError(err.message));
          }}
        />
      </label>
      {results && results.length === 0 && <p class="span">No match.</p>}
      {results?.map((c) => (
        <button key={c.id} type="button" class="chip" onClick={() => void apply({ surface, action: 'relink', entityId: c.id }, `“${surface}” now links to ${c.name}.`)}>
          {c.name} <span class="span">· {c.description}</span>
        </button>
      ))}
      {error && <p role="alert">{error}</p>}
    </details>
  );
}
