/**
 * The people (and organisations) an article talks about, in order of appearance: the engine's
 * mentions first, then capitalised names the knowledge base does not hold ("Anna Kowalski",
 * "J. D. Vance"). Each referent carries the descriptors written next to it ("Ukrainian
 * President", "special adviser", ", the French envoy,") so that "the Ukrainian leader" can later
 * be resolved to it.
 */

import type { Mention } from '../engine/types';
import { CAP_STOP, NON_PERSON_WORDS, ROLE_ADJ, ROLE_NOUNS, SPEECH_VERBS, TITLES, isCapitalised, tokenize } from './lexicon';

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

const PARTICLE = String.raw`(?:(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|al|ten|ter)[ ]+)?`;
const NAME = new RegExp(String.raw`(?:\p{Lu}\.[ ]?)+\p{Lu}[\p{L}’'\-]+|\p{Lu}[\p{L}’'\-]*(?:[ ]+${PARTICLE}(?:\p{Lu}\.[ ]?)*\p{Lu}[\p{L}’'\-]*)*`, 'gu');

/** Descriptor words written just before `start`: "Ukrainian President", "special adviser". */
export function descriptorsBefore(text: string, start: number): string[] {
  const toks = tokenize(text, Math.max(0, start - 60), start);
  const out: string[] = [];
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    const gap = text.slice(t.end, i === toks.length - 1 ? start : toks[i + 1]!.start);
    const l = t.lower.replace(/['’]s$/, '');
    // spaces only, or the period of a title: "Ms. Ruiz", "Dr. Achebe"
    if (/[^ \t\u00a0]/.test(gap) && !(TITLES.has(l) && /^\.[ \t]+$/.test(gap))) break;
    if (ROLE_NOUNS.has(l) || ROLE_ADJ.has(l) || TITLES.has(l.replace(/\.$/, '')) || (isCapitalised(t.text) && !CAP_STOP.has(t.text))) {
      out.push(l);
    } else break;
  }
  return out;
}

/** Descriptor words of an appositive after `end`: ", the French envoy," / ", a senior adviser,". */
export function descriptorsAfter(text: string, end: number): string[] {
  const m = /^,\s+(?:(?:the|a|an|his|her)\s+)?([^,.;:"“”]{2,60}?)(?:,|\.|$)/u.exec(text.slice(end, end + 80));
  if (!m) return [];
  const toks = tokenize(m[1]!).map((t) => t.lower);
  return toks.some((t) => ROLE_NOUNS.has(t)) ? toks : [];
}

function hasPersonEvidence(text: string, start: number, end: number): boolean {
  const before = descriptorsBefore(text, start);
  if (before.some((w) => ROLE_NOUNS.has(w) || TITLES.has(w.replace(/\.$/, '')))) return true;
  if (descriptorsAfter(text, end).length) return true;
  const after = text.slice(end, end + 90);
  if (/^,\s+(?:who|\d{1,3},)/.test(after)) return true;
  const roleBefore = /([\p{L}]+)(?:['’]s)?,\s*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase();
  if (roleBefore && (ROLE_NOUNS.has(roleBefore) || TITLES.has(roleBefore))) return true;
  const apposition = /^,\s+([^,.;"“”]{2,60}),\s+([a-z]+)/.exec(after.length < 40 ? after : text.slice(end, end + 90));
  if (apposition && SPEECH_VERBS.has(apposition[2]!) && apposition[1]!.split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase()))) return true;
  // "Amira Hassan said" / "…, Amira Hassan, said" (an appositive name between commas)
  const appositive = /,\s$/.test(text.slice(Math.max(0, start - 2), start)) && !/\bof\s*$/.test(text.slice(Math.max(0, start - 6), start));
  const next = (appositive ? /^,?\s+(?:(?:also|has|had|later|then|further)\s+)?([a-z]+)/ : /^\s+(?:(?:also|has|had|later|then|further)\s+)?([a-z]+)/).exec(after)?.[1];
  if (next && SPEECH_VERBS.has(next)) return true;
  const prev = /([a-z]+)[,\s]+$/.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  return !!prev && SPEECH_VERBS.has(prev) && /["”],?\s*[a-z]+\s+$/.test(text.slice(Math.max(0, start - 30), start));
}

/** Capitalised names not covered by a mention, with the tokens of a leading stop word removed. */
function textNames(text: string, mentions: readonly Mention[]): Array<{ start: number; end: number; name: string }> {
  const out: Array<{ start: number; end: number; name: string }> = [];
  /** Last words of the multi-word names met so far, and of the mentions. */
  const known = new Set(mentions.map((m) => m.text.split(/\s+/).pop()!.toLowerCase()));
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    let start = m.index;
    let name = m[0];
    while (true) {
      const first = /^[\p{L}’'\-.]+/u.exec(name)?.[0] ?? '';
      if (!CAP_STOP.has(first) && !TITLES.has(first.toLowerCase().replace(/\.$/, ''))) break;
      const rest = /^[\p{L}’'\-.]+\s+/u.exec(name);
      if (!rest) {
        name = '';
        break;
      }
      start += rest[0].length;
      name = name.slice(rest[0].length);
    }
    name = name.replace(/['’]s$/u, '');
    // "Ukrainian President Volodymyr Zelenskyy" → "Volodymyr Zelenskyy": titles and roles are descriptors
    const parts = name.split(/ +/);
    let cut = -1;
    parts.forEach((w, i) => {
      const l = w.toLowerCase().replace(/\.$/, '');
      if (TITLES.has(l) || ROLE_NOUNS.has(l) || ROLE_ADJ.has(l)) cut = i;
    });
    if (cut >= 0) {
      if (cut === parts.length - 1) continue;
      const drop = parts.slice(0, cut + 1).join(' ').length + 1;
      start += drop;
      name = name.slice(drop);
    }
    // "Later Morel": a sentence-opening word before a name already known is not part of it
    const words = name.split(/ +/);
    if (words.length > 1 && /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(Math.max(0, start - 4), start)) && known.has(words[words.length - 1]!.toLowerCase()) && !known.has(words[0]!.toLowerCase())) {
      const drop = words[0]!.length + 1;
      start += drop;
      name = name.slice(drop);
    }
    if (!name || name.length < 2) continue;
    const end = start + name.length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    out.push({ start, end, name });
    const parts2 = name.split(/ +/);
    if (parts2.length > 1) known.add(parts2[parts2.length - 1]!.toLowerCase());
  }
  return out;
}

/** The referents of an article, sorted by position. */
export function findReferents(text: string, mentions: readonly Mention[]): Referent[] {
  const out: Referent[] = [];
  const describe = (s: number, e: number): Set<string> => new Set([...descriptorsBefore(text, s), ...descriptorsAfter(text, e)]);
  for (const m of mentions) {
    if (m.type !== 'person' && m.type !== 'organization') continue;
    const last = m.text.split(/\s+/).pop() ?? m.text;
    out.push({
      start: m.start,
      end: m.end,
      name: m.text,
      entityId: m.entityId,
      person: m.type === 'person',
      descriptors: describe(m.start, m.end),
      key: m.entityId ?? last.toLowerCase(),
    });
  }
  const personKeys = new Map<string, Referent>();
  for (const r of out) if (r.person) personKeys.set(r.key, r);
  for (const r of out) if (r.person) personKeys.set(r.name.split(/\s+/).pop()!.toLowerCase(), r);
  const names = textNames(text, mentions).map((n) => {
    const tokens = n.name.split(/\s+/);
    const last = tokens[tokens.length - 1]!.toLowerCase();
    const orgLike = tokens.some((t) => NON_PERSON_WORDS.has(t.toLowerCase()));
    return { ...n, last, orgLike, evidence: !orgLike && hasPersonEvidence(text, n.start, n.end) };
  });
  // a surname that speaks makes the full name written earlier a person too ("John Park …", "said Park")
  const speaking = new Set(names.filter((n) => n.evidence).map((n) => n.last));
  for (const n of names) {
    const { last, orgLike } = n;
    const known = personKeys.get(last);
    const person = !!known || n.evidence || (!orgLike && speaking.has(last) && n.name.includes(' '));
    if (!person) continue;
    const ref: Referent = {
      start: n.start,
      end: n.end,
      name: n.name,
      entityId: known?.entityId ?? null,
      person: true,
      descriptors: describe(n.start, n.end),
      key: known?.key ?? last,
    };
    if (!known) personKeys.set(last, ref);
    out.push(ref);
  }
  out.sort((a, b) => a.start - b.start);
  // descriptors written at any mention belong to the referent everywhere
  const merged = new Map<string, Set<string>>();
  for (const r of out) {
    const set = merged.get(r.key) ?? new Set<string>();
    for (const d of r.descriptors) set.add(d);
    merged.set(r.key, set);
  }
  for (const r of out) r.descriptors = merged.get(r.key)!;
  return out;
}
