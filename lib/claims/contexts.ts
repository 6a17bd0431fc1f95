/**
 * Matching a claim to the knowledge base's contexts. A context matches when one of its trigger
 * entities is mentioned in the claim's sentence or paragraph and one of its terms appears in the
 * sentence, or when two or more of its terms appear in the sentence. Strength: 2 per term found,
 * 2 for a trigger entity in the sentence, 1 for one only in the paragraph.
 *
 * The contexts' terms are indexed once per contexts list (one-word terms by stem, phrases by
 * their first word), so a claim costs a lookup per word, not a pass per context.
 */

import type { Mention } from '../engine/types';
import type { Context } from '../kb/types';
import { partitionPoint } from './chars';
import { stem, tokenSpans } from './lexicon';

export interface Scope {
  /** The claim's sentence (or quotation) span. */
  start: number;
  end: number;
  /** The paragraph around it. */
  paragraphStart: number;
  paragraphEnd: number;
}

interface Phrase {
  context: number;
  /** The phrase as a whole-word pattern over lowercased text. */
  re: RegExp;
  text: string;
  /** Its first run of ASCII word characters. */
  head: string;
  /**
   * True when the phrase is ASCII and starts and ends with a word character: then it matches
   * exactly where a run of the text equal to `head` starts it (see countPhrasesInPlace), and is compared in
   * place; other phrases are tried with `re` on the lowercased scope.
   */
  inPlace: boolean;
}

/**
 * A trie over ASCII characters (A–Z folded to a–z), one row of `width` cells per node: node 0 is
 * the root, a cell holds the child node or 0. Characters that no key holds have no column.
 */
interface Trie {
  /** ASCII code → column + 1, 0 for a character no key holds. */
  columns: Uint8Array;
  width: number;
  next: Int32Array;
  /** Per node, the key ending there + 1, or 0. */
  key: Int32Array;
}

interface TermIndex {
  contexts: readonly Context[];
  /** Stem of a one-word term → its number. */
  stemIds: Map<string, number>;
  /** Per stem number, the context of each term with that stem (repeated per term). */
  stemContexts: number[][];
  /** The stems (their ASCII beginnings): a word none of them begins (lowercased) has no stem in the index. */
  stemTrie: Trie;
  /**
   * The stem trie's first two steps, per two ASCII code units c0, c1 at 128 * c0 + c1: -1 where a key
   * ends after one or two of them (or at the root: then everywhere), 0 where the walk ends without one,
   * else the node reached.
   */
  stemPairs: Int32Array;
  /**
   * When every key of the stem trie has three code units or more: a bit per hash of three ASCII code
   * units (stemTriple), set for the first three of each key (capitals folded as the trie folds them);
   * a word whose first three are ASCII and without their bit, or a word of ASCII shorter than three,
   * begins with no key. Null when a key is shorter.
   */
  stemTriples: Uint8Array | null;
  /** The phrases; `phraseTrie` keys are indexes into `heads`, whose phrases these are. */
  phrases: Phrase[];
  heads: number[][];
  phraseTrie: Trie;
  /**
   * Per first and last character of a first run (128 × 128, ASCII lowercase), a bit per length
   * of the first runs with them (bit 0 for a length of 32 or more): a run without its bit is no first run.
   */
  headShapes: Uint32Array;
  /** Phrases without any ASCII word run, tried on every claim. */
  bare: number[];
  /** Term counts of a scope that holds none: all zeros, shared. */
  none: Int32Array;
  /**
   * Per slot of the scope cache, the array its counts are written to (filled again when the slot
   * is taken): counts are read only until the next call, and kept while their slot is.
   */
  slots: Int32Array[];
  /** Per stem and per phrase: the call that last counted it (saves building a Set per call). */
  stemSeen: Int32Array;
  phraseSeen: Int32Array;
  call: number;
}

const ASCII_WORDS = /[a-z0-9_]+/g;
/** 1 for a character of ASCII_WORDS once lowercased ([A-Za-z0-9_]), per UTF-16 code unit (no range test). */
const WORD_CHARS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) WORD_CHARS[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;
const isWordChar = (c: number): boolean => WORD_CHARS[c] === 1;
/** The only characters outside ASCII whose lowercase holds an ASCII character: İ (→ i̇) and the Kelvin sign (→ k). */
const lowersToAscii = (c: number): boolean => c === 0x130 || c === 0x212a;
/** Length of the ASCII beginning of s. */
function asciiLength(s: string): number {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 0x80) i++;
  return i;
}
const fold = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
const indexes = new WeakMap<readonly Context[], TermIndex>();

/**
 * A trie of the keys' ASCII beginnings: a key outside ASCII is entered up to its first such
 * character, so an ASCII text reaching that node may go on into the key (the caller checks).
 */
function buildTrie(keys: readonly string[]): Trie {
  const heads = keys.map((k) => k.slice(0, asciiLength(k)));
  const columns = new Uint8Array(128);
  let width = 0;
  for (const k of heads) for (let i = 0; i < k.length; i++) columns[k.charCodeAt(i)] ||= ++width;
  // keys are lowercase: a capital reads as its small letter
  for (let c = 0x41; c <= 0x5a; c++) columns[c] = columns[c + 0x20]!;
  const rows: number[] = new Array<number>(width).fill(0);
  const key: number[] = [0];
  heads.forEach((k, id) => {
    let node = 0;
    for (let i = 0; i < k.length; i++) {
      const cell = node * width + columns[k.charCodeAt(i)]! - 1;
      if (!rows[cell]) {
        rows[cell] = key.length;
        key.push(0);
        rows.push(...new Array<number>(width).fill(0));
      }
      node = rows[cell]!;
    }
    key[node] = id + 1;
  });
  return { columns, width, next: Int32Array.from(rows), key: Int32Array.from(key) };
}

/** The first runs' shapes (see TermIndex.headShapes); a first run is ASCII word characters, lowercase. */
function shapesOf(heads: readonly string[]): Uint32Array {
  const shapes = new Uint32Array(128 * 128);
  for (const h of heads) shapes[h.charCodeAt(0) * 128 + h.charCodeAt(h.length - 1)]! |= h.length < 32 ? 1 << h.length : 1;
  return shapes;
}

/** The bit of three ASCII code units (capitals folded) in TermIndex.stemTriples: a hash, shared by a few. */
const stemTriple = (c0: number, c1: number, c2: number): number => (fold(c0) * 0x3c6ef + fold(c1) * 0x9e5 + fold(c2)) & 0x7fff;

/** TermIndex.stemTriples for the keys (the ASCII beginnings of the stems, lowercase). */
function triplesOf(keys: readonly string[]): Uint8Array | null {
  const bits = new Uint8Array(0x8000 >> 3);
  for (const k of keys) {
    const head = k.slice(0, asciiLength(k));
    if (head.length < 3) return null;
    const t = stemTriple(head.charCodeAt(0), head.charCodeAt(1), head.charCodeAt(2));
    bits[t >> 3]! |= 1 << (t & 7);
  }
  return bits;
}

/** The first two steps of the trie for every two ASCII code units (see TermIndex.stemPairs). */
function pairsOf(trie: Trie): Int32Array {
  const { columns, width, next, key } = trie;
  const step = (node: number, c: number): number => (columns[c] ? next[node * width + columns[c]! - 1]! : 0);
  const pairs = new Int32Array(128 * 128);
  for (let c0 = 0; c0 < 128; c0++) {
    const n1 = step(0, c0);
    for (let c1 = 0; c1 < 128; c1++) {
      const n2 = n1 ? step(n1, c1) : 0;
      pairs[c0 * 128 + c1] = key[0] || (n1 && key[n1]) || (n2 && key[n2]) ? -1 : n2;
    }
  }
  return pairs;
}

function buildIndex(contexts: readonly Context[]): TermIndex {
  const stemIds = new Map<string, number>();
  const stemContexts: number[][] = [];
  const phrases: Phrase[] = [];
  const headIds = new Map<string, number>();
  const heads: number[][] = [];
  const bare: number[] = [];
  contexts.forEach((c, i) => {
    for (const term of c.triggers.terms) {
      const t = term.toLowerCase().trim();
      if (!t) continue;
      if (/\s/.test(t)) {
        const head = t.match(ASCII_WORDS)?.[0] ?? '';
        const inPlace = asciiLength(t) === t.length && /^\w/.test(t) && /\w$/.test(t);
        phrases.push({ context: i, re: new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`), text: t, head, inPlace });
        if (!head) bare.push(phrases.length - 1);
        else {
          if (!headIds.has(head)) {
            headIds.set(head, heads.length);
            heads.push([]);
          }
          heads[headIds.get(head)!]!.push(phrases.length - 1);
        }
      } else {
        const s = stem(t);
        if (!stemIds.has(s)) {
          stemIds.set(s, stemContexts.length);
          stemContexts.push([]);
        }
        stemContexts[stemIds.get(s)!]!.push(i);
      }
    }
  });
  const stemTrie = buildTrie([...stemIds.keys()]);
  return {
    contexts: [...contexts], stemIds, stemContexts, stemTrie, stemPairs: pairsOf(stemTrie), stemTriples: triplesOf([...stemIds.keys()]),
    phrases, heads, phraseTrie: buildTrie([...headIds.keys()]), headShapes: shapesOf([...headIds.keys()]), bare,
    none: new Int32Array(contexts.length), slots: Array.from({ length: CACHED }, () => new Int32Array(contexts.length)), stemSeen: new Int32Array(stemContexts.length), phraseSeen: new Int32Array(phrases.length), call: 0,
  };
}

/** True when the lists hold the same contexts in the same order. */
function sameContexts(a: readonly Context[], b: readonly Context[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The index of a contexts list, rebuilt when the list has changed since it was made. */
function indexOf(contexts: readonly Context[]): TermIndex {
  const got = indexes.get(contexts);
  if (got && sameContexts(got.contexts, contexts)) return got;
  const built = buildIndex(contexts);
  indexes.set(contexts, built);
  return built;
}

/** The call (see matchContexts' `call`) whose contexts list was last checked against its index, the list and the index. */
let checkedCall: object | null = null;
let checkedContexts: readonly Context[] | null = null;
let checkedIndex: TermIndex | null = null;

/** indexOf(contexts), checked once per call: within one, the list is the same and unchanged (a claim's matching writes none). */
function indexFor(contexts: readonly Context[], call?: object): TermIndex {
  if (call !== undefined && call === checkedCall && contexts === checkedContexts) return checkedIndex!;
  const index = indexOf(contexts);
  if (call !== undefined) {
    checkedCall = call;
    checkedContexts = contexts;
    checkedIndex = index;
  }
  return index;
}

/**
 * Counts already found for the last text and index, for its last few scopes: a sentence's quotations
 * and the sentence itself are read over the same span, one after the other. The counts are never
 * written once returned; a scope no longer kept is counted again (the same counts).
 */
let cacheText = '';
let cacheIndex: TermIndex | null = null;
const CACHED = 4;
const cacheStarts = new Int32Array(CACHED).fill(-1);
const cacheEnds = new Int32Array(CACHED).fill(-1);
const cacheCounts: Int32Array[] = new Array<Int32Array>(CACHED).fill(new Int32Array(0));
let cacheNext = 0;
/** True when the last text holds an underscore (a word character that is in no token). */
let cacheUnderscore = false;

/** Terms found in the scope, per context index (cached per span of the last text). */
function termsFound(text: string, scope: Scope, index: TermIndex, spans?: readonly number[], marks?: readonly number[]): Int32Array {
  if (text !== cacheText || index !== cacheIndex) {
    cacheStarts.fill(-1);
    for (let k = 0; k < CACHED; k++) cacheCounts[k] = index.none;
    cacheText = text;
    cacheIndex = index;
    cacheUnderscore = text.includes('_');
  }
  for (let k = 0; k < CACHED; k++) if (cacheStarts[k] === scope.start && cacheEnds[k] === scope.end) return cacheCounts[k]!;
  // (the slot's counts are given up here: its array is written again)
  cacheStarts[cacheNext] = -1;
  const counts = spans ? countTerms(text, scope, index, spans, index.slots[cacheNext]!, marks) : countTerms(text, scope, index, tokenSpans(text, scope.start, scope.end), index.slots[cacheNext]!);
  cacheStarts[cacheNext] = scope.start;
  cacheEnds[cacheNext] = scope.end;
  cacheCounts[cacheNext] = counts;
  cacheNext = (cacheNext + 1) % CACHED;
  return counts;
}

/**
 * The terms found in the scope, per context index: `index.none` when there are none, else `slot` (written here).
 * `marks`, when given, are the starts of the tokens of `spans` that are not one run of ASCII letters and digits
 * (sorted; they may hold other offsets too: see scanSentence); without them every token is read by characters.
 */
function countTerms(text: string, scope: Scope, index: TermIndex, spans: readonly number[], slot: Int32Array, marks?: readonly number[]): Int32Array {
  // most scopes hold no term: they share the index's array of zeros (never written)
  const none = index.none;
  let counts = none;
  const call = ++index.call;
  const { columns, width, next, key } = index.stemTrie;
  const { stemPairs, stemTriples, headShapes, heads, phrases, phraseSeen, stemIds, stemSeen, stemContexts } = index;
  const scopeEnd = scope.end;
  // The phrases' first runs are read from the tokens, in the same pass, unless the scope holds an
  // underscore: every other ASCII word character is a letter or digit, so it stands in a token, and
  // the character before a token and the one after it are no word characters (a token is cut at a
  // character that is no letter or digit, or after the period of an acronym), so a run of ASCII word
  // characters lies within one token. İ and the Kelvin sign are letters: met in a token, they stop
  // the phrases here for countPhrasesLowered.
  const underscore = cacheUnderscore ? text.indexOf('_', scope.start) : -1;
  const viaTokens = underscore < 0 || underscore >= scopeEnd;
  let inPlace = viaTokens;
  let lower: string | null = null;
  found.length = 0;
  const p = index.phraseTrie;
  // the first mark at or after the first token: read on with the tokens
  let m = marks && spans.length ? partitionPoint(marks.length, (i) => marks[i]! < spans[0]!) : 0;
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k]!;
    const end = spans[k + 1]!;
    if (inPlace) {
      // a token the sentence scan found to be one run of ASCII letters and digits (none of its marks) is one run of word characters
      let plain = false;
      if (marks) {
        while (m < marks.length && marks[m]! < start) m++;
        plain = m >= marks.length || marks[m] !== start;
      }
      for (let i = start; i < end; ) {
        const c = text.charCodeAt(i);
        if (!isWordChar(c)) {
          if (lowersToAscii(c)) {
            inPlace = false;
            break;
          }
          i++;
          continue;
        }
        let j = plain ? end : i + 1;
        while (j < end && isWordChar(text.charCodeAt(j))) j++;
        const length = j - i;
        if (headShapes[fold(c) * 128 + fold(text.charCodeAt(j - 1))]! & (length < 32 ? 1 << length : 1)) {
          let node = 0;
          for (let m = i; node >= 0 && m < j; m++) {
            const col = p.columns[text.charCodeAt(m)]!;
            node = (col && p.next[node * p.width + col - 1]!) || -1;
          }
          const head = node > 0 ? p.key[node]! - 1 : -1;
          if (head >= 0) {
            for (const q of heads[head]!) {
              if (phraseSeen[q] === call) continue;
              const phrase = phrases[q]!;
              // a phrase not compared in place is tried once, on the lowercased scope
              if (phrase.inPlace ? phraseAt(text, i, scopeEnd, phrase.text) : inLower((lower ??= text.slice(scope.start, scopeEnd).toLowerCase()), phrase)) found.push(q);
              if (!phrase.inPlace || found[found.length - 1] === q) phraseSeen[q] = call;
            }
          }
        }
        i = j;
      }
    }
    // a word's stem is the word lowercased or a prefix of it, so a word that no stem of the index
    // begins is not stemmed (walked through the trie). A character outside ASCII lowercases to
    // characters outside ASCII (but for İ and the Kelvin sign, left to stem()): a stem going on
    // into it has its ASCII beginning marked as a key of the trie, met before it
    // (the first two steps at once for two ASCII code units: see stemPairs)
    const c0 = text.charCodeAt(start);
    const c1 = text.charCodeAt(start + 1);
    // (every key three code units or more: a word of ASCII begins with one only where its first three are a key's)
    if (stemTriples !== null) {
      if (end - start < 3) {
        if (c0 < 0x80 && (end - start < 2 || c1 < 0x80)) continue;
      } else {
        const c2 = text.charCodeAt(start + 2);
        if (c0 < 0x80 && c1 < 0x80 && c2 < 0x80) {
          const t = stemTriple(c0, c1, c2);
          if ((stemTriples[t >> 3]! & (1 << (t & 7))) === 0) continue;
        }
      }
    }
    let candidate: boolean;
    let from = start;
    let node = 0;
    if (end - start >= 2 && c0 < 0x80 && c1 < 0x80) {
      const pair = stemPairs[c0 * 128 + c1]!;
      candidate = pair < 0;
      node = pair;
      from = pair > 0 ? start + 2 : end;
    } else candidate = key[0] !== 0;
    for (let i = from; !candidate && i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        candidate = lowersToAscii(c);
        break;
      } else {
        const col = columns[c]!;
        node = col ? next[node * width + col - 1]! : 0;
        if (!node) break;
        candidate = key[node] !== 0;
      }
    }
    if (!candidate) continue;
    const id = stemIds.get(stem(text.slice(start, end).toLowerCase()));
    if (id === undefined || stemSeen[id] === call) continue;
    stemSeen[id] = call;
    if (counts === none) counts = slot.fill(0);
    for (const i of stemContexts[id]!) counts[i]!++;
  }
  if (!viaTokens) {
    if (!countPhrasesInPlace(text, scope, index, call)) countPhrasesLowered(text, scope, index);
  } else if (!inPlace) countPhrasesLowered(text, scope, index);
  else for (const q of index.bare) if (inLower((lower ??= text.slice(scope.start, scopeEnd).toLowerCase()), index.phrases[q]!)) found.push(q);
  if (found.length && counts === none) counts = slot.fill(0);
  for (const q of found) counts[phrases[q]!.context]!++;
  return counts;
}

/** The phrases countPhrasesInPlace or countPhrasesLowered found in the scope (each once). */
const found: number[] = [];

/** True when the phrase stands as whole words in the lowercased text. */
const inLower = (lower: string, phrase: Phrase): boolean => lower.includes(phrase.text) && phrase.re.test(lower);

/**
 * Finds the phrases standing as whole words in the scope lowercased, into `found`. One that
 * starts with an ASCII word character can only match where a run of word characters of the
 * lowercased scope starts that equals its first run (the phrase holds a space, so its first run
 * is followed by a non-word character): the runs are read in place (ASCII capitals folded), and
 * each phrase is compared where its first run stands. Outside ASCII only İ and the Kelvin sign
 * lowercase to word characters: on meeting one this gives up and returns false.
 */
function countPhrasesInPlace(text: string, scope: Scope, index: TermIndex, call: number): boolean {
  found.length = 0;
  const { columns, width, next, key } = index.phraseTrie;
  let lower: string | null = null;
  const end = scope.end;
  for (let i = scope.start; i < end; ) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (lowersToAscii(c)) return false;
      i++;
      continue;
    }
    // a run: find its end, and walk it through the trie of first runs only when its length and its
    // first and last characters (capitals folded) are those of a first run
    let j = i + 1;
    while (j < end && isWordChar(text.charCodeAt(j))) j++;
    const length = j - i;
    let head = -1;
    if (index.headShapes[fold(c) * 128 + fold(text.charCodeAt(j - 1))]! & (length < 32 ? 1 << length : 1)) {
      let node = 0;
      for (let k = i; node >= 0 && k < j; k++) {
        const col = columns[text.charCodeAt(k)]!;
        node = (col && next[node * width + col - 1]!) || -1;
      }
      head = node > 0 ? key[node]! - 1 : -1;
    }
    if (head >= 0) {
      for (const p of index.heads[head]!) {
        if (index.phraseSeen[p] === call) continue;
        const phrase = index.phrases[p]!;
        // a phrase not compared in place is tried once, on the lowercased scope
        if (phrase.inPlace ? phraseAt(text, i, end, phrase.text) : inLower((lower ??= text.slice(scope.start, end).toLowerCase()), phrase)) found.push(p);
        if (!phrase.inPlace || found[found.length - 1] === p) index.phraseSeen[p] = call;
      }
    }
    i = j;
  }
  for (const p of index.bare) if (inLower((lower ??= text.slice(scope.start, end).toLowerCase()), index.phrases[p]!)) found.push(p);
  return true;
}

/** True when the ASCII phrase, lowercase, stands at i (ASCII capitals folded) and ends at `end` or before a non-word character. */
function phraseAt(text: string, i: number, end: number, phrase: string): boolean {
  if (i + phrase.length > end) return false;
  for (let k = 0; k < phrase.length; k++) if (fold(text.charCodeAt(i + k)) !== phrase.charCodeAt(k)) return false;
  const after = i + phrase.length;
  // outside ASCII a character lowercases to non-word characters, but for İ and the Kelvin sign,
  // which make the caller give up
  return after === end || !isWordChar(text.charCodeAt(after));
}

/** The phrases of the scope, into `found`, by the runs of the lowercased scope: each first run's phrases are tried once. */
function countPhrasesLowered(text: string, scope: Scope, index: TermIndex): void {
  found.length = 0;
  const lower = text.slice(scope.start, scope.end).toLowerCase();
  const heads = new Map(index.heads.map((ps, h) => [index.phrases[ps[0]!]!.head, h]));
  const tried = new Set<string>();
  for (const run of lower.match(ASCII_WORDS) ?? []) {
    const h = heads.get(run);
    if (h === undefined || tried.has(run)) continue;
    tried.add(run);
    for (const p of index.heads[h]!) if (inLower(lower, index.phrases[p]!)) found.push(p);
  }
  for (const p of index.bare) if (inLower(lower, index.phrases[p]!)) found.push(p);
}

/**
 * Ids of the contexts that match, strongest first. `spans`, when given, are tokenSpans(text, scope.start, scope.end);
 * `marks`, when given with them, the starts of those that are not one run of ASCII letters and digits, as
 * scanSentence marks them (sorted; other offsets may stand among them): the others are then read without a look
 * at their characters. `call`, when given, an object that stands for one reading of a page (findClaims passes its
 * claims list): the contexts list is checked against its index once for it, not at every claim.
 */
export function matchContexts(text: string, scope: Scope, mentions: readonly Mention[], contexts: readonly Context[], spans?: readonly number[], marks?: readonly number[], call?: object): string[] {
  if (!contexts.length) return [];
  const index = indexFor(contexts, call);
  const counts = termsFound(text, scope, index, spans, marks);
  // no context matches without a term
  if (counts === index.none) return [];
  const scored: Array<{ id: string; strength: number }> = [];
  let inSentence: Set<string> | null = null;
  let inParagraph: Set<string> | null = null;
  contexts.forEach((c, i) => {
    const terms = counts[i]!;
    // no context matches without a term
    if (!terms) return;
    if (!inSentence || !inParagraph) {
      inSentence = new Set();
      inParagraph = new Set();
      for (const m of mentions) {
        if (!m.entityId) continue;
        if (m.start >= scope.start && m.end <= scope.end) inSentence.add(m.entityId);
        else if (m.start >= scope.paragraphStart && m.end <= scope.paragraphEnd) inParagraph.add(m.entityId);
      }
    }
    let entity = 0;
    for (const id of c.triggers.entities) {
      if (inSentence.has(id)) {
        entity = 2;
        break;
      }
      if (inParagraph.has(id)) entity = 1;
    }
    if ((entity > 0 && terms >= 1) || terms >= 2) scored.push({ id: c.id, strength: 2 * terms + entity });
  });
  return scored.sort((a, b) => b.strength - a.strength || a.id.localeCompare(b.id)).map((x) => x.id);
}
