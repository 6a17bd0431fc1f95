import { describe, expect, it } from 'vitest';
import { buildAliasTrie } from '../../lib/engine/alias-trie';
import { normalizeText } from '../../lib/engine/normalize';

function ends(keys: string[], text: string, start: number): [number, string][] {
  const trie = buildAliasTrie(keys);
  const out: [number, string][] = [];
  trie.walk(normalizeText(text), start, (end, k) => out.push([end, trie.keys[k]!]));
  return out;
}

describe('alias trie', () => {
  it('reports every key ending on a word boundary, shortest first', () => {
    const keys = ['united states', 'united states of america', 'united'];
    expect(ends(keys, 'United States of America is', 0)).toEqual([
      [6, 'united'], [13, 'united states'], [24, 'united states of america'],
    ]);
  });

  it('does not report a key that ends inside a word', () => {
    expect(ends(['paris'], 'Parisian food', 0)).toEqual([]);
    expect(ends(['paris'], 'Paris’s food', 0)).toEqual([[5, 'paris']]);
  });

  it('skips repeated spaces and combining marks in the text', () => {
    expect(ends(['steve witkoff'], 'Steve   Witkoff said', 0)).toEqual([[15, 'steve witkoff']]);
    expect(ends(['jose'], 'Jose\u0301 said', 0)).toEqual([[5, 'jose']]);
  });

  it('deduplicates keys and keeps siblings searchable in any insertion order', () => {
    const trie = buildAliasTrie(['b', 'a', 'ab', 'a', 'ba', 'c']);
    expect(trie.size).toBe(5);
    const norm = normalizeText('ba');
    const found: string[] = [];
    trie.walk(norm, 0, (_, k) => found.push(trie.keys[k]!));
    expect(found).toEqual(['ba']);
  });
});

describe('alias trie lookup', () => {
  it('finds exact keys only', () => {
    const trie = buildAliasTrie(['paris', 'paris hilton', 'kyiv']);
    expect(trie.keys[trie.lookup('paris hilton')]).toBe('paris hilton');
    expect(trie.keys[trie.lookup('paris')]).toBe('paris');
    expect(trie.lookup('pari')).toBe(-1);
    expect(trie.lookup('parisx')).toBe(-1);
    expect(trie.lookup('')).toBe(-1);
  });
});
