import { describe, expect, it } from 'vitest';
import { parseRgb, pickTheme } from '../../lib/content/theme';

describe('card theme', () => {
  it('follows the page background when it has one', () => {
    expect(pickTheme(['rgb(18, 18, 18)'], false)).toBe('dark');
    expect(pickTheme(['rgb(250, 250, 247)'], true)).toBe('light');
    expect(pickTheme(['rgba(0, 0, 0, 0)', 'rgb(32, 33, 36)'], false)).toBe('dark');
  });
  it('on transparent pages, follows the canvas: dark only when the page allows it and the system asks', () => {
    expect(pickTheme(['rgba(0, 0, 0, 0)', 'transparent'], true)).toBe('light'); // no color-scheme: a white canvas
    expect(pickTheme(['rgba(0, 0, 0, 0)'], true, 'light dark')).toBe('dark');
    expect(pickTheme(['rgba(0, 0, 0, 0)'], false, 'light dark')).toBe('light');
    expect(pickTheme([], false, 'dark')).toBe('dark');
    expect(pickTheme([], false)).toBe('light');
    expect(parseRgb('rgb(1 2 3 / 50%)')).toEqual([1, 2, 3]);
  });
});
