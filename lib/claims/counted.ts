/**
 * What a number counts. First the noun phrase right after it ("20,000 Ukrainian children" →
 * "children", "75% of voters" → "voters"); when nothing follows ("numbered by Ukrainian
 * authorities at 20,000") the plural noun the sentence is about, preferring one modified by a
 * participle ("the children abducted by …") or a typical counted noun, then the nearest.
 */

import { tokenAt, tokenSpans, tokenize } from './lexicon';

const STOP = new Set(
  ('of in on at by from for with and or but who that which than as since per a an the to were was are is have has ' +
    'had will would could can may might said says each ago this last next its their his her our into over under ' +
    'after before during between against about across out up down off so if when while because some many several most such these those other').split(' '),
);
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
  if (IRREGULAR_PLURALS.has(w)) return true;
  return w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w) && !NOT_PLURAL.has(w);
}

/** The word lowercased without a final apostrophe or "'s", as w.toLowerCase().replace(/['’]s?$/u, '') gives it. */
function clean(w: string): string {
  const l = w.toLowerCase();
  const n = l.length;
  const last = l.charCodeAt(n - 1);
  if (last === 0x27 || last === 0x2019) return l.slice(0, n - 1);
  if (last === 0x73 && n >= 2 && (l.charCodeAt(n - 2) === 0x27 || l.charCodeAt(n - 2) === 0x2019)) return l.slice(0, n - 2);
  return l;
}

export function countedNoun(text: string, from: number, to: number, start: number, end: number, percent: boolean): Counted | null {
  return countedAfter(text, to, end) ?? (percent ? null : countedBefore(text, from, start));
}

/**
 * The first half of countedNoun: the noun phrase right after the number (`after` true), or null.
 * Cheap next to countedBefore, so callers that may drop the number ask this first.
 */
export function countedAfter(text: string, to: number, end: number): Counted | null {
  const spans = tokenSpans(text, end, Math.min(to, end + 80));
  const first = tokenAt(text, spans, 0);
  let k = 0;
  if (first && /^\s*$/.test(text.slice(end, first.start)) && first.lower === 'of') {
    k = 1;
    const second = tokenAt(text, spans, 1)?.lower;
    if (second === 'the' || second === 'all') k = 2;
  }
  const got: string[] = [];
  for (let i = k; 2 * i < spans.length && got.length < 4; i++) {
    const t = tokenAt(text, spans, i)!;
    const prevEnd = i === 0 ? end : spans[2 * i - 1]!;
    if (!/^\s+$/.test(text.slice(prevEnd, t.start)) && !(i === 0 && text.slice(prevEnd, t.start) === '')) break;
    if (STOP.has(t.lower) || /\d/.test(t.text)) break;
    if (got.length && /(ed|ing)$/.test(t.lower) && !isPlural(t.lower)) break;
    const w = clean(t.text);
    got.push(w);
    if (isPlural(w)) break;
  }
  return got.length ? { noun: got[got.length - 1]!, after: true } : null;
}

/** The second half of countedNoun, when nothing follows: the plural noun the sentence counts before `start`. */
export function countedBefore(text: string, from: number, start: number): Counted | null {
  const before = tokenize(text, from, start);
  let best: string | null = null;
  let bestScore = -Infinity;
  before.forEach((t, i) => {
    const w = clean(t.text);
    if (!isPlural(w) || STOP.has(w) || /^\p{Lu}/u.test(t.text)) return;
    let score = -(before.length - i) * 0.05;
    const next = before[i + 1]?.lower ?? '';
    if (/ed$/.test(next) || next === 'killed' || next === 'who') score += 2;
    if (TYPICAL.has(w)) score += 1;
    if (score > bestScore) {
      best = w;
      bestScore = score;
    }
  });
  return best ? { noun: best, after: false } : null;
}
