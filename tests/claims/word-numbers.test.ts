import { describe, expect, it } from 'vitest';
import { parseWordNumber } from '../../lib/claims/word-numbers';

const read = (s: string) => parseWordNumber(s, 0, s.length).map((w) => [s.slice(w.start, w.end), w.value, w.multiplied]);

describe('parseWordNumber', () => {
  it('reads numbers written in words with their scale', () => {
    expect(read('two million people')).toEqual([['two million', 2e6, true]]);
    expect(read('thirty-one countries and a hundred and five cars')).toEqual([
      ['thirty-one', 31, false],
      ['a hundred and five', 105, true],
    ]);
    expect(read('tens of thousands of people')).toEqual([['tens of thousands', 1e4, true]]);
    expect(read('half a million homes')).toEqual([['half a million', 5e5, true]]);
  });

  it('does not read a lone "one" or an article as a number', () => {
    expect(read('one recent example of a plan')).toEqual([]);
  });
});
