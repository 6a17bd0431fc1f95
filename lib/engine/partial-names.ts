/**
 * Partial names of people the article named in full: a later bare surname ("Witkoff" after
 * "Steve Witkoff") links to the same person, even when the surname is no alias; so does a bare
 * first name ("Keir" after "Keir Starmer") when capitalized and not a sentence-initial common word.
 * An organization named with a nationality word ("Chinese Communist Party") is also named later
 * without it ("Communist Party").
 * Without a full name, a surname right after a title ("Mr. Witkoff") links when only one person
 * in the knowledge base has it.
 */
import type { Dictionary, Sense } from './candidates';
import type { ArticleContext } from './context';
import type { Linked } from './disambiguate';
import { F_UPPER, F_WORD } from './normalize';
import { COMMON_WORD_NAMES, isDemonym, NAME_CONNECTORS, NOT_NAMES, PERSON_TITLES } from './words';

interface FullMention {
  entity: number;
  start: number;
  end: number;
}

/** Common words ("Will", "May") may still be first names; their sentence-start use is checked later. */
function usableToken(t: string, allowCommon: boolean): boolean {
  return t.length >= 2 && !PERSON_TITLES.has(t) && !NAME_CONNECTORS.has(t) && (allowCommon || !NOT_NAMES.has(t));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How many of `fulls` (sorted by end) end at or before `at`. */
function countEndingBy(fulls: readonly FullMention[], at: number): number {
  let lo = 0;
  let hi = fulls.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fulls[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function linkPartialNames(
  dict: Dictionary, ctx: ArticleContext, linked: readonly Linked[], covered: Uint8Array,
): Linked[] {
  const surnames = new Map<string, FullMention[]>();
  const firstNames = new Map<string, FullMention[]>();
  const orgTails = new Map<string, FullMention[]>();
  for (const l of linked) {
    const e = dict.entities[l.entity]!;
    if (e.type === 'organization') {
      // "Chinese Communist Party" → later "Communist Party": the name without its nationality word.
      const words = l.key.split(' ');
      const rest = words.slice(1).join(' ');
      if (words.length >= 3 && isDemonym(words[0]!) && dict.trie.lookup(rest) < 0) {
        push(orgTails, rest, { entity: l.entity, start: l.start, end: l.end });
      }
      continue;
    }
    if (e.type !== 'person' || !l.key.includes(' ')) continue;
    const words = l.key.split(' ');
    const full = { entity: l.entity, start: l.start, end: l.end };
    const last = words[words.length - 1]!;
    const first = words[0]!;
    if (usableToken(last, false) && dict.trie.lookup(last) < 0) push(surnames, last, full);
    if (usableToken(first, true) && dict.trie.lookup(first) < 0) push(firstNames, first, full);
  }
  const out: Linked[] = [];
  const free = (at: number, end: number): boolean => {
    for (let i = at; i < end; i++) if (covered[i]) return false;
    return (ctx.norm.flags[at]! & F_UPPER) !== 0;
  };
  const add = (key: string, at: number, full: FullMention, what: string, confidence: number): void => {
    const end = at + key.length;
    const e = dict.entities[full.entity]!;
    const sense: Sense = { entity: full.entity, linkOnly: false, acronym: false, lowerStart: false, full: false };
    out.push({
      start: at, end, entity: full.entity, sense, key, keyIndex: -1, confidence,
      reason: `${what} "${key}" of ${e.name} (${e.type}), named in full at ${full.start}`,
    });
    covered.fill(1, at, end);
  };

  for (const [key, fulls] of surnames) {
    const people = new Set(fulls.map((f) => f.entity));
    fulls.sort((a, b) => a.end - b.end);
    for (const at of ctx.occurrences(key)) {
      if (!free(at, at + key.length)) continue;
      // The person named in full most recently before this point, else the first one named after it.
      const n = countEndingBy(fulls, at);
      const full = fulls[n - 1] ?? fulls[0]!;
      const conf = (people.size > 1 ? 0.6 : 0.85) - (n === 0 ? 0.15 : 0);
      add(key, at, full, people.size > 1 ? 'surname (shared; nearest full name)' : 'surname', conf);
    }
  }
  for (const [key, fulls] of orgTails) {
    if (new Set(fulls.map((f) => f.entity)).size > 1) continue;
    for (const at of ctx.occurrences(key)) {
      if (at < fulls[0]!.end || !free(at, at + key.length)) continue;
      add(key, at, fulls[0]!, 'short name', 0.75);
    }
  }
  for (const [key, fulls] of firstNames) {
    if (new Set(fulls.map((f) => f.entity)).size > 1) continue;
    const firstFull = fulls[0]!;
    for (const at of ctx.occurrences(key)) {
      if (at < firstFull.end || !free(at, at + key.length)) continue;
      if (COMMON_WORD_NAMES.has(key) && ctx.sentenceInitial(at)) continue;
      add(key, at, firstFull, 'first name', 0.7);
    }
  }
  return out;
}

/** "Mr. Witkoff", "President Macron": a title, then the surname of exactly one person in the dictionary. */
export function linkTitledSurnames(dict: Dictionary, ctx: ArticleContext, covered: Uint8Array): Linked[] {
  if (dict.surnames.size === 0) return [];
  const { flags } = ctx.norm;
  const s = ctx.normString;
  const out: Linked[] = [];
  for (const title of PERSON_TITLES) {
    if (title.includes('.')) continue;
    for (const at of ctx.occurrences(title)) {
      let i = at + title.length;
      if (s[i] === '.') i++;
      if (s[i] !== ' ') continue;
      while (s[i] === ' ') i++;
      let end = i;
      while (end < s.length && flags[end]! & F_WORD) end++;
      if (end === i || !(flags[i]! & F_UPPER) || covered[i]) continue;
      // "Professor Anand Chaudhary": a capitalised word right after makes the titled word a first name
      let k = end;
      while (s[k] === ' ') k++;
      if (k > end && k < s.length && flags[k]! & F_UPPER) continue;
      const people = dict.surnames.get(s.slice(i, end));
      if (people?.length !== 1) continue;
      const entity = people[0]!;
      const e = dict.entities[entity]!;
      const sense: Sense = { entity, linkOnly: false, acronym: false, lowerStart: false, full: false };
      out.push({
        start: i, end, entity, sense, key: s.slice(i, end), keyIndex: -1, confidence: 0.6,
        reason: `surname "${s.slice(i, end)}" after title "${title}": the only ${e.name} in the knowledge base`,
      });
      covered.fill(1, i, end);
    }
  }
  return out;
}
