import { describe, expect, it } from 'vitest';
import type { ReportClaim } from '../../lib/protocol';
import { numberClaims, quotesBySpeaker } from '../../lib/ui/claims-view';

const c = (text: string, over: Partial<ReportClaim> = {}): ReportClaim => ({
  target: `claim:${text}`,
  text, kind: 'quote', score: 0.5, speaker: null, numbers: [], source: null, contexts: [], ...over,
});

describe('the side panel\'s claims', () => {
  it('groups quotes and reported statements by speaker in order of appearance, unattributed quotes last', () => {
    const z = { entityId: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy' };
    const groups = quotesBySpeaker([
      c('“a”'), c('“b”', { speaker: z }), c('“c”', { speaker: { entityId: null, name: 'Yoan Valat' } }), c('“d”', { speaker: z }),
      c('20,000', { kind: 'statistic', numbers: [{ text: '20,000' }] }),
      c('Witkoff suggested…', { kind: 'attributed', speaker: { entityId: 'steve-witkoff', name: 'Steve Witkoff' } }),
      c('It was said…', { kind: 'attributed' }),
    ]);
    expect(groups.map((g) => [g.name, g.quotes.map((q) => q.text)])).toEqual([
      ['Volodymyr Zelenskyy', ['“b”', '“d”']],
      ['Yoan Valat', ['“c”']],
      ['Steve Witkoff', ['Witkoff suggested…']],
      ['Unattributed', ['“a”']],
    ]);
  });
  it('lists only the claims with numbers', () => {
    expect(numberClaims([c('x'), c('31 countries', { kind: 'statistic', numbers: [{ text: '31', counted: 'countries' }] })]).map((x) => x.text)).toEqual(['31 countries']);
  });
});
