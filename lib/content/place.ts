export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Set when the card must be shorter than it wants to be so as not to cover its highlight. */
  maxHeight?: number;
}

/**
 * Where a card of `size` goes for an anchor box, inside a viewport: below the anchor when it
 * fits, else above; when neither fits, on the roomier side, made shorter (it scrolls) so that it
 * never covers the highlight it belongs to. Always inside the viewport horizontally.
 */
export function placeCard(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }, gap = 8): Placement {
  const margin = 8;
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - size.height;
  const left = Math.round(Math.max(margin, Math.min(anchor.left, viewport.width - size.width - margin)));
  if (below + size.height <= viewport.height - margin) return { left, top: Math.round(below), side: 'below' };
  if (above >= margin) return { left, top: Math.round(above), side: 'above' };
  const roomBelow = viewport.height - margin - below;
  const roomAbove = anchor.top - gap - margin;
  if (roomBelow >= roomAbove) return { left, top: Math.round(below), side: 'below', maxHeight: Math.max(120, Math.floor(roomBelow)) };
  const h = Math.max(120, Math.floor(roomAbove));
  return { left, top: Math.round(Math.max(margin, anchor.top - gap - h)), side: 'above', maxHeight: h };
}
