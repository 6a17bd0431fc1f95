/**
 * Matching a claim to the knowledge base's contexts. A context matches when one of its trigger
 * entities is mentioned in the claim's sentence or paragraph and one of its terms appears in the
 * sentence, or when two or more of its terms appear in the sentence. Strength: 2 per term found,
 * 2 for a trigger entity in the sentence, 1 for one only in the paragraph.
 *
 * A context's terms are prepared once (stems, phrase patterns) and the claim's words are stemmed
 * once per claim, not once per context.
 */

import type { Mention } from '../engine/types';
import type { Context } from '../kb/types';
import { stem, tokenize } from './lexicon';

export interface Scope {
  /** The claim's sentence (or quotation) span. */
  start: number;
  end: number;
  /** The paragraph around it. */
  paragraphStart: number;
  paragraphEnd: number;
}

/** A term as it is matched: a stem for one word, a whole-word pattern for a phrase. */
type Term = { word: string } | { phrase: string; re: RegExp };

const prepared = new WeakMap<Context, Term[]>();

function termsOf(c: Context): Term[] {
  let out = prepared.get(c);
  if (!out) {
    out = [];
    for (const term of c.triggers.terms) {
      const t = term.toLowerCase().trim();
      if (!t) continue;
      if (/\s/.test(t)) out.push({ phrase: t, re: new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) });
      else out.push({ word: stem(t) });
    }
    prepared.set(c, out);
  }
  return out;
}

function termsFound(stems: ReadonlySet<string>, lower: string, terms: readonly Term[]): number {
  let n = 0;
  // a phrase can match only where its letters stand as written: the substring test is a cheap pre-check
  for (const t of terms) if ('word' in t ? stems.has(t.word) : lower.includes(t.phrase) && t.re.test(lower)) n++;
  return n;
}

/** Ids of the contexts that match, strongest first. */
export function matchContexts(text: string, scope: Scope, mentions: readonly Mention[], contexts: readonly Context[]): string[] {
  if (!contexts.length) return [];
  const stems = new Set(tokenize(text, scope.start, scope.end).map((t) => stem(t.lower)));
  const lower = text.slice(scope.start, scope.end).toLowerCase();
  const inSentence = new Set<string>();
  const inParagraph = new Set<string>();
  for (const m of mentions) {
    if (!m.entityId) continue;
    if (m.start >= scope.start && m.end <= scope.end) inSentence.add(m.entityId);
    else if (m.start >= scope.paragraphStart && m.end <= scope.paragraphEnd) inParagraph.add(m.entityId);
  }
  const scored: Array<{ id: string; strength: number }> = [];
  for (const c of contexts) {
    const terms = termsFound(stems, lower, termsOf(c));
    let entity = 0;
    for (const id of c.triggers.entities) {
      if (inSentence.has(id)) {
        entity = 2;
        break;
      }
      if (inParagraph.has(id)) entity = 1;
    }
    if ((entity > 0 && terms >= 1) || terms >= 2) scored.push({ id: c.id, strength: 2 * terms + entity });
  }
  return scored.sort((a, b) => b.strength - a.strength || a.id.localeCompare(b.id)).map((x) => x.id);
}
