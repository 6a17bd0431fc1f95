/**
 * Demonyms the knowledge base does not list, derived from a country's name: "Ecuadorean" (Ecuador +
 * "ean"), "Kenyan" (Kenya + "n"), "Iraqi" (Iraq + "i"), "Chinese" (Chin[a] + "ese"). Linked without a
 * highlight, like the listed ones. Only before a lower-case word or punctuation ("the Ecuadorean embassy"),
 * never next to another capitalized word ("Julian Assange", "Ashraf Ghani", "Ecuadorean Embassy"), and
 * only to a place of prominence 0.6 or more that has listed demonyms (countries), so first names such
 * as "Susan" find no minor town "Susa".
 */
import type { Dictionary, Sense } from './candidates';
import type { ArticleContext } from './context';
import type { Linked } from './disambiguate';
import type { Token } from './tokens';
import { DEMONYM_ENDINGS } from './words';

function placeFor(dict: Dictionary, stem: string): number {
  if (stem.length < 3) return -1;
  for (const key of [stem, `${stem}a`]) {
    const k = dict.trie.lookup(key);
    if (k < 0) continue;
    const s = dict.senses[k]!.find((x) => {
      const e = dict.entities[x.entity]!;
      return !x.linkOnly && e.type === 'place' && e.prominence >= 0.6 && (e.linkOnly?.length ?? 0) > 0;
    });
    if (s) return s.entity;
  }
  return -1;
}

export function linkDerivedDemonyms(dict: Dictionary, ctx: ArticleContext, tokens: readonly Token[], covered: Uint8Array): Linked[] {
  const out: Linked[] = [];
  tokens.forEach((t, i) => {
    if (!t.cap || t.covered || t.allCaps) return;
    const next = tokens[i + 1];
    if (next && next.sep === 'space' && next.cap) return;
    if (t.sep === 'space' && tokens[i - 1]?.cap && !ctx.sentenceInitial(t.start)) return;
    const w = t.word.endsWith('s') && !t.word.endsWith('ese') ? t.word.slice(0, -1) : t.word;
    for (const end of DEMONYM_ENDINGS) {
      if (!w.endsWith(end)) continue;
      const entity = placeFor(dict, w.slice(0, -end.length));
      if (entity < 0) continue;
      const e = dict.entities[entity]!;
      const sense: Sense = { entity, linkOnly: true, acronym: false, lowerStart: false, full: false };
      out.push({
        start: t.start, end: t.end, entity, sense, key: t.word, keyIndex: -1, confidence: 0.6,
        reason: `demonym "${ctx.text.slice(t.start, t.end)}" of ${e.name} (derived from the name)`,
      });
      covered.fill(3, t.start, t.end);
      return;
    }
  });
  return out;
}
