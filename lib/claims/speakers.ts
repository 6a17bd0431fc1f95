/**
 * Who says a sentence: "X said", "said X" (after a quotation), "X added/told/wrote/stressed",
 * "X, who spoke to reporters, said", "X, who suggested …", "according to X", "he said",
 * "the Ukrainian leader said". Works on the text with quotations masked, so words inside a
 * quotation are never taken for its attribution.
 */

import { GROUP_NOUNS, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS, isCapitalised, tokenize, type Token } from './lexicon';
import { DETERMINERS, phraseAfter, phraseBefore, spacesOnly } from './phrases';
import { descriptorsAfter } from './names';
import { resolveName, resolvePronoun, resolveRole, toSpeaker, type ResolveState, type Speaker } from './resolve';

export interface Attribution {
  speaker: Speaker;
  /** Referent key when the speaker is a known referent. */
  key: string | null;
  /** Where the attributing verb (or "according") stands. */
  at: number;
  /** 3 name, 2 role or "according to", 1 pronoun or group. */
  tier: number;
  according: boolean;
}

const SKIP_BACK = new Set('has have had also later previously repeatedly earlier recently then further reportedly publicly again once has not never had just already'.split(' '));

const ORG_HEADS = new Set('company firm group bank agency ministry organisation organization union party club alliance government carrier airline maker manufacturer retailer insurer broadcaster newspaper charity'.split(' '));

/** Classifies a noun phrase (tokens in order) that stands as the subject of a speech verb. */
function classify(text: string, np: Token[], state: ResolveState, exclude: ReadonlySet<string>, at: number): Attribution | null {
  const first = np[0]!;
  const last = np[np.length - 1]!;
  const phrase = text.slice(first.start, last.end).replace(/['’]s$/u, '');
  const mk = (speaker: Speaker, key: string | null, tier: number): Attribution => ({ speaker, key, at, tier, according: false });
  if (np.length === 1 && PRONOUNS.has(first.lower)) {
    if (first.lower === 'they') return state.lastGroup ? mk({ ...state.lastGroup, start: first.start, end: first.end }, null, 1) : null;
    if (first.lower !== 'he' && first.lower !== 'she') return null;
    const r = resolvePronoun(state, first.start, exclude, first.lower);
    return r ? mk(toSpeaker(state, r, first.start, first.end), r.key, 1) : null;
  }
  if (np.length === 1 && first.lower === 'who') {
    const r = [...state.referents].reverse().find((x) => x.end <= first.start && /^,?\s*$/.test(text.slice(x.end, first.start)));
    return r ? mk(toSpeaker(state, r, r.start, r.end), r.key, 3) : null;
  }
  const named = state.referents.find((r) => r.start < last.end && last.start < r.end);
  if (named) return mk(toSpeaker(state, named, named.start, named.end), named.key, named.person ? 3 : 2);
  const words = np.filter((t) => !DETERMINERS.has(t.lower));
  const head = words[words.length - 1]?.lower.replace(/['’]s$/, '') ?? '';
  if (ROLE_NOUNS.has(head) && DETERMINERS.has(first.lower)) {
    const mods = words.slice(0, -1).map((t) => t.lower);
    const r = resolveRole(state, mods, head, first.start, exclude);
    if (r) return mk(toSpeaker(state, r, first.start, last.end), r.key, 2);
    return mk({ entityId: null, name: phrase, start: first.start, end: last.end }, null, 1);
  }
  if (ORG_HEADS.has(head) && first.lower === 'the') {
    // "the company said" → the organisation named last, when the mentions hold one
    const org = [...state.referents].reverse().find((r) => !r.person && r.end <= first.start && r.end > first.start - 1500);
    if (org) return mk(toSpeaker(state, org, first.start, last.end), org.key, 2);
  }
  if (GROUP_NOUNS.has(head) || ROLE_NOUNS.has(head)) {
    // "The Office for National Statistics" → without the article; "the ministry" keeps it
    const from = isCapitalised(words[0]?.text ?? '') && words[0] ? words[0] : first;
    return mk({ entityId: null, name: text.slice(from.start, last.end).replace(/['’]s$/u, ''), start: from.start, end: last.end }, null, 1);
  }
  const caps = words.filter((t) => isCapitalised(t.text));
  if (!caps.length) return null;
  const r = resolveName(state, caps[0]!.start, last.end, phrase);
  if (r) return mk(toSpeaker(state, r, caps[0]!.start, last.end), r.key, r.person ? 3 : 2);
  return mk({ entityId: null, name: text.slice(caps[0]!.start, last.end).replace(/['’]s$/u, ''), start: caps[0]!.start, end: last.end }, null, 2);
}

/** Attributions found in masked.slice(from, to), best first (highest tier, then earliest). */
export function findAttributions(
  text: string,
  masked: string,
  from: number,
  to: number,
  state: ResolveState,
  exclude: ReadonlySet<string>,
  /** tokenize(masked, from, to), when the caller has them. */
  tokens?: Token[],
): Attribution[] {
  const toks = tokens ?? tokenize(masked, from, to);
  const out: Attribution[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      const np = phraseAfter(toks, i + 2, masked);
      const a = np.length ? classify(text, np, state, exclude, t.start) : null;
      if (a) out.push({ ...a, tier: Math.max(a.tier, 2), according: true });
      continue;
    }
    if (!SPEECH_VERBS.has(t.lower)) continue;
    let j = i - 1;
    // "Smith was quoted as saying …"
    if (t.lower.endsWith('ing')) {
      if (toks[j]?.lower !== 'as' || toks[j - 1]?.lower !== 'quoted') continue;
      j -= 2;
      if (toks[j]?.lower === 'was' || toks[j]?.lower === 'is') j--;
    }
    while (j >= 0 && SKIP_BACK.has(toks[j]!.lower) && spacesOnly(masked.slice(toks[j]!.end, toks[j + 1]!.start))) j--;
    const gap = j >= 0 ? masked.slice(toks[j]!.end, toks[j + 1]!.start) : masked.slice(from, t.start);
    let a: Attribution | null = null;
    const np = j >= 0 && spacesOnly(gap) ? phraseBefore(toks, j, masked) : [];
    if (np.length) a = classify(text, np, state, exclude, t.start);
    else if (j >= 0 && /^,\s*$/.test(gap)) {
      // "X, who spoke to reporters, said" / "X, a senior adviser, said"
      const r =
        state.referents.find((x) => x.person && x.end === toks[j]!.end && x.start >= from) ??
        state.referents.find(
          (x) => x.start >= from && x.end < t.start && (/^,\s+(?:who|a|an|the|his|her|\d)/.test(text.slice(x.end, x.end + 12)) || descriptorsAfter(text, x.end).length > 0),
        );
      if (r) a = { speaker: toSpeaker(state, r, r.start, r.end), key: r.key, at: t.start, tier: 3, according: false };
      // "The developer, Keelson Group, said": a capitalised appositive right before the comma
      const before = phraseBefore(toks, j, masked);
      if (!a && before.length && isCapitalised(before[0]!.text) && /,\s*$/.test(masked.slice(Math.max(from, before[0]!.start - 3), before[0]!.start))) {
        a = classify(text, before, state, exclude, t.start);
      }
      // "The trial's lead author, Prof. Tinto of the Nanoro unit in Burkina Faso, said": the first person of the clause
      const first = !a && state.referents.find((x) => x.person && x.start >= from && x.end < t.start && masked[x.start] !== '"');
      if (first) a = { speaker: toSpeaker(state, first, first.start, first.end), key: first.key, at: t.start, tier: 2, according: false };
    }
    if (!a && /["”,]\s*$/.test(gap) && !/\p{L}/u.test(gap)) {
      // inverted after a quotation: "…,” said the minister.
      const np = phraseAfter(toks, i + 1, masked);
      if (np.length && spacesOnly(masked.slice(t.end, np[0]!.start))) a = classify(text, np, state, exclude, t.start);
    }
    if (!a && toks[j]?.lower === 'and' && toks[0]) {
      // "The ministry disputes that figure and says …": the subject that opens the sentence
      const opening = phraseAfter(toks, 0, masked);
      if (opening.length) a = classify(text, opening, state, exclude, t.start);
    }
    if (a) out.push(a);
  }
  return out.sort((x, y) => y.tier - x.tier || x.at - y.at);
}
