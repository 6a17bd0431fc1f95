import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/background/report';
import type { Claim } from '../../lib/claims/index';
import type { Mention } from '../../lib/engine/types';
import { entity } from '../helpers/kb';

const m = (text: string, entityId: string | null, over: Partial<Mention> = {}): Mention => ({
  start: 0, end: text.length, text, entityId, type: 'person', confidence: 1, reason: '', highlight: true, ...over,
});

describe('buildReport', () => {
  it('counts mentions per entity and per unknown name, most mentioned first', () => {
    const ada = entity();
    const r = buildReport({ tabId: 1, url: 'u', title: 't' }, [
      m('Lovelace', 'ada-lovelace'), m('Ada Lovelace', 'ada-lovelace'), m('Yoan Valat', null, { groupKey: 'valat' }),
      m('Valat', null, { groupKey: 'valat' }), m('Valat', null, { groupKey: 'valat' }),
      m('Ukrainian', 'country-ua', { highlight: false, type: 'place' }),
    ], { 'ada-lovelace': ada }, [], {}, 5);
    expect(r.entries.map((e) => [e.name, e.count, e.entityId])).toEqual([
      ['Yoan Valat', 3, null],
      ['Ada Lovelace', 2, 'ada-lovelace'],
    ]);
    expect(r.entries[1]!.sources).toEqual(ada.sources);
    expect(r.mentionCount).toBe(6);
    expect(r.at).toBe(5);
  });
});

describe('the report\'s claims', () => {
  it('keeps every quote and the check-worthy claims, with speakers named as the knowledge base names them', () => {
    const ada = entity();
    const claim = (over: Partial<Claim>): Claim => ({
      text: 't', start: 0, end: 1, kind: 'attributed', kinds: ['attributed'], score: 0.9, speaker: null, numbers: [], source: null, contexts: [], ...over,
    });
    const r = buildReport({ tabId: 1, url: 'u', title: 't' }, [], { 'ada-lovelace': ada }, [
      claim({ kind: 'quote', score: 0.1, text: '“Hello”', speaker: { entityId: 'ada-lovelace', name: 'Lovelace' } }),
      claim({ score: 0.2, text: 'low' }),
      claim({ kind: 'statistic', text: '20,000 children', numbers: [{ value: 20000, unit: 'count', text: '20,000', start: 0, end: 6, counted: 'children' }], source: 'Ukrainian authorities', contexts: ['kids', 'gone'] }),
    ], { kids: { id: 'kids', title: 'Children taken', triggers: { entities: [], terms: [] }, summary: 's', facts: [], sources: [], asOf: '2025-06-30' } });
    expect(r.claims.map((c) => c.text)).toEqual(['“Hello”', '20,000 children']);
    expect(r.claims[0]!.speaker).toEqual({ entityId: 'ada-lovelace', name: 'Ada Lovelace' });
    expect(r.claims[1]!.numbers).toEqual([{ text: '20,000', counted: 'children' }]);
    expect(r.claims[1]!.contexts).toEqual([{ id: 'kids', title: 'Children taken' }]); // unknown ids dropped
  });
});
