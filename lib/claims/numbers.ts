/**
 * Numbers in a sentence: counts ("20,000", "two million", "1.5bn"), money ("$1.5bn", "€300
 * million", "40 euros"), percentages ("75%", "75 percent"), ranks ("third-largest") and measures.
 * Years, dates, times and model names (G7, F-16) are not statistics and are left out, unless a
 * year-like figure counts something ("2,000 troops", "1990 people").
 */

import type { ClaimNumber } from './types';
import { countedAfter, countedBefore, isPlural } from './counted';
import { isDesignator } from './designators';
import { codePointIn, isLetter, isSpace, isUpper, width } from './chars';
import { DIGIT, NUMBER_WORD, ORDINAL_WORD, nextDigit, ordinalRuns, parseWordNumber, wordFlags } from './word-numbers';

/** Lookup tables as maps: a word such as "constructor" finds nothing in them (and a word sliced from the text is looked up without being interned). */
const table = <T>(entries: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(entries));
const CURRENCY_SIGNS: ReadonlyMap<string, string> = table({ $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₴': 'UAH', '₽': 'RUB' });
const CURRENCY_WORDS: ReadonlyMap<string, string> = table({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yuan: 'CNY', yen: 'JPY',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', hryvnia: 'UAH', hryvnias: 'UAH', rupees: 'INR',
});
const MULTIPLIERS: ReadonlyMap<string, number> = table({
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12,
});
const MEASURES = new Set('km kilometres kilometers miles mile kg tonnes tons barrels degrees hectares metres meters mph mw gw kwh sq'.split(' '));
/** The first letters of the months, either case: MONTHS (flag i, no u) matches no word starting otherwise. */
const mayBeMonth = (c: number): boolean => {
  const l = c | 0x20;
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? l === 0x6a || l === 0x66 || l === 0x6d || l === 0x61 || l === 0x73 || l === 0x6f || l === 0x6e || l === 0x64 : false;
};
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

export const RANK = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ](largest|biggest|highest|lowest|smallest|most|least|richest|poorest|longest|\p{L}+est)\b/giu;

/** A place in a standing: "14th in the table", "ranked 14th". */
export const STANDING =
  /\b(\d{1,3}(?:st|nd|rd|th))\s+in\s+the\s+(?:table|standings|league|division|conference|world|rankings?|polls?|country|nation|region)\b|\b(?:ranked|ranks|rank|lie|lies|lying|sit|sits|sitting|placed|finished)\s+(\d{1,3}(?:st|nd|rd|th))\b/giu;

const ORDINAL_RANK =
  /\b(?:the|its|their)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?!(?:time|times|day|days|week|month|year|round|half|quarter|century|anniversary|floor|term|leg|stage|phase|part|wave|game|set|period|edition|straight|consecutive|successive|row)\b)(?=[\p{L}])/giu;

/** A capitalised name and then a work of a series within four words: "Star Trek film", "Harry Potter book". */
const SERIES_WORK = /^(?:[\p{Lu}][\p{L}\d:’'.-]*\s+){1,4}(?:film|films|movie|movies|book|novel|album|game|season|series|instal?lment|sequel|episode|edition|generation)\b/u;

/** The code point that ends just before i, reading no further back than `from` (a pair cut there is a lone surrogate); -1 at `from`. */
function codePointBefore(text: string, i: number, from: number): number {
  if (i <= from) return -1;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i - 2 >= from) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** [\d.,/:-]: the characters of a run such as 2025-03-27, 27/03/2025 or 10:30. */
const isRunChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2c || c === 0x2f || c === 0x3a || c === 0x2d;
const DATE_RUN = /\d[-/.]\d+[-/.]\d|\d:\d\d|\d{4}-\d{2}\b|\d\/\d/;

/**
 * True when the figure text.slice(start, end) is part of a date, a time or a code (`dot`: it holds a period). It reads
 * the 12 characters on either side, as the slices `before` and `after` (by character loops where
 * a regular expression once read them; each loop says which expression it stands for).
 */
function isDateOrCode(text: string, start: number, end: number, dot: boolean): boolean {
  const b0 = Math.max(0, start - 12);
  const a1 = Math.min(text.length, end + 12);
  // G7, F-16: /[\p{L}]-?$/u on before, or /^[\p{L}]/u on after (also "1st": "st" is letters)
  const k = start > b0 && text.charCodeAt(start - 1) === 0x2d ? start - 1 : start;
  const prev = codePointBefore(text, k, b0);
  if ((prev >= 0 && isLetter(prev)) || (end < a1 && isLetter(codePointIn(text, end, a1)))) return true;
  // 2025-03-27, 27/03/2025, 10:30 — but "20-30 people" is a range: the run of [\d.,/:-] around the
  // figure; raw alone (one "." at most, no "-", "/" or ":") matches none of DATE_RUN
  let r0 = start;
  while (r0 > b0 && isRunChar(text.charCodeAt(r0 - 1))) r0--;
  let r1 = end;
  while (r1 < a1 && isRunChar(text.charCodeAt(r1))) r1++;
  if ((r0 < start || r1 > end) && DATE_RUN.test(text.slice(r0, r1))) return true;
  // 10 am, 10 p.m.: the pattern only where an "a" or "p" (either case) follows, after one \s at most
  const s = end < a1 && isSpace(text.charCodeAt(end)) ? end + 1 : end;
  const ap = s < a1 ? text.charCodeAt(s) | 0x20 : 0;
  if ((ap === 0x61 || ap === 0x70) && /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/i.test(text.slice(end, a1))) return true;
  // a day of the month: only a small whole number can be one (a figure with a comma is 1,000 or more)
  const value = figureValue(text, start, end);
  const small = value >= 1 && value <= 31 && !dot;
  if (!small) return false;
  // /([\p{L}.]+)\s$/u on before: the letters and periods before one \s right before the figure
  let p = start - 1;
  if (p >= b0 && isSpace(text.charCodeAt(p))) {
    for (let cp = codePointBefore(text, p, b0); cp === 0x2e || (cp >= 0 && isLetter(cp)); cp = codePointBefore(text, p, b0)) p -= width(cp);
  }
  // MONTHS matches only a word starting with the first letter of a month: the copies and patterns only then
  if (p < start - 1 && mayBeMonth(text.charCodeAt(p)) && MONTHS.test(text.slice(p, start - 1))) return true;
  // /^,?\s([\p{L}.]+)/u on after: its first character is the one after ",", then one \s
  let q = end < a1 && text.charCodeAt(end) === 0x2c ? end + 1 : end;
  if (!(q < a1 && isSpace(text.charCodeAt(q)))) return false;
  q++;
  if (!(q < a1 && mayBeMonth(text.charCodeAt(q)))) return false;
  const nextWord = /^,?\s([\p{L}.]+)/u.exec(text.slice(end, a1))?.[1] ?? '';
  return MONTHS.test(nextWord);
}

/**
 * /^\d{4}$/.test(raw) && 1800 <= Number(raw) <= 2100, for the figure raw = text.slice(start, end) as nextNumeric reads it
 * (digits, commas and a period; `plain`: neither of these).
 */
function isYear(text: string, start: number, end: number, plain: boolean): boolean {
  if (end - start !== 4 || !plain) return false;
  const value = figureValue(text, start, start + 4);
  return value >= 1800 && value <= 2100;
}

/**
 * Number(raw.replace(/,/g, '')) for a figure raw = text.slice(start, end) as nextNumeric reads it: ASCII digits,
 * commas between them and a period before decimals. Read by characters up to 15 digits (an integer below 2^53,
 * divided by an exact power of ten: the same correctly rounded double the parse gives).
 */
function figureValue(text: string, start: number, end: number): number {
  let n = 0;
  let digits = 0;
  let scale = 1;
  let decimals = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c) continue;
    if (c === 0x2e) {
      decimals = true;
      continue;
    }
    n = n * 10 + (c - 0x30);
    digits++;
    if (decimals) scale *= 10;
  }
  if (digits > 15) return Number(text.slice(start, end).replace(/,/g, ''));
  return decimals ? n / scale : n;
}

const WORDS_BEFORE_MODEL = 'two three four five six seven eight nine ten dozen hundred several few'.split(' ');
export const NUMBER_WORD_BEFORE = new RegExp(`\\b(?:${WORDS_BEFORE_MODEL.join('|')})\\s$`, 'i');
/** The last letters of those words, lowercased: NUMBER_WORD_BEFORE needs one of them (either case), then one \s, before the figure. */
const LAST_LETTERS = new Set(WORDS_BEFORE_MODEL.map((w) => w.charCodeAt(w.length - 1)));
const mayFollowNumberWord = (text: string, start: number): boolean =>
  start >= 2 && isSpace(text.charCodeAt(start - 1)) && LAST_LETTERS.has(text.charCodeAt(start - 2) | 0x20);
const DEGREES = /^\s?°?([CF])\b/;
/** DEGREES needs a "C" or an "F" in the three characters after the figure. */
const isCF = (text: string, k: number): boolean => text.charCodeAt(k) === 0x43 || text.charCodeAt(k) === 0x46;

/** /\bthe\s$/i on the four characters before `start`: "the" (ASCII letters in any case) and one white space right before it. */
function theBefore(text: string, start: number): boolean {
  return (
    start >= 4 &&
    (text.charCodeAt(start - 4) | 0x20) === 0x74 &&
    (text.charCodeAt(start - 3) | 0x20) === 0x68 &&
    (text.charCodeAt(start - 2) | 0x20) === 0x65 &&
    isSpace(text.charCodeAt(start - 1))
  );
}
export const YEAR_CONTEXT = /\b(?:the|in|since|by|of|from|until|till|before|after|during|between|and|early|late|mid)\s$/i;
/** The words of YEAR_CONTEXT and of NUMBER_WORD_BEFORE (lowercase ASCII letters). */
const YEAR_WORDS: ReadonlySet<string> = new Set(/\(\?:([^)]*)\)/.exec(YEAR_CONTEXT.source)![1]!.split('|'));
const NUMBER_WORDS_BEFORE: ReadonlySet<string> = new Set(WORDS_BEFORE_MODEL);

/**
 * new RegExp(`\\b(?:${[...words].join('|')})\\s$`, 'i').test(text.slice(max(0, start - window), start)) for words of
 * lowercase ASCII letters (YEAR_CONTEXT, NUMBER_WORD_BEFORE), read by characters: one \s right before `start`,
 * and before it one of the words, in any ASCII case, as the whole run of ASCII word characters ending there
 * (\b: the slice's start or a character that is none before it).
 */
export function wordAndSpaceBefore(text: string, start: number, window: number, words: ReadonlySet<string>): boolean {
  const from = Math.max(0, start - window);
  const e = start - 1;
  if (e <= from || !isSpace(text.charCodeAt(e))) return false;
  let b = e;
  while (b > from && isWordChar(text.charCodeAt(b - 1))) b--;
  // (the words are 2 to 8 letters long)
  return e - b >= 2 && e - b <= 8 && words.has(text.slice(b, e).toLowerCase());
}
/** 1 at 32 * length + first letter (a-z as 1-26) for the words of CURRENCY_WORDS and MEASURES (all ASCII, lowercase). */
const UNIT_WORD_SHAPES = new Uint8Array(32 * 32);
for (const w of [...CURRENCY_WORDS.keys(), ...MEASURES]) UNIT_WORD_SHAPES[32 * w.length + w.charCodeAt(0) - 0x60] = 1;
/**
 * Letters after one \s at `end`, within 20 characters, lowercased ('' for none): /^\s([\p{L}]+)/u on
 * text.slice(end, end + 20); '' also for a word of ASCII letters that, by its length and first letter,
 * is no word of CURRENCY_WORDS or MEASURES (the callers only look it up there).
 */
export function followingWord(text: string, end: number): string {
  const to = Math.min(text.length, end + 20);
  if (end >= to || !isSpace(text.charCodeAt(end))) return '';
  let i = end + 1;
  let ascii = true;
  while (i < to) {
    // ASCII, most of the text, without a call
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) < 0x61 || (c | 0x20) > 0x7a) break;
      i++;
      continue;
    }
    const cp = codePointIn(text, i, to);
    if (!isLetter(cp)) break;
    ascii = false;
    i += width(cp);
  }
  const length = i - end - 1;
  // an ASCII word lowercases to as many letters (a word outside ASCII may lowercase to one of them: "K" to "km")
  if (ascii && (length >= 32 || !UNIT_WORD_SHAPES[32 * length + (text.charCodeAt(end + 1) | 0x20) - 0x60])) return '';
  return i > end + 1 ? text.slice(end + 1, i).toLowerCase() : '';
}

/**
 * The figures, as the pattern (NUMERIC)
 *   /(US\$|\$|€|£|¥|₴|₽)?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(bn|billion|mn|million|m|k|thousand|trillion|tn)(?![\p{L}]))?(?:\s?(%|per ?cent\b|percentage points?\b))?/gu
 * run over text.slice(from, to) finds them, read by characters from the digits on (the index of wordFlags finds them): each match
 * holds a digit, and its start is at most 4 characters before its first one ("US$ 5"), so the first
 * digit at or after the last match's end settles where the next match starts. The match is left in
 * the fields of `num` (offsets into the full text), as the pattern's groups: sign, raw, multWord, pct.
 */
const num = { p: 0, end: 0, rawStart: 0, rawEnd: 0, sign: '', mult: '', pct: '', comma: false, dot: false };
const MULT_WORDS = ['bn', 'billion', 'mn', 'million', 'm', 'k', 'thousand', 'trillion', 'tn'];
const SIGN_CHARS = '$€£¥₴₽';
/** True for a code unit of SIGN_CHARS. */
const isSignChar = (c: number): boolean => c === 0x24 || (c >= 0xa3 && c <= 0x20bd && SIGN_CHARS.includes(String.fromCharCode(c)));
const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};
/** \w without the i flag: [A-Za-z0-9_]. */
const isWordChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;
/** `word` at i, wholly before `to`. */
const hasAt = (text: string, word: string, i: number, to: number): boolean => i + word.length <= to && text.startsWith(word, i);
/** \b after a word character at q, in text.slice(0, to). */
const boundaryAt = (text: string, q: number, to: number): boolean => q >= to || !isWordChar(text.charCodeAt(q));

/** (bn|billion|…|tn)(?![\p{L}]) at q: the end, or -1 (num.mult set). */
function multAt(text: string, q: number, to: number): number {
  // each word starts with b, m, k or t
  const c = q < to ? text.charCodeAt(q) : 0;
  if (c !== 0x62 && c !== 0x6d && c !== 0x6b && c !== 0x74) return -1;
  for (const w of MULT_WORDS) {
    if (!hasAt(text, w, q, to)) continue;
    const e = q + w.length;
    if (e < to && isLetter(codePointIn(text, e, to))) continue;
    num.mult = w;
    return e;
  }
  return -1;
}

/** (%|per ?cent\b|percentage points?\b) at r: the end, or -1 (num.pct set). */
function pctAt(text: string, r: number, to: number): number {
  if (r < to && text.charCodeAt(r) === 0x25) {
    num.pct = '%';
    return r + 1;
  }
  if (!hasAt(text, 'per', r, to)) return -1;
  const sp = r + 3 < to && text.charCodeAt(r + 3) === 0x20 ? r + 4 : -1;
  if (sp >= 0 && hasAt(text, 'cent', sp, to) && boundaryAt(text, sp + 4, to)) {
    num.pct = text.slice(r, sp + 4);
    return sp + 4;
  }
  if (hasAt(text, 'cent', r + 3, to) && boundaryAt(text, r + 7, to)) {
    num.pct = 'percent';
    return r + 7;
  }
  if (hasAt(text, 'percentage point', r, to)) {
    const e = r + 16;
    const f = e < to && text.charCodeAt(e) === 0x73 ? e + 1 : e;
    if (boundaryAt(text, f, to)) {
      num.pct = text.slice(r, f);
      return f;
    }
  }
  return -1;
}

/** The next NUMERIC match in text.slice(from, to) starting at or after `at` (its lastIndex): false when there is none. */
function nextNumeric(text: string, at: number, to: number): boolean {
  const d = nextDigit(text, at, to);
  if (d < 0) return false;
  // the start: the earliest of the ways the match can begin before the digit
  num.sign = '';
  // (the sign is one code unit: "US$" ends with the "$" tested first)
  const sign2 = d - 2 >= at && isSignChar(text.charCodeAt(d - 2));
  const sign1 = d - 1 >= at && isSignChar(text.charCodeAt(d - 1));
  if (sign2 && d - 4 >= at && text.startsWith('US$', d - 4) && isSpace(text.charCodeAt(d - 1))) {
    num.p = d - 4;
    num.sign = 'US$';
  } else if (sign1 && d - 3 >= at && text.startsWith('US$', d - 3)) {
    num.p = d - 3;
    num.sign = 'US$';
  } else if (sign2 && isSpace(text.charCodeAt(d - 1))) {
    num.p = d - 2;
    num.sign = text.charAt(d - 2);
  } else if (sign1) {
    num.p = d - 1;
    num.sign = text.charAt(d - 1);
  } else num.p = d - 1 >= at && isSpace(text.charCodeAt(d - 1)) ? d - 1 : d;
  // \d{1,3}(?:,\d{3})+(?:\.\d+)? first, else \d+(?:\.\d+)?
  let e = d + 1;
  while (e < to && isDigitAt(text, e)) e++;
  num.comma = false;
  num.dot = false;
  if (e - d <= 3) {
    while (e + 4 <= to && text.charCodeAt(e) === 0x2c && isDigitAt(text, e + 1) && isDigitAt(text, e + 2) && isDigitAt(text, e + 3)) {
      e += 4;
      num.comma = true;
    }
  }
  if (e + 1 < to && text.charCodeAt(e) === 0x2e && isDigitAt(text, e + 1)) {
    e += 2;
    num.dot = true;
    while (e < to && isDigitAt(text, e)) e++;
  }
  num.rawStart = d;
  num.rawEnd = e;
  // (?:\s?(bn|…))? then (?:\s?(%|…))?, each with its space first
  num.mult = '';
  num.pct = '';
  let m = e < to && isSpace(text.charCodeAt(e)) ? multAt(text, e + 1, to) : -1;
  if (m < 0) m = multAt(text, e, to);
  if (m >= 0) e = m;
  let q = e < to && isSpace(text.charCodeAt(e)) ? pctAt(text, e + 1, to) : -1;
  if (q < 0) q = pctAt(text, e, to);
  num.end = q >= 0 ? q : e;
  return true;
}

/** Cheap pre-checks: each pattern above needs a digit or an ordinal word (both found by wordFlags) to match at all. */
/** The letter at i lowercased as the flags iu compare it: A-Z to a-z, "ſ" to "s"; other characters as they are. */
const foldedAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 0x41 && c <= 0x5a ? c | 0x20 : c === 0x17f ? 0x73 : c;
};
/**
 * Without an ordinal word, RANK matches only at a figure with its ordinal suffix ("3rd-largest"):
 * /\d(?:st|nd|rd|th)[- ]/iu on text.slice(from, to), read at each digit.
 */
function digitRank(text: string, from: number, to: number): boolean {
  for (let d = nextDigit(text, from, to); d >= 0 && d + 3 < to; d = nextDigit(text, d + 1, to)) {
    // only the last digit of a run can be followed by a letter
    while (d + 4 < to && isDigitAt(text, d + 1)) d++;
    const a = foldedAt(text, d + 1);
    const b = foldedAt(text, d + 2);
    // (RANK needs "-" or " " after the suffix, STANDING any mark that ends the word: "finished 14th.")
    const sep = text.charCodeAt(d + 3);
    if ((sep >= 0x30 && sep <= 0x39) || ((sep | 0x20) >= 0x61 && (sep | 0x20) <= 0x7a)) continue;
    if ((a === 0x73 && b === 0x74) || (a === 0x6e && b === 0x64) || (a === 0x72 && b === 0x64) || (a === 0x74 && b === 0x68)) return true;
  }
  return false;
}

/** True for the ordinal suffix (st, nd, rd, th) as the letters a and b, lowercased by foldedAt. */
const isSuffix = (a: number, b: number): boolean => (a === 0x73 && b === 0x74) || (a === 0x6e && b === 0x64) || (a === 0x72 && b === 0x64) || (a === 0x74 && b === 0x68);

/**
 * False when RANK cannot match at a figure with its ordinal suffix in text.slice(from, to): after the
 * suffix it needs "-" or " " and a word that may be a superlative (rankMayFollow), read at each figure as
 * digitRank reads them.
 */
export function digitRankMayFollow(text: string, from: number, to: number): boolean {
  for (let d = nextDigit(text, from, to); d >= 0 && d + 3 < to; d = nextDigit(text, d + 1, to)) {
    while (d + 4 < to && isDigitAt(text, d + 1)) d++;
    if (isSuffix(foldedAt(text, d + 1), foldedAt(text, d + 2)) && rankMayFollow(text, d + 3, to)) return true;
  }
  return false;
}

/** The verbs STANDING names before a place: "ranked 14th", "finished 3rd". */
const STANDING_VERBS = ['ranked', 'ranks', 'rank', 'lie', 'lies', 'lying', 'sit', 'sits', 'sitting', 'placed', 'finished'];

/**
 * False when STANDING cannot match in text.slice(from, to): at a figure with its ordinal suffix it needs
 * white space, "in" and white space after the suffix ("14th in the table"), or one of STANDING_VERBS (as
 * the flags iu compare it, see wordBefore) and white space before the figure's digits ("ranked 14th").
 */
export function standingMayHold(text: string, from: number, to: number): boolean {
  for (let d = nextDigit(text, from, to); d >= 0 && d + 2 < to; d = nextDigit(text, d + 1, to)) {
    if (!isSuffix(foldedAt(text, d + 1), foldedAt(text, d + 2))) continue;
    let i = d + 3;
    if (i < to && isSpace(text.charCodeAt(i))) {
      while (i < to && isSpace(text.charCodeAt(i))) i++;
      if (i + 2 < to && (text.charCodeAt(i) | 0x20) === 0x69 && (text.charCodeAt(i + 1) | 0x20) === 0x6e && isSpace(text.charCodeAt(i + 2))) return true;
    }
    let s = d;
    while (s > from && isDigitAt(text, s - 1)) s--;
    let b = s;
    while (b > from && isSpace(text.charCodeAt(b - 1))) b--;
    if (b < s) for (const verb of STANDING_VERBS) if (wordBefore(text, from, b, verb)) return true;
  }
  return false;
}

/**
 * False when STANDING cannot match in text.slice(from, to): each of its ways holds a figure with its
 * ordinal suffix, /\d(?:st|nd|rd|th)/iu, read here at each digit (digitRank's test without what follows).
 */
function suffixedDigit(text: string, from: number, to: number): boolean {
  for (let d = nextDigit(text, from, to); d >= 0 && d + 2 < to; d = nextDigit(text, d + 1, to)) {
    const a = foldedAt(text, d + 1);
    const b = foldedAt(text, d + 2);
    if ((a === 0x73 && b === 0x74) || (a === 0x6e && b === 0x64) || (a === 0x72 && b === 0x64) || (a === 0x74 && b === 0x68)) return true;
  }
  return false;
}

/** "s" as the flags iu compare it: s, S or "ſ". */
const isFoldedS = (c: number): boolean => c === 0x73 || c === 0x53 || c === 0x17f;

/**
 * False when RANK cannot match at the ordinal word ending at e: it needs "-" or " " right after it, then a
 * word of letters holding "st" (every superlative it names does, and so does any word ending in "est").
 */
function rankMayFollow(text: string, e: number, to: number): boolean {
  const sep = e < to ? text.charCodeAt(e) : 0;
  if (sep !== 0x2d && sep !== 0x20) return false;
  for (let i = e + 1; i + 1 < to; ) {
    const cp = codePointIn(text, i, to);
    if (!isLetter(cp)) return false;
    if (isFoldedS(cp) && (text.charCodeAt(i + 1) | 0x20) === 0x74) return true;
    i += width(cp);
  }
  return false;
}

/** True when text.slice(b - w.length, b), at or after `from`, is the lowercase ASCII word w as the flags iu compare it ("ſ" as "s", the Kelvin sign as "k"). */
function wordBefore(text: string, from: number, b: number, w: string): boolean {
  const a = b - w.length;
  if (a < from) return false;
  for (let k = 0; k < w.length; k++) {
    const c = text.charCodeAt(a + k);
    if ((isFoldedS(c) ? 0x73 : c === 0x212a ? 0x6b : c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== w.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * False when ORDINAL_RANK cannot match at the ordinal word text.slice(s, e) of text.slice(from, to): it needs
 * \s after it, and "the", "its" or "their" then \s before it.
 */
function ordinalRankMayHold(text: string, from: number, s: number, e: number, to: number): boolean {
  if (e >= to || !isSpace(text.charCodeAt(e))) return false;
  let b = s;
  while (b > from && isSpace(text.charCodeAt(b - 1))) b--;
  return b < s && (wordBefore(text, from, b, 'the') || wordBefore(text, from, b, 'its') || wordBefore(text, from, b, 'their'));
}

/** A street, a suite, a postcode after a US state, a DOI: "520 Third Street", "Suite 350", "CA 94107", "DOI: 10.1007/…". */
const ADDRESS_AFTER = /^\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Dr|Place|Square|Way)\b/u;
const ADDRESS_BEFORE = /(?:\b(?:Suite|Ste|Apt|Room|Floor|Box)\.?\s+|\b[A-Z]{2}\s+|\bDOI:?\s*|doi\.org\/)$/;

/** True when the figure at [start, end) is part of an address or a reference, not a statistic. */
function isAddressOrReference(text: string, start: number, end: number): boolean {
  // inside a DOI written without spaces: "10.1007/978-3-319-09575-2_199-1"
  let w = start;
  while (w > 0 && w > start - 60 && !isSpace(text.charCodeAt(w - 1))) w--;
  // (it opens with "10.": the slice and the pattern only then)
  if (w + 3 <= start && text.charCodeAt(w) === 0x31 && text.charCodeAt(w + 1) === 0x30 && text.charCodeAt(w + 2) === 0x2e && /^10\.\d{4,}\//.test(text.slice(w, start))) return true;
  // (a 5-digit postcode after a state's two capitals: "CA 94107"; "Suite 350")
  if (mayEndAddressBefore(text, start)) {
    const before = text.slice(Math.max(0, start - 12), start);
    if (ADDRESS_BEFORE.test(before) && (end - start === 5 || !/[A-Z]{2}\s+$/.test(before))) return true;
  }
  // ADDRESS_AFTER needs a capital after the white space (one code unit: a capital outside the BMP is a surrogate)
  if (text.charCodeAt(end) !== 0x20) return false;
  const to = Math.min(text.length, end + 40);
  let k = end + 1;
  while (k < to && isSpace(text.charCodeAt(k))) k++;
  const c = k < to ? text.charCodeAt(k) : -1;
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x80 && (isUpper(c) || (c >= 0xd800 && c <= 0xdbff))) ? ADDRESS_AFTER.test(text.slice(end, end + 40)) : false;
}

/**
 * False when ADDRESS_BEFORE cannot match text.slice(max(0, start - 12), start): each of its ways ends with
 * white space, "DOI", "DOI:" or "doi.org/"; before the white space (when the slice ends with some) stands
 * a word it names (Suite, Ste, Apt, Room, Floor, Box) with its period or not, a capital, or ":".
 */
function mayEndAddressBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 12);
  let k = start;
  while (k > from && isSpace(text.charCodeAt(k - 1))) k--;
  if (k === from) return false;
  const c = text.charCodeAt(k - 1);
  if (k === start) return c === 0x49 || c === 0x3a || c === 0x2f;
  if ((c >= 0x41 && c <= 0x5a) || c === 0x3a) return true;
  // else one of the words, its period or not, ends where the white space starts
  const w = c === 0x2e ? k - 1 : k;
  for (const word of ADDRESS_WORDS) if (w - word.length >= from && text.startsWith(word, w - word.length)) return true;
  return false;
}
/** The words ADDRESS_BEFORE names before a figure. */
const ADDRESS_WORDS = ['Suite', 'Ste', 'Apt', 'Room', 'Floor', 'Box'];

/**
 * /\p{Lu}[\p{L}’'.]*,\s$/u on text.slice(max(0, start - 30), start), where ",\s" stands right before `start`
 * (commaSpaceBefore): a capital at the start of, or within, the run of letters, apostrophes and periods that
 * ends at the comma, read back by code points (a pair cut by the slice's start is a lone surrogate, no letter).
 */
export function capitalWordBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 30);
  for (let i = start - 2; i > from; ) {
    const cp = codePointBefore(text, i, from);
    if (isUpper(cp)) return true;
    if (!(cp === 0x2019 || cp === 0x27 || cp === 0x2e || isLetter(cp))) return false;
    i -= width(cp);
  }
  return false;
}

/** A "," then one \s (a code unit: no \s is outside the BMP) just before `start`. */
const commaSpaceBefore = (text: string, start: number): boolean => start >= 2 && text.charCodeAt(start - 2) === 0x2c && isSpace(text.charCodeAt(start - 1));

const byStart = (a: ClaimNumber, b: ClaimNumber): number => a.start - b.start;

/** Numbers in text.slice(from, to), with offsets into the full text. */
export function findNumbers(text: string, from: number, to: number): ClaimNumber[] {
  const words = wordFlags(text, from, to);
  // without a digit, an ordinal word or a number word no pattern below can match (most sentences)
  if (words === 0) return [];
  const out: ClaimNumber[] = [];
  const digit = (words & DIGIT) !== 0;
  const ordinal = (words & ORDINAL_WORD) !== 0;
  for (let at = from; digit && nextNumeric(text, at, to); at = num.end) {
    const sign = num.sign || undefined;
    const multWord = num.mult || undefined;
    const pct = num.pct || undefined;
    // (the figure's characters as a string only where it is given whole: most figures are read in place)
    const rawStart = num.rawStart;
    const rawEnd = num.rawEnd;
    const comma = num.comma;
    const dot = num.dot;
    const start = !sign && num.p < num.rawStart ? num.p + 1 : num.p;
    let end = num.end;
    const numStart = num.rawStart;
    const degrees = isCF(text, end) || isCF(text, end + 1) || isCF(text, end + 2) ? DEGREES.exec(text.slice(end, end + 3)) : null;
    if (degrees && !sign && !pct && !multWord) {
      end += degrees[0].length;
      out.push({ value: Number(text.slice(rawStart, rawEnd).replace(/,/g, '')), unit: `°${degrees[1]}`, text: text.slice(start, end), start, end });
      continue;
    }
    if (!sign && (isDateOrCode(text, numStart, rawEnd, dot) || isAddressOrReference(text, numStart, rawEnd))) continue;
    let mult = multWord ? MULTIPLIERS.get(multWord.toLowerCase()) ?? 1 : 1;
    if (multWord === 'm' && !sign && !/^\s[a-z]/.test(text.slice(end, end + 2))) {
      mult = 1;
      end -= text.charCodeAt(end - 1) === 0x6d ? 1 : 0;
    }
    // the comma after the figure first: one character, where the pattern before it reads back over 30
    // (the pattern ends with ",\s" right before the figure: those two code units first)
    if (!sign && !pct && !multWord && text.charCodeAt(end) === 0x2c && commaSpaceBefore(text, start) && capitalWordBefore(text, start) && Number(text.slice(rawStart, rawEnd)) < 120) {
      const raw = text.slice(rawStart, rawEnd);
      out.push({ value: Number(raw), unit: 'age', text: raw, start, end });
      continue;
    }
    // "a 55-year-old man": an age, not a statistic
    if (!sign && !pct && !multWord && text.charCodeAt(end) === 0x2d && /^-years?-old\b/.test(text.slice(end, end + 10))) {
      const raw = text.slice(rawStart, rawEnd);
      out.push({ value: Number(raw), unit: 'age', text: raw, start, end });
      continue;
    }
    const value = figureValue(text, num.rawStart, num.rawEnd) * mult;
    const following = followingWord(text, end);
    let unit = 'count';
    if (sign) unit = CURRENCY_SIGNS.get(sign) ?? 'money';
    else if (pct) unit = '%';
    else if (following && CURRENCY_WORDS.has(following)) unit = CURRENCY_WORDS.get(following)!;
    else if (following && MEASURES.has(following)) unit = following;
    if (unit !== 'count' && unit !== '%' && !sign && following) end += 1 + following.length;
    // The figures dropped below: the tests that need no noun first, as countedAfter is the dearer part
    const plainCount = unit === 'count' && !multWord && !comma;
    // "an 18-year insurgency", "a 30-day deadline": a duration describing a noun
    if (unit === 'count' && text.charCodeAt(end) === 0x2d && /^-(?:year|month|week|day|hour|minute)s?\b(?!-old)/.test(text.slice(end, end + 14))) continue;
    // "five 787 sales": a figure naming a model, not counting anything
    const whole = plainCount && !dot;
    // "Destiny 2", "Fortune 100 brands", "ID.3", "the 16-inch MacBook Pro": part of a name (designators.ts)
    if (whole && isDesignator(text, from, start, end)) continue;
    if (whole && mayFollowNumberWord(text, start) && wordAndSpaceBefore(text, start, 12, NUMBER_WORDS_BEFORE)) continue;
    // "in 2025": a year
    const year = plainCount && isYear(text, rawStart, rawEnd, !dot && !comma);
    if (year && wordAndSpaceBefore(text, start, 10, YEAR_WORDS)) continue;
    // what it counts (countedNoun): the noun after it first; the look back over the sentence only for a number kept
    const after = unit === 'count' || unit === '%' ? countedAfter(text, to, end) : null;
    // "the 777 program": a model again
    if (whole && after && !isPlural(after.noun) && theBefore(text, start)) continue;
    if (year && (!after || !isPlural(after.noun))) continue;
    const counted = after ?? (unit === 'count' ? countedBefore(text, from, start) : null);
    out.push(counted ? { value, unit, text: text.slice(start, end), start, end, counted: counted.noun } : { value, unit, text: text.slice(start, end), start, end });
  }
  // the patterns below read a copy of the range, made only when one of them may match: at an ordinal word
  // (where the index tells, only one that fits what follows or goes before it) or at a figure with its suffix
  let rankWord = false;
  let ordinalRank = false;
  if (ordinal) {
    const runs = ordinalRuns(text, from, to);
    if (runs === null) rankWord = ordinalRank = true;
    for (let k = 0; runs !== null && k < runs.length && !(rankWord && ordinalRank); k += 2) {
      rankWord ||= rankMayFollow(text, runs[k + 1]!, to);
      ordinalRank ||= ordinalRankMayHold(text, from, runs[k]!, runs[k + 1]!, to);
    }
  }
  const digitRankHolds = !rankWord && digit && digitRank(text, from, to);
  const rank = rankWord || digitRankHolds;
  // (at a figure RANK runs only with a word that may be a superlative after it, STANDING only with "in" after it
  // or one of its verbs before it: a figure with its suffix is mostly a date or a century)
  const rankRuns = rankWord || (digitRankHolds && digitRankMayFollow(text, from, to));
  const standingRuns = (rank || ordinalRank) && digit && (digitRankHolds || suffixedDigit(text, from, to)) && standingMayHold(text, from, to);
  const part = rankRuns || ordinalRank || standingRuns ? text.slice(from, to) : '';
  RANK.lastIndex = 0;
  for (let m = rankRuns ? RANK.exec(part) : null; m; m = RANK.exec(part)) {
    const word = m[1]!.toLowerCase();
    const value = ORDINALS[word] ?? parseInt(word, 10);
    const start = from + m.index;
    out.push({ value, unit: 'rank', text: m[0], start, end: start + m[0].length });
  }
  // "lie 14th in the table", "ranked 14th": a place in a standing (a figure with its ordinal suffix in either way)
  STANDING.lastIndex = 0;
  for (let m = standingRuns ? STANDING.exec(part) : null; m; m = STANDING.exec(part)) {
    const word = (m[1] ?? m[2])!;
    const start = from + m.index + m[0].indexOf(word);
    if (out.some((n) => n.start <= start && start < n.end)) continue;
    out.push({ value: parseInt(word, 10), unit: 'rank', text: word, start, end: start + word.length });
  }
  // "the third major fire", "only the second private spacecraft": a rank, unless it counts time or rounds
  ORDINAL_RANK.lastIndex = 0;
  for (let m = ordinalRank ? ORDINAL_RANK.exec(part) : null; m; m = ORDINAL_RANK.exec(part)) {
    const start = from + m.index + m[0].length - m[1]!.length;
    if (out.some((n) => n.start <= start && start < n.end)) continue;
    // "the fourth Star Trek film": a place in a series of works whose name follows, not a rank (the flag i reads any case)
    const next = from + m.index + m[0].length;
    if (isUpper(codePointIn(text, next, to)) && SERIES_WORK.test(text.slice(next, Math.min(to, next + 60)))) continue;
    out.push({ value: ORDINALS[m[1]!.toLowerCase()]!, unit: 'rank', text: m[1]!, start, end: start + m[1]!.length });
  }
  const wordNumbers = words & NUMBER_WORD ? parseWordNumber(text, from, to) : null;
  for (let i = 0; wordNumbers !== null && i < wordNumbers.length; i++) {
    const w = wordNumbers[i]!;
    if (out.some((n) => n.start < w.end && w.start < n.end)) continue;
    // "Fifty-one percent", "forty per cent": a percentage written in words
    const pct = /^\s+per\s?cent\b/i.exec(text.slice(w.end, Math.min(to, w.end + 10)));
    if (pct) {
      out.push({ value: w.value, unit: '%', text: text.slice(w.start, w.end + pct[0].length), start: w.start, end: w.end + pct[0].length });
      continue;
    }
    const after = countedAfter(text, to, w.end);
    if (w.value < 10 && !w.multiplied && !after) continue;
    const counted = after ?? countedBefore(text, from, w.start);
    const wordText = text.slice(w.start, w.end);
    out.push(counted ? { value: w.value, unit: 'count', text: wordText, start: w.start, end: w.end, counted: counted.noun } : { value: w.value, unit: 'count', text: wordText, start: w.start, end: w.end });
  }
  // most ranges give their numbers in order already: sorted (a stable sort) only when not
  for (let i = 1; i < out.length; i++) if (out[i]!.start < out[i - 1]!.start) return out.sort(byStart);
  return out;
}
