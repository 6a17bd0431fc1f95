/**
 * The claims engine: article text plus the name mentions found in it → claims (statistics,
 * quotations, attributed statements, comparisons, predictions), each with its speaker, numbers,
 * stated source, check-worthiness and matching contexts. Pure TypeScript, no DOM.
 *
 * Every direct quotation is a claim of kind "quote", whatever its score. A sentence is a claim
 * when at least one kind applies to it (outside its quotations) and it says more than the
 * attribution of the quotations it holds.
 */

import type { Mention } from '../engine/types';
import type { Context } from '../kb/types';
import { codePointIn, isSpace, isUpper, partitionPoint, width } from './chars';
import { matchContexts, type Scope } from './contexts';
import { fullerNames } from './fuller';
import { isStatistic, kindsOf } from './kinds';
import { GROUP_NOUNS, NAME_TITLE, RELATIONS, SPEECH_VERBS, TITLE_BEFORE_NAME, capStopAt, isPersonNoun, innerSpans, isCapitalised, lowerTrie, lowerTrieHas, lowerUnit, lowersTo, scanSentenceSpans, spansOutside, tokenSpans, tokenize, tokensFromSpans, type Token } from './lexicon';
import { Spans, findReferents, unknownOrganisations, type Referent } from './names';
import { findNumbers } from './numbers';
import { curlSingleQuotes, findQuotes, maskQuotes, type Quote } from './quotes';
import { afterArticle, findLastStartingBy, findOverlapping, resolvePronoun, speakerAt, toSpeaker, type ResolveState, type Speaker } from './resolve';
import { CLAIM_THRESHOLD, ENTITIES_SCORED, scoreClaim } from './score';
import { splitLines, splitSentences, type Sentence, type Span } from './sentences';
import { findSource } from './source';
import { DESCRIPTION_PREPOSITIONS, findAttributions, subjectBefore, subjectBodyBefore, type Attribution } from './speakers';
import type { Claim, ClaimKind } from './types';

export type { Claim, ClaimKind, ClaimNumber } from './types';
/** Claims with score >= CLAIM_THRESHOLD (0.5) are shown; see score.ts for how the score is built. */
export { CLAIM_THRESHOLD } from './score';

/** Fewest content words a sentence with quotations needs outside them to be a claim itself. */
const MIN_OWN_WORDS = 6;
/**
 * Content words outside its quotations from which a sentence with a speaker reports a statement of
 * its own, beyond framing them: "Volker said he never used the term “three amigos” and added, “…”".
 */
const REPORTED_WORDS = 11;
/** How close (characters) a speech verb stands before a quotation it introduces: "what one called “…”". */
const NEAR_VERB = 24;
/** The quotations of a sentence without any, and the attributions of one without a speech word (never written). */
const NO_QUOTES: Quote[] = [];
const NO_ATTRIBUTIONS: Attribution[] = [];
/** A claim's scope for matchContexts: text.slice(start, end) in its paragraph. */
const scope = (line: Span, start: number, end: number): Scope => ({ start, end, paragraphStart: line.start, paragraphEnd: line.end });
/** The keys excluded from a sentence without quotations: none. */
const NO_KEYS: ReadonlySet<string> = new Set();
const FILLER = new Set('the a an and but that this of to in on at for as while also he she it they said adding saying'.split(' '));
/** FILLER and the speech verbs: the words ownWords does not count. */
const NOT_OWN = lowerTrie([...FILLER, ...SPEECH_VERBS]);

/** A spokesperson phrase without a name: "A spokeswoman for the commission", "a Vantora spokesperson". */
const SPOKES_PHRASE = /^(?:an?|the)\s[^,]*\bspokes(?:person|man|woman)\b[^,]*$/i;

/**
 * A spokesperson for or of the organisation named next: "A spokeswoman for the commission"; up to four words may
 * stand between "for" and the name ("A spokesperson for the state’s Sport and Recreation minister").
 */
const SPOKES_FOR = /\bspokes(?:person|man|woman)\s+(?:for|of|at)\s+(?:[\p{L}’'-]+\s+){0,4}$/iu;

/** An owner's role and a comma after a name: "'s agent, ", "’s chief executive, ". */
const OWNER_ROLE = /^['’]s\s+[a-z]+(?:\s+[a-z]+)?,\s+/;

/** Starts of the first person named in each sentence outside its quotations (referents are sorted by start). */
function subjectsOf(text: string, sentences: readonly Sentence[], referents: readonly Referent[], quotes: readonly Quote[]): Set<number> {
  const out = new Set<number>();
  let from = 0;
  for (const s of sentences) {
    while (from < referents.length && referents[from]!.start < s.start) from++;
    // (a sentence "he" or "she" opens has that pronoun for its subject: a person named later in it is no subject, "She
    // has stopped answering her landline and her daughter, Harpreet, now checks her post")
    const c0 = text.charCodeAt(s.start);
    if ((c0 === 0x48 || c0 === 0x53) && PRONOUN_OPENS.test(text.slice(s.start, s.start + 4))) continue;
    for (let i = from; i < referents.length && referents[i]!.start < s.end; i++) {
      const r = referents[i]!;
      // (not a name that modifies a noun after an article: "Asked whether the Okafor deal was close, he said")
      // (nor the agent after "by": "Asked directly by Lindqvist whether …, he declined")
      if (r.person && r.end <= s.end && !insideQuote(quotes, r.start, r.end) && !afterArticle(text, r.start) && !afterBy(text, r.start)) {
        // "Brenner's agent, Dariusz Wojcik, has hit back": the name set after the owner's role is the subject
        // (the pattern opens with an apostrophe: the slice is read only after one)
        const q = text.charCodeAt(r.end);
        const role = q === 0x27 || q === 0x2019 ? OWNER_ROLE.exec(text.slice(r.end, r.end + 40)) : null;
        const named = role ? referents[i + 1] : undefined;
        out.add(named && named.person && named.start === r.end + role![0].length ? named.start : r.start);
        break;
      }
    }
  }
  return out;
}

/** "it read" right after a quotation ("the post read" is read as "the post said" is). */
const POST_READ = /^\s*it\s+(?:read|reads)\b/;

/** "He" or "She" opening a sentence, as a word. */
const PRONOUN_OPENS = /^(?:He|She)\b/;

/** True when "by" and one space stand right before `start` ("Asked by Lindqvist"), or "by", a title and spaces ("Asked by Ms Marchetti"). */
function afterBy(text: string, start: number): boolean {
  const titled = start >= 4 && text.charCodeAt(start - 1) === 0x20 ? TITLE_BEFORE_NAME.exec(text.slice(Math.max(0, start - 6), start)) : null;
  if (titled) start -= titled[0].length;
  return start >= 4 && text.charCodeAt(start - 1) === 0x20 && text.charCodeAt(start - 2) === 0x79 && text.charCodeAt(start - 3) === 0x62 && !/\p{L}/u.test(text[start - 4] ?? '');
}


/** True when [start, end) lies inside one of the quotations (sorted, not overlapping): binary search. */
function insideQuote(quotes: readonly Quote[], start: number, end: number): boolean {
  const lo = partitionPoint(quotes.length, (i) => quotes[i]!.end < end);
  // the first quotation ending at or after `end` is the only one that can hold the span
  return lo < quotes.length && quotes[lo]!.start <= start;
}

/** True when text.slice(start, pos) ends like a sentence: /[.!?:]\s*["“]?\s*$/. */
function afterSentenceEnd(text: string, start: number, pos: number): boolean {
  let j = pos - 1;
  while (j >= start && isSpace(text.charCodeAt(j))) j--;
  if (j >= start && (text[j] === '"' || text[j] === '“')) {
    j--;
    while (j >= start && isSpace(text.charCodeAt(j))) j--;
  }
  return j >= start && '.!?:'.includes(text[j]!);
}

/** True when every code point of the word is a capital and it has two or more: "NATO", "UN". */
function allCapitals(word: string): boolean {
  let n = 0;
  for (let i = 0; i < word.length; n++) {
    const cp = word.codePointAt(i)!;
    if (!isUpper(cp)) return false;
    i += width(cp);
  }
  return n >= 2;
}

/** /^\s*(?:\d{1,2}[.)]\s*)?$/ on text.slice(from, to), read by characters: white space, or a list number ("3.", "12)") in it. */
function listNumberOnly(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  if (i === to) return true;
  let digits = 0;
  while (i < to && digits < 3 && isAsciiDigit(text.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (digits === 0 || digits > 2 || i === to) return false;
  const c = text.charCodeAt(i);
  if (c !== 0x2e && c !== 0x29) return false;
  i++;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i === to;
}

/** True for an ASCII digit, the \d of a pattern without the u flag. */
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** True when the name is "he", "she" or "they" in any case: /^(?:he|she|they)$/i. */
function isPronounName(name: string): boolean {
  if (name.length < 2 || name.length > 4) return false;
  const l = name.toLowerCase();
  return l === 'he' || l === 'she' || l === 'they';
}

/** True when "spokes" (ASCII letters in any case) stands in text.slice(from, to): every spokesperson pattern holds it. */
function hasSpokes(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i + 6 <= to; i++) {
    if ((text.charCodeAt(i) | 0x20) === 0x73 && (text.charCodeAt(i + 1) | 0x20) === 0x70 && (text.charCodeAt(i + 2) | 0x20) === 0x6f && (text.charCodeAt(i + 3) | 0x20) === 0x6b && (text.charCodeAt(i + 4) | 0x20) === 0x65 && (text.charCodeAt(i + 5) | 0x20) === 0x73) return true;
  }
  return false;
}

/** True when text.slice(from, to) is white space only (or empty). */
function spacesOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** True when text.slice(from, to) is one or more plain spaces. */
function spacesBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

/**
 * Named things in text.slice(start, end), the speaker aside: runs of capitalised words, counted
 * once each, up to ENTITIES_SCORED (the score reads no more). A word opening a sentence counts only
 * when it is known as a name (`known`) or written in capitals. Reads token offsets (`spans`, from
 * tokenSpans) and makes strings only for capitalised words. With `caps` (the page's capitalised tokens
 * after each sentence's first, as the sentence scan lists them: see scanSentence) and `spans` a sentence's
 * tokens or a range of them, only the first token and the capitalised ones are read: a token in lower case
 * between two capitalised ones leaves letters between them, so they are no run either way.
 */
function properNames(
  text: string,
  start: number,
  end: number,
  speaker: Speaker | null,
  known: (lower: string, at: number) => boolean,
  spans?: readonly number[],
  from = 0,
  to = spans?.length,
  caps?: readonly number[],
): number {
  // the names counted so far, fewer than ENTITIES_SCORED (made with the first)
  let names: string[] | null = null;
  const sp = spans ?? tokenSpans(text, start, end);
  let last = spans ? to! : sp.length;
  let k = spans ? from : 0;
  // with the page's capitals: the first token, then the capitalised tokens after it up to the last's start
  let ci = -1;
  let lastStart = 0;
  if (caps && spans && k < last) {
    const first = sp[k]!;
    lastStart = sp[last - 2]!;
    ci = 2 * partitionPoint(caps.length >> 1, (i) => caps[2 * i]! <= first);
    last = k + 2;
  }
  /** End of the previous token when it was a proper word, else -1 (the previous capitalised one, reading the capitals). */
  let runEnd = -1;
  for (;;) {
    let s: number;
    let e: number;
    if (k < last) {
      s = sp[k]!;
      e = sp[k + 1]!;
      k += 2;
    } else if (ci >= 0 && ci < caps!.length && caps![ci]! <= lastStart) {
      s = caps![ci]!;
      e = caps![ci + 1]!;
      ci += 2;
    } else break;
    const c = text.charCodeAt(s);
    // ASCII: only A-Z are capitals
    const capital = c < 0x80 ? c >= 0x41 && c <= 0x5a : isUpper(codePointIn(text, s, e));
    const inSpeaker = speaker?.start !== undefined && s >= speaker.start && e <= (speaker.end ?? 0);
    // "I" and the words of CAP_STOP are read from the text, the others made once they are known to be proper
    let proper = capital && !inSpeaker && !(e === s + 1 && c === 0x49) && !capStopAt(text, s, e);
    if (proper) {
      // (a word that goes on a run of proper words, not opening a sentence, adds nothing: no string is made for it)
      const opens = s === start || afterSentenceEnd(text, start, s);
      const goesOn = runEnd >= 0 && spacesBetween(text, runEnd, s);
      if (opens || !goesOn) {
        const word = text.slice(s, e);
        const lower = word.toLowerCase();
        if (opens) proper = known(lower, s) || allCapitals(word);
        if (proper && !goesOn) {
          const name = withoutPossessiveS(lower);
          if (names === null) names = [name];
          else if (!names.includes(name)) names.push(name);
          if (names.length >= ENTITIES_SCORED) return ENTITIES_SCORED;
        }
      }
    }
    runEnd = proper ? e : -1;
  }
  return names === null ? 0 : names.length;
}

/** lower.replace(/['’]s$/, ''): the word without a closing possessive 's. */
function withoutPossessiveS(lower: string): string {
  const n = lower.length;
  if (n < 2 || lower.charCodeAt(n - 1) !== 0x73) return lower;
  const c = lower.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019 ? lower.slice(0, n - 2) : lower;
}

/** True when the verb at `at` is a form of "ask" or "order" (speech verbs that attribute quotations, not claims). */
function asksOrOrders(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 0x20;
  return (c === 0x61 && lowersTo(text, at, at + 3, 'ask')) || (c === 0x6f && lowersTo(text, at, at + 5, 'order'));
}

/** True when the verb at `at` is "put" ("puts", "putting"), as in "put it bluntly": a frame for a quotation. */
function putsIt(text: string, at: number): boolean {
  return (text.charCodeAt(at) | 0x20) === 0x70 && lowersTo(text, at, at + 3, 'put');
}

/** The words before a quotation that say whose it is: "in Ms Vasseur's words,", "in the words of one critic," (the owner is group 1 or 2). */
const WORDS_OWNER = new RegExp(
  String.raw`(?:\b[Ii]n\s+(?:${NAME_TITLE}\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*?)['’]s?\s+(?:own\s+)?words|\b[Ii]n\s+the\s+words\s+of\s+((?:an?|one|another)\s+[a-z]+(?:\s+[a-z]+)?|(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)),?\s*$`,
  'u',
);

/** Most words a quoted title may have: “Star Wars,”, “We’re Not Gonna Take It”. */
const MAX_TITLE_WORDS = 6;

/** Small words a title writes in lower case after its first word: “Dancing with the Stars”. */
const TITLE_SMALL = new Set('a an the and or of in on at to for with by from'.split(' '));

/**
 * A quotation that is a title, not somebody's words: a few words, each capitalised with lower case
 * after (not shouted in capitals) but for small words after the first, and no sentence punctuation
 * inside but a closing comma or period.
 */
function isTitle(text: string, q: Quote): boolean {
  // (a title opens with a capital and is short: most quotations are ruled out without a copy)
  if (q.words > MAX_TITLE_WORDS || !isUpper(codePointIn(text, q.innerStart, q.innerEnd))) return false;
  const inner = text.slice(q.innerStart, q.innerEnd).replace(/[,.]\s*$/, '');
  if (/[.!?:;]/.test(inner)) return false;
  const words = tokenize(inner);
  return (
    words.length > 0 &&
    words.length <= MAX_TITLE_WORDS &&
    words.every((w, i) => (i > 0 && TITLE_SMALL.has(w.text)) || (isCapitalised(w.text) && (w.text.length === 1 || /\p{Ll}/u.test(w.text))))
  );
}

/**
 * Two words quoted in lower case within a sentence ("a “good team.”", "called it “morally wrong.”"): a phrase
 * the writer borrows, not somebody's statement; its comma or period belongs to the sentence around it (the
 * labellers never took one for a quotation, 15 of them on the pages tuned on). Two words that open in a
 * capital are an utterance of their own: “Not one.”, "That's correct,".
 */
function isQuotedPhrase(text: string, q: Quote): boolean {
  return q.words <= 2 && !isUpper(codePointIn(text, q.innerStart, q.innerEnd));
}

/** A paragraph that opens as an editor's note, a correction or an update of the article itself. */
const EDITORS_NOTE = /^\s*(?:editor['’]?s['’]?\s+note|correction|clarification|update(?:d)?)\b\s*[:—–-]|^\s*(?:an?|the)\s+(?:earlier|previous)\s+version\s+of\s+this\b/i;

/** True when the paragraph is an editor's note (see EDITORS_NOTE). */
function isEditorsNote(text: string, line: Span): boolean {
  // (every match opens, after white space, with one of the letters e, c, u, a or t, in either case)
  let i = line.start;
  while (i < line.end && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i) | 0x20;
  if (c !== 0x65 && c !== 0x63 && c !== 0x75 && c !== 0x61 && c !== 0x74) return false;
  // (a paragraph opening with "a", "an" or "the" is one only with white space and "earlier" or "previous" after the word:
  // most paragraphs that open with "The" or "A" are read no further)
  if (c === 0x61 || c === 0x74) {
    let j = i + 1;
    if (c === 0x61) {
      if ((text.charCodeAt(j) | 0x20) === 0x6e) j++;
    } else if ((text.charCodeAt(j) | 0x20) === 0x68 && (text.charCodeAt(j + 1) | 0x20) === 0x65) j += 2;
    else return false;
    if (j >= line.end || !isSpace(text.charCodeAt(j))) return false;
    while (j < line.end && isSpace(text.charCodeAt(j))) j++;
    const d = text.charCodeAt(j) | 0x20;
    if (d !== 0x65 && d !== 0x70) return false;
  }
  return EDITORS_NOTE.test(text.slice(line.start, Math.min(line.end, line.start + 60)));
}

/** A statement named as such in a sentence. */
const STATEMENT = /\bstatement\b/i;
/** Verbs of making a statement without saying what it says: "issued a brief statement". */
const ISSUED = /\b(?:issued|released|put\s+out|posted|published)\s+(?:a|an)\s+/i;
/** A sentence opening with the statement its subject made: "In a statement issued after the hearing, …". */
const IN_A_STATEMENT = /^In\s+(?:a|an|its|his|her|their|a\s+short|a\s+brief|a\s+written|a\s+joint)\s+statement\b/;

/** True when text.slice(start, end) is "he" or "she" (any case). */
function isHeOrShe(text: string, start: number, end: number): boolean {
  const w = text.slice(start, end).toLowerCase();
  return w === 'he' || w === 'she';
}

/** A sentence opened by a body introduced by what it does: "The union representing pharmacy assistants …". */
const INTRODUCED_BODY = /^The\s+([a-z]+)\s+(?:representing|behind|which\s+represents|that\s+represents)\b/;

/**
 * A sentence opened by someone described without a name, then a comma, "who", an auxiliary or a verb in -ed: "One
 * volunteer, …", "A neighbour who …", "An elderly man was …", "A young nurse stayed …".
 */
const DESCRIBED_OPENER = /^(?:A|An|One|Another)\s+((?:[a-z]+\s+){0,2}[a-z]+)(?=,|\s+(?:who|was|is|had|has|[a-z]+ed)\b)/;

/** A speaker phrase that describes one person without naming them: "An Eritrean woman", "senior nurse". */
function unnamedPerson(name: string): boolean {
  // (the head noun is the last word before a phrase: "younger nurse in an emergency department")
  // ("man hitching a boat trailer": or the noun before what they were doing)
  const words = name.split(' ');
  const phrase = words.findIndex((w, i) => i > 0 && DESCRIPTION_PREPOSITIONS.has(w));
  const doing = words.findIndex((w, i) => i > 0 && w.length > 4 && w.endsWith('ing'));
  // ("former sous-chef": the noun after a hyphen)
  const noun = (phrase > 0 ? words[phrase - 1]! : words[words.length - 1]!).toLowerCase();
  // ("A neighbour, who did not want to be named, said": a relation is someone too)
  const head = noun.slice(noun.lastIndexOf('-') + 1);
  return isPersonNoun(head) || RELATIONS.has(head) || (doing > 0 && isPersonNoun(words[doing - 1]!.toLowerCase()));
}

/** True when the line opens with a bullet mark and a space: "• Up to 640 flights …", "- Rents capped at 3%". */
function isListItem(text: string, line: Span): boolean {
  return afterBullet(text, line.start, line.end) > line.start;
}
const BULLETS = '•▪‣◦●*-–—';

/** Where the words of a list item start: past its bullet and the white space after it (start itself when there is none). */
function afterBullet(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (!BULLETS.includes(text[i] ?? '') || !isSpace(text.charCodeAt(i + 1))) return start;
  i++;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Words after which a short quotation is a name given to something: 'a condition called “farmer's lung”'. */
const NAMING = /\b(?:called|known\s+as|dubbed|termed|nicknamed|so-called|named)\s*$/i;

/** A quotation of four words at most right after a naming word: a term, not somebody's words. */
function isNamedTerm(text: string, q: Quote): boolean {
  // ("what it called “a cascade of failures”" quotes the words the report used: a quotation)
  return q.words <= 4 && NAMING.test(text.slice(Math.max(0, q.start - 16), q.start)) && !WHAT_CALLED.test(text.slice(Math.max(0, q.start - 30), q.start));
}
/** "what it called", "what the report called": the words quoted are the speaker's. */
const WHAT_CALLED = /\bwhat\s+(?:it|he|she|they|the\s+\w+)\s+(?:called|termed|described\s+as)\s*$/i;

/**
 * A quotation that stands alone on its line, after a list number or not, without a sentence's final
 * mark inside: a subheading that echoes words quoted in the article (“3. "Not some irregular channel"”).
 */
function isQuotedHeading(text: string, q: Quote, line: Span): boolean {
  if (!listNumberOnly(text, line.start, q.start) || !spacesOnly(text, q.end, line.end)) return false;
  return !/[.!?,…]\s*$/.test(text.slice(q.innerStart, q.innerEnd));
}

/**
 * Content words of the sentence outside its quotations (`tokens`: tokenize(masked, s.start, s.end)),
 * read from `text`, which is the masked text outside the quotations.
 */
function ownWords(text: string, tokens: readonly Token[], speaker: Speaker | null, described: readonly [number, number] | null = null): number {
  let n = 0;
  for (const t of tokens) {
    if (lowerTrieHas(NOT_OWN, text, t.start, t.end) || (speaker?.start !== undefined && t.start >= speaker.start && t.end <= (speaker.end ?? 0))) continue;
    if (described && t.start >= described[0] && t.end <= described[1]) continue;
    n++;
  }
  return n;
}

/**
 * Where the words that describe a quotation's speaker stand, after their name and a comma: up to the verb
 * when it follows ("Dana Reyes, a senior analyst at Stratfor, told …"), else up to the next quotation or the
 * sentence's end ("…,” said Dana Reyes, who runs a consulting firm and …"). They frame the quotation; they
 * state nothing of their own. Null when no comma follows the name.
 */
function speakerDescription(text: string, speaker: Speaker | null, at: number, quotes: readonly Quote[], end: number): [number, number] | null {
  if (speaker?.end === undefined || speaker.start === undefined) return null;
  let i = speaker.end;
  while (i < end && text.charCodeAt(i) === 0x20) i++;
  if (text.charCodeAt(i) !== 0x2c) return null;
  if (at > i) return [i, at];
  let stop = end;
  for (const q of quotes) if (q.start > i && q.start < stop) stop = q.start;
  return [i, stop];
}

/**
 * The claims of an article. `mentions` are the name spotter's whole answer for the same text (names
 * the knowledge base holds and names it lacks): people and organisations it links are taken as
 * linked, and the names it could not link are read again here for evidence of a person. With no
 * mentions at all, the text is scanned for names.
 */
export function findClaims(text: string, mentions: readonly Mention[], contexts: readonly Context[] = []): Claim[] {
  // an article that quotes with straight single marks only ('…') is read with curly ones, offsets kept; the
  // claims give the words as written
  const curled = curlSingleQuotes(text);
  if (curled !== text) {
    const claims = findClaimsIn(curled, mentions, contexts);
    for (const c of claims) c.text = text.slice(c.start, c.end);
    return claims;
  }
  return findClaimsIn(text, mentions, contexts);
}

function findClaimsIn(text: string, mentions: readonly Mention[], contexts: readonly Context[]): Claim[] {
  const lines = splitLines(text);
  const sentences = splitSentences(text, lines);
  const quotes = findQuotes(text, lines);
  const masked = maskQuotes(text, quotes);
  const referents = findReferents(text, mentions);
  let organisations: Referent[] | null = null;
  // (the sentence subjects only rank a pronoun's candidates when more than one fits: made on first need, as most
  // pages never ask)
  let subjects: Set<number> | null = null;
  // (every field the sentences below set is set here first: the state keeps one shape from the start, so that the
  // many places that read it see one kind of object, where fields added in the order a page happened to set them
  // made a shape of their own per page)
  const state: ResolveState = {
    referents, subjects: { has: (start) => (subjects ??= subjectsOf(text, sentences, referents, quotes)).has(start) }, lastSpeaker: null, lastSpeakerAt: undefined, lastGroup: null,
    lastStatement: null, gender: new Map(), text, fuller: fullerNames(text, mentions), masked,
    organisations: () => (organisations ??= unknownOrganisations(mentions, referents, text)), lastUnnamed: null, lastSpokes: null,
  };
  const claims: Claim[] = [];
  // capitalised words seen inside a sentence are names also where they open one ("Sudan accounts for …")
  // each sentence is tokenized once; its tokens serve every step that reads the sentence's own span
  // (as offsets first: most sentences never need their tokens as strings)
  // the same pass notes the capitalised words after each sentence's first (offsets: the words are made on first need)
  // and whether the sentence has a speech word
  const sentenceSpans: number[][] = new Array<number[]>(sentences.length);
  const speech: boolean[] = new Array<boolean>(sentences.length);
  // (and the index of its first token that is a speech word: findAttributions reads from there)
  const speechAt: number[] = new Array<number>(sentences.length);
  const caps: number[] = [];
  // the starts of the tokens wordBits reads inside (see scanSentence), of all sentences in order
  const marks: number[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const scan = scanSentenceSpans(text, sentences[si]!.start, sentences[si]!.end, caps, marks);
    speech[si] = scan.speech;
    speechAt[si] = scan.speechAt;
    sentenceSpans[si] = scan.spans;
  }
  const sentenceTokens: Array<Token[] | undefined> = [];
  function tokensOf(si: number): Token[] {
    return (sentenceTokens[si] ??= tokensFromSpans(text, sentenceSpans[si]!));
  }
  /**
   * The capitalised words after a sentence's first grouped by what their first character lowercases to,
   * made on first need: their indices into `caps`, by that code unit (a–z in an array of 26, others in a
   * map), and apart those whose first character has no lowercase of its own (lowerUnit -1).
   */
  let capsByLetter: number[][] | null = null;
  const capsByFirst = new Map<number, number[]>();
  const capsOther: number[] = [];
  /** True when a capitalised word after a sentence's first is `lower` once lowercased (the words are not made). */
  function midSentence(lower: string): boolean {
    if (capsByLetter === null) {
      capsByLetter = [];
      for (let l = 0; l < 26; l++) capsByLetter.push([]);
      for (let k = 0; k < caps.length; k += 2) {
        const c = text.charCodeAt(caps[k]!);
        // (an ASCII capital lowercases to its letter)
        const f = c >= 0x41 && c <= 0x5a ? c | 0x20 : lowerUnit(c);
        if (f >= 0x61 && f <= 0x7a) capsByLetter[f - 0x61]!.push(k);
        else if (f < 0) capsOther.push(k);
        else {
          const group = capsByFirst.get(f);
          if (group) group.push(k);
          else capsByFirst.set(f, [k]);
        }
      }
    }
    // a word whose first character lowercases to u on its own can only be `lower` when that opens with u
    const u = lower.charCodeAt(0);
    const group = u >= 0x61 && u <= 0x7a ? capsByLetter[u - 0x61] : capsByFirst.get(u);
    return (group !== undefined && lookIn(group, lower)) || lookIn(capsOther, lower);
  }
  /** True when one of the words (indices into caps) is `lower` once lowercased. */
  function lookIn(group: readonly number[], lower: string): boolean {
    for (const k of group) if (lowersTo(text, caps[k]!, caps[k + 1]!, lower)) return true;
    return false;
  }
  // a span holds t.start exactly when it overlaps [t.start, t.start + 1); a position is in a referent or a mention
  // exactly when it is in one of the two
  let namedReferents: Spans | null = null;
  let namedMentions: Spans | null = null;
  function known(lower: string, at: number): boolean {
    return midSentence(lower) || (namedReferents ??= new Spans(referents)).overlaps(at, at + 1) || (namedMentions ??= new Spans(mentions)).overlaps(at, at + 1);
  }
  const entitiesIn = (start: number, end: number, speaker: Speaker | null, spans?: readonly number[], from?: number, to?: number): number =>
    properNames(text, start, end, speaker, known, spans, from, to, caps);
  /**
   * A quotation's tokens as the range [from, to) of its sentence's tokens, where they are the tokens of
   * tokenSpans(text, q.innerStart, q.innerEnd): the quotation ends in the sentence and no token crosses
   * its edges (see innerSpans); else null.
   */
  const quoteRange = (si: number, q: Quote): [number, number] | null =>
    q.innerStart >= sentences[si]!.start && q.innerEnd <= sentences[si]!.end ? innerSpans(sentenceSpans[si]!, q.innerStart, q.innerEnd) : null;
  /**
   * The one person a sentence without quotations is about, as a speaker: the only person it names, or with none
   * named, whom its "he" or "she" stands for; null otherwise.
   */
  function personBefore(p: { start: number; end: number }, exclude: ReadonlySet<string>): Speaker | null {
    // (a sentence that quotes someone is about what they said)
    const mark = masked.indexOf('"', p.start);
    if (mark >= 0 && mark < p.end) return null;
    let only: Referent | null = null;
    for (const r of referents) {
      if (r.start >= p.end) break;
      if (r.start < p.start || !r.person) continue;
      if (only && only.key !== r.key) return null;
      only = r;
    }
    if (only) return exclude.has(only.key) ? null : toSpeaker(state, only, only.start, only.end);
    const m = HE_OR_SHE.exec(text.slice(p.start, p.end));
    if (!m) return null;
    const r = resolvePronoun(state, p.start + m.index, exclude, m[1]!.toLowerCase());
    return r ? toSpeaker(state, r, r.start, r.end) : null;
  }
  /**
   * Whose words a quotation is, as the words right before it in its sentence say: "in Ms Vasseur's words", "in the
   * words of one critic". Null when they say none. (Not "by his own account" or "His post …": a pronoun read here,
   * out of the order the sentences set, taught wrong genders on the dev set.)
   */
  function wordsOwner(quoteStart: number, sentenceStart: number): { speaker: Speaker; key: string | null } | null {
    const before = text.slice(Math.max(sentenceStart, quoteStart - 80), quoteStart);
    // (the pattern runs only where its word stands)
    if (!before.includes('words')) return null;
    const m = WORDS_OWNER.exec(before);
    if (!m) return null;
    const owner = m[1] ?? m[2]!;
    const at = quoteStart - before.length + m.index + m[0].indexOf(owner);
    const named = findOverlapping(referents, at, at + owner.length, (r) => r.person);
    if (named) return { speaker: toSpeaker(state, named, named.start, named.end), key: named.key };
    // ("in the words of one critic": someone described without a name)
    const described = /^(?:an?|one|another)\s+([a-z]+(?:\s+[a-z]+)?)$/.exec(owner);
    return described && isPersonNoun(described[1]!.split(' ').pop()!) ? { speaker: { entityId: null, name: described[1]!, start: at, end: at + owner.length }, key: null } : null;
  }
  type Said = { line: number; speaker: Speaker; key: string | null };
  /** The last speaker named by a description alone ("An Eritrean woman", "senior nurse"), for a "she" right after. */
  let lastUnnamed = null as { speaker: Speaker; at: number; line: number } | null;
  let lastQuoteSpeaker = null as Said | null;
  let lastLineSpeaker = null as Said | null;
  /** The last quotation left without a speaker, while the next sentence may still give one. */
  let orphan = null as { claim: Claim; line: number; sentence: number } | null;
  /** For quotations left without a speaker, the subject of their sentence: theirs when nothing else gives one. */
  const subjectSpeakers = new Map<Claim, Speaker>();

  // quotations are sorted and do not overlap: those of a sentence follow from the first that ends after its start
  let firstQuote = 0;
  let firstRef = 0;
  const personKeys = new Set<string>();
  for (const r of referents) if (r.person) personKeys.add(r.key);
  // ("tatement": "statement" and "Statement" alike, as STATEMENT reads them; the word's first letter is the one before)
  let nextStatement = text.indexOf('tatement');
  /** The last paragraph asked whether it is an editor's note, and its answer. */
  let noteLine = -1;
  let lineIsNote = false;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    while (firstQuote < quotes.length && quotes[firstQuote]!.end <= s.start) firstQuote++;
    // (most sentences hold none: they share one empty list)
    let inner: Quote[] = NO_QUOTES;
    for (let i = firstQuote; i < quotes.length && quotes[i]!.start < s.end; i++) {
      if (inner === NO_QUOTES) inner = [];
      inner.push(quotes[i]!);
    }
    // the referents named inside the sentence's quotations (referents are sorted by start)
    let exclude = NO_KEYS;
    if (inner.length) {
      const keys = new Set<string>();
      while (firstRef < referents.length && referents[firstRef]!.start < inner[0]!.start) firstRef++;
      const last = inner[inner.length - 1]!.end;
      for (let i = firstRef; i < referents.length && referents[i]!.start < last; i++) {
        const r = referents[i]!;
        if (inner.some((q) => q.start <= r.start && r.end <= q.end)) keys.add(r.key);
      }
      exclude = keys;
    }
    // without a quotation in the sentence, the masked text reads as the text there
    // the sentence's words with its quotations masked, when it has any (read by the attribution, by ownWords
    // and by wordBits): from its tokens where none crosses a quotation's edge, else read again from the masked text
    const outside = inner.length ? spansOutside(sentenceSpans[si]!, inner) : null;
    const maskedTokens = inner.length ? (outside ? tokensFromSpans(text, outside) : tokenize(masked, s.start, s.end)) : undefined;
    // (a token outside the quotations is one of the sentence's, read alike in the masked text: without a
    // speech word in the sentence none of them is one, and findAttributions finds nothing)
    const attributions = inner.length
      ? speech[si] || !outside
        ? findAttributions(text, masked, s.start, s.end, state, exclude, maskedTokens)
        : NO_ATTRIBUTIONS
      : speech[si]
        ? findAttributions(text, masked, s.start, s.end, state, exclude, tokensOf(si), speechAt[si])
        : NO_ATTRIBUTIONS;
    // "An Eritrean woman …, said …. “We were on the sea for a day,” she said.": "she" is the unnamed speaker just
    // before, not a named person mentioned earlier still (a named mention after the unnamed speaker wins again)
    if (lastUnnamed && lastUnnamed.line >= s.line - 1) {
      for (let k = 0; k < attributions.length; k++) {
        const a = attributions[k]!;
        if (a.key === null || a.speaker.start === undefined || !isHeOrShe(text, a.speaker.start, a.speaker.end ?? a.speaker.start)) continue;
        const named = findLastStartingBy(referents, a.speaker.start, (r) => r.key === a.key);
        if ((named?.start ?? -1) < lastUnnamed.at) attributions[k] = { ...a, speaker: speakerAt(lastUnnamed.speaker, a.speaker.start, a.speaker.end), key: null };
      }
    }
    const attribution = attributions[0] ?? null;
    // "X said in a statement that …", "X issued a brief statement": the maker of the statement "the statement said" means
    // (the word in lower case first: a plain search, where the pattern would run over every sentence)
    // (the page searched once, in order: the first place 'statement' is written at or after the sentence's start)
    while (nextStatement >= 0 && nextStatement - 1 < s.start) nextStatement = text.indexOf('tatement', nextStatement + 1);
    if (nextStatement >= 0 && nextStatement + 8 <= s.end && STATEMENT.test(inner.length ? masked.slice(s.start, s.end) : s.text)) {
      if (attribution && attribution.speaker.start !== undefined && !/^the\s/i.test(attribution.speaker.name)) state.lastStatement = { entityId: attribution.speaker.entityId, name: attribution.speaker.name };
      else if (!attribution && ISSUED.test(s.text)) {
        const r = referents.find((x) => x.start >= s.start && x.end <= s.end);
        if (r) state.lastStatement = { entityId: r.entityId, name: r.name };
      } else if (!attribution && IN_A_STATEMENT.test(s.text)) {
        // "In a statement issued after the hearing, the company's chief executive, Graham Oyelaran, apologised": the
        // person the sentence names made it (a body only when it names no one)
        const r = referents.find((x) => x.start >= s.start && x.end <= s.end && x.person) ?? referents.find((x) => x.start >= s.start && x.end <= s.end);
        if (r) state.lastStatement = { entityId: r.entityId, name: r.name };
      }
    }
    // (so is a spokesperson the text does not name: "A spokeswoman for the commission said …. “…,” she said": the commission)
    if (attribution && attribution.speaker.start !== undefined) {
      const { start, end = start } = attribution.speaker;
      // (the patterns run only where "spokes" is written)
      const spokes = (hasSpokes(text, start, end) && SPOKES_PHRASE.test(text.slice(start, end))) || (hasSpokes(text, start - 60, start) && SPOKES_FOR.test(text.slice(Math.max(0, start - 60), start)));
      if (spokes || (attribution.key === null && (attribution.unnamed || unnamedPerson(attribution.speaker.name)))) {
        lastUnnamed = { speaker: attribution.speaker, at: start, line: s.line };
        state.lastUnnamed = { speaker: attribution.speaker, at: start };
      }
      if (spokes) state.lastSpokes = { speaker: attribution.speaker, at: start };
    } else if (!attribution && !inner.length) {
      // "One volunteer, a retired teacher, spent the night ferrying people. “…,” he said": someone described without
      // a name who opens a sentence that quotes no one is whom a "he" or "she" right after stands for, as a speaker
      // described so would be
      // (the pattern runs only on a sentence opening with "A", "An", "One" or "Another")
      const c0 = s.text.charCodeAt(0);
      const described = c0 === 0x41 || c0 === 0x4f ? DESCRIBED_OPENER.exec(s.text) : null;
      const head = described ? described[1]!.slice(described[1]!.lastIndexOf(' ') + 1) : '';
      if (described && (isPersonNoun(head) || RELATIONS.has(head))) {
        const at = s.start + described[0].length - described[1]!.length;
        const speaker = { entityId: null, name: described[1]!, start: at, end: at + described[1]!.length };
        lastUnnamed = { speaker, at, line: s.line };
        state.lastUnnamed = { speaker, at };
      }
      // "The union representing pharmacy assistants reacted angrily. In a post on social media, it said: …": a body the
      // sentence introduces by what it does is the group a later "it" or "they" speaks for
      const body = c0 === 0x54 ? INTRODUCED_BODY.exec(s.text) : null;
      if (body && GROUP_NOUNS.has(body[1]!)) state.lastGroup = { entityId: null, name: `the ${body[1]!}`, start: s.start + 4, end: s.start + 4 + body[1]!.length };
    }
    const line = lines[s.line]!;

    for (const q of inner) {
      if (q.start < s.start) continue; // a quotation is handled in the sentence where it opens
      // (words on a sign or chanted are somebody's, capitalised as a title or not: 'signs reading "Our River, Our Water"')
      if ((isTitle(text, q) && !bannered(text, s.start, q.start)) || isQuotedHeading(text, q, line) || isNamedTerm(text, q) || isQuotedPhrase(text, q)) continue;
      // a quotation's speaker is who says it ("…,” he told settlers, according to a statement): "according to"
      // names who reports it, and speaks for it only when no one in the sentence says it
      // ("Several residents argued that …, what one called “…”": of two speakers no lower than the other, the one named
      // after the first one's verb, whose own verb stands right before the quotation, says it; not a pronoun, which
      // stands for the subject before: "The council said it expected “…”")
      const first = attributions.find((a) => !a.according) ?? attribution;
      const near =
        first && attributions.length > 1
          ? attributions.find(
              (a) =>
                a !== first && !a.according && a.tier >= first.tier && a.at > first.at && a.at < q.start && q.start - a.at < NEAR_VERB &&
                a.speaker.start !== undefined && a.speaker.start > first.at && !/^(?:he|she|it|they|we|i)$/i.test(text.slice(a.speaker.start, a.speaker.end ?? a.speaker.start)),
            )
          : undefined;
      const said = near ?? first;
      let speaker: Speaker | null = said?.speaker ?? null;
      let key = said?.key ?? null;
      // 'Protesters held banners reading "No Farmers, No Milk"': words on a banner or a placard are the protesters'
      const holders = said ? null : bannerHolders(text, s.start, q.start, referents);
      if (holders) {
        speaker = holders.speaker;
        key = holders.key;
      }
      // "in Ms Vasseur's words, “…”", "in the words of one critic, “…”": whose words they are, written right before the
      // quotation
      const owned = speaker ? null : wordsOwner(q.start, s.start);
      if (owned) ({ speaker, key } = owned);
      // "The coalition posted a statement. “…,” it read.": a statement's or a post's words are its maker's, the body the
      // sentence before opened with, else the one that made a statement last
      if (!speaker && POST_READ.test(text.slice(q.end, q.end + 40))) {
        const maker = subjectBodyBefore(state, text, q.start, true) ?? state.lastStatement ?? state.lastGroup;
        if (maker) speaker = speakerAt(maker, q.end, q.end);
      }
      if (!speaker && lastQuoteSpeaker?.line === s.line) ({ speaker, key } = lastQuoteSpeaker);
      // "“Amazing,” Davis said. “To be able …”": a quotation goes on with who spoke earlier in its paragraph
      else if (!speaker && lastLineSpeaker?.line === s.line) ({ speaker, key } = lastLineSpeaker);
      else if (!speaker && lastLineSpeaker && lastLineSpeaker.line === s.line - 1 && q.start === line.start) ({ speaker, key } = lastLineSpeaker);
      // a statement quoted over several paragraphs: a paragraph that opens with a quotation goes on with the one before
      else if (!speaker && lastQuoteSpeaker && lastQuoteSpeaker.line === s.line - 1 && q.start === line.start) ({ speaker, key } = lastQuoteSpeaker);
      const numbers = findNumbers(text, q.innerStart, q.innerEnd);
      // the quotation's tokens (for wordBits and entitiesIn): those of its sentence inside it when they are its own
      const range = quoteRange(si, q);
      const kinds: ClaimKind[] = ['quote', ...kindsOf(q.text, numbers, range ? sentenceSpans[si] : undefined, marks, text, q.innerStart)];
      const source = findSource(q.text);
      const score = scoreClaim({ text: q.text, kinds, numbers, hasSpeaker: !!speaker, hasSource: !!source, entities: range ? entitiesIn(q.innerStart, q.innerEnd, null, sentenceSpans[si], range[0], range[1]) : entitiesIn(q.innerStart, q.innerEnd, null), quote: true, heading: false });
      claims.push({
        text: text.slice(q.start, q.end), start: q.start, end: q.end, kind: 'quote', kinds, score, speaker, numbers, source,
        // a quotation's context is read in the sentence it stands in
        contexts: q.start >= s.start && q.end <= s.end ? matchContexts(text, scope(line, s.start, s.end), mentions, contexts, sentenceSpans[si], marks, claims) : matchContexts(text, scope(line, Math.min(s.start, q.start), Math.max(s.end, q.end)), mentions, contexts, undefined, undefined, claims),
      });
      if (speaker) lastQuoteSpeaker = { line: s.line, speaker, key };
      // a quotation its own sentence does not attribute waits for the next one: “So it's fair …?” Schiff asked.
      // (a speaker carried over from earlier in the article gives way to it)
      if (!said) orphan = { claim: claims[claims.length - 1]!, line: s.line, sentence: si };
      if (!speaker) {
        const subject = q.end <= s.end ? subjectBefore(text, masked, maskedTokens!, q.start, state, exclude) : null;
        if (subject) subjectSpeakers.set(claims[claims.length - 1]!, subject);
        // "Quist laughed. “We are not going to close the school.”": a quotation that opens its sentence with nothing to
        // attribute it goes to the one person the sentence before it in the paragraph is about
        else if (q.start === s.start && si > 0 && sentences[si - 1]!.line === s.line) {
          const before = personBefore(sentences[si - 1]!, exclude);
          if (before) subjectSpeakers.set(claims[claims.length - 1]!, before);
        }
      }
    }

    const speaker = attribution?.speaker ?? null;
    // "“… the investigation?” Holmes testified.": a quotation ending in ? or ! ends its sentence, and the
    // attribution right after it, in the same paragraph, is its speaker's
    if (attribution && orphan && orphan.sentence === si - 1 && orphan.line === s.line && spacesOnly(text, orphan.claim.end, s.start) && attribution.at < s.start + 40) {
      orphan.claim.speaker = attribution.speaker;
      lastQuoteSpeaker = { line: s.line, speaker: attribution.speaker, key: attribution.key };
    }
    if (orphan && orphan.sentence < si) orphan = null;
    if (attribution) {
      state.lastSpeaker = attribution.key;
      state.lastSpeakerAt = attribution.at;
      // (someone the text describes without a name is no group: "what one volunteer called …" leaves "the statement
      // said" to the body that made one)
      if ((attribution.key === null || !personKeys.has(attribution.key)) && !(attribution.key === null && (attribution.unnamed || unnamedPerson(attribution.speaker.name)))) state.lastGroup = attribution.speaker;
      lastLineSpeaker = { line: s.line, speaker: attribution.speaker, key: attribution.key };
    }
    const ownCount = inner.length ? ownWords(text, maskedTokens!, speaker, attribution ? speakerDescription(text, speaker, attribution.at, inner, s.end) : null) : 0;
    // a headline, a standfirst or a list line is no claim of its own (the labelling rules leave them out: every
    // one the engine once kept for its figure, eight on the dev set, was unlabelled); its quotations are read above
    // (a bulleted line is a list item, a claim like any sentence: "• Union wants 14% over two years")
    const heading = s.heading && !isListItem(text, line);
    // an editor's note or a correction speaks of the article, not of the news ("Correction: An earlier version said …")
    if (heading) continue;
    // (read once per paragraph)
    if (s.line !== noteLine) {
      noteLine = s.line;
      lineIsNote = isEditorsNote(text, line);
    }
    if (lineIsNote) continue;
    const found = findNumbers(text, s.start, s.end);
    const numbers = inner.length ? found.filter((n) => !inner.some((q) => q.start <= n.start && n.end <= q.end)) : found;
    // a sentence that frames quotations with few words of its own is no claim of its own, unless a figure
    // stands among them ("Fifty-one percent say that “…”", "…,” said Jo Ames, who farms 300 hectares")
    if (inner.length && ownCount < MIN_OWN_WORDS && !numbers.some(isStatistic)) continue;
    // without quotations the masked sentence is the sentence
    const own = inner.length ? masked.slice(s.start, s.end) : s.text;
    // the tokens of own, for wordBits: the sentence's, or with quotations masked those outside them when none crosses an edge
    const ownSpans = inner.length ? outside : sentenceSpans[si]!;
    const kinds = ownSpans ? kindsOf(own, numbers, ownSpans, marks, inner.length ? masked : text, s.start) : kindsOf(own, numbers);
    // a sentence that frames quotations is a claim of its own only for what it adds: a figure, a forecast, a
    // comparison, "according to", or a statement reported in its own words
    if (inner.length && !kinds.length && !attribution?.according && !(attribution && ownCount >= REPORTED_WORDS)) continue;
    // (the stated source is read only for a sentence that may still be a claim) a figure an organisation or a
    // group states ("…, the statistics office said") has it as its source
    const groupSpeaker = attribution && (attribution.key === null || !personKeys.has(attribution.key)) && !isPronounName(attribution.speaker.name);
    const source = findSource(own) ?? (groupSpeaker && kinds.includes('statistic') ? attribution.speaker.name.replace(/^the\s+/i, '') : null);
    // "Castor asked Morrison about …": a question or an order reports no claim
    // ("… put it bluntly: “…”" frames a quotation and states nothing)
    if ((speaker && attributions.some((a) => !asksOrOrders(text, a.at) && !putsIt(text, a.at))) || source) kinds.push('attributed');
    if (!kinds.length) continue;
    const kind = (['statistic', 'prediction', 'comparison', 'attributed'] as const).find((k) => kinds.includes(k))!;
    const score = scoreClaim({ text: own, kinds, numbers, hasSpeaker: !!speaker, hasSource: !!source, entities: entitiesIn(s.start, s.end, speaker, sentenceSpans[si]), quote: false, heading, namedSpeaker: !!attribution && (attribution.key !== null || attribution.tier >= 2) });
    // background is matched for the claims a reader is shown (see shown.ts): the others never display it
    const background = score >= CLAIM_THRESHOLD ? matchContexts(text, scope(line, s.start, s.end), mentions, contexts, sentenceSpans[si], marks, claims) : [];
    // a list item's claim leaves its bullet out
    const from = s.heading ? afterBullet(text, s.start, s.end) : s.start;
    claims.push({ text: from === s.start ? s.text : text.slice(from, s.end), start: from, end: s.end, kind, kinds, score, speaker, numbers, source, contexts: background });
  }
  borrowLaterSpeakers(claims, quotes, lines);
  for (const [claim, subject] of subjectSpeakers) if (!claim.speaker) claim.speaker = { entityId: subject.entityId, name: subject.name };
  // (most pages give their claims in order already: sorted, a stable sort, only when not)
  for (let i = 1; i < claims.length; i++) if (byPlace(claims[i - 1]!, claims[i]!) > 0) return claims.sort(byPlace);
  return claims;
}

/** "he" or "she" as a word of a sentence (the first one). */
const HE_OR_SHE = /\b([Hh]e|[Ss]he)\b/;

/** A banner, placard or sign "reading" (or "saying") right before a quotation. */
const BANNER_READING =
  /(?:\b(?:banners?|placards?|signs?|posters?)\s+(?:reading|that\s+read|which\s+read|saying|bearing)|\bchant(?:ing|ed))\s*[:,]?\s*(?:["“][^"”]*["”]\s*(?:,|and|or)\s*)*$/i;
/** Who carries banners: the last of these words before the quotation in its sentence names them. */
const PROTEST_GROUPS =
  /\b(?:protesters|demonstrators|campaigners|activists|marchers|strikers|fans|supporters|residents|villagers|patients|caregivers|parents|workers|students|nurses|farmers|pensioners)\b/gi;

/** True when the quotation is written on a banner or a sign, or chanted (see BANNER_READING), after a quotation so written or not. */
function bannered(text: string, sentenceStart: number, quoteStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, quoteStart - 80), quoteStart);
  return (before.includes('read') || before.includes('saying') || before.includes('bearing') || before.includes('chant')) && BANNER_READING.test(before);
}

/**
 * The speaker of a quotation written on a banner, a placard or a sign: the protesters ("Protesters held banners
 * reading “…”", or the group of that kind named before it in its sentence), else the person the sentence names
 * before it ("Her classmate, Tomás Ó Ceallaigh, held a placard reading “…”"); null when no banner stands before it.
 */
function bannerHolders(text: string, sentenceStart: number, quoteStart: number, referents: readonly Referent[]): { speaker: Speaker; key: string | null } | null {
  // (the words "reading" or "saying" end the slice: the pattern runs only where one of them stands)
  if (!bannered(text, sentenceStart, quoteStart)) return null;
  let name: string | null = null;
  // (in the sentence, or before it in its paragraph: "More than 120 residents signed up to speak …. Many held signs
  // reading …")
  const sentence = text.slice(sentenceStart, quoteStart);
  const paragraph = text.slice(Math.max(text.lastIndexOf('\n', sentenceStart) + 1, sentenceStart - 300), sentenceStart);
  for (const part of [sentence, paragraph]) {
    PROTEST_GROUPS.lastIndex = 0;
    for (let m = PROTEST_GROUPS.exec(part); m; m = PROTEST_GROUPS.exec(part)) name = m[0].toLowerCase();
    if (name) return { speaker: { entityId: null, name }, key: null };
  }
  const holder = referents.find((r) => r.person && r.start >= sentenceStart && r.end <= quoteStart);
  return holder ? { speaker: { entityId: holder.entityId, name: holder.name }, key: holder.key } : { speaker: { entityId: null, name: 'protesters' }, key: null };
}

/** Claims by start, the longer first where two start together. */
const byPlace = (a: Claim, b: Claim): number => a.start - b.start || b.end - a.end;

/**
 * A quotation without attribution takes the speaker of the next quotation when that one follows
 * in the same paragraph (“A.” “B,” she said.) or opens the next paragraph after a quotation left
 * open (a quote running over paragraphs).
 */
function borrowLaterSpeakers(claims: Claim[], quotes: readonly Quote[], lines: readonly Span[]): void {
  const quoteClaims = claims.filter((c) => c.kind === 'quote');
  // the first line that holds pos (lines are sorted and do not overlap)
  const lineOf = (pos: number): number => {
    const lo = partitionPoint(lines.length, (i) => lines[i]!.end < pos);
    return lo < lines.length && lines[lo]!.start <= pos ? lo : -1;
  };
  for (let i = quoteClaims.length - 2; i >= 0; i--) {
    const c = quoteClaims[i]!;
    const next = quoteClaims[i + 1]!;
    if (c.speaker || !next.speaker) continue;
    const [a, b] = [lineOf(c.start), lineOf(next.start)];
    const openEnded = quotes.some((q) => q.start === c.start && !/[”"»]$/.test(c.text)) && b === a + 1 && next.start === lines[b]!.start;
    if (a === b || openEnded) c.speaker = { entityId: next.speaker.entityId, name: next.speaker.name };
  }
}
