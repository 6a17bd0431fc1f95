/**
 * Names the knowledge base does not hold: runs of capitalized words outside linked mentions,
 * minus sentence starters, weekdays, months, titles and lone demonyms; typed by suffixes,
 * titles and place cues; later short forms share the first full form's group key.
 */
import type { EntityType } from '../kb/types';
import type { ArticleContext } from './context';
import { typeOf } from './name-type';
import { COVER_PERSON, COVER_PLACE, type Token } from './tokens';
import { F_UPPER } from './normalize';
import {
  CAPITAL_CONNECTORS, FIRST_NAME_WORDS, isDemonym, MONTHS, NAME_CONNECTORS, NOT_NAMES, OFFICE_DOMAINS, ORG_SUFFIXES, PARTICLES,
  PERSON_TITLES, SURNAME_TITLES, WEEKDAYS,
} from './words';

export interface UnknownName {
  start: number;
  end: number;
  type: EntityType;
  confidence: number;
  reason: string;
  groupKey: string;
  /** Set when a linked place name just before belongs to this organization's name: that mention's end. */
  absorbsMentionEndingAt?: number;
}

const blocked = (t: Token): boolean =>
  NOT_NAMES.has(t.word) || WEEKDAYS.has(t.word) || MONTHS.has(t.word) || PERSON_TITLES.has(t.word);

/** Lower-case second parts of hyphenated words that do not belong to a name ("Kong-based", "Saudi-led"). */
const APOSTROPHE = 0x27;
/** Syllables of Chinese, Korean and Vietnamese names that are also English function words. */
const NAME_SYLLABLES = new Set(['he', 'an', 'do']);

const HYPHEN_TAILS = new Set('led run era age ish like born made held type wide free only size fed'.split(' '));

/** Token j is the "s" of a possessive written right after the run's last word (token `last`, the one before j). */
function possessiveAt(ctx: ArticleContext, tokens: readonly Token[], j: number, last: number): boolean {
  const u = tokens[j]!;
  return u.word === 's' && u.sep === 'other' && last === j - 1 && ctx.norm.codes[u.start - 1] === APOSTROPHE && u.start - 1 === tokens[j - 1]!.end;
}

/** Token j is the "s" of a possessive right after the run's last word, and the run follows a lower-case "the". */
function possessiveInName(ctx: ArticleContext, tokens: readonly Token[], i: number, j: number, last: number): boolean {
  if (!possessiveAt(ctx, tokens, j, last)) return false;
  const before = tokens[i - 1];
  return before !== undefined && before.word === 'the' && !before.cap && tokens[i]!.sep === 'space';
}

/** Token j is the "s" of a possessive right after the run's last word, and the run opens with "St" or "Saint" and one name. */
function saintsPossessive(ctx: ArticleContext, tokens: readonly Token[], i: number, j: number, last: number): boolean {
  if (last !== i + 1 || !possessiveAt(ctx, tokens, j, last)) return false;
  const first = tokens[i]!.word;
  return first === 'st' || first === 'saint';
}

/** Token j is a short, all-letter, lower-case end of a hyphenated name: not "X-ray", "Jedi-in-training", "IL-25". */
function hyphenTail(tokens: readonly Token[], j: number): boolean {
  const u = tokens[j]!;
  const head = tokens[j - 1]!;
  if (u.word.length > 4 || HYPHEN_TAILS.has(u.word) || !/^[a-z]+$/.test(u.word) || head.end - head.start < 2) return false;
  return tokens[j + 1]?.sep !== 'hyphen';
}

/**
 * `blocked`, with two exceptions: a title word naming an office before an organization word
 * ("Justice Department"), and an everyday word used as a first name mid-sentence ("Will Moy").
 */
function blockedAt(ctx: ArticleContext, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!blocked(t)) return false;
  const next = tokens[j + 1];
  // "the Ministry of Justice said": a title word after "of" with no name after it names the body's field
  if (tokens[j - 1]?.word === 'of' && (!next || next.sep !== 'space' || !next.cap)) return false;
  if (!next || next.sep !== 'space' || !next.cap || next.covered) return true;
  if (PERSON_TITLES.has(t.word) && ORG_SUFFIXES.has(next.word)) return false;
  return !(FIRST_NAME_WORDS.has(t.word) && !blocked(next) && !ctx.sentenceInitial(t.start));
}

/** "of", "de", "von der", "of the": at most two connectors, "the" only after "of" or "for". */
function connectorFits(pending: readonly string[], w: string): boolean {
  if (!NAME_CONNECTORS.has(w) || pending.length >= 2) return false;
  if (w === 'the') return pending.length === 1 && (pending[0] === 'of' || pending[0] === 'for');
  return true;
}

/**
 * "Andrew Mbatha of the University of Cape Town", "Jane Roe of Oxford University": a run of two or
 * more capitalized words, none of them an organization's, then "of" (and "the") before words that
 * name an organization, is a person's name and where they work, not one long name. ("Bank of
 * England" has one word before "of"; "Royal Bank of Scotland" and "Federal Bureau of Investigation"
 * hold an organization's word before it.) Tokens first..last are the run, `of` the connector's index.
 */
function personBeforeOf(tokens: readonly Token[], first: number, last: number, of: number): boolean {
  if (last === first || HEADS_OF.has(tokens[last]!.word)) return false;
  for (let k = first; k <= last; k++) if (ORG_SUFFIXES.has(tokens[k]!.word)) return false;
  let k = of + 1;
  if (tokens[k]?.word === 'the' && tokens[k]!.sep === 'space') k++;
  // the organization's word among the next few capitalized words ("the University", "Oxford University")
  for (let n = 0; n < 4 && k < tokens.length; n++, k++) {
    const t = tokens[k]!;
    if (!t.cap || t.sep !== 'space') return false;
    if (ORG_SUFFIXES.has(t.word)) return true;
  }
  return false;
}

/** Nouns that head a name with "of" after them and are no organization's word in ORG_SUFFIXES: "Fraternal Order of Police". */
const HEADS_OF = new Set('order society academy museum chamber centre center institution conference house hall palace city state republic kingdom province district county'.split(' '));

/** Token index ranges [first, last] of capitalized runs. */
function spans(ctx: ArticleContext, tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || t.covered || blockedAt(ctx, tokens, i)) continue;
    let last = i;
    let pending: string[] = [];
    for (let j = i + 1; j < tokens.length; j++) {
      const u = tokens[j]!;
      const after = tokens[j + 1];
      const nameAfter = after !== undefined && after.sep === 'space' && after.cap;
      if (possessiveInName(ctx, tokens, i, j, last) && nameAfter && !after.covered) {
        // "the People's Daily": after "the", a possessive belongs to the name.
        last = j;
        continue;
      }
      if (saintsPossessive(ctx, tokens, i, j, last)) {
        // "St Brendan's said", "St Aidan's Hospital": a saint's possessive names a hospital, a school or a church
        last = j;
        if (nameAfter && !after.covered) continue;
        break;
      }
      if ((u.sep !== 'space' && u.sep !== 'hyphen') || u.covered) break;
      if (u.cap && u.sep === 'space' && last === j - 1 && !u.allCaps && NAME_SYLLABLES.has(u.word) &&
        !ctx.sentenceInitial(u.start)) {
        // "Liu He": a name syllable that is also an English function word, capitalized mid-sentence.
        last = j;
        pending = [];
      } else if (u.cap && !blockedAt(ctx, tokens, j)) {
        last = j;
        pending = [];
      } else if (u.cap && SURNAME_TITLES.has(u.word) && last === j - 1 && !nameAfter) {
        // "Kevin King": a title word after a first name, with no name after it, is a surname.
        last = j;
        break;
      } else if (!u.cap && u.sep === 'hyphen' && last === j - 1 && hyphenTail(tokens, j)) {
        // "Cheuk Hau-yip", "Moon Jae-in": a short lower-case part of a hyphenated name.
        last = j;
      } else if (u.cap && CAPITAL_CONNECTORS.has(u.word) && last === j - 1 && nameAfter && !after.covered && pending.length === 0 && !ctx.sentenceInitial(u.start)) {
        // "Reporters Without Borders", "Coast Without Nuclear", "Engineers Against Poverty": a capitalized
        // preposition between two capitalized words mid-sentence joins them into one name
        pending.push(u.word);
      } else if (!u.cap && u.word === 'of' && pending.length === 0 && personBeforeOf(tokens, i, last, j)) break;
      else if (!u.cap && connectorFits(pending, u.word)) pending.push(u.word);
      else break;
    }
    out.push([i, last]);
    i = last;
  }
  return out;
}

/** Whether capitalized words from token `j` on lead straight to a title ("Advocacy Director"). */
function beforeTitle(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k < j + 4; k++) {
    const t = tokens[k]!;
    if (t.sep !== 'space' || !t.cap) return false;
    if (PERSON_TITLES.has(t.word)) return k > j;
  }
  return false;
}

interface Candidate {
  toks: Token[];
  words: string[];
  initial: boolean;
  /** End of a linked place name right before the span ("New York" + "Times"). */
  prevPlaceEnd?: number;
}

function candidates(ctx: ArticleContext, tokens: readonly Token[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const [a, b] of spans(ctx, tokens)) {
    let toks = tokens.slice(a, b + 1);
    const initial = ctx.sentenceInitial(toks[0]!.start);
    // "Secretary of State Mara Quell": the office belongs to the title, not the name.
    const before = ctx.wordsBefore(toks[0]!.start, 2);
    if (before[0] === 'of' && PERSON_TITLES.has(before[1] ?? '')) {
      let k = 0;
      while (k < toks.length - 1 && OFFICE_DOMAINS.has(toks[k]!.word)) k++;
      toks = toks.slice(k);
    }
    // "Separately Doerr said": a sentence adverb capitalized only by its position.
    if (initial && toks.length > 1 && toks[0]!.word.endsWith('ly') && toks[0]!.word.length > 4) toks = toks.slice(1);
    const words = toks.map((t) => t.word);
    if (words.every((w) => isDemonym(w) || NOT_NAMES.has(w) || w.length === 1)) continue;
    const next = tokens[b + 1];
    const prev = tokens[a - 1];
    // "Defence Minister ...": a descriptor before a title, not a name.
    if (next && next.sep === 'space' && next.cap && PERSON_TITLES.has(next.word)) continue;
    // "Research and Advocacy Director": the first part of a two-part descriptor.
    if (next?.word === 'and' && next.sep === 'space' && beforeTitle(tokens, b + 2)) continue;
    // "Volodymyr" right next to a linked person: part of that person's name.
    if ((next && next.sep === 'space' && next.covered === COVER_PERSON) || (prev && toks[0]!.sep === 'space' && prev.covered === COVER_PERSON)) continue;
    const c: Candidate = { toks, words, initial: initial && toks[0]!.start === tokens[a]!.start };
    if (prev && toks[0]!.sep === 'space' && prev.covered === COVER_PLACE && prev.cap) c.prevPlaceEnd = prev.end;
    kept.push(c);
  }
  return kept;
}

/**
 * Lines in title case ("Zelenskyy Says Europe Must Stand Firm"): no lower-case word of 4+ letters,
 * and a capitalized function word past the line's first word.
 */
export function titleCaseLines(tokens: readonly Token[]): Set<number> {
  const lowered = new Set<number>();
  const marked = new Set<number>();
  let prevLine = -1;
  for (const t of tokens) {
    const first = t.line !== prevLine;
    prevLine = t.line;
    if (!t.cap && t.end - t.start >= 4) lowered.add(t.line);
    if (t.cap && !first && NOT_NAMES.has(t.word)) marked.add(t.line);
  }
  return new Set([...marked].filter((l) => !lowered.has(l)));
}

/** "WikiLeaks", "PanARMENIAN.Net": a capital past the first letter; no everyday word is written so. */
function innerCapital(ctx: ArticleContext, t: Token): boolean {
  for (let i = t.start + 1; i < t.end; i++) if (ctx.norm.flags[i]! & F_UPPER) return true;
  return false;
}

export function findUnknownNames(
  ctx: ArticleContext, tokens: readonly Token[], titled: ReadonlySet<number> = titleCaseLines(tokens),
): UnknownName[] {
  const all = candidates(ctx, tokens);
  // In a title-case line capitals say nothing: keep only names the body also capitalizes.
  const bodyWords = new Set(all.filter((k) => !titled.has(k.toks[0]!.line)).flatMap((k) => k.words));
  const kept = all.filter((k) => !titled.has(k.toks[0]!.line) || k.words.every((w) => bodyWords.has(w)));
  // A lone capitalized word at a sentence start is a name only if the article also capitalizes it elsewhere.
  const seenElsewhere = new Set<string>();
  for (const k of kept) {
    k.words.forEach((w, i) => {
      if (i > 0 || !k.initial || k.words.length > 1) seenElsewhere.add(w);
    });
  }
  // Multi-word person names first, so a short form before the full form still joins its group.
  const groups = new Map<string, { key: string; type: EntityType }>();
  const typed = kept.map((k) => typeOf(ctx, k.words, k.toks));
  kept.forEach((k, i) => {
    const norm = k.words.join(' ');
    if (k.words.length < 2 || groups.has(norm)) return;
    const group = { key: norm, type: typed[i]![0] };
    groups.set(norm, group);
    // "Wellmore Pharmacy" … "Wellmore said": the first word of a business named by its kind is its short form
    const first = k.words[0]!;
    if (group.type === 'organization' && ORG_SUFFIXES.has(k.words[k.words.length - 1]!) && !ORG_SUFFIXES.has(first) && !PARTICLES.has(first) && first.length > 2 && !groups.has(first)) {
      groups.set(first, group);
    }
    if (group.type !== 'person') return;
    const parts = [k.words[0]!, ...k.words.slice(1).map((_, j) => k.words.slice(j + 1).join(' '))];
    for (const part of parts) if (!groups.has(part) && !PARTICLES.has(part)) groups.set(part, group);
  });
  const out: UnknownName[] = [];
  kept.forEach((k, i) => {
    // "Near-term", "Forty-five" at a sentence start count as one word.
    const capitalized = k.toks.filter((t) => t.cap).length;
    if (capitalized === 1 && k.initial && !k.toks[0]!.allCaps && !seenElsewhere.has(k.words[0]!) &&
      !innerCapital(ctx, k.toks[0]!)) return;
    const norm = k.words.join(' ');
    let [type, confidence, why] = typed[i]!;
    let group = groups.get(norm);
    if (!group) {
      group = { key: norm, type };
      groups.set(norm, group);
    } else if (group.key !== norm) {
      type = group.type;
      confidence = 0.6;
      why = `short form of "${group.key}"`;
    }
    const start = k.toks[0]!.start;
    const lastTok = k.toks[k.toks.length - 1]!;
    // "Washington D.C.": keep the period of a closing initial.
    const end = lastTok.end + (lastTok.end - lastTok.start === 1 && ctx.text[lastTok.end] === '.' ? 1 : 0);
    const name: UnknownName = { start, end, type, confidence, groupKey: group.key, reason: `unknown name: ${why}` };
    if (type === 'organization' && k.prevPlaceEnd !== undefined) name.absorbsMentionEndingAt = k.prevPlaceEnd;
    out.push(name);
  });
  return out;
}
