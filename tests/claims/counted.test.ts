import { describe, expect, it } from 'vitest';
import { countedAfter, countedAfterWhole, countedBefore, isPlural } from '../../lib/claims/counted';
import { tokenSpans } from '../../lib/claims/lexicon';

/** countedBefore read afresh: a call on another text first, so that no token of an earlier call is reused. */
const fresh = (text: string, from: number, start: number) => {
  countedBefore('another text', 0, 5);
  return countedBefore(text, from, start);
};

describe('countedBefore over the tokens of the earlier calls', () => {
  const texts = [
    'Soldiers killed in the U.S.A. and the U.S. camps: 5 refugees, 40 villages’ homes who fled, children’s 7 cases.',
    'The workers’ unions said 12 homes were razed; officials counted 30 more.',
    'Troops 𝐀rmies deployed 𝐀.𝐁. tanks reported 3, cities-in-ruins 4 U.S.-led forces 9',
    'casualties 1.5 k-9 units X.Y.Z. drones jobs’ 2 people killed houses who.',
  ];

  it('gives for each figure what a fresh reading gives, asked in order, backwards and at random', () => {
    let nouns = 0;
    for (const text of texts) {
      for (const from of [0, 3, 11]) {
        const starts = Array.from({ length: text.length - from + 1 }, (_, k) => from + k);
        const expected = new Map(starts.map((s) => [s, JSON.stringify(fresh(text, from, s))]));
        for (const s of starts) if (expected.get(s) !== 'null') nouns++;
        let seed = 3;
        const shuffled = [...starts].sort(() => ((seed = (seed * 48271) % 2147483647) % 3) - 1);
        for (const order of [starts, [...starts].reverse(), shuffled]) {
          for (const s of order) expect(JSON.stringify(countedBefore(text, from, s)), `${from}-${s} of ${text}`).toBe(expected.get(s));
        }
      }
    }
    // most positions have a noun before them
    expect(nouns).toBeGreaterThan(500);
  });

  it('prefers a noun a participle or "who" follows, then a typical counted noun, then the nearest', () => {
    expect(fresh('The villages razed and the homes there: 40', 0, 41)).toEqual({ noun: 'villages', after: false });
    expect(fresh('The tables and the refugees and the chairs: 40', 0, 44)).toEqual({ noun: 'refugees', after: false });
    expect(fresh('The tables and the chairs: 40', 0, 27)).toEqual({ noun: 'chairs', after: false });
  });
});

describe('countedAfter', () => {
  it('reads as many tokens as it needs: the answer of a reading of the whole window', () => {
    const parts = ['of', 'the', 'all', 'Ukrainian', 'children', 'people', 'killed', 'displaced', 'living', 'in', 'new', 'homes', 'said', '5', 'U.S.', "men's", 'x', 'é', 'AT&T', '-', ',', '.', ' ', ' ', '  ', '\n'];
    let seed = 9;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    let nouns = 0;
    for (let t = 0; t < 3000; t++) {
      let text = '12';
      for (let k = next(16); k >= 0; k--) text += parts[next(parts.length)];
      const to = 2 + next(text.length - 1);
      const whole = countedAfterWhole(text, to, 2);
      expect(countedAfter(text, to, 2), `${JSON.stringify(text)} ${to}`).toEqual(whole);
      if (whole) nouns++;
    }
    expect(nouns).toBeGreaterThan(300);
    // the longest readings: "of", "the", then four words, and whether a fifth follows
    for (const tail of [' of the big new fast cool cars', ' of all big new fast cool', ' of the big new fast', ' big new fast cool cars', ' of the big new fast cool', ' of big new fast cool cars']) {
      const text = `12${tail}`;
      expect(countedAfter(text, text.length, 2), text).toEqual(countedAfterWhole(text, text.length, 2));
      expect(countedAfter(text, text.length, 2), text).not.toBeNull();
    }
  });


  it('reads no noun after an ASCII character that is neither a letter, a digit nor a space: no token starts there', () => {
    let nouns = 0;
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      const text = `5${ch}people fled`;
      const alnum = /[A-Za-z0-9]/.test(ch);
      // the premise: a token starts right after the figure exactly at a letter or a digit
      expect(tokenSpans(text, 1, text.length)[0] === 1, `token at ${c}`).toBe(alnum);
      const got = countedAfter(text, text.length, 1);
      if (!alnum && !/\s/.test(ch)) expect(got, `after ${c}`).toBeNull();
      if (got) nouns++;
    }
    // after white space the noun is read
    expect(countedAfter('5 people fled', 13, 1)).toEqual({ noun: 'people', after: true });
    expect(countedAfter('5\tpeople fled', 13, 1)).toEqual({ noun: 'people', after: true });
    expect(nouns).toBeGreaterThan(5);
  });

  it('reads nothing past the range', () => {
    expect(countedAfter('5 people fled', 1, 1)).toBeNull();
    expect(countedAfter('5 people fled', 2, 1)).toBeNull();
  });
});

describe('isPlural', () => {
  it('takes a word ending in "s" (but "ss", "us", "is" and a few words) or an irregular plural', () => {
    for (const w of ['children', 'people', 'troops', 'livestock', 'staff', 'men', 'soldiers', 'cars', 'news', 'this', 'boss', 'status', 'crisis', 'gas', 'bus', 'is', 's', '', 'child', 'man', 'women', 'woman', 'mens', 'x'.repeat(40) + 's', 'x'.repeat(40)]) {
      const expected = ['children', 'people', 'troops', 'livestock', 'staff', 'men', 'women', 'soldiers', 'cars', 'mens', 'x'.repeat(40) + 's'].includes(w);
      expect(isPlural(w), w).toBe(expected);
    }
  });
});
