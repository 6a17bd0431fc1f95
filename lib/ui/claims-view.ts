import type { ReportClaim } from '../protocol';

export interface SpeakerQuotes {
  key: string;
  name: string;
  entityId: string | null;
  quotes: ReportClaim[];
}

/**
 * Quotes, and statements reported with a named speaker, grouped by speaker in order of first
 * appearance; unattributed quotes last.
 */
export function quotesBySpeaker(claims: readonly ReportClaim[]): SpeakerQuotes[] {
  const groups = new Map<string, SpeakerQuotes>();
  for (const c of claims) {
    if (c.kind !== 'quote' && !(c.kind === 'attributed' && c.speaker)) continue;
    const key = c.speaker ? (c.speaker.entityId ?? `name:${c.speaker.name}`) : 'none';
    const g = groups.get(key) ?? { key, name: c.speaker?.name ?? 'Unattributed', entityId: c.speaker?.entityId ?? null, quotes: [] };
    g.quotes.push(c);
    groups.set(key, g);
  }
  const none = groups.get('none');
  groups.delete('none');
  return [...groups.values(), ...(none ? [none] : [])];
}

/** Claims that carry numbers, in article order. */
export function numberClaims(claims: readonly ReportClaim[]): ReportClaim[] {
  return claims.filter((c) => c.numbers.length > 0);
}
