/**
 * What a number counts. First the noun phrase right after it ("20,000 Ukrainian children" →
 * "children", "75% of voters" → "voters"); when nothing follows ("numbered by Ukrainian
 * authorities at 20,000") the plural noun the sentence is about, preferring one modified by a
 * participle ("the children abducted by …") or a typical counted noun, then the nearest.
 */

import { codePointIn, isSpace, isUpper } from './chars';
import { lowerTrie, lowerTrieHas, lowersTo, tokenSpans } from './lexicon';

const STOP = new Set(
  ('of in on at by from for with and or but who that which than as since per a an the to were was are is have has ' +
    'had will would could can may might said says each ago this last next its their his her our into over under ' +
    'after before during between against about across out up down off so if when while because some many several most such these those other').split(' '),
);
/** STOP as a trie, to read a token's word in place (the words are of the letters a–z). */
const STOP_TRIE = lowerTrie(STOP);
/** /(ed|ing)$/.test(w). */
const endsEdOrIng = (w: string): boolean => w.endsWith('ed') || w.endsWith('ing');
const IRREGULAR_PLURALS = new Set('children people men women police staff personnel troops cattle livestock'.split(' '));
const TYPICAL = new Set(
  ('people children civilians soldiers troops refugees deaths casualties victims cases homes houses jobs workers ' +
    'migrants prisoners hostages students patients residents voters members countries cities villages schools ' +
    'hospitals vehicles tanks drones missiles strikes attacks households families companies users').split(' '),
);
const NOT_PLURAL = new Set('his its was has does this is as us yes perhaps towards always news thus less unless series species whereas'.split(' '));

export interface Counted {
  noun: string;
  /** True when the noun follows the number. */
  after: boolean;
}

export function isPlural(w: string): boolean {
  // ending in "s" but not in "ss", "us" or "is" (every irregular plural ending in "s" reads so too), else irregular
  const n = w.length;
  if (n > 3 && w.charCodeAt(n - 1) === 0x73) {
    const c = w.charCodeAt(n - 2);
    if (c !== 0x73 && c !== 0x75 && c !== 0x69 && !NOT_PLURAL.has(w)) return true;
  }
  return n < 32 && (IRREGULAR_SHAPES[w.charCodeAt(n - 1) & 0x7f]! & (1 << n)) !== 0 && IRREGULAR_PLURALS.has(w);
}

/** Per last code unit (its low seven bits), a bit per length of the irregular plurals with it: a word without its bit is none. */
const IRREGULAR_SHAPES = new Uint32Array(128);
for (const w of IRREGULAR_PLURALS) IRREGULAR_SHAPES[w.charCodeAt(w.length - 1) & 0x7f]! |= 1 << w.length;

/** The word lowercased without a final apostrophe or "'s", as w.toLowerCase().replace(/['’]s?$/u, '') gives it. */
const clean = (w: string): string => cleanLower(w.toLowerCase());

/** clean for a word lowercased already (lowercasing it again gives the same). */
function cleanLower(l: string): string {
  const n = l.length;
  const last = l.charCodeAt(n - 1);
  if (last === 0x27 || last === 0x2019) return l.slice(0, n - 1);
  if (last === 0x73 && n >= 2 && (l.charCodeAt(n - 2) === 0x27 || l.charCodeAt(n - 2) === 0x2019)) return l.slice(0, n - 2);
  return l;
}

export function countedNoun(text: string, from: number, to: number, start: number, end: number, percent: boolean): Counted | null {
  return countedAfter(text, to, end) ?? (percent ? null : countedBefore(text, from, start));
}

/** 1 for A-Z, a-z and 0-9. */
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ALNUM[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/** Tokens after the number read first for the noun after it; more only when these do not settle it. */
const NEAR = 2;
/**
 * Tokens that settle it in any case: nounAfter reads "of", then "the" or "all", then at most four
 * words: tokens 0 to 5 (after the fourth word it stops, whatever follows).
 */
const FAR = 6;

/**
 * The first half of countedNoun: the noun phrase right after the number (`after` true), or null.
 * Cheap next to countedBefore, so callers that may drop the number ask this first.
 */
export function countedAfter(text: string, to: number, end: number): Counted | null {
  const far = Math.min(to, end + 80);
  // the noun's first token stands right at `end` or after \s only: a token starts at a letter or a
  // digit, so after an ASCII character that is neither (nor \s) there is no noun to read
  if (end >= far) return null;
  const c = text.charCodeAt(end);
  if (c < 0x80 && !isSpace(c) && !ASCII_ALNUM[c]) return null;
  // the first tokens of the window are read as they are in the whole window (the tokenizer's state is the
  // position alone): with fewer than asked for, they are all of them
  const near = tokenSpans(text, end, far, NEAR);
  const got = nounAfter(text, end, near, near.length < 2 * NEAR ? Infinity : NEAR);
  if (got !== undefined) return got;
  return nounAfter(text, end, tokenSpans(text, end, far, FAR), Infinity) ?? null;
}

/** countedAfter read over every token of its window (for tests: countedAfter reads only the first ones). */
export function countedAfterWhole(text: string, to: number, end: number): Counted | null {
  const far = Math.min(to, end + 80);
  return end >= far ? null : (nounAfter(text, end, tokenSpans(text, end, far), Infinity) ?? null);
}

/** True when text.slice(a, b) is all \s (or empty). */
function allSpace(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** True when text.slice(a, b) holds an ASCII digit (\d). */
function hasDigit(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/**
 * countedAfter over the tokens `spans` after `end`, of which only the first `known` are sure to be
 * those of the whole window: undefined when the answer needs whether there is a token past them, or which.
 */
function nounAfter(text: string, end: number, spans: readonly number[], known: number): Counted | null | undefined {
  if (known < 1) return undefined;
  // each token is read by its offsets, compared in place with the words looked for, and lowercased
  // only when it may be the noun
  let k = 0;
  if (spans.length && allSpace(text, end, spans[0]!) && lowersTo(text, spans[0]!, spans[1]!, 'of')) {
    if (known < 2) return undefined;
    k = 1;
    if (spans.length > 2 && (lowersTo(text, spans[2]!, spans[3]!, 'the') || lowersTo(text, spans[2]!, spans[3]!, 'all'))) k = 2;
  }
  let noun = '';
  let count = 0;
  for (let i = k; ; i++) {
    if (i >= known) return undefined;
    if (2 * i >= spans.length || count >= 4) break;
    const start = spans[2 * i]!;
    const stop = spans[2 * i + 1]!;
    const prevEnd = i === 0 ? end : spans[2 * i - 1]!;
    // the gap before the token: \s only, and some, but none needed right after the number
    if (prevEnd === start ? i !== 0 : !allSpace(text, prevEnd, start)) break;
    if (lowerTrieHas(STOP_TRIE, text, start, stop) || hasDigit(text, start, stop)) break;
    const lower = text.slice(start, stop).toLowerCase();
    if (count && endsEdOrIng(lower) && !isPlural(lower)) break;
    noun = cleanLower(lower);
    count++;
    if (isPlural(noun)) break;
  }
  return count ? { noun, after: true } : null;
}

/**
 * A cheap necessary test for isPlural(clean(token)) on the token text.slice(s, e), reading no string:
 * the word clean leaves ends in "s" or is one of IRREGULAR_PLURALS, which end in n, e, f, l or k (or s).
 * Its last letter is the token's, or the one before "'s" / "’s" (a token never ends in an apostrophe:
 * tokenSpans joins one only between two runs). Lowercasing maps no character other than A-Z and "K"
 * (the Kelvin sign, to "k") to one of these letters or to an apostrophe.
 */
function mayBePlural(text: string, s: number, e: number): boolean {
  let k = e - 1;
  if (k - 1 > s && (text.charCodeAt(k) | 0x20) === 0x73) {
    const a = text.charCodeAt(k - 1);
    if (a === 0x27 || a === 0x2019) k -= 2;
  }
  const c = text.charCodeAt(k);
  if (c === 0x212a) return true;
  if (c >= 0x80) return false;
  const l = c | 0x20;
  return l === 0x73 || l === 0x6e || l === 0x65 || l === 0x66 || l === 0x6c || l === 0x6b;
}

/**
 * The tokens countedBefore read last: those of text.slice(from, limit), and per token its word
 * (see beforeWord; undefined until read) and whether it ends in "ed" or is "killed" or "who"
 * (-1 until read). A sentence's figures are asked about from its start, one after another: the
 * tokens read for one are read again for the next only near its start.
 */
let beforeText: string | null = null;
let beforeFrom = -1;
let beforeLimit = -1;
const beforeSpans: number[] = [];
const beforeWords: Array<string | null | undefined> = [];
const beforeMarks: number[] = [];

/** The plural noun token k of beforeSpans stands for (lowercased, without "'s"), or null when it is none. */
function beforeWord(text: string, k: number): string | null {
  const got = beforeWords[k];
  if (got !== undefined) return got;
  const s = beforeSpans[2 * k]!;
  const e = beforeSpans[2 * k + 1]!;
  let w: string | null = null;
  // /^\p{Lu}/u on the token, then whether it may be plural, before any string is made
  if (!isUpper(codePointIn(text, s, e)) && mayBePlural(text, s, e)) {
    const c = clean(text.slice(s, e));
    if (isPlural(c) && !STOP.has(c)) w = c;
  }
  beforeWords[k] = w;
  return w;
}

/** 1 when token k of beforeSpans, lowercased, ends in "ed" or is "killed" or "who", else 0. */
function beforeMark(text: string, k: number): number {
  const got = beforeMarks[k]!;
  if (got >= 0) return got;
  const next = text.slice(beforeSpans[2 * k]!, beforeSpans[2 * k + 1]!).toLowerCase();
  const mark = /ed$/.test(next) || next === 'killed' || next === 'who' ? 1 : 0;
  beforeMarks[k] = mark;
  return mark;
}

/** The second half of countedNoun, when nothing follows: the plural noun the sentence counts before `start`. */
export function countedBefore(text: string, from: number, start: number): Counted | null {
  // tokenSpans decides where a token ends by reading at most two characters past it: the tokens
  // read before that end 3 or more before both limits are tokens of text.slice(from, start) too, and
  // the tokenizer goes on from the end of one as from its start
  let m = 0;
  if (text === beforeText && from === beforeFrom) {
    const keep = Math.min(beforeLimit, start) - 3;
    m = beforeSpans.length / 2;
    while (m > 0 && beforeSpans[2 * m - 1]! > keep) m--;
  }
  beforeSpans.length = 2 * m;
  beforeWords.length = m;
  beforeMarks.length = m;
  const tail = tokenSpans(text, m ? beforeSpans[2 * m - 1]! : from, start);
  for (let k = 0; k < tail.length; k += 2) {
    beforeSpans.push(tail[k]!, tail[k + 1]!);
    beforeWords.push(undefined);
    beforeMarks.push(-1);
  }
  beforeText = text;
  beforeFrom = from;
  beforeLimit = start;
  const n = beforeSpans.length / 2;
  let best: string | null = null;
  let bestScore = -Infinity;
  for (let i = 0; i < n; i++) {
    const w = beforeWord(text, i);
    if (w === null) continue;
    let score = -(n - i) * 0.05;
    if (i + 1 < n && beforeMark(text, i + 1)) score += 2;
    if (TYPICAL.has(w)) score += 1;
    if (score > bestScore) {
      best = w;
      bestScore = score;
    }
  }
  return best ? { noun: best, after: false } : null;
}
