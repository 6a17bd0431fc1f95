/**
 * Matching a claim to the knowledge base's contexts. A context matches when one of its trigger
 * entities is mentioned in the claim's sentence or paragraph and one of its terms appears in the
 * sentence, or when two or more of its terms appear in the sentence. Strength: 2 per term found,
 * 2 for a trigger entity in the sentence, 1 for one only in the paragraph.
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

function termsFound(text: string, scope: Scope, terms: readonly string[]): number {
  const stems = new Set(tokenize(text, scope.start, scope.end).map((t) => stem(t.lower)));
  const lower = text.slice(scope.start, scope.end).toLowerCase();
  let n = 0;
  for (const term of terms) {
    const t = term.toLowerCase().trim();
    if (!t) continue;
    if (/\s/.test(t)) {
      if (new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lower)) n++;
    } else if (stems.has(stem(t))) n++;
  }
  return n;
}

/** Ids of the contexts that match, strongest first. */
export function matchContexts(text: string, scope: Scope, mentions: readonly Mention[], contexts: readonly Context[]): string[] {
  const scored: Array<{ id: string; strength: number }> = [];
  for (const c of contexts) {
    const terms = termsFound(text, scope, c.triggers.terms);
    const triggers = new Set(c.triggers.entities);
    let entity = 0;
    for (const m of mentions) {
      if (!m.entityId || !triggers.has(m.entityId)) continue;
      if (m.start >= scope.start && m.end <= scope.end) entity = 2;
      else if (m.start >= scope.paragraphStart && m.end <= scope.paragraphEnd) entity = Math.max(entity, 1);
    }
    if ((entity > 0 && terms >= 1) || terms >= 2) scored.push({ id: c.id, strength: 2 * terms + entity });
  }
  return scored.sort((a, b) => b.strength - a.strength || a.id.localeCompare(b.id)).map((x) => x.id);
}
