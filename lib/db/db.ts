import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Context, Entity } from '../kb/types';

/** An entity as stored: the pack it came from is part of the key, so a reader's pack can override by id. */
export interface StoredEntity extends Entity {
  packId: string;
  /** Lower-cased name and aliases, for the multi-entry `*names` index (schema v2). */
  names: string[];
}
export interface StoredContext extends Context {
  packId: string;
}
export interface PackRecord {
  id: string;
  title: string;
  version: string;
  source: 'bundled' | 'reader';
  license?: string;
  installedAt: number;
  entityCount: number;
  contextCount: number;
}
/** A reader's note on a name, a claim or a page. Kept in the extension's origin only. */
export interface NoteRecord {
  id: string;
  /** "entity:<id>", "claim:<hash>", "page:<url>" */
  target: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}
/** A reader's correction of a highlight, applied on every later page. */
export interface CorrectionRecord {
  /** Normalized surface form of the mention. */
  surface: string;
  action: 'reject' | 'relink';
  entityId?: string;
  createdAt: number;
}

export type BackstoryDB = Dexie & {
  entities: Table<StoredEntity, [string, string]>;
  contexts: Table<StoredContext, [string, string]>;
  packs: EntityTable<PackRecord, 'id'>;
  notes: EntityTable<NoteRecord, 'id'>;
  corrections: EntityTable<CorrectionRecord, 'surface'>;
};

export const DB_NAME = 'backstory';

/** The key an entity is found under by name: trimmed, NFC, lower case. */
export function nameKey(s: string): string {
  return s.normalize('NFC').trim().toLowerCase();
}

/** The `names` index entries of an entity: its name and aliases as name keys, without repeats. */
export function entityNames(e: Pick<Entity, 'name' | 'aliases'>): string[] {
  const all = [e.name, ...(Array.isArray(e.aliases) ? e.aliases : [])];
  return [...new Set(all.filter((a) => typeof a === 'string').map(nameKey).filter(Boolean))];
}

/** Schema v1, exactly as first shipped. Never edit: databases in the wild were created with it. */
export const SCHEMA_V1 = {
  entities: '[packId+id], id, packId',
  contexts: '[packId+id], id, packId',
  packs: 'id',
  notes: 'id, target, updatedAt',
  corrections: 'surface',
} as const;

/** Schema v2: every v1 store, plus a multi-entry index of lower-cased names and aliases on entities. */
export const SCHEMA_V2 = { ...SCHEMA_V1, entities: '[packId+id], id, packId, *names' } as const;

/**
 * Opens the database. Call only from the extension's own origin (background, side panel,
 * popup, options): a content script's IndexedDB belongs to the news site.
 * Every past version stays declared here so upgrades never lose data.
 */
export function openDb(name = DB_NAME): BackstoryDB {
  const db = new Dexie(name) as BackstoryDB;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) =>
      tx.table<StoredEntity>('entities').toCollection().modify((e) => {
        e.names = entityNames(e);
      }),
    );
  return db;
}
