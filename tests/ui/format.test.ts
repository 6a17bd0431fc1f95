import { describe, expect, it } from 'vitest';
import { formatDate, formatSpan, hostOf, orderFacts } from '../../lib/ui/format';

describe('formatting for cards', () => {
  it('writes partial dates for people', () => {
    expect(formatDate('2019-05-20')).toBe('20 May 2019');
    expect(formatDate('2019-05')).toBe('May 2019');
    expect(formatDate('2019')).toBe('2019');
    expect(formatSpan({ since: '2000', until: '2008-05-07' })).toBe('2000 – 7 May 2008');
    expect(formatSpan({ since: '2024-10-01' })).toBe('since 1 Oct 2024');
    expect(formatSpan({})).toBe('');
  });

  it('puts current roles first and past roles last', () => {
    const facts = orderFacts([
      { label: 'PM', value: 'x', since: '2008', until: '2012', role: true },
      { label: 'Born', value: '1952' },
      { label: 'President', value: 'y', since: '2012', role: true },
    ]);
    expect(facts.map((f) => f.label)).toEqual(['President', 'Born', 'PM']);
  });

  it('names a source by its host', () => {
    expect(hostOf('https://www.nato.int/cps/en/')).toBe('nato.int');
    expect(hostOf('not a url')).toBe('not a url');
  });
});
