/** Numbers written in words: "two million", "thirty-one", "a hundred", "tens of thousands". */

import { isLetter, letterWidth } from './chars';

function table(entries: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(entries));
}

// Maps: a word such as "constructor" finds nothing in them (and a word sliced from the text is looked up without being interned)
const UNITS: ReadonlyMap<string, number> = table({
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, one: 1,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
});
const SCALES: ReadonlyMap<string, number> = table({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
const VAGUE: ReadonlyMap<string, number> = table({ dozens: 24, tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 });

export interface WordNumber {
  start: number;
  end: number;
  value: number;
  /** True when a scale word (million, thousand) multiplies it. */
  multiplied: boolean;
}

/** The end of the run of letters from i (i itself when there is none), before `to`. */
function lettersEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const w = letterWidth(text, i, to);
    if (!w) break;
    i += w;
  }
  return i;
}

function unitValue(w: string): number | undefined {
  const unit = UNITS.get(w);
  if (unit !== undefined) return unit;
  if (!w.includes('-')) return undefined;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  return m ? UNITS.get(m[1]!)! + UNITS.get(m[2]!)! : undefined;
}

/**
 * A pre-check without a regular expression or a lowercased copy of the text: which kinds of words
 * text.slice(from, to) holds among the number words (NUMBER_WORD) and the ordinals "second" to
 * "tenth" (ORDINAL_WORD), each standing as a whole run of the letters A-Z, a-z and "ſ", compared
 * lowercased with "ſ" read as "s". A zero bit means no such word, which is what the callers rely on:
 * - every word number holds a word of UNITS, SCALES or VAGUE that parseWordNumber reads as a whole
 *   run of letters (\p{L}) lowercased, or as the part before a hyphen ("twenty-one"). Such a run
 *   lowercases to ASCII, so it holds only ASCII letters (the only other letters lowercasing to ASCII
 *   are "K", the Kelvin sign, to "k", in no number word, and "İ", to "i" with a combining dot), and
 *   as no other letter touches it, it is a whole run here too. "one" is left out: alone it is never
 *   a number, and with a scale word ("one million") the scale word is found.
 * - an ordinal the rank patterns match (flags iu, \b before it and "-", " " or \s after it) is a
 *   whole run of word characters, which there are [A-Za-z0-9_], "ſ" and "K" (folding to "s" and
 *   "k"); as it folds to letters without "k", it is a whole run of [A-Za-zſ] here.
 */
export const NUMBER_WORD = 1;
export const ORDINAL_WORD = 2;
/** Also found in the same pass: an ASCII digit, what \d matches (without the u flag, and with it). */
export const DIGIT = 4;
const WORD_FLAGS = new Map<string, number>();
for (const w of [...UNITS.keys(), ...SCALES.keys(), ...VAGUE.keys()]) if (w !== 'one') WORD_FLAGS.set(w, NUMBER_WORD);
for (const w of 'second third fourth fifth sixth seventh eighth ninth tenth'.split(' ')) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | ORDINAL_WORD);
/** The words the index flags (lowercase ASCII): a run of letters is flagged only when it is one of them. */
export const INDEXED_WORDS: readonly string[] = [...WORD_FLAGS.keys()];
// The words are 3 to 9 letters long. A run of letters is compared only when its length and its
// first and last letters are those of one of the words (CANDIDATE), which few runs are.
const MAX_LEN = 9;
/** The shortest of the words ("two", "ten"). */
const MIN_LEN = 3;
/** Per ASCII code: the a-z index + 1 of a letter of either case, 0 for anything else. */
const LETTER_INDEX = new Uint8Array(0x80).map((_, c) => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? (c | 0x20) - 0x60 : 0));
const LONG_S = 0x17f;
/** The key of a run by its first and last letters and its length; a length of MAX_LEN + 1 (any longer run) keys no word. */
const key = (first: number, last: number, len: number): number => (first * 27 + last) * (MAX_LEN + 2) + len;
const CANDIDATE = new Uint8Array(27 * 27 * (MAX_LEN + 2));
/** Per key, the words with it (a few share one: "forty" and "fifty"), and their flags, at the same index. */
const BUCKET_WORDS: string[][] = [];
const BUCKET_FLAGS: number[][] = [];
for (let k = 0; k < CANDIDATE.length; k++) {
  BUCKET_WORDS.push([]);
  BUCKET_FLAGS.push([]);
}
for (const [w, f] of WORD_FLAGS) {
  if (w.length < MIN_LEN || w.length > MAX_LEN) throw new Error(`number word of unexpected length: ${w}`);
  const k = key(w.charCodeAt(0) - 0x60, w.charCodeAt(w.length - 1) - 0x60, w.length);
  CANDIDATE[k] = 1;
  BUCKET_WORDS[k]!.push(w);
  BUCKET_FLAGS[k]!.push(f);
}

/** The a-z index + 1 of a character wordFlags reads as a letter (A-Z, a-z, "ſ" as "s"), 0 for any other. */
const letterIndex = (c: number): number => (c < 0x80 ? LETTER_INDEX[c]! : c === LONG_S ? 0x73 - 0x60 : 0);

/** wordFlags over text.slice(from, to) by reading every character. */
function scanFlags(text: string, from: number, to: number): number {
  let flags = 0;
  let start = -1;
  let first = 0;
  let last = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // a letter A-Z, a-z, or "ſ" read as "s"
    const x = c < 0x80 ? LETTER_INDEX[c]! : c === LONG_S ? 0x73 - 0x60 : 0;
    if (x) {
      if (start < 0) {
        start = i;
        first = x;
      }
      last = x;
    } else {
      if (c >= 0x30 && c <= 0x39) flags |= DIGIT;
      if (start >= 0) {
        flags |= runFlags(text, start, i, first, last);
        start = -1;
      }
    }
  }
  return start >= 0 ? flags | runFlags(text, start, to, first, last) : flags;
}

/**
 * What one reading of a whole text gives every later range of it: the offsets of its ASCII digits,
 * and the whole runs of letters (as scanFlags cuts them) with a flag, as start, end, flags triples.
 * The callers ask for the sentences and quotations of one page, one after another: the text is read
 * once when it is asked about a second time, and each range is then answered by binary searches.
 */
let seenText: string | null = null;
let indexedText: string | null = null;
/** The runs of ASCII digits, as the offsets where they start and end. */
let digitStarts: number[] = [];
let digitEnds: number[] = [];
/** The run nextDigit found last (an index into digitStarts and digitEnds), where it looks first. */
let digitHint = 0;
let flaggedRuns: number[] = [];

/** letterIndex for every code unit, without a branch: 64 KiB, read once per character of a page. */
const UNIT_INDEX = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) UNIT_INDEX[c] = LETTER_INDEX[c]!;
UNIT_INDEX[LONG_S] = 0x73 - 0x60;
/** Per code unit: 1 for what wordFlags reads as a letter (UNIT_INDEX not 0), 2 for an ASCII digit, else 0. */
const UNIT_CLASS = UNIT_INDEX.map((x) => (x ? 1 : 0));
UNIT_CLASS.fill(2, 0x30, 0x3a);
/** The work buffer of indexText, grown as needed: the offsets where runs of letters start and end. */
let bounds = new Int32Array(1 << 12);

/**
 * The index by one pass without a branch per character (a branch at each edge of a word is
 * mispredicted often, and costs more than the rest): each offset is written, and the write position
 * moves on only where the class of the code unit (UNIT_CLASS: a letter, a digit, else) changes. The
 * offsets kept cut the text into runs of one class each, read after by their first code unit.
 */
function indexText(text: string): void {
  const n = text.length;
  if (bounds.length < n + 1) bounds = new Int32Array(2 * n + 1);
  const b = bounds;
  let k = 0;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const cls = UNIT_CLASS[text.charCodeAt(i)]!;
    b[k] = i;
    // 1 where the class changes (cls ^ prev is 1 to 3), else 0
    k += ((cls ^ prev) + 3) >> 2;
    prev = cls;
  }
  b[k] = n;
  const runs: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // b[r] to b[r + 1]: a run of one class (the text's first run, of no class, is not among them)
  for (let r = 0; r < k; r++) {
    const start = b[r]!;
    const end = b[r + 1]!;
    const c = text.charCodeAt(start);
    const cls = UNIT_CLASS[c]!;
    if (cls === 2) {
      starts.push(start);
      ends.push(end);
      continue;
    }
    // a run of letters shorter or longer than every word is none (most runs are): then its key by its letters
    const len = end - start;
    if (cls === 0 || len < MIN_LEN || len > MAX_LEN) continue;
    const key2 = key(UNIT_INDEX[c]!, UNIT_INDEX[text.charCodeAt(end - 1)]!, len);
    if (!CANDIDATE[key2]) continue;
    const f = bucketFlags(text, start, len, key2);
    if (f) runs.push(start, end, f);
  }
  digitStarts = starts;
  digitEnds = ends;
  digitHint = 0;
  flaggedRuns = runs;
  indexedText = text;
}

/** The first k (stepping by `step` from 0) with a[k] >= x, or a.length. */
function lowerBound(a: readonly number[], x: number, step: number): number {
  let lo = 0;
  let hi = a.length / step;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid * step]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo * step;
}

/** wordFlags from the index of the whole text: the whole runs from it, the runs cut at `from` or `to` read here. */
function indexedFlags(text: string, from: number, to: number): number {
  let flags = 0;
  if (nextDigit(text, from, to) >= 0) flags |= DIGIT;
  for (let k = lowerBound(flaggedRuns, from, 3); k < flaggedRuns.length && flaggedRuns[k]! < to; k += 3) {
    if (flaggedRuns[k + 1]! <= to) flags |= flaggedRuns[k + 2]!;
  }
  // a run of letters across `from`: its part from `from` on is a run of the range
  const cutFront = from > 0 && letterIndex(text.charCodeAt(from - 1)) !== 0 && letterIndex(text.charCodeAt(from)) !== 0;
  if (cutFront) {
    let e = from + 1;
    while (e < to && letterIndex(text.charCodeAt(e))) e++;
    flags |= runFlags(text, from, e, letterIndex(text.charCodeAt(from)), letterIndex(text.charCodeAt(e - 1)));
  }
  // a run across `to` (not the one just read, when one run spans the whole range): its part before `to`
  if (to < text.length && letterIndex(text.charCodeAt(to - 1)) !== 0 && letterIndex(text.charCodeAt(to)) !== 0) {
    let s = to - 1;
    while (s > from && letterIndex(text.charCodeAt(s - 1))) s--;
    if (!(cutFront && s === from)) flags |= runFlags(text, s, to, letterIndex(text.charCodeAt(s)), letterIndex(text.charCodeAt(to - 1)));
  }
  return flags;
}

/**
 * The offset of the first ASCII digit (\d) in text.slice(i, to), or -1: from the index of the
 * text when it has one (see wordFlags), else by reading the characters.
 */
export function nextDigit(text: string, i: number, to: number): number {
  if (text === indexedText) {
    // the first run ending after i: the ranges are read from their starts on, one after another, so
    // first a few runs on from the one found last (when no run before it ends after i), then by halves
    const n = digitEnds.length;
    let lo = digitHint <= n && (digitHint === 0 || digitEnds[digitHint - 1]! <= i) ? digitHint : -1;
    for (let stop = lo + 4; lo >= 0 && lo < n && digitEnds[lo]! <= i; lo++) {
      if (lo === stop) {
        lo = -1;
        break;
      }
    }
    if (lo < 0) {
      lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (digitEnds[mid]! <= i) lo = mid + 1;
        else hi = mid;
      }
    }
    digitHint = lo;
    if (lo === n) return -1;
    const d = Math.max(i, digitStarts[lo]!);
    return d < to ? d : -1;
  }
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return i;
  }
  return -1;
}

export function wordFlags(text: string, from: number, to: number): number {
  if (from >= to) return 0;
  if (text !== indexedText && !adoptNoted(text)) {
    if (text !== seenText) {
      seenText = text;
      return scanFlags(text, from, to);
    }
    indexText(text);
  }
  return indexedFlags(text, from, to);
}

/*
 * The same index from the sentence scan, which reads every token of a page's sentences (scanSentence,
 * lexicon.ts): it notes each range it reads (noteRange) and the runs of each token (noteLetters for a
 * token of ASCII letters alone, noteToken for the others). Every letter and digit of the index stands in
 * a token, and a token starts and ends at characters of neither class (a character that is no letter or
 * number, or the period ending a dotted acronym) or at an end of its range: so, when no range cuts a run,
 * the runs read inside the tokens are the whole runs of the text, in order. The notes make the index
 * (adoptNoted) only when they are whole: the ranges in order, none cutting a run, and no letter or
 * digit outside them; else the text is read again by indexText.
 */
let notedText: string | null = null;
/** The end of the last range noted, and whether the notes are still those of whole runs. */
let notedTo = 0;
let notedWhole = false;
let notedStarts: number[] = [];
let notedEnds: number[] = [];
let notedRuns: number[] = [];

/** True when the code units at i - 1 and i are both of a class (a letter or a digit): a run may go on over i. */
const joinsAt = (text: string, i: number): boolean => i > 0 && i < text.length && UNIT_CLASS[text.charCodeAt(i - 1)] !== 0 && UNIT_CLASS[text.charCodeAt(i)] !== 0;

/** Notes that text.slice(from, to) is read next, token by token (a range before the last starts the notes again). */
export function noteRange(text: string, from: number, to: number): void {
  if (text !== notedText || from < notedTo) {
    notedText = text;
    notedTo = 0;
    notedWhole = true;
    notedStarts = [];
    notedEnds = [];
    notedRuns = [];
  }
  for (let i = notedTo; i < from; i++) if (UNIT_CLASS[text.charCodeAt(i)] !== 0) notedWhole = false;
  if (joinsAt(text, from) || joinsAt(text, to)) notedWhole = false;
  notedTo = to;
}

/** Notes the token text.slice(i, j) of ASCII letters alone (one run of letters) in the range noted last. */
export function noteLetters(text: string, i: number, j: number): void {
  const len = j - i;
  if (len < MIN_LEN || len > MAX_LEN) return;
  const k = key(UNIT_INDEX[text.charCodeAt(i)]!, UNIT_INDEX[text.charCodeAt(j - 1)]!, len);
  if (CANDIDATE[k] === 0) return;
  const f = bucketFlags(text, i, len, k);
  if (f) notedRuns.push(i, j, f);
}

/** Notes the runs of any token text.slice(i, j) in the range noted last. */
export function noteToken(text: string, i: number, j: number): void {
  for (let k = i; k < j; ) {
    const cls = UNIT_CLASS[text.charCodeAt(k)]!;
    let e = k + 1;
    if (cls !== 0) {
      while (e < j && UNIT_CLASS[text.charCodeAt(e)] === cls) e++;
      if (cls === 2) {
        notedStarts.push(k);
        notedEnds.push(e);
      } else noteLetters(text, k, e);
    }
    k = e;
  }
}

/** Makes the notes of the text its index when they are whole (see above): true when they were. */
function adoptNoted(text: string): boolean {
  if (text !== notedText || !notedWhole) return false;
  for (let i = notedTo; i < text.length; i++) if (UNIT_CLASS[text.charCodeAt(i)] !== 0) return false;
  digitStarts = notedStarts;
  digitEnds = notedEnds;
  digitHint = 0;
  flaggedRuns = notedRuns;
  indexedText = text;
  // the index is not written again: later notes start their own
  notedText = null;
  return true;
}

/** The flag of the run of letters text.slice(start, end), first and last by their a-z index + 1. */
function runFlags(text: string, start: number, end: number, first: number, last: number): number {
  const len = end - start;
  if (len > MAX_LEN) return 0;
  const k = key(first, last, len);
  return CANDIDATE[k] ? bucketFlags(text, start, len, k) : 0;
}

/** The flag of the run of `len` letters at start, whose key k is a word's: the run compared with each word of the key. */
function bucketFlags(text: string, start: number, len: number, k: number): number {
  // letter by letter, as their a-z indexes (lowercased, "ſ" as "s"); the first and last are the key's
  const words = BUCKET_WORDS[k]!;
  next: for (let b = 0; b < words.length; b++) {
    const w = words[b]!;
    for (let i = 1; i < len - 1; i++) if (letterIndex(text.charCodeAt(start + i)) !== w.charCodeAt(i) - 0x60) continue next;
    return BUCKET_FLAGS[k]![b]!;
  }
  return 0;
}

/**
 * The words parseWordNumber compares a token with: those of its tables, "of", "a", "and", "half" and
 * the hyphenated "twenty-one" to "ninety-nine". Any other token it may read as '' (which it treats as
 * no word), so the token is lowercased only when its length and first and last letters fit one of
 * these. A token that lowercases to one of them is ASCII (see wordFlags), so it always fits.
 */
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const DIGITS = 'one two three four five six seven eight nine'.split(' ');
const MATTERING = [...UNITS.keys(), ...SCALES.keys(), ...VAGUE.keys(), 'of', 'a', 'and', 'half', ...TENS.flatMap((t) => DIGITS.map((d) => `${t}-${d}`))];
const MATTER_LEN = Math.max(...MATTERING.map((w) => w.length));
const matterKey = (first: number, last: number, len: number): number => (first * 27 + last) * (MATTER_LEN + 1) + len;
const MATTERS = new Uint8Array(27 * 27 * (MATTER_LEN + 1));
for (const w of MATTERING) MATTERS[matterKey(w.charCodeAt(0) - 0x60, w.charCodeAt(w.length - 1) - 0x60, w.length)] = 1;

function mayMatter(text: string, i: number, j: number): boolean {
  const first = text.charCodeAt(i);
  const last = text.charCodeAt(j - 1);
  const len = j - i;
  return len <= MATTER_LEN && first < 0x80 && last < 0x80 && MATTERS[matterKey(LETTER_INDEX[first]!, LETTER_INDEX[last]!, len)] === 1;
}

/**
 * The start of the first run of letters with NUMBER_WORD in text.slice(from, to), by the index of the
 * text; `from` when the text has none yet, or a run crosses `from`, or none is found whole in the range.
 */
function firstNumberWord(text: string, from: number, to: number): number {
  if (text !== indexedText) return from;
  if (from > 0 && letterIndex(text.charCodeAt(from - 1)) !== 0 && letterIndex(text.charCodeAt(from)) !== 0) return from;
  for (let k = lowerBound(flaggedRuns, from, 3); k < flaggedRuns.length && flaggedRuns[k]! < to; k += 3) {
    if (flaggedRuns[k + 1]! <= to && flaggedRuns[k + 2]! & NUMBER_WORD) return flaggedRuns[k]!;
  }
  return from;
}

/** A character that can stand in a token of parseWordNumber or join one: "-", a letter, or (not to be read here) a surrogate. */
function chainChar(c: number): boolean {
  return c === 0x2d || (c >= 0xd800 && c <= 0xdfff) || (c < 0x80 ? LETTER_INDEX[c] !== 0 : isLetter(c));
}

/**
 * Where parseWordNumber may start reading tokens without changing its answer. Every word number it
 * gives holds a word with NUMBER_WORD (see wordFlags) in its first three tokens, so it starts at
 * most two tokens before the token holding the first such word, at F. A chain (a longest run of
 * letters, "-" and surrogates) holds whole tokens, and one with a letter of the BMP holds at least one;
 * the start of a chain follows a character that is neither a letter nor "-", where the tokens read
 * from `from` also start. So the start of the second chain with such a letter before F's chain will do.
 */
function readFrom(text: string, from: number, to: number): number {
  const f = firstNumberWord(text, from, to);
  if (f === from) return from;
  let i = f;
  // chains counted: F's own, then those with a letter of the BMP; the start of the third is the answer
  for (let chains = 0; ; ) {
    // back to the start of the chain i stands in (or ends just before)
    let letter = false;
    while (i > from && chainChar(text.charCodeAt(i - 1))) {
      const c = text.charCodeAt(i - 1);
      if (c !== 0x2d && (c < 0xd800 || c > 0xdfff)) letter = true;
      i--;
    }
    if (i <= from) return from;
    if (letter || chains === 0) chains++;
    if (chains === 3) return i;
    // back over what is between chains
    while (i > from && !chainChar(text.charCodeAt(i - 1))) i--;
    if (i <= from) return from;
  }
}

/** Word numbers in text.slice(from, to). A lone "one" is never a number ("one recent example"). */
interface WordToken {
  w: string;
  start: number;
  end: number;
}

/** Where readToken goes on reading (module state: parseWordNumber reads one range at a time). */
let tokenAt = 0;

/**
 * The next word of text.slice(…, to) from tokenAt onto toks: as /[\p{L}]+(?:-[\p{L}]+)?/gu finds them
 * (letters, with one hyphenated part: "twenty-one"), by a character loop; false at the end.
 */
function readToken(text: string, to: number, toks: WordToken[]): boolean {
  let i = tokenAt;
  // one code unit on at a time: the second half of a character that is no letter is no letter either
  while (i < to && !letterWidth(text, i, to)) i++;
  if (i >= to) {
    tokenAt = to;
    return false;
  }
  let j = lettersEnd(text, i, to);
  if (j < to && text.charCodeAt(j) === 0x2d) {
    const k = lettersEnd(text, j + 1, to);
    if (k > j + 1) j = k;
  }
  toks.push({ w: mayMatter(text, i, j) ? text.slice(i, j).toLowerCase() : '', start: i, end: j });
  tokenAt = j;
  return true;
}

/**
 * The whole runs of letters with ORDINAL_WORD in text.slice(from, to), as [start, end, …], by the index of
 * the text; null when the text has none yet, or a run crosses `from` or `to` (its part inside is not indexed).
 */
export function ordinalRuns(text: string, from: number, to: number): number[] | null {
  if (text !== indexedText) return null;
  if (from > 0 && letterIndex(text.charCodeAt(from - 1)) !== 0 && letterIndex(text.charCodeAt(from)) !== 0) return null;
  if (to < text.length && to > from && letterIndex(text.charCodeAt(to - 1)) !== 0 && letterIndex(text.charCodeAt(to)) !== 0) return null;
  const out: number[] = [];
  for (let k = lowerBound(flaggedRuns, from, 3); k < flaggedRuns.length && flaggedRuns[k]! < to; k += 3) {
    if (flaggedRuns[k + 1]! <= to && flaggedRuns[k + 2]! & ORDINAL_WORD) out.push(flaggedRuns[k]!, flaggedRuns[k + 1]!);
  }
  return out;
}

/**
 * The start of the last run of letters with NUMBER_WORD in text.slice(from, to), by the index of the
 * text; `to` when the text has none yet, or a run crosses `to` (its part before `to` is not indexed).
 */
function lastNumberWord(text: string, from: number, to: number): number {
  if (text !== indexedText) return to;
  if (to < text.length && to > from && letterIndex(text.charCodeAt(to - 1)) !== 0 && letterIndex(text.charCodeAt(to)) !== 0) return to;
  let last = from;
  for (let k = lowerBound(flaggedRuns, from, 3); k < flaggedRuns.length && flaggedRuns[k]! < to; k += 3) {
    if (flaggedRuns[k + 1]! <= to && flaggedRuns[k + 2]! & NUMBER_WORD) last = flaggedRuns[k]!;
  }
  return last;
}

/**
 * Word numbers in text.slice(from, to). A lone "one" is never a number ("one recent example").
 * The tokens are read as far as the matching needs them; a word number starts at most two tokens
 * before a word with NUMBER_WORD (see readFrom), so none starts in a token after the last one.
 */
export function parseWordNumber(text: string, from: number, to: number): WordNumber[] {
  if (!(wordFlags(text, from, to) & NUMBER_WORD)) return [];
  const toks: WordToken[] = [];
  tokenAt = readFrom(text, from, to);
  const last = lastNumberWord(text, from, to);
  const tok = (k: number): WordToken | undefined => {
    while (toks.length <= k && readToken(text, to, toks));
    return toks[k];
  };
  const out: WordNumber[] = [];
  for (let i = 0; tok(i) && toks[i]!.start <= last; i++) {
    const t = toks[i]!;
    // a word read as '' is none of the words looked for below
    if (t.w === '') continue;
    // the cheap comparison first: most words are followed by something else than "of"
    if (tok(i + 1)?.w === 'of' && VAGUE.get(t.w) !== undefined) {
      let value = VAGUE.get(t.w)!;
      let end = t.end;
      if (VAGUE.get(tok(i + 2)?.w ?? '') !== undefined && tok(i + 3)?.w === 'of') {
        value *= VAGUE.get(toks[i + 2]!.w)!;
        end = toks[i + 2]!.end;
        i += 2;
      }
      out.push({ start: t.start, end, value, multiplied: true });
      continue;
    }
    const half = t.w === 'half' && tok(i + 1)?.w === 'a' && SCALES.get(tok(i + 2)?.w ?? '') !== undefined;
    if (half) {
      out.push({ start: t.start, end: toks[i + 2]!.end, value: SCALES.get(toks[i + 2]!.w)! / 2, multiplied: true });
      i += 2;
      continue;
    }
    const first = t.w === 'a' ? (SCALES.get(tok(i + 1)?.w ?? '') ? 1 : undefined) : unitValue(t.w);
    if (first === undefined) continue;
    let total = 0;
    let current = first;
    let multiplied = false;
    let j = i + 1;
    let end = t.end;
    for (; tok(j); j++) {
      const w = toks[j]!.w;
      const gap = text.slice(toks[j - 1]!.end, toks[j]!.start);
      if (!/^\s+$/.test(gap)) break;
      if (SCALES.get(w)) {
        current = (current || 1) * SCALES.get(w)!;
        if (SCALES.get(w)! >= 1000) {
          total += current;
          current = 0;
        }
        multiplied = true;
      } else if (w === 'and' && unitValue(tok(j + 1)?.w ?? '') !== undefined && multiplied) continue;
      else if (unitValue(w) !== undefined && multiplied) current += unitValue(w)!;
      else break;
      end = toks[j]!.end;
    }
    const value = total + current;
    if (value === 1 && !multiplied) continue;
    out.push({ start: t.start, end, value, multiplied });
    i = j - 1;
  }
  return out;
}
