import { describe, expect, it } from 'vitest';
import { parseRgb, pickTheme } from '../../lib/content/theme';

describe('card theme', () => {
  it('follows the page background when it has one', () => {
    expect(pickTheme(['rgb(18, 18, 18)'], false)).toBe('dark');
    expect(pickTheme(['rgb(250, 250, 247)'], true)).toBe('light');
    expect(pickTheme(['rgba(0, 0, 0, 0)', 'rgb(32, 33, 36)'], false)).toBe('dark');
  });
  it('falls back to the system preference on transparent pages', () => {
    expect(pickTheme(['rgba(0, 0, 0, 0)', 'transparent'], true)).toBe('dark');
    expect(pickTheme([], false)).toBe('light');
    expect(parseRgb('rgb(1 2 3 / 50%)')).toEqual([1, 2, 3]);
  });
});
