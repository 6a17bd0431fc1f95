/**
 * Turns raw alias matches into linked mentions: reader corrections, then scoring of shared aliases
 * (prominence prior, cues, titles, coherence, full names already seen), one sense per article,
 * and the common-word rule ("Nice", "Turkey", "May" need support).
 */
import type { Dictionary, RawMatch, Sense } from './candidates';
import type { ArticleContext } from './context';
import { applyCommonWordRule } from './common-words';
import { scoreCandidate, STRONG_LOCAL } from './scoring';

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

const MAX_CANDIDATES = 12;

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
    let ss = senseLists[i]!;
    if (ss.length === 1) return null;
    // A surname shared by dozens: score the most prominent few and any the article named in full.
    if (ss.length > MAX_CANDIDATES) {
      ss = [...ss.slice(0, MAX_CANDIDATES), ...ss.slice(MAX_CANDIDATES).filter((s) => fullyNamed.has(s.entity))];
    }
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
