import { mergeEntities } from './opendata/merge';
import { BUNDLED_PACK_ID, PACK_FORMAT, type Context, type Entity, type Pack } from './types';

/** One authored source file: `{ entities, contexts }`. */
export interface AuthoredFile {
  name: string;
  data: { entities?: Entity[]; contexts?: Context[] };
}

/** FNV-1a, 2×32 bits: a stable content hash for pack versions (not for security). */
export function contentHash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * Joins authored files and generated open-data entities (authored fields win; see
 * opendata/merge.ts) into the
 * bundled pack. The version is a hash of the content, so an unchanged pack keeps its version
 * and is not reloaded.
 */
export function compileBundledPack(files: readonly AuthoredFile[], generated: readonly Entity[] = []): Pack {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  const authored: Entity[] = [];
  const contexts: Context[] = [];
  for (const f of sorted) {
    authored.push(...(f.data.entities ?? []));
    contexts.push(...(f.data.contexts ?? []));
  }
  const entities = mergeEntities(authored, [...generated]);
  const body = JSON.stringify({ entities, contexts });
  return {
    format: PACK_FORMAT,
    id: BUNDLED_PACK_ID,
    title: 'Backstory bundled knowledge',
    version: contentHash(body),
    license: 'Authored entries: CC BY 4.0, the Backstory authors. Open data: see THIRD_PARTY_NOTICES.md.',
    entities,
    contexts,
  };
}
