import { describe, expect, it } from 'vitest';
import { pairs } from './helpers';

describe('reader corrections', () => {
  it('reject removes every mention of that surface, linked or unknown', () => {
    const text = 'Paris met Jane Doerr in Kyiv.';
    expect(pairs(text)).toEqual([['Paris', 'paris'], ['Jane Doerr', null], ['Kyiv', 'kyiv']]);
    expect(pairs(text, { corrections: [{ surface: 'paris', action: 'reject' }, { surface: 'Jane Doerr', action: 'reject' }] }))
      .toEqual([['Kyiv', 'kyiv']]);
  });

  it('relink sends an ambiguous alias to the chosen entity before disambiguation', () => {
    const opts = { corrections: [{ surface: 'paris', action: 'relink' as const, entityId: 'paris-hilton' }] };
    const ms = pairs('Paris visited the French capital.', opts);
    expect(ms[0]).toEqual(['Paris', 'paris-hilton']);
  });

  it('relink of a surface the dictionary lacks links it wherever it occurs', () => {
    const opts = { corrections: [{ surface: 'Vlad', action: 'relink' as const, entityId: 'volodymyr-zelenskyy' }] };
    expect(pairs('Vlad and vlad met Vlad’s aide.', opts)).toEqual([
      ['Vlad', 'volodymyr-zelenskyy'], ['vlad', 'volodymyr-zelenskyy'], ['Vlad', 'volodymyr-zelenskyy'],
    ]);
  });

  it('ignores a relink to an entity the spotter does not know', () => {
    const opts = { corrections: [{ surface: 'paris', action: 'relink' as const, entityId: 'nope' }] };
    expect(pairs('Paris is calm.', opts)).toEqual([['Paris', 'paris']]);
  });
});
