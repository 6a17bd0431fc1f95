/** Scores one candidate sense of an alias match: prior, cues, titles, coherence, full names seen. */
import type { Dictionary, RawMatch, Sense } from './candidates';
import type { ArticleContext } from './context';
import { PERSON_TITLES } from './words';

export interface Scored {
  entity: number;
  sense: Sense;
  score: number;
  /** Part of the score that comes from this occurrence's surroundings (cues, titles). */
  local: number;
  notes: string[];
}

export const CUE_WINDOW = 250;
export const STRONG_LOCAL = 0.35;

export function scoreCandidate(
  dict: Dictionary, ctx: ArticleContext, m: RawMatch, sense: Sense,
  anchors: ReadonlySet<number>, fullyNamed: ReadonlySet<number>,
): Scored {
  const e = dict.entities[sense.entity]!;
  const notes: string[] = [`prior ${e.prominence.toFixed(2)}`];
  let local = 0;
  let cueScore = 0;
  let articleCues = 0;
  for (const cue of dict.cues[sense.entity]!) {
    if (ctx.near(cue, m.start, m.end, CUE_WINDOW)) {
      cueScore += 0.35;
      notes.push(`cue "${cue}" nearby`);
    } else if (ctx.occurrences(cue).length > 0) {
      articleCues += 0.1;
      notes.push(`cue "${cue}" in article`);
    }
  }
  local += Math.min(cueScore, 0.7);
  const words = ctx.wordsBefore(m.start, 3);
  const w0 = words[0] ?? '';
  if (PERSON_TITLES.has(w0)) {
    local += e.type === 'person' ? 0.4 : -0.2;
    notes.push(`title "${w0}"`);
  } else if (w0 === 'of' && ['city', 'town', 'village', 'capital'].includes(words[1] ?? '')) {
    local += e.type === 'place' ? 0.5 : -0.2;
    notes.push(`"${words[1]} of"`);
  } else if (w0 === 'in' || w0 === 'near') {
    local += e.type === 'place' ? 0.15 : 0;
    if (e.type === 'place') notes.push(`"${w0}" before`);
  }
  let coherence = 0;
  for (const a of anchors) {
    if (a === sense.entity) continue;
    if (dict.related[sense.entity]!.includes(a) || dict.related[a]!.includes(sense.entity)) {
      coherence += 0.15;
      notes.push(`related to ${dict.entities[a]!.id}`);
    }
  }
  let score = 0.5 * e.prominence + local + Math.min(articleCues, 0.3) + Math.min(coherence, 0.45);
  if (!sense.full && fullyNamed.has(sense.entity)) {
    score += 0.6;
    notes.push('named in full in the article');
  }
  return { entity: sense.entity, sense, score, local, notes };
}
