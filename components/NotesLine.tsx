type Props = {
  /** How many notes the reader has on the card's subject (the text stays in the side panel). */
  noteCount: number;
  onShow: () => void;
  onAdd: () => void;
};

/** A card's line about the reader's notes: how many there are (opening them in the side panel) and "Add a note". */
export function NotesLine({ noteCount, onShow, onAdd }: Props) {
  return (
    <p class="notes-line">
      {noteCount > 0 ? (
        <button type="button" class="link" onClick={onShow}>
          {noteCount === 1 ? 'Your note' : `Your ${noteCount} notes`} (side panel)
        </button>
      ) : (
        <span class="span">No notes of yours</span>
      )}
      {' · '}
      <button type="button" class="link" onClick={onAdd}>Add a note</button>
    </p>
  );
}
