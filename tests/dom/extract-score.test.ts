import { describe, expect, it } from 'vitest';
import { aggregate, pageCounts, shingles, tokenize } from '../../lib/dom/extract-score.ts';

describe('benchmark metric', () => {
  it('tokenizes on Unicode word characters', () => {
    expect(tokenize('Kyiv’s 20,000 children — “God bless”, Zürich_1!')).toEqual(['Kyiv', 's', '20', '000', 'children', 'God', 'bless', 'Zürich_1']);
  });

  it('counts 4-token shingles as a multiset, and one short shingle for short texts', () => {
    const s = shingles('a b c d a b c d');
    expect(s.size).toBe(4);
    expect([...s.values()].reduce((x, y) => x + y, 0)).toBe(5);
    expect(shingles('one two').size).toBe(1);
    expect(shingles('').size).toBe(0);
  });

  it('normalises TP/FP/FN per page', () => {
    // truth shingles: abcd bcde; predicted: abcd bcdx
    const c = pageCounts('a b c d e', 'a b c d x');
    expect(c.tp).toBeCloseTo(1 / 3);
    expect(c.fp).toBeCloseTo(1 / 3);
    expect(c.fn).toBeCloseTo(1 / 3);
  });

  it('averages precision and recall over pages and takes F1 of the averages', () => {
    const perfect = pageCounts('one two three four five', 'one two three four five');
    const half = pageCounts('a b c d e', 'a b c d x');
    const missing = pageCounts('p q r s t', '');
    const r = aggregate([perfect, half, missing]);
    // Precision skips the page with no prediction; recall counts it as 0.
    expect(r.precision).toBeCloseTo((1 + 0.5) / 2);
    expect(r.recall).toBeCloseTo((1 + 0.5 + 0) / 3);
    expect(r.f1).toBeCloseTo((2 * r.precision * r.recall) / (r.precision + r.recall));
    expect(aggregate([pageCounts('', '')])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
