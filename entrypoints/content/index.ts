import { annotatePage } from '@/lib/content/annotator';
import { send } from '@/lib/messaging';
import { loadSettings, watchSettings } from '@/lib/settings';
import { isEnabledFor } from '@/lib/settings-model';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const deps = {
      annotate: (req: { url: string; title: string; text: string }) => send('annotate', req),
      clearReport: () => send('clearReport', {}),
      log: (msg: string) => console.info(msg),
    };
    let stop: (() => void) | null = null;
    let run = 0;
    const apply = async (settings: Awaited<ReturnType<typeof loadSettings>>) => {
      const id = ++run;
      stop?.();
      stop = null;
      if (!isEnabledFor(settings, location.hostname)) return;
      try {
        const remove = await annotatePage(document, settings, deps, ctx.signal);
        if (id === run) stop = remove;
        else remove();
      } catch (err) {
        console.info(`Backstory: could not annotate this page: ${(err as Error).message}`);
      }
    };
    const unwatch = watchSettings((s) => void apply(s));
    ctx.onInvalidated(() => {
      unwatch();
      stop?.();
    });
    await apply(await loadSettings());
  },
});
