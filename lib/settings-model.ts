import type { EntityType } from './kb/types';

/** The reader's settings. Pure model: parsing and decisions, no storage. */
export interface Settings {
  enabled: boolean;
  /** Hostnames where Backstory stays off. */
  disabledSites: string[];
  /** Hover-intent delay before a card opens, in ms. */
  hoverDelayMs: number;
  /** Which kinds of names are highlighted. */
  kinds: Record<EntityType | 'unknown', boolean>;
  /** Highlight every mention or only the first of each entity. */
  mentions: 'all' | 'first';
  /** Mark claims (quotes, statistics, attributed statements) with a quiet underline. */
  claims: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  hoverDelayMs: 350,
  kinds: { person: true, organization: true, place: true, event: true, other: true, unknown: true },
  mentions: 'all',
  claims: true,
};

/** Reads stored settings defensively: anything malformed falls back to the default. */
export function parseSettings(raw: unknown): Settings {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  if (typeof s.kinds === 'object' && s.kinds !== null)
    for (const k of Object.keys(kinds) as (keyof Settings['kinds'])[]) {
      const v = (s.kinds as Record<string, unknown>)[k];
      if (typeof v === 'boolean') kinds[k] = v;
    }
  const delay = typeof s.hoverDelayMs === 'number' && Number.isFinite(s.hoverDelayMs) ? s.hoverDelayMs : DEFAULT_SETTINGS.hoverDelayMs;
  return {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(s.disabledSites) ? s.disabledSites.filter((x): x is string => typeof x === 'string') : [],
    hoverDelayMs: Math.min(2000, Math.max(0, Math.round(delay))),
    kinds,
    mentions: s.mentions === 'first' ? 'first' : 'all',
    claims: typeof s.claims === 'boolean' ? s.claims : DEFAULT_SETTINGS.claims,
  };
}

export function isEnabledFor(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}

export function withSiteToggled(settings: Settings, hostname: string): Settings {
  const host = hostname.toLowerCase();
  const off = settings.disabledSites.includes(host);
  return {
    ...settings,
    disabledSites: off ? settings.disabledSites.filter((h) => h !== host) : [...settings.disabledSites, host],
  };
}
