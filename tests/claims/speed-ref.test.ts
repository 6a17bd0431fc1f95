import { describe, expect, it } from 'vitest';
import { appositiveHeadIn, commaGap } from '../../lib/claims/speakers';
import { possessiveAfter } from '../../lib/claims/resolve';
import { spacesBetween, spacesOnly } from '../../lib/claims/phrases';

/** nameDescribedAs's pattern, as it was run before the pre-check. */
const appositive = (head: string) =>
  new RegExp(String.raw`(\p{Lu}[\p{L}’'&.\-]*(?:[ ]+(?:(?:of|for|and|the)[ ]+)?\p{Lu}[\p{L}’'&.\-]*)*),[ ]+(?:a|an|the)[ ]+(?:[\p{L}’'\-]+[ ]+){0,3}${head}(?=[,.])`, 'u');

/** Small texts built from pieces the pattern cares about, every combination up to a length. */
function texts(pieces: readonly string[], max: number): string[] {
  let level = [''];
  const out = [''];
  for (let n = 0; n < max; n++) {
    level = level.flatMap((t) => pieces.map((p) => t + p));
    for (const t of level) out.push(t);
  }
  return out;
}

describe('appositiveHeadIn', () => {
  it('is true whenever the appositive pattern matches inside the slice (never skips a match)', () => {
    const pieces = ['Acme', ', ', ' ', 'a ', 'the ', 'big ', 'group', '.'];
    let matched = 0;
    for (const t of texts(pieces, 6)) {
      for (const [from, pos] of [[0, t.length], [1, t.length], [0, Math.max(0, t.length - 1)], [2, t.length - 2]] as const) {
        if (from > pos || pos < 0) continue;
        const m = appositive('group').test(t.slice(from, pos));
        if (m) {
          matched++;
          expect(appositiveHeadIn(t, 'group', from, pos), JSON.stringify([t, from, pos])).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(50);
  });
  it('is false without ", a|an|the" within three words before the head, or with the head outside the slice', () => {
    expect(appositiveHeadIn('Acme, a big farmers group, said', 'group', 0, 31)).toBe(true);
    expect(appositiveHeadIn('Acme, a very big old farmers group, said', 'group', 0, 40)).toBe(false);
    expect(appositiveHeadIn('Acme and a farmers group, said', 'group', 0, 30)).toBe(false);
    expect(appositiveHeadIn('Acme, a farmers group, said', 'group', 0, 21)).toBe(false);
    expect(appositiveHeadIn('Acme, a farmers subgroup, said', 'group', 0, 30)).toBe(false);
    expect(appositiveHeadIn('Acme, the group. Then', 'group', 4, 21)).toBe(true);
    expect(appositiveHeadIn('Acme, the group. Then', 'group', 5, 21)).toBe(false);
  });
});

describe('possessiveAfter', () => {
  it("says what /^['’]s\\b/ says of the three characters at end", () => {
    const chars = ["'", '’', 's', 'S', 'a', '0', '_', ' ', 'é', '-'];
    for (const t of texts(chars, 4)) for (let end = 0; end <= t.length; end++) {
      expect(possessiveAfter(t, end), JSON.stringify([t, end])).toBe(/^['’]s\b/.test(t.slice(end, end + 3)));
    }
  });
});

describe('spacesBetween', () => {
  it('says what spacesOnly says of the slice', () => {
    const chars = [' ', '\t', '\u00a0', '\n', 'a', '\u2009'];
    for (const t of texts(chars, 4)) for (let a = 0; a <= t.length + 1; a++) for (let b = 0; b <= t.length + 1; b++) {
      expect(spacesBetween(t, a, b), JSON.stringify([t, a, b])).toBe(spacesOnly(t.slice(a, b)));
    }
  });
});

describe('commaGap', () => {
  it('says what /^,\\s*$/ says of the slice', () => {
    const chars = [',', ' ', '\u2009', '\n', 'a'];
    for (const t of texts(chars, 4)) for (let a = 0; a <= t.length; a++) for (let b = 0; b <= t.length + 1; b++) {
      expect(commaGap(t, a, b), JSON.stringify([t, a, b])).toBe(/^,\s*$/.test(t.slice(a, b)));
    }
  });
});

describe('splitSpaces', () => {
  it('parts a string as split(/ +/) does', async () => {
    const { splitSpaces } = await import('../../lib/claims/names');
    for (const t of texts([' ', 'a', 'Bc', '.'], 6)) expect(splitSpaces(t), JSON.stringify(t)).toEqual(t.split(/ +/));
  });
});

describe('hasPersonEvidence pre-check', () => {
  it('speechWordAt holds for every speech verb, so a word it rejects is no speech verb', async () => {
    const { SPEECH_VERBS, speechWordAt } = await import('../../lib/claims/lexicon');
    expect(SPEECH_VERBS.size).toBeGreaterThan(10);
    for (const w of SPEECH_VERBS) expect(speechWordAt(` ${w} `, 1, w.length + 1), w).toBe(true);
    expect(speechWordAt(' table ', 1, 6)).toBe(false);
  });
  it('still finds "X said" and "…,” said X" and rejects a noun after the name', async () => {
    const { hasPersonEvidence } = await import('../../lib/claims/descriptors');
    const a = 'Yesterday Anna Kowalski said the plan would work.';
    expect(hasPersonEvidence(a, 10, 23)).toBe(true);
    const b = 'Yesterday Anna Kowalski also said the plan would work.';
    expect(hasPersonEvidence(b, 10, 23)).toBe(true);
    const c = '“It will work” said Anna Kowalski today.';
    const at = c.indexOf('Anna');
    expect(hasPersonEvidence(c, at, at + 'Anna Kowalski'.length)).toBe(true);
    const d = 'Yesterday Anna Kowalski table the plan.';
    expect(hasPersonEvidence(d, 10, 23)).toBe(false);
  });
});
