import type { Fact } from '../kb/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2019-05-20" → "20 May 2019"; "2019-05" → "May 2019"; "2019" → "2019". */
export function formatDate(d: string): string {
  const [y, m, day] = d.split('-');
  if (!m) return y ?? d;
  const month = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

/** "since 20 May 2019", "2000 – 2008", or "" for undated facts. */
export function formatSpan(f: Pick<Fact, 'since' | 'until'>): string {
  if (f.since && f.until) return `${formatDate(f.since)} – ${formatDate(f.until)}`;
  if (f.since) return `since ${formatDate(f.since)}`;
  if (f.until) return `until ${formatDate(f.until)}`;
  return '';
}

/** Current roles first, then other undated facts, then past roles, newest first. */
export function orderFacts(facts: readonly Fact[]): Fact[] {
  const rank = (f: Fact) => (f.until ? 2 : f.role || f.since ? 0 : 1);
  return [...facts].sort((a, b) => rank(a) - rank(b) || (b.since ?? '').localeCompare(a.since ?? ''));
}

export const TYPE_LABEL: Record<string, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  event: 'Event',
  other: 'Other',
  unknown: 'Name',
};

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
