import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteInfo } from '@/lib/protocol';

export interface NotesApi {
  list: (target: string) => Promise<NoteInfo[]>;
  save: (note: { target: string; text: string; id?: string }) => Promise<NoteInfo>;
  remove: (id: string) => Promise<unknown>;
}

type Props = {
  target: string;
  name: string;
  api: NotesApi;
  /** Put the cursor in the "add a note" box (the reader asked for it from a card). */
  compose?: boolean;
};

/**
 * The reader's notes on a name or a claim, in the side panel only: note text never enters a web
 * page. Notes follow their target, so they show on every later article that names the entity
 * (or prints the same claim).
 */
export function Notes({ target, name, api, compose = false }: Props) {
  const [notes, setNotes] = useState<NoteInfo[] | null>(null);
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const refresh = () => api.list(target).then(setNotes, (e: Error) => setError(e.message));
  useEffect(() => void refresh(), [target]);
  useEffect(() => {
    if (compose) box.current?.focus();
  }, [compose]);
  const save = async (text: string, id?: string) => {
    setError(null);
    try {
      await api.save({ target, text, ...(id ? { id } : {}) });
      if (!id) setDraft('');
      setEditing(null);
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section class="notes" aria-label={`Your notes on ${name}`}>
      <h3>Your notes</h3>
      {notes?.length === 0 && <p class="muted">No notes yet.</p>}
      <ul>
        {notes?.map((n) =>
          editing === n.id ? (
            <li key={n.id}>
              <NoteEditor initial={n.text} label={`Edit your note on ${name}`} onSave={(t) => save(t, n.id)} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={n.id} class="note">
              <p class="note-text">{n.text}</p>
              <button type="button" class="link" onClick={() => setEditing(n.id)}>Edit</button>{' '}
              <button type="button" class="link" onClick={() => void api.remove(n.id).then(refresh)} aria-label={`Delete this note on ${name}`}>Delete</button>
            </li>
          ),
        )}
      </ul>
      <label class="note-new">
        <span class="muted">Add a note on {name}</span>
        <textarea ref={box} rows={3} value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
      </label>
      <button type="button" class="primary" disabled={!draft.trim()} onClick={() => void save(draft)}>Save note</button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

function NoteEditor({ initial, label, onSave, onCancel }: { initial: string; label: string; onSave: (t: string) => void; onCancel: () => void }) {
  const [text, setText] = useState(initial);
  return (
    <div>
      <textarea aria-label={label} rows={3} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <button type="button" class="primary" onClick={() => onSave(text)}>Save</button>{' '}
      <button type="button" class="link" onClick={onCancel}>Cancel</button>
    </div>
  );
}
