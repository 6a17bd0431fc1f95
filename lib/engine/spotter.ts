import type { EntityLite, Mention } from './types';

/**
 * Finds the knowledge base's names in a text. This first version is a plain longest-match
 * scan over a case-sensitive alias dictionary; the spotting-engine issue replaces it.
 */
export interface Spotter {
  find(text: string): Mention[];
  readonly aliasCount: number;
}

const WORD = /[\p{L}\p{N}]/u;

export function createSpotter(entities: readonly EntityLite[]): Spotter {
  const byAlias = new Map<string, EntityLite>();
  for (const e of entities) {
    for (const alias of [e.name, ...e.aliases]) {
      const prior = byAlias.get(alias);
      if (!prior || prior.prominence < e.prominence) byAlias.set(alias, e);
    }
  }
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  return {
    aliasCount: aliases.length,
    find(text) {
      const out: Mention[] = [];
      let i = 0;
      while (i < text.length) {
        let hit: string | undefined;
        if (!WORD.test(text[i - 1] ?? ' ')) {
          hit = aliases.find((a) => text.startsWith(a, i) && !WORD.test(text[i + a.length] ?? ' '));
        }
        if (!hit) {
          i++;
          continue;
        }
        const e = byAlias.get(hit)!;
        out.push({
          start: i,
          end: i + hit.length,
          text: hit,
          entityId: e.id,
          type: e.type,
          confidence: 0.8,
          reason: `alias "${hit}"`,
          highlight: !(e.linkOnly ?? []).includes(hit),
        });
        i += hit.length;
      }
      return out;
    },
  };
}
