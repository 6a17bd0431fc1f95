import { describe, expect, it } from 'vitest';
import { findNumbers, followingWord } from '../../lib/claims/numbers';

const nums = (s: string) => findNumbers(s, 0, s.length).map((n) => ({ v: n.value, u: n.unit, t: n.text, c: n.counted }));

describe('findNumbers', () => {
  it('reads counts with separators and words, with what they count', () => {
    expect(nums('Some 20,000 Ukrainian children and two million people fled.')).toEqual([
      { v: 20000, u: 'count', t: '20,000', c: 'children' },
      { v: 2e6, u: 'count', t: 'two million', c: 'people' },
    ]);
    expect(nums('Delegates from 31 countries to discuss security.')).toEqual([{ v: 31, u: 'count', t: '31', c: 'countries' }]);
  });

  it('reads money with currencies and multipliers', () => {
    const out = nums('The EU pledged $1.5bn and €300 million, plus 40 euros each.');
    expect(out.map((n) => [n.v, n.u])).toEqual([
      [1.5e9, 'USD'],
      [3e8, 'EUR'],
      [40, 'EUR'],
    ]);
  });

  it('reads an age after a name and a comma with one white space (any \\s), and no other figure so', () => {
    expect(nums('John Smith, 45, said so.').map((n) => n.u)).toEqual(['age']);
    expect(nums('John Smith,\u00a045, said so.').map((n) => n.u)).toEqual(['age']);
    expect(nums('It was O’Neill, 7, who won.').map((n) => n.u)).toEqual(['age']);
    // no space, two spaces, a semicolon, no capital before, or a figure of 120 and more: no age
    for (const s of ['John Smith,45, said so.', 'John Smith,  45, said so.', 'John Smith; 45, said so.', 'the smiths, 45, said so.', 'John Smith, 130, said so.']) {
      expect(nums(s).map((n) => n.u), s).not.toContain('age');
    }
  });

  it('reads percentages and ranks', () => {
    expect(nums('About 75% of voters and 12.5 percent of firms')).toEqual([
      { v: 75, u: '%', t: '75%', c: 'voters' },
      { v: 12.5, u: '%', t: '12.5 percent', c: 'firms' },
    ]);
    expect(nums('It is the third-largest economy.')).toEqual([{ v: 3, u: 'rank', t: 'third-largest', c: undefined }]);
    expect(nums('It is the third major fire this year.')).toEqual([{ v: 3, u: 'rank', t: 'third', c: undefined }]);
    expect(nums('in the second quarter, for the first time')).toEqual([]);
  });

  it('leaves out years, dates, times and model names, unless a year-like figure counts something', () => {
    expect(nums('Since 2022, on March 27 at 10 a.m., the G7 sent F-16 jets. date 2025-03-27')).toEqual([]);
    expect(nums('In 2022 some 1990 people left.')).toEqual([{ v: 1990, u: 'count', t: '1990', c: 'people' }]);
    expect(nums('one recent example')).toEqual([]);
  });

  it('reads ranges, and years after a preposition or article as years', () => {
    expect(nums('between 20-30 people')).toEqual([
      { v: 20, u: 'count', t: '20', c: undefined },
      { v: 30, u: 'count', t: '30', c: 'people' },
    ]);
    expect(nums('before the 2024 elections, 2024 elections were held')).toEqual([{ v: 2024, u: 'count', t: '2024', c: 'elections' }]);
    expect(nums('on 27/03/2025 and 2025-03')).toEqual([]);
  });

  it('finds the counted noun of a number with nothing after it', () => {
    const s = 'the return of the children abducted by Russia since the invasion in 2022, numbered by Ukrainian authorities at 20,000.';
    expect(nums(s)).toEqual([{ v: 20000, u: 'count', t: '20,000', c: 'children' }]);
  });

  it('leaves out dates, times and codes by the characters next to the figure', () => {
    const texts = (s: string) => findNumbers(s, 0, s.length).map((n) => n.text);
    expect(texts('The F-16 and the G7 met at 10:30 on 2025-03-27.')).toEqual([]);
    // a range stays; "am", "P.M." and "A.M." after one space of any kind (here a no-break space) are times
    expect(texts('Between 20-30 people came at 10 am, not 11 P.M. or 9\u00a0A.M.')).toEqual(['20', '30']);
    // letters outside ASCII and outside the Basic Multilingual Plane count as letters before a figure
    expect(texts('é-16 and 𝐀12 rose, and on March 5, 2024 some 40 people came')).toEqual(['40']);
    // a month right before a day, in any case and abbreviated; not across two spaces
    const starts = (s: string) => findNumbers(s, 0, s.length).map((n) => n.start);
    expect(starts('By Sept. 5 the 5 ships left.')).toEqual([15]);
    expect(starts('ON MAY 3 they met 3 envoys')).toEqual([18]);
    expect(starts('By Sept.\u00a0 5 the 5 ships left.')).toEqual([10, 16]);
  });

  it('reads the noun after a number the same when the words after it run past the first 32 characters', () => {
    const counted = (s: string) => findNumbers(s, 0, s.length).map((n) => [n.text, n.counted]);
    // a word cut at 32 characters would read as the plural "aaa…as"; the whole word is no plural
    expect(counted(`7 ${'a'.repeat(30)}sbcd boats sank.`)).toEqual([['7', 'boats']]);
    // a word ending one character before the cut, where the hyphenated whole goes on past it
    expect(counted(`7 ${'a'.repeat(29)}s-x boats sank.`)).toEqual([['7', 'boats']]);
  });
});

describe('followingWord', () => {
  const units = 'dollar dollars euro euros pound pounds yuan yen rouble roubles ruble rubles hryvnia hryvnias rupees km kilometres kilometers miles mile kg tonnes tons barrels degrees hectares metres meters mph mw gw kwh sq'.split(' ');
  const reference = (s: string): string => /^\s(\p{L}+)/u.exec(s.slice(0, 20))?.[1]?.toLowerCase() ?? '';

  it('gives each currency and measure word lowercased, in any case, and ends it as the pattern does', () => {
    for (const w of units) {
      for (const form of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]) {
        expect(followingWord(`5 ${form}, then`, 1), form).toBe(w);
        expect(followingWord(`5 ${form}`, 1), form).toBe(w);
      }
    }
    // the Kelvin sign lowercases to "k": "Km" is read as "km"
    expect(followingWord('5 \u212Am away', 1)).toBe('km');
  });

  it('gives any other word as the pattern does, or nothing', () => {
    const others = ['people', 'eurozone', 'kgs', 'mil', 'é', 'Élan', 'a', 'x'.repeat(40), 'dollarsx', 'kilometress', 'yuanx', 'Straße'];
    let words = 0;
    for (const w of others) {
      const s = ` ${w} more`;
      const got = followingWord(s, 0);
      expect(got === '' || got === reference(s), w).toBe(true);
      if (got) words++;
    }
    // words outside ASCII are still given whole
    expect(words).toBeGreaterThan(0);
    expect(followingWord('5,no space', 1)).toBe('');
    // an ASCII word of no unit word's length and first letter is not read
    expect(followingWord(' eurozone', 0)).toBe('');
    expect(followingWord(' x', 0)).toBe('');
  });
});

describe('findNumbers places in a standing (the pattern run only where a figure has its ordinal suffix)', () => {
  /** The standing pattern of numbers.ts, run here on every text. */
  const STANDING =
    /\b(\d{1,3}(?:st|nd|rd|th))\s+in\s+the\s+(?:table|standings|league|division|conference|world|rankings?|polls?|country|nation|region)\b|\b(?:ranked|ranks|rank|lie|lies|lying|sit|sits|sitting|placed|finished)\s+(\d{1,3}(?:st|nd|rd|th))\b/giu;
  const pieces = ['ranked ', 'Finished ', '14th', '3RD', '2ſt', '22nd', ' in the table', ' in the world', 'the second-largest ', 'its third ', '5 ', '.', 'x'];

  it('finds every place the pattern finds in a range with a rank, also at the range’s end, in capitals or with "ſ"', () => {
    let seed = 11;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    let found = 0;
    for (let t = 0; t < 3000; t++) {
      // (the ranges read for standings are those with a rank word, an ordinal after "the", or a figure with its suffix before a separator)
      let text = ['the second-largest ', 'its third ', '1st-ever ', ''][t % 4]!;
      for (let k = 1 + next(5); k > 0; k--) text += pieces[next(pieces.length)]!;
      if (t % 4 === 3) text += '.';
      const ranks = findNumbers(text, 0, text.length).filter((n) => n.unit === 'rank');
      STANDING.lastIndex = 0;
      for (let m = STANDING.exec(text); m; m = STANDING.exec(text)) {
        const word = (m[1] ?? m[2])!;
        const start = m.index + m[0].indexOf(word);
        expect(ranks.some((n) => n.start <= start && start < n.end), JSON.stringify(text)).toBe(true);
        found++;
      }
    }
    expect(found).toBeGreaterThan(100);
    expect(nums('the second-largest club, ranked 14th').map((n) => [n.v, n.t])).toEqual([
      [2, 'second-largest'],
      [14, '14th'],
    ]);
  });
});

describe('findNumbers values', () => {
  it('are what Number gives the figure without its commas, for whole and decimal figures of any length', () => {
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const digits = (n: number): string => Array.from({ length: n }, () => String(next(10))).join('');
    let read = 0;
    for (let t = 0; t < 2000; t++) {
      const whole = t % 3 === 0 ? `${1 + next(999)}${',' + digits(3)}${t % 2 ? ',' + digits(3) : ''}` : digits(1 + next(18));
      const figure = t % 4 === 0 ? whole : `${whole}.${digits(1 + next(8))}`;
      const text = `Some ${figure} people came.`;
      const got = findNumbers(text, 0, text.length).find((n) => n.start === 5);
      if (!got) continue;
      read++;
      expect(got.value, figure).toBe(Number(figure.replace(/,/g, '')));
    }
    expect(read).toBeGreaterThan(1500);
  });
});

describe('findNumbers addresses and references', () => {
  const figures = (s: string) => findNumbers(s, 0, s.length).map((n) => n.text);

  it('drops the figures of an address or a DOI, with or without a period, after capitals or a colon', () => {
    for (const s of ['Suite 350 of the tower.', 'Ste. 12 of the tower.', 'Apt 4 of the tower.', 'Floor  9 of the tower.', 'Box\t77 of the tower.', 'Room. 101 of the tower.', 'CA 94107 is the code.', 'DOI: 10.1007/978-3 is cited.', 'DOI 10.1007/978-3 is cited.', 'at 520 Third Street today.', 'see doi.org/10.1000/182 here.']) {
      expect(figures(s), s).toEqual([]);
    }
  });

  it('keeps figures after other words, and two capitals before a figure of other than five digits', () => {
    expect(figures('They sent 350 troops.')).toEqual(['350']);
    expect(figures('The boxes held 77 rounds.')).toEqual(['77']);
    expect(figures('A roomful of 101 people.')).toEqual(['101']);
    expect(figures('The US 350 troops left.')).toEqual(['350']);
    expect(figures('About 520 more people came.')).toEqual(['520']);
  });
});
