/**
 * Tells when the page's content or address changed enough to annotate again: text added or
 * replaced (lazy paragraphs, infinite scroll, "read more") or a single-page-app navigation.
 * Changes inside `ignore` (Backstory's own card host) never count, so drawing a card cannot
 * start a loop; bursts are coalesced into one call after `quietMs`.
 */
export interface WatchOptions {
  quietMs?: number;
  /** Upper bound on waiting while the page keeps changing. */
  maxWaitMs?: number;
  ignore: (node: Node) => boolean;
  onChange: (why: 'content' | 'navigation') => void;
  signal: AbortSignal;
}

function meaningful(records: readonly MutationRecord[], ignore: (n: Node) => boolean): boolean {
  for (const r of records) {
    if (ignore(r.target)) continue;
    if (r.type === 'characterData') return true;
    for (const n of r.addedNodes) {
      if (ignore(n)) continue;
      if (n.nodeType === 3 && (n as Text).data.trim()) return true;
      if (n.nodeType === 1 && ((n as Element).textContent ?? '').trim().length > 20) return true;
    }
    for (const n of r.removedNodes) if (!ignore(n) && (n.textContent ?? '').trim().length > 20) return true;
  }
  return false;
}

export function watchPage(doc: Document, opts: WatchOptions): void {
  const win = doc.defaultView!;
  const quiet = opts.quietMs ?? 400;
  const maxWait = opts.maxWaitMs ?? 2000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstAt = 0;
  let why: 'content' | 'navigation' = 'content';
  let href = doc.location?.href;

  const fire = () => {
    timer = null;
    firstAt = 0;
    const w = why;
    why = 'content';
    opts.onChange(w);
  };
  const schedule = (reason: 'content' | 'navigation') => {
    if (reason === 'navigation') why = 'navigation';
    const now = Date.now();
    if (!firstAt) firstAt = now;
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, now - firstAt >= maxWait ? 0 : quiet);
  };
  const observer = new win.MutationObserver((records) => {
    if (doc.location?.href !== href) {
      href = doc.location?.href;
      schedule('navigation');
    } else if (meaningful(records, opts.ignore)) schedule('content');
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  const onNav = () => {
    if (doc.location?.href === href) return;
    href = doc.location?.href;
    schedule('navigation');
  };
  win.addEventListener('popstate', onNav, { signal: opts.signal });
  // pushState/replaceState do not fire events; the content script's isolated world cannot patch
  // the page's history, so the address is also polled cheaply.
  const poll = setInterval(onNav, 500);
  opts.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(poll);
    if (timer) clearTimeout(timer);
  }, { once: true });
}
