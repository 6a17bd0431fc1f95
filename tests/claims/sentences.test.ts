import { describe, expect, it } from 'vitest';
import { splitLines, splitSentences } from '../../lib/claims/sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits plain sentences and keeps offsets into the text', () => {
    const text = 'The talks ended. Both sides left! Was it a failure? Nobody knows.';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(['The talks ended.', 'Both sides left!', 'Was it a failure?', 'Nobody knows.']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads abbreviations in any case, and splits after words shaped like one (same length and ends) that are none', () => {
    // each abbreviation keeps the sentence whole in lower case, capitals and mixed case
    for (const w of ['mr', 'approx', 'Sept', 'BLVD', 'Univ', 'e.g', 'A.M']) expect(texts(`We saw ${w}. Then we left.`), w).toHaveLength(1);
    // "mer" like "mar", "dart" like "dept", "SALT" like "sept": the shape alone does not keep a sentence whole
    for (const w of ['mer', 'dart', 'SALT', 'cat']) expect(texts(`We saw ${w}. Then we left.`), w).toHaveLength(2);
    // a word outside ASCII is read as before: "ſt" and "İnc" lowercase to no abbreviation
    expect(texts('We saw ſt. Then we left.')).toHaveLength(2);
    expect(texts('We saw İnc. Then we left.')).toHaveLength(2);
  });

  it('splits each line of a text as it splits that line alone (the stops are looked up across lines)', () => {
    const text = 'Talks in Paris\nThey met! Was it over? Yes. No.\n\nNo stop in this line\r\nOne? Two! Three.\nWhat now?\nLast one. End';
    const whole = splitSentences(text);
    const alone = splitLines(text).flatMap((line, i) =>
      splitSentences(line.text).map((s) => ({ ...s, start: s.start + line.start, end: s.end + line.start, line: i })),
    );
    expect(whole).toEqual(alone);
    expect(whole.map((s) => s.text)).toEqual(['Talks in Paris', 'They met!', 'Was it over?', 'Yes.', 'No.', 'No stop in this line', 'One?', 'Two!', 'Three.', 'What now?', 'Last one.', 'End']);
  });

  it('does not split after abbreviations, initials, acronyms or inside decimals', () => {
    expect(texts('Mr. Smith met Dr. Jones in Sept. last year. The U.S. envoy J. D. Vance spoke. Growth was 1.5 percent.')).toEqual([
      'Mr. Smith met Dr. Jones in Sept. last year.',
      'The U.S. envoy J. D. Vance spoke.',
      'Growth was 1.5 percent.',
    ]);
  });

  it('ends a sentence after a dotted acronym when a typical sentence start follows', () => {
    expect(texts('He moved to the U.S. The move was quick.')).toEqual(['He moved to the U.S.', 'The move was quick.']);
  });

  it('ends a sentence after "Inc." or "etc." only before a typical sentence start', () => {
    expect(texts('Shares of Apple Inc. rose. The maker of Acme Inc. Software was sold.')).toEqual([
      'Shares of Apple Inc. rose.',
      'The maker of Acme Inc. Software was sold.',
    ]);
    expect(texts('He sold Acme Inc. The buyer paid cash.')).toEqual(['He sold Acme Inc.', 'The buyer paid cash.']);
  });

  it('keeps a quotation of several sentences inside one sentence', () => {
    expect(texts('“We are ready. We will go,” she said. Then she left.')).toEqual(['“We are ready. We will go,” she said.', 'Then she left.']);
    expect(texts('"It is over." Nobody answered.')).toEqual(['"It is over."', 'Nobody answered.']);
    expect(texts('Hon sa: ”Vi är klara. Vi går nu.” Sedan gick hon.')).toEqual(['Hon sa: ”Vi är klara. Vi går nu.”', 'Sedan gick hon.']);
    expect(texts('Er sagte: »Wir sind fertig. Wir gehen.« Dann ging er.')).toEqual(['Er sagte: »Wir sind fertig. Wir gehen.«', 'Dann ging er.']);
  });

  it('treats line breaks as hard boundaries and marks headlines', () => {
    const out = splitSentences('Talks in Paris\n\nThe leaders met on Monday and\nCaption: photo by AP');
    expect(out.map((s) => s.text)).toEqual(['Talks in Paris', 'The leaders met on Monday and', 'Caption: photo by AP']);
    expect(out.map((s) => s.heading)).toEqual([true, true, true]);
    expect(out.map((s) => s.line)).toEqual([0, 1, 2]);
    expect(splitSentences('A full sentence.')[0]!.heading).toBe(false);
    const long = 'The council voted on Tuesday to approve the plan for new homes on the old shipyard site after a long debate that ran late into the night';
    expect(splitSentences(long)[0]!.heading).toBe(false);
  });
});

describe('splitSentences and splitLines at the edges of their character tests', () => {
  it('reads a letter outside the Basic Multilingual Plane as one letter, a lone surrogate as none', () => {
    // "𝐀" (U+1D400, a capital) before a period is an initial; a lone surrogate is no letter
    expect(texts('He met \u{1D400}. Smith there. Then he left.')).toEqual(['He met \u{1D400}. Smith there.', 'Then he left.']);
    expect(texts('And x\uDC00. More words here.')).toEqual(['And x\uDC00.', 'More words here.']);
  });

  it('trims lines and sentences of every white space character and breaks lines at \\r too', () => {
    const text = 'Hello world.\r\n\r\n \u00a0Second line here.\u3000\rThird\u2003 ';
    expect(splitLines(text).map((l) => l.text)).toEqual(['Hello world.', 'Second line here.', 'Third']);
    const out = splitSentences(text);
    expect(out.map((s) => [s.text, s.line])).toEqual([['Hello world.', 0], ['Second line here.', 1], ['Third', 2]]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('takes a line without final punctuation for a heading up to 25 words, however they are spaced', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);
    expect(splitSentences(words(25).join(' \u00a0'))[0]!.heading).toBe(true);
    expect(splitSentences(words(26).join('\u2003'))[0]!.heading).toBe(false);
    expect(splitSentences(words(3).join(' ') + '.')[0]!.heading).toBe(false);
    // the shortest lines of 25 and 26 words
    expect(splitSentences(Array(25).fill('a').join(' '))[0]!.heading).toBe(true);
    expect(splitSentences(Array(26).fill('a').join(' '))[0]!.heading).toBe(false);
    expect(splitSentences(Array(26).fill('a').join('\t'))[0]!.heading).toBe(false);
  });

  it('ends a sentence before a capital outside ASCII, a digit or an opening mark, and after ! and ?', () => {
    expect(texts('Ünal wrote É. Ürün said. 1.5 percent. Then 2! (Brackets.) [Next]. «Guillemets» ok?')).toEqual([
      'Ünal wrote É. Ürün said.', '1.5 percent.', 'Then 2!', '(Brackets.)', '[Next].', '«Guillemets» ok?',
    ]);
  });
});
