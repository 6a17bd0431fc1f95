import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createService } from '../../lib/background/service';
import { openDb, type BackstoryDB } from '../../lib/db/db';
import type { ImportProgress } from '../../lib/protocol';
import { entity, pack } from '../helpers/kb';

let db: BackstoryDB;
let n = 0;
const sender = { id: 'ext', tab: { id: 3 } } as unknown as Runtime.MessageSender;
const store = { set: async () => {}, remove: async () => {} };
const witkoff = entity({ id: 'steve-witkoff', name: 'Steve Witkoff', aliases: ['Witkoff'], description: 'US envoy' });
const nato = entity({ id: 'nato', type: 'organization', name: 'NATO', aliases: [], description: 'Alliance' });
const bundled = pack([witkoff, nato], { id: 'bundled', version: 'v1' });

function service(installChunk?: number) {
  return createService({ db, loadBundledPack: async () => bundled, reports: store, installChunk, log: () => {} });
}
const file = (p: unknown) => JSON.stringify(p);
const mine = (entities: unknown[], version = '1') => pack(entities, { id: 'my-pack', title: 'My pack', version });
const annotate = (svc: ReturnType<typeof service>, text: string) => svc.handlers.annotate({ url: 'u', title: 't', text }, sender);

beforeEach(() => {
  db = openDb(`import-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('importing a reader\'s pack', () => {
  it('installs it, overrides a bundled entry by id, and the spotter sees it at once', async () => {
    const svc = service();
    expect((await annotate(svc, 'Ada Lovelace and Witkoff.')).mentions.map((m) => m.entityId)).toEqual([null, 'steve-witkoff']) // Ada Lovelace: an unknown name before the import;
    const override = { ...witkoff, description: 'Envoy (my notes)', related: ['nato'] };
    const res = await svc.handlers.importPack({ text: file(mine([entity(), override])) }, sender);
    expect(res.status).toBe('installed');
    expect(res.record).toMatchObject({ id: 'my-pack', title: 'My pack', source: 'reader', entityCount: 2, contextCount: 0 });
    expect(res.warnings).toEqual(['1 entry replaces the bundled entry with the same id: steve-witkoff.']);
    const after = await annotate(svc, 'Ada Lovelace and Witkoff.');
    expect(after.mentions.map((m) => m.entityId)).toEqual(['ada-lovelace', 'steve-witkoff']);
    expect(after.entities['steve-witkoff']!.description).toBe('Envoy (my notes)');
    expect(after.packVersion).toBe('bundled@v1,my-pack@1');
    expect((await svc.handlers.getPacks({}, sender)).map((p) => p.id).sort()).toEqual(['bundled', 'my-pack']);
  });

  it('changes nothing when the pack fails validation, and lists every problem in the error', async () => {
    const svc = service();
    await svc.handlers.importPack({ text: file(mine([entity()])) }, sender);
    const bad = mine([entity({ summary: 'new' }), entity({ id: 'x', name: 'X', aliases: [], sources: [], asOf: '' })], '2');
    const err = await svc.handlers.importPack({ text: file(bad) }, sender).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe([
      'The pack was not installed: 2 problems.',
      '- entities[1] (x).sources: needs at least one source',
      '- entities[1] (x).asOf: missing or not a YYYY-MM-DD date: ""',
    ].join('\n'));
    expect((await db.packs.get('my-pack'))!.version).toBe('1');
    expect((await svc.handlers.getEntities({ ids: ['ada-lovelace'] }, sender))[0]!.summary).toBe('Wrote about the Analytical Engine.');
  });

  it('refuses broken JSON and the id "bundled" without touching the database', async () => {
    const svc = service();
    await expect(svc.handlers.importPack({ text: '{"format": "backstory-pack/1",\n"id": }' }, sender)).rejects.toThrow(/- line 2, column 7: not valid JSON/);
    await expect(svc.handlers.importPack({ text: file(pack([entity()], { id: 'bundled', version: 'v9' })) }, sender)).rejects.toThrow(/"bundled" is reserved/);
    expect((await db.packs.get('bundled'))!.version).toBe('v1');
    expect(await db.entities.count()).toBe(2);
  });

  it('changes nothing when the install fails half-way, and reports progress while it runs', async () => {
    const svc = service(2);
    const first = mine([entity()]);
    await svc.handlers.importPack({ text: file(first) }, sender);
    const many = Array.from({ length: 5 }, (_, i) => entity({ id: `e${i}`, name: `Entry ${i}`, aliases: [] }));
    const seen: Promise<ImportProgress | null>[] = [];
    let fail = false;
    db.entities.hook('creating', (_key, row) => {
      seen.push(svc.handlers.importProgress({}, sender));
      if (fail && row.id === 'e4') throw new Error('disk full');
    });
    fail = true;
    await expect(svc.handlers.importPack({ text: file(mine(many, '2')) }, sender)).rejects.toThrow(/not installed and nothing changed: .*disk full/);
    expect((await Promise.all(seen)).map((p) => p && `${p.packId} ${p.done}/${p.total}`)).toEqual([
      'my-pack 0/5', 'my-pack 0/5', 'my-pack 2/5', 'my-pack 2/5', 'my-pack 4/5',
    ]);
    expect(await svc.handlers.importProgress({}, sender)).toBeNull();
    expect(await db.entities.where('packId').equals('my-pack').primaryKeys()).toEqual([['my-pack', 'ada-lovelace']]);
    expect((await db.packs.get('my-pack'))!.version).toBe('1');
    // The next import goes through: the failed one left no lock behind.
    fail = false;
    expect((await svc.handlers.importPack({ text: file(mine(many, '2')) }, sender)).status).toBe('upgraded');
    expect(await db.entities.where('packId').equals('my-pack').count()).toBe(5);
  });

  it('re-importing the same version replaces the entries (the reader chose the file again)', async () => {
    const svc = service();
    await svc.handlers.importPack({ text: file(mine([entity()])) }, sender);
    const res = await svc.handlers.importPack({ text: file(mine([entity({ summary: 'fixed a typo' })])) }, sender);
    expect(res.status).toBe('upgraded');
    expect((await svc.handlers.getEntities({ ids: ['ada-lovelace'] }, sender))[0]!.summary).toBe('fixed a typo');
  });
});

describe('removing a reader\'s pack', () => {
  it('restores the bundled entry it overrode and drops its own names from the spotter', async () => {
    const svc = service();
    await svc.handlers.importPack({ text: file(mine([entity(), { ...witkoff, description: 'mine' }])) }, sender);
    expect((await annotate(svc, 'Ada Lovelace met Witkoff.')).entities['steve-witkoff']!.description).toBe('mine');
    await svc.handlers.removePack({ id: 'my-pack' }, sender);
    const res = await annotate(svc, 'Ada Lovelace met Witkoff.');
    expect(res.mentions.map((m) => m.entityId)).toEqual([null, 'steve-witkoff']) // back to an unknown name;
    expect(res.entities['steve-witkoff']!.description).toBe('US envoy');
    expect(await db.packs.get('my-pack')).toBeUndefined();
  });

  it('refuses to remove the bundled pack or a pack that is not there', async () => {
    const svc = service();
    await expect(svc.handlers.removePack({ id: 'bundled' }, sender)).rejects.toThrow(/cannot be removed/);
    await expect(svc.handlers.removePack({ id: 'nope' }, sender)).rejects.toThrow(/No pack with the id "nope"/);
    expect(await db.entities.count()).toBe(2);
  });
});
