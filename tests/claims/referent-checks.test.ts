import { describe, expect, it } from 'vitest';
import { isAcronym, lastWord, letterRunEnd, nextCapital, withoutPossessive } from '../../lib/claims/chars';
import { descriptorsBefore, hasPersonEvidence } from '../../lib/claims/descriptors';
import { findReferents, nameEnd } from '../../lib/claims/names';
import { ROLE_NOUNS, TITLES } from '../../lib/claims/lexicon';

/** Strings with the cases the character checks must read as the patterns they replace do. */
const WORDS = ['', 'a', 'A', 'AB', 'Ab', 'ABc', 'UNHCR', 'NHS-England', 'É', 'ÉU', '𝐀𝐁', '𝐀', 'A\ud835', "Macron's", 'Macron’s', "'s", 's', "Jones'", 'Kyiv’S', 'x y', ' lead', 'tail ', 'a\tb\u00a0c', 'a\u2003b', 'one  two'];

describe('character checks behind the referents', () => {
  it('read each string as the patterns they replace', () => {
    for (const w of WORDS) {
      expect(isAcronym(w), w).toBe(/^\p{Lu}{2,}$/u.test(w));
      expect(withoutPossessive(w), w).toBe(w.replace(/['’]s$/u, ''));
      expect(lastWord(w), w).toBe(w.split(/\s+/).pop());
    }
  });

  it('end a run of letters, apostrophes and hyphens (and periods when asked) where the patterns do', () => {
    const text = "O'Neill-Smith’s J.D. Zürich𝐀b\ud835 x—y 12ab";
    for (let i = 0; i <= text.length; i++) {
      const rest = text.slice(i);
      expect(letterRunEnd(text, i), `at ${i}`).toBe(i + /^[\p{L}’'-]*/u.exec(rest)![0].length);
      expect(letterRunEnd(text, i, true), `at ${i}`).toBe(i + /^[\p{L}’'\-.]*/u.exec(rest)![0].length);
    }
  });

  it('find every capital letter the u-flag pattern finds, by code point', () => {
    const text = 'the U.S. and “Élysée” — x𝐀y, İstanbul\ud835 and ŁÓDŹ. end';
    const expected = [...text.matchAll(/\p{Lu}/gu)].map((m) => m.index);
    const found: number[] = [];
    for (let i = nextCapital(text, 0); i >= 0; i = nextCapital(text, i + 1)) found.push(i);
    expect(found).toEqual(expected);
    expect(nextCapital('no capitals here, “none”', 0)).toBe(-1);
  });
});

/** The role-or-title test that hasPersonEvidence makes on descriptorsBefore, without its pre-check. */
const roleBefore = (text: string, start: number): boolean => descriptorsBefore(text, start).some((w) => ROLE_NOUNS.has(w) || TITLES.has(w.replace(/\.$/, '')));

describe('person evidence', () => {
  // each context ends where the name starts; the name and the words after it say nothing
  const CONTEXTS = [
    ['in ', false], ['envoy ', true], ['the special envoy ', true], ['Dr. ', true], ['dr. ', true], ['said. ', false],
    ['His adviser, ', true], ['the crowd, ', false], ['\n', false], ['“', false], ['(', false], ['president\u00a0', true],
    ['ex-envoy ', false], ['U.S. envoy ', true], ['Meanwhile ', false], ['President ', true], ['chief\n', false], ['', false],
    ['In ', false], ['Mr ', true], ['Mr. ', true], ['Defence Minister ', true], ['McDonald ', false], ['Reuters, ', false], ['J. ', false],
  ] as const;

  for (const [before, role] of CONTEXTS) {
    it(`reads a role or title before a name after ${JSON.stringify(before)} as the full reading does`, () => {
      const text = `${before}Anna Kowalski visited the site.`;
      const start = before.length;
      expect(roleBefore(text, start)).toBe(role);
      expect(hasPersonEvidence(text, start, start + 'Anna Kowalski'.length)).toBe(role);
    });
  }

  it('takes a speech verb before a quotation’s end as evidence, and a bare one not', () => {
    const quoted = '“We will stay,” said Anna Kowalski.';
    expect(hasPersonEvidence(quoted, quoted.indexOf('Anna'), quoted.indexOf('.'))).toBe(true);
    const plain = 'Reports said Anna Kowalski.';
    expect(hasPersonEvidence(plain, plain.indexOf('Anna'), plain.indexOf('.'))).toBe(false);
  });
});

describe('referent descriptors', () => {
  it('merge the descriptors written at every occurrence of a key, and can be replaced', () => {
    const text = 'Anna Kowalski, the French envoy, arrived. Later, Polish adviser Kowalski spoke.';
    const refs = findReferents(text, []);
    expect(refs.map((r) => r.key)).toEqual(['kowalski', 'kowalski']);
    expect([...refs[1]!.descriptors]).toEqual(['french', 'envoy', 'adviser', 'polish']);
    // one set per key: both occurrences read the same
    expect(refs[0]!.descriptors).toBe(refs[1]!.descriptors);
    refs[0]!.descriptors = new Set(['mayor']);
    expect([...refs[0]!.descriptors]).toEqual(['mayor']);
    expect([...refs[1]!.descriptors]).toEqual(['french', 'envoy', 'adviser', 'polish']);
  });
});

describe('the end of a name read by characters', () => {
  it('is where the name pattern ends, for every capital of texts with names of many shapes', () => {
    const NAME = /(?:\p{Lu}\.[ ]?)+\p{Lu}[\p{L}’'-]+|\p{Lu}[\p{L}’'-]*(?:[ ]+(?:(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|al|ten|ter)[ ]+)?(?:\p{Lu}\.[ ]?)*\p{Lu}[\p{L}’'-]*)*/uy;
    const texts = [
      'Anna Maria Kowalski said. Peter van Aalst and J. D. Vance met Ibn al Rashid in New York City',
      'Jean-Luc O’Brien  Smith, Tom X. Reed, A B C, Ab. Cd, AB.C Dee, Zoë Ælfric Éric, X Y. Z',
      'Mr Zelenskyy Paris Ukraine NATO EU-US: Ann Le Pen, Ann le Pen, Ann de Gaulle-Smith, Ann De. Lu',
      'Ending With Capitals A', 'One Two ', 'Q', 'Ann 𝐀lpha Beta', 'Ann Bb\ud835', 'Ann B.', 'Ann B. C',
    ];
    let checked = 0;
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        if (!/\p{Lu}/u.test(String.fromCodePoint(text.codePointAt(i)!))) continue;
        NAME.lastIndex = i;
        expect(nameEnd(text, i), `${text} @${i}`).toBe(NAME.exec(text) ? NAME.lastIndex : i + 1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(70);
  });
});
