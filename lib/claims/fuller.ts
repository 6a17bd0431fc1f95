/**
 * The fullest name an article gives a short name the knowledge base lacks: "Tottenham" →
 * "Tottenham Hotspur" (the longest of the spotter's mentions of the same name), "DEA" → "Drug
 * Enforcement Administration" (the capitalised words written in the article whose initials it is).
 * So a speaker is named once the same way wherever the article shortens it.
 */

import type { Mention } from '../engine/types';
import { isAsciiUpper } from './chars';
import { ROLE_NOUNS, TITLES } from './lexicon';

/** Small words an acronym skips: "Department of Justice" → DOJ, "Bank for International Settlements" → BIS. */
const LINKS = new Set(['of', 'for', 'and', 'the', 'on', 'to', '&']);
/** Capitalised runs of words, with the small words that may stand inside a name. */
const RUN = /\p{Lu}[\p{L}’'.-]*(?:[ ]+(?:(?:of|for|and|the|on|to|&)[ ]+)*\p{Lu}[\p{L}’'.-]*)+/gu;

export type FullerName = (start: number, end: number, name: string) => string;

export function fullerNames(text: string, mentions: readonly Mention[]): FullerName {
  let groups: Map<string, string> | null = null;
  let acronyms: Map<string, string> | null = null;
  return (start, end, name) => {
    // the spotter's group of the same name: its longest written form
    const m = mentions.find((x) => x.entityId === null && x.groupKey && x.start < end && start < x.end);
    if (m?.groupKey) {
      if (!groups) {
        groups = new Map();
        for (const x of mentions) {
          if (x.entityId !== null || !x.groupKey) continue;
          const best = groups.get(x.groupKey);
          if (!best || x.text.length > best.length) groups.set(x.groupKey, x.text);
        }
      }
      const full = groups.has(m.groupKey) ? bare(groups.get(m.groupKey)!) : undefined;
      // (a form that holds the short one: "Tottenham Hotspur" for "Tottenham")
      if (full && full.length > name.length && full.includes(name)) return full;
    }
    if (isAcronym(name)) {
      acronyms ??= readAcronyms(text);
      return acronyms.get(name) ?? name;
    }
    return name;
  };
}

/** The name without the titles and roles before it and a generational suffix after it: "Cmdr. Sean Robertson" → "Sean Robertson". */
function bare(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && (words[0]!.endsWith('.') || TITLES.has(words[0]!.toLowerCase()) || ROLE_NOUNS.has(words[0]!.toLowerCase()))) words.shift();
  while (words.length > 1 && /^(?:Jr|Sr)\.?$/.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** Two to six capital letters: "DEA", "NHS". */
function isAcronym(name: string): boolean {
  if (name.length < 2 || name.length > 6) return false;
  for (let i = 0; i < name.length; i++) if (!isAsciiUpper(name.charCodeAt(i))) return false;
  return true;
}

/** The capitalised runs of the text by their initials (the first run written for each). */
function readAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(RUN)) {
    const words = m[0].split(/[ ]+/);
    // every way to read the run that starts at one of its words and ends at its last: "the US Drug Enforcement Administration"
    for (let from = 0; from < words.length - 1; from++) {
      if (LINKS.has(words[from]!)) continue;
      const kept = words.slice(from).filter((w) => !LINKS.has(w));
      if (kept.length < 2) break;
      const initials = kept.map((w) => w[0]).join('');
      if (!out.has(initials)) out.set(initials, words.slice(from).join(' ').replace(/['’]s$/u, ''));
    }
  }
  return out;
}
