/**
 * Rules drawn from real-page round 15 of the claims dev set (product and entertainment news, session 4;
 * see tests/devset/claims/README.md): figures that name things, series entries, product "will".
 * Every sentence here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { isDesignator } from '../../lib/claims/designators';
import { kindsOf } from '../../lib/claims/kinds';
import { findNumbers } from '../../lib/claims/numbers';

const figures = (s: string) => findNumbers(s, 0, s.length).map((n) => `${n.text}|${n.unit}`);

describe('figures that are part of a name', () => {
  it('are no numbers of the sentence: sequels, models, indexes and sizes before a product name', () => {
    expect(figures('The studio says Galaxy Raiders 3 sold 4 million copies.')).toEqual(['4 million|count']);
    expect(figures('The maker showed the Vantor Sportback 50 quattro and the Vantor Sportback 55 quattro.')).toEqual([]);
    expect(figures('The agency works for Fortune 500 companies in 12 countries.')).toEqual(['12|count']);
    expect(figures('Production of the Kelvo ID.4 began in March.')).toEqual([]);
    expect(figures('The new 14-inch PixelBook Pro weighs 1.4 kg.')).toEqual(['1.4 kg|kg']);
    expect(figures('The new 27-inch iMac costs $1,799.')).toEqual(['$1,799|USD']);
  });

  it('leave figures after a sentence opener, a month, a weekday, a currency, or before a capitalised word', () => {
    expect(figures('In 400 villages the water ran out.')).toEqual(['400|count']);
    expect(figures('Some 250 workers walked out.').map((f) => f.split('|')[0])).toEqual(['250']);
    expect(figures('The stall charges Rs 300 for ten minutes.').map((f) => f.split('|')[0])).toContain('300');
    expect(figures('Police Arrest 12 Protesters After March')).toEqual(['12|count']);
    expect(figures('The ministry said Tuesday 40 people were hurt.').map((f) => f.split('|')[0])).toContain('40');
    // a score is no name
    expect(isDesignator('Rovers beat Albion 2-1 on Saturday.', 0, 18, 19)).toBe(false);
  });

  it('reads the word before the figure, not past the range it is given', () => {
    const text = 'Xeno. 7 runners finished.';
    // the range opens at "7": nothing before it is read
    expect(isDesignator(text, 6, 6, 7)).toBe(false);
    expect(isDesignator('the Orbix 9 phone', 0, 10, 11)).toBe(true);
  });
});

describe('ordinals', () => {
  it('before a series of works named after them are a place in the series, not a rank', () => {
    expect(figures('The fourth Star Voyage film will open in May.')).toEqual([]);
    expect(figures('It is the third Harbour Tales book this year.')).toEqual([]);
    // a rank still: a place name and no work of a series after it
    expect(figures('He is the third Lisbon resident to catch the disease.')).toEqual(['third|rank']);
    expect(figures('It was the second major fire this month.')).toEqual(['second|rank']);
  });
});

describe('forecasts', () => {
  it('are not what a product will offer or have as standard', () => {
    const k = (s: string) => kindsOf(s, []);
    expect(k('A premium sound system will be available, as will heated seats.')).not.toContain('prediction');
    expect(k('The US version will come with standard mirrors.')).not.toContain('prediction');
    expect(k('The phone will also support wireless charging.')).not.toContain('prediction');
    expect(k('The company will offer the car in three colours.')).not.toContain('prediction');
    // still forecasts
    expect(k('Prices will rise again next year, the bank said.')).toContain('prediction');
    expect(k('The new model will sell well in Europe, analysts say.')).toContain('prediction');
  });

  it('include what is not expected until a later date', () => {
    expect(kindsOf('The first car on the platform isn’t expected until next year.', [])).toContain('prediction');
    expect(kindsOf('The bridge is not expected to reopen before spring.', [])).toContain('prediction');
  });
});
