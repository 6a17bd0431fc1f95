import { BUNDLED_PACK_ID, type Context, type Entity, type Pack } from '../kb/types';
import type { BackstoryDB, PackRecord, StoredEntity } from './db';

export type InstallResult = { status: 'installed' | 'upgraded' | 'unchanged'; record: PackRecord };

/**
 * Installs a pack in one transaction: all of it or nothing. Re-installing the same version
 * does nothing; a new version replaces that pack's entries only and never touches other
 * packs, notes or corrections.
 */
export async function installPack(db: BackstoryDB, pack: Pack, now = Date.now()): Promise<InstallResult> {
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
    if (prior && prior.version === pack.version) return { status: 'unchanged', record: prior };
    await db.entities.where('packId').equals(pack.id).delete();
    await db.contexts.where('packId').equals(pack.id).delete();
    await db.entities.bulkPut(pack.entities.map((e) => ({ ...e, packId: pack.id })));
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

function strip<T extends { packId: string }>(r: T): Omit<T, 'packId'> {
  const { packId: _omit, ...rest } = r;
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
