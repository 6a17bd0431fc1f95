import type { EntityType } from '../kb/types';

/** A name found in the article text. Offsets are UTF-16 code-unit offsets into that text. */
export interface Mention {
  start: number;
  end: number;
  /** The text as it stands in the article: text.slice(start, end). */
  text: string;
  /** Linked entity, or null for a name the knowledge base does not hold. */
  entityId: string | null;
  type: EntityType;
  /** 0..1 */
  confidence: number;
  /** Why it was linked: alias matched, cues used, candidates beaten. */
  reason: string;
  /** False for mentions that are linked but not highlighted by default (demonyms). */
  highlight: boolean;
  /** Optional (engine): the scored candidates when the alias named several entities, best first. */
  candidates?: { entityId: string; score: number }[];
  /** Optional (engine): for unknown names, the same key for the variants of one name ("Steve Witkoff", "Witkoff"). */
  groupKey?: string;
}

/** What the engine needs to know about an entity: a slice of `Entity`. */
export interface EntityLite {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  prominence: number;
  linkOnly?: string[];
  cues?: string[];
  related?: string[];
}
