import { describe, expect, it } from 'vitest';
import { spotter } from './helpers';

/** A deterministic pseudo-random text built from name parts, punctuation and odd characters. */
function noise(seed: number, length: number): string {
  const parts = ['Paris', 'US', 'us', 'Witkoff', '’s', ' ', '  ', '.', ', ', '\n', 'e\u0301', '😀', 'Kyiv', 'Steve',
    'the', 'Nato', '“', '”', '-', '–', 'Zelenskyy', 'Jane', 'Doerr', 'Mr', 'In', 'Russian', '\u00a0', 'İ'];
  let x = seed;
  let s = '';
  while (s.length < length) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    s += parts[x % parts.length];
  }
  return s;
}

describe('mention invariants on arbitrary text', () => {
  it('returns sorted, non-overlapping mentions whose text is the slice, with confidence in 0..1', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = noise(seed, 400);
      const ms = spotter.find(text);
      let last = 0;
      for (const m of ms) {
        expect(m.text).toBe(text.slice(m.start, m.end));
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.confidence).toBeGreaterThanOrEqual(0);
        expect(m.confidence).toBeLessThanOrEqual(1);
        expect(m.reason.length).toBeGreaterThan(0);
        last = m.end;
      }
    }
  });

  it('handles empty and name-free text', () => {
    expect(spotter.find('')).toEqual([]);
    expect(spotter.find('nothing here, only lower case words.')).toEqual([]);
  });

  it('reports its dictionary size', () => {
    expect(spotter.aliasCount).toBeGreaterThan(20);
  });
});

describe('cue windows', () => {
  it('finds a cue within the window on either side and not beyond it', () => {
    const far = ' filler'.repeat(60);
    const hilton = (t: string) => spotter.find(t).find((m) => m.text === 'Paris')!.entityId;
    expect(hilton(`Paris wore a dress at the hotel.${far}`)).toBe('paris-hilton');
    expect(hilton(`The hotel heiress arrived. Paris waved.${far}`)).toBe('paris-hilton');
    expect(hilton(`Paris waved.${far} The hotel was full.`)).toBe('paris');
  });
});
