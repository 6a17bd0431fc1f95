/**
 * The fullest name an article gives a short name the knowledge base lacks: "Tottenham" →
 * "Tottenham Hotspur" (the longest of the spotter's mentions of the same name), "DEA" → "Drug
 * Enforcement Administration" (the capitalised words written in the article whose initials it is).
 * So a speaker is named once the same way wherever the article shortens it.
 */

import type { Mention } from '../engine/types';
import { isAsciiUpper, isSpace, partitionPoint } from './chars';
import { ROLE_NOUNS, TITLES } from './lexicon';

/** Small words an acronym skips: "Department of Justice" → DOJ, "Bank for International Settlements" → BIS. */
const LINKS = new Set(['of', 'for', 'and', 'the', 'on', 'to', '&']);

export type FullerName = (start: number, end: number, name: string) => string;

/** The fuller-name lookup of one article; what it reads is worked out on first need. */
export function fullerNames(text: string, mentions: readonly Mention[]): FullerName {
  /** Whether the mentions are sorted by start (the spotter's are), so that a binary search finds one. */
  let sorted: boolean | null = null;
  /** The fuller form found per group key. */
  const groups = new Map<string, string>();
  const acronyms = new Map<string, string>();
  return (start, end, name) => {
    // a name of two or more words is full enough ("Sean Robertson"): only a single word is looked up
    if (name.includes(' ')) return name;
    sorted ??= mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start);
    const m = sorted ? mentionOver(mentions, start, end) : mentions.find((x) => x.start < end && start < x.end);
    if (m && m.entityId === null && m.groupKey) {
      let full = groups.get(m.groupKey);
      if (full === undefined) {
        // the group's longest written form, without titles
        let longest = m.text;
        for (const x of mentions) if (x.groupKey === m.groupKey && x.entityId === null && x.text.length > longest.length) longest = x.text;
        groups.set(m.groupKey, (full = bare(longest)));
      }
      // (a form that holds the short one: "Tottenham Hotspur" for "Tottenham"; not as a part of a hyphenated word:
      // "Brightmark-Ostend Pro Cycling", a team named after its sponsor, is not the sponsor Brightmark)
      const at = full.length > name.length ? full.indexOf(name) : -1;
      if (at >= 0 && full.charCodeAt(at + name.length) !== 0x2d && full.charCodeAt(at - 1) !== 0x2d) return full;
    }
    if (!isAcronym(name)) return name;
    let spelled = acronyms.get(name);
    if (spelled === undefined) acronyms.set(name, (spelled = spellOut(text, name) ?? definedBefore(text, name) ?? name));
    return spelled;
  };
}

/** The mention over [start, end) in mentions sorted by start (they do not overlap), if any. */
function mentionOver(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  const m = mentions[partitionPoint(mentions.length, (i) => mentions[i]!.end <= start)];
  return m && m.start < end ? m : undefined;
}

/**
 * The name without the titles, roles and possessives before it and a generational suffix after it: "Cmdr. Sean
 * Robertson" → "Sean Robertson".
 */
function bare(name: string): string {
  const words = name.split(' ');
  // (and a possessive before the name: "Wexcombe's Lindqvist" is Lindqvist)
  while (words.length > 1 && (words[0]!.endsWith('.') || /['’]s$/u.test(words[0]!) || TITLES.has(words[0]!.toLowerCase()) || ROLE_NOUNS.has(words[0]!.toLowerCase()))) words.shift();
  while (words.length > 1 && /^(?:Jr|Sr)\.?$/.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** Two to six capital letters: "DEA", "NHS". */
function isAcronym(name: string): boolean {
  if (name.length < 2 || name.length > 6) return false;
  for (let i = 0; i < name.length; i++) if (!isAsciiUpper(name.charCodeAt(i))) return false;
  return true;
}

/**
 * The first run of capitalised words in the text whose initials spell the acronym, small linking
 * words allowed between them: "DEA" → "Drug Enforcement Administration". Null when none.
 */
function spellOut(text: string, acronym: string): string | null {
  const first = acronym[0]!;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    // a word's first letter, and not the acronym itself
    if (at > 0 && !isSpace(text.charCodeAt(at - 1)) && text[at - 1] !== '(' && text[at - 1] !== '“' && text[at - 1] !== '"') continue;
    const end = readInitials(text, at, acronym);
    // (without a closing possessive: "the English Football League's approval" names the league)
    if (end > 0) return text.slice(at, end).replace(/['’]s$/u, '');
  }
  return null;
}

/**
 * The capitalised words written right before "(ACRONYM)", small linking words allowed between them, where their
 * initials do not spell it: "the Panama Canal Authority (ACP)" → "Panama Canal Authority". Null when the text
 * defines the acronym nowhere so.
 */
function definedBefore(text: string, acronym: string): string | null {
  const at = text.indexOf(`(${acronym})`);
  if (at < 2 || text[at - 1] !== ' ') return null;
  const words = text.slice(Math.max(0, at - 120), at - 1).split(' ');
  let n = 0;
  for (let k = words.length - 1; k >= 0 && words.length - k <= 8; k--) {
    const w = words[k]!;
    if (/^\p{Lu}[\p{L}’'.-]*$/u.test(w)) n = words.length - k;
    else if (!(LINKS.has(w) && n > 0)) break;
  }
  // (a run that opens with a linking word is read from its first capital)
  return n > 0 ? words.slice(words.length - n).join(' ') : null;
}

/** Where the words from `at` whose initials spell `acronym` end (single spaces between, links skipped), or -1. */
function readInitials(text: string, at: number, acronym: string): number {
  let i = at;
  let k = 0;
  let end = -1;
  while (k < acronym.length) {
    // the word from i: letters and the joiners a name holds
    let j = i;
    while (j < text.length && /[\p{L}’'.-]/u.test(text[j]!)) j++;
    if (j === i) return -1;
    const word = text.slice(i, j);
    if (text[i] === acronym[k] && word.length > 1 && !isAsciiUpper(text.charCodeAt(i + 1))) {
      k++;
      end = j;
    } else if (!(k > 0 && LINKS.has(word))) return -1;
    if (k === acronym.length) break;
    if (text[j] !== ' ') return -1;
    i = j + 1;
  }
  return end;
}
