import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type BackstoryDB } from '../../lib/db/db';
import { allEntities, findEntitiesByName, getEntities, installPack } from '../../lib/db/packs';
import type { Pack } from '../../lib/kb/types';
import { entity, pack } from '../helpers/kb';

const NAME = 'upgrade-test';
let v2: BackstoryDB | undefined;
afterEach(async () => {
  await (v2 ?? new Dexie(NAME)).delete();
  v2 = undefined;
});

/** The database exactly as version 1 of Backstory declared it. */
function openV1(): Dexie {
  const db = new Dexie(NAME);
  db.version(1).stores({
    entities: '[packId+id], id, packId',
    contexts: '[packId+id], id, packId',
    packs: 'id',
    notes: 'id, target, updatedAt',
    corrections: 'surface',
  });
  return db;
}

/** What version 1's installPack wrote: rows without the `names` field. */
async function installV1(db: Dexie, p: Pack) {
  await db.transaction('rw', ['entities', 'contexts', 'packs'], async () => {
    await db.table('entities').bulkPut(p.entities.map((e) => ({ ...e, packId: p.id })));
    await db.table('contexts').bulkPut(p.contexts.map((c) => ({ ...c, packId: p.id })));
    await db.table('packs').put({
      id: p.id, title: p.title, version: p.version, source: p.id === 'bundled' ? 'bundled' : 'reader',
      installedAt: 1, entityCount: p.entities.length, contextCount: p.contexts.length,
    });
  });
}

const macron = entity({ id: 'emmanuel-macron', name: 'Emmanuel Macron', aliases: ['Macron', 'President Macron'] });
const gone = entity({ id: 'gone', name: 'Gone', aliases: [] });
const readerOverride = entity({ summary: 'The reader wrote this.', aliases: ['Countess of Lovelace'] });
const readerOwn = entity({ id: 'my-aunt', name: 'Aunt Lucie', aliases: ['Tante Lucie'] });
const context = { id: 'ctx', title: 'A context', triggers: { entities: ['emmanuel-macron'], terms: [] }, summary: 'S.', facts: [], sources: entity().sources, asOf: '2025-06-30' };

describe('upgrading a version 1 database', () => {
  it('keeps readers\' packs, notes and corrections, replaces the bundled pack and indexes names', async () => {
    const old = openV1();
    await installV1(old, pack([entity(), macron, gone], { id: 'bundled', version: 'b1', contexts: [context] }));
    await installV1(old, pack([readerOverride, readerOwn], { id: 'reader-pack', title: 'Reader', version: 'r1' }));
    await old.table('notes').put({ id: 'n1', target: 'entity:emmanuel-macron', text: 'ask about this', createdAt: 1, updatedAt: 2 });
    await old.table('corrections').put({ surface: 'paris', action: 'relink', entityId: 'paris-texas', createdAt: 3 });
    const readerRowsBefore = await old.table('entities').where('packId').equals('reader-pack').toArray();
    old.close();

    v2 = openDb(NAME);
    await v2.open();
    expect(v2.verno).toBe(2);
    // The upgrade filled the index for rows written by version 1.
    expect((await findEntitiesByName(v2, 'PRESIDENT MACRON')).map((e) => e.id)).toEqual(['emmanuel-macron']);
    expect((await findEntitiesByName(v2, 'tante lucie')).map((e) => e.id)).toEqual(['my-aunt']);

    const result = await installPack(v2, pack([entity({ summary: 'Bundled v2.' }), macron], { id: 'bundled', version: 'b2' }));
    expect(result.status).toBe('upgraded');

    const readerRowsAfter = await v2.entities.where('packId').equals('reader-pack').toArray();
    expect(readerRowsAfter.map(({ names: _n, ...rest }) => rest)).toEqual(readerRowsBefore);
    expect((await v2.packs.get('reader-pack'))!.version).toBe('r1');
    expect(await v2.notes.toArray()).toEqual([{ id: 'n1', target: 'entity:emmanuel-macron', text: 'ask about this', createdAt: 1, updatedAt: 2 }]);
    expect(await v2.corrections.toArray()).toEqual([{ surface: 'paris', action: 'relink', entityId: 'paris-texas', createdAt: 3 }]);

    expect(await v2.entities.where('packId').equals('bundled').primaryKeys()).toEqual([['bundled', 'ada-lovelace'], ['bundled', 'emmanuel-macron']]);
    expect(await v2.contexts.count()).toBe(0);
    expect((await allEntities(v2)).map((e) => e.id).sort()).toEqual(['ada-lovelace', 'emmanuel-macron', 'my-aunt']);
    // The reader's entry still overrides the bundled one, and storage fields do not leak out.
    const [ada] = await getEntities(v2, ['ada-lovelace']);
    expect(ada).toEqual(readerOverride);
    // New rows are indexed by installPack; a lower-cased alias finds them, a prefix too.
    expect((await findEntitiesByName(v2, 'macron')).map((e) => e.id)).toEqual(['emmanuel-macron']);
    expect((await findEntitiesByName(v2, 'countess of lovelace')).map((e) => e.summary)).toEqual(['The reader wrote this.']);
    expect((await findEntitiesByName(v2, 'Emm', { prefix: true })).map((e) => e.id)).toEqual(['emmanuel-macron']);
    expect(await findEntitiesByName(v2, 'gone')).toEqual([]);
  });
});
