/**
 * Resolving a speaker phrase to a referent: a pronoun ("he said") goes to the most salient
 * person before it, a role phrase ("the Ukrainian leader") to the nearest person whose
 * descriptors match it, a surname ("Kowalski said") to the person introduced under that name.
 * Persons named inside the quotation itself are never its speaker.
 */

import type { FullerName } from './fuller';
import { givenNameGender } from './given-names';
import { isLetter, isSpace, lastWord, partitionPoint } from './chars';
import { ROLE_GROUPS, sameRoot } from './lexicon';
import type { Referent } from './names';

export interface Speaker {
  entityId: string | null;
  name: string;
  start?: number;
  end?: number;
}

/**
 * The speaker `s` written at [start, end): a new object of one shape, where a copy by spreading made one of its own
 * shapes per source (the code that reads speakers then sees fewer kinds of object).
 */
export function speakerAt(s: Speaker, start: number | undefined, end: number | undefined): Speaker {
  return { entityId: s.entityId, name: s.name, start, end };
}

export interface ResolveState {
  referents: readonly Referent[];
  /** Starts of referents that are the first person named in their sentence (a set, or one made on first need). */
  subjects: { has(start: number): boolean };
  /** Key of the most recent speaker found, or null. */
  lastSpeaker: string | null;
  /** Where the most recent speaker's speech verb stands (a role may name them there: "The leader said"). */
  lastSpeakerAt?: number;
  /** The most recent group speaker ("officials", "the ministry"), for "they said". */
  lastGroup?: Speaker | null;
  /** Who last made a statement the text names ("X said in a statement", "X issued a statement"), for "the statement said". */
  lastStatement?: Speaker | null;
  /** What "he"/"she" has already been used for, by referent key. */
  gender?: Map<string, 'm' | 'f'>;
  /** The article text, when the caller has it: pronouns read the words around candidates. */
  text?: string;
  /** The fullest form the article gives a name the knowledge base lacks (see fuller.ts); the name as written without it. */
  fuller?: FullerName;
  /** The text with its quotations masked (see maskQuotes), when the caller has it: names inside a quotation are no one speaking. */
  masked?: string;
  /** Organisations the knowledge base lacks (see unknownOrganisations), made on first need. */
  organisations?: () => readonly Referent[];
  /** The last person the text described without a name ("One software engineer in …, said"), and where. */
  lastUnnamed?: { speaker: Speaker; at: number } | null;
  /** For whom the last spokesperson the text did not name spoke ("A council spokesperson said"), and where. */
  lastSpokes?: { speaker: Speaker; at: number } | null;
}

/** A sentence ends in between: ". " (or "?", "!", a closing quote after them) before a capital. */
const SENTENCE_BREAK = /[.!?]["”’]?\s+["“]?\p{Lu}/u;

const MALE = new Set('mr he his him spokesman chairman congressman king prince father brother sir lord son husband widower grandfather grandson uncle nephew fiancé'.split(' '));
const FEMALE = new Set('mrs ms miss she her spokeswoman chairwoman congresswoman queen princess mother sister dame lady daughter wife widow grandmother granddaughter aunt niece fiancée'.split(' '));

/**
 * The gender the pronouns already resolved to a referent give it, else its titles, else its given name ("Mara Quist"),
 * else the pronouns the text uses of it right after its name (pronounGender), if any.
 */
function genderOf(state: ResolveState, r: Referent): 'm' | 'f' | undefined {
  const learned = state.gender?.get(r.key);
  if (learned) return learned;
  // (without the text, what its descriptors or given name tell)
  if (state.text === undefined) return titledGender(r) ?? givenGender(r);
  let g = writtenGenders.get(r);
  if (g === undefined) writtenGenders.set(r, (g = titledGender(r) ?? givenGender(r) ?? keyGender(state, r.key) ?? pronounGender(state, r.key) ?? null));
  return g ?? undefined;
}

/**
 * What the other places a person is named tell of their gender, by title or given name: "Farrow-Lyle" alone is the
 * man "Desmond Farrow-Lyle" named before. (genderOf keeps each referent's answer.)
 */
function keyGender(state: ResolveState, key: string): 'm' | 'f' | undefined {
  for (const x of referentsOfKey(state.referents, key)) {
    const g = titledGender(x) ?? givenGender(x);
    if (g) return g;
  }
  return undefined;
}

/**
 * What a referent's descriptors, its given name or the text's pronouns tell of its gender: none of them changes
 * within the text the referent was read from, so each referent's is read once (a pronoun asks it of every candidate).
 */
const writtenGenders = new WeakMap<Referent, 'm' | 'f' | null>();
function titledGender(r: Referent): 'm' | 'f' | undefined {
  // (each descriptor without one final period)
  let female = false;
  for (const x of r.descriptors) {
    const w = x.charCodeAt(x.length - 1) === 0x2e ? x.slice(0, -1) : x;
    if (MALE.has(w)) return 'm';
    if (!female && FEMALE.has(w)) female = true;
  }
  return female ? 'f' : undefined;
}

/** What a referent's given name tells of its gender ("Mara Quist" f), if any. */
function givenGender(r: Referent): 'm' | 'f' | undefined {
  const space = r.name.indexOf(' ');
  if (space <= 0) return undefined;
  const first = r.name.slice(0, space);
  // (a surname's particle is no given name, though a list holds it: "El Idrissi", "De Bruijn")
  return SURNAME_PARTICLES.has(first) ? undefined : givenNameGender(first);
}
/** Particles that open surnames, capitalised, when the surname is written alone. */
const SURNAME_PARTICLES = new Set('El Al De Del Della Da Di Du Van Von Der Den La Le Bin Ibn Abu'.split(' '));

/** The words after which "her" owns what follows ("said her team", "with her family") rather than being someone told. */
const HER_OWNS_AFTER = new Set(['said', 'says', 'and', 'of', 'in', 'with', 'from', 'on', 'at', 'about', 'for', 'that', 'by', 'during', 'after', 'before', 'since']);
/**
 * Nouns that name someone else of a gender between a name and a pronoun ("Ruiz said a woman had called, and she …"):
 * the pronoun may be theirs, so it tells nothing of the name's.
 */
const GENDERED_NOUNS = new Set(
  'woman women man men girl girls boy boys mother father wife husband son sons daughter daughters sister brother grandmother grandfather widow widower aunt uncle niece nephew mum dad'.split(' '),
);
/** Pronouns of other people, or of several: met first, the sentence's pronouns tell nothing of the name's gender. */
const OTHER_PRONOUNS = new Set(['him', 'they', 'them', 'their', 'theirs', 'themselves', 'we', 'us', 'our', 'you', 'your']);

/** Per referent list, the gender the text's pronouns give each key (see pronounGender), read on first need. */
const pronounGenders = new WeakMap<readonly Referent[], Map<string, 'm' | 'f' | null>>();

/**
 * The gender the text's own pronouns give a person it names without a title that tells one ("Tetteh-Garner said her
 * team …", "Okonjo, who founded the firm, said he …"): after each place the key is named, the first of he, his,
 * himself, she, herself or a "her" that owns what follows, in the same sentence, outside quotations, with no other
 * person named and no gendered noun ("a woman", "his son") in between. Read last, when neither the pronouns already
 * resolved to the key, nor a title, nor the name lists tell its gender (the lists lack many names, and hold those of
 * both genders for neither). Unanimous places decide; places that disagree leave it untold.
 */
function pronounGender(state: ResolveState, key: string): 'm' | 'f' | undefined {
  let known = pronounGenders.get(state.referents);
  if (!known) pronounGenders.set(state.referents, (known = new Map()));
  const had = known.get(key);
  if (had !== undefined) return had ?? undefined;
  const text = state.masked ?? state.text!;
  const { byKey, sorted } = keyIndex(state.referents);
  let he = 0;
  let she = 0;
  for (const r of byKey.get(key) ?? []) {
    if (!opensSentence(state.text!, r.start)) continue;
    // the next person named after this place, where reading stops
    let stop = text.length;
    for (let i = sorted ? startsBefore(state.referents, r.end) : 0; i < state.referents.length; i++) {
      const o = state.referents[i]!;
      if (o.start < r.end) continue;
      if (o.person && o.key !== key) {
        stop = o.start;
        break;
      }
    }
    const told = pronounAfter(text, r.end, Math.min(stop, r.end + 400));
    if (told === 'm') he++;
    else if (told === 'f') she++;
  }
  const g = he > 0 && she === 0 ? 'm' : she > 0 && he === 0 ? 'f' : null;
  known.set(key, g);
  return g ?? undefined;
}

/**
 * The gender the first pronoun in text[from, to) tells, read up to the sentence's end: he, his or himself, she,
 * herself or a "her" that owns what follows; nothing when another pronoun (him, they, a "her" someone is told), a
 * gendered noun ("a woman") or the sentence's end comes first.
 */
function pronounAfter(text: string, from: number, to: number): 'm' | 'f' | undefined {
  let previous = '';
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    // a sentence or a paragraph ends: ". " (or ! ?) before a capital or a quotation, or a line break
    if (c === 0x0a) return undefined;
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && text.charCodeAt(i + 1) === 0x20) {
      const n = text.charCodeAt(i + 2);
      if ((n >= 0x41 && n <= 0x5a) || n === 0x22 || n === 0x201c) return undefined;
    }
    if (!isLetter(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isLetter(text.charCodeAt(j))) j++;
    const word = text.slice(i, j).toLowerCase();
    if (word === 'he' || word === 'his' || word === 'himself') return 'm';
    if (word === 'she' || word === 'herself') return 'f';
    if (word === 'her') return HER_OWNS_AFTER.has(previous) ? 'f' : undefined;
    if (OTHER_PRONOUNS.has(word) || GENDERED_NOUNS.has(word)) return undefined;
    previous = word;
    i = j;
  }
  return undefined;
}

/**
 * True when the name at `start` opens its sentence, titles before it allowed ("Dr. Amara Osei said", "Councilmember
 * Ray Dominguez, who …"): then it is the sentence's subject, whom its first pronoun most often means. A name after
 * other words ("His barrister, Amina Rousseau-Clarke, said he …", "the chef told Justice Helen Marchetti he …")
 * may be anyone in the sentence but its subject.
 */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  for (let words = 0; words <= 4; words++) {
    while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i--;
    if (i < 0) return true;
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    // (a closing quotation or bracket after the sentence's end mark)
    let k = i;
    while (k >= 0 && (text.charCodeAt(k) === 0x22 || text.charCodeAt(k) === 0x201d || text.charCodeAt(k) === 0x2019 || text.charCodeAt(k) === 0x29)) k--;
    const e = text.charCodeAt(k);
    if (e === 0x2e || e === 0x21 || e === 0x3f) {
      // ("Dr." before the name is a title: read on before it)
      let w = k - 1;
      while (w >= 0 && isLetter(text.charCodeAt(w))) w--;
      const abbr = text.slice(w + 1, k);
      if (!/^(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Cllr|St)$/.test(abbr)) return true;
      i = w;
      continue;
    }
    // a capitalised word before the name is a title ("Councilmember", "Justice"): read on before it
    let w = i;
    while (w >= 0 && (isLetter(text.charCodeAt(w)) || text.charCodeAt(w) === 0x2d)) w--;
    if (w === i) return false;
    const first = text.charCodeAt(w + 1);
    if (!(first >= 0x41 && first <= 0x5a)) return false;
    i = w;
  }
  return false;
}


/**
 * How far back (characters) "he" or "she" that fits no one named may stand for a person described without a name,
 * and "the spokesperson" for the one just before.
 */
export const UNNAMED_REACH = 1500;

/** How far back (in characters) a pronoun or a role phrase may reach. */
const REACH = 2500;

/** A referent list read once: each key's referents in list order, and whether the list is sorted by start. */
interface KeyIndex {
  byKey: Map<string, Referent[]>;
  sorted: boolean;
  /** The longest span (end - start, at least 0) among the referents. */
  longest: number;
}
const keyIndexes = new WeakMap<readonly Referent[], KeyIndex>();

/** The list keyIndex read last and its index: the lookups of one page ask about the same list in turn (a WeakMap lookup costs more). */
let lastList: readonly Referent[] | null = null;
let lastIndex: KeyIndex | null = null;

/** Every referent of the list that names the same one as `key` (the list's index, made once per list). */
export function referentsOfKey(referents: readonly Referent[], key: string): readonly Referent[] {
  return keyIndex(referents).byKey.get(key) ?? NO_REFERENTS;
}
const NO_REFERENTS: readonly Referent[] = [];

function keyIndex(referents: readonly Referent[]): KeyIndex {
  if (referents === lastList) return lastIndex!;
  let index = keyIndexes.get(referents);
  if (!index) {
    const byKey = new Map<string, Referent[]>();
    let sorted = true;
    let longest = 0;
    for (let i = 0; i < referents.length; i++) {
      const r = referents[i]!;
      if (i > 0 && referents[i - 1]!.start > r.start) sorted = false;
      if (r.end - r.start > longest) longest = r.end - r.start;
      const group = byKey.get(r.key);
      if (group) group.push(r);
      else byKey.set(r.key, [r]);
    }
    index = { byKey, sorted, longest };
    keyIndexes.set(referents, index);
  }
  lastList = referents;
  lastIndex = index;
  return index;
}

/** Whether the referent list is sorted by start (findReferents sorts them; a list given otherwise is read whole). */
export function sortedByStart(referents: readonly Referent[]): boolean {
  return keyIndex(referents).sorted;
}

/** In a list sorted by start, how many referents start before `pos` (binary search). */
function startsBefore(referents: readonly Referent[], pos: number): number {
  return partitionPoint(referents.length, (i) => referents[i]!.start < pos);
}

/**
 * referents.find((r) => r.start >= from && r.start < to && test(r)): on a list sorted by start, only
 * the referents starting in [from, to) are read.
 */
export function findStartingIn(referents: readonly Referent[], from: number, to: number, test: (r: Referent) => boolean): Referent | undefined {
  const { sorted } = keyIndex(referents);
  for (let i = sorted ? startsBefore(referents, from) : 0; i < referents.length; i++) {
    const r = referents[i]!;
    if (sorted && r.start >= to) break;
    if (r.start >= from && r.start < to && test(r)) return r;
  }
  return undefined;
}

/**
 * referents.find((r) => r.start < end && start < r.end && (!test || test(r))): on a list sorted by start,
 * only those that may reach `start` are read (no referent is longer than the longest).
 */
export function findOverlapping(referents: readonly Referent[], start: number, end: number, test?: (r: Referent) => boolean): Referent | undefined {
  const { sorted, longest } = keyIndex(referents);
  // one that overlaps ends after `start`, so it starts after start - longest
  for (let i = sorted ? startsBefore(referents, start - longest + 1) : 0; i < referents.length; i++) {
    const r = referents[i]!;
    if (sorted && r.start >= end) break;
    if (r.start < end && start < r.end && (!test || test(r))) return r;
  }
  return undefined;
}

/**
 * [...referents].reverse().find((r) => r.start <= at && test(r)): on a list sorted by start, read back
 * from the last referent starting at or before `at`, and (with `after`) not past those that end
 * at or before it, as no referent is longer than the longest.
 */
export function findLastStartingBy(referents: readonly Referent[], at: number, test: (r: Referent) => boolean, after = -Infinity): Referent | undefined {
  const { sorted, longest } = keyIndex(referents);
  for (let i = sorted ? startsBefore(referents, at + 1) - 1 : referents.length - 1; i >= 0; i--) {
    const r = referents[i]!;
    if (sorted && r.start + longest <= after) break;
    if (r.start <= at && r.end > after && test(r)) return r;
  }
  return undefined;
}

/** The fullest name given to a referent key before `pos`. */
function fullName(state: ResolveState, key: string, pos: number): string {
  let best = '';
  const { byKey, sorted } = keyIndex(state.referents);
  if (!sorted) {
    // the list read in order up to its first referent at or past pos
    for (const r of state.referents) {
      if (r.start >= pos) break;
      if (r.key === key && r.name.length > best.length) best = r.name;
    }
    return best;
  }
  // sorted by start: the key's referents before pos are those the list holds before its first one at or past pos
  for (const r of byKey.get(key) ?? []) {
    if (r.start >= pos) break;
    if (r.name.length > best.length) best = r.name;
  }
  return best;
}

export function toSpeaker(state: ResolveState, r: Referent, start: number, end: number): Speaker {
  const name = fullName(state, r.key, end + 1) || r.name;
  // a name the knowledge base lacks: the fullest form the article gives it ("Tottenham" → "Tottenham Hotspur")
  return { entityId: r.entityId, name: r.entityId === null && state.fuller ? state.fuller(r.start, r.end, name) : name, start, end };
}

/** Person referents before `pos`, most recent occurrence of each key first. */
function candidates(state: ResolveState, pos: number, exclude: ReadonlySet<string>, reach = REACH): Referent[] {
  const seen = new Set<string>();
  const out: Referent[] = [];
  // (on a list sorted by start, read back from the last referent before pos)
  for (let i = keyIndex(state.referents).sorted ? startsBefore(state.referents, pos) - 1 : state.referents.length - 1; i >= 0; i--) {
    const r = state.referents[i]!;
    if (r.start >= pos || !r.person) continue;
    if (r.end < pos - reach) break;
    if (seen.has(r.key) || exclude.has(r.key)) continue;
    // the writer named in a byline ("By Harriet Ellwood, Health Correspondent") is no one the article's "she" is
    if (state.text !== undefined && inByline(state.text, r.start)) continue;
    seen.add(r.key);
    out.push(r);
  }
  return out;
}

/**
 * True when the name at `start` is a byline's or a picture credit's: "By " (or "by ") at the start of its line
 * right before it, or "Photograph:", "Photo:", "Credit:", "Photo by" within its line before it. (Read by
 * characters first, it costs less than looking up an answer kept per referent.)
 */
function inByline(text: string, start: number): boolean {
  if (start >= 3 && text.charCodeAt(start - 1) === 0x20 && text.charCodeAt(start - 2) === 0x79 && (text.charCodeAt(start - 3) | 0x20) === 0x62) {
    const b = start - 4;
    if (b < 0 || text.charCodeAt(b) === 0x0a) return true;
  }
  // (most names follow no credit word: the line's start is looked for, and the pattern run, only after one)
  if (!mayFollowCredit(text, start)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart < 300 && CREDIT.test(text.slice(Math.max(lineStart, start - 40), start));
}
/** The words before a picture credit's name (exported with mayFollowCredit for its test). */
export const CREDIT = /(?:photograph|photo|picture|image|credit)s?(?:\s+by)?\s*:?\s*$/i;
/** The words of CREDIT (none ends in "s" or "y"). */
const CREDIT_WORDS = ['photograph', 'photo', 'picture', 'image', 'credit'];

/**
 * False when no text ending at `start` ends as CREDIT matches: read back over white space, one colon and white
 * space, "by" after white space and a plural "s" (none of the words ends in "s" or "y"), one of its words must
 * end there, in any ASCII case (without the u flag the i flag folds no character outside ASCII onto one inside).
 */
export function mayFollowCredit(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  if (text.charCodeAt(j) === 0x3a) {
    j--;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  }
  if ((text.charCodeAt(j) | 0x20) === 0x79 && (text.charCodeAt(j - 1) | 0x20) === 0x62 && j >= 2 && isSpace(text.charCodeAt(j - 2))) {
    j -= 2;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  }
  if ((text.charCodeAt(j) | 0x20) === 0x73) j--;
  // (a-z in either case, OR-ed with 0x20, is the lowercase letter; nothing else is)
  outer: for (const w of CREDIT_WORDS) {
    const from = j + 1 - w.length;
    if (from < 0) continue;
    for (let k = 0; k < w.length; k++) if ((text.charCodeAt(from + k) | 0x20) !== w.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

/** True when "the ", "a " or "an " (any case) stands right before `start`. */
export function afterArticle(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const w = text.slice(Math.max(0, start - 5), start - 1).toLowerCase();
  const word = w.slice(w.lastIndexOf(' ') + 1);
  return (word === 'the' || word === 'a' || word === 'an') && (start - 2 - word.length < 0 || !/\p{L}/u.test(text[start - 2 - word.length]!));
}

/** SENTENCE_BREAK with the g flag, for breaksBetween (its lastIndex is reset on every call). */
const SENTENCE_BREAKS = new RegExp(SENTENCE_BREAK.source, 'gu');

/** How many sentence breaks (SENTENCE_BREAK) text.slice(from, to + 1) holds, counted up to two. */
export function breaksBetween(text: string, from: number, to: number): number {
  const part = text.slice(from, to + 1);
  SENTENCE_BREAKS.lastIndex = 0;
  let n = 0;
  while (n < 2 && SENTENCE_BREAKS.exec(part)) n++;
  return n;
}

/**
 * The one candidate whose role opens the sentence the pronoun stands in, or the sentence right before it ("The
 * premier appeared to concede …. He said"), as "The" and a role word in lower case; undefined when none or more hold it.
 */
function roleSubjectBefore(text: string, pos: number, pool: readonly Referent[]): Referent | undefined {
  const from = Math.max(0, pos - 400);
  const part = text.slice(from, pos);
  // the starts of the last two sentences before pos: after a line break or a sentence's end
  let found: Referent | undefined;
  ROLE_OPENS.lastIndex = 0;
  for (let m = ROLE_OPENS.exec(part); m; m = ROLE_OPENS.exec(part)) {
    const at = from + m.index + m[0].length - m[1]!.length - 5;
    if (breaksBetween(text, at, pos) > 1) continue;
    const role = m[1]!;
    const holders = pool.filter((r) => r.descriptors.has(role));
    found = holders.length === 1 ? holders[0] : undefined;
  }
  return found;
}

/** "The" and a word in lower case opening a sentence (after a line break or a sentence's end): the role word. */
const ROLE_OPENS = /(?:^|\n|[.!?]["”’]?\s+)The ([a-z]+) /g;

/** How many times the key was named before pos. */
function namedBefore(state: ResolveState, key: string, pos: number): number {
  let n = 0;
  const { byKey, sorted } = keyIndex(state.referents);
  for (const r of byKey.get(key) ?? []) {
    if (r.start < pos) n++;
    else if (sorted) break;
  }
  return n;
}

/** /^['’]s\b/.test(text.slice(end, end + 3)), read in place (\b without the u flag: an ASCII word character or not). */
export function possessiveAfter(text: string, end: number): boolean {
  const q = text.charCodeAt(end);
  if ((q !== 0x27 && q !== 0x2019) || text.charCodeAt(end + 1) !== 0x73) return false;
  const c = text.charCodeAt(end + 2);
  // (NaN past the text's end: the slice ends after the "s")
  return !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f);
}

/** "he"/"she" → the most salient preceding person: recent, a sentence subject, the last speaker. */
export function resolvePronoun(state: ResolveState, pos: number, exclude: ReadonlySet<string>, pronoun = 'he'): Referent | null {
  let best: Referent | null = null;
  let bestScore = -Infinity;
  const want = pronoun.toLowerCase() === 'she' ? 'f' : 'm';
  const all = candidates(state, pos, exclude);
  // the one who has just spoken stays in reach though their name was written long before ("The leader said …. “…,”
  // he said": the leader named pages back)
  const last = state.lastSpeaker;
  if (last !== null && state.lastSpeakerAt !== undefined && state.lastSpeakerAt < pos && state.lastSpeakerAt > pos - REACH && !exclude.has(last) && !all.some((r) => r.key === last)) {
    const r = findLastStartingBy(state.referents, pos, (x) => x.key === last && x.person);
    if (r) all.push(r);
  }
  // (no one named fits "she" but a woman the text described without a name just before: the caller reads her)
  const unnamedNear = !!state.lastUnnamed && pos > state.lastUnnamed.at && pos - state.lastUnnamed.at < UNNAMED_REACH;
  // 'any': a description that tells no gender ("the 56-year-old")
  // (one candidate or none, with no one described without a name near: the pool is all of them whatever they fit, and
  // their gender, which may need every place they are named read, is not asked)
  const fitting = pronoun === 'any' || (all.length <= 1 && !unnamedNear) ? all : all.filter((r) => (genderOf(state, r) ?? want) === want);
  if (!fitting.length && unnamedNear) return null;
  const pool = fitting.length ? fitting : all;
  // (one in the pool is the one, whatever the scores below)
  if (pool.length === 1) {
    const only = pool[0]!;
    learnGender(state, only, pronoun, want);
    return only;
  }
  // the last speaker stays salient until someone else becomes the subject of a later sentence
  const newest = pool.find((r) => state.subjects.has(r.start));
  // the subject of the pronoun's own sentence is its likeliest antecedent ("Carlineo was arrested … in
  // which he said"), ahead of the last speaker
  const text = state.text;
  const own = text === undefined ? undefined : pool.find((r) => state.subjects.has(r.start) && !SENTENCE_BREAK.test(text.slice(r.end, pos + 1)));
  // the subject of the sentence just before the pronoun's goes on being talked about ("Castlebridge manager Henrik
  // Aaltonen has been speaking. Asked whether the Okafor deal was close, he smiled"), quotations not counted as sentences
  const read = state.masked ?? text;
  // (with quotations masked, a break before a quotation that opens a sentence is not seen: at most one break)
  // (not when someone else has spoken since: "… Asante-Boateng said …. The leader said …. “…,” he said")
  const spokeSince = (r: Referent) => state.lastSpeakerAt !== undefined && state.lastSpeakerAt > r.end && state.lastSpeaker !== r.key && state.lastSpeakerAt < pos;
  const previous = read === undefined || own ? undefined : pool.find((r) => state.subjects.has(r.start) && breaksBetween(read, r.end, pos) <= 1 && !spokeSince(r));
  // "The premier appeared to concede as much. He said …": a sentence just before that opens with a role one candidate
  // alone holds makes that candidate its subject
  const held = read === undefined || own || previous ? undefined : roleSubjectBefore(read, pos, pool);
  pool.forEach((r, rank) => {
    // (later than the speaker's name or than where they last spoke: "Branch secretary Kwame Asante-Boateng said …. The
    // leader said …. “…,” he said" is the leader)
    const since = r.key === state.lastSpeaker && state.lastSpeakerAt !== undefined ? Math.max(r.start, state.lastSpeakerAt) : r.start;
    const stillSalient = !(newest && newest.key !== r.key && newest.start > since) && !(own && own.key !== r.key) && !(held && held.key !== r.key);
    // the person the article keeps naming stays in view: +0.5 per earlier mention beyond the first, at most +1
    const named = namedBefore(state, r.key, pos);
    // a possessive ("Omar's office") names an owner, seldom the one who then speaks
    // so does a name that modifies a noun after an article ("the Okafor deal")
    const possessive = text !== undefined && (possessiveAfter(text, r.end) || afterArticle(text, r.start));
    const score =
      -rank + (state.subjects.has(r.start) ? 1 : 0) + (r === own ? 1 : 0) + (r === previous ? 1 : 0) + (held && r.key === held.key ? 2 : 0) - (possessive ? 0.5 : 0) + (r.key === state.lastSpeaker && stillSalient ? 1.5 : 0) + Math.min(1, 0.5 * (named - 1));
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  });
  if (best) learnGender(state, best, pronoun, want);
  return best;
}

/**
 * What a pronoun resolved to a person tells of their gender, kept for the pronouns after it: only when nothing else
 * told it (a lone candidate of the other gender, taken because no one fits, keeps the gender their title or name gives).
 */
function learnGender(state: ResolveState, r: Referent, pronoun: string, want: 'm' | 'f'): void {
  if (pronoun === 'any' || !state.gender || state.gender.has(r.key) || genderOf(state, r) !== undefined) return;
  state.gender.set(r.key, want);
}

/** True when one of the set's members passes the test. */
function someOf(set: ReadonlySet<string>, test: (x: string) => boolean): boolean {
  for (const x of set) if (test(x)) return true;
  return false;
}

/** Roles a title before a name gives: "Dr." a doctor, "Prof." a professor, "Justice" a judge. */
const TITLE_ROLES: Readonly<Record<string, readonly string[]>> = { doctor: ['Dr', 'Dr.'], professor: ['Prof', 'Prof.'], judge: ['Justice', 'Judge'] };

/** True when one of the titles and a space stand right before `start`. */
function titledAt(text: string, start: number, titles: readonly string[]): boolean {
  return titles.some((t) => text.startsWith(t, start - t.length - 1) && text.charCodeAt(start - 1) === 0x20);
}

/** "the Ukrainian leader" → the nearest person whose descriptors share a modifier or the role. */
export function resolveRole(
  state: ResolveState,
  modifiers: readonly string[],
  head: string,
  pos: number,
  exclude: ReadonlySet<string>,
): Referent | null {
  const group = ROLE_GROUPS.find((g) => g.has(head));
  let best: Referent | null = null;
  let bestScore = 0;
  // (a role says whom it means more than a pronoun does: it reaches twice as far back, "Council leader Cllr Martin
  // Feeney" pages before "The leader said")
  candidates(state, pos, exclude, 2 * REACH).forEach((r, rank) => {
    // (the set read in place: no copy of it per candidate)
    const d = r.descriptors;
    let score = 0;
    for (const m of modifiers) if (someOf(d, (x) => sameRoot(x, m))) score += 3;
    // ("chair" for "the chairwoman", "chairman" for "the chair": one opens the other)
    // ("Dr. Miriam Oduya …. “…,” the doctor said": the title the name was once written with names the role)
    const titled = TITLE_ROLES[head];
    if (d.has(head) || someOf(d, (x) => x.length >= 4 && (head.startsWith(x) || x.startsWith(head))) || (titled && state.text !== undefined && referentsOfKey(state.referents, r.key).some((x) => titledAt(state.text!, x.start, titled)))) score += 2;
    else if (group && someOf(d, (x) => group.has(x))) score += 1.5;
    score -= rank * 0.1;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  });
  return bestScore >= 1 ? best : null;
}

/** The referents' names lowercased, per referent list (made on first use). */
const lowerNamesOf = new WeakMap<readonly Referent[], string[]>();
function lowerNames(referents: readonly Referent[]): string[] {
  let lowers = lowerNamesOf.get(referents);
  if (!lowers) lowerNamesOf.set(referents, (lowers = referents.map((r) => r.name.toLowerCase())));
  return lowers;
}

/** A name from the text ("Kowalski", "Anna Kowalski") → the referent it belongs to. */
export function resolveName(state: ResolveState, start: number, end: number, name: string): Referent | null {
  const { sorted, longest } = keyIndex(state.referents);
  // on a list sorted by start, one that holds [start, end) starts at or before `start` and, ending at or
  // after `end`, at or after end - longest; and those before `start` are read back from the last of them
  const n = state.referents.length;
  const before = sorted ? startsBefore(state.referents, start) : n;
  for (let i = sorted ? startsBefore(state.referents, end - longest) : 0; i < n; i++) {
    const r = state.referents[i]!;
    if (sorted && r.start > start) break;
    if (r.start <= start && end <= r.end) return r;
  }
  // (lastWord is what .split(/\s+/).pop() gives)
  const last = lastWord(name).toLowerCase();
  const lowers = lowerNames(state.referents);
  for (let i = before - 1; i >= 0; i--) {
    const r = state.referents[i]!;
    if (r.start < start && (r.key === last || lowers[i]!.endsWith(last))) return r;
  }
  return null;
}
