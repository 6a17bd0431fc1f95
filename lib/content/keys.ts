/** What a key press asks of Backstory, if anything. Alt+Shift+N / Alt+Shift+P move between highlights. */
export type KeyAction = 'next' | 'previous' | 'close' | null;

export function keyAction(e: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>, cardOpen: boolean): KeyAction {
  if (e.key === 'Escape' && cardOpen) return 'close';
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  if (e.code === 'KeyN') return 'next';
  if (e.code === 'KeyP') return 'previous';
  return null;
}

/** The highlight to go to from `current` (-1 for none yet), wrapping around. */
export function step(current: number, count: number, action: 'next' | 'previous'): number {
  if (count === 0) return -1;
  if (current < 0) return action === 'next' ? 0 : count - 1;
  return (current + (action === 'next' ? 1 : -1) + count) % count;
}
