import { findClaims } from '../claims/index';
import { claimTarget } from '../claims/key';
import { shownClaims } from '../claims/shown';
import { createSpotter, type Correction, type Spotter } from '../engine/spotter';
import { BUNDLED_PACK_ID, type Context, type Entity, type Pack } from '../kb/types';
import { flagPath } from '../kb/opendata/flags';
import { parsePackFile } from '../kb/import';
import { formatProblems, validatePack } from '../kb/validate';
import type { BackstoryDB, PackRecord } from '../db/db';
import { allContexts, allEntities, findEntitiesByName, getEntities, installPack, removePack as removeInstalledPack, type InstallResult } from '../db/packs';
import { countNotes, deleteNote, entityTarget, listNotes, saveNote } from '../db/notes';
import type { Handlers } from '../messaging';
import type { AnnotateResult, EntitySummary, ImportProgress, PackInfo, TabReport } from '../protocol';
import { buildReport, unknownTarget } from './report';

/** Where tab reports live: session storage in the extension, a Map in tests. */
export interface ReportStore {
  set(tabId: number, report: TabReport): Promise<void>;
  remove(tabId: number): Promise<void>;
  /** What the side panel should bring into view for a tab ("entity:<id>" or "claim:<key>"), and whether to open its note box. */
  focus?(tabId: number, target: string | null, note?: boolean): Promise<void>;
}

export interface ServiceDeps {
  db: BackstoryDB;
  /** Reads the bundled pack shipped in the extension. */
  loadBundledPack: () => Promise<unknown>;
  /** Reads only the bundled pack's version (a small file), to skip the full load when unchanged. */
  loadBundledVersion?: () => Promise<string>;
  reports: ReportStore;
  /**
   * Opens the browser's side panel for a tab. It must be called at once, with no await before
   * it, so that the user gesture of the click that asked for it still counts.
   */
  openPanel?: (tabId: number) => Promise<void>;
  /** Reads a bundled flag's SVG markup by its path inside the extension. */
  loadFlag?: (path: string) => Promise<string>;
  log?: (msg: string) => void;
  /** Entries written per chunk when installing a reader's pack (tests make it small). */
  installChunk?: number;
}

const packInfo = ({ id, title, version, source, entityCount, contextCount, installedAt, license }: PackRecord): PackInfo => ({
  id, title, version, source, entityCount, contextCount, installedAt, ...(license ? { license } : {}),
});

/** The background's logic, free of `browser`: the entrypoint wires it to the real APIs. */
export function createService({ db, loadBundledPack, loadBundledVersion, reports, loadFlag, openPanel, log = console.warn, installChunk }: ServiceDeps) {
  const flagCache = new Map<string, Promise<string | null>>();
  const flagOf = (id: string): Promise<string | null> => {
    const path = flagPath(id);
    if (!path || !loadFlag) return Promise.resolve(null);
    let p = flagCache.get(path);
    if (!p) flagCache.set(path, (p = loadFlag(path).catch(() => null)));
    return p;
  };

  let spotter: Promise<{ spotter: Spotter; contexts: Context[]; version: string | null }> | null = null;
  let ready: Promise<InstallResult | null> | null = null;
  /** The reader's pack being installed, if any: one at a time. */
  let importing: ImportProgress | null = null;
  /** The reader's corrections as the engine takes them (cached; dropped when they change). */
  let corrections: Promise<Correction[]> | null = null;
  const getCorrections = () =>
    (corrections ??= db.corrections.toArray().then((rows) =>
      rows.flatMap((r): Correction[] =>
        r.action === 'reject' ? [{ surface: r.surface, action: 'reject' }] : r.entityId ? [{ surface: r.surface, action: 'relink', entityId: r.entityId }] : [],
      ),
    ));
  const summary = (e: Entity): EntitySummary => ({ id: e.id, name: e.name, type: e.type, description: e.description });

  /** Loads the bundled pack into IndexedDB when its version is new; never throws. */
  async function installBundled(): Promise<InstallResult | null> {
    try {
      if (loadBundledVersion) {
        const [version, prior] = await Promise.all([loadBundledVersion(), db.packs.get(BUNDLED_PACK_ID)]);
        if (prior && prior.version === version) return { status: 'unchanged', record: prior };
      }
      const pack = await loadBundledPack();
      const problems = validatePack(pack);
      if (problems.length) throw new Error(`the bundled knowledge pack is broken:\n${formatProblems(problems, 10)}`);
      const result = await installPack(db, pack as Pack);
      if (result.status !== 'unchanged') spotter = null;
      return result;
    } catch (err) {
      log(`Backstory: could not load the bundled knowledge base; the previous one stays in use. ${(err as Error).message}`);
      return null;
    }
  }

  function ensureReady() {
    ready ??= installBundled();
    return ready;
  }

  async function getSpotter() {
    await ensureReady();
    spotter ??= (async () => {
      const [entities, contexts, packs] = await Promise.all([allEntities(db), allContexts(db), db.packs.toArray()]);
      const version = packs.map((p) => `${p.id}@${p.version}`).sort().join(',') || null;
      return { spotter: createSpotter(entities), contexts, version };
    })();
    return spotter;
  }

  const handlers: Handlers = {
    async annotate({ url, title, text }, sender): Promise<AnnotateResult> {
      const { spotter: s, contexts: allCtx, version } = await getSpotter();
      const mentions = s.find(text, { corrections: await getCorrections() });
      const claims = findClaims(text, mentions, allCtx);
      const ids = [...new Set(mentions.flatMap((m) => (m.entityId ? [m.entityId] : [])))];
      const entities: Record<string, Entity> = {};
      for (const e of await getEntities(db, ids)) entities[e.id] = e;
      const used = new Set(claims.flatMap((c) => c.contexts));
      const contexts: Record<string, Context> = Object.fromEntries(allCtx.filter((c) => used.has(c.id)).map((c) => [c.id, c]));
      const others = [...new Set(mentions.flatMap((m) => (m.candidates ?? []).map((c) => c.entityId)))].filter((id) => !entities[id]);
      const candidates: Record<string, EntitySummary> = {};
      for (const e of await getEntities(db, others)) candidates[e.id] = summary(e);
      for (const e of Object.values(entities)) candidates[e.id] = summary(e);
      const unknownTargets = [...new Set(mentions.filter((m) => !m.entityId && m.highlight).map(unknownTarget))];
      const noteCounts = await countNotes(db, [...ids.map(entityTarget), ...unknownTargets, ...shownClaims(claims).map((c) => claimTarget(c.text))]);
      const flags: Record<string, string> = {};
      await Promise.all(ids.map(async (id) => {
        const svg = await flagOf(id);
        if (svg) flags[id] = svg;
      }));
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await reports.set(tabId, buildReport({ tabId, url, title }, mentions, entities, claims, contexts));
      return {
        mentions,
        claims,
        entities,
        contexts,
        candidates,
        noteCounts,
        flags,
        packVersion: version,
        ...(version ? {} : { warning: 'The knowledge base is empty: it could not be loaded.' }),
      };
    },
    async clearReport(_data, sender) {
      if (sender.tab?.id !== undefined) await reports.remove(sender.tab.id);
      return null;
    },
    async getEntities({ ids }) {
      await ensureReady();
      return getEntities(db, ids);
    },
    async getPacks() {
      await ensureReady();
      return (await db.packs.toArray()).map(packInfo);
    },
    async importPack({ text }) {
      if (importing) throw new Error('Another pack is still being installed; try again when it is done.');
      importing = { packId: '', done: 0, total: 0 };
      try {
        await ensureReady();
        const keys = await db.entities.where('packId').equals(BUNDLED_PACK_ID).primaryKeys();
        const parsed = parsePackFile(typeof text === 'string' ? text : '', { bundledIds: new Set(keys.map(([, id]) => id)) });
        if (!parsed.ok) {
          const n = parsed.problems.length;
          throw new Error(`The pack was not installed: ${n} problem${n === 1 ? '' : 's'}.\n${formatProblems(parsed.problems)}`);
        }
        const { pack, warnings } = parsed;
        importing = { packId: pack.id, done: 0, total: pack.entities.length };
        const result = await installPack(db, pack, Date.now(), {
          replaceSameVersion: true,
          chunkSize: installChunk,
          onProgress: (done, total) => void (importing = { packId: pack.id, done, total }),
        }).catch((err: unknown) => {
          throw new Error(`The pack was not installed and nothing changed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
        });
        spotter = null;
        return { status: result.status, record: packInfo(result.record), warnings };
      } finally {
        importing = null;
      }
    },
    async removePack({ id }) {
      if (id === BUNDLED_PACK_ID) throw new Error('The bundled pack ships with Backstory and cannot be removed.');
      await ensureReady();
      if (!(await db.packs.get(id))) throw new Error(`No pack with the id "${id}" is installed.`);
      await removeInstalledPack(db, id);
      spotter = null;
      return null;
    },
    async getPackEntityIds({ packId }) {
      await ensureReady();
      return (await db.entities.where('packId').equals(packId).primaryKeys()).map(([, id]) => id);
    },
    async importProgress() {
      return importing && { ...importing };
    },
    async openSidePanel({ target, note }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('The side panel opens for a tab.');
      if (!openPanel) throw new Error('This browser has no side panel that an extension can open.');
      const opening = openPanel(tabId); // first, while the click's user gesture still counts
      await reports.focus?.(tabId, typeof target === 'string' && /^(entity|name|claim):/.test(target) ? target : null, note === true);
      await opening;
      return null;
    },
    async listNotes({ target }) {
      return listNotes(db, String(target));
    },
    async saveNote({ target, text, id }) {
      return saveNote(db, { target: String(target), text: String(text ?? ''), ...(typeof id === 'string' ? { id } : {}) });
    },
    async deleteNote({ id }) {
      await deleteNote(db, String(id));
      return null;
    },
    async correct(c) {
      const surface = typeof c.surface === 'string' ? c.surface.trim() : '';
      if (!surface || surface.length > 200) throw new Error('A correction needs the highlighted text.');
      if (c.action === 'relink') {
        const [target] = await getEntities(db, [c.entityId]);
        if (!target) throw new Error(`No entity "${c.entityId}" in the knowledge base.`);
        await db.corrections.put({ surface, action: 'relink', entityId: target.id, createdAt: Date.now() });
      } else if (c.action === 'reject') {
        await db.corrections.put({ surface, action: 'reject', createdAt: Date.now() });
      } else throw new Error('Unknown correction.');
      corrections = null;
      return null;
    },
    async undoCorrection({ surface }) {
      await db.corrections.delete(surface);
      corrections = null;
      return null;
    },
    async listCorrections() {
      const rows = await db.corrections.orderBy('surface').toArray();
      const names = new Map((await getEntities(db, rows.flatMap((r) => (r.entityId ? [r.entityId] : [])))).map((e) => [e.id, e.name]));
      return rows
        .map((r) => ({ surface: r.surface, action: r.action, entityId: r.entityId ?? null, entityName: r.entityId ? (names.get(r.entityId) ?? null) : null, createdAt: r.createdAt }))
        .sort((a, b) => b.createdAt - a.createdAt);
    },
    async searchEntities({ query }) {
      const q = typeof query === 'string' ? query.trim() : '';
      if (q.length < 2) return [];
      await ensureReady();
      return (await findEntitiesByName(db, q, { prefix: true, limit: 12 })).map(summary);
    },
  };

  return { handlers, installBundled, ensureReady };
}
