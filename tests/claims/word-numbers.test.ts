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

  it('reads the words in capitals too, and no word with a letter outside ASCII', () => {
    expect(read('Twenty-One Thousand ships')).toEqual([['Twenty-One Thousand', 21000, true]]);
    expect(read('A Hundred And Five cars')).toEqual([['A Hundred And Five', 105, true]]);
    expect(read('Tens Of Thousands Of people')).toEqual([['Tens Of Thousands', 1e4, true]]);
    expect(read('HALF A MILLION homes')).toEqual([['HALF A MILLION', 5e5, true]]);
    expect(read('éight hundred')).toEqual([]);
  });

  it('does not read a lone "one" or an article as a number', () => {
    expect(read('one recent example of a plan')).toEqual([]);
  });

  it('reads words as whole runs of letters with at most one hyphenated part', () => {
    // "x-two" is one word, so "two" there starts no number; "two-hundred-odd" is "two-hundred" then "odd"
    expect(parseWordNumber('x-two hundred', 0, 13)).toEqual([]);
    expect(parseWordNumber('café two hundred', 0, 16)).toEqual([{ start: 5, end: 16, value: 200, multiplied: true }]);
    expect(parseWordNumber('twenty-one thousand', 0, 19)).toEqual([{ start: 0, end: 19, value: 21000, multiplied: true }]);
    // the range cuts the text: "thousands" cut to "thousa" is no number word
    expect(parseWordNumber('two thousands of', 0, 10)).toEqual([{ start: 0, end: 3, value: 2, multiplied: false }]);
  });
});

describe('words that are names of Object.prototype members', () => {
  it('are not numbers ("constructor", "toString")', async () => {
    const { findNumbers } = await import('../../lib/claims/numbers');
    const text = 'The constructor built two hundred ships, and toString said so.';
    const found = findNumbers(text, 0, text.length);
    expect(found.map((n) => [n.text, n.value])).toEqual([['two hundred', 200]]);
    for (const n of found) expect(typeof n.value).toBe('number');
  });
});

describe('wordFlags, the pre-check for number words and ordinals', () => {
  it('finds a word standing whole in the range whatever its case, with "ſ" read as "s"', async () => {
    const { DIGIT, NUMBER_WORD, ORDINAL_WORD, wordFlags } = await import('../../lib/claims/word-numbers');
    const flags = (s: string) => wordFlags(s, 0, s.length);
    expect(flags('TWO Hundred')).toBe(NUMBER_WORD);
    expect(flags('twenty-one')).toBe(NUMBER_WORD);
    expect(flags('the SEVENTH-largest')).toBe(ORDINAL_WORD);
    expect(flags('the ſixth-largest')).toBe(ORDINAL_WORD);
    expect(flags('a tenth of ten')).toBe(ORDINAL_WORD | NUMBER_WORD);
    // inside a longer word, a lone "one", or cut by the range: nothing
    expect(flags('often, someone, one, tenths')).toBe(0);
    expect(wordFlags('thousands', 0, 6)).toBe(0);
    expect(wordFlags('xx two', 3, 6)).toBe(NUMBER_WORD);
    // an ASCII digit, as \d reads it: "٣" (Arabic-Indic three) is none
    expect(flags('G7 seventh')).toBe(DIGIT | ORDINAL_WORD);
    expect(flags('٣ ten')).toBe(NUMBER_WORD);
  });

  it('lets findNumbers read the numbers it guards in capitals and with "ſ"', async () => {
    const { findNumbers } = await import('../../lib/claims/numbers');
    const found = (s: string) => findNumbers(s, 0, s.length).map((n) => [n.text, n.value, n.unit]);
    expect(found('TWO HUNDRED people left.')).toEqual([['TWO HUNDRED', 200, 'count']]);
    // (its value is NaN as before this pre-check: ORDINALS has no "ſecond"; reported, left as it was)
    expect(found('It is the ſecond-largest city.').map(([text, , unit]) => [text, unit])).toEqual([['ſecond-largest', 'rank']]);
    expect(found('Only THE THIRD private craft flew.')).toEqual([['THIRD', 3, 'rank']]);
  });
});
