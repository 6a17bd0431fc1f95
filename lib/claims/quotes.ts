/**
 * Direct quotations: spans between straight ("…") or curly (“…”, «…», „…“) double quotes, and
 * curly single quotes (‘…’) used as quotation marks. A quotation may hold several sentences; a
 * quotation left open at the end of a line (the newspaper habit for a quote that runs on into
 * the next paragraph) ends with the line. Short scare quotes and titles ("so-called 'reset'")
 * are not quotations.
 */

import { codePointIn, isLetter, isLetterOrNumber, isSpace, isWhite, width } from './chars';
import { firstMarkAt, quoteMarksOf, splitLines, type Span } from './sentences';

export interface Quote {
  /** The span including the quotation marks. */
  start: number;
  end: number;
  /** The quoted words, without the marks. */
  innerStart: number;
  innerEnd: number;
  text: string;
  /** Number of words quoted. */
  words: number;
}

/** Fewest words a quotation needs unless it ends with its own punctuation. */
export const MIN_QUOTE_WORDS = 3;

/** Opening mark → closing marks: English “…”, French «…», German „…“ and »…«, Polish „…”, Nordic ”…”. */
const PAIRS: Record<string, string> = { '“': '”"', '«': '»', '„': '“”', '‘': '’', '»': '«', '”': '”' };

// the marks as code units
const STRAIGHT = 0x22; // "
const OPEN_DOUBLE = 0x201c; // “
const CLOSE_DOUBLE = 0x201d; // ”
const LOW_DOUBLE = 0x201e; // „
const OPEN_SINGLE = 0x2018; // ‘
const CLOSE_SINGLE = 0x2019; // ’
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »

/** True where a quotation may open after the code unit before it (NaN at the start of the line): white space, ( [ { — – - */
const opensAfter = (c: number): boolean => Number.isNaN(c) || isWhite(c) || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d;

function isOpening(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  const next = line.charCodeAt(i + 1); // NaN at the end of the line
  // (a space after it, where a word follows and a straight mark later closes it: “…,” he told Cook. " You guys …")
  if (c === STRAIGHT) {
    if (!opensAfter(line.charCodeAt(i - 1)) || Number.isNaN(next)) return false;
    return !isWhite(next) || (next === 0x20 && isLetterOrNumber(line.charCodeAt(i + 2)) && line.indexOf('"', i + 2) > 0);
  }
  if (c === OPEN_SINGLE) return opensAfter(line.charCodeAt(i - 1));
  // ” and » open only where a word starts after a space (Nordic ”…”, German »…«)
  if (c === CLOSE_DOUBLE || c === RIGHT_GUILLEMET) {
    return opensAfter(line.charCodeAt(i - 1)) && !Number.isNaN(next) && isLetterOrNumber(next) && line.indexOf(PAIRS[line[i]!]!, i + 1) > 0;
  }
  // the other keys of PAIRS: “ « „
  return c === OPEN_DOUBLE || c === LEFT_GUILLEMET || c === LOW_DOUBLE;
}

/** Two apostrophes standing for a closing double mark: “…’’. */
const doubleApostrophe = (line: string, i: number): boolean => line.charCodeAt(i) === CLOSE_SINGLE && line.charCodeAt(i + 1) === CLOSE_SINGLE;

function findClose(line: string, open: number): number {
  const c = line.charCodeAt(open);
  const n = line.length;
  if (c === STRAIGHT) {
    for (let i = open + 1; i < n; i++) {
      const d = line.charCodeAt(i);
      if (d === STRAIGHT || d === CLOSE_DOUBLE) return i;
      if (d === CLOSE_SINGLE && line.charCodeAt(i + 1) === CLOSE_SINGLE) return i + 1;
    }
    return -1;
  }
  if (c === OPEN_SINGLE) {
    // a closing ’ followed by a non-letter (an apostrophe sits between letters: "country’s")
    for (let i = open + 1; i < n; i++) {
      const d = line.charCodeAt(i);
      if (d === CLOSE_SINGLE && !(i + 1 < n && isLetter(line.charCodeAt(i + 1)))) return i;
      if (d === OPEN_DOUBLE || d === STRAIGHT) return -1;
    }
    return -1;
  }
  // the closing marks of PAIRS, as code units
  const close1 = c === OPEN_DOUBLE ? CLOSE_DOUBLE : c === LEFT_GUILLEMET ? RIGHT_GUILLEMET : c === LOW_DOUBLE ? OPEN_DOUBLE : c === RIGHT_GUILLEMET ? LEFT_GUILLEMET : CLOSE_DOUBLE;
  const close2 = c === OPEN_DOUBLE ? STRAIGHT : c === LOW_DOUBLE ? CLOSE_DOUBLE : close1;
  for (let i = open + 1; i < n; i++) {
    const d = line.charCodeAt(i);
    if (d === close1 || d === close2) return i;
    if (c === OPEN_DOUBLE && d === CLOSE_SINGLE && line.charCodeAt(i + 1) === CLOSE_SINGLE) return i + 1;
    if (c !== LOW_DOUBLE && c !== CLOSE_DOUBLE && d === c) return -1; // a new opening before a close: unbalanced
  }
  return -1;
}

/** Per ASCII code: 1 for white space (\s), 2 for a letter or digit, else 0. */
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_KIND[c] = isWhite(c) ? 1 : /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 2 : 0;

/** countWords(s.slice(from, to), true), read in place: the words of a quotation, before slicing it. */
function wordsIn(s: string, from: number, to: number): number {
  let n = 0;
  let counted = false;
  for (let i = from; i < to; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const kind = ASCII_KIND[c];
      if (kind === 1) counted = false;
      else if (kind === 2 && !counted) {
        n++;
        counted = true;
      }
      i++;
      continue;
    }
    // as in countWords: a surrogate pair cut at `to` is a lone surrogate
    const cp = codePointIn(s, i, to);
    if (cp < 0x10000 && isSpace(cp)) counted = false;
    else if (!counted && isLetterOrNumber(cp)) {
      n++;
      counted = true;
    }
    i += width(cp);
  }
  return n;
}

/** Finds the direct quotations of a text, in order; `lines` are splitLines(text) (spans of the text, in order). */
export function findQuotes(text: string, lines: readonly Span[] = splitLines(text)): Quote[] {
  const out: Quote[] = [];
  // the marks " “ « „ ‘ ” »: those of the text (read once, also for splitSentences) that are no pair of apostrophes
  const marks = quoteMarksOf(text);
  let m = 0;
  for (const line of lines) {
    // (lines come in order: the marks read for one are before the next; else looked for again)
    if (m > 0 && marks[m - 1]! >= line.start) m = firstMarkAt(marks, line.start);
    const s = line.text;
    let i = 0;
    while (i < s.length) {
      // jump to the next quotation mark at or after i in the line
      while (m < marks.length && (marks[m]! < line.start + i || text.charCodeAt(marks[m]!) === CLOSE_SINGLE)) m++;
      if (m >= marks.length || marks[m]! >= line.end) break;
      i = marks[m]! - line.start;
      const c = s.charCodeAt(i);
      if (!isOpening(s, i)) {
        i++;
        continue;
      }
      let close = findClose(s, i);
      // a single-quoted span left open is an apostrophe, not a quotation
      if (close < 0 && c === OPEN_SINGLE) {
        i++;
        continue;
      }
      const openEnded = close < 0;
      if (openEnded) close = s.length;
      // “…’’ closes with two marks: the words end before the first; the words are trimmed as trim() does
      let from = i + 1;
      let to = c !== OPEN_SINGLE && doubleApostrophe(s, close - 1) ? close - 1 : close;
      while (from < to && isWhite(s.charCodeAt(from))) from++;
      while (to > from && isWhite(s.charCodeAt(to - 1))) to--;
      const words = wordsIn(s, from, to);
      const last = s.charCodeAt(to - 1);
      const ownPunctuation = to > from && (last === 0x2e || last === 0x21 || last === 0x3f || last === 0x2c);
      if (words >= MIN_QUOTE_WORDS || (ownPunctuation && words >= 2)) {
        out.push({
          start: line.start + i,
          end: line.start + (openEnded ? close : close + 1),
          innerStart: line.start + from,
          innerEnd: line.start + to,
          text: s.slice(from, to),
          words,
        });
      }
      i = openEnded ? s.length : close + 1;
    }
  }
  return out;
}

/** A copy of the text with every quotation (marks included) replaced by '"', offsets kept. */
export function maskQuotes(text: string, quotes: readonly Quote[]): string {
  let out = '';
  let at = 0;
  for (const q of quotes) {
    out += text.slice(at, q.start) + '"'.repeat(q.end - q.start);
    at = q.end;
  }
  return out + text.slice(at);
}

/** A quotation mark of any style but the straight single one: " “ ” „ « » ‘. */
const OTHER_MARKS = /["“”„«»‘]/;

/**
 * The text with straight single quotation marks written as curly ones ('…' → ‘…’, one code unit for one, so
 * every offset holds), for articles that quote with them and with no other mark ("'painful but not a
 * surprise'"); the text itself when it quotes otherwise or not at all. An opening mark stands where a
 * quotation may open and before a letter or digit; its closing mark is the next straight one after a letter,
 * a digit or punctuation and before anything but a letter or digit, and not a plural's possessive ("the
 * workers' union": after an s and before a word in lower case).
 */
export function curlSingleQuotes(text: string): string {
  if (text.indexOf("'") < 0 || OTHER_MARKS.test(text)) return text;
  const parts: string[] = [];
  let at = 0;
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
    if (i < at || !opensAfter(text.charCodeAt(i - 1)) || !isLetterOrNumber(text.charCodeAt(i + 1))) continue;
    const close = closingStraightSingle(text, i);
    if (close < 0) continue;
    parts.push(text.slice(at, i), '‘', text.slice(i + 1, close), '’');
    at = close + 1;
  }
  if (!parts.length) return text;
  parts.push(text.slice(at));
  return parts.join('');
}

/** The straight single mark closing the one opening at `open` in its line, or -1. */
function closingStraightSingle(text: string, open: number): number {
  const lineEnd = text.indexOf('\n', open);
  for (let j = text.indexOf("'", open + 1); j >= 0 && (lineEnd < 0 || j < lineEnd); j = text.indexOf("'", j + 1)) {
    const before = text.charCodeAt(j - 1);
    const after = text.charCodeAt(j + 1);
    if (isLetterOrNumber(after) || isWhite(before)) continue;
    // ("the workers' union": a plural's possessive inside the quotation, unless a speech verb follows)
    if (before === 0x73 && after === 0x20 && /^ \p{Ll}/u.test(text.slice(j + 1, j + 3)) && !/^ (?:said|says|told|added|wrote|asked)\b/.test(text.slice(j + 1, j + 8))) continue;
    return j;
  }
  return -1;
}
