import { describe, expect, it } from 'vitest';
import { CREDIT, mayFollowCredit } from '../../lib/claims/resolve';

describe('mayFollowCredit', () => {
  it('holds wherever the credit pattern matches the text before the position, on generated texts', () => {
    const parts = ['photo', 'PHOTO', 'Photograph', 'picture', 'image', 'credit', 's', 'S', 'by', 'By', 'xby', ':', ' ', ' ', '\t', '\u00a0', 'a', 'Z', 'y', 'h', '\n'];
    let seed = 11;
    const next = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), (seed >>> 16) % n);
    let matches = 0;
    let ruledOut = 0;
    for (let t = 0; t < 4000; t++) {
      let text = '';
      for (let k = next(7); k > 0; k--) text += parts[next(parts.length)]!;
      for (let start = 0; start <= text.length; start++) {
        const gate = mayFollowCredit(text, start);
        for (let from = 0; from <= start; from++) {
          if (!CREDIT.test(text.slice(from, start))) continue;
          expect(gate, JSON.stringify(text.slice(from, start))).toBe(true);
          matches++;
        }
        if (!gate) ruledOut++;
      }
    }
    expect(matches).toBeGreaterThan(500);
    expect(ruledOut).toBeGreaterThan(1000);
  });

  it('rules out the words names mostly follow', () => {
    expect(mayFollowCredit('said Ana Lopes', 5)).toBe(false);
    expect(mayFollowCredit('the minister Ana Lopes', 13)).toBe(false);
    expect(mayFollowCredit('Photo: Ana Lopes', 7)).toBe(true);
    expect(mayFollowCredit('Photographs by  Ana Lopes', 16)).toBe(true);
  });
});
