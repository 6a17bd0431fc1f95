import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isEnabledFor, parseSettings, withSiteToggled } from '../lib/settings-model';

describe('settings', () => {
  it('falls back to defaults for missing or corrupt values', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const s = parseSettings({ enabled: 'yes', hoverDelayMs: 1e9, disabledSites: ['a.com', 3], kinds: { person: false, place: 'no' }, mentions: 'some' });
    expect(s.enabled).toBe(true);
    expect(s.hoverDelayMs).toBe(2000);
    expect(s.disabledSites).toEqual(['a.com']);
    expect(s.kinds.person).toBe(false);
    expect(s.kinds.place).toBe(true);
    expect(s.mentions).toBe('all');
  });

  it('turns a site off and on again, and the global switch wins', () => {
    const off = withSiteToggled(DEFAULT_SETTINGS, 'News.Example');
    expect(isEnabledFor(off, 'news.example')).toBe(false);
    expect(isEnabledFor(off, 'other.example')).toBe(true);
    expect(isEnabledFor(withSiteToggled(off, 'news.example'), 'news.example')).toBe(true);
    expect(isEnabledFor({ ...DEFAULT_SETTINGS, enabled: false }, 'other.example')).toBe(false);
  });
});
