/**
 * The common-word rule: an alias that is also an everyday word ("Nice", "Turkey" at a sentence
 * start; "May" anywhere) stays only with a cue or title, or another mention of the same entity.
 */
import type { Dictionary } from './candidates';
import type { ArticleContext } from './context';
import type { Linked } from './disambiguate';
import { scoreCandidate } from './scoring';

/** Drops common-word aliases ("Nice" at a sentence start, "May") that have no cue and no fuller mention. */
export function applyCommonWordRule(dict: Dictionary, ctx: ArticleContext, linked: Linked[]): Linked[] {
  const needs = linked.map((l) => {
    const kind = dict.commonness[l.keyIndex];
    return kind === 'always' || (kind === 'sentence' && ctx.sentenceInitial(l.start));
  });
  const supported = new Set<number>();
  linked.forEach((l, i) => {
    if (!needs[i]) supported.add(l.entity);
  });
  return linked.filter((l, i) => {
    if (!needs[i]) return true;
    if (supported.has(l.entity)) {
      l.reason += '; common word, supported by another mention';
      return true;
    }
    const m = { start: l.start, end: l.end, key: l.keyIndex, senses: [l.sense] };
    const cueOrTitle = scoreCandidate(dict, ctx, m, l.sense, new Set(), new Set()).local > 0.1;
    if (cueOrTitle) l.reason += '; common word, supported by a cue';
    return cueOrTitle;
  });
}
