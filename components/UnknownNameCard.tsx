import { NotesLine } from './NotesLine';

type Props = {
  name: string;
  type: string;
  /** How many notes the reader has on this name (the text stays in the side panel). */
  noteCount?: number;
  onAddNote?: () => void;
  onShowNotes?: () => void;
};

/** The card for a name the knowledge base does not hold: the reader can keep a note on it. */
export function UnknownNameCard({ name, type, noteCount = 0, onAddNote, onShowNotes }: Props) {
  return (
    <article class="card" aria-label={`Name not in your knowledge base: ${name}`}>
      <header>
        <span class="badge badge-other">{type === 'other' ? 'Name' : type}</span>
        <h2 id="bs-card-title">{name}</h2>
        <p class="description">Not in your knowledge base.</p>
      </header>
      <p class="summary">
        Backstory spotted this name but has no background on it. Add a note to remember who or what it is, or add a
        knowledge pack that covers it from the options page.
      </p>
      {onAddNote && onShowNotes && <NotesLine noteCount={noteCount} onShow={onShowNotes} onAdd={onAddNote} />}
    </article>
  );
}
