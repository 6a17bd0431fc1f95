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
  /**
   * The article's element, when one was found: small changes count only inside it (a clock or a
   * ticker elsewhere on the page must not re-read the article every few seconds); a large block of
   * new text anywhere still counts (a single-page app swapping in another story).
   */
  scope?: () => Element | null;
  onChange: (why: 'content' | 'navigation') => void;
  signal: AbortSignal;
}

/** Text this long, added anywhere, is worth a new look (a new story, not a widget ticking). */
const LARGE = 200;

function meaningful(records: readonly MutationRecord[], ignore: (n: Node) => boolean, scope: Element | null): boolean {
  for (const r of records) {
    if (ignore(r.target)) continue;
    const inside = !scope || scope.contains(r.target) || !scope.isConnected;
    if (r.type === 'characterData') {
      if (inside) return true;
      continue;
    }
    for (const n of r.addedNodes) {
      if (ignore(n)) continue;
      const len = (n.textContent ?? '').trim().length;
      if (len > LARGE) return true;
      if (inside && (n.nodeType === 3 ? len > 0 : len > 20)) return true;
    }
    for (const n of r.removedNodes) {
      if (ignore(n)) continue;
      const len = (n.textContent ?? '').trim().length;
      if (len > LARGE || (inside && len > 20)) return true;
      // The article itself was taken out of the page.
      if (scope && n.contains(scope)) return true;
    }
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
    } else if (meaningful(records, opts.ignore, opts.scope?.() ?? null)) schedule('content');
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
