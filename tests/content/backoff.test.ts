import { describe, expect, it } from 'vitest';
import { missBackoffMs } from '../../lib/content/backoff';

describe('missBackoffMs', () => {
  it('lets the first misses through, then doubles the wait up to a minute', () => {
    expect([0, 1, 2].map(missBackoffMs)).toEqual([0, 0, 0]);
    expect([3, 4, 5].map(missBackoffMs)).toEqual([2000, 4000, 8000]);
    expect(missBackoffMs(30)).toBe(60_000);
  });
});
