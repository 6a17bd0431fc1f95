import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../lib/claims/numbers';
import { scanSentence } from '../../lib/claims/lexicon';
import { splitSentences } from '../../lib/claims/sentences';
import { DIGIT, NUMBER_WORD, nextDigit, parseWordNumber, wordFlags } from '../../lib/claims/word-numbers';

// The pre-checks read a page once it is asked about a second time (an index of its digits and number
// words); before that they read the characters of the range. Both ways must give the same answers,
// for every range, including ranges that cut a word or a figure.

let fresh = 0;
/** The text with an ending never used before (after a space), so that its first reading is by characters. */
const unseen = (s: string): string => `${s} #${fresh++}`;

const SAMPLE =
  'Some x-twenty-one-year ſix hundred and one and one, TWO Hundred; half a million, tens of thousands of ' +
  'seventeen people paid US$ 5 million, $ 12,345.5bn and 12345,678 items on 5 March; the 3RD-largest and the third ' +
  'biggest fell 5 % or 3 per cent or 2 percentage points in 2025, at 10:30 am.';

describe('the page index of the number pre-checks', () => {
  it('gives wordFlags the flags a reading of the range gives, for every range', () => {
    const indexed = unseen(SAMPLE);
    wordFlags(indexed, 0, 1);
    wordFlags(indexed, 0, 1); // now indexed
    let differ = 0;
    let numberWords = 0;
    for (let a = 0; a <= SAMPLE.length; a += 3) {
      for (let b = a; b <= SAMPLE.length; b += 2) {
        const expected = wordFlags(unseen(SAMPLE), a, b);
        if (wordFlags(indexed, a, b) !== expected) differ++;
        if (expected & NUMBER_WORD) numberWords++;
      }
    }
    expect(numberWords).toBeGreaterThan(100);
    expect(differ).toBe(0);
  });

  it('gives nextDigit the digit a reading of the characters gives, asked in order, backwards and at random', () => {
    const indexed = unseen(SAMPLE);
    wordFlags(indexed, 0, 1);
    wordFlags(indexed, 0, 1); // now indexed
    const plain = unseen(SAMPLE); // read by characters
    const asks: Array<[number, number]> = [];
    for (let i = 0; i <= SAMPLE.length; i++) for (const span of [1, 4, 30, SAMPLE.length]) asks.push([i, Math.min(SAMPLE.length, i + span)]);
    let seed = 11;
    const shuffled = [...asks].sort(() => ((seed = (seed * 48271) % 2147483647) % 3) - 1);
    let found = 0;
    for (const order of [asks, [...asks].reverse(), shuffled]) {
      for (const [i, to] of order) {
        const expected = nextDigit(plain, i, to);
        expect(nextDigit(indexed, i, to), `${i}-${to}`).toBe(expected);
        if (expected >= 0) found++;
      }
    }
    expect(found).toBeGreaterThan(300);
  });

  it('indexes digits and words that touch each other or the ends of the text', () => {
    // the index cuts the text into runs of letters, of digits and of the rest: runs of two kinds side by side
    for (const body of ['12three4five', '7 seven', 'ten10ten', 'nine', '2025', 'ſix1ſeven', '§ 3,000—thousands']) {
      // indexed by the text itself, with no ending added: its first and last runs are the text's
      const indexed = `${body}`;
      wordFlags(indexed, 0, 1);
      wordFlags(indexed, 0, 1);
      for (let a = 0; a < body.length; a++) {
        for (let b = a + 1; b <= body.length; b++) {
          const plain = unseen(body);
          expect(wordFlags(indexed, a, b), `${body} ${a}-${b}`).toBe(wordFlags(plain, a, b));
          expect(nextDigit(indexed, a, b), `${body} ${a}-${b}`).toBe(nextDigit(plain, a, b));
        }
      }
    }
  });

  it('cuts the words that cross the ends of the range', () => {
    const text = unseen('xtwo seventeen');
    wordFlags(text, 0, 1);
    wordFlags(text, 0, 1);
    expect(wordFlags(text, 1, 4)).toBe(NUMBER_WORD); // "two" out of "xtwo"
    expect(wordFlags(text, 5, 10)).toBe(NUMBER_WORD); // "seven" out of "seventeen"
    expect(wordFlags(text, 6, 9)).toBe(0); // "eve"
    expect(wordFlags(text, 0, 4)).toBe(0); // "xtwo"
  });

  it('lets parseWordNumber start after the words that cannot begin a number and stop after the last number word', () => {
    const indexed = unseen(SAMPLE);
    wordFlags(indexed, 0, 1);
    wordFlags(indexed, 0, 1);
    let differ = 0;
    let found = 0;
    for (let a = 0; a <= SAMPLE.length; a += 2) {
      for (let b = a; b <= SAMPLE.length; b += 3) {
        // on a text not seen before, parseWordNumber reads every token of the range
        const expected = JSON.stringify(parseWordNumber(unseen(SAMPLE), a, b));
        if (JSON.stringify(parseWordNumber(indexed, a, b)) !== expected) differ++;
        if (expected !== '[]') found++;
      }
    }
    expect(found).toBeGreaterThan(100);
    expect(differ).toBe(0);
  });

  it('gives findNumbers the same numbers whether the page is indexed or not', () => {
    const indexed = unseen(SAMPLE);
    wordFlags(indexed, 0, 1);
    wordFlags(indexed, 0, 1);
    let differ = 0;
    for (let a = 0; a <= SAMPLE.length; a += 5) {
      for (let b = a; b <= SAMPLE.length; b += 7) {
        if (JSON.stringify(findNumbers(indexed, a, b)) !== JSON.stringify(findNumbers(unseen(SAMPLE), a, b))) differ++;
      }
    }
    expect(differ).toBe(0);
  });
});

describe('the rank patterns, run only at an ordinal that fits what follows or goes before it', () => {
  it('find the same ranks on an indexed page as on one read by characters', () => {
    const words = ['second', 'THIRD', 'Fourth', 'ſecond', 'tenth', '2nd', '3RD', 'the', 'THE', 'its', 'itſ', 'Their', 'only', 'largest', 'LARGEST', 'Largeſt', 'moſt', 'most', 'mostly', 'least', 'best', 'richestémoi', 'time', 'major', 'x', 'é'];
    const gaps = [' ', '-', '  ', '\n', ', ', '—', '', '\u00a0'];
    let seed = 21;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    let ranks = 0;
    for (let t = 0; t < 1500; t++) {
      let body = '';
      for (let k = 2 + next(7); k > 0; k--) body += words[next(words.length)]! + gaps[next(gaps.length)]!;
      const indexed = unseen(body);
      wordFlags(indexed, 0, 1);
      wordFlags(indexed, 0, 1); // now indexed
      for (const [a, b] of [[0, body.length], [next(body.length), body.length], [0, next(body.length + 1)]] as Array<[number, number]>) {
        const expected = findNumbers(unseen(body), a, b);
        expect(findNumbers(indexed, a, b), `${JSON.stringify(body)} ${a}-${b}`).toEqual(expected);
        ranks += expected.filter((n) => n.unit === 'rank').length;
      }
    }
    expect(ranks).toBeGreaterThan(300);
  });
});

describe('the page index noted by the sentence scan', () => {
  // scanSentence notes the runs of the tokens it reads; wordFlags makes them the page's index only when the
  // ranges read held every letter and digit, in order, without cutting a run: its answers are those of a reading
  // of the characters either way
  const PARTS = ['two', 'Three', 'ſix', 'seventeen', 'thousand', 'tens', 'third', 'x', 'tenth', '12', '3rd', '2025', 'U.S.', 'AT&T', 'twenty-one', 'café', 'é', 'ß', '𝐀', '\u212aelvin', "it's", '’', '-', '.', ',', ' ', '  ', '\n', '5%', '_9'];
  let seed = 5;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const texts = [SAMPLE, 'Twenty-one, 3RD-largest. Tens of thousands!\nSeventeen people.', '2', 'ten'];
  for (let t = 0; t < 200; t++) {
    let s = '';
    for (let k = 3 + next(25); k > 0; k--) s += PARTS[next(PARTS.length)];
    texts.push(s);
  }
  /** Whether the flags and digits of every range (a few per text) are a reading's once `ranges` were scanned. */
  const agrees = (body: string, ranges: Array<[number, number]>, readEnding = true): void => {
    // the ending unseen() adds (" #12") is read last, as a sentence of its own
    const text = unseen(body);
    for (const [a, b] of readEnding ? [...ranges, [body.length, text.length] as [number, number]] : ranges) scanSentence(text, a, b, [], [], []);
    const differ: string[] = [];
    for (let a = 0; a < body.length; a += 1 + next(6)) {
      for (let b = a + 1; b <= body.length; b += 1 + next(12)) {
        const plain = unseen(body);
        if (wordFlags(text, a, b) !== wordFlags(plain, a, b) || nextDigit(text, a, b) !== nextDigit(plain, a, b)) differ.push(`${a}-${b}`);
      }
    }
    expect(differ, JSON.stringify(body)).toEqual([]);
  };

  it('answers as a reading of the characters after a scan of the sentences', () => {
    for (const body of texts) agrees(body, splitSentences(body).map((s): [number, number] => [s.start, s.end]));
  });

  it('answers as a reading of the characters after a scan that cuts runs, skips some or goes back', () => {
    for (const body of texts) {
      const n = body.length;
      const cut = 1 + next(Math.max(1, n - 1));
      // cut anywhere; the second half alone (the first half unread); the whole text, then its start again
      agrees(body, [[0, cut], [cut, n]]);
      agrees(body, [[cut, n]]);
      agrees(body, [[0, n], [0, cut]]);
      // the start alone, or all but the ending (which holds digits)
      agrees(body, [[0, cut]], false);
      agrees(body, [[0, n]], false);
    }
  });

  it('is not mistaken for the index of the text scanned before, nor of a text read later', () => {
    const a = unseen('seventeen 12');
    const b = unseen('nothing here');
    scanSentence(a, 0, a.length, [], [], []);
    expect(wordFlags(b, 0, 12)).toBe(0);
    expect(wordFlags(a, 0, 12)).toBe(NUMBER_WORD | DIGIT);
  });
});

describe('figures read by characters as the NUMERIC pattern reads them', () => {
  const read = (s: string) => findNumbers(s, 0, s.length).map((n) => [n.text, n.value, n.unit]);

  it('takes a currency sign up to a space before the figure, and a space before the multiplier or percent', () => {
    expect(read('They paid US$ 5 million to them.')).toEqual([['US$ 5 million', 5e6, 'USD']]);
    expect(read('They paid $ 7 to them.')).toEqual([['$ 7', 7, 'USD']]);
    expect(read('It fell 5 % and 3 per cent and 2 percentage points.').map(([t, , u]) => [t, u])).toEqual([
      ['5 %', '%'],
      ['3 per cent', '%'],
      ['2 percentage points', '%'],
    ]);
    // "percentagepoints": no \b after "percentage point", so no percent
    expect(read('2 percentagepoints').map(([, , u]) => u)).not.toContain('%');
  });

  it('groups thousands only after one to three digits', () => {
    // "12345,678": too many digits for a group, so "12345" and then "678"
    expect(read('Some 12345,678 items').map(([t]) => t)).toEqual(['12345', '678']);
    expect(read('Some 1,234,567 items')).toEqual([['1,234,567', 1234567, 'count']]);
  });

  it('finds an ordinal figure only with its suffix before "-" or " ", in either case', () => {
    expect(read('the 3RD-largest city').map(([t, v, u]) => [t, v, u])).toContainEqual(['3RD-largest', 3, 'rank']);
    expect(read('the 3rdlargest city').map(([, , u]) => u)).not.toContain('rank');
  });

  it('drops a day of the month next to a month name, read only when a month can start there', () => {
    expect(read('It happened on 5 March in Kyiv.')).toEqual([]);
    expect(read('It happened on March 5, in Kyiv.')).toEqual([]);
    expect(read('Some 5 marchers came.')).toEqual([['5', 5, 'count']]);
  });
});
