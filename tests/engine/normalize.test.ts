import { describe, expect, it } from 'vitest';
import {
  codesToString, F_MARK, F_UPPER, F_WORD, normalizeAlias, normalizeText,
} from '../../lib/engine/normalize';

const fold = (s: string): string => codesToString(normalizeText(s).codes);

describe('normalizeText', () => {
  it('keeps the length of the input, unit for unit', () => {
    for (const s of ['Zelenskyy’s', 'Łódź – “Ünïcödé”', 'e\u0301cole', 'a😀b', 'İstanbul', 'x\u00a0y']) {
      expect(normalizeText(s).codes.length).toBe(s.length);
      expect(fold(s).length).toBe(s.length);
    }
  });

  it('folds case and strips diacritics', () => {
    expect(fold('Émile Zola')).toBe('emile zola');
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('Øresund')).toBe('oresund');
    expect(fold('İSTANBUL')).toBe('istanbul');
  });

  it('unifies apostrophes, quotes, dashes and spaces', () => {
    expect(fold('Witkoff’s ‘x’ “y” «z»')).toBe(`witkoff's 'x' "y" "z"`);
    expect(fold('a‐b‑c‒d–e—f−g')).toBe('a-b-c-d-e-f-g');
    expect(fold('a\u00a0b\u202fc\td')).toBe('a b c d');
    expect(fold('a\r\nb')).toBe('a\n\nb');
  });

  it('keeps case and word information of the original in flags', () => {
    const { flags } = normalizeText('Ab1 ');
    expect(flags[0]! & F_UPPER).toBeTruthy();
    expect(flags[1]! & F_UPPER).toBe(0);
    expect(flags[2]! & F_WORD).toBeTruthy();
    expect(flags[3]! & F_WORD).toBe(0);
  });

  it('marks combining marks as part of a word and leaves surrogate pairs unchanged', () => {
    const s = 'e\u0301';
    const { flags } = normalizeText(s);
    expect(flags[1]! & F_MARK).toBeTruthy();
    const emoji = normalizeText('😀');
    expect(codesToString(emoji.codes)).toBe('😀');
    expect(emoji.flags[0]! & F_WORD).toBe(0);
    const math = normalizeText('𝐀'); // a letter outside the BMP
    expect(math.flags[0]! & F_WORD).toBeTruthy();
  });
});

describe('normalizeAlias', () => {
  it('drops marks, collapses and trims spaces', () => {
    expect(normalizeAlias('  Jose\u0301   Mari\u0301a ')).toBe('jose maria');
    expect(normalizeAlias('O’Brien')).toBe("o'brien");
    expect(normalizeAlias('U.S.')).toBe('u.s.');
  });
});
