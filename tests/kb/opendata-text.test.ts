import { describe, expect, it } from 'vitest';
import { foldDiacritics, kebab, logScale, plainRomanised, roughPopulation, sentence, withArticle } from '../../lib/kb/opendata/text.ts';

describe('opendata text helpers', () => {
  it('folds Latin diacritics only', () => {
    expect(foldDiacritics('Kraków')).toBe('Krakow');
    expect(foldDiacritics('Łódź')).toBe('Lodz');
    expect(foldDiacritics('Malmö')).toBe('Malmo');
    expect(foldDiacritics('Україна')).toBe('Україна');
    expect(foldDiacritics('Китай')).toBe('Китай');
  });

  it('makes ASCII kebab ids', () => {
    expect(kebab('Ho Chi Minh City')).toBe('ho-chi-minh-city');
    expect(kebab("Xi'an")).toBe('xian');
    expect(kebab('Washington, D.C.')).toBe('washington-d-c');
    expect(kebab('Zürich')).toBe('zurich');
  });

  it('turns romanised names into plain English spellings', () => {
    expect(plainRomanised('Tol’yatti')).toBe('Tolyatti');
    expect(plainRomanised('Kandahār')).toBe('Kandahar');
  });

  it('adds "the" where English needs it', () => {
    expect(withArticle('United States')).toBe('the United States');
    expect(withArticle('Philippines')).toBe('the Philippines');
    expect(withArticle('Democratic Republic of the Congo')).toBe('the Democratic Republic of the Congo');
    expect(withArticle('Ukraine')).toBe('Ukraine');
    expect(sentence('Washington, D.C.')).toBe('Washington, D.C.');
    expect(sentence('Kyiv')).toBe('Kyiv.');
  });

  it('rounds populations and scales them logarithmically', () => {
    expect(roughPopulation(2_797_553)).toBe('2.8 million');
    expect(roughPopulation(10_381_222)).toBe('10 million');
    expect(roughPopulation(410_321)).toBe('410,000');
    expect(logScale(1e5, 5, 7, 0.2, 0.6)).toBe(0.2);
    expect(logScale(1e6, 5, 7, 0.2, 0.6)).toBe(0.4);
    expect(logScale(1e9, 5, 7, 0.2, 0.6)).toBe(0.6);
  });
});
