import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Context, Entity } from '../kb/types';

/** An entity as stored: the pack it came from is part of the key, so a reader's pack can override by id. */
export interface StoredEntity extends Entity {
  packId: string;
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

/**
 * Opens the database. Call only from the extension's own origin (background, side panel,
 * popup, options): a content script's IndexedDB belongs to the news site.
 * Every past version stays declared here so upgrades never lose data.
 */
export function openDb(name = DB_NAME): BackstoryDB {
  const db = new Dexie(name) as BackstoryDB;
  db.version(1).stores({
    entities: '[packId+id], id, packId',
    contexts: '[packId+id], id, packId',
    packs: 'id',
    notes: 'id, target, updatedAt',
    corrections: 'surface',
  });
  return db;
}
