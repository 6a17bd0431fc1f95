/**
 * Character classes by code point, exactly as the regular expressions \p{L}, \p{N}, \p{Lu} (with
 * the u flag) and \s see them, without running a regular expression per character: ASCII is
 * filled in at load, the rest of the Basic Multilingual Plane on first use.
 */

const KNOWN = 1;
const LETTER = 2;
const NUMBER = 4;
const UPPER = 8;
const SPACE = 16;

const bmp = new Uint8Array(0x10000);

function compute(cp: number): number {
  const s = String.fromCodePoint(cp);
  return KNOWN | (/\p{L}/u.test(s) ? LETTER : 0) | (/\p{N}/u.test(s) ? NUMBER : 0) | (/\p{Lu}/u.test(s) ? UPPER : 0) | (/\s/.test(s) ? SPACE : 0);
}

for (let c = 0; c < 128; c++) bmp[c] = compute(c);

function flags(cp: number): number {
  if (cp >= 0x10000) return compute(cp);
  let f = bmp[cp]!;
  if (!f) bmp[cp] = f = compute(cp);
  return f;
}

export const isLetter = (cp: number): boolean => (flags(cp) & LETTER) !== 0;
export const isLetterOrNumber = (cp: number): boolean => (flags(cp) & (LETTER | NUMBER)) !== 0;
export const isUpper = (cp: number): boolean => (flags(cp) & UPPER) !== 0;
/** The JavaScript \s class (a code unit: every \s character is in the BMP). */
export const isSpace = (code: number): boolean => (flags(code) & SPACE) !== 0;
/** isSpace, ASCII without a table lookup. */
export const isWhite = (c: number): boolean => (c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : isSpace(c));
export const isAsciiUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
/** a-z. */
export const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/**
 * The code point at `i` as a regular expression run over text.slice(0, to) reads it: a surrogate
 * pair cut by `to` is a lone surrogate. -1 at or past `to`.
 */
export function codePointIn(text: string, i: number, to: number): number {
  if (i >= to) return -1;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Code units a code point takes. */
export const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** The code units (1 or 2) of the letter at i, 0 when no letter starts there before `to`. ASCII, most of the text, takes no call. */
export function letterWidth(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 1 : 0;
  const cp = codePointIn(text, i, to);
  return isLetter(cp) ? width(cp) : 0;
}

/**
 * The text lowercased for pre-checks: wherever a case-insensitive pattern (flags i or iu) matches
 * an ASCII word, that word stands in foldCase(text) (the u flag also folds "ſ" to "s").
 */
export function foldCase(s: string): string {
  // kinds, source and score fold the same sentence one after the other
  if (s === lastFolded[0]) return lastFolded[1];
  const l = s.toLowerCase();
  lastFolded = [s, l.includes('ſ') ? l.replace(/ſ/g, 's') : l];
  return lastFolded[1];
}
let lastFolded: [string, string] = ['', ''];

/**
 * True when the folded text holds one of the words: a pattern that needs one of them can match.
 * All words ever asked for are looked up together in one pass over the text (a pattern trying
 * the longest word first at each position, plus the words that are prefixes of the one found),
 * and the answer is kept for the last text, which kinds, source and score all ask about.
 */
export function hasAny(folded: string, words: readonly string[]): boolean {
  let id = listIds.get(words);
  if (id === undefined) {
    // callers pass constant lists; a caller making new lists each time only costs rebuilds, bounded here
    if (listCount >= MAX_LISTS) reset();
    id = listCount++;
    listIds.set(words, id);
    for (const w of words) {
      known.add(w);
      wordLists.set(w, [...(wordLists.get(w) ?? []), id]);
    }
    pattern = null;
  }
  return wordsIn(folded)[id] === 1;
}

const MAX_LISTS = 1000;
const known = new Set<string>();
/** Each word list asked about → its index; each word → the indexes of the lists holding it. */
let listIds = new WeakMap<readonly string[], number>();
let listCount = 0;
const wordLists = new Map<string, number[]>();
let pattern: RegExp | null = null;
/** Each word → the known words that are prefixes of it (itself included). */
let prefixes = new Map<string, string[]>();
let lastText: string | null = null;
/** Per list index, 1 when the last text holds one of its words. */
let lastHits = new Uint8Array(0);

function reset(): void {
  known.clear();
  wordLists.clear();
  listIds = new WeakMap();
  listCount = 0;
  pattern = null;
}

function wordsIn(folded: string): Uint8Array {
  if (pattern && folded === lastText) return lastHits;
  if (!pattern) {
    const longestFirst = [...known].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    // no look-ahead: each match is the first word (longest first) at the leftmost position from
    // lastIndex, and the search goes on one character after it, so words inside it are found too
    pattern = new RegExp(`(?:${longestFirst.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
    prefixes = new Map(longestFirst.map((w) => [w, longestFirst.filter((p) => w.startsWith(p))]));
  }
  const hits = new Uint8Array(listCount);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    for (const p of prefixes.get(m[0])!) for (const id of wordLists.get(p)!) hits[id] = 1;
    pattern.lastIndex = m.index + 1;
  }
  lastText = folded;
  lastHits = hits;
  return hits;
}

/**
 * The number of whitespace-separated chunks holding a letter (or a digit: ASCII only, or any
 * \p{N} with `anyNumber`), as s.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length counts them.
 */
export function countWords(s: string, anyNumber = false): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    // ASCII: one table lookup (digits count in both modes)
    if (c < 0x80) {
      const f = bmp[c]!;
      if (f & SPACE) counted = false;
      else if (!counted && f & (LETTER | NUMBER)) {
        n++;
        counted = true;
      }
      i++;
      continue;
    }
    const cp = s.codePointAt(i)!;
    if (cp < 0x10000 && isSpace(cp)) counted = false;
    else if (!counted && (anyNumber ? isLetterOrNumber(cp) : isLetter(cp) || (cp >= 0x30 && cp <= 0x39))) {
      n++;
      counted = true;
    }
    i += width(cp);
  }
  return n;
}

/** w without a final "'s" or "’s", as w.replace(/['’]s$/u, '') gives it. */
export function withoutPossessive(w: string): string {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 0x73) return w;
  const a = w.charCodeAt(n - 2);
  return a === 0x27 || a === 0x2019 ? w.slice(0, n - 2) : w;
}

/** True when s is two or more capital letters and nothing else, as /^\p{Lu}{2,}$/u.test(s) says. */
export function isAcronym(s: string): boolean {
  let n = 0;
  for (let i = 0; i < s.length; ) {
    const cp = codePointIn(s, i, s.length);
    if (!isUpper(cp)) return false;
    n++;
    i += width(cp);
  }
  return n >= 2;
}

/**
 * The index of the first capital letter (\p{Lu}) at or after `from`, read by code point as a
 * regular expression with the u flag reads the text, or -1: one call scans the whole stretch.
 */
export function nextCapital(text: string, from: number): number {
  for (let i = from; i < text.length; ) {
    const c = text.charCodeAt(i);
    // ASCII: only A-Z are capitals
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) return i;
      i++;
      continue;
    }
    const cp = codePointIn(text, i, text.length);
    if (isUpper(cp)) return i;
    i += width(cp);
  }
  return -1;
}

/** What follows the last white space in s, as s.split(/\s+/).pop() gives it ("" when s ends with one). */
export function lastWord(s: string): string {
  let i = s.length;
  while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
  return i === 0 ? s : s.slice(i);
}

/**
 * The end of the run of letters, apostrophes (' ’) and hyphens from i, as [\p{L}’'\-]* with the
 * u flag reads it; with `periods`, periods too ([\p{L}’'\-.]*).
 */
export function letterRunEnd(text: string, i: number, periods = false): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((bmp[c]! & LETTER) === 0 && c !== 0x27 && c !== 0x2d && !(periods && c === 0x2e)) break;
      i++;
      continue;
    }
    if (c === 0x2019) {
      i++;
      continue;
    }
    const cp = codePointIn(text, i, text.length);
    if (!isLetter(cp)) break;
    i += width(cp);
  }
  return i;
}

/**
 * The first index i in [0, length) for which before(i) is false, where before holds for a prefix of
 * the indices and not after it (a binary search over a sorted list): length when it holds for all.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
