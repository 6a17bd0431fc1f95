/**
 * Check-worthiness, 0..1, from plain features: numbers, named entities, a stated source, a
 * speaker, comparisons and predictions raise it; hedges, opinion and greeting words, questions,
 * headlines and very short text lower it.
 *
 * CLAIM_THRESHOLD = 0.5: a claim with score >= 0.5 is shown. At this level a sentence needs a
 * statistic (0.15 + 0.4), or a speaker with a named entity (0.15 + 0.25 + 0.1), or a comparison,
 * superlative or forecast of six words or more that no hedge or opinion word weakens (0.15 + 0.35:
 * on the dev set's pages nearly every such sentence was one its annotators labelled; a schedule,
 * "is due to", "is scheduled", is no forecast); a bare opinion ("he hoped they would", "said the
 * figures were encouraging") stays below. Direct quotations are
 * always reported as claims whatever their score; the score then only ranks them.
 */

import { isLetter, isSpace } from './chars';
import { isStatistic, wordBits, wordList } from './kinds';
import type { ClaimKind, ClaimNumber } from './types';

export const CLAIM_THRESHOLD = 0.5;

/** Named entities beyond this many add nothing to the score (0.1 each up to it): findClaims counts no further. */
export const ENTITIES_SCORED = 2;

export interface ScoreInput {
  text: string;
  kinds: readonly ClaimKind[];
  numbers: readonly ClaimNumber[];
  hasSpeaker: boolean;
  /** The speaker is named or resolved to a named referent (not an unnamed group or an unresolved pronoun). */
  namedSpeaker?: boolean;
  hasSource: boolean;
  /** Named entities in the text, the speaker aside. */
  entities: number;
  quote: boolean;
  heading: boolean;
}

const HEDGES = /\b(?:may|might|perhaps|possibly|maybe|seems?|apparently|allegedly)\b/gi;
const OPINION = /\b(?:hope[sd]?|hoping|wish(?:es|ed)?|grateful|gratitude|bless|thank(?:s|ed|ful)?|proud|welcome[sd]?|congratulat\w*|delighted|happy|sad|love|wonderful|terrible|honou?red|pleased|glad|sorry|hello|goodbye|good\s+luck|amazing|great\s+job|encouraging|worrying|disappointing|alarming|troubling|shocking|unacceptable|outrageous|excellent|fantastic|impressive)\b/gi;
const FIRST_PERSON_VIEW = /\bI\s+(?:think|believe|feel|guess|suppose)\b/;
/** A verb that asserts something, also negated ("didn't", "isn’t"). */
const FACTUAL_VERB = /\b(?:is|are|was|were|has|have|had|did|does|will|would|killed|rose|fell|signed|sent|built|won|lost)(?:n['’]t)?\b|\bwon['’]t\b/i;

/** The verbs one of which FACTUAL_VERB needs at a word start (see wordBits): without one it is not run. */
const FACTUAL_WORDS = wordList(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does', 'will', 'would', 'killed', 'rose', 'fell', 'signed', 'sent', 'built', 'won', 'lost']);

/** Words one of which each pattern needs at a word start (see wordBits), a cheap pre-check before counting. */
const HEDGE_WORDS = wordList(['may', 'might', 'perhaps', 'possibly', 'maybe', 'seem', 'apparently', 'allegedly']);
const OPINION_WORDS = wordList([
  'hope', 'hoping', 'wish', 'grateful', 'gratitude', 'bless', 'thank', 'proud', 'welcome', 'congratulat', 'delighted', 'happy', 'sad',
  'love', 'wonderful', 'terrible', 'hono', 'pleased', 'glad', 'sorry', 'hello', 'goodbye', 'good', 'amazing', 'great', 'encouraging',
  'worrying', 'disappointing', 'alarming', 'troubling', 'shocking', 'unacceptable', 'outrageous', 'excellent', 'fantastic', 'impressive',
]);

/**
 * countWords(s) (chars.ts) up to `most`: the score only asks whether there are fewer than 6 or 8
 * words, and stopping there skips the rest of a long sentence. Chunks split at \s; a chunk counts
 * when it holds a letter or an ASCII digit.
 */
function countWordsUpTo(s: string, most: number): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) counted = false;
    else if (!counted) {
      // a chunk starts: it counts at its first letter or digit (ASCII first, the rest by code point)
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0x80 && !isSpace(c) && isLetter(s.codePointAt(i)!))) {
        if (++n >= most) break;
        counted = true;
      }
      if (c >= 0xd800 && c <= 0xdbff && s.codePointAt(i)! > 0xffff) i++;
    } else if (c >= 0x80 && isSpace(c)) counted = false;
  }
  return n;
}

/** /\?["”’]?$/ on the text trimmed (trim removes exactly the \s characters). */
function endsWithQuestion(s: string): boolean {
  let j = s.length - 1;
  while (j >= 0 && isSpace(s.charCodeAt(j))) j--;
  const c = j >= 0 ? s.charCodeAt(j) : 0;
  if (c === 0x22 || c === 0x201d || c === 0x2019) j--;
  return j >= 0 && s.charCodeAt(j) === 0x3f;
}

/** Matches of the global pattern `re` in s, counted up to two: a third takes no more off the score. */
function countUpToTwo(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < 2 && re.test(s)) n++;
  re.lastIndex = 0;
  return n;
}

export function scoreClaim(f: ScoreInput): number {
  // a quotation is asked about 8 words and 6, any other text about 6 only
  const words = countWordsUpTo(f.text, f.quote ? 8 : 6);
  // kindsOf read the same text just before: wordBits answers from its cache
  const bits = wordBits(f.text);
  let stats = 0;
  let measured = false;
  for (const n of f.numbers) {
    if (!isStatistic(n)) continue;
    stats++;
    if (n.unit !== 'count' && n.unit !== 'rank') measured = true;
  }
  let s = f.quote ? 0.2 : 0.15;
  if (stats) s += Math.min(0.5, 0.4 + 0.05 * (stats - 1));
  if (measured) s += 0.05;
  if (f.hasSource) s += 0.2;
  if (f.hasSpeaker && !f.quote) s += 0.25;
  // a reported statement that asserts something ("said the city had not built …") over a bare frame,
  // or a named speaker (who gets the same without the verb, so the verb is looked for only without one)
  if (!f.quote && (f.namedSpeaker || (f.hasSpeaker && ((bits & FACTUAL_WORDS && FACTUAL_VERB.test(f.text)) || / that /.test(f.text))))) s += 0.1;
  s += 0.1 * Math.min(ENTITIES_SCORED, f.entities);
  if (f.kinds.includes('comparison')) s += 0.35;
  if (f.kinds.includes('prediction')) s += 0.35;
  if (f.quote) {
    if (bits & FACTUAL_WORDS && FACTUAL_VERB.test(f.text)) s += 0.1;
    if (words >= 8) s += 0.1;
    if (FIRST_PERSON_VIEW.test(f.text)) s -= 0.05;
  }
  if (bits & HEDGE_WORDS) s -= Math.min(0.2, 0.1 * countUpToTwo(HEDGES, f.text));
  if (bits & OPINION_WORDS) s -= Math.min(0.3, 0.2 * countUpToTwo(OPINION, f.text));
  if (endsWithQuestion(f.text)) s -= 0.3;
  if (f.heading) s -= 0.2;
  if (words < 6) s -= 0.1;
  return Math.round(Math.max(0, Math.min(1, s)) * 100) / 100;
}
