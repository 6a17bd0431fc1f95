/**
 * Hover intent for highlights and cards, as a small state machine with injectable timers:
 * a card opens after `delayMs` on the same highlight, stays while the pointer is on it, and
 * hides `hideMs` after the pointer has left both. One card at a time.
 */
export interface HoverOptions<K> {
  delayMs: number;
  hideMs?: number;
  onOpen: (key: K) => void;
  onClose: () => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

export function createHover<K>(opts: HoverOptions<K>) {
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  const hideMs = opts.hideMs ?? 300;
  let open: K | null = null;
  let pending: K | null = null;
  let openTimer: unknown = null;
  let hideTimer: unknown = null;
  let inCard = false;

  const cancelOpen = () => {
    if (openTimer !== null) clearTimer(openTimer);
    openTimer = null;
    pending = null;
  };
  const cancelHide = () => {
    if (hideTimer !== null) clearTimer(hideTimer);
    hideTimer = null;
  };
  const close = () => {
    cancelOpen();
    cancelHide();
    if (open !== null) {
      open = null;
      inCard = false;
      opts.onClose();
    }
  };
  const scheduleHide = () => {
    if (open === null || hideTimer !== null) return;
    hideTimer = setTimer(() => {
      hideTimer = null;
      if (!inCard) close();
    }, hideMs);
  };

  return {
    get open() {
      return open;
    },
    /** The pointer is over highlight `key`, or over no highlight (null). */
    pointerAt(key: K | null) {
      if (key !== null && key === open) {
        cancelOpen();
        cancelHide();
        return;
      }
      if (key === null) {
        cancelOpen();
        if (!inCard) scheduleHide();
        return;
      }
      if (key === pending) return;
      cancelOpen();
      // An open card stays until the new one replaces it (no flicker between neighbours).
      cancelHide();
      pending = key;
      openTimer = setTimer(() => {
        openTimer = null;
        pending = null;
        cancelHide();
        open = key;
        opts.onOpen(key);
      }, opts.delayMs);
    },
    /** Opens at once (keyboard, tap). */
    openNow(key: K) {
      cancelOpen();
      cancelHide();
      open = key;
      opts.onOpen(key);
    },
    enterCard() {
      inCard = true;
      cancelHide();
    },
    leaveCard() {
      inCard = false;
      scheduleHide();
    },
    close,
  };
}
