import type { Mention } from '../engine/types';
import { readArticle } from '../dom/article';
import { createHighlighter, highlightSupport, installHighlightStyles, type HighlightGroup } from '../dom/highlighter';
import { nodeIndex, rangeFor } from '../dom/text-map';
import type { AnnotateResult } from '../protocol';
import type { Settings } from '../settings-model';
import { createCardHost } from './card-host';
import { hitTest } from './hit-test';
import { createHover } from './hover';

export interface AnnotatorDeps {
  annotate(req: { url: string; title: string; text: string }): Promise<AnnotateResult>;
  clearReport(): Promise<unknown>;
  log?: (msg: string) => void;
}

/** Which mentions to draw, given the reader's settings. */
export function visibleMentions(mentions: readonly Mention[], settings: Settings): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    if (!m.highlight) return false;
    const kind = m.entityId ? m.type : 'unknown';
    if (!settings.kinds[kind]) return false;
    if (settings.mentions === 'first') {
      const key = m.entityId ?? m.groupKey ?? m.text;
      if (seen.has(key)) return false;
      seen.add(key);
    }
    return true;
  });
}

/**
 * Annotates the article in `doc`: finds it, asks the background for names, highlights them
 * and runs the hover cards. Returns a function that removes every trace.
 */
export async function annotatePage(doc: Document, settings: Settings, deps: AnnotatorDeps, signal: AbortSignal): Promise<() => void> {
  const win = doc.defaultView!;
  const support = highlightSupport(win as unknown as { CSS?: unknown; Highlight?: unknown });
  if (!support) {
    deps.log?.('Backstory: this browser has no CSS Custom Highlight API; highlights are off.');
    return () => {};
  }
  const article = readArticle(doc);
  if (!article) return () => {};
  const { info, map } = article;
  const result = await deps.annotate({ url: doc.location?.href ?? '', title: info.title, text: map.text });
  if (signal.aborted) return () => {};
  if (result.warning) deps.log?.(`Backstory: ${result.warning}`);

  const mentions = visibleMentions(result.mentions, settings).sort((a, b) => a.start - b.start);
  const ranges = mentions.map((m) => rangeFor(map, m.start, m.end));
  const groups = new Map<string, Range[]>();
  mentions.forEach((m, i) => {
    const r = ranges[i];
    if (!r) return;
    const kind = m.entityId ? m.type : 'unknown';
    groups.set(kind, [...(groups.get(kind) ?? []), r]);
  });
  const removeStyles = installHighlightStyles(doc);
  const highlighter = createHighlighter(support.registry, support.Ctor);
  highlighter.draw([...groups].map(([kind, rs]): HighlightGroup => ({ kind, ranges: rs })));
  doc.documentElement.dataset.backstory = 'on';

  const card = createCardHost(doc, {
    onEnter: () => hover.enterCard(),
    onLeave: () => hover.leaveCard(),
    onClose: () => hover.close(),
  });
  const hover = createHover<number>({
    delayMs: settings.hoverDelayMs,
    onOpen: (i) => {
      const m = mentions[i]!;
      const rect = ranges[i]?.getBoundingClientRect();
      const anchor = rect ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : { left: 0, top: 0, width: 0, height: 0 };
      card.show({ mention: m, entity: m.entityId ? (result.entities[m.entityId] ?? null) : null, flagSvg: m.entityId ? result.flags[m.entityId] : undefined, anchor });
    },
    onClose: () => card.show(null),
  });
  const index = nodeIndex(map);
  let frame = 0;
  let last: PointerEvent | null = null;
  const onMove = (e: PointerEvent) => {
    last = e;
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const ev = last!;
      if (card.owns(ev.target)) return hover.enterCard();
      const i = hitTest(doc, ev.clientX, ev.clientY, map, index, mentions, ranges);
      hover.pointerAt(i < 0 ? null : i);
    });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && hover.open !== null) hover.close();
  };
  const opts = { capture: true, passive: true, signal } as const;
  win.addEventListener('pointermove', onMove, opts);
  win.addEventListener('keydown', onKey, opts);
  win.addEventListener('scroll', () => hover.close(), opts);

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    win.removeEventListener('pointermove', onMove, { capture: true });
    win.removeEventListener('keydown', onKey, { capture: true });
    if (frame) win.cancelAnimationFrame(frame);
    hover.close();
    highlighter.clear();
    removeStyles();
    card.destroy();
    delete doc.documentElement.dataset.backstory;
    void deps.clearReport().catch(() => {});
  };
  signal.addEventListener('abort', remove, { once: true });
  return remove;
}
