export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where a card of `size` goes for an anchor box, inside a viewport: below the anchor when it
 * fits, else above, else wherever it overlaps least; always clamped inside the viewport.
 */
export function placeCard(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }, gap = 8) {
  const margin = 8;
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - size.height;
  let top: number;
  if (below + size.height <= viewport.height - margin) top = below;
  else if (above >= margin) top = above;
  else top = viewport.height - anchor.top - anchor.height > anchor.top ? below : above;
  top = Math.max(margin, Math.min(top, viewport.height - size.height - margin));
  let left = anchor.left;
  left = Math.max(margin, Math.min(left, viewport.width - size.width - margin));
  return { left: Math.round(left), top: Math.round(top), side: top >= anchor.top ? ('below' as const) : ('above' as const) };
}
