/**
 * Known names inside longer capitalized names the knowledge base does not hold: "China" in
 * "South China Sea", "Vietnam" in "Vietnam War" or "Diplomatic Academy of Vietnam", "McCain" (Cindy
 * McCain's surname) in "John McCain", "Jordan" in "Michael Jordan". Such a link is dropped, so that the
 * unknown-name pass finds the whole run as one name.
 */
import type { Dictionary } from './candidates';
import type { ArticleContext } from './context';
import type { Linked } from './disambiguate';
import { F_UPPER, normalizeAlias } from './normalize';
import type { Token } from './tokens';
import {
  isDemonym, MONTHS, NOT_NAMES, ORG_SUFFIXES, PERSON_TITLES, PLACE_SUFFIXES, WEEKDAYS,
} from './words';

/** Last words of "X of <place>" names: "Academy of Vietnam", "Gulf of Mexico", "Bank of England". */
const OF_HEADS = new Set([...PLACE_SUFFIXES, ...`university academy bank museum institute college school church
  republic kingdom port isle council ministry court federation union league association commission committee
  department office embassy chamber foundation`.split(/\s+/)]);

/** Words that end the names of events and areas: "Vietnam War", "Kowloon West". */
const EVENT_WORDS = new Set(['war', 'wars', 'crisis', 'summit', 'revolution', 'massacre', 'agreement', 'accord',
  'accords', 'treaty', 'conference', 'games', 'olympics', 'cup', 'uprising', 'offensive', 'north', 'south', 'east',
  'west', 'central']);
const PLACE_CUES = new Set(['in', 'near', 'at', 'from', 'to', 'into']);

const nameWord = (t: Token | undefined): t is Token =>
  t !== undefined && t.cap && [...t.word].length > 1 && !t.covered && !NOT_NAMES.has(t.word) && !WEEKDAYS.has(t.word) &&
  !MONTHS.has(t.word) && !PERSON_TITLES.has(t.word) && !isDemonym(t.word);

/** ", 52," right after a name: an age. */
const AGE_AFTER = /^, \d{1,3},/;

/** Index of the token starting at `pos`, or -1. */
function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.start === pos ? lo : -1;
}

/**
 * True when `compound` ("Montenegro-Hart") is written somewhere other than at `at` right after a capitalized word and
 * one space ("Isabela Montenegro-Hart"), and not before another letter: a person's double-barrelled surname.
 */
function surnameElsewhere(ctx: ArticleContext, compound: string, at: number): boolean {
  const text = ctx.text;
  for (let p = text.indexOf(compound); p >= 0; p = text.indexOf(compound, p + 1)) {
    if (p === at || text.charCodeAt(p - 1) !== 0x20 || /\p{L}/u.test(text[p + compound.length] ?? '')) continue;
    const before = CAPITALIZED_BEFORE.exec(text.slice(Math.max(0, p - 30), p));
    // (not a word that opens sentences or names no one: "The Paris-Roubaix")
    if (before && !NOT_NAMES.has(before[1]!.toLowerCase())) return true;
  }
  return false;
}
/** A capitalized word and one space at the end of the slice: "Isabela ". */
const CAPITALIZED_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $/u;

/** The word is capitalized somewhere other than at a sentence start ("South" in "the South China Sea"). */
function capitalizedMidSentence(ctx: ArticleContext, word: string): boolean {
  return ctx.occurrences(word).some((at) => ctx.norm.flags[at]! & F_UPPER && !ctx.sentenceInitial(at));
}

/**
 * Drops links that are part of a longer capitalized name, and with a surname-only alias also that
 * alias's other bare occurrences. Returns the dropped links and clears them from `covered` (the
 * caller refreshes the tokens).
 */
export function unlinkEmbedded(
  dict: Dictionary, ctx: ArticleContext, linked: readonly Linked[], tokens: readonly Token[], covered: Uint8Array,
  titleCaseLines: ReadonlySet<number>,
): Set<Linked> {
  const dropped = new Set<Linked>();
  const fullyNamed = new Set(linked.filter((l) => l.sense.full).map((l) => l.entity));
  for (const l of linked) {
    if (l.sense.linkOnly || l.keyIndex < 0) continue;
    const e = dict.entities[l.entity]!;
    if (e.type === 'person' && l.sense.full) continue;
    const a = tokenAt(tokens, l.start);
    if (a < 0 || titleCaseLines.has(tokens[a]!.line)) continue;
    // An acronym in capitals ("SWIFT") is never part of a longer name; written in title case
    // ("Swift", British style for "Nato") after a name word it is the end of a person's name ("Taylor Swift").
    const titleCaseAcronym = l.sense.acronym && !tokens[a]!.allCaps;
    if (l.sense.acronym && !titleCaseAcronym) continue;
    let b = a;
    while (b + 1 < tokens.length && tokens[b]!.end < l.end) b++;
    if (tokens[b]!.end !== l.end) continue;
    // Words of the entity's own names: "Volodymyr" before "Zelenskyy" is the same person.
    const own = new Set([e.name, ...e.aliases].flatMap((x) => normalizeAlias(x).split(' ')));
    const prev = tokens[a - 1];
    const next = tokens[b + 1];
    let joins = false;
    // An organization keeps its link before a product or a group of its own ("Apple AirPods", "House
    // Democrats"), unless the run ends in an organization, place or event word ("Federal Reserve Bank").
    const org = e.type === 'organization';
    // Not after an acronym ("told VOA Pentagon correspondent").
    if ((!org || titleCaseAcronym) && tokens[a]!.sep === 'space' && nameWord(prev) && !prev.allCaps && !own.has(prev.word)) {
      // at a sentence's start the word before may just open it ("Later Moscow said"), unless an age follows
      // the run, which only a person's name takes ("Maria Santos, 52, left")
      joins = !ctx.sentenceInitial(prev.start) || capitalizedMidSentence(ctx, prev.word) || AGE_AFTER.test(ctx.text.slice(l.end, l.end + 8));
    }
    // "Ngozi Eze-Whitaker": a surname after a hyphen and a name word no link covers is the end of a
    // double-barrelled surname ("Trump-Putin summit" keeps both: each word is linked)
    if (!joins && e.type === 'person' && tokens[a]!.sep === 'hyphen' && nameWord(prev) && !own.has(prev.word)) joins = true;
    // so is a place or an organisation after a hyphen and a surname that a given name opens ("Rui Albuquerque-Santos",
    // not the city of Santos; "Maria Lopez-Paris"), though a link covers the surname ("the London-Paris route" keeps both)
    const before2 = tokens[a - 2];
    if (!joins && e.type !== 'person' && tokens[a]!.sep === 'hyphen' && prev?.cap && !prev.allCaps && prev.sep === 'space' && nameWord(before2) && !ctx.sentenceInitial(prev.start)) joins = true;
    // "Montenegro-Hart insisted …" after "Isabela Montenegro-Hart": a place or an organisation before a hyphen and a
    // name word is the first half of a double-barrelled surname the text writes after a given name elsewhere
    if (!joins && e.type !== 'person' && next?.sep === 'hyphen' && nameWord(next) && !own.has(next.word)) joins = surnameElsewhere(ctx, ctx.text.slice(l.start, next.end), l.start);
    if (!joins && next?.sep === 'space' && nameWord(next) && !own.has(next.word)) {
      // One word after it ("Vietnam War", "Kowloon West") or a run ending in an organization or place
      // word ("Moscow City Council"); not a person's name ("to Britain Liu Xiaming") nor a descriptor
      // before a title ("White House Press Secretary").
      let z = b + 1;
      while (z + 1 < tokens.length && tokens[z + 1]!.sep === 'space' && nameWord(tokens[z + 1])) z++;
      const last = tokens[z]!.word;
      const after = tokens[z + 1];
      const beforeTitle = after?.sep === 'space' && after.cap && PERSON_TITLES.has(after.word);
      const nameEnd = ORG_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last) || EVENT_WORDS.has(last);
      // "in Moscow Quorvia said": after a place cue the place stands alone (a company "Quorvia" in Moscow).
      const placeCue = PLACE_CUES.has(ctx.wordsBefore(l.start, 1)[0] ?? '');
      // A place before an organization's name: left to the unknown-name pass ("Moscow City Council").
      const orgAfterPlace = e.type === 'place' && ORG_SUFFIXES.has(last);
      joins = !beforeTitle && !orgAfterPlace && (nameEnd || (z === b + 1 && !placeCue && !org));
    }
    // "Academy of Vietnam": "X of <place>" where X ends an organization's or a place's name.
    const head = tokens[a - 2];
    if (!joins && e.type === 'place' && prev?.word === 'of' && !prev.cap && tokens[a]!.sep === 'space' &&
      prev.sep === 'space' && nameWord(head) && OF_HEADS.has(head.word)) joins = true;
    if (!joins) continue;
    dropped.add(l);
    if (!l.sense.full && !fullyNamed.has(l.entity)) {
      for (const o of linked) if (o.keyIndex === l.keyIndex && o.entity === l.entity) dropped.add(o);
    } else if (titleCaseAcronym) {
      // "Taylor Swift … Swift said": the bare word in title case is that person too; "SWIFT" stays the acronym
      for (const o of linked) if (o.keyIndex === l.keyIndex && o.entity === l.entity && !tokens[tokenAt(tokens, o.start)]?.allCaps) dropped.add(o);
    }
  }
  if (dropped.size === 0) return dropped;
  for (const l of dropped) {
    covered.fill(0, l.start, l.end);
    l.reason += '; dropped: part of a longer name';
  }
  return dropped;
}
