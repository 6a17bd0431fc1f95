/**
 * Direct quotations: spans between straight ("…") or curly (“…”, «…», „…“) double quotes, and
 * curly single quotes (‘…’) used as quotation marks. A quotation may hold several sentences; a
 * quotation left open at the end of a line (the newspaper habit for a quote that runs on into
 * the next paragraph) ends with the line. Short scare quotes and titles ("so-called 'reset'")
 * are not quotations.
 */

import { countWords } from './chars';
import { splitLines, type Span } from './sentences';

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
const MARKS = /["“«„‘”»]/g;
const SPACE_BEFORE = /[\s([{—–-]|^$/;

function isOpening(line: string, i: number): boolean {
  const c = line[i]!;
  if (c === '"') return /[\s([{—–-]|^$/.test(line[i - 1] ?? '') && /\S/.test(line[i + 1] ?? '');
  if (c === '‘') return SPACE_BEFORE.test(line[i - 1] ?? '');
  // ” and » open only where a word starts after a space (Nordic ”…”, German »…«)
  if (c === '”' || c === '»') return SPACE_BEFORE.test(line[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(line[i + 1] ?? '') && line.indexOf(PAIRS[c]!, i + 1) > 0;
  return c in PAIRS;
}

/** Two apostrophes standing for a closing double mark: “…’’. Returns the index of the second. */
const doubleApostrophe = (line: string, i: number): boolean => line[i] === '’' && line[i + 1] === '’';

function findClose(line: string, open: number): number {
  const c = line[open]!;
  if (c === '"') {
    for (let i = open + 1; i < line.length; i++) {
      if (line[i] === '"' || line[i] === '”') return i;
      if (doubleApostrophe(line, i)) return i + 1;
    }
    return -1;
  }
  if (c === '‘') {
    // a closing ’ followed by a non-letter (an apostrophe sits between letters: "country’s")
    for (let i = open + 1; i < line.length; i++) {
      if (line[i] === '’' && !/\p{L}/u.test(line[i + 1] ?? '')) return i;
      if (line[i] === '“' || line[i] === '"') return -1;
    }
    return -1;
  }
  const close = PAIRS[c]!;
  for (let i = open + 1; i < line.length; i++) {
    if (close.includes(line[i]!)) return i;
    if (c === '“' && doubleApostrophe(line, i)) return i + 1;
    if (c !== '„' && c !== '”' && line[i] === c) return -1; // a new opening before a close: unbalanced
  }
  return -1;
}


/** Finds the direct quotations of a text, in order. */
export function findQuotes(text: string, lines: readonly Span[] = splitLines(text)): Quote[] {
  const out: Quote[] = [];
  for (const line of lines) {
    const s = line.text;
    let i = 0;
    while (i < s.length) {
      // jump to the next quotation mark
      MARKS.lastIndex = i;
      const mark = MARKS.exec(s);
      if (!mark) break;
      i = mark.index;
      const c = s[i]!;
      if (!isOpening(s, i)) {
        i++;
        continue;
      }
      let close = findClose(s, i);
      // a single-quoted span left open is an apostrophe, not a quotation
      if (close < 0 && c === '‘') {
        i++;
        continue;
      }
      const openEnded = close < 0;
      if (openEnded) close = s.length;
      // “…’’ closes with two marks: the words end before the first
      const inner = s.slice(i + 1, c !== '‘' && close > 0 && doubleApostrophe(s, close - 1) ? close - 1 : close);
      const lead = inner.length - inner.trimStart().length;
      const body = inner.trim();
      const words = countWords(body, true);
      const ownPunctuation = /[.!?,]$/.test(body);
      if (words >= MIN_QUOTE_WORDS || (ownPunctuation && words >= 2)) {
        const innerStart = line.start + i + 1 + lead;
        out.push({
          start: line.start + i,
          end: line.start + (openEnded ? close : close + 1),
          innerStart,
          innerEnd: innerStart + body.length,
          text: body,
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
