import { describe, expect, it } from 'vitest';
import { placeCard } from '../../lib/content/place';

const vp = { width: 1000, height: 800 };
const size = { width: 360, height: 300 };

describe('placeCard', () => {
  it('goes below the highlight when it fits', () => {
    expect(placeCard({ left: 100, top: 100, width: 80, height: 20 }, size, vp)).toEqual({ left: 100, top: 128, side: 'below' });
  });
  it('goes above near the bottom of the viewport', () => {
    const p = placeCard({ left: 100, top: 700, width: 80, height: 20 }, size, vp);
    expect(p.side).toBe('above');
    expect(p.top + size.height).toBeLessThanOrEqual(700);
  });
  it('when it fits neither below nor above, goes on the roomier side, shorter, without covering the highlight', () => {
    const anchor = { left: 100, top: 459, width: 80, height: 20 };
    const p = placeCard(anchor, { width: 360, height: 480 }, { width: 1280, height: 900 });
    expect(p.side).toBe('above');
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + p.maxHeight!).toBeLessThanOrEqual(anchor.top);
    const low = placeCard({ ...anchor, top: 420 }, { width: 360, height: 480 }, { width: 1280, height: 900 });
    expect(low.side).toBe('below');
    expect(low.top).toBeGreaterThanOrEqual(440);
    expect(low.top + low.maxHeight!).toBeLessThanOrEqual(900 - 8);
  });

  it('stays inside the viewport at the right edge and in a tiny viewport', () => {
    expect(placeCard({ left: 950, top: 100, width: 40, height: 20 }, size, vp).left).toBe(1000 - 360 - 8);
    const tiny = placeCard({ left: 10, top: 150, width: 40, height: 20 }, size, { width: 320, height: 320 });
    expect(tiny.left).toBeGreaterThanOrEqual(8);
    expect(tiny.top).toBeGreaterThanOrEqual(8);
  });
});
