/**
 * The stated source of a claim: "according to the UN", "numbered by Ukrainian authorities at",
 * "data from Eurostat", "figures published by the ministry", "a report by Amnesty", "the IMF
 * estimates". Returns the source's noun phrase as written, without a leading "the".
 */

import { isLetter, isSpace, isUpper } from './chars';
import { BY_WORD, FROM_OR_BY, wordBits, wordList } from './kinds';

const NP = String.raw`((?:the\s+|a\s+)?(?:[\p{Lu}\d][\p{L}\d’'.\-]*|[\p{Ll}][\p{L}’'\-]*)(?:\s+(?:of\s+|for\s+|and\s+)?(?:[\p{L}\d][\p{L}\d’'.\-]*)){0,7})`;

/** Words that end a source phrase when met inside it; case-sensitive, since a capitalised one is a name ("per the WHO"). */
const END = /\s(?:at|on|in|to|that|which|who|is|are|was|were|has|have|had|said|says|show|shows|showed|suggest|suggests|put|puts|estimated|estimates|found|finds|there|as|since|from|last|this|when|while|after|before|during|with|over|about|around)\b.*$/;

/**
 * Each pattern with the word lists it needs (see wordBits): one word of each list at a word start,
 * a cheap pre-check before running it; and for some, a pattern without the u flag (whose \b and \p{L}
 * run slowly) that matches wherever it does, run first: literals every match holds, with "ſ" where the
 * flags iu read an "s" (the only character outside ASCII that case-folds to a letter of them), and no \b
 * nor what the noun phrase holds but its first character.
 */
const PATTERNS: Array<[number[], RegExp, RegExp?]> = [
  [[wordList(['according'])], new RegExp(String.raw`\baccording\s+to\s+(?:(?:data|figures|statistics|estimates|a\s+report|a\s+study|a\s+survey|a\s+poll|research)\s+(?:from|by|of)\s+)?` + NP, 'iu')],
  [
    [BY_WORD, wordList(['numbered', 'estimated', 'put', 'counted', 'tallied', 'compiled', 'published', 'released', 'reported', 'recorded', 'verified', 'confirmed', 'registered', 'documented'])],
    new RegExp(String.raw`\b(?:numbered|estimated|put|counted|tallied|compiled|published|released|reported|recorded|verified|confirmed|registered|documented)\s+by\s+` + NP, 'iu'),
    /(?:numbered|e[sſ]timated|put|counted|tallied|compiled|publi[sſ]hed|relea[sſ]ed|reported|recorded|verified|confirmed|regi[sſ]tered|documented)\s+by\s/i],
  [
    [FROM_OR_BY, wordList(['data', 'figures', 'statistics', 'estimates', 'numbers', 'report', 'study', 'survey', 'poll', 'research', 'analysis'])],
    new RegExp(String.raw`\b(?:data|figures|statistics|estimates|numbers|a\s+report|a\s+study|a\s+survey|a\s+poll|research|an\s+analysis)\s+(?:from|by|published\s+by|released\s+by|compiled\s+by)\s+` + NP, 'iu'),
    /(?:data|figure[sſ]|[sſ]tati[sſ]tic[sſ]|e[sſ]timate[sſ]|number[sſ]|report|[sſ]tudy|[sſ]urvey|poll|re[sſ]earch|analy[sſ]i[sſ])\s+(?:from|by|publi[sſ]hed|relea[sſ]ed|compiled)\s/i],
  // "per the WHO", "per NASA": a capitalised name only ("per cent", "per day" are no sources)
  [[wordList(['per'])], new RegExp(String.raw`\b[Pp]er\s+((?:the\s+)?\p{Lu}[\p{L}\d’'.\-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}\d’'.\-]*){0,5})`, 'u'), /[Pp]er\s/],
];

/** The patterns with a pre-pattern, for tests: each pre-pattern must match wherever its pattern does. */
export const PRE_SOURCE_PATTERNS: ReadonlyArray<readonly [RegExp, RegExp]> = PATTERNS.flatMap(([, re, needs]) => (needs ? [[re, needs] as const] : []));

/** "the IMF estimates" / "Ukrainian authorities estimated" / "the ministry reported": subject then verb. */
const SUBJECT_VERB = new RegExp(
  String.raw`((?:[\p{Lu}][\p{L}’'.\-]*\s+){0,4}?(?:[\p{Lu}][\p{L}’'.\-]*|officials|authorities|ministry|government|agency|police|office|statisticians|researchers|data|figures|report|study|survey|analysis|poll))\s+(?:estimates|estimated|reported|reports|counted|calculated|recorded|found|finds|puts|put|says\s+(?=\d|more|fewer|at\s+least))`,
  'u',
);
const SUBJECT_VERB_WORDS = wordList(['estimate', 'report', 'counted', 'calculated', 'recorded', 'found', 'finds', 'put', 'says']);
/** SUBJECT_VERB searching from lastIndex; the verbs it ends with start with these, as written (it has no i flag). */
const SUBJECT_VERB_FROM = new RegExp(SUBJECT_VERB.source, 'gu');
const VERB_STEMS = ['estimate', 'report', 'counted', 'calculated', 'recorded', 'found', 'finds', 'put', 'says'];
/** The places the verbs are written, as written: one search for all of them. */
const VERB_AT = new RegExp(VERB_STEMS.join('|'), 'g');

/** The words SUBJECT_VERB's subject may end with besides a capitalised word, as written (it has no i flag). */
const SUBJECT_NOUNS = ['officials', 'authorities', 'ministry', 'government', 'agency', 'police', 'office', 'statisticians', 'researchers', 'data', 'figures', 'report', 'study', 'survey', 'analysis', 'poll'];

/**
 * False when no match of SUBJECT_VERB can have its verb at v: the verb follows \s+ (white space is in
 * no word of the subject, so the subject ends where the white space before v starts, at e), and the
 * subject's last word ends at e, either one of SUBJECT_NOUNS or [\p{Lu}][\p{L}’'.\-]*: a capital at or
 * after the start of the chain of [\p{L}’'.\-] that ends at e. A surrogate (a letter outside the BMP
 * may be a capital) answers true: the pattern decides.
 */
export function subjectMayEndBefore(sentence: string, v: number): boolean {
  let e = v;
  while (e > 0 && isSpace(sentence.charCodeAt(e - 1))) e--;
  if (e === v || e === 0) return false;
  for (const noun of SUBJECT_NOUNS) if (e >= noun.length && sentence.startsWith(noun, e - noun.length)) return true;
  for (let i = e - 1; i >= 0; i--) {
    const c = sentence.charCodeAt(i);
    if ((c >= 0xd800 && c <= 0xdfff) || isUpper(c)) return true;
    if (!(isLetter(c) || c === 0x2019 || c === 0x27 || c === 0x2e || c === 0x2d)) return false;
  }
  return false;
}

/**
 * SUBJECT_VERB.exec(sentence), searched from where its first match can start at the earliest: its
 * subject is at most five words before the verb, words holding no \s with \s+ between them, so
 * the match starts at or after the fifth word before the first place one of the verbs is written
 * with a subject that may end before it (subjectMayEndBefore; going back five words from a later
 * place never ends before that). The pattern looks neither behind nor at \b, so from there it finds
 * the same first match; with no such place there is none, and the pattern is not run.
 */
function subjectVerb(sentence: string): RegExpExecArray | null {
  let verb = -1;
  // every place one of the verbs is written, in order (each search goes on one code unit after the last place
  // found: "finds" may hold "says" from its last letter on)
  VERB_AT.lastIndex = 0;
  for (let m = VERB_AT.exec(sentence); m; m = VERB_AT.exec(sentence)) {
    if (subjectMayEndBefore(sentence, m.index)) {
      verb = m.index;
      break;
    }
    VERB_AT.lastIndex = m.index + 1;
  }
  if (verb < 0) return null;
  let from = verb;
  for (let w = 0; w < 5 && from > 0; w++) {
    while (from > 0 && isSpace(sentence.charCodeAt(from - 1))) from--;
    while (from > 0 && !isSpace(sentence.charCodeAt(from - 1))) from--;
  }
  SUBJECT_VERB_FROM.lastIndex = from;
  return SUBJECT_VERB_FROM.exec(sentence);
}

function hasAll(bits: number, words: readonly number[]): boolean {
  for (let i = 0; i < words.length; i++) if (!(bits & words[i]!)) return false;
  return true;
}

function tidy(phrase: string): string | null {
  const p = phrase.replace(END, '').replace(/[,;:.]+$/, '').replace(/^(?:the|a)\s+/i, '').replace(/['’]s$/u, '').trim();
  return p && /\p{L}/u.test(p) ? p : null;
}

/** The bits of the first word list of each pattern, together: without one of them no pattern of PATTERNS can match. */
const ANY_PATTERN_WORDS = PATTERNS.reduce((bits, [words]) => bits | words[0]!, 0);

export function findSource(sentence: string): string | null {
  // kindsOf read the same sentence just before: wordBits answers from its cache
  const bits = wordBits(sentence);
  // (most sentences have a word of none of the lists: nothing to try)
  if ((bits & (ANY_PATTERN_WORDS | SUBJECT_VERB_WORDS)) === 0) return null;
  for (let i = 0; i < PATTERNS.length; i++) {
    const p = PATTERNS[i]!;
    const needs = p[2];
    const m = hasAll(bits, p[0]) && (needs === undefined || needs.test(sentence)) ? p[1].exec(sentence) : null;
    if (m?.[1]) {
      const cut = m[1].split(/[,;:()“”"]/)[0]!;
      const t = tidy(cut);
      if (t) return t;
    }
  }
  const m = bits & SUBJECT_VERB_WORDS ? subjectVerb(sentence) : null;
  if (m?.[1]) {
    const words = m[1].trim().split(/\s+/);
    const start = words.findIndex((w) => !/^(The|A|An|In|On|At|But|And|As|While|After|Meanwhile|However|Last|This)$/.test(w));
    const t = start >= 0 ? tidy(words.slice(start).join(' ')) : null;
    // a pronoun is no source, contracted or not ("I'll put …")
    if (t && !/^(?:He|She|They|It|We|I|You)(?:['’][a-z]+)?$/.test(t)) return t;
  }
  return null;
}
