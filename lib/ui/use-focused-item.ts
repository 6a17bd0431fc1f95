import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * An expandable list item that a card can ask the side panel to show ("Open in side panel",
 * "Add a note"): it opens and scrolls into view whenever it becomes the focused one.
 */
export function useFocusedItem<T extends HTMLElement>(focused: boolean) {
  const [open, setOpen] = useState(focused);
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!focused) return;
    setOpen(true);
    ref.current?.scrollIntoView?.({ block: 'center' });
  }, [focused]);
  return { open, setOpen, ref };
}
