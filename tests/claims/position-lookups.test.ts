import { describe, expect, it } from 'vitest';
import { descriptorsAfter, descriptorsBefore, hasDescriptorsAfter, readDescriptorsBefore, roleOrTitleBefore } from '../../lib/claims/descriptors';
import { ROLE_NOUNS, TITLES } from '../../lib/claims/lexicon';
import type { Referent } from '../../lib/claims/names';
import { allLower } from '../../lib/claims/phrases';
import { findLastStartingBy, findOverlapping, findStartingIn, resolveName, type ResolveState } from '../../lib/claims/resolve';

const ref = (name: string, start: number, person = true, end = start + name.length): Referent => ({
  start, end, name, entityId: null, person, descriptors: new Set(), key: name.split(' ').pop()!.toLowerCase(),
});

/** Sorted by start, with a long referent early on that overlaps later positions, and two that start together. */
const sorted: Referent[] = [
  ref('Harbour Ministry of Fisheries and Coastal Affairs', 0, false),
  ref('Anna Kowalski', 10),
  ref('Kowalski', 40),
  ref('Acme', 40, false, 44),
  ref('Tom Reed', 70),
  ref('Reed', 120),
];
/** The same referents out of order: the look-ups must read the whole list. */
const unsorted: Referent[] = [sorted[4]!, sorted[0]!, sorted[5]!, sorted[2]!, sorted[1]!, sorted[3]!];

describe('look-ups by position on a referent list', () => {
  for (const [label, list] of [['sorted', sorted], ['unsorted', unsorted]] as const) {
    it(`findOverlapping answers as Array.find over the whole ${label} list`, () => {
      for (let a = -5; a < 140; a += 3) {
        for (const len of [1, 4, 12]) {
          const want = list.find((r) => r.start < a + len && a < r.end);
          expect(findOverlapping(list, a, a + len)).toBe(want);
          const person = list.find((r) => r.start < a + len && a < r.end && r.person);
          expect(findOverlapping(list, a, a + len, (r) => r.person)).toBe(person);
        }
      }
    });

    it(`findStartingIn answers as Array.find over the whole ${label} list`, () => {
      for (let from = -5; from < 140; from += 7) {
        for (const to of [from, from + 10, from + 45, 200]) {
          expect(findStartingIn(list, from, to, (r) => r.person)).toBe(list.find((r) => r.start >= from && r.start < to && r.person));
          expect(findStartingIn(list, from, to, (r) => !r.person)).toBe(list.find((r) => r.start >= from && r.start < to && !r.person));
        }
      }
    });

    it(`findLastStartingBy answers as a backward find over the whole ${label} list`, () => {
      for (let at = -5; at < 140; at += 5) {
        for (const after of [-Infinity, at - 60, at - 5]) {
          const test = (r: Referent) => !r.person;
          const want = [...list].reverse().find((r) => r.start <= at && r.end > after && test(r));
          expect(findLastStartingBy(list, at, test, after)).toBe(want);
        }
      }
    });
  }

  it('resolveName finds the referent holding the span, else the latest earlier one with the surname', () => {
    const state: ResolveState = { referents: sorted, subjects: new Set(), lastSpeaker: null };
    // inside "Tom Reed"
    expect(resolveName(state, 74, 78, 'Reed')).toBe(sorted[4]);
    // a span no referent holds: the last referent before it keyed "reed"
    expect(resolveName(state, 130, 134, 'Reed')).toBe(sorted[5]);
    expect(resolveName(state, 100, 104, 'Reed')).toBe(sorted[4]);
    // inside the long name that opens the list, which starts well before the span
    expect(resolveName(state, 30, 34, 'Reed')).toBe(sorted[0]);
    // before any "Reed" and inside no referent: none
    expect(resolveName(state, 55, 59, 'Reed')).toBeNull();
    // the same answers on the list out of order, which is read whole
    const other: ResolveState = { referents: unsorted, subjects: new Set(), lastSpeaker: null };
    expect(resolveName(other, 74, 78, 'Reed')).toBe(sorted[4]);
    expect(resolveName(other, 30, 34, 'Reed')).toBe(sorted[0]);
    expect(resolveName(other, 55, 59, 'Reed')).toBeNull();
  });
});

describe('character checks that stand for patterns', () => {
  it('allLower is /^\\p{Ll}+$/u', () => {
    for (const w of ['said', 'scene', '', 'Said', 'co-founder', 'área', 'éx', 'naïve', 'ÉX', 'a1', 'straße', 'x\u0301']) {
      expect(allLower(w)).toBe(/^\p{Ll}+$/u.test(w));
    }
  });

  it('hasDescriptorsAfter is descriptorsAfter(…).length > 0', () => {
    const text = 'Anna Kowalski, the French envoy, said. Tom Reed, a friend, said. Acme Jr., the chief executive, said. Lee.';
    for (let end = 0; end <= text.length; end++) expect(hasDescriptorsAfter(text, end)).toBe(descriptorsAfter(text, end).length > 0);
    expect(hasDescriptorsAfter(text, 13)).toBe(true);
    expect(hasDescriptorsAfter(text, 46)).toBe(false);
  });

  it('hasDescriptorsAfter reads the role nouns in place as descriptorsAfter reads its tokens', () => {
    // a hyphenated role noun, capitals, letters outside ASCII, the Kelvin sign, a role at the text's end
    const text =
      'Ann Roe, the WHO Director-General, said. Bo Ray, a PRESIDENT of X. Al Kim, the Café owner; Ed Fox, his \u212aing, ' +
      'Jo Li, a co-worker, Di Yu, a mayor-elect. Lu Ma, the former ambassador';
    let roles = 0;
    for (let end = 0; end <= text.length; end++) {
      const expected = descriptorsAfter(text, end).length > 0;
      if (expected) roles++;
      expect(hasDescriptorsAfter(text, end), `at ${end}`).toBe(expected);
    }
    expect(roles).toBeGreaterThan(3);
    expect(hasDescriptorsAfter(text, text.indexOf(', the WHO'))).toBe(true);
    expect(hasDescriptorsAfter(text, text.indexOf(', the former'))).toBe(true);
  });

  it('roleOrTitleBefore is whether readDescriptorsBefore gives a role noun or a title', () => {
    const text =
      'Ukrainian President Anna Koval met Mr. Tom Reed, and his fiancée, Eva Reed. The U.S. envoy’s aide Lee said; the PRESIDENT’S Kim; ' +
      'co-founder Ann Lee, ex-President Bo Ray, Gov., Ed Fox, Director-General Al Kim, Dr.\tJo Li, ΟΔΟΣ Ann, \u0130nfo Bo, the \u212aing Ed, ' +
      'The Former Minister Pat Poe, former Senator’s Al, In Lee, and Mrs.\u00a0Lu, CEO Ma, ministers Ko, "Chief" Oh.';
    let roles = 0;
    for (let i = 0; i <= text.length; i++) {
      const expected = readDescriptorsBefore(text, i).some((w) => ROLE_NOUNS.has(w) || TITLES.has(w.replace(/\.$/, '')));
      if (expected) roles++;
      expect(roleOrTitleBefore(text, i), `at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 20), i))}`).toBe(expected);
    }
    expect(roles).toBeGreaterThan(10);
  });

  it('descriptorsBefore, which first looks at the word before the name, reads as the full reading does', () => {
    const text =
      'Ukrainian President Anna Koval met Mr. Tom Reed, and his daughter, Eva Reed. The U.S. envoy Lee said; “Reed left” (Koval) — ' +
      'co-founder Ann Lee, ex-President Bo Ray, Gov., Ed Fox, the 16-inch MacBook Pro, 1 Green, Dr.\tAl Kim, Café Bar, \u00a0Ms.\u00a0Jo Li.';
    let read = 0;
    for (let i = 0; i <= text.length; i++) {
      const full = readDescriptorsBefore(text, i);
      if (full.length) read++;
      expect(descriptorsBefore(text, i)).toEqual(full);
    }
    // the text gives descriptors at many places, so the comparison is not only of empty readings
    expect(read).toBeGreaterThan(20);
    expect(descriptorsBefore(text, text.indexOf('Anna'))).toEqual(['president', 'ukrainian']);
    expect(descriptorsBefore(text, text.indexOf('Eva'))).toEqual(['daughter']);
  });
});
