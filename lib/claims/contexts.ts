/**
 * Matching a claim to the knowledge base's contexts. A context matches when one of its trigger
 * entities is mentioned in the claim's sentence or paragraph and one of its terms appears in the
 * sentence, or when two or more of its terms appear in the sentence. Strength: 2 per term found,
 * 2 for a trigger entity in the sentence, 1 for one only in the paragraph.
 *
 * The contexts' terms are indexed once per contexts list (one-word terms by stem, phrases by
 * their first word), so a claim costs a lookup per word, not a pass per context.
 */

import type { Mention } from '../engine/types';
import type { Context } from '../kb/types';
import { stem, tokenSpans } from './lexicon';

export interface Scope {
  /** The claim's sentence (or quotation) span. */
  start: number;
  end: number;
  /** The paragraph around it. */
  paragraphStart: number;
  paragraphEnd: number;
}

interface Phrase {
  context: number;
  /** The phrase as a whole-word pattern over lowercased text. */
  re: RegExp;
  text: string;
  /** Its runs of ASCII word characters; a match needs each as a whole word of the text. */
  runs: string[];
}

interface TermIndex {
  contexts: readonly Context[];
  /** Stem of a one-word term → the context of each term with that stem (repeated per term). */
  words: Map<string, number[]>;
  /** headKey of each stem in `words` whose first four characters are ASCII: a pre-check before stemming a word. */
  heads: Set<number>;
  /** True when some stem in `words` holds a character outside ASCII among its first four. */
  wideHeads: boolean;
  /** First word run of a phrase → the phrases that start with it. */
  phrases: Map<string, Phrase[]>;
  /** headKey of each key of `phrases`: a pre-check before slicing a word run of the text. */
  phraseHeads: Set<number>;
  /** Phrases without any ASCII word run, tried on every claim. */
  bare: Phrase[];
}

const ASCII_WORDS = /[a-z0-9_]+/g;
/** A character of ASCII_WORDS: [a-z0-9_]. */
const isRunChar = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
const indexes = new WeakMap<readonly Context[], TermIndex>();

function buildIndex(contexts: readonly Context[]): TermIndex {
  const index: TermIndex = { contexts: [...contexts], words: new Map(), heads: new Set(), wideHeads: false, phrases: new Map(), phraseHeads: new Set(), bare: [] };
  contexts.forEach((c, i) => {
    for (const term of c.triggers.terms) {
      const t = term.toLowerCase().trim();
      if (!t) continue;
      if (/\s/.test(t)) {
        const runs = t.match(ASCII_WORDS) ?? [];
        const phrase = { context: i, re: new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`), text: t, runs };
        if (!runs.length) index.bare.push(phrase);
        else {
          index.phrases.set(runs[0]!, [...(index.phrases.get(runs[0]!) ?? []), phrase]);
          index.phraseHeads.add(headKey(runs[0]!, 0, runs[0]!.length));
        }
      } else {
        const s = stem(t);
        index.words.set(s, [...(index.words.get(s) ?? []), i]);
        const key = headKey(s, 0, s.length);
        if (key < 0) index.wideHeads = true;
        else index.heads.add(key);
      }
    }
  });
  return index;
}

/**
 * A number naming the first four characters of text.slice(start, end) lowercased (all of it
 * when shorter, with its length), or -1 when one of them is not ASCII. A word's stem is the word
 * itself or a prefix of it at least four characters long, so a word whose key is not the key of
 * a stem in the index has no stem there.
 */
function headKey(text: string, start: number, end: number): number {
  const n = Math.min(4, end - start);
  let key = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 0x80) return -1;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    key = key * 128 + c;
  }
  // the length tag keeps a short word apart from the head of a longer one
  return (n & 3) * 0x10000000 + key;
}

/** The index of a contexts list, rebuilt when the list has changed since it was made. */
function indexOf(contexts: readonly Context[]): TermIndex {
  const got = indexes.get(contexts);
  if (got && got.contexts.length === contexts.length && got.contexts.every((c, i) => c === contexts[i])) return got;
  const built = buildIndex(contexts);
  indexes.set(contexts, built);
  return built;
}

/**
 * Counts already found for the last text and index, by scope: a sentence's quotations and the
 * sentence itself are read over the same span. The counts are never written once returned.
 */
let cacheText = '';
let cacheIndex: TermIndex | null = null;
const cache = new Map<string, Int32Array>();

/** Terms found in the scope, per context index (cached per span of the last text). */
function termsFound(text: string, scope: Scope, index: TermIndex, spans?: readonly number[]): Int32Array {
  if (text !== cacheText || index !== cacheIndex) {
    cache.clear();
    cacheText = text;
    cacheIndex = index;
  }
  const key = `${scope.start}:${scope.end}`;
  const got = cache.get(key);
  if (got) return got;
  const counts = countTerms(text, scope, index, spans ?? tokenSpans(text, scope.start, scope.end));
  cache.set(key, counts);
  return counts;
}

function countTerms(text: string, scope: Scope, index: TermIndex, spans: readonly number[]): Int32Array {
  const counts = new Int32Array(index.contexts.length);
  const stems = new Set<string>();
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k]!;
    const end = spans[k + 1]!;
    // only words whose first characters could begin a stem of the index are stemmed
    const key = index.wideHeads ? -1 : headKey(text, start, end);
    if (key >= 0 && !index.heads.has(key)) continue;
    const s = stem(text.slice(start, end).toLowerCase());
    if (index.words.has(s)) stems.add(s);
  }
  for (const s of stems) for (const i of index.words.get(s) ?? []) counts[i]!++;
  const lower = text.slice(scope.start, scope.end).toLowerCase();
  // a phrase matches as whole words, so its first ASCII word run stands whole in the text: only the
  // phrases starting with a run of the text are tried, each once (its whole-word pattern implies
  // that its other runs stand whole there too)
  const test = (p: Phrase): void => {
    if (lower.includes(p.text) && p.re.test(lower)) counts[p.context]!++;
  };
  let tried: Set<string> | null = null;
  // the runs lower.match(ASCII_WORDS) gives, by a character loop; only those whose head is a phrase's are sliced
  for (let i = 0; i < lower.length; ) {
    if (!isRunChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && isRunChar(lower.charCodeAt(j))) j++;
    const head = headKey(lower, i, j);
    const r = index.phraseHeads.has(head) ? lower.slice(i, j) : '';
    i = j;
    if (!r) continue;
    const phrases = index.phrases.get(r);
    if (!phrases || tried?.has(r)) continue;
    (tried ??= new Set()).add(r);
    for (const p of phrases) test(p);
  }
  for (const p of index.bare) test(p);
  return counts;
}

/** Ids of the contexts that match, strongest first. `spans`, when given, are tokenSpans(text, scope.start, scope.end). */
export function matchContexts(text: string, scope: Scope, mentions: readonly Mention[], contexts: readonly Context[], spans?: readonly number[]): string[] {
  if (!contexts.length) return [];
  const counts = termsFound(text, scope, indexOf(contexts), spans);
  const scored: Array<{ id: string; strength: number }> = [];
  let inSentence: Set<string> | null = null;
  let inParagraph: Set<string> | null = null;
  contexts.forEach((c, i) => {
    const terms = counts[i]!;
    // no context matches without a term
    if (!terms) return;
    if (!inSentence || !inParagraph) {
      inSentence = new Set();
      inParagraph = new Set();
      for (const m of mentions) {
        if (!m.entityId) continue;
        if (m.start >= scope.start && m.end <= scope.end) inSentence.add(m.entityId);
        else if (m.start >= scope.paragraphStart && m.end <= scope.paragraphEnd) inParagraph.add(m.entityId);
      }
    }
    let entity = 0;
    for (const id of c.triggers.entities) {
      if (inSentence.has(id)) {
        entity = 2;
        break;
      }
      if (inParagraph.has(id)) entity = 1;
    }
    if ((entity > 0 && terms >= 1) || terms >= 2) scored.push({ id: c.id, strength: 2 * terms + entity });
  });
  return scored.sort((a, b) => b.strength - a.strength || a.id.localeCompare(b.id)).map((x) => x.id);
}
