import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/background/report';
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
    ], { 'ada-lovelace': ada }, 5);
    expect(r.entries.map((e) => [e.name, e.count, e.entityId])).toEqual([
      ['Yoan Valat', 3, null],
      ['Ada Lovelace', 2, 'ada-lovelace'],
    ]);
    expect(r.entries[1]!.sources).toEqual(ada.sources);
    expect(r.mentionCount).toBe(6);
    expect(r.at).toBe(5);
  });
});
