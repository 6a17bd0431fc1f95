import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type BackstoryDB } from '../../lib/db/db';
import { countNotes, deleteNote, entityTarget, listNotes, MAX_NOTE_LENGTH, saveNote } from '../../lib/db/notes';

let db: BackstoryDB;
let n = 0;
let ids = 0;
const newId = () => `note-${++ids}`;
beforeEach(() => {
  db = openDb(`notes-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('notes', () => {
  it('adds, edits, counts and deletes notes on an entity', async () => {
    const w = entityTarget('steve-witkoff');
    const a = await saveNote(db, { target: w, text: '  Check the Moscow trips.  ' }, 10, newId);
    await saveNote(db, { target: w, text: 'Second thought.' }, 20, newId);
    await saveNote(db, { target: entityTarget('nato'), text: 'NATO note' }, 30, newId);
    expect(a.text).toBe('Check the Moscow trips.');
    expect(await countNotes(db, [w, entityTarget('nato'), entityTarget('nobody')])).toEqual({ [w]: 2, [entityTarget('nato')]: 1 });
    const edited = await saveNote(db, { id: a.id, target: w, text: 'Check the 2025 Moscow trips.' }, 40, newId);
    expect(edited).toMatchObject({ id: a.id, createdAt: 10, updatedAt: 40 });
    expect((await listNotes(db, w)).map((x) => x.text)).toEqual(['Check the 2025 Moscow trips.', 'Second thought.']);
    await deleteNote(db, a.id);
    expect((await listNotes(db, w)).map((x) => x.text)).toEqual(['Second thought.']);
  });

  it('refuses empty, overlong and unattached notes, and edits of deleted ones, changing nothing', async () => {
    const w = entityTarget('steve-witkoff');
    await expect(saveNote(db, { target: w, text: '   ' })).rejects.toThrow(/needs some text/);
    await expect(saveNote(db, { target: w, text: 'x'.repeat(MAX_NOTE_LENGTH + 1) })).rejects.toThrow(/limited/);
    await expect(saveNote(db, { target: 'whatever', text: 'x' })).rejects.toThrow(/belongs to a name/);
    await expect(saveNote(db, { id: 'gone', target: w, text: 'x' })).rejects.toThrow(/no longer exists/);
    expect(await db.notes.count()).toBe(0);
  });
});
