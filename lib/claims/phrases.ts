/**
 * Noun phrases around a speech verb, walking over word tokens: the subject before it ("the
 * Ukrainian leader", "Office for National Statistics", "he") and the speaker after it in an
 * inverted attribution ("said Dr. Mary Hamel").
 */

import { withoutPossessive } from './chars';
import { CAP_STOP, GROUP_NOUNS, PRONOUNS, ROLE_ADJ, ROLE_NOUNS, TITLES, isCapitalised, isOccupation, type Token } from './lexicon';

export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
/** Determiners that open an unnamed speaker: "one Weibo commenter", "a local resident", "a banker familiar with …". */
export const UNNAMED_OPENERS = new Set(['a', 'an', 'one', 'another']);
/** The nouns for someone who speaks for a body: "a spokesman for the ministry". */
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

export const spacesOnly = (s: string): boolean => /^[ \t\u00a0]*$/.test(s);

/** spacesOnly(s.slice(from, to)), read in place: only spaces, tabs and no-break spaces (or nothing) between. */
export function spacesBetween(s: string, from: number, to: number): boolean {
  const end = Math.min(to, s.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** /^\p{Ll}+$/u.test(w), by characters for a word of ASCII letters. */
export function allLower(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) continue;
    return c >= 0x80 && /^\p{Ll}+$/u.test(w);
  }
  return true;
}

/**
 * A plain word before a name in an inverted attribution: lower case, hyphenated or not ("said co-author Dr. Kenji …"),
 * or an age ("…," wrote 43-year-old Martin Taylor).
 */
const plain = (t: Token): boolean => allLower(t.text) || /^\d{1,3}-year-old$/.test(t.text) || /^\p{Ll}+-\p{Ll}+$/u.test(t.text);

/** Linking words that may stand inside a noun phrase read forward: /^(of|for|at|from)$/. */
const LINKS_AFTER = new Set(['of', 'for', 'at', 'from']);

export function npWord(t: Token): boolean {
  // (as .replace(/['’]s$/, ''))
  const l = withoutPossessive(t.lower);
  return (isCapitalised(t.text) && !CAP_STOP.has(t.text)) || ROLE_NOUNS.has(l) || ROLE_ADJ.has(l) || GROUP_NOUNS.has(l);
}

const isHead = (t: Token): boolean => GROUP_NOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower);

/** The subject noun phrase ending at token index j (walking back), in order. */
export function phraseBefore(toks: Token[], j: number, masked: string): Token[] {
  // (no read at index -1: it is slow, for every read at its site)
  const t = j >= 0 ? toks[j] : undefined;
  if (!t) return [];
  if (PRONOUNS.has(t.lower) || t.text === 'who' || t.text === 'which') return [t];
  const out: Token[] = [];
  for (let k = j; k >= 0; k--) {
    const tk = toks[k]!;
    if (k < j && !spacesBetween(masked, tk.end, toks[k + 1]!.start)) break;
    if (DETERMINERS.has(tk.lower)) {
      if (out.length) out.unshift(tk);
      // "the Office of the President": "the" after "of" inside a capitalised name goes on to the name's start
      const of = k >= 1 ? toks[k - 1] : undefined;
      const named = k >= 2 ? toks[k - 2] : undefined;
      if (tk.lower === 'the' && out.length > 1 && isCapitalised(out[1]!.text) && of && named && (of.lower === 'of' || of.lower === 'for') && isCapitalised(named.text) && spacesBetween(masked, of.end, tk.start)) continue;
      // "A spokesman for the regional prosecutor's office said": a spokesperson for the body goes on to the spokesperson
      if (tk.lower === 'the' && out.length > 1 && of?.lower === 'for' && named && SPOKES.has(named.lower) && spacesBetween(masked, of.end, tk.start) && spacesBetween(masked, named.end, of.start)) continue;
      break;
    }
    // "Bank of England"; "China's ambassador to Britain", "the secretary of state": a role before the link
    const link = out.length && (tk.lower === 'of' || tk.lower === 'for' || tk.lower === 'to');
    const before = k >= 1 ? toks[k - 1] : undefined;
    // ("The state government of Mecklenburg-Western Pomerania": a group's noun before "of" and a name)
    const bodyOf = tk.lower === 'of' && out.length > 0 && isCapitalised(out[0]!.text) && before !== undefined && allLower(before.text) && GROUP_NOUNS.has(before.lower);
    if (!npWord(tk) && !bodyOf && !(link && before && ((tk.lower !== 'to' && isCapitalised(before.text)) || ROLE_NOUNS.has(before.lower)))) {
      // "the production company said": up to two plain words between a determiner and a group or role noun
      if (out.length && (isHead(out[out.length - 1]!) || (out.length > 1 && out[1]!.lower === 'of' && isHead(out[0]!)))) {
        let d = k;
        while (d > k - 2 && d > 0 && allLower(toks[d]!.text) && !DETERMINERS.has(toks[d]!.lower) && spacesBetween(masked, toks[d - 1]!.end, toks[d]!.start)) d--;
        if (DETERMINERS.has(toks[d]!.lower) && allLower(tk.text)) {
          for (let m = k; m >= d; m--) out.unshift(toks[m]!);
        }
      }
      break;
    }
    out.unshift(tk);
  }
  while (out.length && (out[0]!.lower === 'of' || out[0]!.lower === 'for')) out.shift();
  return out;
}

/** "Workers' Unions": a plural possessive apostrophe and spaces between two words of a name. */
export function pluralPossessiveGap(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  return text.charCodeAt(from - 1) === 0x73 && (c === 0x27 || c === 0x2019) && spacesBetween(text, from + 1, to);
}

/** The noun phrase starting at token index j (walking forward). */
export function phraseAfter(toks: Token[], j: number, masked: string, max = 8): Token[] {
  const out: Token[] = [];
  let described = false;
  for (let k = j; k < toks.length && out.length < max; k++) {
    const tk = toks[k]!;
    if (k > j && !spacesBetween(masked, toks[k - 1]!.end, tk.start) && !(TITLES.has(toks[k - 1]!.lower) && /^\.\s+$/.test(masked.slice(toks[k - 1]!.end, tk.start)))) {
      // ("the Federation of South African Workers' Unions": a plural possessive inside a name goes on)
      if (!(isCapitalised(tk.text) && isCapitalised(toks[k - 1]!.text) && pluralPossessiveGap(masked, toks[k - 1]!.end, tk.start))) break;
    }
    if (k === j && PRONOUNS.has(tk.lower)) return [tk];
    // ("…,” said one European official: "one" or "another" opens a description as an article does)
    if ((DETERMINERS.has(tk.lower) || (k === j && (tk.lower === 'one' || tk.lower === 'another'))) && !out.length) {
      out.push(tk);
      continue;
    }
    // "…," said planetary geologist Rosaly Lopes: up to three plain words before a name of two words or more
    if (!out.length && k === j && plain(tk) && !npWord(tk)) {
      let h = k;
      while (h < Math.min(toks.length, k + 3) && plain(toks[h]!) && !DETERMINERS.has(toks[h]!.lower) && spacesBetween(masked, toks[h]!.end, toks[h + 1]?.start ?? toks[h]!.end)) h++;
      // (a title before the name: "said co-author Dr. Kenji Arakawa-Brandt")
      const titled = toks[h] && toks[h + 1] && TITLES.has(toks[h]!.lower) && /^\.?\s+$/.test(masked.slice(toks[h]!.end, toks[h + 1]!.start)) ? 1 : 0;
      const name = toks[h + titled];
      const second = toks[h + titled + 1];
      if (h > k && name && second && isCapitalised(name.text) && !CAP_STOP.has(name.text) && isCapitalised(second.text) && spacesBetween(masked, name.end, second.start)) {
        for (; k < h; k++) out.push(toks[k]!);
        // (the person's name ends before "of": "Rosaly Lopes of NASA's Jet Propulsion Laboratory")
        described = true;
        k--;
        continue;
      }
    }
    // "a local police source": plain words before a group or role noun belong to the phrase
    // ("…,” said a banker familiar with the talks": after "a", "an", "one" or "another", so does an occupation; the
    // phrase ends with it)
    if (out.length === 1 && (DETERMINERS.has(out[0]!.lower) || UNNAMED_OPENERS.has(out[0]!.lower)) && !npWord(tk)) {
      const unnamed = UNNAMED_OPENERS.has(out[0]!.lower);
      const headAt = (t: Token): boolean => isHead(t) || (unnamed && allLower(t.text) && isOccupation(t.lower));
      let h = k;
      while (h < Math.min(toks.length, k + 3) && !headAt(toks[h]!) && spacesBetween(masked, toks[h]!.end, toks[h + 1]?.start ?? toks[h]!.end)) h++;
      if (h < toks.length && h <= k + 2 && headAt(toks[h]!) && spacesBetween(masked, toks[h - 1]!.end, toks[h]!.start)) {
        for (; k <= h; k++) out.push(toks[k]!);
        if (!isHead(toks[h]!)) break;
        k--;
        continue;
      }
    }
    // ("…,” said a union member who took part": a person's noun after a group's noun in lower case ends the phrase)
    const prev = out[out.length - 1];
    if (prev && allLower(prev.text) && GROUP_NOUNS.has(prev.lower) && allLower(tk.text) && isOccupation(tk.lower)) {
      out.push(tk);
      break;
    }
    if (!npWord(tk) && !(out.length && !described && LINKS_AFTER.has(tk.lower) && npWord(toks[k + 1] ?? tk))) break;
    out.push(tk);
  }
  return out;
}
