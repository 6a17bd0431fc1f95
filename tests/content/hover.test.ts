import { describe, expect, it } from 'vitest';
import { createHover } from '../../lib/content/hover';

function harness(delayMs = 350) {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let id = 0;
  const events: string[] = [];
  const hover = createHover<number>({
    delayMs,
    onOpen: (k) => events.push(`open ${k}`),
    onClose: () => events.push('close'),
    setTimer: (fn, ms) => (timers.set(++id, { at: now + ms, fn }), id),
    clearTimer: (t) => void timers.delete(t as number),
  });
  const advance = (ms: number) => {
    now += ms;
    for (const [k, t] of [...timers].sort((a, b) => a[1].at - b[1].at))
      if (t.at <= now && timers.has(k)) {
        timers.delete(k);
        t.fn();
      }
  };
  return { hover, events, advance };
}

describe('hover intent', () => {
  it('opens only after the delay on the same highlight', () => {
    const { hover, events, advance } = harness();
    hover.pointerAt(1);
    advance(200);
    hover.pointerAt(1);
    advance(149);
    expect(events).toEqual([]);
    advance(1);
    expect(events).toEqual(['open 1']);
  });

  it('does not open when the pointer just passes over', () => {
    const { hover, events, advance } = harness();
    hover.pointerAt(1);
    advance(100);
    hover.pointerAt(null);
    advance(1000);
    expect(events).toEqual([]);
  });

  it('keeps the card while the pointer is on it and hides 300 ms after it leaves', () => {
    const { hover, events, advance } = harness();
    hover.pointerAt(2);
    advance(350);
    hover.pointerAt(null);
    hover.enterCard();
    advance(1000);
    expect(events).toEqual(['open 2']);
    hover.leaveCard();
    advance(299);
    expect(events).toEqual(['open 2']);
    advance(1);
    expect(events).toEqual(['open 2', 'close']);
  });

  it('comes back to the highlight without closing, and shows one card at a time', () => {
    const { hover, events, advance } = harness();
    hover.pointerAt(1);
    advance(350);
    hover.pointerAt(null);
    advance(200);
    hover.pointerAt(1);
    advance(500);
    expect(events).toEqual(['open 1']);
    hover.pointerAt(3);
    advance(350);
    expect(events).toEqual(['open 1', 'open 3']);
    expect(hover.open).toBe(3);
    hover.close();
    expect(events.at(-1)).toBe('close');
    expect(hover.open).toBeNull();
  });
});
