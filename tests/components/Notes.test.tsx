// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Notes, type NotesApi } from '../../components/Notes';
import type { NoteInfo } from '../../lib/protocol';

const flush = () => new Promise((ok) => setTimeout(ok, 20));

function memoryApi(): NotesApi & { notes: NoteInfo[] } {
  let next = 0;
  const notes: NoteInfo[] = [];
  return {
    notes,
    list: async (target) => notes.filter((n) => n.target === target),
    save: async ({ target, text, id }) => {
      if (!text.trim()) throw new Error('A note needs some text.');
      const prior = notes.find((n) => n.id === id);
      if (prior) return Object.assign(prior, { text });
      const n = { id: `n${++next}`, target, text, createdAt: next, updatedAt: next };
      notes.push(n);
      return n;
    },
    remove: async (id) => void notes.splice(notes.findIndex((n) => n.id === id), 1),
  };
}

describe('Notes', () => {
  it('adds, edits and deletes the reader\'s notes on a name', async () => {
    const api = memoryApi();
    const el = document.createElement('div');
    document.body.append(el);
    render(<Notes target="entity:steve-witkoff" name="Steve Witkoff" api={api} compose />, el);
    await flush();
    expect(el.textContent).toContain('No notes yet.');
    const box = el.querySelector('textarea')!;
    expect(document.activeElement).toBe(box); // asked for from a card's "Add a note"
    box.value = 'Check the Moscow trips.';
    box.dispatchEvent(new Event('input'));
    await flush();
    [...el.querySelectorAll('button')].find((b) => b.textContent === 'Save note')!.click();
    await flush();
    expect([...el.querySelectorAll('.note-text')].map((p) => p.textContent)).toEqual(['Check the Moscow trips.']);
    [...el.querySelectorAll('button')].find((b) => b.textContent === 'Delete')!.click();
    await flush();
    expect(el.querySelectorAll('.note-text')).toHaveLength(0);
    expect(api.notes).toEqual([]);
  });
});
