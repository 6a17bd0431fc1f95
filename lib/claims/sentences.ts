/**
 * Sentence segmentation for news text. Every line break is a hard boundary (headlines, captions
 * and paragraphs are lines); inside a line a sentence ends at . ! ? (plus closing quotes or
 * brackets) followed by a space and a capital, a digit or an opening quote, unless the period
 * belongs to an abbreviation (Mr., Sept., U.S.), an initial (J. D. Vance) or an open quotation
 * that closes later on the same line.
 */

import { codePointIn, isLetter, isLetterOrNumber, isUpper, isWhite, partitionPoint, width } from './chars';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  /** Index of the line (paragraph) the sentence lies in. */
  line: number;
  /** True for a line without final punctuation: a headline, a caption or a dateline. */
  heading: boolean;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres mohd muhd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec inc corp ltd co bros no nos vs etc ' +
    'approx est dept univ fig ft mt ave blvd e.g i.e a.m p.m'
  ).split(' '),
);

/** Longest line without final punctuation still taken for a headline or caption. */
const HEADING_MAX_WORDS = 25;

const ENDING_ABBREVIATIONS = new Set('inc corp ltd co etc jr sr bros'.split(' '));

/** Words that, after a dotted acronym such as "U.S.", show that a new sentence starts. */
const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i but and this that these those in on at his her their its there however meanwhile'.split(' '),
);

const LINE_BREAK = /[\r\n]/g;


/** Lines of the text, each with its offsets; empty lines are dropped. */
export function splitLines(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  // most texts break lines with \n alone: then indexOf finds the breaks fastest
  const onlyLf = text.indexOf('\r') < 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      i++;
      continue;
    }
    let j: number;
    if (onlyLf) {
      j = text.indexOf('\n', i);
      if (j < 0) j = n;
    } else {
      // test() finds the next break without building a match array
      LINE_BREAK.lastIndex = i;
      j = LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : n;
    }
    // trimmed as String.prototype.trim does (its white space is the \s class)
    let start = i;
    let end = j;
    while (start < end && isWhite(text.charCodeAt(start))) start++;
    while (end > start && isWhite(text.charCodeAt(end - 1))) end--;
    if (start < end) out.push({ start, end, text: text.slice(start, end) });
    i = j + 1;
  }
  return out;
}

/** True for the code units . ! ? */
const isStop = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f;
/** True for the closing marks that may follow a stop: " ' ” » ’ « ) ] */
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0xbb || c === 0x2019 || c === 0xab || c === 0x29 || c === 0x5d;
/** True for what may start the next sentence: \p{Lu}, \p{N} or " “ ‘ « [ ( (one code unit, as the line reads there). */
const isSentenceStart = (c: number): boolean =>
  isUpper(c) || (isLetterOrNumber(c) && !isLetter(c)) || c === 0x22 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x5b || c === 0x28;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** The letters (\p{L}, by code point) from `at` on, up to the line's end `to`: the word that starts the next sentence. */
function wordAt(text: string, at: number, to: number): string {
  let end = at;
  for (let cp = codePointIn(text, end, to); cp >= 0 && isLetter(cp); cp = codePointIn(text, end, to)) end += width(cp);
  return text.slice(at, end);
}

/**
 * True when the period at `dot` ends an abbreviation, an initial or a dotted acronym; the next
 * sentence would start at `next`. Offsets are the text's; the line is text.slice(lineStart, lineEnd).
 */
function isAbbreviation(text: string, lineStart: number, lineEnd: number, dot: number, next: number): boolean {
  // the letters and periods (by code point) just before the dot, at most 12 code units back, in the line
  // (a surrogate pair cut by that limit is no letter)
  const from = Math.max(lineStart, dot - 12);
  let b = dot;
  while (b > from) {
    const c = text.charCodeAt(b - 1);
    if (c === 0x2e) b--;
    else if (c >= 0xdc00 && c <= 0xdfff && b - 2 >= from && isHighSurrogate(text.charCodeAt(b - 2)) && isLetter(codePointIn(text, b - 2, dot))) b -= 2;
    else if (isLetter(c)) b--;
    else break;
  }
  if (b === dot) return false;
  const length = dot - b;
  const first = codePointIn(text, b, dot);
  if (width(first) === length && isUpper(first)) return true; // an initial: "J." in "J. D. Vance"
  // a dotted acronym has a period after its first letter (one or two code units)
  const dotted = text.charCodeAt(b + 1) === 0x2e || text.charCodeAt(b + 2) === 0x2e;
  if (dotted && length > 2 && text.charCodeAt(dot - 1) !== 0x2e && /^(\p{L}\.)+\p{L}$/u.test(text.slice(b, dot))) {
    // a dotted acronym "U.S." or "a.m.": it ends the sentence only before a typical sentence start
    return !SENTENCE_STARTERS.has(wordAt(text, next, lineEnd).toLowerCase());
  }
  // a word of ASCII whose length and first and last characters (lowercased) are no abbreviation's is none
  if (!mayBeAbbreviation(text, b, dot)) return false;
  const lower = text.slice(b, dot).toLowerCase();
  // "Inc.", "Ltd.", "etc." often end a sentence: they do when a typical sentence start follows
  if (ENDING_ABBREVIATIONS.has(lower)) return !SENTENCE_STARTERS.has(wordAt(text, next, lineEnd).toLowerCase());
  return ABBREVIATIONS.has(lower);
}

/** A-Z lowercased, any other code unit as it is. */
const asciiLower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
/** Longest word of ABBREVIATIONS and ENDING_ABBREVIATIONS ("approx"). */
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS, ...ENDING_ABBREVIATIONS].map((w) => w.length));
/** 1 at (length * 128 + first) * 128 + last for each word of ABBREVIATIONS and ENDING_ABBREVIATIONS (all ASCII, lowercase). */
const ABBREVIATION_SHAPES = new Uint8Array((ABBREVIATION_MAX + 1) * 128 * 128);
for (const w of [...ABBREVIATIONS, ...ENDING_ABBREVIATIONS]) ABBREVIATION_SHAPES[(w.length * 128 + w.charCodeAt(0)) * 128 + w.charCodeAt(w.length - 1)] = 1;

/**
 * False when line.slice(b, dot) is ASCII and its length and first and last code units, lowercased,
 * are those of no abbreviation: an ASCII word lowercases code unit by code unit, so it then lowercases
 * to none. True for any word outside ASCII (the Kelvin sign lowercases to "k", "İ" to two units).
 */
function mayBeAbbreviation(line: string, b: number, dot: number): boolean {
  const length = dot - b;
  for (let i = b; i < dot; i++) if (line.charCodeAt(i) >= 0x80) return true;
  if (length > ABBREVIATION_MAX) return false;
  return ABBREVIATION_SHAPES[(length * 128 + asciiLower(line.charCodeAt(b))) * 128 + asciiLower(line.charCodeAt(dot - 1))] === 1;
}

/**
 * The quotation marks of a text, by one search of the whole text (MARK_SCAN, made once per text for
 * splitSentences and findQuotes): the offset of each " “ « „ ‘ ” » and of each pair ’’ (two apostrophes
 * closing a quotation: its first), in order. A line starts after white space and ends before white space
 * or the end, and no mark is white space, so the marks inside a line are those a search of the line finds.
 */
const MARK_SCAN = /["“«„‘”»]|’’/g;
let marksText: string | null = null;
let markOffsets: number[] = [];

export function quoteMarksOf(text: string): readonly number[] {
  if (text !== marksText) {
    const out: number[] = [];
    MARK_SCAN.lastIndex = 0;
    // a match ending with ’ is a pair (the single marks hold no ’)
    while (MARK_SCAN.test(text)) out.push(MARK_SCAN.lastIndex - (text.charCodeAt(MARK_SCAN.lastIndex - 1) === 0x2019 ? 2 : 1));
    marksText = text;
    markOffsets = out;
  }
  return markOffsets;
}

/** The first k with marks[k] >= at (marks sorted). */
export function firstMarkAt(marks: readonly number[], at: number): number {
  return partitionPoint(marks.length, (i) => marks[i]! < at);
}

let depthBuffer = new Int8Array(1024);

/** /[\s([{—–-]/ on the code unit before i (a space at the line's start): a quotation mark there may open one. */
function opensAfterUnit(line: string, i: number): boolean {
  if (i === 0) return true;
  const c = line.charCodeAt(i - 1);
  return isWhite(c) || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d;
}

/**
 * Positions in a line (a span of `text`) where an open double quotation closes; used to keep quotes whole.
 * Null for a line without quotation marks (all 0). The marks are those of /["“«„”»]|’’/g on the line: the
 * text's (quoteMarksOf) inside it, but for ‘.
 */
function quoteDepthAt(text: string, span: Span): Int8Array | null {
  const line = span.text;
  const marks = quoteMarksOf(text);
  let next = firstMarkAt(marks, span.start);
  while (next < marks.length && marks[next]! < span.end && text.charCodeAt(marks[next]!) === 0x2018) next++;
  if (next >= marks.length || marks[next]! >= span.end) return null;
  // one buffer for every line, zeroed over the line: the depth is read only within segmentLine
  if (depthBuffer.length < line.length + 1) depthBuffer = new Int8Array(2 * (line.length + 1));
  else depthBuffer.fill(0, 0, line.length + 1);
  const depth = depthBuffer;
  let open = false;
  let openAt = -1;
  // only quotation marks change the state: jump from one to the next, filling the depth between
  for (let k = 0; k < line.length; ) {
    // the next mark at or after k (each is after the last one read), ‘ aside
    while (next < marks.length && (marks[next]! < span.start + k || text.charCodeAt(marks[next]!) === 0x2018)) next++;
    const i = next < marks.length && marks[next]! < span.end ? marks[next]! - span.start : line.length;
    if (open) depth.fill(1, k + 1, i + 1);
    if (i >= line.length) break;
    k = i + 1;
    const c = line.charCodeAt(i);
    if (c === 0x2019) {
      // “…’’: two apostrophes close an open quotation
      open = false;
      k = i + 2;
      continue;
    }
    const closesGerman = open && c === 0xab && line.charCodeAt(openAt) === 0xbb;
    // ” and » open a quotation only where a word starts
    // (/[\p{L}\p{N}]/u on the one code unit after it: a surrogate is neither)
    const opensAtWord = !open && (c === 0x201d || c === 0xbb) && opensAfterUnit(line, i) && i + 1 < line.length && isLetterOrNumber(line.charCodeAt(i + 1));
    if (!closesGerman && (c === 0x201c || c === 0xab || c === 0x201e || opensAtWord)) {
      open = true;
      openAt = i;
    } else if (c === 0x201d || c === 0xbb || c === 0xab) {
      open = false;
    } else if (c === 0x22) {
      if (!open && opensAfterUnit(line, i)) {
        open = true;
        openAt = i;
      } else open = false;
    }
    depth[i + 1] = open ? 1 : 0;
  }
  // an opening quote that never closes on this line does not hold sentences together
  if (open) for (let i = openAt + 1; i <= line.length; i++) depth[i] = 0;
  return depth;
}

/**
 * The next . ! and ? of the text splitSentences reads, at or after the offset last asked for each
 * (-2: not looked for yet, -1: none left): found by indexOf in the text itself, so that a line
 * without one costs no search of its own (the lines are read in order).
 */
let nextDot = -2;
let nextBang = -2;
let nextQuestion = -2;

/**
 * Appends the sentences of one line (a span of `text`, after those read before) to `out`. The line is read
 * in `text` by offsets, not in its own copy: one string of one kind for every line (the copies are strings of
 * several kinds, which made the reads of their characters megamorphic).
 */
function segmentLine(text: string, line: Span, lineIndex: number, out: Sentence[]): void {
  const base = line.start;
  const end = line.end;
  // a short line without final punctuation is a headline or a caption; a long one is a paragraph
  // that lost its final period in extraction
  const heading = !ENDS_WITH_MARK(text.charCodeAt(end - 1)) && atMostChunks(text, base, end, HEADING_MAX_WORDS);
  // the quotation depth is read only at a sentence end that passed every other test
  let depth: Int8Array | null | undefined;
  let start = base;
  for (let i = base; i < end; i++) {
    // the first . ! or ? of the text at or after i (end: none in the line)
    if (nextDot !== -1 && nextDot < i) nextDot = text.indexOf('.', i);
    if (nextBang !== -1 && nextBang < i) nextBang = text.indexOf('!', i);
    if (nextQuestion !== -1 && nextQuestion < i) nextQuestion = text.indexOf('?', i);
    let stop = end;
    if (nextDot >= 0 && nextDot < stop) stop = nextDot;
    if (nextBang >= 0 && nextBang < stop) stop = nextBang;
    if (nextQuestion >= 0 && nextQuestion < stop) stop = nextQuestion;
    if (stop === end) break;
    i = stop;
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < end && isStop(text.charCodeAt(j))) j++;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (j >= end) break;
    if (!isWhite(text.charCodeAt(j))) continue; // "1.5", "U.S.-led", "Yahoo!Finance"
    let k = j;
    while (k < end && isWhite(text.charCodeAt(k))) k++;
    if (k >= end || !isSentenceStart(text.charCodeAt(k))) continue;
    if (c === 0x2e && j === i + 1 && isAbbreviation(text, base, end, i, k)) continue;
    // inside an open quotation (closed later on the line) the sentence goes on
    if (depth === undefined) depth = quoteDepthAt(text, line);
    if (depth?.[j - base] === 1) continue;
    pushSentence(text, start, j, lineIndex, heading, out);
    start = k;
    i = k - 1;
  }
  if (start < end) pushSentence(text, start, end, lineIndex, heading, out);
}

/** Appends the sentence at [s, e) of the text, trimmed at the end as String.prototype.trimEnd does, unless empty. */
function pushSentence(text: string, s: number, e: number, lineIndex: number, heading: boolean, out: Sentence[]): void {
  while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), line: lineIndex, heading });
}

/** True for a line's last code unit that is final punctuation: . ! ? : ; " ' ” ’ » ) ] */
const ENDS_WITH_MARK = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;

/** True when text.slice(from, to).split(/\s+/).length (one more than the runs of white space) is at most `max`. */
function atMostChunks(text: string, from: number, to: number, max: number): boolean {
  // runs of white space have a character between them: there are at most (length + 1) / 2
  if ((to - from + 3) / 2 <= max) return true;
  let n = 1;
  for (let i = from; i < to; i++) {
    if (!isWhite(text.charCodeAt(i))) continue;
    if (++n > max) return false;
    while (i + 1 < to && isWhite(text.charCodeAt(i + 1))) i++;
  }
  return true;
}

/** Splits a text into sentences with offsets into the text; `lines` are splitLines(text) when the caller has them. */
export function splitSentences(text: string, lines: readonly Span[] = splitLines(text)): Sentence[] {
  const out: Sentence[] = [];
  nextDot = nextBang = nextQuestion = -2;
  for (let i = 0; i < lines.length; i++) segmentLine(text, lines[i]!, i, out);
  return out;
}
