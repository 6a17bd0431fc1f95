/**
 * What the text says around a name: the titles, roles and nationalities written before it
 * ("Ukrainian President", "special adviser", "Ms."), the role in an appositive after it
 * (", the French envoy,"), and whether anything shows the name is a person's.
 */

import { codePointIn, isAsciiLower, isAsciiUpper, isLetter, isSpace, isUpper, withoutPossessive } from './chars';
import { CAP_STOP, OCCUPATIONS, RELATIONS, ROLE_ADJ, ROLE_NOUNS, SPEECH_BASE_FORMS, SPEECH_VERBS, TITLES, capStopAt, isCapitalised, isOccupation, isPersonNoun, lowerTrie, lowerTrieHas, lowersTo, speechWordAt, tokenAt, tokenSpans, tokenize, type Token } from './lexicon';

/** Descriptor words written just before `start`: "Ukrainian President", "special adviser". */
export function descriptorsBefore(text: string, start: number): string[] {
  // most names follow a word that ends the reading at once, with nothing read: told by the word alone
  if (!mayReadRoleBefore(text, start)) return [];
  return readDescriptorsBefore(text, start);
}

/** descriptorsBefore without the look at the word before the name (exported for tests). */
export function readDescriptorsBefore(text: string, start: number): string[] {
  const from = Math.max(0, start - 60);
  const near = nearStart(text, from, start);
  if (near > from) {
    const read = readBefore(text, start, tokenSpans(text, near, start), true);
    if (read) return read;
  }
  return readBefore(text, start, tokenSpans(text, from, start), false)!;
}

/**
 * Where readDescriptorsBefore reads first. Most names have a word or two before them that ends the
 * reading: the tokens after the third space back are those tokenSpans(text, from, start) ends with
 * (no token holds a space, so the scan is between tokens there), and only a reading that uses them
 * all needs the whole window from `from`.
 */
function nearStart(text: string, from: number, start: number): number {
  let near = start;
  for (let chunks = 0; chunks < 3 && near > from; chunks++) {
    near--;
    while (near > from && isChunkSpace(text.charCodeAt(near))) near--;
    while (near > from && !isChunkSpace(text.charCodeAt(near))) near--;
  }
  return near;
}

/**
 * readDescriptorsBefore(text, start).some((w) => ROLE_NOUNS.has(w) || TITLES.has(withoutPeriod(w))): the
 * same reading, each token compared with the word lists in place (no token objects or strings), ending at
 * the first role noun or title (exported for tests).
 */
export function roleOrTitleBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 60);
  const near = nearStart(text, from, start);
  if (near > from) {
    const read = roleBefore(text, start, tokenSpans(text, near, start), true);
    if (read !== null) return read;
  }
  return roleBefore(text, start, tokenSpans(text, from, start), false)!;
}

/**
 * readBefore's reading, true at the first word it would give that is a role noun or a title (its period
 * aside), false where it would stop before one; null when `partial` and the reading used every token.
 * A word is the token lowercased without a final 's or ’s (withoutPossessive): in place, the token up to
 * `end`, two code units shorter when it ends with ' or ’ then "s" or "S" (no other character lowercases to
 * "s", and the lists hold no word a longer lowercasing could turn into one of theirs).
 */
function roleBefore(text: string, start: number, spans: readonly number[], partial: boolean): boolean | null {
  const count = spans.length / 2;
  for (let i = count - 1; i >= 0; i--) {
    const s = spans[2 * i]!;
    const e = spans[2 * i + 1]!;
    const gapEnd = i === count - 1 ? start : spans[2 * i + 2]!;
    const end = e - s >= 2 && (text.charCodeAt(e - 1) | 0x20) === 0x73 && (text.charCodeAt(e - 2) === 0x27 || text.charCodeAt(e - 2) === 0x2019) ? e - 2 : e;
    // withoutPeriod of the word: one final period off
    const bare = end > s && text.charCodeAt(end - 1) === 0x2e ? end - 1 : end;
    const roleOrTitle = isRoleNounAt(text, s, end) || lowerTrieHas(TITLE_WORDS, text, s, bare);
    if (!blankIn(text, e, gapEnd)) {
      if (markThenBlanks(text, e, gapEnd, 0x2c) && (isRoleNounAt(text, s, end) || (i === count - 1 && isRelationAt(text, s, end)))) {
        if (roleOrTitle) return true;
        continue;
      }
      if (!(lowerTrieHas(TITLE_WORDS, text, s, end) && markThenBlanks(text, e, gapEnd, 0x2e))) return false;
    }
    if (roleOrTitle) return true;
    if (!(lowerTrieHas(ROLE_ADJ_WORDS, text, s, end) || (isUpper(codePointIn(text, s, e)) && !capStopAt(text, s, e)))) return false;
  }
  return partial ? null : false;
}

/** RELATIONS.has(text.slice(start, end).toLowerCase()), without making the string. */
function isRelationAt(text: string, start: number, end: number): boolean {
  if (lowerTrieHas(RELATION_WORDS, text, start, end)) return true;
  for (const w of OTHER_RELATIONS) if (lowersTo(text, start, end, w)) return true;
  return false;
}

/** The characters that part the chunks counted back: space, tab, newline, carriage return, no-break space. */
function isChunkSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
}

/** True when text.slice(from, to) holds only spaces, tabs and no-break spaces (or nothing): !/[^ \t\u00a0]/.test(…). */
function blankIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** True when text.slice(from, to) is the mark, then one or more spaces or tabs: /^,[ \t]+$/ for a comma. */
function markThenBlanks(text: string, from: number, to: number, mark: number): boolean {
  if (to - from < 2 || text.charCodeAt(from) !== mark) return false;
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** w.replace(/\.$/, ''): the word without one final period. */
function withoutPeriod(w: string): string {
  return w.charCodeAt(w.length - 1) === 0x2e ? w.slice(0, -1) : w;
}

/** The descriptors read back from `start` over the tokens `spans`; null when `partial` and the reading used every one of them. */
function readBefore(text: string, start: number, spans: readonly number[], partial: boolean): string[] | null {
  const count = spans.length / 2;
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const t = tokenAt(text, spans, i)!;
    const gapEnd = i === count - 1 ? start : spans[2 * i + 2]!;
    const l = withoutPossessive(t.lower);
    // spaces only, the period of a title ("Ms. Ruiz"), or the comma of a role ("His daughter, Eva")
    // (a blank gap is neither: /^,[ \t]+$/ and /^\.[ \t]+$/ read in place)
    if (!blankIn(text, t.end, gapEnd)) {
      // (a role also further back, before the words that describe the name: "The inquiry chair, retired judge Sir Anthony Mwangi-Clarke")
      const roleComma = markThenBlanks(text, t.end, gapEnd, 0x2c) && (ROLE_NOUNS.has(l) || (i === count - 1 && RELATIONS.has(l)));
      if (roleComma) {
        out.push(l);
        continue;
      }
      if (!(TITLES.has(l) && markThenBlanks(text, t.end, gapEnd, 0x2e))) return out;
    }
    if (ROLE_NOUNS.has(l) || ROLE_ADJ.has(l) || TITLES.has(withoutPeriod(l)) || (isCapitalised(t.text) && !CAP_STOP.has(t.text))) {
      out.push(l);
    } else return out;
  }
  return partial ? null : out;
}

/** Descriptor words of an appositive after `end`: ", the French envoy," / ", a senior adviser,". */
export function descriptorsAfter(text: string, end: number): string[] {
  const toks = appositiveTokens(text, end);
  if (!toks) return [];
  // roles the words give beside the role nouns themselves: "the Ohio Democrat who chairs the committee" (chair, from
  // a verb after "who") or, when no verb gives one, "a vice-president of …" (president, after a hyphen)
  const fromVerbs: string[] = [];
  const afterHyphens: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.lower;
    const role = w === 'who' && toks[i + 1] ? ROLE_VERBS.get(toks[i + 1]!.lower) : undefined;
    if (role) fromVerbs.push(role);
    const tail = w.slice(w.lastIndexOf('-') + 1);
    if (tail !== w && ROLE_NOUNS.has(tail)) afterHyphens.push(tail);
  }
  const extra = fromVerbs.length ? fromVerbs : afterHyphens;
  if (extra.length) return [...toks.map((t) => t.lower), ...extra];
  return toks.some((t) => ROLE_NOUNS.has(t.lower)) ? toks.map((t) => t.lower) : [];
}

/** Verbs after "who" that give a role: "who chairs the committee" (chair), "who leads the union" (leader). */
const ROLE_VERBS = new Map([
  ['chairs', 'chair'], ['chaired', 'chair'], ['heads', 'head'], ['headed', 'head'], ['leads', 'leader'], ['led', 'leader'],
  ['directs', 'director'], ['runs', 'head'], ['manages', 'manager'], ['coaches', 'coach'], ['represents', 'representative'],
]);

/**
 * descriptorsAfter(text, end).length > 0, without the array: the appositive's tokens read by their
 * offsets (its words are tokenSpans of its span in the text, as tokenize reads them from its copy),
 * each compared lowercased with the role nouns and the occupations in place.
 */
export function hasDescriptorsAfter(text: string, end: number): boolean {
  end += suffixAt(text, end);
  if (text.charCodeAt(end) !== 0x2c) return false;
  const m = APPOSITIVE.exec(text.slice(end, end + 110));
  if (!m) return false;
  // the words stand right before the mark that ends the match (a comma or a period, neither of which they hold) or its end
  const last = m[0].charCodeAt(m[0].length - 1);
  const wordsEnd = end + m[0].length - (last === 0x2c || last === 0x2e ? 1 : 0);
  const spans = tokenSpans(text, wordsEnd - m[1]!.length, wordsEnd);
  // (the noun stands among the first words: one further on is in a clause, not an appositive — "Alongside Verdi and
  // Rossini, the program includes a new chamber opera commissioned from a young Genoese composer")
  for (let k = 0; k < spans.length && k < 2 * APPOSITIVE_REACH; k += 2) {
    const s = spans[k]!;
    const e = spans[k + 1]!;
    if (isRoleNounAt(text, s, e) || lowerTrieHas(OCCUPATION_TRIE, text, s, e)) return true;
    // ("a vice-president of …", "a co-founder": the role after a hyphen)
    // (the last hyphen inside the word, read back from its end to its second character: lastIndexOf would read on to the
    // page's start when the word has none)
    let hyphen = e - 1;
    while (hyphen > s && text.charCodeAt(hyphen) !== 0x2d) hyphen--;
    if (hyphen > s && hyphen < e - 2 && (isRoleNounAt(text, hyphen + 1, e) || lowerTrieHas(OCCUPATION_TRIE, text, hyphen + 1, e))) return true;
    // ("… who chairs the committee": a role a verb gives, as descriptorsAfter reads it)
    if (k + 3 < spans.length && lowersTo(text, s, e, 'who') && ROLE_VERBS.has(text.slice(spans[k + 2]!, spans[k + 3]!).toLowerCase())) return true;
    // ("a volcanologist at …": an occupation's ending; the word is made only when it is long enough to have one)
    if (e - s >= 7 && isOccupation(text.slice(s, e).toLowerCase())) return true;
    // (", one of the riders who …", ", one of the founders": a person's noun in the plural, of a group the name is one of)
    if (e - s >= 5 && text.charCodeAt(e - 1) === 0x73 && k >= 4 && lowersTo(text, spans[k - 2]!, spans[k - 1]!, 'the') && lowersTo(text, spans[k - 4]!, spans[k - 3]!, 'of')) {
      const singular = text.slice(s, e - 1).toLowerCase();
      if (isPersonNoun(singular)) return true;
    }
  }
  return false;
}

/** ROLE_NOUNS.has(text.slice(start, end).toLowerCase()), without making the string. */
function isRoleNounAt(text: string, start: number, end: number): boolean {
  if (lowerTrieHas(ROLE_NOUN_TRIE, text, start, end)) return true;
  for (const w of OTHER_ROLE_NOUNS) if (lowersTo(text, start, end, w)) return true;
  return false;
}

/** How many of an appositive's first words may hold the noun that makes the name a person's. */
const APPOSITIVE_REACH = 7;

/** The appositive after a name: ", the French envoy," / ", a senior adviser,"; its words are group 1. */
const APPOSITIVE = /^,\s+(?:(?:the|a|an|his|her)\s+)?([^,.;:"“”]{2,90}?)(?:,|\.|$)/u;

/** The tokens of the appositive after `end` that descriptorsAfter reads, or null. */
function appositiveTokens(text: string, end: number): Token[] | null {
  end += suffixAt(text, end);
  // the pattern opens with a comma
  if (text.charCodeAt(end) !== 0x2c) return null;
  const m = APPOSITIVE.exec(text.slice(end, end + 110));
  return m ? tokenize(m[1]!) : null;
}

/** Length of a generational suffix written after a name (" Jr.", " Sr."), or 0. */
export function suffixAt(text: string, end: number): number {
  // the pattern opens with a comma or a space
  const c = text.charCodeAt(end);
  if (c !== 0x2c && c !== 0x20) return 0;
  // /^,? (?:Jr|Sr)\.?(?=[,\s])/ on text.slice(end, end + 6), by characters
  const to = Math.min(text.length, end + 6);
  let i = c === 0x2c ? end + 1 : end;
  if (i >= to || text.charCodeAt(i) !== 0x20) return 0;
  i++;
  if (i + 2 > to) return 0;
  const a = text.charCodeAt(i);
  if ((a !== 0x4a && a !== 0x53) || text.charCodeAt(i + 1) !== 0x72) return 0;
  i += 2;
  if (i < to && text.charCodeAt(i) === 0x2e && suffixEndsAt(text, i + 1, to)) return i + 1 - end;
  return suffixEndsAt(text, i, to) ? i - end : 0;
}

/** True when a comma or white space stands at k, before `to` (the lookahead (?=[,\s])). */
function suffixEndsAt(text: string, k: number, to: number): boolean {
  if (k >= to) return false;
  const c = text.charCodeAt(k);
  return c === 0x2c || isSpace(c);
}

/** The words that make a name the tail of a longer name or a place: "Bank of England", "in Paris". */
const TAIL_WORDS = ['of', 'for', 'the', 'at', 'in'];

/**
 * True when /\b(?:of|for|the|at|in)\s+$/i matches text.slice(max(0, start - 5), start), read by
 * characters: the white space must run to the slice's end, so the word ends where that run
 * begins; ASCII letters only are folded (the pattern has neither the u flag nor letters outside ASCII).
 */
export function tailWordBefore(text: string, start: number): boolean {
  const lo = Math.max(0, start - 5);
  let k = start;
  while (k > lo && isSpace(text.charCodeAt(k - 1))) k--;
  if (k === start) return false;
  // each word ends in f, r, e, t or n (either case)
  const last = text.charCodeAt(k - 1) | 0x20;
  if (last !== 0x66 && last !== 0x72 && last !== 0x65 && last !== 0x74 && last !== 0x6e) return false;
  for (const w of TAIL_WORDS) {
    const from = k - w.length;
    if (from < lo) continue;
    let same = true;
    for (let i = 0; same && i < w.length; i++) {
      const c = text.charCodeAt(from + i);
      same = (c >= 0x41 && c <= 0x5a ? c + 0x20 : c) === w.charCodeAt(i);
    }
    // \b before it: the slice's start, or a character that is no word character
    if (same && (from === lo || !isAsciiWordCharU(text.charCodeAt(from - 1)))) return true;
  }
  return false;
}

/** [A-Za-z0-9_], the \w of a pattern without the u flag. */
const isAsciiWordCharU = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/**
 * The word /([\p{L}]+)(?:['’]s)?,\s*$/u captures in text.slice(from, to), which ends with a comma
 * and white space (commaBefore said so), read by characters, or undefined. The leftmost match
 * wins: with a possessive after a letter run, that run; else the letter run before the comma.
 */
export function wordBeforeComma(text: string, from: number, to: number): string | undefined {
  let c = to - 1;
  while (c >= from && isSpace(text.charCodeAt(c))) c--;
  // text[c] is the comma
  if (c - 2 >= from && text.charCodeAt(c - 1) === 0x73) {
    const q = text.charCodeAt(c - 2);
    if (q === 0x27 || q === 0x2019) {
      const x = letterRunStart(text, from, c - 2);
      if (x < c - 2) return text.slice(x, c - 2);
    }
  }
  const x = letterRunStart(text, from, c);
  return x < c ? text.slice(x, c) : undefined;
}

/** The start of the run of letters (\p{L}, by code point, a pair cut at `from` a lone surrogate) that ends at `end`, not before `from`. */
function letterRunStart(text: string, from: number, end: number): number {
  let i = end;
  while (i > from) {
    const u = text.charCodeAt(i - 1);
    if (u >= 0xdc00 && u <= 0xdfff && i - 2 >= from) {
      const h = text.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (!isLetter(((h - 0xd800) << 10) + (u - 0xdc00) + 0x10000)) break;
        i -= 2;
        continue;
      }
    }
    if (!isLetter(u)) break;
    i--;
  }
  return i;
}

/** True when text.slice(from, to) ends with a comma and white space (/,\s*$/), a pre-check for the patterns that need it. */
function commaBefore(text: string, from: number, to: number): boolean {
  let j = to - 1;
  while (j >= from && isSpace(text.charCodeAt(j))) j--;
  return j >= from && text.charCodeAt(j) === 0x2c;
}

/** "a spokeswoman for the agency, " right before a name: an article, a noun, a preposition and one to three words in lower case. */
const NOUN_FOR_BEFORE = /\b(?:[Aa]n?|[Tt]he)\s+([a-z]+)\s+(?:for|at|of|with)\s+(?:[a-z’'-]+\s+){0,2}[a-z’'-]+,\s+$/;

/** An appositive's first words after a comma and an article, up to four, before a break, "who" or a preposition. */
const DESCRIBED_AS = /^,\s+(?:a|an)\s+((?:[\p{L}\d’'-]+\s+){0,3}?[\p{L}’'-]+)(?=\s*[,.;:]|\s+(?:who|whose|of|at|in|for|from|with|on)\b)/u;

export function hasPersonEvidence(text: string, start: number, end: number): boolean {
  end += suffixAt(text, end);
  // the tail of a longer name ("Bank of England", "Office for National Statistics") or a place ("in Paris")
  // (the pattern ends with white space: without it before the name, no need to run it)
  // (not "For" opening a sentence: "For Malachy Fearon, 72, who …" names him as a person would be named)
  if (start > 0 && isSpace(text.charCodeAt(start - 1)) && tailWordBefore(text, start) && !(start >= 4 && text.startsWith('For ', start - 4) && opensSentence(text, start - 4))) return false;
  if (mayReadRoleBefore(text, start) && roleOrTitleBefore(text, start)) return true;
  // "director of cricket operations Farzana Iqbal Chowdhury", "head of public health Lena Marsh": a role and what it is of
  const window = start > 0 && text.charCodeAt(start - 1) === 0x20 && isAsciiLowerAt(text, start - 2) ? text.slice(Math.max(0, start - 50), start) : '';
  // (the pattern needs " of " or " for " in the window)
  if (window && (window.includes(' of ') || window.includes(' for '))) {
    const m = ROLE_OF_BEFORE.exec(window);
    // (not when the last of those words names what the name is: "head of the coastal town Port Merrow")
    if (m && isPersonNoun(m[1]!.toLowerCase()) && !KIND_NOUNS.has(m[0].trimEnd().slice(m[0].trimEnd().lastIndexOf(' ') + 1))) return true;
  }
  if (hasDescriptorsAfter(text, end)) return true;
  // "the Salford playwright Kemi Adeyinka", "striker Tomás Ruiz": an occupation in lower case right before the name
  if (occupationBefore(text, start)) return true;
  // the patterns on the 90 characters after the name open with a comma or white space: test that character first
  const first = end < text.length ? text.charCodeAt(end) : -1;
  const comma = first === 0x2c;
  const after = comma ? text.slice(end, end + 90) : '';
  // (not a place where someone is from: "Ishbel Marwick, a crofter from Kinlochewe, who …")
  // (", whose" only with a relative after it: "Kerry-Ann Mensah, whose twin sons …"; not "a cancer drug, Oncavir, whose list price")
  if (comma && WHO_AFTER.test(after) && !/\b(?:from|in|at|near|of)\s+$/.test(text.slice(Math.max(0, start - 6), start))) return true;
  const roleBefore = commaBefore(text, Math.max(0, start - 30), start) ? wordBeforeComma(text, Math.max(0, start - 30), start)?.toLowerCase() : undefined;
  if (roleBefore && (isPersonNoun(roleBefore) || TITLES.has(roleBefore) || RELATIONS.has(roleBefore))) return true;
  // "A spokeswoman for the agency, Violeta Harutyunyan,": a person's noun, a preposition and up to three words before the comma
  if (roleBefore && start >= 2 && text.charCodeAt(start - 2) === 0x2c) {
    const m = NOUN_FOR_BEFORE.exec(text.slice(Math.max(0, start - 70), start));
    if (m && isPersonNoun(m[1]!.toLowerCase())) return true;
  }
  // (the pattern needs a second comma within the 90 characters)
  const second = comma ? text.indexOf(',', end + 1) : -1;
  const apposition = second >= 0 && second < end + 90 ? /^,\s+([^,.;"“”]{2,60}),\s+([a-z]+)/.exec(after.length < 40 ? after : text.slice(end, end + 90)) : null;
  if (apposition && SPEECH_VERBS.has(apposition[2]!) && apposition[1]!.split(/\s+/).some((w) => isPersonNoun(w.toLowerCase()))) return true;
  // ", a 26-year-old nurse who …", ", an elected member of …": an article and a person's noun within four words
  const described = comma ? DESCRIBED_AS.exec(after) : null;
  // (", a mother of three from Tallaght,": a relation describes a person too)
  if (described && described[1]!.toLowerCase().split(/\s+/).some((w) => isPersonNoun(w) || RELATIONS.has(w))) return true;
  // (", a Danish arbiter who has worked …": "who" after the description says it is someone's, whatever the noun)
  if (described && /^\s+who\b/.test(after.slice(described[0].length))) return true;
  // "Tolossa made her move", "Reyes shook his head": a verb and a possessive pronoun of a person right after the name
  // (not a word that is no verb: "who has lived on Carrowmore all his life", "Paris with his wife")
  if (first === 0x20 && hisHerMayFollow(text, end + 1)) {
    const m = HIS_HER_AFTER.exec(text.slice(end, end + 30));
    if (m && !NOT_VERBS.has(m[1]!)) return true;
  }
  // ", a crofter from Kinlochewe": one noun in lower case and where the one described comes from
  if (comma && /^,\s+(?:a|an)\s+[a-z]+\s+from\s+\p{Lu}/u.test(after)) return true;
  // "Amira Hassan said" / "…, Amira Hassan, said" (an appositive name between commas)
  // (a comma then one white space before the name: /\bof\s*$/ on the six characters before it, which this once
  // also asked, cannot match there, as the comma stands between any "of" and the end)
  const appositive = start >= 2 && text.charCodeAt(start - 2) === 0x2c && isSpace(text.charCodeAt(start - 1));
  const space = first >= 0 && isSpace(first);
  // (the words are sliced only when their letters spell a speech word: speechWordAt holds for every speech verb)
  const nextAt = appositive ? (comma || space ? wordAfterAt(text, end, true) : false) : space ? wordAfterAt(text, end, false) : false;
  const next = nextAt && speechWordAt(text, wordFrom, wordTo) ? text.slice(wordFrom, wordTo) : undefined;
  // "Hassan said", "Hassan says" (a bare form or a participle after a name is a noun or a modifier: "a Tumblr post", "Twitter accusing")
  if (next && SPEECH_VERBS.has(next) && !SPEECH_BASE_FORMS.has(next) && !next.endsWith('ing')) return true;
  const prevAt = wordBeforeGapAt(text, Math.max(0, start - 20), start);
  const prev = prevAt && speechWordAt(text, wordFrom, wordTo) ? text.slice(wordFrom, wordTo) : undefined;
  if (prev && SPEECH_VERBS.has(prev) && /["”],?\s*[a-z]+\s+$/.test(text.slice(Math.max(0, start - 30), start))) return true;
  // "Bălănescu will plant again next spring; he does not know …": a name opening its sentence, and the first
  // pronoun after it, no other name between (not "… on the town's Facebook page, she had written")
  // (not the speaker of a parenthetical attribution: "Captive breeding, she said, had …")
  if (!space || !opensSentence(text, start)) return false;
  const m = PRONOUN_AFTER.exec(text.slice(end, end + 80));
  if (m !== null && !SPEECH_VERBS.has(/^\s*([a-z]+)/.exec(text.slice(end + m[0].length, end + m[0].length + 20))?.[1] ?? '')) return true;
  // "Bronagh Kelly chairs the parents' group. “We are paying twice,” she said.": a name opening its sentence, no other
  // capitalised word in it, and the next sentence a quotation that "he" or "she" speaks (or "the 71-year-old retired
  // ferry captain")
  // (a name of two words or more, a verb right after it, and no pronoun nor verb of saying in the rest of its sentence:
  // "Captive breeding, she said, had …" is none)
  if (!text.slice(start, end).includes(' ')) return false;
  const m2 = QUOTED_BY_PRONOUN_NEXT.exec(text.slice(end, end + 400));
  return m2 !== null && !/\b(?:he|she|they|said|says)\b/.test(m2[1]!);
}

/**
 * The rest of a sentence in lower-case words and figures (no other name), then a quotation opening the next sentence
 * (or paragraph) and "he" or "she" with a verb of saying right after it.
 */
const QUOTED_BY_PRONOUN_NEXT = /^( [a-z]+[ ,;:'’\-a-z\d%£$€]*)[.!?]\s+["“][^"”\n]{3,300}[,?!]["”]\s+(?:he|she|the\s+\d{1,3}-year-old(?:\s+[a-z]+){0,3})\s+(?:said|says|added|adds|told)\b/;

/** True when `start` opens a line or follows a sentence's end and a space. */
function opensSentence(text: string, start: number): boolean {
  if (start === 0 || text.charCodeAt(start - 1) === 0x0a) return true;
  return start >= 2 && text.charCodeAt(start - 1) === 0x20 && /[.!?]/.test(text[start - 2]!);
}

/** Words in lower case (no name, no sentence end) up to "he" or "she" within 80 characters after a name. */
const PRONOUN_AFTER = /^(?:[ ,;:]+(?:[a-z][a-z'’-]*))*?[ ,;:]+(?:he|she)\b/;

/** True when the word right before `start` (one space between) is an occupation written in lower case. */
function occupationBefore(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return false;
  let i = start - 2;
  while (i >= 0 && isAsciiLowerAt(text, i)) i--;
  // (a word of its own: after a space, a line's start or the text's start)
  if (i >= 0 && text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0x0a) return false;
  return start - 2 - i >= 3 && isOccupation(text.slice(i + 1, start - 1));
}

/** ", who", ", 52,", or ", whose" and a relative (a word may stand between): what follows a person's name. */
const WHO_AFTER = /^,\s+(?:who\b|whose\s+(?:[a-z-]+\s+)?(?:sons?|daughters?|child|children|kids|wife|husband|partner|mother|father|parents|brothers?|sisters?|family|grandsons?|granddaughters?|twins|baby)\b|\d{1,3},)/;

/**
 * A word, "of" or "for", and one to three words in lower case, right before a name; no article after "of":
 * "head of the electoral watchdog Open Count" names the watchdog.
 */
const ROLE_OF_BEFORE = /\b([A-Za-z]+)\s+(?:of|for)\s+(?!(?:the|a|an|its|their|his|her)\s)(?:[a-z]+\s+){1,3}$/;
/** Nouns for what a name after them is, not who: "the coastal town Port Merrow", "the club Port Alder". */
const KIND_NOUNS = new Set(
  'town city village region county district province state country island port capital club team side firm company group party union council agency charity school university hospital watchdog regulator body authority board commission committee department ministry bank'.split(' '),
);
/** A verb in the past or present and "his", "her", "himself" or "herself" right after a name. */
const HIS_HER_AFTER = /^ ([a-z]{3,}) (?:his|her|himself|herself)\b/;
/** Words between a name and "his" or "her" that are no verb, so say nothing of whose the name is. */
const NOT_VERBS = new Set('all and but for with from into onto over after before during since until about than'.split(' '));
/** What HIS_HER_AFTER needs after its first space, read by characters: three letters a-z or more, a space and "h". */
function hisHerMayFollow(text: string, i: number): boolean {
  let j = i;
  while (isAsciiLower(text.charCodeAt(j))) j++;
  return j - i >= 3 && text.charCodeAt(j) === 0x20 && text.charCodeAt(j + 1) === 0x68;
}
const isAsciiLowerAt = (text: string, i: number): boolean => i >= 0 && isAsciiLower(text.charCodeAt(i));

/** The words an auxiliary or adverb skips between a name and its verb: "Hassan also said". */
const SKIPPED = new Set(['also', 'has', 'had', 'later', 'then', 'further']);

/**
 * The word /^,?\s+(?:(?:also|has|had|later|then|further)\s+)?([a-z]+)/ captures in
 * text.slice(end, end + 90) (without `,?` unless `comma`), read by characters, or undefined.
 * The skipped word must be followed by white space, so it is a whole a-z run; when no a-z run
 * follows it, the pattern backtracks and captures the skipped word itself.
 */
export function wordAfter(text: string, end: number, comma: boolean): string | undefined {
  return wordAfterAt(text, end, comma) ? text.slice(wordFrom, wordTo) : undefined;
}

/** Where the word wordAfterAt or wordBeforeGapAt found stands: text.slice(wordFrom, wordTo). */
let wordFrom = 0;
let wordTo = 0;

/** True when wordAfter finds a word, which it leaves at [wordFrom, wordTo). */
function wordAfterAt(text: string, end: number, comma: boolean): boolean {
  const to = Math.min(text.length, end + 90);
  let i = end;
  if (comma && i < to && text.charCodeAt(i) === 0x2c) i++;
  const spaces = i;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  if (i === spaces) return false;
  let j = i;
  while (j < to && isAsciiLower(text.charCodeAt(j))) j++;
  if (j === i) return false;
  if (j < to && isSpace(text.charCodeAt(j)) && skippedAt(text, i, j)) {
    let k = j;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    let l = k;
    while (l < to && isAsciiLower(text.charCodeAt(l))) l++;
    if (l > k) {
      wordFrom = k;
      wordTo = l;
      return true;
    }
  }
  wordFrom = i;
  wordTo = j;
  return true;
}

/** SKIPPED.has(text.slice(i, j)), sliced only for a length one of its words has. */
function skippedAt(text: string, i: number, j: number): boolean {
  const n = j - i;
  return n >= 3 && n <= 7 && SKIPPED.has(text.slice(i, j));
}

/**
 * True when an a-z word stands before the commas and white space that end text.slice(from, to), as
 * /([a-z]+)[,\s]+$/.exec(text.slice(from, to))?.[1] reads it (the word is the whole a-z run
 * before that gap, cut at `from`); the word is left at [wordFrom, wordTo).
 */
function wordBeforeGapAt(text: string, from: number, to: number): boolean {
  let j = to;
  while (j > from && (text.charCodeAt(j - 1) === 0x2c || isSpace(text.charCodeAt(j - 1)))) j--;
  if (j === to) return false;
  let i = j;
  while (i > from && text.charCodeAt(i - 1) >= 0x61 && text.charCodeAt(i - 1) <= 0x7a) i--;
  wordFrom = i;
  wordTo = j;
  return i < j;
}

/**
 * False when descriptorsBefore(text, start) is surely empty (so holds no role noun and no title), read from
 * the word just before the name: most names follow a plain lowercase word ("in", "said", "and")
 * that ends the reading at once, or a word that opens sentences ("In"). The word is taken only when
 * it is a whole token for sure (ASCII a-z, a capital first or not, after a character no token
 * holds); anything else answers true, and the full reading decides.
 */
function mayReadRoleBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 60);
  // the gap: spaces, tabs and no-break spaces, after a period or a comma or not
  let k = start;
  while (k > from && isBlankChar(text.charCodeAt(k - 1))) k--;
  const mark = k > from ? text.charCodeAt(k - 1) : -1;
  if (mark === 0x2e || mark === 0x2c) k--;
  let i = k;
  while (i > from && isAsciiLower(text.charCodeAt(i - 1))) i--;
  // a capital may open the word ("In", "Mr")
  if (i > from && isAsciiUpper(text.charCodeAt(i - 1))) i--;
  if (i === k) {
    // no word: at the start of the text there is no token to read; after another character ("\n",
    // a quotation mark, a bracket) the gap holds it, and a gap that is neither blank, nor a
    // title's period, nor a role's comma ends the reading before its first token
    if (k === 0) return false;
    const c = k > from ? text.charCodeAt(k - 1) : -1;
    return c < 0 || c >= 0x80 || isAsciiWordChar(c);
  }
  if (i > 0) {
    // a letter, digit or joiner before it may make it part of a longer token; so may the window's edge
    const c = i > from ? text.charCodeAt(i - 1) : -1;
    if (c < 0 || c >= 0x80 || isAsciiWordChar(c)) return true;
  }
  // readBefore: after a blank gap any descriptor word reads on (a capitalised word too, unless it
  // opens sentences); after ". " only a title; after ", " a role or relation
  // (the word, [A-Z]?[a-z]+, is read in place: the tries hold the lists' words of the letters a–z, the only ones it can be)
  if (mark === 0x2e) return lowerTrieHas(TITLE_TRIE, text, i, k);
  if (mark === 0x2c) return lowerTrieHas(ROLE_OR_RELATION_TRIE, text, i, k);
  return lowerTrieHas(DESCRIPTOR_TRIE, text, i, k) || (isAsciiUpper(text.charCodeAt(i)) && !capStopAt(text, i, k));
}

/** The words of the lists of the letters a–z alone. */
const plainWords = (...lists: ReadonlyArray<ReadonlySet<string>>): string[] => lists.flatMap((l) => [...l].filter((w) => /^[a-z]+$/.test(w)));
const TITLE_TRIE = lowerTrie(plainWords(TITLES));
const ROLE_OR_RELATION_TRIE = lowerTrie(plainWords(ROLE_NOUNS, RELATIONS));
const DESCRIPTOR_TRIE = lowerTrie(plainWords(ROLE_NOUNS, ROLE_ADJ, TITLES));
/** The titles, role adjectives and relations as tries (all their words of the letters a–z, but relations such as "fiancée", compared apart). */
const TITLE_WORDS = lowerTrie(TITLES);
const ROLE_ADJ_WORDS = lowerTrie(ROLE_ADJ);
const RELATION_WORDS = lowerTrie(plainWords(RELATIONS));
const OTHER_RELATIONS = [...RELATIONS].filter((w) => !/^[a-z]+$/.test(w));
/** The role nouns of the letters a–z, and the others (with a hyphen), compared apart (see isRoleNounAt). */
const ROLE_NOUN_TRIE = lowerTrie(plainWords(ROLE_NOUNS));
const OTHER_ROLE_NOUNS = [...ROLE_NOUNS].filter((w) => !/^[a-z]+$/.test(w));
/** The occupations (all of the letters a–z), which make a name they describe a person's too (see hasDescriptorsAfter). */
const OCCUPATION_TRIE = lowerTrie(OCCUPATIONS);

/** ASCII letters, digits and the joiners a token may hold inside ("’" is no ASCII). */
function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x2e || c === 0x2d;
}


/** The characters readBefore lets stand between words: space, tab, no-break space. */
const isBlankChar = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
