import { describe, expect, it } from 'vitest';
import { SENTENCE_OPEN, sentenceOpensBefore } from '../../lib/claims/names';

describe('sentenceOpensBefore', () => {
  it('answers as its pattern does on the four characters before the position, on generated texts', () => {
    const parts = ['.', '!', '?', ':', ',', '"', '”', '’', '“', ' ', ' ', '\t', '\n', '\u00a0', 'a', 'Z', '1'];
    let seed = 7;
    const next = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), (seed >>> 16) % n);
    let opens = 0;
    for (let t = 0; t < 4000; t++) {
      let text = '';
      for (let k = next(8); k > 0; k--) text += parts[next(parts.length)]!;
      for (let start = 0; start <= text.length; start++) {
        const want = SENTENCE_OPEN.test(text.slice(Math.max(0, start - 4), start));
        expect(sentenceOpensBefore(text, start), JSON.stringify(text.slice(0, start))).toBe(want);
        if (want && start > 0) opens++;
      }
    }
    expect(opens).toBeGreaterThan(200);
  });

  it('takes a stop, a closing mark or not, and white space; not a comma or a stop without white space after it', () => {
    expect(sentenceOpensBefore('over.” Later', 7)).toBe(true);
    expect(sentenceOpensBefore('over?\t Later', 7)).toBe(true);
    expect(sentenceOpensBefore('Later', 0)).toBe(true);
    expect(sentenceOpensBefore('over, Later', 6)).toBe(false);
    expect(sentenceOpensBefore('over.Later', 5)).toBe(false);
    // the stop more than four characters back is out of reach
    expect(sentenceOpensBefore('over.    Later', 9)).toBe(false);
  });
});
