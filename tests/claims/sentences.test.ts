import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/claims/sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits plain sentences and keeps offsets into the text', () => {
    const text = 'The talks ended. Both sides left! Was it a failure? Nobody knows.';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(['The talks ended.', 'Both sides left!', 'Was it a failure?', 'Nobody knows.']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
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
