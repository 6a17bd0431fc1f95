import type { BackstoryDB, NoteRecord } from './db';

/** The target key of notes on an entity. */
export const entityTarget = (entityId: string) => `entity:${entityId}`;

export const MAX_NOTE_LENGTH = 20_000;

/** How many notes each target has (targets with none are left out). */
export async function countNotes(db: BackstoryDB, targets: readonly string[]): Promise<Record<string, number>> {
  if (!targets.length) return {};
  const out: Record<string, number> = {};
  await db.notes.where('target').anyOf([...targets]).each((n) => void (out[n.target] = (out[n.target] ?? 0) + 1));
  return out;
}

export async function listNotes(db: BackstoryDB, target: string): Promise<NoteRecord[]> {
  return (await db.notes.where('target').equals(target).toArray()).sort((a, b) => a.createdAt - b.createdAt);
}

/** Adds a note, or changes the text of an existing one; an empty text is refused. */
export async function saveNote(
  db: BackstoryDB,
  note: { id?: string; target: string; text: string },
  now = Date.now(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<NoteRecord> {
  const text = note.text.trim();
  if (!text) throw new Error('A note needs some text.');
  if (text.length > MAX_NOTE_LENGTH) throw new Error(`A note is limited to ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.`);
  if (!/^(entity|name|claim|page):.+/.test(note.target)) throw new Error('A note belongs to a name, a claim or a page.');
  return db.transaction('rw', db.notes, async () => {
    const prior = note.id ? await db.notes.get(note.id) : undefined;
    if (note.id && !prior) throw new Error('That note no longer exists.');
    const record: NoteRecord = prior
      ? { ...prior, text, updatedAt: now }
      : { id: newId(), target: note.target, text, createdAt: now, updatedAt: now };
    await db.notes.put(record);
    return record;
  });
}

export async function deleteNote(db: BackstoryDB, id: string): Promise<void> {
  await db.notes.delete(id);
}
