import { describe, expect, it } from 'vitest';
import { matchContexts } from '../../lib/claims/contexts';
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
});
