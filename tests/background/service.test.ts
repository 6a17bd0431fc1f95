import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createService, type ReportStore } from '../../lib/background/service';
import { openDb, type BackstoryDB } from '../../lib/db/db';
import { installPack } from '../../lib/db/packs';
import type { TabReport } from '../../lib/protocol';
import { entity, pack } from '../helpers/kb';

let db: BackstoryDB;
let n = 0;
const reports = new Map<number, TabReport>();
const store: ReportStore = {
  set: async (id, r) => void reports.set(id, r),
  remove: async (id) => void reports.delete(id),
};
const sender = { id: 'ext', tab: { id: 7 } } as unknown as Runtime.MessageSender;
const witkoff = entity({ id: 'steve-witkoff', name: 'Steve Witkoff', aliases: ['Witkoff'], description: 'US envoy' });
const nato = entity({ id: 'nato', type: 'organization', name: 'NATO', aliases: [], description: 'Alliance' });

beforeEach(() => {
  db = openDb(`svc-${n++}`);
  reports.clear();
});
afterEach(async () => {
  await db.delete();
});

describe('the background service', () => {
  it('loads the bundled pack, finds names, returns their cards and stores the tab report', async () => {
    const logs: string[] = [];
    const svc = createService({ db, loadBundledPack: async () => pack([witkoff, nato], { id: 'bundled', version: 'v1' }), reports: store, log: (m) => logs.push(m) });
    const res = await svc.handlers.annotate({ url: 'https://news.example/a', title: 'A', text: 'Steve Witkoff met NATO. Witkoff left.' }, sender);
    expect(res.mentions.map((m) => m.entityId)).toEqual(['steve-witkoff', 'nato', 'steve-witkoff']);
    expect(res.entities['steve-witkoff']!.description).toBe('US envoy');
    expect(res.warning).toBeUndefined();
    const report = reports.get(7)!;
    expect(report.entries.map((e) => [e.name, e.count])).toEqual([['Steve Witkoff', 2], ['NATO', 1]]);
    expect(logs).toEqual([]);
  });

  it('sends the flags of the countries on the page, read once each', async () => {
    const ua = entity({ id: 'country-ua', type: 'place', name: 'Ukraine', aliases: [] });
    const asked: string[] = [];
    const svc = createService({
      db, reports: store,
      loadBundledPack: async () => pack([ua, nato], { id: 'bundled', version: 'v1' }),
      loadFlag: async (path) => (asked.push(path), `<svg id="${path}"></svg>`),
    });
    const first = await svc.handlers.annotate({ url: 'u', title: 't', text: 'Ukraine and NATO.' }, sender);
    await svc.handlers.annotate({ url: 'u', title: 't', text: 'Ukraine again.' }, sender);
    expect(first.flags).toEqual({ 'country-ua': '<svg id="/flags/ua.svg"></svg>' });
    expect(asked).toEqual(['/flags/ua.svg']);
  });

  it('keeps the previous knowledge base and says why when the new bundled pack is broken', async () => {
    await installPack(db, pack([witkoff], { id: 'bundled', version: 'v1' }));
    const logs: string[] = [];
    const broken = { ...pack([{ ...witkoff, sources: [] }], { id: 'bundled', version: 'v2' }) };
    const svc = createService({ db, loadBundledPack: async () => broken, reports: store, log: (m) => logs.push(m) });
    const res = await svc.handlers.annotate({ url: 'u', title: 't', text: 'Witkoff spoke.' }, sender);
    expect(res.mentions).toHaveLength(1);
    expect((await db.packs.get('bundled'))!.version).toBe('v1');
    expect(logs.join('\n')).toMatch(/bundled knowledge pack is broken[\s\S]*sources: needs at least one source/);
  });

  it('does not reload the pack when the shipped version is the installed one', async () => {
    await installPack(db, pack([witkoff], { id: 'bundled', version: 'v1' }));
    let loads = 0;
    const svc = createService({
      db, reports: store,
      loadBundledVersion: async () => 'v1',
      loadBundledPack: async () => { loads++; return pack([nato], { id: 'bundled', version: 'v1' }); },
    });
    expect((await svc.ensureReady())?.status).toBe('unchanged');
    expect(loads).toBe(0);
  });

  it('warns when the knowledge base is empty, and clears a tab\'s report on request', async () => {
    const svc = createService({ db, loadBundledPack: async () => { throw new Error('disk full'); }, reports: store, log: () => {} });
    const res = await svc.handlers.annotate({ url: 'u', title: 't', text: 'NATO' }, sender);
    expect(res.mentions.filter((m) => m.entityId)).toEqual([]); // at most unknown names
    expect(res.warning).toMatch(/empty/);
    expect(reports.has(7)).toBe(true);
    await svc.handlers.clearReport({}, sender);
    expect(reports.has(7)).toBe(false);
  });
});

describe('opening the side panel from a card', () => {
  it('opens the panel for the sender\'s tab first, then records which entity to bring into view', async () => {
    const calls: string[] = [];
    const svc = createService({
      db, loadBundledPack: async () => pack([witkoff], { id: 'bundled', version: 'v1' }), log: () => {},
      reports: { ...store, focus: async (tabId, id) => void calls.push(`focus ${tabId} ${id}`) },
      openPanel: async (tabId) => void calls.push(`open ${tabId}`),
    });
    await svc.handlers.openSidePanel({ target: 'entity:steve-witkoff' }, sender);
    expect(calls).toEqual(['open 7', 'focus 7 entity:steve-witkoff']);
    await expect(svc.handlers.openSidePanel({}, { id: 'ext' } as Runtime.MessageSender)).rejects.toThrow(/for a tab/);
  });
});

describe('notes in the background', () => {
  it('gives the page only counts of notes, and the side panel their text', async () => {
    const svc = createService({ db, loadBundledPack: async () => pack([witkoff, nato], { id: 'bundled', version: 'v1' }), reports: store, log: () => {} });
    const panel = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' } as unknown as Runtime.MessageSender;
    await svc.handlers.saveNote({ target: 'entity:steve-witkoff', text: 'Private thought about Witkoff' }, panel);
    const res = await svc.handlers.annotate({ url: 'u', title: 't', text: 'Later, Witkoff met NATO officials.' }, sender);
    expect(res.noteCounts).toEqual({ 'entity:steve-witkoff': 1 });
    expect(JSON.stringify(res)).not.toContain('Private thought');
    expect((await svc.handlers.listNotes({ target: 'entity:steve-witkoff' }, panel)).map((n) => n.text)).toEqual(['Private thought about Witkoff']);
  });

  it('counts notes on names the knowledge base lacks, under the key their variants share', async () => {
    const svc = createService({ db, loadBundledPack: async () => pack([nato], { id: 'bundled', version: 'v1' }), reports: store, log: () => {} });
    const panel = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' } as unknown as Runtime.MessageSender;
    const first = await svc.handlers.annotate({ url: 'u', title: 't', text: 'Yoan Valat took the photograph for the agency on Monday.' }, sender);
    const valat = first.mentions.find((m) => m.text === 'Yoan Valat')!;
    expect(valat.entityId).toBeNull();
    await svc.handlers.saveNote({ target: `name:${valat.groupKey ?? valat.text}`, text: 'AP photographer' }, panel);
    const later = await svc.handlers.annotate({ url: 'u2', title: 't', text: 'A picture by Yoan Valat ran on the front page of the paper.' }, sender);
    expect(Object.entries(later.noteCounts)).toEqual([[`name:${valat.groupKey ?? valat.text}`, 1]]);
  });
});
