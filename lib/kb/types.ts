/**
 * The knowledge base's data model. Pure types, shared by the engine, the database,
 * the validator, the build scripts and the UI. See README § "Knowledge base schema".
 */

export type EntityType = 'person' | 'organization' | 'place' | 'event' | 'other';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'event', 'other'];

/** A dated value: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export type PartialDate = string;

export interface Source {
  title: string;
  /** An http(s) URL a reader can open. */
  url: string;
  publisher?: string;
}

/**
 * One fact on a card. A role (label such as "President of Ukraine", value "Volodymyr Zelenskyy"
 * or the other way round) must carry `since`, and `until` once it has ended.
 */
export interface Fact {
  label: string;
  value: string;
  since?: PartialDate;
  until?: PartialDate;
  /** Marks the fact as a role or office held: the validator then requires `since`. */
  role?: boolean;
}

export interface Entity {
  /** Stable, kebab-case, unique across all packs a reader installs (a reader's pack may reuse an id to override). */
  id: string;
  /** Wikidata QID such as "Q3779862", or null. Authored QIDs are not machine-checked: treat as unverified. */
  wikidata: string | null;
  type: EntityType;
  /** Display name, in the spelling the knowledge base prefers. */
  name: string;
  /** Other spellings and short forms that name this entity in text (not including `name`). */
  aliases: string[];
  /** One line: who or what this is. */
  description: string;
  /** Two to four sentences in the author's own words. */
  summary: string;
  facts: Fact[];
  /** Ids of related entities. */
  related: string[];
  /** Prior for disambiguation, 0..1: how likely a bare mention of an alias means this entity. */
  prominence: number;
  sources: Source[];
  /** When these facts were last checked (full date). */
  asOf: string;
  /** Alias spellings that name this entity but should not be highlighted alone (e.g. demonyms). */
  linkOnly?: string[];
  /** Words whose presence nearby supports this sense (used to settle shared aliases). */
  cues?: string[];
}

/** Background to a claim that recurs in the news. */
export interface Context {
  id: string;
  title: string;
  triggers: { entities: string[]; terms: string[] };
  summary: string;
  facts: Fact[];
  sources: Source[];
  asOf: string;
}

/** A knowledge pack: the unit that is installed, upgraded and removed as a whole. */
export interface Pack {
  format: 'backstory-pack/1';
  /** "bundled" for the pack that ships with the extension; anything else is a reader's pack. */
  id: string;
  title: string;
  version: string;
  /** Licence and attribution lines for data in this pack. */
  license?: string;
  entities: Entity[];
  contexts: Context[];
}

export const BUNDLED_PACK_ID = 'bundled';
export const PACK_FORMAT = 'backstory-pack/1' as const;
