import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type BackstoryDB } from '../../lib/db/db';
import { allEntities, findEntitiesByName, getEntities, installPack, removePack } from '../../lib/db/packs';
import { entity, pack } from '../helpers/kb';

let db: BackstoryDB;
let n = 0;
beforeEach(() => {
  db = openDb(`test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const bundled = (version: string, entities = [entity()]) => pack(entities, { id: 'bundled', version });

describe('installPack', () => {
  it('installs a pack, and does nothing for the same version again', async () => {
    expect((await installPack(db, bundled('1'))).status).toBe('installed');
    await db.entities.update(['bundled', 'ada-lovelace'], { summary: 'edited' });
    expect((await installPack(db, bundled('1'))).status).toBe('unchanged');
    expect((await getEntities(db, ['ada-lovelace']))[0]!.summary).toBe('edited');
  });

  it('replaces the bundled entries on a new version and leaves readers\' packs, notes and corrections alone', async () => {
    await installPack(db, bundled('1', [entity(), entity({ id: 'gone', name: 'Gone', aliases: [] })]));
    await installPack(db, pack([entity({ id: 'mine', name: 'Mine', aliases: [] })], { id: 'reader-pack' }));
    await db.notes.put({ id: 'n1', target: 'entity:ada-lovelace', text: 'my note', createdAt: 1, updatedAt: 1 });
    await db.corrections.put({ surface: 'paris', action: 'reject', createdAt: 1 });
    expect((await installPack(db, bundled('2', [entity({ summary: 'new text' })]))).status).toBe('upgraded');
    const ids = (await allEntities(db)).map((e) => e.id).sort();
    expect(ids).toEqual(['ada-lovelace', 'mine']);
    expect((await getEntities(db, ['ada-lovelace']))[0]!.summary).toBe('new text');
    expect(await db.notes.count()).toBe(1);
    expect(await db.corrections.count()).toBe(1);
  });

  it('lets a reader\'s pack override a bundled entry by id, and removing it restores the bundled one', async () => {
    await installPack(db, bundled('1'));
    await installPack(db, pack([entity({ summary: 'reader version' })], { id: 'reader-pack' }));
    expect((await getEntities(db, ['ada-lovelace']))[0]!.summary).toBe('reader version');
    expect((await allEntities(db)).filter((e) => e.id === 'ada-lovelace')).toHaveLength(1);
    await removePack(db, 'reader-pack');
    expect((await getEntities(db, ['ada-lovelace']))[0]!.summary).toBe('Wrote about the Analytical Engine.');
  });

  it('is all or nothing: a failure half-way leaves the previous pack in place', async () => {
    await installPack(db, bundled('1'));
    const broken = bundled('2', [entity({ summary: 'half' }), { id: undefined } as never]);
    await expect(installPack(db, broken)).rejects.toThrow();
    expect((await db.packs.get('bundled'))!.version).toBe('1');
    expect((await getEntities(db, ['ada-lovelace']))[0]!.summary).toBe('Wrote about the Analytical Engine.');
  });

  it('returns entities in the order asked and skips unknown ids', async () => {
    await installPack(db, bundled('1', [entity(), entity({ id: 'b', name: 'B', aliases: [] })]));
    expect((await getEntities(db, ['b', 'nope', 'ada-lovelace'])).map((e) => e.id)).toEqual(['b', 'ada-lovelace']);
  });

  it('writes a large pack in chunks inside one transaction, reporting progress', async () => {
    const many = Array.from({ length: 7 }, (_, i) => entity({ id: `e${i}`, name: `Entry ${i}`, aliases: [] }));
    const seen: [number, number][] = [];
    await installPack(db, pack(many, { id: 'big' }), 1, { chunkSize: 3, onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([[3, 7], [6, 7], [7, 7]]);
    expect(await db.entities.count()).toBe(7);
  });

  it('rolls back every chunk when a later chunk fails', async () => {
    await installPack(db, pack([entity()], { id: 'big', version: '1' }));
    const many = Array.from({ length: 7 }, (_, i) => entity({ id: `e${i}`, name: `Entry ${i}`, aliases: [] }));
    const seen: number[] = [];
    const broken = pack([...many, { id: undefined } as never], { id: 'big', version: '2' });
    await expect(installPack(db, broken, 1, { chunkSize: 3, onProgress: (d) => seen.push(d) })).rejects.toThrow();
    expect(seen).toEqual([3, 6]);
    expect(await db.entities.where('packId').equals('big').primaryKeys()).toEqual([['big', 'ada-lovelace']]);
    expect((await db.packs.get('big'))!.version).toBe('1');
  });

  it('replaces the same version only when asked to', async () => {
    await installPack(db, pack([entity()], { id: 'mine' }));
    expect((await installPack(db, pack([entity({ summary: 'edited' })], { id: 'mine' }))).status).toBe('unchanged');
    expect((await getEntities(db, ['ada-lovelace']))[0]!.summary).toBe('Wrote about the Analytical Engine.');
    const r = await installPack(db, pack([entity({ summary: 'edited' })], { id: 'mine' }), 1, { replaceSameVersion: true });
    expect(r.status).toBe('upgraded');
    expect((await getEntities(db, ['ada-lovelace']))[0]!.summary).toBe('edited');
  });

  it('finds entities by a name or alias in any case, the reader\'s version first', async () => {
    await installPack(db, bundled('1', [entity(), entity({ id: 'lord-byron', name: 'Lord Byron', aliases: ['Byron'] })]));
    await installPack(db, pack([entity({ aliases: ['Ada King'] })], { id: 'reader-pack' }));
    expect((await findEntitiesByName(db, '  ADA KING ')).map((e) => e.aliases)).toEqual([['Ada King']]);
    // The bundled alias "Lovelace" no longer names the entry once the reader's version drops it.
    expect(await findEntitiesByName(db, 'lovelace')).toEqual([]);
    expect((await findEntitiesByName(db, 'by', { prefix: true })).map((e) => e.id)).toEqual(['lord-byron']);
    expect(await findEntitiesByName(db, '')).toEqual([]);
  });
});
