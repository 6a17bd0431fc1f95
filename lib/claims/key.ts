import { contentHash } from '../kb/compile';

/**
 * A claim's stable key, the same on every page that prints the same words: notes on a claim
 * follow it. Whitespace, case and quote marks are folded first.
 */
export function claimKey(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  return contentHash(folded);
}

export const claimTarget = (text: string) => `claim:${claimKey(text)}`;
