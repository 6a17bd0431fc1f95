import type { Mention } from '../engine/types';
import { offsetAt, type Segment, type TextMap } from '../dom/text-map';

/** Index of the mention covering text offset `t` in mentions sorted by start, or -1. */
export function mentionAt(mentions: readonly Pick<Mention, 'start' | 'end'>[], t: number): number {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid]!;
    if (t < m.start) hi = mid - 1;
    else if (t >= m.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The DOM point under (x, y), by whichever caret API the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/**
 * Which highlighted mention is under the pointer: the caret position gives a text offset,
 * and the mention's own boxes must contain the point (the caret snaps to the nearest text
 * even in margins).
 */
export function hitTest(
  doc: Document,
  x: number,
  y: number,
  map: TextMap,
  index: Map<Node, Segment>,
  mentions: readonly Mention[],
  ranges: readonly (Range | null)[],
): number {
  const caret = caretAt(doc, x, y);
  if (!caret) return -1;
  const t = offsetAt(map, caret.node, caret.offset, index);
  if (t === null) return -1;
  for (const cand of [t, t - 1]) {
    const i = mentionAt(mentions, cand);
    if (i < 0) continue;
    const range = ranges[i];
    if (!range) continue;
    for (const r of range.getClientRects()) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return i;
    }
  }
  return -1;
}

/** The innermost (shortest) of possibly nested ranges whose boxes contain (x, y), or -1. */
export function claimAt(ranges: readonly (Range | null)[], x: number, y: number): number {
  let best = -1;
  let bestLen = Infinity;
  ranges.forEach((range, i) => {
    if (!range) return;
    for (const r of range.getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
        const len = range.toString().length;
        if (len < bestLen) {
          best = i;
          bestLen = len;
        }
        return;
      }
    }
  });
  return best;
}
