import type { Claim } from './claims/index';
import type { Mention } from './engine/types';
import type { Context, Entity, EntityType } from './kb/types';

/** What the background returns for an article: the names found and the cards to show. */
export interface AnnotateResult {
  mentions: Mention[];
  /** Quotes, statistics and statements the article asks the reader to believe. */
  claims: Claim[];
  /** Card data for every linked entity, by id, read from IndexedDB. */
  entities: Record<string, Entity>;
  contexts: Record<string, Context>;
  /**
   * How many notes the reader has, by note target ("entity:<id>", "claim:<key>"): counts only, the text
   * of notes never reaches the page.
   */
  noteCounts: Record<string, number>;
  /** Names of the other candidates of ambiguous mentions (for "a different entity" on the card). */
  candidates: Record<string, EntitySummary>;
  /** SVG markup of the flags of the countries among `entities`, by entity id (bundled files). */
  flags: Record<string, string>;
  packVersion: string | null;
  /** Set when the knowledge base could not be read; the page is left alone. */
  warning?: string;
}

/** One entry of the side panel's list. */
export interface ReportEntry {
  key: string;
  entityId: string | null;
  name: string;
  type: EntityType;
  count: number;
  description: string | null;
  sources: { title: string; url: string; publisher?: string }[];
  asOf: string | null;
}

/** What was found on one tab, kept in session storage for the side panel and popup. */
/** A claim as the side panel lists it. */
export interface ReportClaim {
  /** Note target of this claim: "claim:<key>". */
  target: string;
  text: string;
  kind: Claim['kind'];
  score: number;
  speaker: { entityId: string | null; name: string } | null;
  numbers: { text: string; counted?: string }[];
  source: string | null;
  contexts: { id: string; title: string }[];
}

export interface TabReport {
  tabId: number;
  url: string;
  title: string;
  at: number;
  entries: ReportEntry[];
  mentionCount: number;
  /** Check-worthy claims and every quote, in article order. */
  claims: ReportClaim[];
}

/** An installed pack as the options page lists it. */
export interface PackInfo {
  id: string;
  title: string;
  version: string;
  source: 'bundled' | 'reader';
  entityCount: number;
  contextCount: number;
  installedAt?: number;
  license?: string;
}

/** How far the background is with installing a reader's pack. */
export interface ImportProgress {
  packId: string;
  done: number;
  total: number;
}

/**
 * Every message, with its request and response types. Senders and the background's handlers
 * both import this map; nothing else defines message shapes.
 */
export interface Protocol {
  /** Content script → background: find the names in an article's text. */
  annotate: { req: { url: string; title: string; text: string }; res: AnnotateResult };
  /** Content script → background: the page was left or highlights were turned off. */
  clearReport: { req: Record<string, never>; res: null };
  /** Extension page → background: the card data for some ids. */
  getEntities: { req: { ids: string[] }; res: Entity[] };
  /** Extension page → background: installed packs. */
  getPacks: { req: Record<string, never>; res: PackInfo[] };
  /**
   * Options page → background: check and install a reader's pack file (all of it or nothing).
   * A rejected pack is an error whose message lists every problem, one "- where: what" a line.
   */
  importPack: { req: { text: string }; res: { status: 'installed' | 'upgraded' | 'unchanged'; record: PackInfo; warnings: string[] } };
  /** Options page → background: remove a reader's pack ("bundled" is refused). */
  removePack: { req: { id: string }; res: null };
  /** Options page → background: the entity ids of an installed pack (to check a reader's pack's `related` in the page). */
  getPackEntityIds: { req: { packId: string }; res: string[] };
  /** Options page → background, polled while importPack runs: entries written so far, or null when idle. */
  importProgress: { req: Record<string, never>; res: ImportProgress | null };
  /** Side panel → background: a target's notes ("entity:<id>"). Note text never goes to a content script. */
  listNotes: { req: { target: string }; res: NoteInfo[] };
  /** Side panel → background: add a note, or change one (with its id). */
  saveNote: { req: { target: string; text: string; id?: string }; res: NoteInfo };
  /** Side panel → background: delete a note. */
  deleteNote: { req: { id: string }; res: null };
  /** Card → background: open the side panel for this tab, with an entity brought into view. */
  openSidePanel: { req: { target?: string; note?: boolean }; res: null };
  /** Card → background: a highlight is wrong — not a name, or another entity. Applies on every later page. */
  correct: { req: CorrectionRequest; res: null };
  /** Card or options page → background: forget the correction of a surface. */
  undoCorrection: { req: { surface: string }; res: null };
  /** Options page → background: the reader's corrections, newest first. */
  listCorrections: { req: Record<string, never>; res: CorrectionInfo[] };
  /** Card → background: entities whose name or alias starts with the query (for relinking). */
  searchEntities: { req: { query: string }; res: EntitySummary[] };
}

export interface NoteInfo {
  id: string;
  target: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

export type CorrectionRequest = { surface: string; action: 'reject' } | { surface: string; action: 'relink'; entityId: string };
export interface CorrectionInfo {
  surface: string;
  action: 'reject' | 'relink';
  entityId: string | null;
  entityName: string | null;
  createdAt: number;
}
export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  description: string;
}

/** Messages a content script may send; every other message is for the extension's own pages only. */
export const CONTENT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>(['annotate', 'clearReport', 'correct', 'undoCorrection', 'searchEntities', 'openSidePanel']);

export type MessageType = keyof Protocol;
export type Req<K extends MessageType> = Protocol[K]['req'];
export type Res<K extends MessageType> = Protocol[K]['res'];

export interface Envelope<K extends MessageType = MessageType> {
  backstory: 1;
  type: K;
  data: Req<K>;
}
export type Reply<K extends MessageType> = { ok: true; value: Res<K> } | { ok: false; error: string };

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'annotate', 'clearReport', 'getEntities', 'getPacks', 'importPack', 'removePack', 'importProgress', 'getPackEntityIds',
  'correct', 'undoCorrection', 'listCorrections', 'searchEntities', 'openSidePanel', 'listNotes', 'saveNote', 'deleteNote',
]);

export function isEnvelope(msg: unknown): msg is Envelope {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Record<string, unknown>;
  return m.backstory === 1 && typeof m.type === 'string' && TYPES.has(m.type) && typeof m.data === 'object' && m.data !== null;
}
