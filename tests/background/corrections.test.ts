import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createService } from '../../lib/background/service';
import { openDb, type BackstoryDB } from '../../lib/db/db';
import { entity, pack } from '../helpers/kb';

let db: BackstoryDB;
let n = 0;
const sender = { id: 'ext', tab: { id: 3 } } as unknown as Runtime.MessageSender;
const paris = entity({ id: 'city-paris', type: 'place', name: 'Paris', aliases: [], cues: ['france'], prominence: 0.9 });
const hilton = entity({ id: 'paris-hilton', name: 'Paris Hilton', aliases: ['Paris'], cues: ['hotel', 'heiress'], prominence: 0.3 });

beforeEach(() => {
  db = openDb(`corr-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

function service() {
  return createService({ db, reports: { set: async () => {}, remove: async () => {} }, loadBundledPack: async () => pack([paris, hilton], { id: 'bundled', version: 'v1' }), log: () => {} });
}
const linked = async (svc: ReturnType<typeof service>, text: string) =>
  (await svc.handlers.annotate({ url: 'u', title: 't', text }, sender)).mentions.map((m) => [m.text, m.entityId]);

describe('readers\' corrections', () => {
  it('relinks a highlight on every later page, and undo restores the engine\'s choice', async () => {
    const svc = service();
    const text = 'Paris said on Monday that the show would go on.';
    expect(await linked(svc, text)).toEqual([['Paris', 'city-paris']]);
    await svc.handlers.correct({ surface: 'Paris', action: 'relink', entityId: 'paris-hilton' }, sender);
    expect(await linked(svc, text)).toEqual([['Paris', 'paris-hilton']]);
    expect(await linked(svc, 'Later, Paris spoke again.')).toEqual([['Paris', 'paris-hilton']]);
    const list = await svc.handlers.listCorrections({}, sender);
    expect(list).toEqual([expect.objectContaining({ surface: 'Paris', action: 'relink', entityId: 'paris-hilton', entityName: 'Paris Hilton' })]);
    await svc.handlers.undoCorrection({ surface: 'Paris' }, sender);
    expect(await linked(svc, text)).toEqual([['Paris', 'city-paris']]);
  });

  it('removes a highlight the reader says is not a name', async () => {
    const svc = service();
    await svc.handlers.correct({ surface: 'Paris', action: 'reject' }, sender);
    expect((await linked(svc, 'Paris is lovely in spring, everyone says so.')).filter(([t]) => t === 'Paris')).toEqual([]);
  });

  it('refuses a relink to an entity that does not exist, and an empty surface', async () => {
    const svc = service();
    await expect(svc.handlers.correct({ surface: 'Paris', action: 'relink', entityId: 'nobody' }, sender)).rejects.toThrow(/No entity "nobody"/);
    await expect(svc.handlers.correct({ surface: '  ', action: 'reject' }, sender)).rejects.toThrow(/needs the highlighted text/);
    expect(await db.corrections.count()).toBe(0);
  });

  it('finds entities by the start of a name or alias, and names the candidates of ambiguous mentions', async () => {
    const svc = service();
    expect((await svc.handlers.searchEntities({ query: 'paris h' }, sender)).map((e) => e.id)).toEqual(['paris-hilton']);
    expect(await svc.handlers.searchEntities({ query: 'p' }, sender)).toEqual([]);
    const res = await svc.handlers.annotate({ url: 'u', title: 't', text: 'Paris said the hotel was closed.' }, sender);
    expect(Object.keys(res.candidates).sort()).toEqual(expect.arrayContaining([res.mentions[0]!.entityId!]));
  });
});
