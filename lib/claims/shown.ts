import { CLAIM_THRESHOLD } from './score';
import type { Claim } from './types';

/** Claims worth showing: every quote, and other claims at or above the check-worthiness threshold. */
export function shownClaims<T extends Pick<Claim, 'kind' | 'score'>>(claims: readonly T[]): T[] {
  return claims.filter((c) => c.kind === 'quote' || c.score >= CLAIM_THRESHOLD);
}
