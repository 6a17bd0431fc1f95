/**
 * The people (and organisations) an article talks about, in order of appearance: the engine's
 * mentions first, then capitalised names the knowledge base does not hold ("Anna Kowalski",
 * "J. D. Vance"). Each referent carries the descriptors written next to it ("Ukrainian
 * President", "special adviser", ", the French envoy,") so that "the Ukrainian leader" can later
 * be resolved to it.
 */

import type { Mention } from '../engine/types';
import { givenNameGender, isGivenName } from './given-names';
import { findOverlapping } from './resolve';
import { descriptorsAfter, descriptorsBefore, hasPersonEvidence } from './descriptors';
import { isAcronym, isAsciiLower, isAsciiUpper, isSpace, lastWord, letterRunEnd, nextCapital, partitionPoint, withoutPossessive } from './chars';
import { CAP_STOP, NON_PERSON_WORDS, ROLE_NOUNS, TITLES, isOccupation, isPersonNoun } from './lexicon';

export { descriptorsAfter, descriptorsBefore } from './descriptors';

export interface Referent {
  start: number;
  end: number;
  name: string;
  entityId: string | null;
  person: boolean;
  /** Lowercased role words and nationalities written next to this referent. */
  descriptors: Set<string>;
  /** Groups the referents that name the same one: entity id, or the last word of the name. */
  key: string;
}

/** Lowercase words that may stand inside a name: "Peter van Aalst", "Ibn al Rashid". */
const PARTICLES = ['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'bin', 'al', 'ten', 'ter'];
const PARTICLE = String.raw`(?:(?:${PARTICLES.join('|')})[ ]+)?`;
/** Sticky: run at a capital letter found by a character loop (every match starts at one, and one always matches there), when nameEnd's character checks cannot tell where the name ends. */
const NAME = new RegExp(String.raw`(?:\p{Lu}\.[ ]?)+\p{Lu}[\p{L}’'\-]+|\p{Lu}[\p{L}’'\-]*(?:[ ]+${PARTICLE}(?:\p{Lu}\.[ ]?)*\p{Lu}[\p{L}’'\-]*)*`, 'yu');

/** The particles by their first character (ASCII). */
const PARTICLES_BY_FIRST: string[][] = Array.from({ length: 0x80 }, (_, c) => PARTICLES.filter((p) => p.charCodeAt(0) === c));

/** True when a particle and a space stand at j, as PARTICLE needs them. */
function particleAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  // (NaN past the text's end)
  if (!(c < 0x80)) return false;
  for (const p of PARTICLES_BY_FIRST[c]!) if (text.charCodeAt(j + p.length) === 0x20 && text.startsWith(p, j)) return true;
  return false;
}

/**
 * The end of the match of NAME at the capital letter at i. Most capitals open a plain word: no
 * period after the capital (so no initials, the first alternative), and after the word no space,
 * or spaces and then an ASCII character that is no capital and opens no particle (so the repeated
 * group of the second alternative cannot start). Such a match is the capital and its letter run,
 * found by character checks; so are the further words of a name that each open with an ASCII
 * capital and no period ("Anna Maria Kowalski"). Anything else runs NAME. (Exported for tests.)
 */
export function nameEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // (a capital outside the BMP takes two code units: NAME decides)
  if ((c < 0xd800 || c > 0xdbff) && text.charCodeAt(i + 1) !== 0x2e) {
    let end = letterRunEnd(text, i + 1);
    for (;;) {
      let j = end;
      while (text.charCodeAt(j) === 0x20) j++;
      if (j === end) return end;
      const d = text.charCodeAt(j);
      if (d < 0x80 && (d < 0x41 || d > 0x5a) && !particleAt(text, j)) return end;
      // an ASCII capital with no period after it: the repeated group takes no particle and no
      // initial there, only the capital and its letter run (greedy, and nothing follows the group)
      if (!(d >= 0x41 && d <= 0x5a) || text.charCodeAt(j + 1) === 0x2e) break;
      end = letterRunEnd(text, j + 1);
    }
  }
  NAME.lastIndex = i;
  // NAME always matches at a capital letter: its second alternative needs nothing more
  return NAME.exec(text) ? NAME.lastIndex : i + 1;
}

/** The next match of NAME in text at or after `from`, as the same pattern with the g flag finds it (every match opens with a capital). */
function nextName(text: string, from: number): { index: number; text: string } | null {
  const i = nextCapital(text, from);
  return i < 0 ? null : { index: i, text: text.slice(i, nameEnd(text, i)) };
}

/** What the word lists say of a word, read once per word (articles repeat their names). */
interface WordInfo {
  /** w lowercased without one final period */
  lower: string;
  /** w.toLowerCase() */
  lowerFull: string;
  /** CAP_STOP, TITLE, ROLE, NPW, NPW_NODOT, ACRONYM, GIVEN bits. */
  flags: number;
}
const CAP_STOP_WORD = 1;
/** TITLES.has(lower) */
const TITLE = 2;
/** ROLE_NOUNS.has(lower) */
const ROLE = 4;
/** NON_PERSON_WORDS.has(w.toLowerCase()) */
const NPW = 8;
/** NON_PERSON_WORDS.has(lower) */
const NPW_NODOT = 16;
/** isAcronym(w) */
const ACRONYM = 32;
/** isGivenName(w) */
const GIVEN = 64;
const wordInfos = new Map<string, WordInfo>();
/** Bounded, so a long session cannot grow it without end. */
const WORD_CACHE = 20_000;

function wordInfo(w: string): WordInfo {
  let info = wordInfos.get(w);
  if (info) return info;
  const lowerFull = w.toLowerCase();
  const lower = lowerFull.endsWith('.') ? lowerFull.slice(0, -1) : lowerFull;
  const flags =
    (CAP_STOP.has(w) ? CAP_STOP_WORD : 0) | (TITLES.has(lower) ? TITLE : 0) | (ROLE_NOUNS.has(lower) ? ROLE : 0) |
    (NON_PERSON_WORDS.has(lowerFull) ? NPW : 0) | (NON_PERSON_WORDS.has(lower) ? NPW_NODOT : 0) | (isAcronym(w) ? ACRONYM : 0) |
    (isGivenName(w) ? GIVEN : 0);
  // (kept across pages: copies, so that no slice holds on to a page's text)
  info = { lower: copyOf(lower), lowerFull: copyOf(lowerFull), flags };
  if (wordInfos.size >= WORD_CACHE) wordInfos.clear();
  wordInfos.set(copyOf(w), info);
  return info;
}

/** Spans (the mentions), answering "does any overlap [start, end)?" by binary search. */
export class Spans {
  private readonly starts: number[];
  /** Largest end among the spans sorted before each index, inclusive. */
  private readonly maxEnd: number[];
  constructor(spans: ReadonlyArray<{ start: number; end: number }>) {
    // the spotter's mentions come in order: a stable sort leaves spans already in order as they are
    let inOrder = true;
    for (let i = 1; inOrder && i < spans.length; i++) inOrder = spans[i - 1]!.start <= spans[i]!.start;
    const sorted = inOrder ? spans : [...spans].sort((a, b) => a.start - b.start);
    const n = sorted.length;
    this.starts = new Array<number>(n);
    this.maxEnd = new Array<number>(n);
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const span = sorted[i]!;
      this.starts[i] = span.start;
      this.maxEnd[i] = max = Math.max(max, span.end);
    }
  }
  overlaps(start: number, end: number): boolean {
    // the spans starting before `end`; one of them overlaps when the largest end among them passes `start`
    const starts = this.starts;
    const lo = partitionPoint(starts.length, (i) => starts[i]! < end);
    return lo > 0 && this.maxEnd[lo - 1]! > start;
  }
}

interface TextName {
  start: number;
  end: number;
  name: string;
  /** The name's last word lowercased. */
  last: string;
  /** An organisation word or an acronym among the name's words ("NHS England", "UNHCR"). */
  orgLike: boolean;
  /** Two or more words, the first a given name ("Dylan Nelson"): a person's. */
  given: boolean;
  /** Whether the text shows it is a person's: read by findReferents when first asked (set here, so the objects keep one shape). */
  evidence: boolean | undefined;
}

/** s.split(/ +/), by characters: the pieces between runs of spaces (an empty one before a leading run or after a trailing one). */
export function splitSpaces(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) !== 0x20) continue;
    out.push(s.slice(from, i));
    while (i + 1 < s.length && s.charCodeAt(i + 1) === 0x20) i++;
    from = i + 1;
  }
  out.push(s.slice(from));
  return out;
}

/** True when a word of the name (parted by spaces) is an organisation word or an acronym. */
function orgWords(parts: readonly string[]): boolean {
  for (const t of parts) if (wordInfo(t).flags & (NPW | ACRONYM)) return true;
  return false;
}

/** orgWords(splitSpaces(name)) by name, read once per distinct name. */
const orgNames = new Map<string, boolean>();
function hasOrgWord(name: string): boolean {
  let org = orgNames.get(name);
  if (org === undefined) {
    org = orgWords(splitSpaces(name));
    if (orgNames.size >= WORD_CACHE) orgNames.clear();
    orgNames.set(copyOf(name), org);
  }
  return org;
}

/** True when text.slice(max(0, start - 4), start) ends a sentence or is the text's start: /(?:^|[.!?]["”’]?\s+)$/ (exported for tests). */
export const SENTENCE_OPEN = /(?:^|[.!?]["”’]?\s+)$/;
export function sentenceOpensBefore(text: string, start: number): boolean {
  // the pattern ends with white space unless the slice is empty (the text's start)
  if (start <= 0) return true;
  // (read by characters: the white space that ends the slice, then a closing mark or not, then . ! or ?, all in the slice)
  const from = Math.max(0, start - 4);
  let i = start - 1;
  if (!isSpace(text.charCodeAt(i))) return false;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  let j = i - 1;
  if (j < from) return false;
  let c = text.charCodeAt(j);
  if (c === 0x22 || c === 0x201d || c === 0x2019) {
    if (--j < from) return false;
    c = text.charCodeAt(j);
  }
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/** What textNames reads from a capitalised run's characters alone, the same wherever it stands. */
interface RunShape {
  /** Characters dropped before the name: leading stop words, titles and roles. */
  drop: number;
  name: string;
  /** splitSpaces(name) */
  parts: string[];
  /** The first and last parts lowercased. */
  firstLower: string;
  lastLower: string;
  last: string;
  orgLike: boolean;
  given: boolean;
}
/** Run shapes by the run's text (articles repeat their names); null for a run that is no name. */
const runShapes = new Map<string, RunShape | null>();

function runShape(run: string): RunShape | null {
  let shape = runShapes.get(run);
  if (shape !== undefined) return shape;
  // (the key and the name made from a copy of the run: a slice of the page may hold on to the whole page's text)
  const own = copyOf(run);
  shape = readRun(own);
  if (runShapes.size >= WORD_CACHE) runShapes.clear();
  runShapes.set(own, shape);
  return shape;
}

/** A string of its own with s's characters (V8 keeps a slice of 13 or more characters as a view of the longer string). */
function copyOf(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** A capitalised run (a match of NAME) → the name in it, with a leading stop word, a title or a role removed, or null. */
function readRun(run: string): RunShape | null {
  let name = run;
  // a single word that opens sentences or is a title is no name (the loop below would say so too)
  if (!name.includes(' ')) {
    // one word: the steps below reduce to these
    name = withoutPossessive(name);
    if (name.length < 2) return null;
    const word = wordInfo(run);
    if (word.flags & (CAP_STOP_WORD | TITLE)) return null;
    const own = name === run ? word : wordInfo(name);
    if (own.flags & (TITLE | ROLE)) return null;
    return { drop: 0, name, parts: [name], firstLower: own.lowerFull, lastLower: own.lowerFull, last: own.lower, orgLike: (own.flags & (NPW_NODOT | ACRONYM)) !== 0, given: false };
  }
  let drop = 0;
  while (true) {
    // the first word, /^[\p{L}’'\-.]+/u, and the white space after it
    const wordEnd = letterRunEnd(name, 0, true);
    if (!(wordInfo(name.slice(0, wordEnd)).flags & (CAP_STOP_WORD | TITLE))) break;
    let next = wordEnd;
    while (next < name.length && isSpace(name.charCodeAt(next))) next++;
    if (wordEnd === 0 || next === wordEnd) return null;
    drop += next;
    name = name.slice(next);
  }
  if (!name) return null;
  // "Patrick W. Carlineo Jr." → "Patrick W. Carlineo": a generational suffix is no part of the surname
  name = withoutPossessive(name);
  if (name.endsWith(' Jr') || name.endsWith(' Sr')) name = name.slice(0, -3);
  // "Helen Okonkwo KC", "Jo Reyes MP": letters after a name are no part of it (nor an organisation's acronym)
  for (let sp = name.lastIndexOf(' '); sp > 0 && POST_NOMINALS.has(name.slice(sp + 1)); sp = name.lastIndexOf(' ')) name = name.slice(0, sp);
  // "Ukrainian President Volodymyr Zelenskyy" → "Volodymyr Zelenskyy": titles and roles are descriptors
  // (a role adjective alone is no cut: "New York", "White House")
  let parts = splitSpaces(name);
  /** Drops the words up to parts[cut] from the name. */
  const cutAfter = (cut: number): void => {
    // (the words joined by single spaces, as the name's own spacing may not be)
    let cutAt = cut + 1;
    for (let i = 0; i <= cut; i++) cutAt += parts[i]!.length;
    drop += cutAt;
    name = name.slice(cutAt);
    parts = splitSpaces(name);
  };
  let cut = -1;
  for (let i = 0; i < parts.length; i++) if (wordInfo(parts[i]!).flags & (TITLE | ROLE)) cut = i;
  if (cut >= 0) {
    if (cut === parts.length - 1) return null;
    cutAfter(cut);
  } else {
    // "Volcanologist Andrew Mbatha", "City Auditor Rebecca Hollins-Moore": an occupation with two or more words
    // after it (none an organisation's) describes the name after it
    let occ = -1;
    for (let i = 0; i + 2 < parts.length; i++) if (isOccupation(parts[i]!.toLowerCase())) occ = i;
    if (occ >= 0 && !orgWords(parts.slice(occ + 1))) cutAfter(occ);
  }
  if (!name || name.length < 2) return null;
  const lastInfo = wordInfo(parts[parts.length - 1]!);
  const firstInfo = wordInfo(parts[0]!);
  return {
    drop,
    name,
    parts,
    firstLower: firstInfo.lowerFull,
    lastLower: lastInfo.lowerFull,
    last: lastInfo.lowerFull,
    orgLike: orgWords(parts),
    given: parts.length > 1 && (firstInfo.flags & GIVEN) !== 0,
  };
}

/** Capitalised names not covered by a mention, with the tokens of a leading stop word removed. */
function textNames(text: string, mentions: readonly Mention[], spotted?: readonly Mention[]): TextName[] {
  const out: TextName[] = [];
  /** Last words of the multi-word names met so far (those in `out` with a space, read in when asked), and (made when first asked) of the mentions. */
  const known = new Set<string>();
  let knownUpTo = 0;
  let mentionLasts: Set<string> | null = null;
  const isKnown = (w: string): boolean => {
    for (; knownUpTo < out.length; knownUpTo++) if (out[knownUpTo]!.name.includes(' ')) known.add(out[knownUpTo]!.last);
    return known.has(w) || (mentionLasts ??= new Set(mentions.map((m) => lastWord(m.text).toLowerCase()))).has(w);
  };
  const covered = new Spans(mentions);
  // capitalised runs: inside the spotter's names outside the knowledge base when it ran (the rest of
  // the text holds none it did not link), else anywhere in the text
  let k = 0;
  const inSpotted = (from: number): ReturnType<typeof nextName> => {
    for (; spotted && k < spotted.length; k++) {
      const span = spotted[k]!;
      if (Math.max(from, span.start) >= span.end) continue;
      const m = nextName(text, Math.max(from, span.start));
      if (m && m.index < span.end) return m;
    }
    return null;
  };
  const next = (from: number) => (spotted ? inSpotted(from) : nextName(text, from));
  /** Where a name read with its nickname and surname ended: runs before it are part of it. */
  let skipUntil = -1;
  for (let m = next(0); m; m = next(m.index + m.text.length)) {
    const shape = runShape(m.text);
    if (!shape) continue;
    let start = m.index + shape.drop;
    let { name, parts, last, orgLike, given } = shape;
    // "Later Morel": a sentence-opening word before a name already known is not part of it
    // (the name holds a space exactly when it has more than one word)
    // (not before an organisation's word two names share: "Mill Lane Pharmacy … Wellmore Pharmacy")
    // (nor a given name that is no common word: "Sinead Mulhern, Declan's sister-in-law," after "Declan Mulhern")
    if (parts.length > 1 && sentenceOpensBefore(text, start) && isKnown(shape.lastLower) && !isKnown(shape.firstLower) && !(wordInfo(parts[parts.length - 1]!).flags & NPW) && !(given && !(wordInfo(parts[0]!).flags & CAP_STOP_WORD))) {
      const drop = parts[0]!.length + 1;
      start += drop;
      name = name.slice(drop);
      if (!name || name.length < 2) continue;
      parts = splitSpaces(name);
      last = wordInfo(parts[parts.length - 1]!).lowerFull;
      orgLike = orgWords(parts);
      given = parts.length > 1 && (wordInfo(parts[0]!).flags & GIVEN) !== 0;
    }
    let end = start + name.length;
    if (start < skipUntil || covered.overlaps(start, end)) continue;
    // (a title alone, "Mohd." before "Faizan Qureshi", names no one)
    if (!name.includes(' ') && TITLES.has(last)) continue;
    // "Mateus "Kairo" Albuquerque", "Joaquín ‘El Chapo’ Guzmán": a nickname in quotation marks between a first
    // name and a surname; the name is the two without it, and the surname's own run is read no more
    if (!name.includes(' ') && !orgLike) {
      // (the pattern opens with a space and a quotation mark: the slice is read only after them)
      const q = text.charCodeAt(end + 1);
      const nick = text.charCodeAt(end) === 0x20 && (q === 0x22 || q === 0x201c || q === 0x2018 || q === 0x27) ? NICKNAME_AFTER.exec(text.slice(end, end + 60)) : null;
      if (nick && !CAP_STOP.has(nick[1]!)) {
        const surname = nick[1]!;
        name = `${name} ${surname}`;
        end += nick[0].length;
        last = surname.toLowerCase();
        given = true;
        skipUntil = end;
      }
    }
    out.push({ start, end, name, last, orgLike, given, evidence: undefined });
  }
  return out;
}

/** A nickname in quotation marks and a surname after a first name: ` "Kairo" Albuquerque`. */
const NICKNAME_AFTER = /^ ["“‘'][\p{Lu}\d][\p{L}\d .'’-]{0,20}["”’'] (\p{Lu}[\p{L}’'-]+)/u;

/** The referents of one key; the descriptors written at all of them are read and merged on first use. */
class KeyGroup {
  readonly members: Array<{ start: number; end: number }> = [];
  private merged: Set<string> | null = null;
  constructor(private readonly text: string) {}

  descriptors(): Set<string> {
    if (!this.merged) {
      this.merged = new Set<string>();
      // the same insertion order as merging each referent's set (before, then after) in turn
      for (const r of this.members) {
        for (const d of descriptorsBefore(this.text, r.start)) this.merged.add(d);
        for (const d of descriptorsAfter(this.text, r.end)) this.merged.add(d);
        // "Simon Delacourt KC": counsel, whom "the barrister" may stand for
        if (this.text.charCodeAt(r.end) === 0x20 && COUNSEL_AFTER.test(this.text.slice(r.end, r.end + 4))) this.merged.add('kc');
      }
    }
    return this.merged;
  }
}

/**
 * A referent whose `descriptors` are read on first use: only a few keys are ever asked (pronouns
 * and role phrases look at the people just before them), so the text around the others is never
 * read. The getter lives on the prototype (an object literal with its own accessors is much
 * slower to make); the other fields are own properties.
 */
class LazyReferent implements Referent {
  readonly #group: KeyGroup;
  #own: Set<string> | null = null;
  constructor(
    public start: number,
    public end: number,
    public name: string,
    public entityId: string | null,
    public person: boolean,
    public key: string,
    group: KeyGroup,
  ) {
    this.#group = group;
  }
  get descriptors(): Set<string> {
    return this.#own ?? this.#group.descriptors();
  }
  set descriptors(value: Set<string>) {
    this.#own = value;
  }
}

/** The referents with descriptors merged per key, in the order of `sorted`. */
function describeLazily(text: string, sorted: ReadonlyArray<Omit<Referent, 'descriptors'>>): Referent[] {
  const groups = new Map<string, KeyGroup>();
  return sorted.map((r) => {
    let group = groups.get(r.key);
    if (!group) groups.set(r.key, (group = new KeyGroup(text)));
    group.members.push(r);
    return new LazyReferent(r.start, r.end, r.name, r.entityId, r.person, r.key, group);
  });
}

/**
 * The spotter's names outside the knowledge base that their own words make an organisation's ("Dick
 * Clark Productions", "Big Machine"), written whole as the spotter read them, as referents (sorted by
 * start; none that overlaps a person among `referents`): "the company" may stand for one.
 */
export function unknownOrganisations(mentions: readonly Mention[], referents: readonly Referent[], text?: string): Referent[] {
  const out: Referent[] = [];
  // … or that what follows or stands before them, at any of their mentions, makes an organisation's ("Loopr, which
  // says …", "mining company Andina Meridian Copper", "a Vantora spokesperson"; see ORG_AFTER, orgNounBefore,
  // SPOKES_AFTER), or the shorter form of one ("Andina Meridian")
  let owning: Set<string> | null = null;
  if (text !== undefined) {
    for (const m of mentions) {
      // (ORG_AFTER opens with a comma or an apostrophe, SPOKES_AFTER with white space: the slices are read only after them)
      const c = text.charCodeAt(m.end);
      // (and an appositive that names an organisation's kind: "Medilijn, one of the largest pharmacy chains in …")
      const orgAfter =
        (c === 0x2c || c === 0x27 || c === 0x2019) &&
        (ORG_AFTER.test(text.slice(m.end, m.end + 40)) || (c === 0x2c && appositiveMayOpen(text, m.end + 1) && orgAppositive(text.slice(m.end, m.end + 90))));
      if (m.entityId === null && (orgAfter || orgNounBefore(text, m.start) || (m.end < text.length && isSpace(c) && SPOKES_AFTER.test(text.slice(m.end, m.end + 16))))) (owning ??= new Set()).add(m.text);
    }
  }
  for (const m of mentions) {
    if (m.entityId !== null) continue;
    const owns = !!owning?.has(m.text);
    const spaced = m.text.includes(' ');
    // (words all in capitals are a heading, "KEY POINTS", not an organisation's acronyms)
    if (spaced && unchangedByUpperCase(m.text)) continue;
    const shorter = !owns && spaced && out.some((o) => opensName(o.name, m.text));
    if (!owns && !shorter && (!spaced || !hasOrgWord(m.text))) continue;
    if (findOverlapping(referents, m.start, m.end, (r) => r.person)) continue;
    out.push({ start: m.start, end: m.end, name: m.text, entityId: null, person: false, key: m.text.toLowerCase(), descriptors: new Set() });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when `longer` opens with `name` and a space ("Andina Meridian" in "Andina Meridian Copper"). */
function opensName(longer: string, name: string): boolean {
  return longer.length > name.length && longer.charCodeAt(name.length) === 0x20 && longer.startsWith(name);
}

/** name === name.toUpperCase(), read without the copy where the name is ASCII: no letter a–z in it. */
function unchangedByUpperCase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x80) return name === name.toUpperCase();
  }
  return true;
}

/** Letters written after a person's name: honours, degrees, counsel and members of parliament. */
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'MP', 'MSP', 'MS', 'MLA', 'MEP', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'MD', 'FRS']);

/** King's or Queen's Counsel after a name. */
const COUNSEL_AFTER = /^ [KQS]C\b/;

/** True when two first names differ and neither opens the other ("Pat" / "Patrick" are one). */
const otherFirstName = (a: string, b: string): boolean => !a.startsWith(b) && !b.startsWith(a);

/** The first word of a name. */
const firstWord = (name: string): string => name.slice(0, name.indexOf(' ') >>> 0);

/** An appositive that calls the name a business: ", one of the country's larger chains", ", a Lisbon-based lender". */
const ORG_APPOSITIVE = /^,\s+(?:an?|the|one\s+of\s+the)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:company|companies|firm|firms|chain|chains|retailer|retailers|group|bank|banks|lender|lenders|insurer|carrier|airline|maker|manufacturer|operator|supplier|start-?up|charity|business|businesses|conglomerate|brand)(?=\s*[,.;]|\s+(?:in|based|that|which|with|from|whose|of)\b)/u;

/**
 * ORG_APPOSITIVE, unless a person's noun stands among the words before the organisation's noun: in ", a researcher at
 * the group," the noun the appositive describes the name by is "researcher", and "group" is where they work.
 */
function orgAppositive(after: string): boolean {
  const m = ORG_APPOSITIVE.exec(after);
  if (!m) return false;
  const words = m[0].toLowerCase().split(/[\s,]+/);
  return !words.slice(0, -1).some((w) => ROLE_NOUNS.has(w) || isOccupation(w));
}

/** A spokesperson after a name: "a Vantora spokesperson" speaks for an organisation. */
const SPOKES_AFTER = /^\s+spokes(?:person|man|woman)\b/;

/** What follows an organisation's name and never a person's: ", which", "'s co-founder", "'s users". */
const ORG_AFTER = /^(?:,\s+which\b|['’]s\s+(?:co-?founders?|founders?|chief\s+executive|ceo|cfo|coo|board|shareholders|employees|headquarters|website|app|platform|shares|customers|users|subscribers|stores|factories|plant)\b)/i;

/** True when one space, a role noun or an occupation in lower case, one space and a capital follow `end`. */
function beforeRoleAndName(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20) return false;
  let i = end + 1;
  while (i < text.length && i - end <= 16) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x2d)) break;
    i++;
  }
  if (i === end + 1 || text.charCodeAt(i) !== 0x20 || !isAsciiUpper(text.charCodeAt(i + 1))) return false;
  const word = text.slice(end + 1, i);
  return ROLE_NOUNS.has(word) || isOccupation(word) || CLUB_ROLES.has(word);
}
/** Roles a club or a firm has that ROLE_NOUNS leaves out: "Port Alder boss Fiona McCaskill". */
const CLUB_ROLES = new Set(['boss', 'manager', 'coach', 'owner', 'agent', 'captain']);

/** Nouns for organisations that stand right before one's name: "mining company Andina Meridian", "lender Harborline". */
const ORG_NOUNS = new Set(
  ('company firm group carrier airline lender bank insurer retailer miner startup start-up chain manufacturer maker carmaker automaker chipmaker drugmaker ' +
    'conglomerate giant utility brand broadcaster publisher charity consultancy supermarket exchange regulator watchdog club agency operator').split(' '),
);

/** True when the word right before `start` (one space between) is one of ORG_NOUNS, in lower case. */
function orgNounBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  // ("The operator, Northway Buses, …": the noun and a comma before the name that names what it stands for)
  if (text.charCodeAt(start - 2) === 0x2c) return orgNounNamed(text, start - 2);
  let i = start - 1;
  while (i > 0 && start - i <= 14) {
    const c = text.charCodeAt(i - 1);
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x2d)) break;
    i--;
  }
  return i < start - 1 && ORG_NOUNS.has(text.slice(i, start - 1));
}

/** True when "the" (or "The") and one of ORG_NOUNS (or "operator") stand right before the comma at `comma`. */
function orgNounNamed(text: string, comma: number): boolean {
  let i = comma;
  while (i > 0 && comma - i <= 14 && isAsciiLower(text.charCodeAt(i - 1))) i--;
  const noun = text.slice(i, comma);
  if (!((ORG_NOUNS.has(noun) || noun === 'operator') && i >= 4 && text.charCodeAt(i - 1) === 0x20 && /\b[Tt]he$/.test(text.slice(Math.max(0, i - 5), i - 1)))) return false;
  // (not when a person's noun and a preposition stand before: "A spokeswoman for the agency, Violeta Harutyunyan," names
  // the spokeswoman)
  const owner = PERSON_FOR_THE.exec(text.slice(Math.max(0, i - 40), i));
  return !(owner && isPersonNoun(owner[1]!.toLowerCase()));
}

/** A noun, a preposition and "the" ending the text: "spokeswoman for the ". */
const PERSON_FOR_THE = /\b([A-Za-z]+)\s+(?:for|at|of|with)\s+[Tt]he\s$/;

/** No words: the middle words of a name of one or two words. */
const NO_PARTS: readonly string[] = [];

/** True when white space and then "a", "t" or "o" stand at i, as ORG_APPOSITIVE needs them after its comma ("an", "the", "one of the"). */
function appositiveMayOpen(text: string, i: number): boolean {
  if (i >= text.length || !isSpace(text.charCodeAt(i))) return false;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c === 0x61 || c === 0x74 || c === 0x6f;
}

/**
 * Where a given name stands right before `start` (one space between, the name capitalised and a word of its own, and
 * no everyday word), or -1: "Marguerite" in "Marguerite Santiago".
 */
function givenBefore(text: string, start: number): number {
  if (start < 3 || text.charCodeAt(start - 1) !== 0x20) return -1;
  let i = start - 1;
  while (i > 0 && /\p{L}/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, start - 1);
  if (i === start - 1 || !isAsciiUpper(text.charCodeAt(i)) || !isGivenName(word) || WORD_NAMES.has(word)) return -1;
  // (a word of its own: after a space or a line's start)
  return i === 0 || /\s/.test(text[i - 1]!) ? i : -1;
}
/** Given names that are everyday words too, and may open a sentence before a place: "Will Paris host …". */
const WORD_NAMES = new Set('Will May Mark Bill Hope Grace Joy Rose Frank Art Sue Pat Rich Don Gay Faith Summer Dawn Chase Miles Page'.split(' '));

/** Words before a possessive that opens a person's name: "Port Aldery's " in "Port Aldery's Reyes". */
const OWNER = /^(?:\S+\s+){0,3}?[^\s'’]+['’]s\s+(?=\p{Lu})/u;

/** The referents of an article, sorted by position. */
export function findReferents(text: string, mentions: readonly Mention[]): Referent[] {
  const out: Array<Omit<Referent, 'descriptors'>> = [];
  // Names the knowledge base holds are taken as the spotter links them. Names it lacks are read
  // again below from the text, by this module's own evidence: the spotter's guess of their type
  // ("Big Machine" a person) is weaker than what the sentence around them shows.
  const linked: Mention[] = [];
  let linkedInOrder = true;
  const unlinked: Mention[] = [];
  let unlinkedInOrder = true;
  // "Marguerite Santiago, who coordinates …": a given name before a place the spotter links makes the two a person's
  // name, the place's word her surname wherever it stands alone after (one sense per article)
  let surnames: Set<string> | null = null;
  for (const spotterMention of mentions) {
    let m = spotterMention;
    if (m.entityId !== null && m.type === 'place') {
      const given = givenBefore(text, m.start);
      const person = given >= 0 || (surnames !== null && surnames.has(m.text));
      if (person) {
        if (given >= 0) (surnames ??= new Set()).add(m.text);
        const start = given >= 0 ? given : m.start;
        m = { ...m, start, text: text.slice(start, m.end), entityId: null, type: 'person', groupKey: undefined };
      }
    }
    if (m.entityId === null) {
      if (unlinked.length && unlinked[unlinked.length - 1]!.start > m.start) unlinkedInOrder = false;
      unlinked.push(m);
      continue;
    }
    linked.push(m);
    if (m.type !== 'person' && m.type !== 'organization') continue;
    if (out.length && out[out.length - 1]!.start > m.start) linkedInOrder = false;
    out.push({ start: m.start, end: m.end, name: m.text, entityId: m.entityId, person: m.type === 'person', key: m.entityId });
  }
  // the people the mentions give, by key and by surname; those the names below make people are kept apart
  const mentionedPeople = new Map<string, Omit<Referent, 'descriptors'>>();
  for (const r of out) if (r.person) mentionedPeople.set(r.key, r);
  for (const r of out) if (r.person) mentionedPeople.set(lastWord(r.name).toLowerCase(), r);
  const namedPeople = new Map<string, Omit<Referent, 'descriptors'>>();
  // with the spotter's mentions, its names outside the knowledge base are the candidates (it found
  // the capitalised runs already); without any, the text is scanned for them
  // (a stable sort leaves mentions already in order as they are)
  const spotted = mentions.length ? (unlinkedInOrder ? unlinked : unlinked.sort((a, b) => a.start - b.start)) : undefined;
  // organisation words or acronyms ("NHS England", "UNHCR") make a name an organisation's (textNames reads them)
  const names = textNames(text, linked, spotted);
  // Evidence is read only when asked (a name whose surname an earlier one made a person's needs
  // none); the answers are those of reading every name's evidence first. A surname the mentions
  // already give a person needs no evidence either: it is that person's.
  // A name of two or more words opened by a given name ("Dylan Nelson") is a person's too.
  const evidenceOf = (n: (typeof names)[number]): boolean => (n.evidence ??= !n.orgLike && !mentionedPeople.has(n.last) && (n.given || hasPersonEvidence(text, n.start, n.end)));
  // a surname that speaks makes the full name written earlier a person too ("John Park …", "said Park")
  // (the names are grouped by surname when first asked: most articles never ask)
  let byLast: Map<string, { names: typeof names; speaks?: boolean }> | null = null;
  const speaks = (last: string): boolean => {
    if (!byLast) {
      byLast = new Map();
      for (const n of names) {
        const group = byLast.get(n.last);
        if (group) group.names.push(n);
        else byLast.set(n.last, { names: [n] });
      }
    }
    const group = byLast.get(last)!;
    return (group.speaks ??= group.names.some(evidenceOf));
  };
  // a middle word that speaks alone makes the full name written earlier a person's too ("Efraín Quispe
  // Villanueva …", "Quispe said"): the single-word names by word, made when first asked
  let singles: Map<string, Array<(typeof names)[number]>> | null = null;
  const middleSpeaks = (name: string): boolean => {
    // (three words or more: two spaces)
    const sp = name.indexOf(' ');
    if (sp < 0 || name.indexOf(' ', sp + 1) < 0) return false;
    if (!singles) {
      singles = new Map();
      for (const x of names) {
        if (x.name.includes(' ')) continue;
        const group = singles.get(x.last);
        if (group) group.push(x);
        else singles.set(x.last, [x]);
      }
    }
    if (!singles.size) return false;
    const parts = name.split(' ');
    for (let i = 1; i < parts.length - 1; i++) if (singles.get(parts[i]!.toLowerCase())?.some(evidenceOf)) return true;
    return false;
  };
  // a name that owns what only an organisation has ("Brightwater's co-founder", "Loopr's users"), that "which" or
  // an appositive calling it a business follows, or that an organisation's noun stands right before ("mining
  // company Andina Meridian Copper") is an organisation's wherever it stands, whatever verbs of speech follow it
  // elsewhere; so is the shorter form of such a name of two or more words ("Andina Meridian")
  let organisations: Set<string> | null = null;
  let firmPartners: Set<string> | null = null;
  let orgNames: string[] | null = null;
  for (const n of names) {
    const c = text.charCodeAt(n.end);
    const after = (c === 0x2c || c === 0x27 || c === 0x2019) && (ORG_AFTER.test(text.slice(n.end, n.end + 40)) || (c === 0x2c && appositiveMayOpen(text, n.end + 1) && orgAppositive(text.slice(n.end, n.end + 90))));
    // (or a name before a role and a person's name: "Estrela coach Rui Albuquerque", a club's; or one of two names
    // an ampersand joins: "Ember & Salt")
    const ampersand = text.charCodeAt(n.end + 1) === 0x26 || text.charCodeAt(n.start - 2) === 0x26;
    if (!after && !ampersand && !orgNounBefore(text, n.start) && !(!n.name.includes(' ') && beforeRoleAndName(text, n.end))) continue;
    (organisations ??= new Set()).add(n.last);
    // (a partner's surname in a firm's name: "Santhanam" of "Santhanam & Goh")
    if (ampersand && !after && !n.name.includes(' ')) (firmPartners ??= new Set()).add(n.last);
    if (n.name.includes(' ')) (orgNames ??= []).push(n.name + ' ');
  }
  // (the names are kept with a space after them: a name equal to one of them is its short form too)
  const shortOrg = (name: string): boolean => !!orgNames && orgNames.some((o) => opensName(o, name));
  // the organisations the spotter found, of two words or more (made when first asked)
  let orgMentions: string[] | null = null;
  const opensOrganisation = (name: string): boolean => {
    orgMentions ??= mentions.filter((m) => m.type === 'organization' && m.text.includes(' ')).map((m) => m.text);
    return orgMentions.some((o) => opensName(o, name));
  };
  const fromMentions = out.length;
  // the middle words of people named with three or more words ("Marcelina Huamaní Quispe"): a later
  // "Huamaní" alone is her (the first of two surnames); null when two people share the word
  let middles: Map<string, Omit<Referent, 'descriptors'> | null> | null = null;
  for (const n of names) {
    const { last, orgLike } = n;
    let known = mentionedPeople.get(last) ?? namedPeople.get(last) ?? (middles && !n.name.includes(' ') ? middles.get(last) ?? undefined : undefined);
    // "Darnell Whitfield … his mother, Celeste Whitfield": a full name with another first name is another person
    // of that surname (a later bare "Whitfield" stays with the first)
    // ("Pat Carlineo" after "Patrick W. Carlineo" is the same: one first name opens the other)
    // (whatever its first word: "Samira Benhaddou" after "Lucía Benhaddou", though no list holds "Samira")
    if (known && n.name.includes(' ') && known.name.includes(' ') && !known.name.endsWith(n.name) && otherFirstName(firstWord(known.name), firstWord(n.name))) known = undefined;
    // (a full name with evidence of a person stays one though a firm of partners bears the surname: "Rajiv Santhanam
    // of the firm Santhanam & Goh")
    const partner = !!firmPartners?.has(last) && n.name.includes(' ') && !shortOrg(n.name) && hasPersonEvidence(text, n.start, n.end);
    if (!known && (organisations?.has(last) || shortOrg(n.name)) && !n.given && !partner) continue;
    // "Port Alder boss Fiona McCaskill", "Castlebridge manager Henrik Aaltonen": a name before a role and another name
    // says whose role it is, a club's or a company's, whatever its first word ("Port" is a given name too)
    if (!known && beforeRoleAndName(text, n.end)) continue;
    // "Harlan Ridge" after "Harlan Ridge State Prison": the short form of an organisation's name is no person's for a
    // given name alone; only what the text around it says makes it one
    const orgPrefix = !known && n.given && opensOrganisation(n.name);
    const person = !!known || (orgPrefix ? !orgLike && hasPersonEvidence(text, n.start, n.end) : evidenceOf(n)) || (!orgLike && !orgPrefix && n.name.includes(' ') && (speaks(last) || middleSpeaks(n.name)));
    if (!person) continue;
    // ("Wexcombe's Lindqvist", "Port Aldery's Reyes": a possessive before a person's name owns them, it is no part of
    // the name)
    // (the pattern runs only on a name with an apostrophe in it)
    const owner = n.name.includes("'") || n.name.includes('’') ? OWNER.exec(n.name) : null;
    const ref = {
      start: n.start + (owner ? owner[0].length : 0),
      end: n.end,
      name: owner ? n.name.slice(owner[0].length) : n.name,
      entityId: known?.entityId ?? null,
      person: true,
      // (a second person of a surname already taken is keyed by the whole name)
      key: known?.key ?? (namedPeople.has(last) || mentionedPeople.has(last) ? n.name.toLowerCase() : last),
    };
    if (!known && !namedPeople.has(last)) namedPeople.set(last, ref);
    out.push(ref);
    // (a middle word needs three words or more: two spaces; most names have fewer, and are not split)
    const space = n.name.indexOf(' ');
    const parts = space >= 0 && n.name.indexOf(' ', space + 1) >= 0 ? n.name.split(' ') : NO_PARTS;
    for (let i = 1; i < parts.length - 1; i++) {
      const word = parts[i]!.toLowerCase();
      if (word.length < 2 || word.endsWith('.') || PARTICLES.includes(word)) continue;
      middles ??= new Map();
      const earlier = middles.get(word);
      middles.set(word, earlier === undefined || earlier?.key === ref.key ? ref : null);
    }
  }
  // both parts are in order when the mentions are (the names are read in text order): merged, as
  // the stable sort orders them, else sorted
  let sorted = linkedInOrder ? mergeByStart(out, fromMentions) : out.sort((a, b) => a.start - b.start);
  const partners = familyNames(text, sorted);
  if (partners) sorted = sorted.sort((a, b) => a.start - b.start);
  // descriptors written at any mention belong to the referent everywhere
  const referents = describeLazily(text, sorted);
  if (partners) PARTNERS.set(referents, partners);
  return referents;
}

/** Couples findReferents read ("Aoife and Tomasz Kowalczyk", "Her husband, Glenn,"): each one's key → the other's. */
const PARTNERS = new WeakMap<readonly Referent[], ReadonlyMap<string, string>>();

/** The key of the partner of the person keyed `key`, when the article names them as a couple. */
export function partnerOf(referents: readonly Referent[], key: string): string | undefined {
  return PARTNERS.get(referents)?.get(key);
}

/** "Aoife and " right before a full name: the given name of the one named with them. */
const COUPLE_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+) and $/u;
/** Relations written before a given name between commas: "'s mother, Rosa,", "Her husband, Glenn,". */
const RELATIONS_NAMED = new Set(['mother', 'father', 'wife', 'husband', 'partner', 'son', 'daughter', 'brother', 'sister', 'widow', 'widower']);

/** What stands before the relation: "'s " (group 1) or "her "/"his " (group 2), at the end of the slice. */
const RELATIVE_OWNER = /(?:(['’]s)|(?:^|[^\p{L}])([Hh]er|[Hh]is)) $/u;
/** The given name after "relation, ", and its comma (sticky). */
const GIVEN_AT = /(\p{Lu}[\p{Ll}'’-]+),/uy;
const PARTNER_WORDS = new Set(['wife', 'husband', 'partner', 'widow', 'widower']);
/** A gender title right before a surname: "Ms Kowalczyk", "Mr. Kearsley". */
const GENDER_TITLE = /\b(Mrs|Ms|Miss|Mr)\.? $/;

type Bare = Omit<Referent, 'descriptors'>;

/**
 * People of one family the article names by given name only, keyed apart and named with the family's
 * surname: "Aoife and Tomasz Kowalczyk" (Aoife Kowalczyk), "Nathan Kearsley's mother, Rosa," (Rosa
 * Kearsley), "Her husband, Glenn," (Glenn Kearsley, her partner); then "Ms Kowalczyk" / "Mr Kearsley" is
 * the one of that surname, named last, whose given name does not tell another gender. Adds and re-keys
 * referents in place (the caller sorts them again); returns the couples, or null when the article has none.
 */
function familyNames(text: string, refs: Bare[]): Map<string, string> | null {
  const added: Bare[] = [];
  let partners: Map<string, string> | null = null;
  const pair = (a: string, b: string) => {
    (partners ??= new Map()).set(a, b);
    partners.set(b, a);
  };
  const surnameOf = (r: Bare) => r.name.slice(r.name.lastIndexOf(' ') + 1);
  const covering = (start: number) => refs.find((x) => x.start <= start && start < x.end);
  // "Aoife and Tomasz Kowalczyk"
  for (const r of refs) {
    // (most names have no " and " right before them: read without a copy first)
    if (!r.person || r.entityId !== null || text.charCodeAt(r.start - 1) !== 0x20 || text.charCodeAt(r.start - 4) !== 0x61 || text.slice(r.start - 5, r.start) !== ' and ') continue;
    if (!r.name.includes(' ') || !/^\p{Lu}/u.test(r.name)) continue;
    const m = COUPLE_BEFORE.exec(text.slice(Math.max(0, r.start - 40), r.start));
    if (!m || !isGivenName(m[1]!) || !isGivenName(r.name.slice(0, r.name.indexOf(' ')))) continue;
    // (" and " is five characters)
    const start = r.start - 5 - m[1]!.length;
    if (covering(start)) continue;
    const name = `${m[1]} ${surnameOf(r)}`;
    added.push({ start, end: start + m[1]!.length, name, entityId: null, person: true, key: name.toLowerCase() });
    pair(name.toLowerCase(), r.key);
  }
  // "Nathan Kearsley's mother, Rosa," / "Her husband, Glenn," (one plain search for ", ", and the word before it)
  for (let comma = text.indexOf(', '); comma >= 0; comma = text.indexOf(', ', comma + 2)) {
    // (GIVEN_AT needs a capital right after ", ": A–Z, or a letter from U+00C0 on; most commas are followed by none)
    const cap = text.charCodeAt(comma + 2);
    if (!(cap >= 0x41 && cap <= 0x5a) && !(cap >= 0xc0)) continue;
    let b = comma;
    while (b > 0 && comma - b <= 8 && isAsciiLower(text.charCodeAt(b - 1))) b--;
    // (RELATIVE_OWNER ends with a space right before the relation)
    if (comma - b < 3 || comma - b > 8 || text.charCodeAt(b - 1) !== 0x20) continue;
    const relation = text.slice(b, comma);
    if (!RELATIONS_NAMED.has(relation)) continue;
    const before = RELATIVE_OWNER.exec(text.slice(Math.max(0, b - 5), b));
    if (!before) continue;
    GIVEN_AT.lastIndex = comma + 2;
    const g0 = GIVEN_AT.exec(text);
    const given = g0?.[1];
    // (the relation and the commas say it is a given name, listed or not: "Her son, Declan,")
    if (!given || CAP_STOP.has(given)) continue;
    const at = GIVEN_AT.lastIndex - 1 - given.length;
    const ownerEnd = b - before[0].length;
    // whose relative: the person the name before "'s" is, or the last one "her"/"his" fits
    let owner: Bare | undefined;
    const all = [...refs, ...added];
    if (before[1]) owner = all.filter((x) => x.person && x.end === ownerEnd).pop();
    else {
      const other = before[2]!.toLowerCase() === 'her' ? 'm' : 'f';
      owner = all.filter((x) => x.person && x.end <= ownerEnd && x.name.includes(' ') && givenNameGender(x.name.slice(0, x.name.indexOf(' '))) !== other).sort((a, b) => a.start - b.start).pop();
    }
    if (!owner) continue;
    const full = all.filter((x) => x.key === owner!.key).reduce((a, b) => (b.name.length > a.name.length ? b : a), owner);
    if (!full.name.includes(' ')) continue;
    const name = `${given} ${surnameOf(full)}`;
    const key = name.toLowerCase();
    const there = covering(at);
    if (there && there.name.includes(' ')) continue;
    if (there) {
      there.name = name;
      there.key = key;
      there.person = true;
    } else added.push({ start: at, end: at + given.length, name, entityId: null, person: true, key });
    if (PARTNER_WORDS.has(relation)) pair(key, full.key);
  }
  if (!added.length && !partners) return null;
  refs.push(...added);
  refs.sort((a, b) => a.start - b.start);
  // "Ms Kowalczyk": of the people with that surname named before, the last one the title's gender fits
  for (const r of refs) {
    // ("Mr ", "Ms. ", "Miss ": a space after "r", "s" or "." right before)
    const c = text.charCodeAt(r.start - 2);
    if (!r.person || text.charCodeAt(r.start - 1) !== 0x20 || (c !== 0x72 && c !== 0x73 && c !== 0x2e) || r.name.includes(' ')) continue;
    const t = GENDER_TITLE.exec(text.slice(Math.max(0, r.start - 6), r.start));
    if (!t) continue;
    const g = t[1] === 'Mr' ? 'm' : 'f';
    let best: Bare | undefined;
    for (const x of refs) {
      if (x.start >= r.start) break;
      if (!x.person || !x.name.includes(' ') || surnameOf(x) !== r.name) continue;
      const xg = givenNameGender(x.name.slice(0, x.name.indexOf(' ')));
      if (xg === g || (xg === undefined && (!best || givenNameGender(best.name.slice(0, best.name.indexOf(' '))) !== g))) best = x;
    }
    if (best && best.key !== r.key) r.key = best.key;
  }
  return partners ?? new Map();
}

/**
 * The items sorted by start, as a stable sort leaves them, when items[0, split) and items[split, end) are
 * each in order (on a tie, the first part's item first); the second part is checked, and sorted when out of order.
 */
function mergeByStart<T extends { start: number }>(items: T[], split: number): T[] {
  for (let i = split + 1; i < items.length; i++) if (items[i - 1]!.start > items[i]!.start) return items.sort((a, b) => a.start - b.start);
  if (split === 0 || split === items.length || items[split - 1]!.start <= items[split]!.start) return items;
  const out: T[] = [];
  let i = 0;
  let j = split;
  while (i < split && j < items.length) out.push(items[j]!.start < items[i]!.start ? items[j++]! : items[i++]!);
  while (i < split) out.push(items[i++]!);
  while (j < items.length) out.push(items[j++]!);
  return out;
}
