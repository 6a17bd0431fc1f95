import { BUNDLED_PACK_ID, type Context, type Entity, type Pack } from '../kb/types';
import { entityNames, nameKey, type BackstoryDB, type PackRecord, type StoredEntity } from './db';

export type InstallResult = { status: 'installed' | 'upgraded' | 'unchanged'; record: PackRecord };

/** Entries written per bulkPut; progress is reported after each chunk. */
export const INSTALL_CHUNK = 5000;

export interface InstallOptions {
  /** Called after each chunk of entries is written (inside the transaction: nothing is committed yet). */
  onProgress?: (done: number, total: number) => void;
  chunkSize?: number;
  /** Replace the pack even when the installed version is the same (a reader re-importing a file). */
  replaceSameVersion?: boolean;
}

/**
 * Installs a pack in one transaction: all of it or nothing. Re-installing the same version
 * does nothing (unless `replaceSameVersion`); a new version replaces that pack's entries only
 * and never touches other packs, notes or corrections. Large packs are written in chunks,
 * still inside the one transaction.
 */
export async function installPack(
  db: BackstoryDB,
  pack: Pack,
  now = Date.now(),
  { onProgress, chunkSize = INSTALL_CHUNK, replaceSameVersion = false }: InstallOptions = {},
): Promise<InstallResult> {
  return db.transaction('rw', db.entities, db.contexts, db.packs, async () => {
    const prior = await db.packs.get(pack.id);
    const record: PackRecord = {
      id: pack.id,
      title: pack.title,
      version: pack.version,
      source: pack.id === BUNDLED_PACK_ID ? 'bundled' : 'reader',
      license: pack.license,
      installedAt: now,
      entityCount: pack.entities.length,
      contextCount: pack.contexts.length,
    };
    if (prior && prior.version === pack.version && !replaceSameVersion) return { status: 'unchanged', record: prior };
    await db.entities.where('packId').equals(pack.id).delete();
    await db.contexts.where('packId').equals(pack.id).delete();
    const total = pack.entities.length;
    const size = Math.max(1, chunkSize);
    for (let i = 0; i < total; i += size) {
      const chunk = pack.entities.slice(i, i + size);
      await db.entities.bulkPut(chunk.map((e) => ({ ...e, packId: pack.id, names: entityNames(e) })));
      onProgress?.(Math.min(i + size, total), total);
    }
    await db.contexts.bulkPut(pack.contexts.map((c) => ({ ...c, packId: pack.id })));
    await db.packs.put(record);
    return { status: prior ? 'upgraded' : 'installed', record };
  });
}

/** Removes a reader's pack and its entries, in one transaction. */
export async function removePack(db: BackstoryDB, packId: string): Promise<void> {
  await db.transaction('rw', db.entities, db.contexts, db.packs, async () => {
    await db.entities.where('packId').equals(packId).delete();
    await db.contexts.where('packId').equals(packId).delete();
    await db.packs.delete(packId);
  });
}

/** Among records sharing an id, a reader's pack wins over the bundled one. */
function pick<T extends { packId: string }>(records: readonly T[]): T | undefined {
  return records.find((r) => r.packId !== BUNDLED_PACK_ID) ?? records[0];
}

/** The record without what storage added (`packId`, and `names` on entities). */
function strip<T extends { packId: string; names?: string[] }>(r: T): Omit<T, 'packId' | 'names'> {
  const { packId: _pack, names: _names, ...rest } = r;
  return rest;
}

export async function getEntities(db: BackstoryDB, ids: readonly string[]): Promise<Entity[]> {
  if (!ids.length) return [];
  const rows = await db.entities.where('id').anyOf([...ids]).toArray();
  const byId = new Map<string, StoredEntity[]>();
  for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  return ids.flatMap((id) => {
    const r = pick(byId.get(id) ?? []);
    return r ? [strip(r) as Entity] : [];
  });
}

/**
 * Entities whose name or an alias equals `name` (case-insensitive), or starts with it when
 * `prefix` is set; one per id (readers' packs win), for relinking a highlight by hand.
 */
export async function findEntitiesByName(db: BackstoryDB, name: string, { prefix = false, limit = 20 } = {}): Promise<Entity[]> {
  const key = nameKey(name);
  if (!key) return [];
  const where = db.entities.where('names');
  const keys = await (prefix ? where.startsWith(key) : where.equals(key)).primaryKeys();
  const ids = [...new Set(keys.map(([, id]) => id))];
  const matches = (e: Entity) => entityNames(e).some((n) => (prefix ? n.startsWith(key) : n === key));
  return (await getEntities(db, ids)).filter(matches).slice(0, limit);
}

/** Every entity, one per id (readers' packs override the bundled pack). */
export async function allEntities(db: BackstoryDB): Promise<Entity[]> {
  const byId = new Map<string, StoredEntity>();
  await db.entities.each((r) => {
    const prior = byId.get(r.id);
    if (!prior || prior.packId === BUNDLED_PACK_ID) byId.set(r.id, r);
  });
  return [...byId.values()].map((r) => strip(r) as Entity);
}

export async function allContexts(db: BackstoryDB): Promise<Context[]> {
  const byId = new Map<string, Context & { packId: string }>();
  await db.contexts.each((r) => {
    const prior = byId.get(r.id);
    if (!prior || prior.packId === BUNDLED_PACK_ID) byId.set(r.id, r);
  });
  return [...byId.values()].map((r) => strip(r) as Context);
}
