import { describe, expect, it } from 'vitest';
import { countWords } from '../../lib/claims/chars';
import { findQuotes, maskQuotes } from '../../lib/claims/quotes';
import { quoteMarksOf, splitLines, splitSentences } from '../../lib/claims/sentences';

describe('findQuotes', () => {
  it('finds curly and straight double quotations with their inner text', () => {
    const text = '“God bless they will,” he said. She replied: "We will see about that."';
    const q = findQuotes(text);
    expect(q.map((x) => x.text)).toEqual(['God bless they will,', 'We will see about that.']);
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe('“God bless they will,”');
    expect(text.slice(q[1]!.innerStart, q[1]!.innerEnd)).toBe('We will see about that.');
  });

  it('keeps a multi-sentence quotation whole and finds fragments inside a sentence', () => {
    const text = 'He said the plan would “not bring us closer to peace” and “weaken the pressure.” Later: “One. Two. Three more words.”';
    expect(findQuotes(text).map((x) => x.text)).toEqual(['not bring us closer to peace', 'weaken the pressure.', 'One. Two. Three more words.']);
  });

  it('ignores scare quotes, apostrophes and lets an open quotation end with its line', () => {
    const text = 'The so-called “reset” failed. The country’s ‘plan’ stalled.\n“This runs on into the next paragraph\nNext line.';
    const q = findQuotes(text);
    expect(q.map((x) => x.text)).toEqual(['This runs on into the next paragraph']);
    expect(q[0]!.end).toBe(text.indexOf('\nNext'));
  });

  it('finds European quotation marks', () => {
    const q = (s: string) => findQuotes(s).map((x) => x.text);
    expect(q('Hän sanoi: ”Tämä on hyvä päivä meille.” Sitten hän lähti.')).toEqual(['Tämä on hyvä päivä meille.']);
    expect(q('Er sagte: „Das ist ein guter Tag.“ Dann ging er.')).toEqual(['Das ist ein guter Tag.']);
    expect(q('Er sagte: »Das ist ein guter Tag.« Dann ging er.')).toEqual(['Das ist ein guter Tag.']);
    expect(q('Il a dit : « C’est une bonne journée. » Puis il est parti.')).toEqual(['C’est une bonne journée.']);
    expect(q('“A closing mark” he said, and ”not a quote')).toEqual(['A closing mark']);
  });

  it('finds curly single quotations', () => {
    expect(findQuotes('He warned: ‘We are running out of time.’ Then he left.').map((x) => x.text)).toEqual(['We are running out of time.']);
  });

  it('masks quotations without moving offsets', () => {
    const text = 'A “quoted bit of text” here.';
    const masked = maskQuotes(text, findQuotes(text));
    expect(masked.length).toBe(text.length);
    expect(masked).toBe('A """""""""""""""""""" here.');
  });
});

describe('findQuotes at the edges of its character tests', () => {
  it('counts words as countWords does, outside ASCII and across odd white space too', () => {
    // U+0663 is an Arabic-Indic digit (\p{N}), U+1D400 a letter outside the BMP, U+2003 and U+00A0 white space
    const text = 'He said: “\u0663\u0663 days\u2003and \u{1D400}\u00a0nights — ok” and “a \u2014 b” then.';
    const q = findQuotes(text);
    expect(q.map((x) => x.words)).toEqual([6]);
    expect(q[0]!.words).toBe(countWords(q[0]!.text, true));
    // "a — b" has two words and no punctuation of its own: a scare quote
    expect(q.map((x) => x.text)).toEqual(['\u0663\u0663 days\u2003and \u{1D400}\u00a0nights — ok']);
  });

  it('trims the quoted words of any white space and keeps offsets', () => {
    // (a straight quote before white space does not open: “ does)
    const text = 'Then: “\u00a0 we will win this war,\u3000” he said.';
    const q = findQuotes(text);
    expect(q.map((x) => x.text)).toEqual(['we will win this war,']);
    expect(text.slice(q[0]!.innerStart, q[0]!.innerEnd)).toBe('we will win this war,');
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe('“\u00a0 we will win this war,\u3000”');
    expect(findQuotes('Then: "\u00a0 we will win this war,\u3000" he said.')).toEqual([]);
  });

  it('opens a straight quote only after a space or an opening bracket or dash, and closes “…’’', () => {
    expect(findQuotes('He wrote 5"3 and then "left the room at once" too.').map((x) => x.text)).toEqual(['left the room at once']);
    expect(findQuotes('(—"We stay here now," she said.)').map((x) => x.text)).toEqual(['We stay here now,']);
    const text = 'He said “we are not leaving here’’ and left.';
    const q = findQuotes(text);
    expect(q.map((x) => x.text)).toEqual(['we are not leaving here']);
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe('“we are not leaving here’’');
  });

  it('reads ’ before a letter outside ASCII as an apostrophe, and ” before a digit as an opening', () => {
    expect(findQuotes('She said ‘the café’é is a place for us’ then.').map((x) => x.text)).toEqual(['the café’é is a place for us']);
    expect(findQuotes('Hän sanoi ”2024 oli hyvä vuosi” eilen.').map((x) => x.text)).toEqual(['2024 oli hyvä vuosi']);
  });
});

describe('findQuotes over many lines', () => {
  it('finds quotations on lines after lines without marks, and none in a line whose mark ended the line before', () => {
    const text = 'No marks here.\n\n“First quote is here now.”\nPlain line.\nAnother plain one.\nAnd “second one is also here” ok.\nLast ”';
    const q = findQuotes(text);
    expect(q.map((x) => x.text)).toEqual(['First quote is here now.', 'second one is also here']);
    for (const x of q) expect(text.slice(x.innerStart, x.innerEnd)).toBe(x.text);
  });
});

describe('the quotation marks of a whole text, read once', () => {
  // the marks are searched for once in the whole text: the quotations and sentences of each line must be those
  // of the line read alone (where the line is the whole text)
  const parts = ['“', '”', '"', '«', '»', '„', '‘', '’', '’’', '’’’', 'He said', ' it ', 'was good.', ' So it is! ', 'Mr. X', ' — ', '(', 'it’s', ' 3.5 ', 'Yes?', ' '];
  let seed = 17;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const texts: string[] = [];
  for (let t = 0; t < 400; t++) {
    let text = '';
    for (let l = 1 + next(4); l > 0; l--) {
      for (let k = 2 + next(14); k > 0; k--) text += parts[next(parts.length)];
      text += next(3) ? '\n' : '\n \n';
    }
    texts.push(text);
  }

  it('finds in each line the quotations of the line read alone', () => {
    let found = 0;
    for (const text of texts) {
      const whole = findQuotes(text).map((q) => JSON.stringify(q));
      const byLine = splitLines(text).flatMap((line) =>
        findQuotes(line.text).map((q) => JSON.stringify({ ...q, start: q.start + line.start, end: q.end + line.start, innerStart: q.innerStart + line.start, innerEnd: q.innerEnd + line.start })),
      );
      expect(whole, JSON.stringify(text)).toEqual(byLine);
      found += whole.length;
    }
    expect(found).toBeGreaterThan(100);
  });

  it('splits each line into the sentences of the line read alone (a quotation open on the line keeps its sentences together)', () => {
    let split = 0;
    for (const text of texts) {
      const whole = splitSentences(text).map((s) => JSON.stringify(s));
      const byLine = splitLines(text).flatMap((line, li) =>
        splitSentences(line.text).map((s) => JSON.stringify({ ...s, start: s.start + line.start, end: s.end + line.start, line: li })),
      );
      expect(whole, JSON.stringify(text)).toEqual(byLine);
      split += whole.length;
    }
    expect(split).toBeGreaterThan(400);
  });

  it('reads each mark once, a pair of apostrophes as one, and ’ alone as none', () => {
    const text = 'a “b” ‘c’ ’’ d ’’’ e"f «g» „h“';
    expect(quoteMarksOf(text).map((i) => text[i])).toEqual(['“', '”', '‘', '’', '’', '"', '«', '»', '„', '“']);
    expect(quoteMarksOf(text)).toEqual([2, 4, 6, 10, 15, 20, 23, 25, 27, 29]);
  });
});
