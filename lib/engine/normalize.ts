/**
 * Offset-preserving normalization. Every UTF-16 unit of the input maps to exactly one unit of
 * output, so an offset into the normalized codes is an offset into the original text.
 * Folding: lower case, diacritics stripped, apostrophes / quotes / dashes / spaces unified.
 * Per-unit flags keep what matching needs from the original (upper/lower case, word char, mark).
 */

export const F_WORD = 1;
export const F_UPPER = 2;
export const F_LOWER = 4;
export const F_MARK = 8;
export const F_DIGIT = 16;
export const F_SPACE = 32;
const F_DONE = 128;

export const SPACE = 0x20;
export const NEWLINE = 0x0a;

const FOLD = new Uint16Array(65536);
const FLAGS = new Uint8Array(65536);

const APOSTROPHES = [0x2019, 0x2018, 0x02bc, 0x2032, 0x00b4, 0x0060, 0x201b, 0xff07];
const QUOTES = [0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033, 0xff02];
/** Soft hyphen and zero-width characters: invisible, treated like combining marks (skipped in words). */
const IGNORABLE = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];
/** Letters that do not decompose under NFD but have an obvious one-letter base. */
const BASE: Record<string, string> = { ø: 'o', đ: 'd', ł: 'l', ı: 'i', ħ: 'h', ŧ: 't' };

const RE_LETTER = /\p{L}/u;
const RE_UPPER = /[\p{Lu}\p{Lt}]/u;
const RE_LOWER = /\p{Ll}/u;
const RE_MARK = /\p{M}/u;
const RE_DIGIT = /\p{N}/u;
const RE_SPACE = /\s/u;

function classify(ch: string): number {
  if (RE_LETTER.test(ch)) {
    return F_WORD | (RE_UPPER.test(ch) ? F_UPPER : 0) | (RE_LOWER.test(ch) ? F_LOWER : 0);
  }
  if (RE_MARK.test(ch)) return F_WORD | F_MARK;
  if (RE_DIGIT.test(ch)) return F_WORD | F_DIGIT;
  if (RE_SPACE.test(ch)) return F_SPACE;
  return 0;
}

function compute(c: number): void {
  let fold = c;
  let flags = 0;
  if (c >= 0xd800 && c <= 0xdfff) {
    flags = 0; // surrogate halves: classified by normalizeText from the whole code point
  } else if (IGNORABLE.includes(c)) flags = F_WORD | F_MARK;
  else if (APOSTROPHES.includes(c)) fold = 0x27;
  else if (QUOTES.includes(c)) fold = 0x22;
  else if (DASHES.includes(c)) fold = 0x2d;
  else if (c === 0x0d || c === 0x0a || c === 0x2028 || c === 0x2029) {
    fold = NEWLINE;
    flags = F_SPACE;
  } else {
    const ch = String.fromCharCode(c);
    flags = classify(ch);
    if (flags & F_SPACE) fold = SPACE;
    else if ((flags & F_WORD) && !(flags & F_MARK)) {
      const base = ch.normalize('NFD')[0] ?? ch;
      const lower = base.toLowerCase();
      const l1 = lower.length === 1 ? lower : base;
      fold = (BASE[l1] ?? l1).charCodeAt(0);
    }
  }
  FOLD[c] = fold;
  FLAGS[c] = flags | F_DONE;
}

for (let c = 0; c < 128; c++) compute(c);

export function foldUnit(c: number): number {
  if (!(FLAGS[c]! & F_DONE)) compute(c);
  return FOLD[c]!;
}

export function flagsOf(c: number): number {
  if (!(FLAGS[c]! & F_DONE)) compute(c);
  return FLAGS[c]! & ~F_DONE;
}

export interface NormalizedText {
  /** Folded UTF-16 units, same length as the input. */
  codes: Uint16Array;
  /** F_* flags of the original unit. */
  flags: Uint8Array;
}

export function normalizeText(text: string): NormalizedText {
  const n = text.length;
  const codes = new Uint16Array(n);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 || !(c >= 0xd800 && c <= 0xdbff)) {
      if (!(FLAGS[c]! & F_DONE)) compute(c);
      codes[i] = FOLD[c]!;
      flags[i] = FLAGS[c]! & ~F_DONE;
      continue;
    }
    // High surrogate: classify the whole code point, keep both units unchanged.
    const d = text.charCodeAt(i + 1);
    codes[i] = c;
    if (d >= 0xdc00 && d <= 0xdfff) {
      const f = classify(String.fromCharCode(c, d));
      codes[i + 1] = d;
      flags[i] = f;
      flags[i + 1] = f & (F_WORD | F_MARK | F_DIGIT);
      i++;
    }
  }
  return { codes, flags };
}

const UTF16 = new TextDecoder('utf-16le');

/** The folded text as a string (same length as the input: a lone surrogate becomes U+FFFD). */
export function codesToString(codes: Uint16Array): string {
  return UTF16.decode(codes);
}

let scratch = new Uint16Array(256);

/**
 * Normalizes a dictionary key (alias, cue, correction surface): folded like text, combining
 * marks dropped, whitespace runs collapsed, trimmed. Not length-preserving.
 */
export function normalizeAlias(s: string): string {
  if (scratch.length < s.length) scratch = new Uint16Array(s.length * 2);
  let len = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      scratch[len++] = c; // astral characters are kept as they are
      continue;
    }
    const f = flagsOf(c);
    if (f & F_MARK) continue;
    if (f & F_SPACE) {
      if (len > 0 && scratch[len - 1] !== SPACE) scratch[len++] = SPACE;
      continue;
    }
    scratch[len++] = FOLD[c]!;
  }
  while (len > 0 && scratch[len - 1] === SPACE) len--;
  return String.fromCharCode.apply(null, scratch.subarray(0, len) as unknown as number[]);
}
