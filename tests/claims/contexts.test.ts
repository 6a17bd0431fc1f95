import { describe, expect, it } from 'vitest';
import { matchContexts } from '../../lib/claims/contexts';
import { scanSentence, stem, tokenSpans } from '../../lib/claims/lexicon';
import type { Mention } from '../../lib/engine/types';
import type { Context } from '../../lib/kb/types';

const ctx = (id: string, entities: string[], terms: string[]): Context => ({
  id, title: id, triggers: { entities, terms }, summary: '', facts: [], sources: [], asOf: '2025-01-01',
});
const mention = (text: string, name: string, id: string, from = 0): Mention => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name, entityId: id, type: 'place', confidence: 1, reason: '', highlight: true };
};

describe('matchContexts', () => {
  const text = 'Russia took the children. Ukraine wants them back.\nAnother paragraph about grain exports.';
  const contexts = [ctx('children', ['country-ru'], ['children', 'deported']), ctx('grain', ['country-ua'], ['grain', 'exports']), ctx('none', ['country-ru'], ['oil'])];
  const mentions = [mention(text, 'Russia', 'country-ru'), mention(text, 'Ukraine', 'country-ua')];

  it('needs a trigger entity in the sentence or paragraph plus a term in the sentence', () => {
    const first = { start: 0, end: 25, paragraphStart: 0, paragraphEnd: 50 };
    expect(matchContexts(text, first, mentions, contexts)).toEqual(['children']);
    const second = { start: 26, end: 50, paragraphStart: 0, paragraphEnd: 50 };
    expect(matchContexts(text, second, mentions, contexts)).toEqual([]);
  });

  it('matches on two terms alone, and sorts by strength', () => {
    const start = text.indexOf('Another');
    const scope = { start, end: text.length, paragraphStart: start, paragraphEnd: text.length };
    expect(matchContexts(text, scope, [], contexts)).toEqual(['grain']);
    const both = 'Russia deported children and hurt grain exports.';
    const all = { start: 0, end: both.length, paragraphStart: 0, paragraphEnd: both.length };
    expect(matchContexts(both, all, [mention(both, 'Russia', 'country-ru')], contexts)).toEqual(['children', 'grain']);
  });

  it('matches inflected forms of a term', () => {
    const s = 'Children were stolen, Kyiv says.';
    expect(matchContexts(s, { start: 0, end: s.length, paragraphStart: 0, paragraphEnd: s.length }, [], [ctx('x', [], ['child', 'stole'])])).toEqual([]);
    expect(matchContexts(s, { start: 0, end: s.length, paragraphStart: 0, paragraphEnd: s.length }, [], [ctx('x', [], ['children', 'stole'])])).toEqual(['x']);
  });
});

describe('matchContexts term index', () => {
  const s = 'Officials said grain exports fell and wheat prices rose.';
  const all = { start: 0, end: s.length, paragraphStart: 0, paragraphEnd: s.length };
  it('matches phrases as whole words only', () => {
    const list = [ctx('p', [], ['grain exports', 'wheat prices']), ctx('q', [], ['rain exports', 'wheat price'])];
    expect(matchContexts(s, all, [], list)).toEqual(['p']);
  });
  it('sees a contexts list that changed since it was first used', () => {
    const list = [ctx('a', [], ['grain', 'wheat'])];
    expect(matchContexts(s, all, [], list)).toEqual(['a']);
    list.push(ctx('b', [], ['exports', 'prices']));
    expect(matchContexts(s, all, [], list)).toEqual(['a', 'b']);
    list[0] = ctx('c', [], ['oil', 'gas']);
    expect(matchContexts(s, all, [], list)).toEqual(['b']);
  });
  it('checks the list once per call object, and again for a new one', () => {
    const list = [ctx('a', [], ['grain', 'wheat'])];
    const call = {};
    expect(matchContexts(s, all, [], list, undefined, undefined, call)).toEqual(['a']);
    // the same call reads the list as it found it first (findClaims changes none while it runs)
    list.push(ctx('b', [], ['exports', 'prices']));
    expect(matchContexts(s, all, [], list, undefined, undefined, call)).toEqual(['a']);
    // a new call, or none, sees the change
    expect(matchContexts(s, all, [], list, undefined, undefined, {})).toEqual(['a', 'b']);
    list[0] = ctx('c', [], ['oil', 'gas']);
    expect(matchContexts(s, all, [], list)).toEqual(['b']);
  });
});

describe('matchContexts phrase and stem edge cases', () => {
  const whole = (s: string) => ({ start: 0, end: s.length, paragraphStart: 0, paragraphEnd: s.length });
  // each context needs two terms: 'anchor' plus the term under test
  const with_ = (term: string): Context[] => [ctx('t', [], ['anchor', term])];
  const matches = (s: string, term: string): boolean => matchContexts(s, whole(s), [], with_(term)).length > 0;

  it('matches a phrase in any case, at the end of the scope, and only as whole words', () => {
    expect(matches('Anchor: GRAIN Exports', 'grain exports')).toBe(true);
    expect(matches('anchor: grain exportsX and more', 'grain exports')).toBe(false);
    expect(matches('anchor: regrain exports', 'grain exports')).toBe(false);
  });

  it('finds a phrase at a later occurrence of its first word', () => {
    expect(matches('Grain prices rose, anchor, and grain exports fell.', 'grain exports')).toBe(true);
  });

  it('reads İ and the Kelvin sign as their lowercase (which holds ASCII letters)', () => {
    // "K" (U+212A) lowercases to "k": the phrase stands in the lowercased text
    expect(matches('anchor: vitamin \u212A levels', 'vitamin k levels')).toBe(true);
    // "İ" lowercases to "i" plus a combining dot: "i" is then followed by a non-word character
    expect(matches('anchor: Plan \u0130 now', 'plan i')).toBe(true);
    // and a word character after the phrase ("ab" + "k") is no word boundary
    expect(matches('anchor: grain ab\u212A', 'grain ab')).toBe(false);
  });

  it('matches phrases that start or end outside word characters as their whole-word pattern does', () => {
    // the pattern is \b<phrase>\b over the lowercased scope: "\b$" needs a word character before "$"
    const pattern: Record<string, RegExp> = { '$60 billion': /\b\$60 billion\b/, '€800 billion': /\b€800 billion\b/, '60 billion $': /\b60 billion \$\b/ };
    const texts = ['anchor: a $60 billion loan', 'anchor: a$60 billion loan', 'anchor: a €800 billion plan', 'anchor: x€800 billion', 'anchor: 60 billion $ plan', 'anchor: 60 billion $plan'];
    let hits = 0;
    for (const [term, re] of Object.entries(pattern)) {
      for (const s of texts) {
        expect(matches(s, term), `${term} in ${s}`).toBe(re.test(s.toLowerCase()));
        if (re.test(s.toLowerCase())) hits++;
      }
    }
    expect(hits).toBe(3);
  });

  it('matches one-word terms with letters outside ASCII, also after an ASCII beginning', () => {
    expect(matches('Anchor. The Élysée said so.', 'Élysée')).toBe(true);
    expect(matches('Anchor. Cafés closed.', 'café')).toBe(true);
    expect(matches('Anchor. Cafeterias closed.', 'café')).toBe(false);
  });
});

describe('matchContexts one-word terms outside ASCII', () => {
  const whole = (s: string) => ({ start: 0, end: s.length, paragraphStart: 0, paragraphEnd: s.length });
  const matches = (s: string, term: string): boolean => matchContexts(s, whole(s), [], [ctx('t', [], ['anchor', term])]).length > 0;

  it('matches a term written outside ASCII, and skips words that only share an ASCII beginning', () => {
    expect(matches('Anchor: Путин прибыл.', 'путин')).toBe(true);
    expect(matches('Anchor: Путину сказали.', 'путин')).toBe(false);
    expect(matches('Anchor: we’re here.', 'were')).toBe(false);
    expect(matches('Anchor: were here.', 'were')).toBe(true);
  });

  it('stems the words whose first two characters a stem begins with, as stem() of the lowercased word decides', () => {
    // one-word terms of one, two and more letters, one outside ASCII from its first letter (every word is then a candidate)
    // (the last two: every stem's ASCII beginning three characters or more, so words are first read by their first three)
    const sets: string[][] = [['aid', 'ai', 'x', 'idle'], ['aid', 'éa', 'ids'], ['aids', 'd'], ['aid', 'idle', 'dais', 'sad'], ['aidé', 'sie', 'dead']];
    const letters = ['a', 'A', 'i', 'I', 'd', 'D', 's', 'x', 'é', 'É', 'l', 'e', '\u212a', 'ed', 'ing'];
    let seed = 3;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    let found = 0;
    for (const terms of sets) {
      const stems = new Set(terms.map((t) => stem(t)));
      for (let t = 0; t < 600; t++) {
        let word = '';
        for (let k = 1 + rand(5); k > 0; k--) word += letters[rand(letters.length)];
        const want = stems.has(stem(word.toLowerCase()));
        const text = `Anchor: ${word}.`;
        expect(matchContexts(text, { start: 0, end: text.length, paragraphStart: 0, paragraphEnd: text.length }, [], [ctx('t', [], ['anchor', ...terms])]).length > 0, `${word} ${terms}`).toBe(want);
        if (want) found++;
      }
    }
    expect(found).toBeGreaterThan(20);
  });

  it('reads the Kelvin sign in a word as the k it lowercases to', () => {
    expect(matches('Anchor: \u212Aelvin scale.', 'kelvin')).toBe(true);
  });
});

describe('matchContexts phrase runs (read by length and first and last character before the trie)', () => {
  const long = 'x'.repeat(33);
  const contexts = [
    ctx('short', [], ['a deal', 'no deal']),
    ctx('long', [], [`${long} deal`, 'frozen assets']),
    ctx('cased', [], ['Special Tribunal', 'tribunal']),
  ];
  const whole = (text: string) => ({ start: 0, end: text.length, paragraphStart: 0, paragraphEnd: text.length });

  it('finds phrases whose first run is one letter, or longer than 31 characters, whatever their case', () => {
    const text = `A DEAL was near, and ${long.toUpperCase()} Deal too; No deal on the FROZEN ASSETS; a special tribunal.`;
    expect(matchContexts(text, whole(text), [], contexts)).toEqual(['cased', 'long', 'short']);
  });

  it('needs the whole run: a first run inside a longer one, or one letter short, is none', () => {
    const text = `Ba deal, ${long.slice(1)} deal, xfrozen assets, tribunals: special tribunal_x`;
    expect(matchContexts(text, whole(text), [], contexts)).toEqual([]);
  });

  it('reads a run cut by the scope’s end as ending there', () => {
    const text = 'They said no deal on frozen assets';
    // the scope ends inside "assets": "frozen asse" is no phrase, and "no deal" alone is one term
    const scope = { start: 0, end: text.indexOf('ts'), paragraphStart: 0, paragraphEnd: text.length };
    expect(matchContexts(text, scope, [], contexts)).toEqual([]);
    const cut = 'no dealt';
    // "no deal" ends inside "dealt" in the text, but the scope ends after "deal"
    expect(matchContexts(cut, { start: 0, end: 7, paragraphStart: 0, paragraphEnd: 8 }, [], [ctx('two', [], ['no deal', 'no'])])).toEqual(['two']);
  });
});

describe('matchContexts phrase runs read from the tokens', () => {
  const whole = (text: string) => ({ start: 0, end: text.length, paragraphStart: 0, paragraphEnd: text.length });
  const phrases = ['frozen assets', 'a deal', 'special tribunal', 's deal', '5 deal'];
  const contexts = phrases.map((p) => ctx(p, [], ['anchor', p]));
  // what the phrases mean: the whole-word pattern over the lowercased scope
  const expected = (text: string): string[] => phrases.filter((p) => new RegExp(`\\b${p}\\b`).test(text.toLowerCase())).sort();

  it('finds a first run after a joiner, an acronym, a letter outside ASCII or an underscore as the pattern does', () => {
    const texts = [
      'Anchor: U.S.-frozen assets', 'Anchor: U.S.Frozen assets', 'Anchor: ex-special tribunal', 'Anchor: Ωfrozen assets', 'Anchor: éa deal',
      'Anchor: the U.S. deal', 'Anchor: Kyiv’s deal', 'Anchor: foo_frozen assets', 'Anchor: frozen_frozen assets', 'Anchor: 1.5 deal',
      'Anchor: PG&A deal', 'Anchor: a_ deal', 'Anchor: _a deal', 'Anchor: x.a deal', 'Anchor: Φa deal and a deal',
    ];
    let hits = 0;
    for (const text of texts) {
      const got = matchContexts(text, whole(text), [], contexts).sort();
      expect(got, text).toEqual(expected(text));
      hits += got.length;
    }
    // the list holds matches and misses both
    expect(hits).toBeGreaterThan(5);
    expect(hits).toBeLessThan(texts.length * 2);
  });

  it('gives the same answer on generated texts with the marks of the sentence scan (a token it does not mark read whole)', () => {
    const pieces = ['a', 'A', 's', '5', ' ', ' ', '-', '.', '’', "'", '_', 'é', 'İ', '&', ' deal', 'Deal', 'frozen ', 'assets', 'special ', 'tribunal', 'U.S.', 'a deal', 'frozen assets', 'xfrozen', 'deals'];
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    let hits = 0;
    for (let t = 0; t < 2000; t++) {
      let text = 'anchor ';
      for (let k = 2 + rand(10); k > 0; k--) text += pieces[rand(pieces.length)];
      // first read without marks (every token read by characters), then with those of its scan, among the marks
      // of other sentences before and after it (another text matched in between: the counts of the last text are kept)
      const spans: number[] = [];
      const unread = matchContexts(text, whole(text), [], contexts).sort();
      matchContexts('x', whole('x'), [], contexts);
      const marks = [-3, -1];
      scanSentence(text, 0, text.length, spans, [], marks);
      marks.push(text.length + 2);
      const got = matchContexts(text, whole(text), [], contexts, spans, marks).sort();
      expect(got, text).toEqual(unread);
      hits += got.length;
    }
    expect(hits).toBeGreaterThan(200);
  });

  it('gives the same answer on generated texts, with the token offsets given or not', () => {
    const pieces = ['a', 'A', 's', '5', ' ', ' ', '-', '.', '’', "'", '_', 'é', 'İ', '&', ' deal', 'Deal', 'frozen ', 'assets', 'special ', 'tribunal', 'U.S.', 'a deal', 'frozen assets'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    let hits = 0;
    for (let t = 0; t < 3000; t++) {
      let text = 'anchor ';
      const n = 2 + rand(10);
      for (let k = 0; k < n; k++) text += pieces[rand(pieces.length)];
      const got = matchContexts(text, whole(text), [], contexts).sort();
      expect(got, text).toEqual(expected(text));
      // a later part of the text, read with its token offsets given
      const scope = { start: 4, end: text.length, paragraphStart: 0, paragraphEnd: text.length };
      expect(matchContexts(text, scope, [], contexts, tokenSpans(text, 4, text.length)).sort(), text).toEqual(matchContexts(text.slice(4), whole(text.slice(4)), [], contexts).sort());
      hits += got.length;
    }
    expect(hits).toBeGreaterThan(300);
  });
});
