import { send } from '../messaging';
import { loadSettings, watchSettings } from '../settings';
import { isEnabledFor, type Settings } from '../settings-model';
import { annotatePage, type AnnotatorDeps } from './annotator';
import { missBackoffMs } from './backoff';
import { isOwned } from './owned';
import { watchPage } from './page-watcher';

/** What the content script needs from WXT's context: a signal and an invalidation hook. */
export interface ContentContext {
  signal: AbortSignal;
  onInvalidated(cb: () => void): unknown;
}

/**
 * The content script: annotates the page when Backstory is on for this site, again when the
 * article changes or the address changes (single-page apps), and removes everything when it is
 * turned off or the extension is reloaded.
 */
export async function startContent(doc: Document, ctx: ContentContext): Promise<void> {
  const deps: AnnotatorDeps = {
    annotate: (req) => send('annotate', req),
    corrections: {
      // A correction is stored by the background; the page is read again with it once the card closes.
      onCorrect: async (c) => {
        await send('correct', c);
        corrected = true;
      },
      onUndo: async (surface) => {
        await send('undoCorrection', { surface });
        corrected = true;
      },
      onSearch: (query) => send('searchEntities', { query }),
    },
    openPanel: (target, note) => void send('openSidePanel', { target, note: Boolean(note) }).catch((err: Error) => console.info(`Backstory: ${err.message}`)),
    onArticle: (root) => {
      articleRoot = root;
      sawArticle = true;
    },
    onCardClosed: () => {
      if (!corrected) return;
      corrected = false;
      void apply();
    },
    log: (msg) => console.info(msg),
  };
  let corrected = false;
  let articleRoot: Element | null = null;
  let sawArticle = false;
  let misses = 0;
  let lastMiss = 0;
  const clearReport = () => void send('clearReport', {}).catch(() => {});
  let settings: Settings = await loadSettings();
  let session: AbortController | null = null;
  let run = 0;

  /** Reads the page again; the old highlights stay until the new ones are drawn (no flash). */
  const apply = async () => {
    const id = ++run;
    const previous = session;
    if (!isEnabledFor(settings, doc.location.hostname)) {
      previous?.abort();
      session = null;
      if (previous) clearReport();
      return;
    }
    const ctl = new AbortController();
    session = ctl;
    ctx.signal.addEventListener('abort', () => ctl.abort(), { once: true });
    try {
      sawArticle = false;
      await annotatePage(doc, settings, deps, ctl.signal);
      if (id !== run) ctl.abort(); // a newer reading started meanwhile
      if (sawArticle) misses = 0;
      else {
        misses++;
        lastMiss = Date.now();
      }
    } catch (err) {
      if ((err as Error).name !== 'AbortError') console.info(`Backstory: could not annotate this page: ${(err as Error).message}`);
    } finally {
      previous?.abort();
    }
  };

  const unwatch = watchSettings((s) => {
    settings = s;
    void apply();
  });
  watchPage(doc, {
    ignore: isOwned,
    scope: () => articleRoot,
    signal: ctx.signal,
    onChange: (why) => {
      if (why === 'navigation') misses = 0;
      // A page with no article is read again less and less often while it keeps changing.
      else if (Date.now() - lastMiss < missBackoffMs(misses)) return;
      void apply();
    },
  });
  ctx.onInvalidated(() => {
    unwatch();
    session?.abort();
  });
  doc.defaultView?.addEventListener('pagehide', clearReport, { signal: ctx.signal });
  await apply();
}
