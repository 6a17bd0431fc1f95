/** Guesses the type of an unknown name from its words and what comes before it. */
import type { EntityType } from '../kb/types';
import type { ArticleContext } from './context';
import type { Token } from './tokens';
import { CAPITAL_CONNECTORS, ORG_SUFFIXES, PARTICLES, PERSON_TITLES, PLACE_SUFFIXES } from './words';

const MOTION = new Set(['flew', 'travelled', 'traveled', 'went', 'returned', 'moved', 'headed', 'fled', 'trip', 'visit', 'drove', 'sailed', 'arrived', 'came']);

export function typeOf(ctx: ArticleContext, words: string[], tokens: Token[]): [EntityType, number, string] {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const before = ctx.wordsBefore(tokens[0]!.start, 2);
  // "Ember & Salt", "Marks & Spencer": two names joined by an ampersand name a business
  if (tokens.length > 1 && ctx.text.slice(tokens[0]!.end, tokens[tokens.length - 1]!.start).includes(' & ')) {
    return ['organization', 0.7, 'names joined by "&"'];
  }
  if (ORG_SUFFIXES.has(last) || (words.length > 2 && ORG_SUFFIXES.has(first) && words[1] === 'of')) {
    return ['organization', 0.75, `organization word "${ORG_SUFFIXES.has(last) ? last : first}"`];
  }
  if (PLACE_SUFFIXES.has(last)) return ['place', 0.7, `place word "${last}"`];
  // "Reporters Without Borders": no person's name holds a preposition written with a capital
  if (words.length > 2 && words.some((w, i) => i > 0 && CAPITAL_CONNECTORS.has(w) && tokens[i]!.cap)) return ['organization', 0.65, 'a capitalized "without", "against" or "beyond" inside'];
  // "St Brendan's": a saint's possessive alone names a hospital, a school or a church
  if ((first === 'st' || first === 'saint') && last === 's' && words.length === 3) return ['organization', 0.6, "a saint's possessive"];
  if (PERSON_TITLES.has(before[0] ?? '')) return ['person', 0.8, `title "${before[0]}"`];
  if (before[0] === 'of' && ['city', 'town', 'village'].includes(before[1] ?? '')) {
    return ['place', 0.7, `"${before[1]} of"`];
  }
  if (before[0] === 'in' || before[0] === 'near') return ['place', 0.55, `"${before[0]}" before`];
  if ((before[0] === 'to' || before[0] === 'from') && MOTION.has(before[1] ?? '')) {
    return ['place', 0.6, `"${before[1]} ${before[0]}" before`];
  }
  if (words.length === 1 && tokens[0]!.allCaps) {
    // "BRUSSELS (Reuters) -": a dateline names a place.
    const t = tokens[0]!;
    const after = ctx.text.slice(t.end, t.end + 3).trimStart()[0];
    if (t.sep === 'start' || (ctx.sentenceInitial(t.start) && t.end - t.start > 3)) {
      if (after === '(' || after === '-' || after === '—' || after === ',') return ['place', 0.6, 'dateline'];
    }
    return ['organization', 0.45, 'acronym'];
  }
  const lower = words.filter((_, i) => !tokens[i]!.cap);
  if (words.length >= 2 && words.length <= 5 && lower.every((w) => PARTICLES.has(w))) {
    return ['person', 0.55, `${words.length - lower.length} capitalized words`];
  }
  return ['other', words.length === 1 ? 0.35 : 0.4, 'capitalized'];
}
