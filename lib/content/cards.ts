import type { Claim } from '../claims/index';
import type { HighlightGroup, Highlighter } from '../dom/highlighter';
import { nodeIndex, type TextMap } from '../dom/text-map';
import type { Mention } from '../engine/types';
import type { AnnotateResult } from '../protocol';
import type { Settings } from '../settings-model';
import type { AnnotatorDeps } from './annotator';
import { unknownTarget } from '../background/report';
import { claimTarget } from '../claims/key';
import { createCardHost } from './card-host';
import { claimAt, hitTest } from './hit-test';
import { createHover } from './hover';
import { keyAction, step } from './keys';
import { pickTheme } from './theme';

export interface Drawn {
  doc: Document;
  map: TextMap;
  /** Highlighted names, sorted by start, with their ranges (null where none could be made). */
  mentions: Mention[];
  ranges: (Range | null)[];
  claims: Claim[];
  claimRanges: (Range | null)[];
  result: AnnotateResult;
  highlighter: Highlighter;
  baseGroups: HighlightGroup[];
}

function themeOf(doc: Document): 'light' | 'dark' {
  const win = doc.defaultView!;
  const bgs = [doc.body, doc.documentElement].flatMap((el) => (el ? [win.getComputedStyle(el).backgroundColor] : []));
  const scheme = win.getComputedStyle(doc.documentElement).getPropertyValue('color-scheme') || 'normal';
  return pickTheme(bgs, win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false, scheme);
}

/**
 * The cards of one drawing of a page: hover intent, the keyboard path (Alt+Shift+N/P, focus in
 * and back, Escape), taps on touch screens, and what the cards' buttons do. Returns the undo.
 */
export function attachCards(d: Drawn, settings: Settings, deps: AnnotatorDeps, signal: AbortSignal): () => void {
  const { doc, map, mentions, ranges, claims, claimRanges, result, highlighter, baseGroups } = d;
  const win = doc.defaultView!;
  let active = -1;
  let openedBy: 'pointer' | 'keyboard' = 'pointer';
  let returnFocus: HTMLElement | null = null;
  const setActive = (i: number) => {
    active = i;
    const r = ranges[i];
    highlighter.draw(r ? [...baseGroups, { kind: 'active', ranges: [r] }] : baseGroups);
  };

  let anchor = { left: 0, top: 0, width: 0, height: 0 };
  const showEntity = (id: string) => {
    const entity = result.entities[id];
    if (!entity) return;
    const mention = mentions.find((m) => m.entityId === id) ?? { start: 0, end: 0, text: entity.name, entityId: id, type: entity.type, confidence: 1, reason: '', highlight: true };
    card.show({ content: { kind: 'name', mention, entity, flagSvg: result.flags[id], candidates: [], noteCount: result.noteCounts[`entity:${id}`] ?? 0 }, anchor, theme: themeOf(doc) });
  };
  const card = createCardHost(doc, {
    onEnter: () => hover.enterCard(),
    onLeave: () => hover.leaveCard(),
    onClose: () => hover.close(),
    onOpenEntity: showEntity,
    corrections: deps.corrections,
    onOpenPanel: deps.openPanel,
  });
  const hover = createHover<number>({
    delayMs: settings.hoverDelayMs,
    onOpen: (key) => {
      const isClaim = key >= mentions.length;
      const range = isClaim ? claimRanges[key - mentions.length] : ranges[key];
      // A claim's card sits by the line the pointer is on, not the whole sentence's box.
      const rects = range ? [...range.getClientRects()] : [];
      const rect = (isClaim && lastPoint ? rects.find((r) => lastPoint!.y >= r.top && lastPoint!.y <= r.bottom) : null) ?? rects[0];
      anchor = rect ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : { left: 0, top: 0, width: 0, height: 0 };
      if (isClaim) {
        const c = claims[key - mentions.length]!;
        const speaker = c.speaker?.entityId ? (result.entities[c.speaker.entityId] ?? null) : null;
        const contexts = c.contexts.flatMap((id) => (result.contexts[id] ? [result.contexts[id]] : []));
        const target = claimTarget(c.text);
        card.show({ content: { kind: 'claim', claim: c, speaker, contexts, target, noteCount: result.noteCounts[target] ?? 0 }, anchor, theme: themeOf(doc) });
        return;
      }
      const m = mentions[key]!;
      const entity = m.entityId ? (result.entities[m.entityId] ?? null) : null;
      const candidates = (m.candidates ?? []).flatMap((c) => (result.candidates[c.entityId] ? [result.candidates[c.entityId]!] : []));
      const noteCount = result.noteCounts[m.entityId ? `entity:${m.entityId}` : unknownTarget(m)] ?? 0;
      card.show({ content: { kind: 'name', mention: m, entity, flagSvg: m.entityId ? result.flags[m.entityId] : undefined, candidates, noteCount }, anchor, theme: themeOf(doc) });
    },
    onClose: () => {
      card.show(null);
      deps.onCardClosed?.();
      if (openedBy === 'keyboard') {
        setActive(-1);
        returnFocus?.focus?.({ preventScroll: true });
        returnFocus = null;
      }
      openedBy = 'pointer';
    },
  });

  const index = nodeIndex(map);
  let lastPoint: { x: number; y: number } | null = null;
  /** The name under the point, else the innermost claim under it (keys after the names'). */
  const hitAt = (x: number, y: number) => {
    lastPoint = { x, y };
    const i = hitTest(doc, x, y, map, index, mentions, ranges);
    if (i >= 0 || !claims.length) return i;
    const c = claimAt(claimRanges, x, y);
    return c < 0 ? -1 : mentions.length + c;
  };
  let frame = 0;
  let last: PointerEvent | null = null;
  const onMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    last = e;
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      highlighter.ensure(); // a page script may have cleared the shared highlight registry
      const ev = last!;
      if (card.owns(ev.target)) return hover.enterCard();
      const i = hitAt(ev.clientX, ev.clientY);
      if (openedBy === 'keyboard') {
        // A keyboard-opened card stays until the pointer goes to another highlight.
        if (i < 0 || i === hover.open) return;
        openedBy = 'pointer';
        returnFocus = null;
        setActive(-1);
      }
      hover.pointerAt(i < 0 ? null : i);
    });
  };
  // Touch: a tap on a highlight opens its card at once (links inside highlights still navigate).
  const onTap = (e: PointerEvent) => {
    if (e.pointerType !== 'touch' || card.owns(e.target)) return;
    if ((e.target as Element | null)?.closest?.('a[href]')) return;
    const i = hitAt(e.clientX, e.clientY);
    if (i >= 0) hover.openNow(i);
    else if (hover.open !== null) hover.close();
  };
  const onKey = (e: KeyboardEvent) => {
    const action = keyAction(e, hover.open !== null);
    if (!action) return;
    if (action === 'close') return hover.close();
    const live = mentions.map((_, i) => i).filter((i) => ranges[i]);
    if (!live.length) return;
    e.preventDefault();
    e.stopPropagation();
    const pos = step(live.indexOf(active), live.length, action);
    const i = live[pos]!;
    if (openedBy !== 'keyboard') returnFocus = doc.activeElement as HTMLElement | null;
    openedBy = 'keyboard';
    setActive(i);
    const node = ranges[i]!.startContainer.parentElement;
    node?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    hover.openNow(i);
    card.focus();
  };
  const onScroll = () => {
    if (openedBy === 'pointer' && hover.open !== null) hover.close();
  };
  const opts = { capture: true, passive: true, signal } as const;
  win.addEventListener('pointermove', onMove, opts);
  win.addEventListener('pointerup', onTap, opts);
  win.addEventListener('keydown', onKey, { capture: true, signal });
  win.addEventListener('scroll', onScroll, opts);

  return () => {
    win.removeEventListener('pointermove', onMove, { capture: true });
    win.removeEventListener('pointerup', onTap, { capture: true });
    win.removeEventListener('keydown', onKey, { capture: true });
    win.removeEventListener('scroll', onScroll, { capture: true });
    if (frame) win.cancelAnimationFrame(frame);
    hover.close();
    card.destroy();
  };

}
