/**
 * Turns raw alias matches into linked mentions: reader corrections, then scoring of shared aliases
 * (prominence prior, cues, titles, coherence, full names already seen), one sense per article,
 * and the common-word rule ("Nice", "Turkey", "May" need support).
 */
import type { Dictionary, RawMatch, Sense } from './candidates';
import type { ArticleContext } from './context';
import { PERSON_TITLES } from './words';

export interface Linked {
  start: number;
  end: number;
  entity: number;
  sense: Sense;
  key: string;
  keyIndex: number;
  confidence: number;
  reason: string;
  candidates?: { entityId: string; score: number }[];
}

interface Scored {
  entity: number;
  sense: Sense;
  score: number;
  /** Part of the score that comes from this occurrence's surroundings (cues, titles). */
  local: number;
  notes: string[];
}

const CUE_WINDOW = 250;
const STRONG_LOCAL = 0.35;

function scoreCandidate(
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

function baseConfidence(s: Sense): number {
  if (s.linkOnly) return 0.75;
  if (s.full) return 0.95;
  return s.acronym ? 0.9 : 0.85;
}

export function disambiguate(
  dict: Dictionary, ctx: ArticleContext, raw: readonly RawMatch[],
  relink: ReadonlyMap<string, number>,
): Linked[] {
  const anchors = new Set<number>();
  const fullyNamed = new Set<number>();
  const senseLists = raw.map((m) => {
    const key = dict.trie.keys[m.key]!;
    const forced = relink.get(key);
    if (forced !== undefined) {
      const s = m.senses.find((x) => x.entity === forced) ?? { ...m.senses[0]!, entity: forced, linkOnly: false };
      return [s];
    }
    return m.senses;
  });
  senseLists.forEach((ss) => {
    if (ss.length !== 1) return;
    anchors.add(ss[0]!.entity);
    if (ss[0]!.full) fullyNamed.add(ss[0]!.entity);
  });

  const scored = raw.map((m, i) => {
    const ss = senseLists[i]!;
    if (ss.length === 1) return null;
    return ss.map((s) => scoreCandidate(dict, ctx, m, s, anchors, fullyNamed)).sort((a, b) => b.score - a.score);
  });
  // One sense per article: the candidate with the best summed score wins every occurrence of a key,
  // unless an occurrence's own surroundings favour another candidate strongly.
  const articleWinner = new Map<number, number>();
  const sums = new Map<number, Map<number, number>>();
  raw.forEach((m, i) => {
    const list = scored[i];
    if (!list) return;
    const byEntity = sums.get(m.key) ?? new Map<number, number>();
    for (const c of list) byEntity.set(c.entity, (byEntity.get(c.entity) ?? 0) + c.score);
    sums.set(m.key, byEntity);
  });
  for (const [key, byEntity] of sums) {
    const best = [...byEntity].sort((a, b) => b[1] - a[1])[0]!;
    articleWinner.set(key, best[0]);
  }

  const out: Linked[] = [];
  raw.forEach((m, i) => {
    const key = dict.trie.keys[m.key]!;
    const ss = senseLists[i]!;
    const list = scored[i];
    const forced = relink.has(key);
    if (!list) {
      const s = ss[0]!;
      const e = dict.entities[s.entity]!;
      const how = forced ? 'reader correction' : s.linkOnly ? 'link-only alias' : 'alias';
      out.push({
        start: m.start, end: m.end, entity: s.entity, sense: s, key, keyIndex: m.key,
        confidence: forced ? 1 : baseConfidence(s),
        reason: `${how} "${key}" → ${e.name} (${e.type}), sole candidate`,
      });
      return;
    }
    const local = list[0]!;
    const aw = list.find((c) => c.entity === articleWinner.get(m.key)) ?? local;
    const chosen = local !== aw && local.local - aw.local >= STRONG_LOCAL ? local : aw;
    const others = list.filter((c) => c !== chosen);
    const second = others[0]?.score ?? 0;
    const margin = Math.max(0, chosen.score - second);
    const e = dict.entities[chosen.entity]!;
    const beaten = others.map((c) => `${dict.entities[c.entity]!.id} (${c.score.toFixed(2)})`).join(', ');
    const sensePolicy = chosen === aw && chosen !== local ? '; one sense per article' : '';
    out.push({
      start: m.start, end: m.end, entity: chosen.entity, sense: chosen.sense, key, keyIndex: m.key,
      confidence: Math.min(baseConfidence(chosen.sense), 0.5 + 0.45 * Math.min(1, margin / 0.6)),
      reason: `alias "${key}" → ${e.name} (${e.type}), score ${chosen.score.toFixed(2)}: ${chosen.notes.join(', ')}` +
        `${sensePolicy}; beat ${beaten}`,
      candidates: list.map((c) => ({ entityId: dict.entities[c.entity]!.id, score: Number(c.score.toFixed(3)) })),
    });
  });
  return applyCommonWordRule(dict, ctx, out);
}

/** Drops common-word aliases ("Nice" at a sentence start, "May") that have no cue and no fuller mention. */
function applyCommonWordRule(dict: Dictionary, ctx: ArticleContext, linked: Linked[]): Linked[] {
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
