/**
 * The alias automaton: a compact trie over normalized alias keys, walked from each word start.
 *
 * Matches may only begin at a word start, so the failure links of a full Aho–Corasick automaton
 * never pay off: each walk starts at the root, and most die after one or two units. The scan is
 * linear in the text plus the length of the alias prefixes met. Built by sorting the keys and
 * adding them in order, so siblings come out sorted and no per-node Map is needed.
 */
import { F_MARK, F_WORD, SPACE, type NormalizedText } from './normalize';

export interface AliasTrie {
  /** Number of keys. */
  readonly size: number;
  /** The keys, indexed by the value returned from `walk`. */
  readonly keys: readonly string[];
  /**
   * Walks from word start `start`; calls `onEnd(end, keyIndex)` for every key that ends on a
   * word boundary, shortest first. `end` includes any combining marks after the last letter.
   */
  walk(norm: NormalizedText, start: number, onEnd: (end: number, key: number) => void): void;
  /** Index of an exact normalized key, or -1. */
  lookup(key: string): number;
}

export function buildAliasTrie(keysIn: Iterable<string>): AliasTrie {
  const keys = [...new Set(keysIn)].filter((k) => k.length > 0).sort();
  let capacity = 1;
  for (const k of keys) capacity += k.length;
  const label = new Uint16Array(capacity);
  const firstChild = new Int32Array(capacity);
  const nextSibling = new Int32Array(capacity);
  const lastChild = new Int32Array(capacity);
  const value = new Int32Array(capacity).fill(-1);
  const rootTable = new Int32Array(65536);
  let count = 1;
  const path: number[] = [0];
  let prev = '';
  for (let ki = 0; ki < keys.length; ki++) {
    const key = keys[ki]!;
    let lcp = 0;
    const max = Math.min(prev.length, key.length);
    while (lcp < max && prev.charCodeAt(lcp) === key.charCodeAt(lcp)) lcp++;
    for (let d = lcp; d < key.length; d++) {
      const parent = path[d]!;
      const node = count++;
      const c = key.charCodeAt(d);
      label[node] = c;
      if (firstChild[parent] === 0) firstChild[parent] = node;
      else nextSibling[lastChild[parent]!] = node;
      lastChild[parent] = node;
      if (parent === 0) rootTable[c] = node;
      path[d + 1] = node;
    }
    value[path[key.length]!] = ki;
    prev = key;
  }
  const L = label.slice(0, count);
  const FC = firstChild.slice(0, count);
  const NS = nextSibling.slice(0, count);
  const V = value.slice(0, count);

  function child(node: number, c: number): number {
    if (node === 0) return rootTable[c]!;
    let ch = FC[node]!;
    while (ch !== 0) {
      const l = L[ch]!;
      if (l === c) return ch;
      if (l > c) return 0;
      ch = NS[ch]!;
    }
    return 0;
  }

  return {
    size: keys.length,
    keys,
    lookup(key) {
      let node = 0;
      for (let i = 0; i < key.length && node >= 0; i++) node = child(node, key.charCodeAt(i)) || -1;
      return node > 0 ? V[node]! : -1;
    },
    walk(norm, start, onEnd) {
      const { codes, flags } = norm;
      const n = codes.length;
      let node = 0;
      let i = start;
      let prevSpace = false;
      while (i < n) {
        const f = flags[i]!;
        const c = codes[i]!;
        if (f & F_MARK && i > start) {
          i++;
          continue;
        }
        if (c === SPACE && prevSpace) {
          i++;
          continue;
        }
        node = child(node, c);
        if (node === 0) return;
        prevSpace = c === SPACE;
        i++;
        const v = V[node]!;
        if (v >= 0) {
          let j = i;
          while (j < n && flags[j]! & F_MARK) j++;
          if (j >= n || !(flags[j]! & F_WORD)) onEnd(j, v);
        }
      }
    },
  };
}
