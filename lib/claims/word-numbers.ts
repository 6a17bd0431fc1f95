/** Numbers written in words: "two million", "thirty-one", "a hundred", "tens of thousands". */

import { codePointIn, isLetter, width } from './chars';

// Null-prototype tables: a word such as "constructor" must not find Object.prototype's members.
const UNITS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, one: 1,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
});
const SCALES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
const VAGUE: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { dozens: 24, tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 });

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
    const cp = codePointIn(text, i, to);
    if (!isLetter(cp)) break;
    i += width(cp);
  }
  return i;
}

function unitValue(w: string): number | undefined {
  if (UNITS[w] !== undefined) return UNITS[w];
  if (!w.includes('-')) return undefined;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  return m ? UNITS[m[1]!]! + UNITS[m[2]!]! : undefined;
}

/**
 * A pre-check: every word number holds a word of UNITS, SCALES or VAGUE standing whole (or before
 * a hyphen: "twenty-one"), so text without one has no word number. "one" is left out: alone it is
 * never a number, and with a scale word ("one million") the scale word passes the check.
 */
const NUMBER_WORDS = [...Object.keys(UNITS).filter((w) => w !== 'one'), ...Object.keys(SCALES), ...Object.keys(VAGUE)].join('|');
const ANY_NUMBER_WORD = new RegExp(`(?<!\\p{L})(?:${NUMBER_WORDS})(?!\\p{L})`, 'iu');
/** The same without the look-behind, which makes the search slow: it matches wherever ANY_NUMBER_WORD does, and is tried first. */
const NUMBER_WORD_END = new RegExp(`(?:${NUMBER_WORDS})(?!\\p{L})`, 'iu');

/**
 * The pre-check over the slice lowercased (foldCase): without the i flag the search is faster,
 * and lowercasing keeps each match of NUMBER_WORD_END a match (the words are ASCII; "ſ" folds to
 * "s"; a letter stays a letter and anything else stays something else). False means no word number.
 */
const NUMBER_WORD_FOLDED = new RegExp(`(?:${NUMBER_WORDS})(?!\\p{L})`, 'u');
export const mayHoldWordNumber = (folded: string): boolean => NUMBER_WORD_FOLDED.test(folded);

/** Word numbers in text.slice(from, to). A lone "one" is never a number ("one recent example"). */
export function parseWordNumber(text: string, from: number, to: number): WordNumber[] {
  const toks: Array<{ w: string; start: number; end: number }> = [];
  const part = text.slice(from, to);
  if (!NUMBER_WORD_END.test(part) || !ANY_NUMBER_WORD.test(part)) return [];
  // words as /[\p{L}]+(?:-[\p{L}]+)?/gu finds them in part (letters, with one hyphenated part: "twenty-one"), by a character loop
  for (let i = from; i < to; ) {
    const cp = codePointIn(text, i, to);
    if (!isLetter(cp)) {
      i += width(cp);
      continue;
    }
    let j = lettersEnd(text, i, to);
    if (j < to && text.charCodeAt(j) === 0x2d) {
      const k = lettersEnd(text, j + 1, to);
      if (k > j + 1) j = k;
    }
    toks.push({ w: text.slice(i, j).toLowerCase(), start: i, end: j });
    i = j;
  }
  const out: WordNumber[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // the cheap comparison first: most words are followed by something else than "of"
    if (toks[i + 1]?.w === 'of' && VAGUE[t.w] !== undefined) {
      let value = VAGUE[t.w]!;
      let end = t.end;
      if (VAGUE[toks[i + 2]?.w ?? ''] !== undefined && toks[i + 3]?.w === 'of') {
        value *= VAGUE[toks[i + 2]!.w]!;
        end = toks[i + 2]!.end;
        i += 2;
      }
      out.push({ start: t.start, end, value, multiplied: true });
      continue;
    }
    const half = t.w === 'half' && toks[i + 1]?.w === 'a' && SCALES[toks[i + 2]?.w ?? ''] !== undefined;
    if (half) {
      out.push({ start: t.start, end: toks[i + 2]!.end, value: SCALES[toks[i + 2]!.w]! / 2, multiplied: true });
      i += 2;
      continue;
    }
    const first = t.w === 'a' ? (SCALES[toks[i + 1]?.w ?? ''] ? 1 : undefined) : unitValue(t.w);
    if (first === undefined) continue;
    let total = 0;
    let current = first;
    let multiplied = false;
    let j = i + 1;
    let end = t.end;
    for (; j < toks.length; j++) {
      const w = toks[j]!.w;
      const gap = text.slice(toks[j - 1]!.end, toks[j]!.start);
      if (!/^\s+$/.test(gap)) break;
      if (SCALES[w]) {
        current = (current || 1) * SCALES[w]!;
        if (SCALES[w]! >= 1000) {
          total += current;
          current = 0;
        }
        multiplied = true;
      } else if (w === 'and' && unitValue(toks[j + 1]?.w ?? '') !== undefined && multiplied) continue;
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
