/** Word tokens of the original text, with what the unknown-name pass needs to know about each. */
import type { ArticleContext } from './context';
import { F_LOWER, F_UPPER, F_WORD, NEWLINE, SPACE } from './normalize';

export const COVER_OTHER = 1;
export const COVER_PERSON = 2;
export const COVER_PLACE = 3;

export type Sep = 'start' | 'space' | 'hyphen' | 'other';

export interface Token {
  start: number;
  end: number;
  /** Normalized form. */
  word: string;
  /** First letter is upper case in the original. */
  cap: boolean;
  /** Two or more letters, none lower case. */
  allCaps: boolean;
  /** What separates it from the previous token. */
  sep: Sep;
  /** 0 free; inside a linked mention: 1, 2 if a person, 3 if a place (see COVER_*). */
  covered: number;
  /** Line number (count of line breaks before it). */
  line: number;
}

const APOS = 0x27;
const HYPHEN = 0x2d;
const PERIOD = 0x2e;
const AMPERSAND = 0x26;
const CONTRACTIONS = new Set(['s', 't', 'll', 're', 've', 'd', 'm']);
const WEB_ENDINGS = new Set(['com', 'net', 'org', 'io']);

export function tokenize(ctx: ArticleContext, covered: Uint8Array): Token[] {
  const { codes, flags } = ctx.norm;
  const s = ctx.normString;
  const n = codes.length;
  const out: Token[] = [];
  let i = 0;
  let prevEnd = -1;
  let line = 0;
  while (i < n) {
    if (!(flags[i]! & F_WORD)) {
      if (codes[i] === NEWLINE) line++;
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && flags[i]! & F_WORD) i++;
      // Join across an apostrophe ("O'Brien") but not before a possessive or contraction ("Witkoff's").
      if (i + 1 < n && codes[i] === APOS && flags[i + 1]! & F_WORD) {
        let j = i + 1;
        while (j < n && flags[j]! & F_WORD) j++;
        if (CONTRACTIONS.has(s.slice(i + 1, j))) break;
        i++;
        continue;
      }
      // "PanARMENIAN.Net": a web address ending is part of the name.
      if (i + 1 < n && codes[i] === PERIOD && flags[i + 1]! & F_WORD) {
        let j = i + 1;
        while (j < n && flags[j]! & F_WORD) j++;
        if (WEB_ENDINGS.has(s.slice(i + 1, j)) && !(j < n && codes[j] === PERIOD && j + 1 < n && flags[j + 1]! & F_WORD)) {
          i = j;
          continue;
        }
      }
      break;
    }
    let letters = 0;
    let lower = 0;
    for (let k = start; k < i; k++) {
      if (flags[k]! & (F_UPPER | F_LOWER)) letters++;
      if (flags[k]! & F_LOWER) lower++;
    }
    let sep: Sep = 'start';
    if (prevEnd >= 0) {
      let spaces = 0;
      let other = 0;
      for (let k = prevEnd; k < start; k++) {
        if (codes[k] === SPACE) spaces++;
        else other++;
      }
      if (other === 0 && spaces > 0) sep = 'space';
      else if (other === 1 && codes[prevEnd] === PERIOD && ctx.abbreviationBefore(prevEnd)) sep = 'space';
      else if (spaces === 0 && other === 1 && codes[prevEnd] === HYPHEN) sep = 'hyphen';
      // "Ember & Salt", "Hollins & Daughter": an ampersand between spaces inside a name, before a capitalised word
      else if (other === 1 && spaces === 2 && codes[prevEnd] === SPACE && codes[prevEnd + 1] === AMPERSAND && flags[start]! & F_UPPER) sep = 'space';
      // "Workers' Unions": a plural possessive inside a name, before a capitalised word
      else if (other === 1 && spaces > 0 && codes[prevEnd] === APOS && codes[prevEnd - 1] === 0x73 && flags[start]! & F_UPPER) sep = 'space';
      else sep = 'other';
    }
    let cov = 0;
    for (let k = start; k < i; k++) cov = Math.max(cov, covered[k]!);
    out.push({
      start, end: i, word: s.slice(start, i), cap: (flags[start]! & F_UPPER) !== 0,
      allCaps: letters >= 2 && lower === 0, sep, covered: cov, line,
    });
    prevEnd = i;
  }
  return out;
}

/** Re-reads each token's `covered` after links were added or dropped. */
export function refreshCovered(tokens: Token[], covered: Uint8Array): void {
  for (const t of tokens) {
    let c = 0;
    for (let k = t.start; k < t.end; k++) if (covered[k]! > c) c = covered[k]!;
    t.covered = c;
  }
}
