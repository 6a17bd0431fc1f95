import { describe, expect, it } from 'vitest';
import { PRE_SOURCE_PATTERNS, findSource, subjectMayEndBefore } from '../../lib/claims/source';

describe('findSource', () => {
  it('reads "according to" and "by" attributions', () => {
    expect(findSource('Unemployment fell to 4%, according to the Office for National Statistics.')).toBe('Office for National Statistics');
    expect(findSource('According to data from the World Bank, growth slowed.')).toBe('World Bank');
    expect(findSource('the children abducted since 2022, numbered by Ukrainian authorities at 20,000.')).toBe('Ukrainian authorities');
    expect(findSource('Figures published by the health ministry show 300 cases.')).toBe('health ministry');
  });

  it('reads a subject that estimates or reports', () => {
    expect(findSource('The IMF estimates growth of 3% next year.')).toBe('IMF');
    expect(findSource('Ukrainian authorities reported 12 deaths.')).toBe('Ukrainian authorities');
  });

  it('returns null without a stated source', () => {
    expect(findSource('He estimates nothing. The sky was grey.')).toBeNull();
    expect(findSource('Prices rose by 3% in May.')).toBeNull();
  });

  it('finds a subject and its verb however far into the sentence, after the verbs written inside other words', () => {
    // "input" and "Reporters" hold no verb; the subject ends right before "estimated"
    expect(findSource('After weeks of input from Reporters in the field and a long wait, the Bank of South Korea estimated growth at 2%.')).toBe('South Korea');
    expect(findSource('Officials in Kyiv, input aside, say Ukrainian Interior Ministry Data Office counted 300 cases.')).toBe('Ukrainian Interior Ministry Data Office');
    expect(findSource('In the long, long, long, long, long run, the Office puts the total at 5.')).toBe('Office');
  });
});

describe('subjectMayEndBefore', () => {
  // the subject and the white space of SUBJECT_VERB, as a look-behind: true exactly where some subject and \s+ end at v
  const SUBJECT_BEFORE = /(?<=(?:(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}?(?:[\p{Lu}][\p{L}’'.-]*|officials|authorities|ministry|government|agency|police|office|statisticians|researchers|data|figures|report|study|survey|analysis|poll))\s+)/uy;
  const agrees = (s: string): void => {
    for (let v = 0; v <= s.length; v++) {
      SUBJECT_BEFORE.lastIndex = v;
      expect([s, v, subjectMayEndBefore(s, v)]).toEqual([s, v, SUBJECT_BEFORE.test(s)]);
    }
  };

  it('agrees with the pattern at every offset of sentences with and without subjects', () => {
    for (const s of [
      'The IMF estimates growth of 3% next year.',
      'Ukrainian authorities reported 12 deaths, the police  found 3 and the data\u00a0put it at 5.',
      'he said the O’Neill-Smith. report found nothing; xofficials put Éire and ÖSTERREICH  says',
      'prices in the U.S. rose, Kyiv’s figures\tshow it, a poll  estimated',
      '  leading spaces and trailing ones  ',
      '',
    ]) agrees(s);
  });

  it('agrees with the pattern on generated texts', () => {
    const parts = ['The', 'IMF', 'police', 'officials', 'xpoll', 'data', 'O’Neill', "d'Arc", 'U.S.', 'A-B', 'é', 'Éa', 'ß', '3', '(', ',', ' ', '  ', '\t', '\u00a0', 'said'];
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let t = 0; t < 300; t++) {
      let s = '';
      for (let k = next(8); k >= 0; k--) s += parts[next(parts.length)];
      agrees(s);
    }
  });

  it('answers true at a surrogate, where a letter outside the BMP may be a capital', () => {
    expect(subjectMayEndBefore('𝐀 estimates', 3)).toBe(true);
  });
});

describe('the pre-patterns of the source patterns', () => {
  it('match wherever their patterns do', () => {
    expect(PRE_SOURCE_PATTERNS.length).toBe(3);
    const parts = ['data', 'DATA', 'figures', 'figureſ', 'statistics', 'ſtatistics', 'estimates', 'numbers', 'a report', 'A Study', 'a survey', 'a poll', 'research', 'an analysis', 'from', 'FROM', 'by', 'published by', 'publiſhed by', 'released by', 'compiled by', 'numbered', 'estimated', 'eſtimated', 'put', 'counted', 'registered', 'the', 'Eurostat', 'UN', 'é', '\u212a', ' ', '  ', '\n', ',', '.'];
    let seed = 5;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const matched = PRE_SOURCE_PATTERNS.map(() => 0);
    const written = ['Data released by Eurostat', 'FIGURES COMPILED BY THE UN', 'a report publiſhed by X', 'numbers from Y', 'an analysis by Z', 'Tallied by the UN', 'regiſtered by them',
      ...['per the WHO', 'Per\nNASA', 'per\tthe UN', 'as per Eurostat', 'per  É', 'Per the Office for National Statistics', '(per NASA)', 'per\u00a0UN', 'pER UN', 'per \u212a', 'per the ÖVP', 'Per Reuters', 'figures per Eurostat'],
    ];
    for (let t = 0; t < 20000 + written.length; t++) {
      let text = written[t - 20000] ?? '';
      for (let k = 2 + next(7); t < 20000 && k > 0; k--) text += parts[next(parts.length)]! + (next(4) ? ' ' : '');
      PRE_SOURCE_PATTERNS.forEach(([pattern, needs], i) => {
        if (!pattern.test(text)) return;
        matched[i]!++;
        expect(needs.test(text), `${pattern.source.slice(0, 30)}: ${JSON.stringify(text)}`).toBe(true);
      });
    }
    for (const m of matched) expect(m, JSON.stringify(matched)).toBeGreaterThan(10);
  });
});
